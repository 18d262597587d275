//! When an activity takes place: periods of the calendar and the schedules built from them.
//!
//! Schedules are written in plan files as short, locale-neutral codes (`2022-S1`, `2022`,
//! `to-be-defined`, …) so that a reviewer reads them at a glance and every language renders them
//! in its own words. All calendar arithmetic is chrono's.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use crate::i18n::{Describe, Message};

/// A stretch of the calendar with a first and a last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// One day, for events whose date is known.
    Day(NaiveDate),
    /// A calendar month (1 to 12).
    Month { year: i32, month: u32 },
    /// Consecutive months of one year, `first` before `last` ("marzo a junio de 2024").
    Months { year: i32, first: u32, last: u32 },
    /// A quarter of a year (1 to 4).
    Quarter { year: i32, quarter: u32 },
    /// A half of a year (1 or 2).
    Semester { year: i32, semester: u32 },
    /// A whole calendar year.
    Year(i32),
}

/// When an activity is planned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Schedule {
    /// Within a known period.
    Dated(Period),
    /// The date is still to be decided ("A definir").
    ToBeDefined,
    /// Whenever it is needed ("Según necesidad").
    AsNeeded,
}

/// How often a recurring activity takes place ("Trimestral" is once a quarter).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Frequency {
    Month,
    Quarter,
    Semester,
}

/// A first and a last day, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// Why a schedule code could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScheduleError {
    /// Not one of the documented forms.
    Unrecognised,
    /// The right form, but a day, month, quarter or semester that does not exist (`2022-02-30`).
    ImpossibleDate,
}

impl Period {
    /// The first and last day of the period.
    pub fn range(&self) -> DateRange {
        let (first, last) = match *self {
            Period::Day(day) => (day, day),
            Period::Month { year, month } => month_span(year, month, 1),
            Period::Months { year, first, last } => month_span(year, first, last.saturating_sub(first) + 1),
            Period::Quarter { year, quarter } => month_span(year, quarter * 3 - 2, 3),
            Period::Semester { year, semester } => month_span(year, semester * 6 - 5, 6),
            Period::Year(year) => month_span(year, 1, 12),
        };
        DateRange { first, last }
    }

    /// The year the period starts in.
    pub fn year(&self) -> i32 {
        self.range().first.year()
    }
}

/// The first day of `first_month` and the last day `months` months later.
fn month_span(year: i32, first_month: u32, months: u32) -> (NaiveDate, NaiveDate) {
    let first = NaiveDate::from_ymd_opt(year, first_month, 1).unwrap_or(NaiveDate::MIN);
    let next = first.checked_add_months(chrono::Months::new(months)).unwrap_or(NaiveDate::MAX);
    (first, next.pred_opt().unwrap_or(next))
}

impl DateRange {
    /// Whether the two ranges share at least one day.
    pub fn overlaps(&self, other: &DateRange) -> bool {
        self.first <= other.last && other.first <= self.last
    }

    /// Whether `day` falls within the range.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }
}

impl Period {
    /// The same part of the year in `year`: `2022-S1` in 2023 is `2023-S1`; 29 February becomes
    /// the 28th in a year that has none.
    pub fn in_year(self, year: i32) -> Period {
        match self {
            Period::Day(day) => {
                let moved = day.with_year(year).or_else(|| NaiveDate::from_ymd_opt(year, day.month(), 28));
                Period::Day(moved.unwrap_or(day))
            }
            Period::Month { month, .. } => Period::Month { year, month },
            Period::Months { first, last, .. } => Period::Months { year, first, last },
            Period::Quarter { quarter, .. } => Period::Quarter { year, quarter },
            Period::Semester { semester, .. } => Period::Semester { year, semester },
            Period::Year(_) => Period::Year(year),
        }
    }
}

impl Schedule {
    /// The same schedule in `year` (see [`Period::in_year`]); one not dated yet stays as it is.
    pub fn in_year(self, year: i32) -> Schedule {
        match self {
            Schedule::Dated(period) => Schedule::Dated(period.in_year(year)),
            other => other,
        }
    }

    /// The period, for dated schedules.
    pub fn period(&self) -> Option<Period> {
        match self {
            Schedule::Dated(period) => Some(*period),
            Schedule::ToBeDefined | Schedule::AsNeeded => None,
        }
    }
}

/// A schedule in words, as the plan document writes it: "1er semestre 2022", "Trimestral
/// (4 al año)"; a dash for no schedule.
pub fn in_words(
    schedule: Option<Schedule>,
    every: Option<Frequency>,
    target: Option<u32>,
) -> Message<'static> {
    let Some(schedule) = schedule else { return Message::new("schedule-none") };
    let times = |times: u32| Message::new("times-a-year").arg("times", times);
    match (every, target) {
        (Some(every), Some(count)) => {
            Message::new("schedule-with-count").arg("schedule", every.words()).arg("count", times(count))
        }
        (Some(every), None) => every.words(),
        (None, Some(count)) if schedule.period().is_none() => {
            Message::new("schedule-with-count").arg("schedule", schedule.words()).arg("count", times(count))
        }
        (None, _) => schedule.words(),
    }
}

