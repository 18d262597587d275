//! The plan's history on real git repositories: `log`, `--rev` on the read commands,
//! `diff --area/--activity`, and `new YEAR`.

use std::path::Path;

use crate::common::*;
use crate::git_repo::Repo;

const AREA_3_1: &str = "3.1-servicios-transfronterizos.toml";
const AREA_3_2: &str = "3.2-datos-abiertos.toml";
const AREA_3_3: &str = "3.3-ciberseguridad.toml";
const AREA_3_7: &str = "3.7-software-publico.toml";

const MOVED: &str = "\n[[activity]]\nnumber = \"3.3.5\"\ntitle = \"Alimentar espacio sobre este eje en el web de Red Gealc\"\nplace = \"Virtual.\"\nschedule = \"2022\"\nresources = \"BID.\"\n";

/// A year of the plan by three people: approved and tagged, a webinar carried out, two
/// activities swapped, one moved to another area, a commit with a broken file, then its fix
/// with a cancellation.
fn a_year_of_history() -> Repo {
    let repo = Repo::new();
    repo.copy_plan(&real_plan());
    repo.commit_as("Secretaría Técnica", "2021-11-20T10:00:00-03:00", "Plan aprobado por la XV Asamblea");
    repo.git(&["tag", "v2022-approved"]);
    stdout_of(repo.workplan().args([
        "-q",
        "done",
        "3.1.2",
        "--on",
        "2022-03-10",
        "--note",
        "120 participantes",
    ]));
    repo.commit_as("Ana Pérez", "2022-03-11T10:00:00-03:00", "Registra el webinar de marzo");
    stdout_of(repo.workplan().args(["-q", "renumber", "3.1.5", "3.1.4"]));
    repo.commit_as("Bruno Silva", "2022-05-02T10:00:00-03:00", "Adelanta el webinar de firma digital");
    repo.edit(AREA_3_3, MOVED, "");
    let area_3_7 = repo.plan().join(AREA_3_7);
    let mut text = std::fs::read_to_string(&area_3_7).expect("3.7");
    text.push_str(&MOVED.replace("3.3.5", "3.7.5"));
    std::fs::write(&area_3_7, text).expect("write");
    repo.commit_as(
        "Ana Pérez",
        "2022-06-01T10:00:00-03:00",
        "Pasa el espacio web al área de software público",
    );
    repo.edit(AREA_3_2, "schedule = \"to-be-defined\"", "shedule = \"to-be-defined\"");
    repo.commit_as("Bruno Silva", "2022-07-01T10:00:00-03:00", "Edita 3.2 a mano");
    repo.edit(AREA_3_2, "shedule = \"to-be-defined\"", "schedule = \"to-be-defined\"");
    stdout_of(repo.workplan().args([
        "-q",
        "cancel",
        "3.1.4",
        "--reason",
        "Se unificó con 3.1.3",
        "--on",
        "2022-07-02",
    ]));
    repo.commit_as("Carla Gómez", "2022-07-02T10:00:00-03:00", "Corrige 3.2 y cancela 3.1.4");
    repo
}

/// The output with each short commit hash replaced by its position in the history, oldest 1.
fn with_commits_numbered(repo: &Repo, text: &str) -> String {
    let hashes = repo.git(&["log", "--reverse", "--format=%H"]);
    let mut text = text.to_owned();
    for (index, hash) in hashes.lines().enumerate() {
        text = text.replace(hash, &format!("<commit {}>", index + 1));
        text = text.replace(&hash[..7], &format!("<{}>", index + 1));
    }
    text
}

#[test]
fn the_plans_history_newest_first_with_a_broken_commit_named() {
    let repo = a_year_of_history();
    let stdout = stdout_of(repo.workplan().arg("log"));
    insta::assert_snapshot!(with_commits_numbered(&repo, &stdout));
}

