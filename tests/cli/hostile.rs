//! Plan text written by a stranger (a pull request's author) reaches no terminal raw: control
//! and bidi characters are made visible in every human output, CSV cells cannot become
//! formulas, Markdown cannot become markup, and JSON keeps the exact text.

use std::path::Path;

use crate::common::*;
use crate::git_repo::Repo;

/// A title that would set the window title and clear the screen, with a bidi override and a C1
/// control; an area name that would turn the terminal red.
const TITLE: &str = "Dos \\u001B]0;pwned\\u0007\\u001B[2J pilotos \\u202Eabc\\u0085x";
const TITLE_TEXT: &str = "Dos \u{1b}]0;pwned\u{7}\u{1b}[2J pilotos \u{202e}abc\u{85}x";
const NAME: &str = "Servicios \\u001B[31mrojo\\u001B[0m";
const FILE: &str = "3.1-servicios-transfronterizos.toml";

/// Writes the hostile texts into a copy of the real plan in `dir`.
fn make_hostile(dir: &Path) {
    let path = dir.join(FILE);
    let text = std::fs::read_to_string(&path).expect("the area file");
    let text = text
        .replacen("\"Dos pilotos de interoperabilidad regional\"", &format!("\"{TITLE}\""), 1)
        .replacen("\"Servicios transfronterizos\"", &format!("\"{NAME}\""), 1)
        .replacen(
            "place = \"A definir o virtual.\"",
            "place = \"=HYPERLINK(\\\"http://x\\\") <script>alert(1)</script> [a](javascript:alert(1))\"",
            1,
        );
    std::fs::write(&path, text).expect("the hostile file is written");
}

fn hostile_plan() -> tempfile::TempDir {
    let plan = copy_plan(&real_plan());
    make_hostile(plan.path());
    plan
}