impl Describe for Schedule {
    fn message(&self) -> Message<'_> {
        self.words()
    }
}

impl Schedule {
    /// The schedule in words: "A definir", "1er semestre 2022".
    pub fn words(self) -> Message<'static> {
        match self {
            Schedule::ToBeDefined => Message::new("schedule-to-be-defined"),
            Schedule::AsNeeded => Message::new("schedule-as-needed"),
            Schedule::Dated(period) => period.words(),
        }
    }
}

impl Describe for Period {
    fn message(&self) -> Message<'_> {
        self.words()
    }
}

impl Period {
    /// The period in words: "1er semestre 2022", "Q3 2022", "marzo 2022", "15 de marzo de 2022".
    pub fn words(self) -> Message<'static> {
        match self {
            Period::Year(year) => Message::new("period-year").arg("year", year),
            Period::Semester { year, semester } => {
                Message::new("period-semester").arg("semester", semester).arg("year", year)
            }
            Period::Quarter { year, quarter } => {
                Message::new("period-quarter").arg("quarter", quarter).arg("year", year)
            }
            Period::Month { year, month } => {
                Message::new("period-month").arg("month", Message::month(month)).arg("year", year)
            }
            Period::Months { year, first, last } => Message::new("period-months")
                .arg("first", Message::month(first))
                .arg("last", Message::month(last))
                .arg("year", year),
            Period::Day(day) => Message::date(day),
        }
    }
}

impl Describe for Frequency {
    fn message(&self) -> Message<'_> {
        self.words()
    }
}

impl Frequency {
    /// "Trimestral", "Quarterly".
    pub fn words(self) -> Message<'static> {
        Message::new(match self {
            Frequency::Month => "frequency-month",
            Frequency::Quarter => "frequency-quarter",
            Frequency::Semester => "frequency-semester",
        })
    }
}

impl FromStr for Schedule {
    type Err = ScheduleError;

    /// Reads the codes documented in `docs/format.md`: `2022`, `2022-S1`, `2022-Q3`, `2022-03`,
    /// `2022-03/06` (March to June), `2022-03-15`, `to-be-defined` and `as-needed`.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        match code {
            "to-be-defined" => return Ok(Schedule::ToBeDefined),
            "as-needed" => return Ok(Schedule::AsNeeded),
            _ => {}
        }
        let (year, rest) = match code.split_once('-') {
            Some((year, rest)) => (year, Some(rest)),
            None => (code, None),
        };
        let year = parse_year(year)?;
        let period = match rest {
            None => Period::Year(year),
            Some(rest) => parse_part_of_year(year, rest)?,
        };
        Ok(Schedule::Dated(period))
    }
}

fn parse_year(text: &str) -> Result<i32, ScheduleError> {
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ScheduleError::Unrecognised);
    }
    text.parse().map_err(|_| ScheduleError::Unrecognised)
}

/// The part after `YYYY-`: `S1`, `Q3`, `03` or `03-15`.
fn parse_part_of_year(year: i32, rest: &str) -> Result<Period, ScheduleError> {
    if let Some(semester) = rest.strip_prefix('S') {
        let semester = parse_small(semester, 1)?;
        return in_range(semester, 2).map(|semester| Period::Semester { year, semester });
    }
    if let Some(quarter) = rest.strip_prefix('Q') {
        let quarter = parse_small(quarter, 1)?;
        return in_range(quarter, 4).map(|quarter| Period::Quarter { year, quarter });
    }
    if let Some((first, last)) = rest.split_once('/') {
        let (first, last) = (parse_small(first, 2)?, parse_small(last, 2)?);
        let first = in_range(first, 12)?;
        return match in_range(last, 12)? {
            last if last > first => Ok(Period::Months { year, first, last }),
            _ => Err(ScheduleError::ImpossibleDate),
        };
    }
    match rest.split_once('-') {
        None => {
            let month = parse_small(rest, 2)?;
            in_range(month, 12).map(|month| Period::Month { year, month })
        }
        Some((month, day)) => {
            let (month, day) = (parse_small(month, 2)?, parse_small(day, 2)?);
            NaiveDate::from_ymd_opt(year, month, day).map(Period::Day).ok_or(ScheduleError::ImpossibleDate)
        }
    }
}