#[test]
fn an_activity_is_followed_across_renumbering_to_its_creation() {
    let repo = a_year_of_history();
    let stdout = stdout_of(repo.workplan().args(["log", "3.1.4"]));
    insta::assert_snapshot!(with_commits_numbered(&repo, &stdout));
}

#[test]
fn an_activity_is_followed_across_a_move_to_another_area_in_spanish() {
    let repo = a_year_of_history();
    let stdout = stdout_of(repo.workplan().args(["--lang", "es", "log", "3.7.5"]));
    let stdout = with_commits_numbered(&repo, &stdout);
    assert!(stdout.contains("2022-06-01  Ana Pérez  <4>  Pasa el espacio web"), "{stdout}");
    assert!(
        stdout.contains("  3.3.5 -> 3.7.5 Alimentar espacio sobre este eje en el web de Red Gealc\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  + 3.3.5 Alimentar espacio sobre este eje en el web de Red Gealc (Anual 2022)\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("no se pudo leer el plan en este commit (plan/3.2-datos-abiertos.toml;"),
        "{stdout}"
    );
    assert!(!stdout.contains("3.1."), "{stdout}");
}

#[test]
fn an_area_by_name_shows_what_moved_out_of_it() {
    let repo = a_year_of_history();
    let by_name = stdout_of(repo.workplan().args(["log", "CIBERSEGURIDAD"]));
    let by_number = stdout_of(repo.workplan().args(["log", "3.3"]));
    assert_eq!(by_name, by_number);
    let text = with_commits_numbered(&repo, &by_name);
    assert!(text.starts_with("2022-07-01  Bruno Silva  <5>  Edita 3.2 a mano\n"), "{text}");
    assert!(text.contains("  3.3.5 -> 3.7.5 Alimentar"), "{text}");
    assert!(text.contains("  + 3.3 Ciberseguridad\n"), "{text}");
    assert!(!text.contains("Registra el webinar"), "{text}");
}

#[test]
fn the_history_as_json_names_authors_commits_and_changes() {
    let repo = a_year_of_history();
    let json = stdout_of(repo.workplan().args(["log", "3.1.2", "--format", "json"]));
    let document: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let commits = document["commits"].as_array().expect("a list");
    let hashes: Vec<String> = repo.git(&["log", "--format=%H"]).lines().map(str::to_owned).collect();
    // The broken commit (kept: it may have touched 3.1.2), the webinar's record, its creation.
    assert_eq!(commits.len(), 3, "{json}");
    assert_eq!(commits[0]["unreadable"], serde_json::json!(["plan/3.2-datos-abiertos.toml"]));
    assert_eq!(commits[0]["author"], "Bruno Silva");
    assert_eq!(commits[1]["author"], "Ana Pérez");
    assert_eq!(commits[1]["commit"], hashes[4]);
    assert_eq!(commits[1]["date"], "2022-03-11T10:00:00-03:00");
    let record =
        commits[1]["changes"].as_array().expect("changes").iter().find(|c| c["kind"] == "record-added");
    let record = record.expect("the record");
    assert_eq!(
        (record["on"].as_str(), record["note"].as_str()),
        (Some("2022-03-10"), Some("120 participantes"))
    );
    assert_eq!(commits[2]["changes"][0]["kind"], "added");
    assert_eq!(commits[2]["created"], true);
}

#[test]
fn log_refuses_an_unknown_activity_and_area_and_works_outside_the_plans_history() {
    let repo = a_year_of_history();
    let stderr = stderr_of(repo.workplan().args(["log", "3.1.9"]), 2);
    assert_eq!(stderr, "error: there is no activity `3.1.9` in the plan; nearest: 3.1.8, 3.1.7, 3.1.6\n");
    let stderr = stderr_of(repo.workplan().args(["log", "gobernanza"]), 2);
    assert!(
        stderr.starts_with(
            "error: no area matches `gobernanza`: name one by its number or part of its name (3.1, 3.2,"
        ),
        "{stderr}"
    );
    // A number the activity no longer has leads to the activity.
    let moved = stdout_of(repo.workplan().args(["log", "3.3.5"]));
    assert_eq!(moved, stdout_of(repo.workplan().args(["log", "3.7.5"])));
}

#[test]
fn log_outside_a_repository_and_before_any_commit_exit_2() {
    let plan = copy_plan(&real_plan());
    let mut command = workplan_on(plan.path());
    command.env("GIT_CEILING_DIRECTORIES", plan.path().parent().unwrap_or(Path::new("/")));
    let stderr = stderr_of(command.arg("log"), 2);
    assert!(stderr.contains("is not in a git repository: `diff`, `log` and `--rev` read"), "{stderr}");
    let repo = Repo::new();
    repo.copy_plan(&real_plan());
    let stderr = stderr_of(repo.workplan().arg("log"), 2);
    assert!(stderr.starts_with("error: unknown revision `HEAD`"), "{stderr}");
}

#[test]
fn commit_text_reaches_the_terminal_without_control_characters() {
    let repo = Repo::with_plan(&real_plan());
    repo.edit(AREA_3_1, "number = \"3.1.1\"\ntitle = \"", "number = \"3.1.1\"\ntitle = \"\\u001b[31mX ");
    repo.commit_as("Eve\u{1b}]0;x\u{7}", "2022-03-11T10:00:00-03:00", "Cambia\u{1b}[2J el título");
    let stdout = stdout_of(repo.workplan().args(["log", "3.1.1"]));
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{7}'), "{stdout:?}");
    assert!(stdout.contains("Eve␛]0;x"), "{stdout:?}");
    assert!(stdout.contains("title: {+␛[31mX+}"), "{stdout:?}");
    assert!(stdout.contains("Cambia␛[2J el título"), "{stdout:?}");
}

#[test]
fn read_commands_read_the_plan_at_a_revision_without_checking_it_out() {
    let repo = a_year_of_history();
    let before = std::fs::read_to_string(repo.plan().join(AREA_3_1)).expect("3.1");
    let approved = stdout_of(workplan_on(&real_plan()).arg("export"));
    assert_eq!(stdout_of(repo.workplan().args(["export", "--rev", "v2022-approved"])), approved);
    let list = stdout_of(repo.workplan().args([
        "list",
        "--rev",
        "v2022-approved",
        "--area",
        "3.1",
        "--format",
        "csv",
    ]));
    assert!(!list.contains(",done,") && !list.contains(",cancelled,"), "{list}");
    let list = stdout_of(repo.workplan().args(["list", "--area", "3.1", "--format", "csv"]));
    assert!(list.contains(",done,") && list.contains(",cancelled,"), "{list}");
    let show = stdout_of(repo.workplan().args(["show", "3.3.5", "--rev", "HEAD~3"]));
    assert!(show.contains("Alimentar espacio"), "{show}");
    for command in ["areas", "summary", "timeline", "calendar", "validate"] {
        repo.workplan().args([command, "--rev", "v2022-approved"]).assert().success();
    }
    let report = stdout_of(repo.workplan().args(["report", "--html", "--rev", "v2022-approved"]));
    assert!(report.contains("<html"), "report");
    assert_eq!(std::fs::read_to_string(repo.plan().join(AREA_3_1)).expect("3.1"), before);
    assert_eq!(repo.git(&["status", "--porcelain"]), "");
}

#[test]
fn a_revision_that_does_not_load_names_the_revision_and_the_file() {
    let repo = a_year_of_history();
    let stderr = stderr_of(repo.workplan().args(["list", "--rev", "HEAD~1"]), 2);
    assert!(stderr.contains("--> HEAD~1:plan/3.2-datos-abiertos.toml:"), "{stderr}");
    assert!(stderr.ends_with("error: the plan at `HEAD~1` could not be read: 1 error\n"), "{stderr}");
    let stdout = repo.workplan().args(["validate", "--rev", "HEAD~1", "--format", "json"]).assert().code(1);
    let json = String::from_utf8(stdout.get_output().stdout.clone()).expect("UTF-8");
    assert!(json.contains("\"file\": \"HEAD~1:plan/3.2-datos-abiertos.toml\""), "{json}");
    let stderr = stderr_of(repo.workplan().args(["export", "--rev", "v1999"]), 2);
    assert!(stderr.starts_with("error: unknown revision `v1999`"), "{stderr}");
    let stderr = stderr_of(repo.workplan().args(["summary", "--rev=--output=x"]), 2);
    assert!(stderr.starts_with("error: unknown revision `--output=x`"), "{stderr}");
}

#[test]
fn rev_outside_a_repository_exits_2() {
    let plan = copy_plan(&real_plan());
    let mut command = workplan_on(plan.path());
    command.env("GIT_CEILING_DIRECTORIES", plan.path().parent().unwrap_or(Path::new("/")));
    let stderr = stderr_of(command.args(["list", "--rev", "HEAD"]), 2);
    assert!(stderr.contains("is not in a git repository"), "{stderr}");
}

#[test]
fn diff_narrowed_to_an_area_or_an_activity() {
    let repo = a_year_of_history();
    let area = stdout_of(repo.workplan().args(["diff", "v2022-approved", "HEAD", "--area", "3.3"]));
    let area = with_commits_numbered(&repo, &area);
    insta::assert_snapshot!(area);
    let activity = stdout_of(repo.workplan().args(["diff", "v2022-approved", "--activity", "3.1.4"]));
    assert!(
        activity.contains("3.1.5 -> 3.1.4 Webinar regional firma digital transfronteriza."),
        "{activity}"
    );
    assert!(activity.contains("3.1.4: cancelled on"), "{activity}");
    assert!(!activity.contains("3.1.2"), "{activity}");
    let by_name = stdout_of(repo.workplan().args(["diff", "v2022-approved", "--area", "software publico"]));
    assert!(by_name.contains("3.3.5 -> 3.7.5"), "{by_name}");
    let none = stdout_of(repo.workplan().args([
        "--lang",
        "es",
        "diff",
        "HEAD~3",
        "HEAD~2",
        "--area",
        "3.9",
        "--activity",
        "3.3.1",
    ]));
    assert!(none.starts_with("Sin cambios en el área 3.9, la actividad 3.3.1 de HEAD~3 ("), "{none}");
    let stderr = stderr_of(repo.workplan().args(["diff", "v2022-approved", "--area", "9.9"]), 2);
    assert!(stderr.starts_with("error: no area matches `9.9`"), "{stderr}");
    let stderr = stderr_of(repo.workplan().args(["diff", "v2022-approved", "--activity", "3.1.99"]), 2);
    assert!(stderr.starts_with("error: there is no activity `3.1.99`"), "{stderr}");
}

#[test]
fn next_years_plan_validates_formats_and_exports() {
    let root = tempfile::tempdir().expect("a temporary directory");
    let out = root.path().join("plan-2023");
    let stdout = stdout_of(workplan_on(&fixture("progress")).args(["new", "2023", "--out"]).arg(&out));
    assert!(
        stdout.starts_with(&format!(
            "Wrote `{}`: Plan de Trabajo 2023, 9 areas, 37 activities from the plan for 2022 (0 left out).\n",
            out.display()
        )),
        "{stdout}"
    );
    assert!(stdout.contains("To fill in: the approval"), "{stdout}");
    let area = std::fs::read_to_string(out.join(AREA_3_1)).expect("3.1");
    insta::assert_snapshot!(area);
    let plan = std::fs::read_to_string(out.join("plan.toml")).expect("plan.toml");
    assert!(plan.contains("title = \"Plan de Trabajo 2023\"\nyear = 2023\n"), "{plan}");
    assert!(!plan.contains("\n[approval]") && !plan.contains("\n[committee]"), "{plan}");
    workplan_on(&out).args(["fmt", "--check"]).assert().success();
    let export = stdout_of(workplan_on(&out).arg("export"));
    assert!(export.contains("Plan de Trabajo 2023"), "{export}");
}

#[test]
fn the_real_plan_carried_whole_validates_without_errors() {
    let root = tempfile::tempdir().expect("a temporary directory");
    let out = root.path().join("plan-2023");
    stdout_of(workplan_on(&real_plan()).args(["new", "2023", "--out"]).arg(&out));
    let output = workplan_on(&out)
        .args(["validate", "--format", "json"])
        .env("WORKPLAN_TODAY", "2023-01-10")
        .assert()
        .success();
    let findings: serde_json::Value = serde_json::from_slice(&output.get_output().stdout).expect("JSON");
    assert!(findings.as_array().expect("a list").iter().all(|f| f["severity"] != "error"), "{findings}");
}

#[test]
fn unfinished_and_recurring_carry_less_and_say_where_each_came_from() {
    let root = tempfile::tempdir().expect("a temporary directory");
    let unfinished = root.path().join("unfinished");
    let stdout = stdout_of(
        workplan_on(&fixture("progress"))
            .args(["new", "2023", "--carry", "unfinished", "--doc-lang", "en", "--out"])
            .arg(&unfinished),
    );
    assert!(stdout.contains(", 30 activities from the plan for 2022 (7 left out).\n"), "{stdout}");
    let area = std::fs::read_to_string(unfinished.join(AREA_3_1)).expect("3.1");
    assert!(!area.contains("cancelled") && !area.contains("done = "), "{area}");
    let first =
        "# 2022: 3.1.1, carried out 1 of 2 times, the last on 2022-05-20\n[[activity]]\nnumber = \"3.1.1\"";
    assert!(area.contains(first), "{area}");
    assert!(
        area.contains("# 2022: 3.1.3, not carried out in 2022\n[[activity]]\nnumber = \"3.1.2\""),
        "{area}"
    );
    let recurring = root.path().join("recurring");
    stdout_of(
        workplan_on(&fixture("progress"))
            .args(["new", "2023", "--carry", "recurring", "--out"])
            .arg(&recurring),
    );
    let area = std::fs::read_to_string(recurring.join(AREA_3_3)).expect("3.3");
    assert!(area.contains("number = \"3.3.1\"\ntitle = \"Reuniones del grupo de trabajo\""), "{area}");
    assert!(
        area.contains("# 2022: 3.3.4, realizada 2 de 4 veces, la última el 2022-06-02\n[[activity]]\n"),
        "{area}"
    );
}

#[test]
fn new_refuses_a_directory_in_use_and_the_same_year_writing_nothing() {
    let root = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(root.path().join("notas.txt"), "x").expect("write");
    let stderr = stderr_of(workplan_on(&real_plan()).args(["new", "2023", "--out"]).arg(root.path()), 2);
    assert!(stderr.contains("already exists and is not empty"), "{stderr}");
    assert_eq!(std::fs::read_dir(root.path()).expect("dir").count(), 1);
    let out = root.path().join("p");
    let stderr = stderr_of(workplan_on(&real_plan()).args(["new", "2022", "--out"]).arg(&out), 2);
    assert_eq!(
        stderr,
        "error: the plan is already the plan for 2022: name the year of the new plan, such as 2023\n"
    );
    assert!(!out.exists());
    let empty = root.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    stdout_of(workplan_on(&real_plan()).args(["new", "2023", "--out"]).arg(&empty));
    assert!(empty.join("plan.toml").is_file());
}

/// The output shown under `$ COMMAND` in a code block of `file` (README.md, docs/…).
fn shown_output(file: &str, command: &str) -> String {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).expect("the document");
    let marker = format!("$ {command}\n");
    let start =
        text.find(&marker).map(|i| i + marker.len()).unwrap_or_else(|| panic!("`{command}` is in {file}"));
    let end = text[start..].find("```").map(|i| start + i).expect("the code block ends");
    text[start..end].to_owned()
}

/// The text with each commit hash of a `log` header (and wherever else it appears) numbered in
/// order of appearance, so that an example still matches when the plan's bytes, and so the
/// hashes, change.
fn hashes_numbered(text: &str) -> String {
    let hashes: Vec<String> = text
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_digit()))
        .filter_map(|line| line.split("  ").nth(2).map(str::to_owned))
        .collect();
    let mut text = text.to_owned();
    for (index, hash) in hashes.iter().enumerate() {
        text = text.replace(hash.as_str(), &format!("<{}>", index + 1));
    }
    text
}