/// Nothing a terminal would obey: no ESC, BEL, C1 control or bidi control.
fn assert_inert(what: &str, text: &str) {
    let raw: Vec<char> = text
        .chars()
        .filter(|c| matches!(c, '\u{1b}' | '\u{7}' | '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    assert!(raw.is_empty(), "{what} lets {raw:?} through:\n{text}");
}

fn output_of(command: &mut assert_cmd::Command) -> String {
    let output = command.output().expect("workplan runs");
    let mut text = String::from_utf8(output.stdout).expect("UTF-8 output");
    text.push_str(&String::from_utf8(output.stderr).expect("UTF-8 errors"));
    text
}

/// What `validate` finds, on standard output, from a run that must exit 1.
fn findings_of(command: &mut assert_cmd::Command) -> String {
    let output = command.assert().code(1).get_output().stdout.clone();
    String::from_utf8(output).expect("UTF-8 output")
}

#[test]
fn every_read_command_shows_controls_and_bidi_visibly() {
    let plan = hostile_plan();
    for args in [
        &["list"][..],
        &["list", "--format", "markdown"],
        &["show", "3.1.1"],
        &["areas"],
        &["areas", "--format", "markdown"],
        &["timeline"],
        &["summary"],
        &["summary", "--format", "markdown"],
        &["validate"],
        &["validate", "--format", "github"],
        &["--lang", "es", "validate"],
        &["export"],
        &["export", "--format", "markdown"],
    ] {
        let text = output_of(workplan_on(plan.path()).args(args));
        assert_inert(&args.join(" "), &text);
    }
    let show = stdout_of(workplan_on(plan.path()).args(["show", "3.1.1"]));
    assert!(show.contains("␛]0;pwned␇␛[2J pilotos \\u{202E}abc\\u{85}x"), "{show}");
}

#[test]
fn json_keeps_the_exact_text() {
    let plan = hostile_plan();
    let json = stdout_of(workplan_on(plan.path()).args(["list", "--format", "json"]));
    let list: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(list[0]["title"], TITLE_TEXT);
}

#[test]
fn validate_reports_control_and_bidi_characters() {
    let plan = hostile_plan();
    let stderr = findings_of(workplan_on(plan.path()).arg("validate"));
    assert!(stderr.contains("error[text]: 3.1.1: `title` contains the control character U+001B"), "{stderr}");
    assert!(stderr.contains(&format!("{FILE}:12:9")), "{stderr}");
    assert!(stderr.contains("error[text]: `name` contains the control character U+001B"), "{stderr}");
}

#[test]
fn validate_reports_a_bidi_override_by_name() {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join(FILE);
    let text = std::fs::read_to_string(&path).expect("the area file");
    std::fs::write(&path, text.replacen("place = \"Virtual.\"", "place = \"Virtual \\u2066.\"", 1))
        .expect("write");
    let stderr = findings_of(workplan_on(plan.path()).arg("validate"));
    assert!(stderr.contains("3.1.2: `place` contains the bidi control U+2066"), "{stderr}");
}

#[test]
fn confirmations_and_errors_show_controls_visibly() {
    let plan = hostile_plan();
    let done = output_of(workplan_on(plan.path()).args(["done", "3.1.1", "--on", "2022-03-01"]));
    assert!(done.contains("␛]0;pwned"), "{done}");
    assert_inert("done", &done);
    let cancel = output_of(workplan_on(plan.path()).args(["cancel", "3.1.3", "--reason", "x\u{1b}[2J"]));
    assert_inert("cancel", &cancel);
    let reopen = output_of(workplan_on(plan.path()).args(["reopen", "3.1.1"]));
    assert_inert("reopen", &reopen);
    // An unknown number is quoted back in the error.
    let error = output_of(workplan_on(plan.path()).args(["show", "3.1.\u{1b}[2J"]));
    assert_inert("an error", &error);
}

#[test]
fn diff_and_the_git_diff_driver_show_controls_visibly() {
    let repo = Repo::with_plan(&real_plan());
    make_hostile(&repo.plan());
    for args in [&["diff"][..], &["diff", "--format", "markdown"]] {
        let text = output_of(repo.workplan().args(args));
        assert!(text.contains("pilotos"), "{text}");
        assert_inert(&args.join(" "), &text);
    }
    let old = repo.root().join("old.toml");
    std::fs::copy(real_plan().join(FILE), &old).expect("the old side");
    let new = repo.plan().join(FILE);
    let path = format!("plan/{FILE}");
    let (old, new) = (old.display().to_string(), new.display().to_string());
    let args = ["git-diff-driver", &path, &old, "0", "100644", &new, "1", "100644"];
    let text = output_of(repo.workplan().args(args));
    assert!(text.contains("␛]0;pwned"), "{text}");
    assert_inert("git-diff-driver", &text);
}

#[test]
fn csv_cells_cannot_become_formulas() {
    let plan = hostile_plan();
    let csv = stdout_of(workplan_on(plan.path()).args(["list", "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().expect("a header").clone();
    let place = headers.iter().position(|h| h == "place").expect("a place column");
    let first = reader.records().next().expect("a row").expect("a record");
    assert_eq!(&first[place], "'=HYPERLINK(\"http://x\") <script>alert(1)</script> [a](javascript:alert(1))");
}

#[test]
fn markdown_escapes_html_and_links() {
    let plan = hostile_plan();
    let markdown = stdout_of(workplan_on(plan.path()).args(["list", "--format", "markdown"]));
    assert!(
        markdown.contains("\\<script\\>alert(1)\\</script\\> \\[a\\](javascript:alert(1))"),
        "{markdown}"
    );
    assert!(!markdown.contains("<script>"), "{markdown}");
}

#[test]
fn a_line_break_in_the_organisation_keeps_the_summary_heading_whole() {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join("plan.toml");
    let text = std::fs::read_to_string(&path).expect("plan.toml");
    std::fs::write(
        &path,
        text.replacen("organisation = \"Red GEALC\"", "organisation = \"Red\\n## GEALC\"", 1),
    )
    .expect("write");
    let markdown = stdout_of(workplan_on(plan.path()).args(["summary", "--format", "markdown"]));
    let first = markdown.lines().next().expect("a heading");
    assert!(first.starts_with("## ") && first.contains("Red \\#\\# GEALC"), "{markdown}");
    assert_eq!(markdown.lines().filter(|line| line.starts_with('#')).count(), 1, "{markdown}");
}

#[test]
fn overlong_text_is_a_warning_with_the_documented_limit() {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join(FILE);
    let text = std::fs::read_to_string(&path).expect("the area file");
    let long = "Webinar regional ".repeat(70);
    let long = long.trim_end();
    std::fs::write(&path, text.replacen("Webinar regional interoperabilidad transfronteriza.", long, 1))
        .expect("write");
    let output = workplan_on(plan.path()).arg("validate").assert().success().get_output().stdout.clone();
    let findings = String::from_utf8(output).expect("UTF-8");
    let expected =
        format!("warning[text]: 3.1.2: `title` is {} characters long, more than the 300", long.len());
    assert!(findings.contains(&expected), "{findings}");
    workplan_on(plan.path()).args(["validate", "--deny", "warnings"]).assert().code(1);
}

#[test]
fn line_breaks_of_a_crlf_file_are_not_control_characters() {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join(FILE);
    let text = std::fs::read_to_string(&path).expect("the area file");
    let text = text
        .replacen("objective = \"Generar", "objective = \"\"\"\nUna línea.\nGenerar", 1)
        .replacen("bien público regional.\"", "bien público regional.\"\"\"", 1)
        .replace('\n', "\r\n");
    std::fs::write(&path, text).expect("write");
    workplan_on(plan.path()).arg("validate").assert().success();
    let areas = stdout_of(workplan_on(plan.path()).arg("areas"));
    assert!(areas.contains("Una línea. Generar"), "a line break is a space in a cell:\n{areas}");
}

/// The plain-text document shows control characters as `export --format markdown` does: it is
/// what `workplan export --format text` prints on a terminal.
#[test]
fn the_text_document_shows_control_characters() {
    let plan = copy_plan(&real_plan());
    let file = plan.path().join("3.5-innovacion-en-el-sector-publico.toml");
    let text = std::fs::read_to_string(&file).expect("readable");
    let hostile = text.replacen(
        "title = \"Webinar regional de innovación pública.\"",
        "title = \"Webinar\\u001B]0;pwned\\u0007 regional\"",
        1,
    );
    assert_ne!(hostile, text, "the fixture has the title");
    std::fs::write(&file, hostile).expect("written");
    let document = stdout_of(workplan_on(plan.path()).args(["export", "--format", "text"]));
    assert!(document.contains("Webinar␛]0;pwned␇ regional"), "{document}");
    assert!(!document.contains('\u{1b}'), "{document}");
}
