//! `workplan validate`: every check firing and not firing, the three formats, the exit codes,
//! and the golden test on the plan as approved.

use std::path::Path;

use serde_json::Value;
use tempfile::TempDir;

use crate::common::*;

/// `plan.toml` of a small plan for 2022, approved on 18 November 2021.
const PLAN: &str = "schema = 1\norganisation = \"Red\"\ntitle = \"Plan\"\nyear = 2022\n\n\
    [approval]\nby = \"Asamblea\"\non = 2021-11-18\n";

/// A complete activity, with `extra` lines appended.
fn activity(number: &str, title: &str, schedule: &str, extra: &str) -> String {
    format!(
        "\n[[activity]]\nnumber = \"{number}\"\ntitle = \"{title}\"\nplace = \"Virtual.\"\n\
         schedule = \"{schedule}\"\nresources = \"Tiempo.\"\n{extra}"
    )
}

/// An area file's text.
fn area(number: &str, activities: &[String]) -> String {
    format!("schema = 1\nnumber = \"{number}\"\nname = \"Área {number}\"\n{}", activities.concat())
}

/// A plan directory holding `plan.toml` and the given files.
fn plan_with(files: &[(&str, String)]) -> TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(dir.path().join("plan.toml"), PLAN).expect("plan.toml is written");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("the area file is written");
    }
    dir
}

/// A clean area 3.1 with activities 3.1.1 and 3.1.2.
fn clean_area() -> (&'static str, String) {
    let activities = [activity("3.1.1", "Uno", "2022-S1", ""), activity("3.1.2", "Dos", "2022-S2", "")];
    ("3.1-a.toml", area("3.1", &activities))
}

/// `validate --format json` on `dir`, with its exit code.
fn run_json(dir: &Path, args: &[&str]) -> (Vec<Value>, i32) {
    let output = workplan_on(dir).args(["validate", "--format", "json"]).args(args).output().expect("runs");
    let findings: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let findings = findings.as_array().cloned().expect("an array");
    (findings, output.status.code().expect("an exit code"))
}

/// Each finding as `severity check activity`, for compact assertions.
fn summary(findings: &[Value]) -> Vec<String> {
    findings
        .iter()
        .map(|f| {
            let activity = f["activity"].as_str().unwrap_or("-");
            format!(
                "{} {} {activity}",
                f["severity"].as_str().unwrap_or("?"),
                f["check"].as_str().unwrap_or("?")
            )
        })
        .collect()
}

/// The findings of a plan made of `files`.
fn findings_of(files: &[(&str, String)]) -> Vec<String> {
    let dir = plan_with(files);
    summary(&run_json(dir.path(), &[]).0)
}

/// The message of the only finding of a plan made of `files`.
fn only_message(files: &[(&str, String)]) -> String {
    let dir = plan_with(files);
    let (findings, _) = run_json(dir.path(), &[]);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    findings[0]["message"].as_str().expect("a message").to_owned()
}

// --- the plan itself ------------------------------------------------------------------------

#[test]
fn golden_the_approved_document_has_exactly_its_known_defects() {
    let (findings, code) = run_json(&approved_plan(), &[]);
    assert_eq!(code, 1);
    let found: Vec<(String, u64)> = findings
        .iter()
        .map(|f| (summary(std::slice::from_ref(f)).remove(0), f["line"].as_u64().unwrap_or(0)))
        .collect();
    let expected = [
        ("error numbering 3.1.5", 40), // title "3.1.3) Webinar …"
        ("error dates 3.1.5", 42),     // schedule "2021-S2" in the 2022 plan
        ("warning completeness 3.4.2", 16),
    ];
    let expected: Vec<(String, u64)> = expected.iter().map(|(s, line)| (s.to_string(), *line)).collect();
    assert_eq!(found, expected);
    assert!(findings[0]["message"].as_str().is_some_and(|m| m.contains("`3.1.3)`")));
    assert!(findings[1]["hint"].as_str().is_some_and(|h| h.contains("2022-S2")));
}

