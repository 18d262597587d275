//! `workplan list --overdue` and `--due-within`: what is late, what is next.

use crate::common::*;

fn numbers(plan: &std::path::Path, args: &[&str]) -> Vec<String> {
    let json = stdout_of(workplan_on(plan).arg("list").args(args).args(["--format", "json"]));
    let activities: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    activities
        .as_array()
        .expect("an array")
        .iter()
        .map(|a| a["number"].as_str().expect("a number").to_owned())
        .collect()
}

#[test]
fn overdue_lists_open_activities_whose_period_has_ended() {
    // On 15 July 2022, the first half is over.
    let late = numbers(&fixture("progress"), &["--overdue"]);
    assert_eq!(late, ["3.1.1", "3.1.3", "3.6.1", "3.7.1", "3.8.3"]);
    // Without records, every first-half activity is late, and 3.1.5 (2021) too.
    let approved = numbers(&approved_plan(), &["--overdue"]);
    assert_eq!(approved.len(), 10);
    assert!(approved.contains(&"3.1.5".to_owned()));
    assert!(numbers(&approved_plan(), &["--today", "2022-06-30", "--overdue"]) == ["3.1.5"]);
}

#[test]
fn due_within_lists_what_ends_soon() {
    let next =
        |span: &str, today: &str| numbers(&fixture("progress"), &["--today", today, "--due-within", span]);
    assert_eq!(
        next("30d", "2022-06-15"),
        ["3.1.1", "3.1.3", "3.6.1", "3.7.1", "3.8.3"],
        "the first half ends 30 June"
    );
    assert!(next("2w", "2022-06-15").is_empty(), "29 June is before the end of the half");
    assert_eq!(next("2w", "2022-06-15"), next("14", "2022-06-15"));
    assert_eq!(next("1m", "2022-12-01").len(), next("30d", "2022-12-01").len());
    assert!(next("3m", "2022-07-15").is_empty(), "nothing ends between July and mid-October");
}

#[test]
fn overdue_and_due_within_together_answer_the_weekly_question() {
    let both = numbers(&fixture("progress"), &["--today", "2022-12-20", "--overdue", "--due-within", "2w"]);
    let late = numbers(&fixture("progress"), &["--today", "2022-12-20", "--overdue"]);
    let next = numbers(&fixture("progress"), &["--today", "2022-12-20", "--due-within", "2w"]);
    assert!(!late.is_empty() && !next.is_empty());
    assert_eq!(both.len(), late.len() + next.len());
    let area = numbers(
        &fixture("progress"),
        &["--today", "2022-12-20", "--overdue", "--due-within", "2w", "--area", "3.3"],
    );
    assert!(area.iter().all(|n| n.starts_with("3.3.")), "other filters still apply: {area:?}");
}

#[test]
fn a_bad_span_is_refused_with_the_accepted_forms() {
    let stderr = stderr_of(workplan_on(&real_plan()).args(["list", "--due-within", "1y"]), 2);
    assert!(stderr.contains("`1y` is not a time span"), "{stderr}");
    assert!(stderr.contains("2w") && stderr.contains("3m"), "{stderr}");
}
