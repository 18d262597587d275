//! Next year's plan drafted from this year's (`workplan new`).
//!
//! Every November the executive committee drafts the next plan mostly from the current one: the
//! same areas, the recurring activities, what was not done. The draft keeps the plan's texts,
//! moves every schedule to the new year, drops records and cancellations (they belong to the old
//! year), numbers each area's activities 1..n and remembers where each one came from and how it
//! ended, for a comment in the new file.

use chrono::NaiveDate;

use crate::i18n::{Describe, Message};
use crate::model::{Activity, Area, Plan, PlanInfo, Status};

/// Which activities go on to the new plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Carry {
    /// Every activity, however it ended.
    All,
    /// Those neither done nor cancelled.
    Unfinished,
    /// Those carried out several times or at a frequency (webinars, working-group meetings).
    Recurring,
}

impl Carry {
    fn takes(self, activity: &Activity) -> bool {
        match self {
            Carry::All => true,
            Carry::Unfinished => matches!(activity.status(), Status::Pending | Status::InProgress),
            Carry::Recurring => activity.is_counted() || activity.every.is_some(),
        }
    }
}

/// How an activity ended in the year it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ending {
    NotCarriedOut,
    /// Carried out as planned; the last time on this day.
    CarriedOut {
        on: NaiveDate,
    },
    /// Carried out `done` of the `planned` times, the last on this day.
    Partly {
        done: u32,
        planned: u32,
        last: NaiveDate,
    },
    Cancelled {
        on: NaiveDate,
        reason: String,
    },
}

/// Where a carried activity came from: the old plan's year, its number there, how it ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub year: i32,
    pub number: String,
    pub ending: Ending,
}

impl Describe for Origin {
    /// Where a carried activity came from and how it ended, for a comment in the new plan:
    /// "2022: 3.1.4, carried out 2022-10-05". Dates as in the files, `YYYY-MM-DD`.
    // history: new YEAR
    fn message(&self) -> Message<'_> {
        let Origin { year, number, ending } = self;
        let how = match ending {
            Ending::NotCarriedOut => Message::new("ending-not-carried-out").arg("year", *year),
            Ending::CarriedOut { on } => Message::new("ending-carried-out").arg("on", on.to_string()),
            Ending::Partly { done, planned, last } => Message::new("ending-partly")
                .arg("done", *done)
                .arg("planned", *planned)
                .arg("last", last.to_string()),
            Ending::Cancelled { on, reason } => {
                Message::new("ending-cancelled").arg("on", on.to_string()).arg("reason", reason.as_str())
            }
        };
        Message::new("origin").arg("year", *year).arg("number", number.as_str()).arg("how", how)
    }
}

/// The draft: the new plan, and for each area the origin of each of its activities, in order.
#[derive(Debug)]
pub struct Draft {
    pub plan: Plan,
    pub origins: Vec<Vec<Origin>>,
    /// How many activities of the old plan were left out.
    pub left_out: usize,
}

/// The plan for `year` drawn from `old`.
pub fn draft(old: &Plan, year: i32, carry: Carry) -> Draft {
    let info = PlanInfo {
        title: old.info.title.replace(&old.info.year.to_string(), &year.to_string()),
        year,
        approval: None,
        committee: None,
        ..old.info.clone()
    };
    let mut areas = Vec::new();
    let mut origins = Vec::new();
    let mut left_out = 0;
    for area in &old.areas {
        let mut activities = Vec::new();
        let mut from = Vec::new();
        for activity in &area.activities {
            if !carry.takes(activity) {
                left_out += 1;
                continue;
            }
            let position = u32::try_from(activities.len() + 1).unwrap_or(u32::MAX);
            activities.push(Activity {
                number: Some(area.number.child(position)),
                schedule: activity.schedule.map(|schedule| schedule.in_year(year)),
                done: Vec::new(),
                cancelled: None,
                ..activity.clone()
            });
            from.push(Origin {
                year: old.info.year,
                number: activity.number_text(),
                ending: ending(activity),
            });
        }
        areas.push(Area { activities, ..area.clone() });
        origins.push(from);
    }
    Draft { plan: Plan { info, areas }, origins, left_out }
}