/// The whole result of `workplan --plan tests/fixtures/approved validate ARGS`: arguments, exit
/// code, standard output and standard error. The path is relative, as a user would type it.
fn run_on_approved(args: &[&str]) -> String {
    let output =
        workplan_on(Path::new("tests/fixtures/approved")).arg("validate").args(args).output().expect("runs");
    format!(
        "args: {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
        [&["validate"], args].concat().join(" "),
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn snapshot_of_the_approved_document_as_people_read_it() {
    insta::assert_snapshot!("approved_human", run_on_approved(&[]));
}

#[test]
fn snapshot_of_the_approved_document_as_json() {
    insta::assert_snapshot!("approved_json", run_on_approved(&["--format", "json"]));
}

#[test]
fn snapshot_of_the_approved_document_as_github_annotations() {
    insta::assert_snapshot!("approved_github", run_on_approved(&["--format", "github"]));
}

#[test]
fn the_projects_own_plan_is_clean_even_with_warnings_denied() {
    let output = workplan_on(&real_plan()).args(["validate", "--deny", "warnings"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stdout));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr, "checked 10 files, 37 activities: 0 errors, 0 warnings (1 allowed)\n");
}

// --- exit codes -----------------------------------------------------------------------------

#[test]
fn exit_0_when_clean() {
    let dir = plan_with(&[clean_area()]);
    let (findings, code) = run_json(dir.path(), &["--deny", "warnings"]);
    assert_eq!((findings.len(), code), (0, 0));
}

#[test]
fn warnings_exit_0_unless_denied() {
    let activities = [
        activity("3.1.1", "Uno", "2022-S1", ""),
        "\n[[activity]]\nnumber = \"3.1.2\"\ntitle = \"Dos\"\n".into(),
    ];
    let dir = plan_with(&[("3.1-a.toml", area("3.1", &activities))]);
    let (findings, code) = run_json(dir.path(), &[]);
    assert_eq!((summary(&findings), code), (vec!["warning completeness 3.1.2".to_owned()], 0));
    let (_, code) = run_json(dir.path(), &["--deny", "warnings"]);
    assert_eq!(code, 1);
}

#[test]
fn errors_exit_1() {
    let (_, code) = run_json(&approved_plan(), &[]);
    assert_eq!(code, 1);
}

#[test]
fn exit_2_without_a_plan_directory() {
    let missing = tempfile::tempdir().expect("a temporary directory");
    let stderr = stderr_of(workplan_on(&missing.path().join("nowhere")).arg("validate"), 2);
    assert!(stderr.contains("cannot open the plan directory"), "{stderr}");
    let empty = tempfile::tempdir().expect("a temporary directory");
    let stderr = stderr_of(workplan_on(empty.path()).arg("validate"), 2);
    assert!(stderr.contains("has no `plan.toml`"), "{stderr}");
}

#[test]
fn exit_2_when_a_file_cannot_be_read_but_the_others_are_still_checked() {
    let dir = copy_plan(&approved_plan());
    // A directory where a file should be: its content cannot be read, whoever runs the tests.
    std::fs::create_dir(dir.path().join("3.10-reservada.toml")).expect("a directory");
    let (findings, code) = run_json(dir.path(), &[]);
    assert_eq!(code, 2);
    assert_eq!(
        summary(&findings),
        ["error numbering 3.1.5", "error dates 3.1.5", "error file -", "warning completeness 3.4.2"]
    );
    assert!(findings[2]["message"].as_str().is_some_and(|m| m.starts_with("this is not a file")));
}

#[test]
fn exit_1_for_invalid_toml_but_2_for_a_file_that_is_not_text() {
    let dir = plan_with(&[clean_area(), ("3.2-b.toml", "schema = 1\nnumber = \"3.2\n".to_owned())]);
    let (findings, code) = run_json(dir.path(), &[]);
    assert_eq!((summary(&findings), code), (vec!["error syntax -".to_owned()], 1));
    std::fs::write(dir.path().join("3.2-b.toml"), b"schema = 1\nname = \"\xe1rea\"\n").expect("written");
    let (findings, code) = run_json(dir.path(), &[]);
    assert_eq!((summary(&findings), code), (vec!["error file -".to_owned()], 2));
}

// --- numbering ------------------------------------------------------------------------------

#[test]
fn numbering_areas_run_in_sequence_and_match_their_file() {
    let three = ("3.3-c.toml", area("3.3", &[activity("3.3.1", "Uno", "2022", "")]));
    let misnamed = ("3.4-d.toml", area("3.5", &[activity("3.5.1", "Uno", "2022", "")]));
    let dir = plan_with(&[clean_area(), three, misnamed]);
    let (findings, _) = run_json(dir.path(), &[]);
    let messages: Vec<&str> = findings.iter().filter_map(|f| f["message"].as_str()).collect();
    assert_eq!(
        messages,
        [
            "there is no 3.2: the numbering jumps to 3.3",
            "area 3.5 is in `3.4-d.toml`, a file whose name does not start with its number",
            "there is no 3.4: the numbering jumps to 3.5",
        ]
    );
}

#[test]
fn numbering_a_broken_area_file_still_holds_its_place() {
    let broken = ("3.2-b.toml", "schema = 1\nnumber = \"3.2\n".to_owned());
    let three = ("3.3-c.toml", area("3.3", &[activity("3.3.1", "Uno", "2022", "")]));
    assert_eq!(findings_of(&[clean_area(), broken, three]), ["error syntax -"]);
}

#[test]
fn numbering_activities_run_without_gaps_or_repeats_across_files() {
    let activities = [
        activity("3.1.2", "Uno", "2022", ""),
        activity("3.1.5", "Dos", "2022", ""),
        activity("3.1.5", "Tres", "2022", ""),
    ];
    let dir = plan_with(&[("3.1-a.toml", area("3.1", &activities))]);
    let (findings, _) = run_json(dir.path(), &[]);
    let messages: Vec<&str> = findings.iter().filter_map(|f| f["message"].as_str()).collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert_eq!(messages[0], "there is no 3.1.1: the numbering jumps to 3.1.2");
    assert_eq!(messages[1], "there are no 3.1.3 to 3.1.4: the numbering jumps to 3.1.5");
    assert!(messages[2].starts_with("activity number 3.1.5 is already used at "), "{}", messages[2]);
    assert!(messages[2].ends_with("3.1-a.toml:13"), "{}", messages[2]);
}

#[test]
fn numbering_an_activity_carries_its_areas_number() {
    let stray = (
        "3.2-b.toml",
        area("3.2", &[activity("3.2.1", "Uno", "2022", ""), activity("3.1.3", "x", "2022", "")]),
    );
    // 3.1.3 is written in area 3.2's file: one finding there, and no gap in area 3.1.
    assert_eq!(findings_of(&[clean_area(), stray]), ["error numbering 3.1.3"]);
    let deep = (
        "3.1-a.toml",
        area("3.1", &[activity("3.1.1", "Uno", "2022", ""), activity("3.1.1.1", "x", "2022", "")]),
    );
    assert_eq!(only_message(&[deep]), "activity number `3.1.1.1` does not belong to area 3.1");
}

#[test]
fn numbering_a_title_must_not_begin_with_a_number() {
    let titled = ("3.1-a.toml", area("3.1", &[activity("3.1.1", "3.1.1 Webinar", "2022", "")]));
    assert_eq!(only_message(&[titled]), "the title begins with a stray number, `3.1.1`");
    let counted = ("3.1-a.toml", area("3.1", &[activity("3.1.1", "4 reuniones en 2022", "2022", "")]));
    assert!(findings_of(&[counted]).is_empty());
}

// --- dates ----------------------------------------------------------------------------------

#[test]
fn dates_schedules_fall_in_the_plan_year() {
    let outside = ("3.1-a.toml", area("3.1", &[activity("3.1.1", "Uno", "2021-S2", "")]));
    assert_eq!(
        only_message(&[outside]),
        "scheduled for 2nd half 2021 (`2021-S2`), outside the plan's year, 2022"
    );
    let inside = ("3.1-a.toml", area("3.1", &[activity("3.1.1", "Uno", "2022-12-31", "")]));
    assert!(findings_of(&[inside]).is_empty());
}

#[test]
fn dates_impossible_schedules_belong_to_dates() {
    let impossible = ("3.1-a.toml", area("3.1", &[activity("3.1.1", "Uno", "2022-02-30", "")]));
    assert_eq!(findings_of(&[impossible]), ["error dates 3.1.1"]);
}

#[test]
fn dates_impossible_record_dates_are_toml_syntax_errors() {
    let record = "done = [\n  { on = 2022-02-30 },\n]\n";
    let impossible = ("3.1-a.toml", area("3.1", &[activity("3.1.1", "Uno", "2022-S1", record)]));
    assert_eq!(findings_of(&[impossible]), ["error syntax -"]);
}

#[test]
fn dates_records_fall_between_approval_and_today() {
    let records =
        "done = [\n  { on = 2022-07-16 },\n  { on = 2021-11-17 },\n  { on = 2022-07-15 },\n]\ntarget = 3\n";
    let file = ("3.1-a.toml", area("3.1", &[activity("3.1.1", "Uno", "2022", records)]));
    let dir = plan_with(&[file]);
    let (findings, code) = run_json(dir.path(), &[]);
    let messages: Vec<&str> = findings.iter().filter_map(|f| f["message"].as_str()).collect();
    assert_eq!(
        messages,
        [
            "recorded as done on 16 July 2022, after today (15 July 2022)",
            "recorded as done on 17 November 2021, before the plan was approved (18 November 2021)",
        ]
    );
    assert_eq!(code, 1);
    // With a later today, the first record is fine.
    let output = workplan_on(dir.path())
        .args(["--today", "2022-07-16", "validate", "--format", "json"])
        .output()
        .expect("runs");
    let later: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(later.as_array().map(Vec::len), Some(1));
}

#[test]
fn dates_today_comes_from_the_environment_too() {
    let record = "done = [\n  { on = 2022-07-16 },\n]\n";
    let dir = plan_with(&[("3.1-a.toml", area("3.1", &[activity("3.1.1", "Uno", "2022", record)]))]);
    workplan_on(dir.path()).arg("validate").assert().code(1);
    workplan_on(dir.path()).env("WORKPLAN_TODAY", "2022-12-31").arg("validate").assert().code(0);
}

#[test]
fn dates_records_outside_the_planned_period_are_warnings() {
    let records = "done = [\n  { on = 2022-07-01 },\n]\n";
    let late = ("3.1-a.toml", area("3.1", &[activity("3.1.1", "Uno", "2022-S1", records)]));
    let dir = plan_with(&[late]);
    let (findings, code) = run_json(dir.path(), &[]);
    assert_eq!(summary(&findings), ["warning dates 3.1.1"]);
    assert_eq!(
        findings[0]["message"],
        "recorded as done on 1 July 2022, outside its planned period (1st half 2022)"
    );
    assert_eq!(code, 0);
    let on_time = ("3.1-a.toml", area("3.1", &[activity("3.1.1", "Uno", "2022-S2", records)]));
    assert!(findings_of(&[on_time]).is_empty());
}

#[test]
fn dates_counted_activities_are_not_logged_more_than_their_target() {
    let records =
        "target = 2\ndone = [\n  { on = 2022-01-10 },\n  { on = 2022-02-10 },\n  { on = 2022-03-10 },\n]\n";
    let file = ("3.1-a.toml", area("3.1", &[activity("3.1.1", "Uno", "to-be-defined", records)]));
    let dir = plan_with(&[file]);
    let (findings, _) = run_json(dir.path(), &[]);
    assert_eq!(summary(&findings), ["warning dates 3.1.1"]);
    assert_eq!(findings[0]["message"], "recorded as done 3 times, but planned 2 times");
    assert_eq!(findings[0]["line"], 15, "points at the first record too many");
    let enough = records.replace("target = 2", "target = 3");
    let file = ("3.1-a.toml", area("3.1", &[activity("3.1.1", "Uno", "to-be-defined", &enough)]));
    assert!(findings_of(&[file]).is_empty());
}

// --- completeness ---------------------------------------------------------------------------

#[test]
fn completeness_an_activity_says_where_when_and_with_what() {
    let bare = "\n[[activity]]\nnumber = \"3.1.1\"\ntitle = \"Uno\"\nplace = \"Virtual.\"\n";
    let dir = plan_with(&[("3.1-a.toml", area("3.1", &[bare.to_owned()]))]);
    let (findings, _) = run_json(dir.path(), &[]);
    assert_eq!(summary(&findings), ["warning completeness 3.1.1"]);
    assert_eq!(findings[0]["message"], "the activity has no schedule or resources");
    assert_eq!(
        (findings[0]["line"].clone(), findings[0]["column"].clone()),
        (5.into(), 1.into()),
        "at [[activity]]"
    );
    assert!(findings_of(&[clean_area()]).is_empty());
}

#[test]
fn completeness_titles_and_area_names_are_not_empty() {
    let text =
        area("3.1", &[activity("3.1.1", " ", "2022", "")]).replace("name = \"Área 3.1\"", "name = \"\"");
    assert_eq!(findings_of(&[("3.1-a.toml", text)]), ["error completeness -", "error completeness 3.1.1"]);
}

// --- duplicates -----------------------------------------------------------------------------

#[test]
fn duplicates_same_title_and_schedule_in_one_area() {
    let twins = [
        activity("3.1.1", "Webinar regional.", "2022-S1", ""),
        activity("3.1.2", "WEBINAR  regional", "2022-S1", ""),
    ];
    let dir = plan_with(&[("3.1-a.toml", area("3.1", &twins))]);
    let (findings, code) = run_json(dir.path(), &[]);
    assert_eq!(summary(&findings), ["warning duplicates 3.1.2"]);
    assert_eq!(findings[0]["message"], "same title and schedule as activity 3.1.1");
    assert_eq!(code, 0);
}

#[test]
fn duplicates_not_across_schedules_or_areas() {
    let semesters =
        [activity("3.1.1", "Webinar", "2022-S1", ""), activity("3.1.2", "Webinar", "2022-S2", "")];
    let other_area = ("3.2-b.toml", area("3.2", &[activity("3.2.1", "Webinar", "2022-S1", "")]));
    assert!(findings_of(&[("3.1-a.toml", area("3.1", &semesters)), other_area]).is_empty());
}

// --- schema and syntax ----------------------------------------------------------------------

#[test]
fn schema_problems_of_every_file_come_out_together() {
    let typo = area("3.1", &[activity("3.1.1", "Uno", "2022", "titel = \"x\"\n")]);
    let wrong_type = area("3.2", &[activity("3.2.1", "Uno", "2022", "target = \"dos\"\n")]);
    let no_title = "schema = 1\nnumber = \"3.3\"\nname = \"C\"\n\n[[activity]]\nnumber = \"3.3.1\"\nplace = \"x\"\nschedule = \"2022\"\nresources = \"y\"\n";
    let future = "schema = 2\nnumber = \"3.4\"\n".to_owned();
    let broken = "schema = 1\nnumber = \"3.5\"\n[[activity]\n".to_owned();
    let dir = plan_with(&[
        ("3.1-a.toml", typo),
        ("3.2-b.toml", wrong_type),
        ("3.3-c.toml", no_title.to_owned()),
        ("3.4-d.toml", future),
        ("3.5-e.toml", broken),
    ]);
    let (findings, code) = run_json(dir.path(), &[]);
    let messages: Vec<&str> = findings.iter().filter_map(|f| f["message"].as_str()).collect();
    assert_eq!(code, 1);
    assert_eq!(
        summary(&findings),
        [
            "error schema 3.1.1",
            "error schema 3.2.1",
            "error schema 3.3.1",
            "error schema -",
            "error syntax -"
        ]
    );
    assert_eq!(messages[0], "unknown key `titel` in an [[activity]]");
    assert_eq!(messages[1], "`target` must be a whole number, not a text");
    assert_eq!(messages[2], "an [[activity]] has no `title`");
    assert!(messages[3].starts_with("format version 2 is not supported"), "{}", messages[3]);
}

// --- allowances -----------------------------------------------------------------------------

#[test]
fn an_allowance_silences_its_checks_warnings_only() {
    let allowed =
        "\n[[activity]]\nnumber = \"3.1.1\"\ntitle = \"\"\nallow = [\"completeness\", \"duplicates\"]\n";
    let dir = plan_with(&[("3.1-a.toml", area("3.1", &[allowed.to_owned()]))]);
    let output = workplan_on(dir.path()).args(["validate", "--format", "json"]).output().expect("runs");
    let findings: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let findings = findings.as_array().cloned().unwrap_or_default();
    // The missing details are allowed, the empty title (an error) is not, and there is no
    // duplicate to allow.
    assert_eq!(summary(&findings), ["error completeness 3.1.1", "warning unused-allow 3.1.1"]);
    assert!(String::from_utf8_lossy(&output.stderr).ends_with("1 error, 1 warning (1 allowed)\n"));
}

#[test]
fn an_allowance_names_a_check_that_can_be_allowed() {
    let allow = "allow = [\"completness\", \"schema\", \"numbering\"]\n";
    let dir = plan_with(&[("3.1-a.toml", area("3.1", &[activity("3.1.1", "Uno", "2022", allow)]))]);
    let (findings, _) = run_json(dir.path(), &[]);
    assert_eq!(summary(&findings), ["error schema 3.1.1", "error schema 3.1.1", "error schema 3.1.1"]);
    assert_eq!(findings[0]["hint"], "did you mean `completeness`?");
    assert_eq!(findings[1]["message"], "`schema` findings cannot be allowed");
    assert_eq!(findings[2]["message"], "`numbering` findings cannot be allowed", "it has no warnings");
}

// --- formats --------------------------------------------------------------------------------

#[test]
fn json_findings_have_every_documented_field() {
    let (findings, _) = run_json(&approved_plan(), &[]);
    let keys: Vec<&str> =
        findings[0].as_object().map(|o| o.keys().map(String::as_str).collect()).unwrap_or_default();
    let mut expected = [
        "severity",
        "check",
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "activity",
        "message",
        "hint",
    ];
    expected.sort_unstable();
    let mut keys = keys;
    keys.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!((findings[0]["column"].clone(), findings[0]["end_column"].clone()), (10.into(), 16.into()));
}

#[test]
fn json_whole_file_findings_have_no_position() {
    let broken = plan_with(&[("3.1-a.toml", area("3.1", &[])), ("3.3-c.toml", area("3.3", &[]))]);
    let (findings, _) = run_json(broken.path(), &[]);
    assert_eq!(findings.len(), 1);
    assert!(findings[0]["line"].is_number(), "a gap points at the number after it");
    std::fs::write(broken.path().join("3.2-b.toml"), area("3.1", &[])).expect("written");
    let (findings, _) = run_json(broken.path(), &[]);
    let duplicate =
        findings.iter().find(|f| f["message"].as_str().is_some_and(|m| m.starts_with("area 3.1 is already")));
    let duplicate = duplicate.expect("a duplicate area");
    assert!(duplicate["line"].is_null() && duplicate["end_column"].is_null());
}

#[test]
fn github_annotations_escape_what_would_break_them() {
    let twice = [activity("3.1.1", "Uno", "2022-S1", ""), activity("3.1.1", "Dos", "2022-S1", "")];
    let dir = plan_with(&[("3.1-a,b%:c.toml", area("3.1", &twice))]);
    let output = workplan()
        .current_dir(dir.path())
        .args(["--plan", ".", "validate", "--format", "github"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout,
        "::error file=./3.1-a%2Cb%25%3Ac.toml,line=13,col=10,endLine=13,endColumn=17,\
         title=numbering (3.1.1)::activity number 3.1.1 is already used at ./3.1-a,b%25:c.toml:6\
         %0Ahelp: give each activity a number of its own\n"
    );
}

#[test]
fn messages_and_summary_speak_spanish() {
    let output = workplan_on(&approved_plan()).args(["--lang", "es", "validate"]).output().expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("aviso[completeness]: 3.4.2: la actividad no tiene lugar, fecha ni recursos"),
        "{stdout}"
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "revisados 10 archivos, 37 actividades: 2 errores, 1 aviso\n"
    );
}

#[test]
fn spanish_words_in_a_plan_file_get_a_did_you_mean() {
    let plan = copy_plan(&real_plan());
    let file = plan.path().join("3.3-ciberseguridad.toml");
    let text = std::fs::read_to_string(&file).expect("area file");
    let text = text
        .replacen("schedule = \"2022-S1\"", "schedule = \"2do semestre 2022\"", 1)
        .replacen("place = ", "lugar = ", 1)
        .replacen("every = \"quarter\"", "every = \"trimestral\"", 1);
    std::fs::write(&file, text).expect("write");
    let output = workplan_on(plan.path()).arg("validate").assert().code(1).get_output().clone();
    let findings = String::from_utf8(output.stdout).expect("UTF-8");
    for (problem, hint) in [
        ("unknown key `lugar`", "did you mean `place`?"),
        ("`2do semestre 2022` is not a schedule this format knows", "did you mean `2022-S2`?"),
        ("`trimestral` is not a frequency", "did you mean `quarter`?"),
    ] {
        let at = findings.find(problem).unwrap_or_else(|| panic!("no `{problem}` in:\n{findings}"));
        let next_hint = findings[at..].find("= help: ").map(|i| &findings[at + i + 8..]).unwrap_or_default();
        assert!(next_hint.starts_with(hint), "{problem}: {next_hint}");
    }
    let spanish = workplan_on(plan.path()).args(["--lang", "es", "validate"]).output().expect("runs");
    assert!(String::from_utf8_lossy(&spanish.stdout).contains("¿quiso decir `2022-S2`?"));
}

#[test]
fn the_summary_says_when_a_file_could_not_be_read() {
    let plan = copy_plan(&real_plan());
    let file = plan.path().join("3.3-ciberseguridad.toml");
    let text = std::fs::read_to_string(&file).expect("area file");
    std::fs::write(&file, format!("{text}x = [\n")).expect("write");
    let summary = stderr_of(workplan_on(plan.path()).arg("validate"), 1);
    assert_eq!(
        summary,
        "checked 10 files, 32 activities, not counting those of 1 file that could not be read: 1 error, \
         0 warnings (1 allowed)\n"
    );
}
