//! Where the plan stands on a given day: whether an activity is overdue or due soon, and the
//! counts per area and per part of the plan year that `summary` and `report` show.
//!
//! "Today" is always passed in, so that every figure is reproducible with `--today`.

use chrono::NaiveDate;

use crate::model::{Activity, Area, Plan, Status};
use crate::schedule::Period;

/// Whether the activity is still open: neither done nor cancelled.
fn is_open(activity: &Activity) -> bool {
    matches!(activity.status(), Status::Pending | Status::InProgress)
}

/// Whether the activity is late: still open after the last day of its planned period.
/// Unscheduled activities are never overdue: they have no period to be late for.
pub fn is_overdue(activity: &Activity, plan_year: i32, today: NaiveDate) -> bool {
    is_open(activity) && activity.planned_range(plan_year).is_some_and(|range| range.last < today)
}

/// Whether the activity is still open and its planned period ends between `today` and
/// `last_day`, both included: what is next.
pub fn is_due_by(activity: &Activity, plan_year: i32, today: NaiveDate, last_day: NaiveDate) -> bool {
    is_open(activity)
        && activity
            .planned_range(plan_year)
            .is_some_and(|range| today <= range.last && range.last <= last_day)
}

/// The share of an activity carried out, from 0 to 1: a counted one by its records, any other
/// all or nothing.
fn share_done(activity: &Activity) -> f64 {
    let planned = activity.times_planned().max(1);
    f64::from(activity.times_done().min(planned)) / f64::from(planned)
}

/// The part of the plan year an activity belongs to. Every activity belongs to exactly one, so
/// the rows of a summary by part add up to its total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// Planned within the first half of the plan year.
    FirstHalf,
    /// Planned within the second half.
    SecondHalf,
    /// Planned across both halves: the whole year, or a count with no fixed date.
    WholeYear,
    /// No planned period: "to be defined", "as needed" or no schedule, done once.
    Unscheduled,
    /// Planned, but not within the plan year (a typo such as `2021-S2` in a 2022 plan).
    OtherYears,
}

impl Part {
    pub const ALL: [Part; 5] =
        [Part::FirstHalf, Part::SecondHalf, Part::WholeYear, Part::Unscheduled, Part::OtherYears];

    /// The part `activity` belongs to in a plan for `plan_year`.
    pub fn of(activity: &Activity, plan_year: i32) -> Part {
        let Some(range) = activity.planned_range(plan_year) else { return Part::Unscheduled };
        let within = |period: Period| {
            let bounds = period.range();
            bounds.first <= range.first && range.last <= bounds.last
        };
        if within(Period::Semester { year: plan_year, semester: 1 }) {
            Part::FirstHalf
        } else if within(Period::Semester { year: plan_year, semester: 2 }) {
            Part::SecondHalf
        } else if within(Period::Year(plan_year)) {
            Part::WholeYear
        } else {
            Part::OtherYears
        }
    }

    /// The period the part stands for, where it is one.
    pub fn period(self, plan_year: i32) -> Option<Period> {
        match self {
            Part::FirstHalf => Some(Period::Semester { year: plan_year, semester: 1 }),
            Part::SecondHalf => Some(Period::Semester { year: plan_year, semester: 2 }),
            Part::WholeYear => Some(Period::Year(plan_year)),
            Part::Unscheduled | Part::OtherYears => None,
        }
    }

    /// A stable code for JSON: the schedule code of its period, else a word.
    pub fn code(self, plan_year: i32) -> String {
        match self {
            Part::FirstHalf => format!("{plan_year}-S1"),
            Part::SecondHalf => format!("{plan_year}-S2"),
            Part::WholeYear => plan_year.to_string(),
            Part::Unscheduled => "unscheduled".into(),
            Part::OtherYears => "other-years".into(),
        }
    }
}

