//! `workplan fmt`: the canonical layout, `--check` for CI, and the real plan kept formatted.

use std::fs;

use crate::common::*;

const AREA_3_3: &str = "3.3-ciberseguridad.toml";

/// A copy of the real plan whose 3.3 file is laid out by hand, carelessly.
fn messy_plan() -> (tempfile::TempDir, String) {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join(AREA_3_3);
    let canonical = fs::read_to_string(&path).expect("area file");
    let messy = canonical
        .replace("number = \"3.3.4\"\ntitle", "title")
        .replace("every = \"quarter\"", "every='quarter'   # trimestral\nnumber =\"3.3.4\"\n\n")
        .replace("\n[[activity]]\nnumber = \"3.3.5\"", "[[activity]]\nnumber = \"3.3.5\"");
    assert_ne!(messy, canonical);
    fs::write(&path, &messy).expect("write");
    (plan, canonical)
}

#[test]
fn the_real_plan_is_formatted() {
    let output = workplan_on(&real_plan()).args(["fmt", "--check"]).assert().code(0).get_output().clone();
    assert!(output.stdout.is_empty());
    assert_eq!(String::from_utf8_lossy(&output.stderr), "10 plan files are already formatted\n");
}

#[test]
fn the_approved_and_progress_fixtures_are_formatted_too() {
    for plan in [approved_plan(), fixture("progress")] {
        workplan_on(&plan).args(["fmt", "--check"]).assert().code(0);
    }
}

#[test]
fn check_lists_the_files_to_format_and_exits_1() {
    let (plan, _) = messy_plan();
    let output = workplan_on(plan.path()).args(["fmt", "--check"]).assert().code(1).get_output().clone();
    let listed = String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(listed, format!("{}\n", plan.path().join(AREA_3_3).display()));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "1 plan file is not formatted: run `workplan fmt`\n");
}

#[test]
fn check_diff_shows_the_change_and_writes_nothing() {
    let (plan, _) = messy_plan();
    let path = plan.path().join(AREA_3_3);
    let before = fs::read_to_string(&path).expect("read");
    let output =
        workplan_on(plan.path()).args(["fmt", "--check", "--diff"]).assert().code(1).get_output().clone();
    let diff = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(diff.contains("-every='quarter'   # trimestral\n"), "{diff}");
    assert!(diff.contains("+every = \"quarter\"  # trimestral\n"), "{diff}");
    assert_eq!(fs::read_to_string(&path).expect("read"), before);
}

#[test]
fn fmt_rewrites_only_what_is_not_formatted_and_keeps_comments() {
    let (plan, canonical) = messy_plan();
    let output = workplan_on(plan.path()).arg("fmt").assert().success().get_output().clone();
    assert!(output.stdout.is_empty(), "naming the files is a note, on standard error");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(stderr, format!("formatted `{}`\n", plan.path().join(AREA_3_3).display()));
    let formatted = fs::read_to_string(plan.path().join(AREA_3_3)).expect("read");
    let expected = canonical.replace("every = \"quarter\"", "every = \"quarter\"  # trimestral");
    assert_eq!(formatted, expected);
    let again = workplan_on(plan.path()).arg("fmt").assert().code(0).get_output().clone();
    assert!(again.stdout.is_empty());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already"), "a second fmt changed something");
}

#[test]
fn crlf_files_keep_their_line_endings() {
    let (plan, canonical) = messy_plan();
    let path = plan.path().join(AREA_3_3);
    let crlf = fs::read_to_string(&path).expect("read").replace('\n', "\r\n");
    fs::write(&path, crlf).expect("write");
    workplan_on(plan.path()).arg("fmt").assert().success();
    let expected = canonical.replace("every = \"quarter\"", "every = \"quarter\"  # trimestral");
    assert_eq!(fs::read_to_string(&path).expect("read"), expected.replace('\n', "\r\n"));
}

#[test]
fn a_plan_with_errors_is_not_formatted() {
    let (plan, _) = messy_plan();
    let path = plan.path().join(AREA_3_3);
    let broken =
        fs::read_to_string(&path).expect("read").replace("schedule = \"2022-S1\"", "shedule = \"2022-S1\"");
    fs::write(&path, &broken).expect("write");
    let stderr = stderr_of(workplan_on(plan.path()).arg("fmt"), 2);
    assert!(stderr.contains("unknown key `shedule`"), "{stderr}");
    assert_eq!(fs::read_to_string(&path).expect("read"), broken);
}

#[test]
fn fmt_speaks_spanish() {
    let stderr = stderr_of(workplan_on(&real_plan()).args(["--lang", "es", "fmt", "--check"]), 0);
    assert_eq!(stderr, "10 archivos del plan ya tienen el formato canónico\n");
}
