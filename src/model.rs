//! The plan as data: the plan as a whole, its work areas and their activities.
//!
//! The model is what the loader builds from the files and what every command reads. It keeps the
//! approved wording as written and remembers where each value came from, so that checks can point
//! at the exact place in the file.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::diagnostic::Check;
use crate::i18n::{Describe, Message};
use crate::number::Number;
use crate::schedule::{DateRange, Frequency, Period, Schedule};
use crate::source::{FileId, Span};

/// The whole plan: what `plan.toml` says and every work area.
#[derive(Debug, Default, Clone)]
pub struct Plan {
    pub info: PlanInfo,
    /// Areas in number order.
    pub areas: Vec<Area>,
}

/// What `plan.toml` says about the plan as a whole.
#[derive(Debug, Default, Clone)]
pub struct PlanInfo {
    pub organisation: String,
    pub title: String,
    /// The calendar year the plan covers.
    pub year: i32,
    pub background: String,
    pub purpose: String,
    pub approval: Option<Approval>,
    pub committee: Option<Committee>,
}

/// Who approved the plan, and when.
#[derive(Debug, Clone)]
pub struct Approval {
    pub by: String,
    pub on: NaiveDate,
}

/// The executive committee that drew up the plan.
#[derive(Debug, Clone)]
pub struct Committee {
    pub name: String,
    pub members: Vec<String>,
    pub chair: Option<String>,
}

/// A work area, one per file.
#[derive(Debug, Clone)]
pub struct Area {
    pub number: Number,
    pub name: String,
    pub objective: String,
    pub activities: Vec<Activity>,
    pub file: FileId,
    /// Where the area's values stand in its file.
    pub spans: AreaSpans,
}

/// An area as a person names it on the command line: by number (`3.1`), or by a part of its
/// name (`tecnologias`), ignoring case and accents. Read and folded once, then matched against
/// each area, so that `list`, the writing commands and `diff` understand the same names.
#[derive(Clone, Debug)]
pub struct AreaQuery {
    number: Option<Number>,
    fragment: String,
}

impl AreaQuery {
    pub fn new(given: &str) -> AreaQuery {
        let given = given.trim();
        let number = given.parse::<Number>().ok().filter(|number| number.segments().len() > 1);
        AreaQuery { number, fragment: crate::text::fold(given) }
    }
}

impl Area {
    /// Whether this is the area `query` names: the same number, or a name holding the words.
    pub fn answers_to(&self, query: &AreaQuery) -> bool {
        match &query.number {
            Some(number) => *number == self.number,
            None => !query.fragment.is_empty() && crate::text::contains_folded(&self.name, &query.fragment),
        }
    }
}

/// Byte spans of an area's values in its file.
#[derive(Debug, Default, Clone)]
pub struct AreaSpans {
    pub number: Option<Span>,
    pub name: Option<Span>,
}

/// One numbered activity of an area.
#[derive(Debug, Default, Clone)]
pub struct Activity {
    pub number: Option<Number>,
    pub title: String,
    /// Shared: a plan repeats a few places ("Virtual.") across many activities.
    pub place: Option<Arc<str>>,
    pub schedule: Option<Schedule>,
    /// How often a recurring activity takes place ("Trimestral").
    pub every: Option<Frequency>,
    /// How many times it is to be carried out, when more than once.
    pub target: Option<u32>,
    /// Shared, like places: most activities name one of a few kinds of resources.
    pub resources: Option<Arc<str>>,
    /// Each time it was carried out, oldest first.
    pub done: Vec<Record>,
    pub cancelled: Option<Cancellation>,
    /// Where each value stands in the file.
    pub spans: ActivitySpans,
    /// Checks whose warnings the plan's authors accepted for this activity (`allow = […]`).
    pub allow: Vec<Allowance>,
}

/// One check allowed for one activity, where the file says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allowance {
    pub check: Check,
    pub span: Span,
}

/// One time an activity was carried out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub on: NaiveDate,
    pub note: Option<String>,
    pub span: Span,
}

/// Why and when an activity was dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancellation {
    pub on: NaiveDate,
    pub reason: String,
}

/// Byte spans of an activity's values in its area file.
#[derive(Debug, Default, Clone)]
pub struct ActivitySpans {
    /// The whole `[[activity]]` table.
    pub table: Span,
    pub number: Option<Span>,
    pub title: Option<Span>,
    /// Where `schedule` is written, even when it could not be read.
    pub schedule: Option<Span>,
    pub target: Option<Span>,
    pub cancelled: Option<Span>,
}

/// Where an activity stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Not carried out yet.
    Pending,
    /// A counted activity carried out some, but not all, of its times.
    InProgress,
    /// Carried out (as many times as its target).
    Done,
    /// Dropped, with a reason.
    Cancelled,
}