/// Counts of activities by status. `done + in_progress + pending + cancelled == total`;
/// `overdue` counts those pending or in progress that are late, so it is part of those two.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tally {
    pub total: u32,
    pub done: u32,
    pub in_progress: u32,
    pub pending: u32,
    pub overdue: u32,
    pub cancelled: u32,
    /// The sum of the shares carried out of the activities that are not cancelled.
    credit: f64,
}

impl Tally {
    /// Counts one more activity.
    pub fn add(&mut self, activity: &Activity, plan_year: i32, today: NaiveDate) {
        self.total += 1;
        match activity.status() {
            Status::Done => self.done += 1,
            Status::InProgress => self.in_progress += 1,
            Status::Pending => self.pending += 1,
            Status::Cancelled => self.cancelled += 1,
        }
        if is_overdue(activity, plan_year, today) {
            self.overdue += 1;
        }
        if activity.status() != Status::Cancelled {
            self.credit += share_done(activity);
        }
    }

    /// How far along the activities are, in whole percent rounded down (so 100 means all done):
    /// each activity that is not cancelled weighs the same, and a counted one adds the share of
    /// its times carried out. `None` when there is nothing left to do it for.
    pub fn percent(&self) -> Option<u32> {
        let counted = self.total - self.cancelled;
        if counted == 0 {
            return None;
        }
        // The small margin keeps 3 × ⅓ from reading as 99 %.
        let percent = (self.credit * 100.0 / f64::from(counted) + 1e-9).floor();
        Some(percent.clamp(0.0, 100.0) as u32)
    }
}

/// The plan's figures on one day: by area, by part of the year, and in total.
#[derive(Debug)]
pub struct Summary<'p> {
    pub today: NaiveDate,
    pub areas: Vec<(&'p Area, Tally)>,
    /// Every part, in [`Part::ALL`] order, including empty ones.
    pub parts: Vec<(Part, Tally)>,
    pub total: Tally,
}

impl<'p> Summary<'p> {
    pub fn of(plan: &'p Plan, today: NaiveDate) -> Self {
        Self::of_areas(&plan.areas, plan.info.year, today)
    }

