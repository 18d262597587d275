//! `workplan move`: to another area with records and comments; both areas numbered 1..n; there
//! and back is the identity.

use crate::common::*;

#[test]
fn there_and_back_gives_the_plan_back() {
    let plan = copy_plan(&real_plan());
    workplan_on(plan.path())
        .args(["done", "3.3.4", "--on", "2022-03-10", "--note", "primera"])
        .assert()
        .success();
    let before = plan_files(plan.path());
    let stdout =
        stdout_of(workplan_on(plan.path()).args(["move", "3.3.4", "--to-area", "innovacion", "--at", "1"]));
    assert_eq!(stdout, "3.3.4 -> 3.5.1 Reuniones del grupo de trabajo: moved\n");
    let json = stdout_of(workplan_on(plan.path()).args(["show", "3.5.1", "--format", "json"]));
    let moved: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(moved["done"][0]["note"], "primera", "the records go with it");
    assert_eq!(moved["area"], "3.5");
    workplan_on(plan.path()).arg("validate").assert().code(0);
    workplan_on(plan.path()).args(["show", "3.3.5"]).assert().code(2);
    stdout_of(workplan_on(plan.path()).args(["move", "3.5.1", "--to-area", "3.3", "--at", "4"]));
    assert_eq!(plan_files(plan.path()), before);
}

#[test]
fn the_same_area_is_refused_with_renumber_suggested() {
    let plan = copy_plan(&real_plan());
    let stderr = stderr_of(workplan_on(plan.path()).args(["move", "3.3.4", "--to-area", "3.3"]), 2);
    assert!(stderr.contains("workplan renumber"), "{stderr}");
}

#[test]
fn the_dry_run_shows_both_files() {
    let root = repository_copy();
    let diff = stdout_of(workplan().current_dir(root.path()).args([
        "move",
        "3.3.5",
        "--to-area",
        "3.4",
        "--dry-run",
    ]));
    insta::assert_snapshot!("move_dry_run", diff);
}

#[test]
fn a_validate_error_is_shown_where_it_would_be() {
    let root = repository_copy();
    let stderr =
        stderr_of(workplan().current_dir(root.path()).args(["edit", "3.3.1", "--schedule", "2031-S1"]), 2);
    insta::assert_snapshot!("edit_refused", stderr);
}