/// A number written with exactly `digits` digits.
fn parse_small(text: &str, digits: usize) -> Result<u32, ScheduleError> {
    if text.len() != digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ScheduleError::Unrecognised);
    }
    text.parse().map_err(|_| ScheduleError::Unrecognised)
}

fn in_range(value: u32, max: u32) -> Result<u32, ScheduleError> {
    if (1..=max).contains(&value) { Ok(value) } else { Err(ScheduleError::ImpossibleDate) }
}

impl fmt::Display for Schedule {
    /// The locale-neutral code, as written in plan files.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Schedule::ToBeDefined => f.write_str("to-be-defined"),
            Schedule::AsNeeded => f.write_str("as-needed"),
            Schedule::Dated(Period::Year(year)) => write!(f, "{year:04}"),
            Schedule::Dated(Period::Semester { year, semester }) => write!(f, "{year:04}-S{semester}"),
            Schedule::Dated(Period::Quarter { year, quarter }) => write!(f, "{year:04}-Q{quarter}"),
            Schedule::Dated(Period::Month { year, month }) => write!(f, "{year:04}-{month:02}"),
            Schedule::Dated(Period::Months { year, first, last }) => {
                write!(f, "{year:04}-{first:02}/{last:02}")
            }
            Schedule::Dated(Period::Day(day)) => write!(f, "{}", day.format("%Y-%m-%d")),
        }
    }
}

impl FromStr for Frequency {
    type Err = ();

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "month" => Ok(Frequency::Month),
            "quarter" => Ok(Frequency::Quarter),
            "semester" => Ok(Frequency::Semester),
            _ => Err(()),
        }
    }
}