    /// The summary of some of a plan's areas (one, for an area's page of the site).
    pub fn of_areas(plan_areas: &'p [Area], year: i32, today: NaiveDate) -> Self {
        let mut parts: Vec<(Part, Tally)> = Part::ALL.iter().map(|part| (*part, Tally::default())).collect();
        let mut total = Tally::default();
        let mut areas = Vec::with_capacity(plan_areas.len());
        for area in plan_areas {
            let mut tally = Tally::default();
            for activity in &area.activities {
                tally.add(activity, year, today);
                total.add(activity, year, today);
                let part = Part::of(activity, year);
                if let Some((_, part_tally)) = parts.iter_mut().find(|(p, _)| *p == part) {
                    part_tally.add(activity, year, today);
                }
            }
            areas.push((area, tally));
        }
        Summary { today, areas, parts, total }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cancellation, Record};
    use crate::schedule::Schedule;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("test date")
    }

    fn activity(schedule: &str) -> Activity {
        Activity { schedule: schedule.parse::<Schedule>().ok(), ..Activity::default() }
    }

    fn done(mut activity: Activity, times: usize) -> Activity {
        activity.done =
            (0..times).map(|_| Record { on: day("2022-03-01"), note: None, span: 0..0 }).collect();
        activity
    }

    fn cancelled(mut activity: Activity) -> Activity {
        activity.cancelled = Some(Cancellation { on: day("2022-04-01"), reason: "x".into() });
        activity
    }

    #[test]
    fn overdue_means_open_after_the_planned_period() {
        let today = day("2022-07-15");
        assert!(is_overdue(&activity("2022-S1"), 2022, today));
        assert!(!is_overdue(&activity("2022-S2"), 2022, today));
        assert!(!is_overdue(&activity("2022-07-14"), 2022, day("2022-07-14")), "the last day is not late");
        assert!(is_overdue(&activity("2022-07-14"), 2022, day("2022-07-15")));
        assert!(is_overdue(&activity("2021-S2"), 2022, today));
        assert!(!is_overdue(&done(activity("2022-S1"), 1), 2022, today));
        assert!(!is_overdue(&cancelled(activity("2022-S1")), 2022, today));
        let half_done = Activity { target: Some(2), ..done(activity("2022-S1"), 1) };
        assert!(is_overdue(&half_done, 2022, today), "in progress and late");
        assert!(!is_overdue(&activity("to-be-defined"), 2022, day("2030-01-01")));
    }

    #[test]
    fn due_by_takes_open_periods_ending_in_the_window() {
        let today = day("2022-06-01");
        let by = day("2022-07-01");
        assert!(is_due_by(&activity("2022-S1"), 2022, today, by), "ends 30 June");
        assert!(is_due_by(&activity("2022-06-01"), 2022, today, by), "ends today");
        assert!(is_due_by(&activity("2022-07-01"), 2022, today, by), "ends on the last day");
        assert!(!is_due_by(&activity("2022-07-02"), 2022, today, by));
        assert!(!is_due_by(&activity("2022-05"), 2022, today, by), "already overdue");
        assert!(!is_due_by(&activity("2022"), 2022, today, by), "ends in December");
        assert!(!is_due_by(&done(activity("2022-S1"), 1), 2022, today, by));
        assert!(!is_due_by(&activity("as-needed"), 2022, today, by));
    }

    #[test]
    fn every_activity_belongs_to_one_part_of_the_year() {
        assert_eq!(Part::of(&activity("2022-S1"), 2022), Part::FirstHalf);
        assert_eq!(Part::of(&activity("2022-Q2"), 2022), Part::FirstHalf);
        assert_eq!(Part::of(&activity("2022-07-01"), 2022), Part::SecondHalf);
        assert_eq!(Part::of(&activity("2022"), 2022), Part::WholeYear);
        let counted = Activity { target: Some(4), ..activity("to-be-defined") };
        assert_eq!(Part::of(&counted, 2022), Part::WholeYear, "4 a year, dates to be defined");
        assert_eq!(Part::of(&activity("as-needed"), 2022), Part::Unscheduled);
        assert_eq!(Part::of(&Activity::default(), 2022), Part::Unscheduled);
        assert_eq!(Part::of(&activity("2021-S2"), 2022), Part::OtherYears);
        assert_eq!(Part::FirstHalf.code(2022), "2022-S1");
        assert_eq!(Part::WholeYear.code(2022), "2022");
    }

    #[test]
    fn a_tally_counts_statuses_and_overdue_apart() {
        let today = day("2022-07-15");
        let mut tally = Tally::default();
        let counted = Activity { target: Some(4), ..activity("2022-S1") };
        for activity in [
            activity("2022-S1"),
            done(activity("2022-S1"), 1),
            done(counted, 1),
            cancelled(activity("2022-S2")),
            activity("2022-S2"),
        ] {
            tally.add(&activity, 2022, today);
        }
        assert_eq!(
            (tally.total, tally.done, tally.in_progress, tally.pending, tally.cancelled, tally.overdue),
            (5, 1, 1, 2, 1, 2)
        );
        // 1 + ¼ carried out of 4 that are not cancelled.
        assert_eq!(tally.percent(), Some(31));
    }

    #[test]
    fn percent_reaches_100_only_when_all_is_done() {
        let today = day("2022-07-15");
        let mut tally = Tally::default();
        for _ in 0..3 {
            tally.add(&done(Activity { target: Some(3), ..activity("2022") }, 1), 2022, today);
        }
        assert_eq!(tally.percent(), Some(33));
        let mut all = Tally::default();
        for _ in 0..3 {
            all.add(&done(activity("2022"), 1), 2022, today);
        }
        assert_eq!(all.percent(), Some(100));
        let mut only_cancelled = Tally::default();
        only_cancelled.add(&cancelled(activity("2022")), 2022, today);
        assert_eq!(only_cancelled.percent(), None);
        assert_eq!(Tally::default().percent(), None);
    }
}