#[test]
fn the_examples_of_the_readme_and_docs_are_real() {
    let repo = a_year_of_history();
    let log = hashes_numbered(&stdout_of(repo.workplan().args(["log", "3.1.4"])));
    for file in ["README.md", "docs/history.md"] {
        assert_eq!(hashes_numbered(&shown_output(file, "workplan log 3.1.4")), log, "{file}");
        let root = repository_copy();
        let new = stdout_of(workplan().current_dir(root.path()).args([
            "--lang",
            "es",
            "new",
            "2023",
            "--out",
            "plan-2023",
        ]));
        assert_eq!(shown_output(file, "workplan --lang es new 2023 --out plan-2023"), new, "{file}");
    }
    // The review example: the approved plan tagged, the corrected one in the working tree.
    let approved = Repo::new();
    approved.copy_plan(&approved_plan());
    approved.commit_as("Secretaría Técnica", "2021-11-20T10:00:00-03:00", "Plan aprobado");
    approved.git(&["tag", "-a", "v2022-approved", "-m", "Aprobado"]);
    approved.copy_plan(&real_plan());
    let diff = stdout_of(approved.workplan().args(["diff", "v2022-approved", "--area", "3.1"]));
    let tag = approved.git(&["rev-parse", "--short=7", "v2022-approved^{commit}"]);
    let shown = shown_output("docs/history.md", "workplan diff v2022-approved --area 3.1");
    let shown_tag = shown.split(['(', ')']).nth(1).expect("a commit in the example");
    assert_eq!(shown.replace(shown_tag, tag.trim()), diff);
}

