//! Choosing activities: by area, semester, status, text and timing. Filters combine with "and";
//! the values of one repeated filter combine with "or", and so do the two timing filters
//! (`--overdue`, `--due-within`): together they answer "what is late, what is next".

use chrono::{Days, Months, NaiveDate};

use crate::model::{Activity, Area, AreaQuery, Status};
use crate::progress::{is_due_by, is_overdue};
use crate::schedule::{DateRange, Period};
use crate::text::{contains_folded, fold};

/// A semester asked for on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemesterChoice {
    /// `1` or `2`: that semester of the plan's own year.
    OfPlanYear(u32),
    /// `2022-S1`: a semester of a given year.
    Of { year: i32, semester: u32 },
}

impl SemesterChoice {
    /// Reads `1`, `2`, `2022-S1` or `2022-s2`, and the Spanish, Portuguese or French a network
    /// member types: `1er`, `2do`, `segundo`, `1er semestre`, `2do semestre 2022`, `1º semestre de
    /// 2022`, `2e semestre 2022`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim() {
            "1" => Some(SemesterChoice::OfPlanYear(1)),
            "2" => Some(SemesterChoice::OfPlanYear(2)),
            other => {
                let Some((year, semester)) = other.split_once(['-']) else { return Self::spanish(other) };
                let semester = match semester {
                    "S1" | "s1" => 1,
                    "S2" | "s2" => 2,
                    _ => return None,
                };
                let year = year.parse().ok().filter(|_| year.len() == 4)?;
                Some(SemesterChoice::Of { year, semester })
            }
        }
    }

    /// An ordinal, then optionally `semestre` and a year: `1er`, `2do semestre 2022`.
    fn spanish(text: &str) -> Option<Self> {
        let folded = fold(text);
        let mut words = folded.split_whitespace();
        let semester = match words.next()?.trim_end_matches('.') {
            "1er" | "1ro" | "1o" | "1º" | "1°" | "primer" | "primero" | "primeiro" | "1re" | "premier" => 1,
            "2do" | "2o" | "2º" | "2°" | "segundo" | "2e" | "2eme" | "deuxieme" | "second" => 2,
            _ => return None,
        };
        let rest: Vec<&str> = words.filter(|word| !matches!(*word, "semestre" | "de" | "del")).collect();
        match rest.as_slice() {
            [] => Some(SemesterChoice::OfPlanYear(semester)),
            [year] if year.len() == 4 => Some(SemesterChoice::Of { year: year.parse().ok()?, semester }),
            _ => None,
        }
    }

    fn range(self, plan_year: i32) -> DateRange {
        let (year, semester) = match self {
            SemesterChoice::OfPlanYear(semester) => (plan_year, semester),
            SemesterChoice::Of { year, semester } => (year, semester),
        };
        Period::Semester { year, semester }.range()
    }
}

/// How far ahead `--due-within` looks: `30d`, `2w`, `3m`, or a bare number of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Horizon {
    Days(u32),
    Weeks(u32),
    /// Calendar months: from 15 July, `1m` reaches 15 August (31 January + `1m` is 28 February).
    Months(u32),
}

impl Horizon {
    /// Reads a count with an optional unit, `d` (the default), `w` or `m`, in either case;
    /// `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let digits = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
        let (count, unit) = text.split_at(digits);
        if count.is_empty() || count.len() > 5 {
            return None;
        }
        let count = count.parse().ok()?;
        match unit {
            "" | "d" | "D" => Some(Horizon::Days(count)),
            "w" | "W" => Some(Horizon::Weeks(count)),
            "m" | "M" => Some(Horizon::Months(count)),
            _ => None,
        }
    }

    /// The last day the horizon reaches from `today`.
    pub fn last_day(self, today: NaiveDate) -> NaiveDate {
        let later = match self {
            Horizon::Days(days) => today.checked_add_days(Days::new(u64::from(days))),
            Horizon::Weeks(weeks) => today.checked_add_days(Days::new(u64::from(weeks) * 7)),
            Horizon::Months(months) => today.checked_add_months(Months::new(months)),
        };
        later.unwrap_or(NaiveDate::MAX)
    }
}