fn ending(activity: &Activity) -> Ending {
    let last = activity.done.iter().map(|record| record.on).max();
    match (&activity.cancelled, last) {
        (Some(cancelled), _) => Ending::Cancelled { on: cancelled.on, reason: cancelled.reason.clone() },
        (None, None) => Ending::NotCarriedOut,
        (None, Some(last)) if activity.status() == Status::Done => Ending::CarriedOut { on: last },
        (None, Some(last)) => {
            Ending::Partly { done: activity.times_done(), planned: activity.times_planned(), last }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cancellation, Record};
    use crate::schedule::Frequency;
    use crate::source::FileId;

    fn activity(number: &str, schedule: &str) -> Activity {
        Activity {
            number: Some(number.parse().expect("number")),
            title: format!("Actividad {number}"),
            schedule: Some(schedule.parse().expect("schedule")),
            ..Activity::default()
        }
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a date")
    }

    fn record(on: &str) -> Record {
        Record { on: day(on), note: Some("nota".into()), span: 0..0 }
    }

    /// 3.1.1 done, 3.1.2 pending, 3.1.3 cancelled, 3.1.4 counted and half done, 3.1.5 quarterly.
    fn plan() -> Plan {
        let mut done = activity("3.1.1", "2022-03-15");
        done.done.push(record("2022-03-10"));
        let mut cancelled = activity("3.1.3", "2022-S2");
        cancelled.cancelled = Some(Cancellation { on: day("2022-05-02"), reason: "Se unificó".into() });
        let mut counted = activity("3.1.4", "2022");
        counted.target = Some(4);
        counted.done.extend([record("2022-03-01"), record("2022-06-02")]);
        let mut quarterly = activity("3.1.5", "to-be-defined");
        quarterly.every = Some(Frequency::Quarter);
        let area = Area {
            number: "3.1".parse().expect("number"),
            name: "Servicios".into(),
            objective: "Objetivo.".into(),
            activities: vec![done, activity("3.1.2", "2022-S1"), cancelled, counted, quarterly],
            file: FileId(1),
            spans: Default::default(),
        };
        let info = PlanInfo { title: "Plan de Trabajo 2022".into(), year: 2022, ..PlanInfo::default() };
        Plan { info, areas: vec![area] }
    }

    fn numbers_and_origins(draft: &Draft) -> Vec<(String, String)> {
        let area = &draft.plan.areas[0];
        area.activities
            .iter()
            .zip(&draft.origins[0])
            .map(|(a, o)| (a.number_text(), o.number.clone()))
            .collect()
    }

    #[test]
    fn all_is_carried_to_the_new_year_without_its_records() {
        let draft = draft(&plan(), 2023, Carry::All);
        assert_eq!(draft.plan.info.title, "Plan de Trabajo 2023");
        assert_eq!(draft.plan.info.year, 2023);
        assert_eq!(draft.left_out, 0);
        let activities = &draft.plan.areas[0].activities;
        let schedules: Vec<String> =
            activities.iter().map(|a| a.schedule.expect("kept").to_string()).collect();
        assert_eq!(schedules, ["2023-03-15", "2023-S1", "2023-S2", "2023", "to-be-defined"]);
        assert!(activities.iter().all(|a| a.done.is_empty() && a.cancelled.is_none()));
        assert!(activities.iter().all(|a| a.status() == Status::Pending));
        let endings: Vec<&Ending> = draft.origins[0].iter().map(|o| &o.ending).collect();
        assert_eq!(
            endings,
            [
                &Ending::CarriedOut { on: day("2022-03-10") },
                &Ending::NotCarriedOut,
                &Ending::Cancelled { on: day("2022-05-02"), reason: "Se unificó".into() },
                &Ending::Partly { done: 2, planned: 4, last: day("2022-06-02") },
                &Ending::NotCarriedOut,
            ]
        );
    }

    #[test]
    fn unfinished_and_recurring_are_numbered_anew() {
        let unfinished = draft(&plan(), 2023, Carry::Unfinished);
        assert_eq!(
            numbers_and_origins(&unfinished),
            [
                ("3.1.1".into(), "3.1.2".into()),
                ("3.1.2".into(), "3.1.4".into()),
                ("3.1.3".into(), "3.1.5".into())
            ]
        );
        assert_eq!(unfinished.left_out, 2);
        let recurring = draft(&plan(), 2023, Carry::Recurring);
        assert_eq!(
            numbers_and_origins(&recurring),
            [("3.1.1".into(), "3.1.4".into()), ("3.1.2".into(), "3.1.5".into())]
        );
    }
}