#[test]
fn a_merged_branch_shows_its_own_commits_not_the_merge() {
    let repo = Repo::new();
    repo.copy_plan(&real_plan());
    repo.commit_as("Secretaría Técnica", "2021-11-20T10:00:00-03:00", "Plan aprobado");
    repo.git(&["checkout", "-q", "-b", "reprograma"]);
    repo.edit(AREA_3_3, "schedule = \"2022-S1\"", "schedule = \"2022-Q2\"");
    repo.commit_as("Ana Pérez", "2022-03-11T10:00:00-03:00", "Reprograma 3.3.1");
    repo.git(&["checkout", "-q", "main"]);
    std::fs::write(repo.root().join("README.md"), "Plan\n").expect("write");
    repo.commit_as("Bruno Silva", "2022-03-12T10:00:00-03:00", "README");
    repo.git(&["merge", "-q", "--no-ff", "-m", "Merge reprograma", "reprograma"]);
    let stdout = stdout_of(repo.workplan().args(["log", "3.3.1"]));
    let headers: Vec<&str> = stdout.lines().filter(|line| line.starts_with("20")).collect();
    assert_eq!(headers.len(), 2, "{stdout}");
    assert!(headers[0].ends_with("Reprograma 3.3.1") && headers[0].contains("Ana Pérez"), "{stdout}");
    assert!(stdout.contains("  3.3.1: 1st half 2022 -> Q2 2022\n"), "{stdout}");
    assert!(!stdout.contains("Merge") && !stdout.contains("README"), "{stdout}");
}
