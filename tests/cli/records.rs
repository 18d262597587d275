//! `workplan records`, `reopen --record N` and `done --amend N`: any record, not only the latest.

use std::fs;

use crate::common::*;

fn plan_with_records() -> tempfile::TempDir {
    let plan = copy_plan(&real_plan());
    for (on, note) in [("2022-03-10", "primera"), ("2022-06-02", "segunda"), ("2022-07-01", "tercera")] {
        workplan_on(plan.path()).args(["done", "3.3.4", "--on", on, "--note", note]).assert().success();
    }
    plan
}

#[test]
fn records_are_listed_with_their_index() {
    let plan = plan_with_records();
    let stdout = stdout_of(workplan_on(plan.path()).args(["records", "3.3.4"]));
    assert_eq!(stdout, "1  10 March 2022 — primera\n2  2 June 2022 — segunda\n3  1 July 2022 — tercera\n");
    let stdout = stdout_of(workplan_on(plan.path()).args(["--lang", "es", "records", "3.3.4"]));
    assert!(stdout.starts_with("1  10 de marzo de 2022 — primera\n"), "{stdout}");
    let output = workplan_on(plan.path()).args(["records", "3.3.1"]).assert().success();
    assert!(output.get_output().stdout.is_empty());
}

#[test]
fn any_record_can_be_removed_or_corrected_in_place() {
    let plan = plan_with_records();
    let path = plan.path().join("3.3-ciberseguridad.toml");
    let stdout = stdout_of(workplan_on(plan.path()).args(["reopen", "3.3.4", "--record", "2"]));
    assert_eq!(stdout, "3.3.4 Reuniones del grupo de trabajo: removed the record of 2 June 2022 (2/4)\n");
    let amended = ["done", "3.3.4", "--amend", "1", "--on", "2022-03-11", "--note", "Con 12 países"];
    stdout_of(workplan_on(plan.path()).args(amended));
    let text = fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("done = [\n  { on = 2022-03-11, note = \"Con 12 países\" },\n  { on = 2022-07-01, note = \"tercera\" },\n]\n"),
        "{text}"
    );
    let stderr = stderr_of(workplan_on(plan.path()).args(["reopen", "3.3.4", "--record", "3"]), 2);
    assert!(stderr.contains("has no record 3: it has 2"), "{stderr}");
    let stderr =
        stderr_of(workplan_on(plan.path()).args(["done", "3.3.4", "--amend", "1", "--on", "2023-01-01"]), 2);
    assert!(stderr.contains("2023-01-01"), "a date after today is refused: {stderr}");
    let stderr = stderr_of(workplan_on(plan.path()).args(["done", "3.3.4", "--amend", "1"]), 2);
    assert!(stderr.contains("--on"), "{stderr}");
}
