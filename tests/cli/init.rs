//! `workplan init`: a new, empty plan that validates; a directory that is not empty is refused.

use std::fs;

use crate::common::*;

const NEW: [&str; 6] = ["--organisation", "Red GEALC", "--title", "Plan de Trabajo 2023", "--year", "2023"];

#[test]
fn a_new_plan_validates_and_grows_with_area_add_and_add() {
    let root = tempfile::tempdir().expect("a temporary directory");
    let stdout = stdout_of(workplan().current_dir(root.path()).arg("init").args(NEW));
    assert!(stdout.starts_with("created the plan in `plan`"), "{stdout}");
    let text = fs::read_to_string(root.path().join("plan/plan.toml")).expect("plan.toml");
    assert_eq!(
        text,
        "#:schema ./plan.schema.json\nschema = 1\n\norganisation = \"Red GEALC\"\n\
         title = \"Plan de Trabajo 2023\"\nyear = 2023\n"
    );
    assert!(root.path().join("plan/area.schema.json").is_file());
    let run = |args: &[&str]| stdout_of(workplan().current_dir(root.path()).args(args));
    run(&["validate"]);
    run(&["area", "add", "1.1", "--name", "Datos abiertos"]);
    run(&[
        "add",
        "--area",
        "1.1",
        "--title",
        "Taller",
        "--place",
        "Virtual",
        "--schedule",
        "1er semestre 2023",
        "--resources",
        "BID",
    ]);
    let area = fs::read_to_string(root.path().join("plan/1.1-datos-abiertos.toml")).expect("the area");
    assert!(area.starts_with("#:schema ./area.schema.json\n"), "{area}");
    assert!(area.contains("schedule = \"2023-S1\"\n"), "{area}");
    workplan().current_dir(root.path()).args(["validate", "--deny", "warnings"]).assert().code(0);
    workplan().current_dir(root.path()).args(["fmt", "--check"]).assert().code(0);
}

#[test]
fn a_directory_that_is_not_empty_is_refused() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    fs::write(dir.path().join("notes.txt"), "x").expect("write");
    let stderr = stderr_of(workplan().arg("init").arg(dir.path()).args(NEW), 2);
    assert!(stderr.contains("is not empty"), "{stderr}");
    assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 1, "nothing was written");
    let empty = tempfile::tempdir().expect("a temporary directory");
    stdout_of(workplan().arg("init").arg(empty.path()).args(NEW));
    assert!(empty.path().join("plan.toml").is_file());
    let stderr = stderr_of(
        workplan().arg("init").arg(dir.path().join("new")).args([
            "--organisation",
            "x",
            "--title",
            "y",
            "--year",
            "22",
        ]),
        2,
    );
    assert!(stderr.contains("`22` is not a year"), "{stderr}");
}