/// Which activities to keep.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Area numbers or fragments of area names; any may match.
    pub areas: Vec<String>,
    pub semester: Option<SemesterChoice>,
    /// With a semester, also keep activities that have no date yet.
    pub include_unscheduled: bool,
    /// Any may match.
    pub statuses: Vec<Status>,
    pub search: Option<String>,
    /// Keep activities still open after their planned period ended.
    pub overdue: bool,
    /// Keep activities still open whose planned period ends within this horizon from today.
    pub due_within: Option<Horizon>,
}

/// A filter made ready for matching: texts folded once, not once per activity.
pub struct Matcher<'f> {
    filter: &'f Filter,
    plan_year: i32,
    today: NaiveDate,
    folded_areas: Vec<AreaQuery>,
    folded_search: Option<String>,
}

impl Filter {
    /// A matcher for a plan of `plan_year`, taking `today` as the day for the timing filters.
    pub fn matcher(&self, plan_year: i32, today: NaiveDate) -> Matcher<'_> {
        Matcher {
            filter: self,
            plan_year,
            today,
            folded_areas: self.areas.iter().map(|area| AreaQuery::new(area)).collect(),
            folded_search: self.search.as_deref().map(fold),
        }
    }
}

impl<'f> Matcher<'f> {
    pub fn matches(&self, area: &Area, activity: &Activity) -> bool {
        self.area_matches(area)
            && self.semester_matches(activity)
            && self.status_matches(activity)
            && self.text_matches(activity)
            && self.timing_matches(activity)
    }

    fn area_matches(&self, area: &Area) -> bool {
        self.folded_areas.is_empty() || self.folded_areas.iter().any(|wanted| area.answers_to(wanted))
    }

    /// The first `--area` value, as given, that no area of `areas` answers to: a mistyped area
    /// must not pass for an area with nothing to list.
    pub fn unknown_area(&self, areas: &[Area]) -> Option<&'f str> {
        self.folded_areas
            .iter()
            .zip(&self.filter.areas)
            .find(|(wanted, _)| !areas.iter().any(|area| area.answers_to(wanted)))
            .map(|(_, given)| given.as_str())
    }

    /// The semester asked for, when it lies outside the plan's year, as written (`2023-S1`).
    pub fn semester_outside_plan_year(&self) -> Option<String> {
        match self.filter.semester? {
            SemesterChoice::Of { year, semester } if year != self.plan_year => {
                Some(format!("{year}-S{semester}"))
            }
            _ => None,
        }
    }

    fn semester_matches(&self, activity: &Activity) -> bool {
        let Some(semester) = self.filter.semester else { return true };
        match activity.planned_range(self.plan_year) {
            Some(range) => range.overlaps(&semester.range(self.plan_year)),
            None => self.filter.include_unscheduled,
        }
    }

    fn status_matches(&self, activity: &Activity) -> bool {
        self.filter.statuses.is_empty() || self.filter.statuses.contains(&activity.status())
    }

    fn text_matches(&self, activity: &Activity) -> bool {
        let Some(needle) = &self.folded_search else { return true };
        [Some(activity.title.as_str()), activity.place.as_deref(), activity.resources.as_deref()]
            .into_iter()
            .flatten()
            .any(|text| contains_folded(text, needle))
    }

    /// `--overdue` and `--due-within` keep what either of them asks for.
    fn timing_matches(&self, activity: &Activity) -> bool {
        let Filter { overdue, due_within, .. } = *self.filter;
        if !overdue && due_within.is_none() {
            return true;
        }
        (overdue && is_overdue(activity, self.plan_year, self.today))
            || due_within.is_some_and(|horizon| {
                is_due_by(activity, self.plan_year, self.today, horizon.last_day(self.today))
            })
    }
}

