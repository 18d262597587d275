//! Choosing activities: by area, semester, status and text. Filters combine with "and"; the
//! values of one repeated filter combine with "or".

use crate::model::{Activity, Area, Status};
use crate::number::Number;
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
    /// Reads `1`, `2`, `2022-S1` or `2022-s2`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim() {
            "1" => Some(SemesterChoice::OfPlanYear(1)),
            "2" => Some(SemesterChoice::OfPlanYear(2)),
            other => {
                let (year, semester) = other.split_once(['-'])?;
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

    fn range(self, plan_year: i32) -> DateRange {
        let (year, semester) = match self {
            SemesterChoice::OfPlanYear(semester) => (plan_year, semester),
            SemesterChoice::Of { year, semester } => (year, semester),
        };
        Period::Semester { year, semester }.range()
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
}

/// A filter made ready for matching: texts folded once, not once per activity.
pub struct Matcher<'f> {
    filter: &'f Filter,
    plan_year: i32,
    folded_areas: Vec<(Option<Number>, String)>,
    folded_search: Option<String>,
}

impl Filter {
    pub fn matcher(&self, plan_year: i32) -> Matcher<'_> {
        Matcher {
            filter: self,
            plan_year,
            folded_areas: self
                .areas
                .iter()
                .map(|area| (area.trim().parse().ok(), fold(area.trim())))
                .collect(),
            folded_search: self.search.as_deref().map(fold),
        }
    }
}

impl Matcher<'_> {
    pub fn matches(&self, area: &Area, activity: &Activity) -> bool {
        self.area_matches(area)
            && self.semester_matches(activity)
            && self.status_matches(activity)
            && self.text_matches(activity)
    }

    fn area_matches(&self, area: &Area) -> bool {
        self.folded_areas.is_empty()
            || self.folded_areas.iter().any(|(number, fragment)| match number {
                Some(number) if number.segments().len() > 1 => *number == area.number,
                _ => contains_folded(&area.name, fragment),
            })
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
        [Some(&activity.title), activity.place.as_ref(), activity.resources.as_ref()]
            .into_iter()
            .flatten()
            .any(|text| contains_folded(text, needle))
    }
}

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

    fn keeps(filter: &Filter, area: &Area, activity: &Activity) -> bool {
        filter.matcher(2022).matches(area, activity)
    }

    #[test]
    fn reads_semesters_as_people_write_them() {
        assert_eq!(SemesterChoice::parse("1"), Some(SemesterChoice::OfPlanYear(1)));
        assert_eq!(SemesterChoice::parse("2022-S2"), Some(SemesterChoice::Of { year: 2022, semester: 2 }));
        assert_eq!(SemesterChoice::parse("2022-s1"), Some(SemesterChoice::Of { year: 2022, semester: 1 }));
        for bad in ["3", "S1", "22-S1", "2022-S3", "", "primero"] {
            assert_eq!(SemesterChoice::parse(bad), None, "{bad}");
        }
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
}
