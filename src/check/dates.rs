//! `dates`: schedules fall in the plan year; completions are recorded between the plan's approval
//! and today, within the activity's period, and no more often than planned.

use chrono::{Datelike, NaiveDate};

use super::Findings;
use crate::diagnostic::Problem;
use crate::model::{Activity, Area, Plan};
use crate::schedule::{Period, Schedule};

pub(super) fn check(plan: &Plan, today: NaiveDate, findings: &mut Findings) {
    // A plan.toml that could not be read gives no year (0): its own errors say so, and every
    // date would otherwise look out of place.
    let year = Some(plan.info.year).filter(|year| *year != 0);
    let approved = plan.info.approval.as_ref().map(|approval| approval.on);
    for (area, activity) in plan.activities() {
        if let Some(year) = year {
            schedule_in_year(area, activity, year, findings);
        }
        records(area, activity, Dates { year, approved, today }, findings);
    }
}

/// The days a record is judged against.
#[derive(Clone, Copy)]
struct Dates {
    year: Option<i32>,
    approved: Option<NaiveDate>,
    today: NaiveDate,
}

fn schedule_in_year(area: &Area, activity: &Activity, year: i32, findings: &mut Findings) {
    let Some(Schedule::Dated(period)) = activity.schedule else { return };
    if period.year() != year {
        let problem = Problem::ScheduleOutsideYear { period, year, suggestion: with_year(period, year) };
        findings.activity(area, activity, activity.spans.schedule.clone(), problem);
    }
}

/// The same period in another year, where it exists (29 February may not).
fn with_year(period: Period, year: i32) -> Option<Period> {
    Some(match period {
        Period::Day(day) => Period::Day(day.with_year(year)?),
        Period::Month { month, .. } => Period::Month { year, month },
        Period::Months { first, last, .. } => Period::Months { year, first, last },
        Period::Quarter { quarter, .. } => Period::Quarter { year, quarter },
        Period::Semester { semester, .. } => Period::Semester { year, semester },
        Period::Year(_) => Period::Year(year),
    })
}

fn records(area: &Area, activity: &Activity, dates: Dates, findings: &mut Findings) {
    let planned = activity.schedule.and_then(|schedule| schedule.period());
    for record in &activity.done {
        let on = record.on;
        let problem = if on > dates.today {
            Problem::DoneInFuture { on, today: dates.today }
        } else if let Some(approved) = dates.approved.filter(|approved| on < *approved) {
            Problem::DoneBeforeApproval { on, approved }
        } else if let Some(planned) = planned.filter(|planned| !planned.range().contains(on)) {
            Problem::DoneOutsidePeriod { on, planned }
        } else if let Some(year) = dates.year.filter(|year| planned.is_none() && on.year() != *year) {
            // An activity with no date yet may be carried out any time in the plan year; the
            // finding names its real schedule, not a "whole year" it never had.
            Problem::DoneOutsidePlanYear { on, year, schedule: activity.schedule }
        } else {
            continue;
        };
        findings.activity(area, activity, Some(record.span.clone()), problem);
    }
    let (done, planned) = (activity.times_done(), activity.times_planned());
    if done > planned {
        let first_extra = activity.done.get(planned as usize).map(|record| record.span.clone());
        findings.activity(area, activity, first_extra, Problem::DoneTooOften { done, planned });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_periods_to_the_plan_year() {
        let s2 = Period::Semester { year: 2021, semester: 2 };
        assert_eq!(with_year(s2, 2022), Some(Period::Semester { year: 2022, semester: 2 }));
        let leap = Period::Day(NaiveDate::from_ymd_opt(2024, 2, 29).expect("leap day"));
        assert_eq!(with_year(leap, 2022), None);
    }
}
