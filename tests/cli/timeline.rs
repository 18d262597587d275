//! `workplan timeline`: the plan year as a chart.

use crate::common::*;

#[test]
fn chart_of_the_approved_plan() {
    insta::assert_snapshot!(stdout_of(workplan_on(&approved_plan()).arg("timeline")));
}

#[test]
fn chart_with_progress_recorded() {
    insta::assert_snapshot!(stdout_of(workplan_on(&fixture("progress")).arg("timeline")));
}

#[test]
fn chart_in_spanish() {
    let chart = stdout_of(workplan_on(&fixture("progress")).args(["--lang", "es", "timeline"]));
    insta::assert_snapshot!(chart);
}

#[test]
fn fits_80_columns_with_accented_titles_aligned() {
    let chart = stdout_of(workplan_on(&real_plan()).args(["--lang", "es", "timeline"]));
    let widths: Vec<usize> = chart.lines().map(|line| line.chars().count()).collect();
    assert!(widths.iter().all(|width| *width <= 80), "wider than 80 columns:\n{chart}");
    // Every row's chart starts in the same column, whatever accents its title has.
    let starts: Vec<usize> = chart
        .lines()
        .filter(|line| line.starts_with(" 3."))
        .map(|line| line.chars().position(|c| c == '|').expect("a chart"))
        .collect();
    assert!(starts.len() > 40 && starts.windows(2).all(|pair| pair[0] == pair[1]), "{chart}");
    assert!(!chart.contains('\u{1b}'));
}

#[test]
fn marks_done_overdue_cancelled_and_today() {
    let chart = stdout_of(workplan_on(&fixture("progress")).arg("timeline"));
    let row = |number: &str| {
        chart.lines().find(|line| line.starts_with(&format!(" {number} "))).expect("a row").to_owned()
    };
    assert!(row("3.1.2").contains("|████████████|") && row("3.1.2").ends_with("done"));
    assert!(row("3.1.3").contains("|!!!!!!!!!!!!|") && row("3.1.3").ends_with("overdue"));
    assert!(row("3.1.1").contains("|██████!!!!!!|"), "half of 2 pilots done, the rest late");
    assert!(row("3.6.3").contains("××××") && row("3.6.3").ends_with("cancelled"));
    assert!(row("3.1.5").contains("|«"), "planned before the plan year");
    assert!(row("3.4.1").contains("As needed"));
    assert!(row("3.1.2").contains("|████████████|:"), "today, 15 July, at the start of the second half");
}

#[test]
fn colour_on_request() {
    let chart = stdout_of(workplan_on(&fixture("progress")).args(["--color", "always", "timeline"]));
    assert!(chart.contains("\u{1b}["));
}