impl Frequency {
    /// Every accepted spelling, for messages and suggestions.
    pub const NAMES: [&'static str; 3] = ["month", "quarter", "semester"];

    /// The code written in plan files.
    pub fn code(self) -> &'static str {
        match self {
            Frequency::Month => "month",
            Frequency::Quarter => "quarter",
            Frequency::Semester => "semester",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_schedule_moves_to_another_year_whole() {
        let moved = |code: &str| code.parse::<Schedule>().expect("a code").in_year(2023).to_string();
        assert_eq!(moved("2022-S1"), "2023-S1");
        assert_eq!(moved("2022-03-15"), "2023-03-15");
        assert_eq!(moved("2022-Q4"), "2023-Q4");
        assert_eq!(moved("2022-07"), "2023-07");
        assert_eq!(moved("2022"), "2023");
        assert_eq!(moved("to-be-defined"), "to-be-defined");
        assert_eq!(moved("as-needed"), "as-needed");
        assert_eq!(moved("2021-S2"), "2023-S2");
        assert_eq!(moved("2020-02-29"), "2023-02-28");
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    fn dated(code: &str) -> Period {
        match code.parse::<Schedule>() {
            Ok(Schedule::Dated(period)) => period,
            other => panic!("{code} gave {other:?}"),
        }
    }

    #[test]
    fn reads_every_documented_form() {
        assert_eq!(dated("2022"), Period::Year(2022));
        assert_eq!(dated("2022-S2"), Period::Semester { year: 2022, semester: 2 });
        assert_eq!(dated("2022-Q3"), Period::Quarter { year: 2022, quarter: 3 });
        assert_eq!(dated("2022-03"), Period::Month { year: 2022, month: 3 });
        assert_eq!(dated("2022-03-15"), Period::Day(day(2022, 3, 15)));
        assert_eq!(dated("2022-03/06"), Period::Months { year: 2022, first: 3, last: 6 });
        assert_eq!("to-be-defined".parse(), Ok(Schedule::ToBeDefined));
        assert_eq!("as-needed".parse(), Ok(Schedule::AsNeeded));
    }

    #[test]
    fn writes_back_what_it_reads() {
        for code in [
            "2022",
            "2022-S1",
            "2022-Q4",
            "2022-11",
            "2022-03/06",
            "2022-02-28",
            "to-be-defined",
            "as-needed",
        ] {
            let schedule: Schedule = code.parse().expect("valid code");
            assert_eq!(schedule.to_string(), code);
        }
    }

    #[test]
    fn tells_impossible_dates_from_unknown_forms() {
        assert_eq!("2022-02-30".parse::<Schedule>(), Err(ScheduleError::ImpossibleDate));
        assert_eq!("2022-S3".parse::<Schedule>(), Err(ScheduleError::ImpossibleDate));
        assert_eq!("2022-Q0".parse::<Schedule>(), Err(ScheduleError::ImpossibleDate));
        assert_eq!("2022-13".parse::<Schedule>(), Err(ScheduleError::ImpossibleDate));
        assert_eq!("2022-06/03".parse::<Schedule>(), Err(ScheduleError::ImpossibleDate), "backwards");
        assert_eq!(
            "2022-03/03".parse::<Schedule>(),
            Err(ScheduleError::ImpossibleDate),
            "one month is 2022-03"
        );
        assert_eq!("2022-03/13".parse::<Schedule>(), Err(ScheduleError::ImpossibleDate));
        assert_eq!("2022-3/6".parse::<Schedule>(), Err(ScheduleError::Unrecognised));
        for bad in
            ["", "22", "2022-", "2022-S", "2022-s1", "1er semestre 2022", "2022-3", "tbd", "2022-03-15x"]
        {
            assert_eq!(bad.parse::<Schedule>(), Err(ScheduleError::Unrecognised), "{bad}");
        }
    }

    #[test]
    fn periods_know_their_first_and_last_day() {
        let s1 = dated("2022-S1").range();
        assert_eq!((s1.first, s1.last), (day(2022, 1, 1), day(2022, 6, 30)));
        let s2 = dated("2022-S2").range();
        assert_eq!((s2.first, s2.last), (day(2022, 7, 1), day(2022, 12, 31)));
        let q1 = dated("2024-Q1").range();
        assert_eq!(q1.last, day(2024, 3, 31));
        let february = dated("2024-02").range();
        assert_eq!(february.last, day(2024, 2, 29), "leap year");
        let spring = dated("2024-03/06").range();
        assert_eq!((spring.first, spring.last), (day(2024, 3, 1), day(2024, 6, 30)));
        let year = dated("2022").range();
        assert_eq!((year.first, year.last), (day(2022, 1, 1), day(2022, 12, 31)));
    }

    #[test]
    fn overlap_includes_shared_edges_only() {
        let s1 = dated("2022-S1").range();
        let s2 = dated("2022-S2").range();
        assert!(!s1.overlaps(&s2));
        assert!(dated("2022").range().overlaps(&s1));
        assert!(dated("2022-06-30").range().overlaps(&s1));
        assert!(!dated("2022-07-01").range().overlaps(&s1));
        assert!(!dated("2021-S2").range().overlaps(&s1));
        assert!(s1.contains(day(2022, 6, 30)));
        assert!(!s1.contains(day(2022, 7, 1)));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_is_read_or_refused_without_panicking(code in "\\PC{0,16}") {
            let _ = code.parse::<Schedule>();
        }

        #[test]
        fn near_misses_are_read_or_refused_without_panicking(code in "[0-9]{1,5}(-[SQsq0-9]{0,3}(-[0-9]{0,3})?)?") {
            let _ = code.parse::<Schedule>();
        }

        #[test]
        fn every_valid_code_reads_back_as_written(year in 1000i32..=9999, part in 0u32..5, n in 1u32..=12, day in 1u32..=31) {
            let code = match part {
                0 => format!("{year}"),
                1 => format!("{year}-S{}", 1 + n % 2),
                2 => format!("{year}-Q{}", 1 + n % 4),
                3 => format!("{year}-{n:02}"),
                _ => format!("{year}-{n:02}-{day:02}"),
            };
            match code.parse::<Schedule>() {
                Ok(schedule) => prop_assert_eq!(schedule.to_string(), code),
                Err(error) => {
                    prop_assert_eq!(error, ScheduleError::ImpossibleDate);
                    prop_assert!(NaiveDate::from_ymd_opt(year, n, day).is_none());
                }
            }
        }

        #[test]
        fn a_period_starts_before_it_ends_and_contains_both_ends(year in 1000i32..=9999, semester in 1u32..=2, quarter in 1u32..=4, month in 1u32..=12) {
            for period in [Period::Year(year), Period::Semester { year, semester }, Period::Quarter { year, quarter }, Period::Month { year, month }] {
                let range = period.range();
                prop_assert!(range.first <= range.last);
                prop_assert!(range.contains(range.first) && range.contains(range.last));
                prop_assert!(Period::Year(year).range().overlaps(&range));
            }
        }
    }
}

#[cfg(test)]
mod moving {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any day of any year goes to the same month of the new year, on the same day where it
        /// exists, and reads back as the code it is written as.
        #[test]
        fn a_day_moves_to_the_same_place_in_any_year(
            from in 1000i32..=9999, to in 1000i32..=9999, ordinal in 1u32..=366,
        ) {
            let Some(day) = NaiveDate::from_yo_opt(from, ordinal) else { return Ok(()) };
            let moved = Schedule::Dated(Period::Day(day)).in_year(to);
            let Some(Period::Day(new)) = moved.period() else { panic!("still a day: {moved:?}") };
            prop_assert_eq!((new.year(), new.month()), (to, day.month()));
            prop_assert!(new.day() == day.day() || (day.month(), day.day(), new.day()) == (2, 29, 28));
            prop_assert_eq!(moved.to_string().parse::<Schedule>(), Ok(moved));
        }
    }
}
