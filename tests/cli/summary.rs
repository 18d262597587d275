//! `workplan summary`: counts per area and per part of the year, as a table, Markdown and JSON.

use crate::common::*;

fn progress_plan() -> std::path::PathBuf {
    fixture("progress")
}

fn summary_json(plan: &std::path::Path) -> serde_json::Value {
    let json = stdout_of(workplan_on(plan).args(["summary", "--format", "json"]));
    serde_json::from_str(&json).expect("valid JSON")
}

#[test]
fn table_of_the_approved_plan() {
    insta::assert_snapshot!(stdout_of(workplan_on(&approved_plan()).arg("summary")));
}

#[test]
fn table_with_progress_recorded() {
    insta::assert_snapshot!(stdout_of(workplan_on(&progress_plan()).arg("summary")));
}

#[test]
fn table_in_spanish() {
    insta::assert_snapshot!(stdout_of(workplan_on(&progress_plan()).args(["--lang", "es", "summary"])));
}

#[test]
fn markdown_and_json_of_the_approved_plan() {
    let plan = approved_plan();
    insta::assert_snapshot!(
        "approved_markdown",
        stdout_of(workplan_on(&plan).args(["summary", "--format", "markdown"]))
    );
    insta::assert_snapshot!(
        "approved_json",
        stdout_of(workplan_on(&plan).args(["summary", "--format", "json"]))
    );
}

#[test]
fn markdown_with_progress_recorded() {
    insta::assert_snapshot!(stdout_of(
        workplan_on(&progress_plan()).args(["summary", "--format", "markdown"])
    ));
}

#[test]
fn json_with_progress_recorded() {
    insta::assert_snapshot!(stdout_of(workplan_on(&progress_plan()).args(["summary", "--format", "json"])));
}

#[test]
fn json_rows_add_up_to_the_total() {
    let summary = summary_json(&progress_plan());
    let total = &summary["total"];
    for key in ["total", "done", "in_progress", "pending", "overdue", "cancelled"] {
        let sum = |rows: &str| -> u64 {
            summary[rows].as_array().expect("rows").iter().map(|row| row[key].as_u64().expect("count")).sum()
        };
        assert_eq!(sum("areas"), total[key].as_u64().expect("total"), "areas, {key}");
        assert_eq!(sum("periods"), total[key].as_u64().expect("total"), "periods, {key}");
    }
    let parts =
        ["done", "in_progress", "pending", "cancelled"].map(|key| total[key].as_u64().expect("count"));
    assert_eq!(parts.iter().sum::<u64>(), total["total"].as_u64().expect("total"));
}

#[test]
fn counts_follow_the_records_and_today() {
    let summary = summary_json(&progress_plan());
    let area = |number: &str| {
        summary["areas"]
            .as_array()
            .expect("areas")
            .iter()
            .find(|a| a["area"] == number)
            .expect("area")
            .clone()
    };
    let first = area("3.1");
    // 3.1.1 is 1 of 2 pilots, 3.1.2 done, 3.1.5 cancelled; 3.1.1 and 3.1.3 ended in June.
    assert_eq!((first["done"].as_u64(), first["in_progress"].as_u64()), (Some(1), Some(1)));
    assert_eq!((first["cancelled"].as_u64(), first["overdue"].as_u64()), (Some(1), Some(2)));
    assert_eq!(first["progress_percent"].as_u64(), Some(21), "1.5 of 7 not cancelled");
    let period = |code: &str| {
        summary["periods"]
            .as_array()
            .expect("periods")
            .iter()
            .find(|p| p["period"] == code)
            .expect("p")
            .clone()
    };
    assert_eq!(period("unscheduled")["total"].as_u64(), Some(3));
    assert_eq!(period("other-years")["cancelled"].as_u64(), Some(1));
    assert_eq!(period("other-years")["progress_percent"], serde_json::Value::Null, "nothing left to do");
    let before =
        workplan_on(&progress_plan()).args(["--today", "2022-06-30", "summary", "--format", "json"]).output();
    let before: serde_json::Value =
        serde_json::from_slice(&before.expect("runs").stdout).expect("valid JSON");
    assert_eq!(before["total"]["overdue"].as_u64(), Some(0), "nothing is late on the last day of June");
}

#[test]
fn fits_80_columns_and_has_no_escape_codes_when_piped() {
    for lang in ["en", "es"] {
        let table = stdout_of(workplan_on(&real_plan()).args(["--lang", lang, "summary"]));
        assert!(table.lines().all(|line| line.chars().count() <= 80), "wider than 80 columns:\n{table}");
        assert!(!table.contains('\u{1b}'));
    }
}

#[test]
fn colour_only_when_asked_for() {
    let coloured = stdout_of(workplan_on(&progress_plan()).args(["--color", "always", "summary"]));
    assert!(coloured.contains("\u{1b}["), "--color always paints the bars and counts");
}

#[test]
fn a_bad_format_is_refused_by_the_parser() {
    let stderr = stderr_of(workplan_on(&real_plan()).args(["summary", "--format", "csv"]), 2);
    assert!(stderr.contains("markdown"), "lists the possible values: {stderr}");
}