/// Whether `area` is the one a folded `--area` value names: by number when it has two or more
/// parts (`3.1`), else by a fragment of its name.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::Schedule;
    use crate::source::FileId;

    fn area(number: &str, name: &str) -> Area {
        Area {
            number: number.parse().expect("number"),
            name: name.into(),
            objective: String::new(),
            activities: Vec::new(),
            file: FileId(0),
            spans: crate::model::AreaSpans::default(),
        }
    }

    fn activity(schedule: &str) -> Activity {
        Activity { title: "Webinar".into(), schedule: schedule.parse().ok(), ..Activity::default() }
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("test date")
    }

    fn keeps(filter: &Filter, area: &Area, activity: &Activity) -> bool {
        filter.matcher(2022, day("2022-07-15")).matches(area, activity)
    }

    #[test]
    fn reads_semesters_as_people_write_them() {
        assert_eq!(SemesterChoice::parse("1"), Some(SemesterChoice::OfPlanYear(1)));
        assert_eq!(SemesterChoice::parse("2022-S2"), Some(SemesterChoice::Of { year: 2022, semester: 2 }));
        assert_eq!(SemesterChoice::parse("2022-s1"), Some(SemesterChoice::Of { year: 2022, semester: 1 }));
        for bad in ["3", "S1", "22-S1", "2022-S3", "", "tercero", "1er trimestre", "2do semestre 22"] {
            assert_eq!(SemesterChoice::parse(bad), None, "{bad}");
        }
        for (spanish, semester) in [
            ("1er", 1),
            ("2do", 2),
            ("Segundo", 2),
            ("1º semestre", 1),
            ("2do.", 2),
            ("Primeiro semestre", 1),
            ("2e", 2),
            ("deuxième semestre", 2),
        ] {
            assert_eq!(
                SemesterChoice::parse(spanish),
                Some(SemesterChoice::OfPlanYear(semester)),
                "{spanish}"
            );
        }
        let named = SemesterChoice::parse("2do semestre de 2022");
        assert_eq!(named, Some(SemesterChoice::Of { year: 2022, semester: 2 }));
    }

    #[test]
    fn semester_keeps_overlapping_periods_only() {
        let a = area("3.1", "Servicios");
        let second = Filter { semester: Some(SemesterChoice::OfPlanYear(2)), ..Filter::default() };
        assert!(keeps(&second, &a, &activity("2022-S2")));
        assert!(keeps(&second, &a, &activity("2022")), "the whole year overlaps both semesters");
        assert!(keeps(&second, &a, &activity("2022-09-15")));
        assert!(!keeps(&second, &a, &activity("2022-S1")));
        assert!(!keeps(&second, &a, &activity("2021-S2")), "a semester of another year");
        let named = Filter { semester: SemesterChoice::parse("2021-S2"), ..Filter::default() };
        assert!(keeps(&named, &a, &activity("2021-S2")));
    }

    #[test]
    fn unscheduled_activities_only_on_request() {
        let a = area("3.2", "Datos abiertos");
        let mut filter = Filter { semester: Some(SemesterChoice::OfPlanYear(1)), ..Filter::default() };
        let undated = activity("to-be-defined");
        assert!(!keeps(&filter, &a, &undated));
        let counted = Activity { target: Some(4), ..activity("to-be-defined") };
        assert!(keeps(&filter, &a, &counted), "4 al año: some time in the plan year");
        filter.include_unscheduled = true;
        assert!(keeps(&filter, &a, &undated));
        assert!(keeps(&filter, &a, &Activity { schedule: None, ..undated }));
    }

    #[test]
    fn area_by_number_or_by_accentless_name_fragment() {
        let a = area("3.6", "Tecnologías emergentes");
        let act = activity("2022");
        let by = |value: &str| Filter { areas: vec![value.into()], ..Filter::default() };
        assert!(keeps(&by("3.6"), &a, &act));
        assert!(!keeps(&by("3.1"), &a, &act));
        assert!(keeps(&by("tecnologias"), &a, &act));
        assert!(keeps(&by("EMERGENTES"), &a, &act));
        assert!(!keeps(&by("datos"), &a, &act));
        let either = Filter { areas: vec!["3.1".into(), "3.6".into()], ..Filter::default() };
        assert!(keeps(&either, &a, &act));
    }

    #[test]
    fn search_looks_in_title_place_and_resources() {
        let a = area("3.9", "Reunión anual");
        let act = Activity {
            title: "Realización de la reunión".into(),
            place: Some("Lima, Perú.".into()),
            resources: Some("Tiempo de trabajo".into()),
            schedule: Some(Schedule::ToBeDefined),
            ..Activity::default()
        };
        let search = |text: &str| Filter { search: Some(text.into()), ..Filter::default() };
        assert!(keeps(&search("peru"), &a, &act));
        assert!(keeps(&search("REALIZACION"), &a, &act));
        assert!(keeps(&search("tiempo"), &a, &act));
        assert!(!keeps(&search("virtual"), &a, &act));
    }

    #[test]
    fn status_filter_accepts_any_of_its_values() {
        let a = area("3.1", "x");
        let pending = activity("2022");
        let filter = Filter { statuses: vec![Status::Done, Status::Pending], ..Filter::default() };
        assert!(keeps(&filter, &a, &pending));
        let only_done = Filter { statuses: vec![Status::Done], ..Filter::default() };
        assert!(!keeps(&only_done, &a, &pending));
    }

    #[test]
    fn reads_horizons_in_days_weeks_and_months() {
        assert_eq!(Horizon::parse("30d"), Some(Horizon::Days(30)));
        assert_eq!(Horizon::parse("30"), Some(Horizon::Days(30)));
        assert_eq!(Horizon::parse(" 2w "), Some(Horizon::Weeks(2)));
        assert_eq!(Horizon::parse("3M"), Some(Horizon::Months(3)));
        assert_eq!(Horizon::parse("0d"), Some(Horizon::Days(0)));
        for bad in ["", "d", "30 d", "-3d", "1y", "1.5m", "2 weeks", "999999d"] {
            assert_eq!(Horizon::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn horizons_end_on_calendar_days() {
        let today = day("2022-01-31");
        assert_eq!(Horizon::Days(30).last_day(today), day("2022-03-02"));
        assert_eq!(Horizon::Weeks(2).last_day(today), day("2022-02-14"));
        assert_eq!(Horizon::Months(1).last_day(today), day("2022-02-28"), "clamped to the month's end");
        assert_eq!(Horizon::Months(3).last_day(day("2022-07-15")), day("2022-10-15"));
    }

    #[test]
    fn overdue_keeps_open_activities_after_their_period() {
        let a = area("3.3", "Ciberseguridad");
        let overdue = Filter { overdue: true, ..Filter::default() };
        assert!(keeps(&overdue, &a, &activity("2022-S1")), "ended 30 June, today is 15 July");
        assert!(!keeps(&overdue, &a, &activity("2022-S2")));
        assert!(!keeps(&overdue, &a, &activity("to-be-defined")));
        let done = Activity {
            done: vec![crate::model::Record { on: day("2022-05-01"), note: None, span: 0..0 }],
            ..activity("2022-S1")
        };
        assert!(!keeps(&overdue, &a, &done));
    }

    #[test]
    fn due_within_looks_ahead_from_today() {
        let a = area("3.3", "Ciberseguridad");
        let within = |text: &str| Filter { due_within: Horizon::parse(text), ..Filter::default() };
        assert!(keeps(&within("30d"), &a, &activity("2022-07")), "ends 31 July");
        assert!(!keeps(&within("2w"), &a, &activity("2022-07")), "15 + 14 days is 29 July");
        assert!(keeps(&within("1m"), &a, &activity("2022-08-15")));
        assert!(!keeps(&within("1m"), &a, &activity("2022-08-16")));
        assert!(!keeps(&within("6m"), &a, &activity("2022-S1")), "already late, not next");
        assert!(keeps(&within("6m"), &a, &activity("2022")), "ends 31 December");
    }

    #[test]
    fn overdue_and_due_within_together_keep_either() {
        let a = area("3.3", "Ciberseguridad");
        let both = Filter { overdue: true, due_within: Some(Horizon::Days(30)), ..Filter::default() };
        assert!(keeps(&both, &a, &activity("2022-S1")));
        assert!(keeps(&both, &a, &activity("2022-07")));
        assert!(!keeps(&both, &a, &activity("2022-S2")));
        let with_area = Filter { areas: vec!["3.1".into()], ..both };
        assert!(!keeps(&with_area, &a, &activity("2022-S1")), "other filters still apply");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever is typed after `--semester`, it is read as semester 1 or 2, or refused.
        #[test]
        fn any_semester_text_is_a_first_or_second_half_or_refused(text in "\\PC{0,24}") {
            match SemesterChoice::parse(&text) {
                Some(SemesterChoice::OfPlanYear(semester) | SemesterChoice::Of { semester, .. }) => {
                    prop_assert!(semester == 1 || semester == 2)
                }
                None => {}
            }
        }

        #[test]
        fn spanish_phrases_with_a_year_name_that_year(year in 1000i32..10_000, second in any::<bool>()) {
            let (ordinal, semester) = if second { ("2do", 2) } else { ("1er", 1) };
            let parsed = SemesterChoice::parse(&format!("{ordinal} semestre {year}"));
            prop_assert_eq!(parsed, Some(SemesterChoice::Of { year, semester }));
        }
    }
}