impl Describe for Status {
    fn message(&self) -> Message<'static> {
        Message::new(match self {
            Status::Pending => "status-pending",
            Status::InProgress => "status-in-progress",
            Status::Done => "status-done",
            Status::Cancelled => "status-cancelled",
        })
    }
}

impl Status {
    /// The stable English code used in JSON, CSV and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::InProgress => "in-progress",
            Status::Done => "done",
            Status::Cancelled => "cancelled",
        }
    }
}

impl Activity {
    /// The number as written, or an empty string where the file has none.
    pub fn number_text(&self) -> String {
        self.number.as_ref().map(Number::to_string).unwrap_or_default()
    }

    /// How many times the activity is to be carried out: its target, else once.
    pub fn times_planned(&self) -> u32 {
        self.target.unwrap_or(1)
    }

    /// How many times it was carried out.
    pub fn times_done(&self) -> u32 {
        u32::try_from(self.done.len()).unwrap_or(u32::MAX)
    }

    /// Whether it is counted: carried out several times, each logged on its own.
    pub fn is_counted(&self) -> bool {
        self.times_planned() > 1
    }

    pub fn status(&self) -> Status {
        if self.cancelled.is_some() {
            Status::Cancelled
        } else if self.times_done() >= self.times_planned() {
            Status::Done
        } else if self.times_done() > 0 {
            Status::InProgress
        } else {
            Status::Pending
        }
    }

    /// The days within which the activity is planned to take place.
    ///
    /// A dated schedule gives its own period. A counted activity with no fixed date ("A definir
    /// (4 al año)", "Dos reuniones … A definir") takes place some time during the plan year.
    /// Anything else is unscheduled.
    pub fn planned_range(&self, plan_year: i32) -> Option<DateRange> {
        match self.schedule? {
            Schedule::Dated(period) => Some(period.range()),
            Schedule::ToBeDefined | Schedule::AsNeeded if self.is_counted() => {
                Some(Period::Year(plan_year).range())
            }
            Schedule::ToBeDefined | Schedule::AsNeeded => None,
        }
    }
}

impl Plan {
    /// Every activity with its area, in number order.
    pub fn activities(&self) -> impl Iterator<Item = (&Area, &Activity)> {
        self.areas.iter().flat_map(|area| area.activities.iter().map(move |activity| (area, activity)))
    }

    /// The activity with this number, with its area.
    pub fn activity(&self, number: &Number) -> Option<(&Area, &Activity)> {
        self.activities().find(|(_, activity)| activity.number.as_ref() == Some(number))
    }

    /// The area with this number.
    pub fn area(&self, number: &Number) -> Option<&Area> {
        self.areas.iter().find(|area| &area.number == number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_area_answers_to_its_number_or_a_part_of_its_name() {
        let area = Area {
            number: "3.6".parse().expect("a number"),
            name: "Tecnologías emergentes".into(),
            objective: String::new(),
            activities: Vec::new(),
            file: FileId(0),
            spans: AreaSpans::default(),
        };
        for given in ["3.6", " 3.6 ", "tecnologias", "EMERGENTES", "gías emer"] {
            assert!(area.answers_to(&AreaQuery::new(given)), "{given}");
        }
        for given in ["3.1", "3.6.1", "3", "salud", "", "  "] {
            assert!(!area.answers_to(&AreaQuery::new(given)), "{given:?}");
        }
    }

    fn record(on: &str) -> Record {
        Record { on: on.parse().expect("test date"), note: None, span: 0..0 }
    }

    #[test]
    fn status_follows_records_target_and_cancellation() {
        let mut activity = Activity { target: Some(4), ..Activity::default() };
        assert_eq!(activity.status(), Status::Pending);
        activity.done.push(record("2022-03-01"));
        assert_eq!(activity.status(), Status::InProgress);
        activity.done.extend([record("2022-06-01"), record("2022-09-01"), record("2022-12-01")]);
        assert_eq!(activity.status(), Status::Done);
        activity.cancelled =
            Some(Cancellation { on: "2022-12-02".parse().expect("date"), reason: "x".into() });
        assert_eq!(activity.status(), Status::Cancelled);
    }

    #[test]
    fn a_single_activity_is_done_after_one_record() {
        let mut activity = Activity::default();
        assert!(!activity.is_counted());
        activity.done.push(record("2022-03-01"));
        assert_eq!(activity.status(), Status::Done);
    }

    #[test]
    fn counted_activities_without_a_date_span_the_plan_year() {
        let counted =
            Activity { schedule: Some(Schedule::ToBeDefined), target: Some(4), ..Activity::default() };
        let range = counted.planned_range(2022).expect("spans the year");
        assert_eq!(range, Period::Year(2022).range());
        let single = Activity { schedule: Some(Schedule::ToBeDefined), ..Activity::default() };
        assert_eq!(single.planned_range(2022), None);
        assert_eq!(Activity::default().planned_range(2022), None);
    }
}
