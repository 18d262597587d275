//! What `add`, `edit`, `move` and `area` share: reading the values given on the command line
//! as the plan writes them, and finding the area a command names.

use anyhow::{Result, bail};
use toml_edit::Value;

use super::Context;
use crate::i18n::Msg;
use crate::import::dates;
use crate::model::{Area, AreaQuery, Plan};
use crate::number::Number;
use crate::render::toml;
use crate::schedule::{Frequency, Schedule};

/// An activity's values as given (`--title`, `--schedule`, …), not yet read.
#[derive(Clone, Debug, Default)]
pub struct Given {
    pub title: Option<String>,
    pub place: Option<String>,
    /// A schedule code (`2022-S2`) or the document's words ("2do semestre 2022").
    pub schedule: Option<String>,
    pub every: Option<Frequency>,
    pub target: Option<u32>,
    pub resources: Option<String>,
}

/// The values read: a schedule phrase may also say how often and how many times.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values {
    pub title: Option<String>,
    pub place: Option<String>,
    pub schedule: Option<Schedule>,
    pub every: Option<Frequency>,
    pub target: Option<u32>,
    pub resources: Option<String>,
}

/// The optional keys `edit --unset` removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Optional {
    Place,
    Schedule,
    Every,
    Target,
    Resources,
}

impl Optional {
    pub fn key(self) -> &'static str {
        match self {
            Optional::Place => "place",
            Optional::Schedule => "schedule",
            Optional::Every => "every",
            Optional::Target => "target",
            Optional::Resources => "resources",
        }
    }
}

impl Given {
    /// Reads the values for a plan of `plan_year`: texts trimmed (an empty title refused),
    /// schedules as `import` reads a document's dates. `--every` and `--target` given win over
    /// what the schedule phrase says.
    pub fn read(&self, plan_year: i32, context: &Context) -> Result<Values> {
        let lang = context.lang;
        let text = |value: &Option<String>| value.as_deref().map(|text| text.trim().to_owned());
        let title = text(&self.title);
        if title.as_deref().is_some_and(str::is_empty) {
            bail!(lang.text(Msg::EmptyTitleGiven));
        }
        let mut values = Values {
            title,
            place: text(&self.place).filter(|text| !text.is_empty()),
            resources: text(&self.resources).filter(|text| !text.is_empty()),
            every: self.every,
            target: self.target,
            schedule: None,
        };
        if self.target == Some(0) {
            bail!(lang.text(Msg::ZeroTarget));
        }
        if let Some(phrase) = &self.schedule {
            let Some(when) = dates::when(phrase, plan_year) else {
                bail!(lang.text(Msg::BadScheduleGiven { value: phrase }));
            };
            values.schedule = Some(when.schedule);
            values.every = values.every.or(when.every);
            values.target = values.target.or(when.target);
        }
        Ok(values)
    }
}

impl Values {
    /// Each value given, as the key and the TOML value to write.
    pub fn keys(&self) -> Vec<(&'static str, Option<Value>)> {
        let string = |text: &str| toml::string(text).parse::<Value>().ok();
        let mut keys = Vec::new();
        let mut push = |key, value: Option<Option<Value>>| {
            if let Some(value) = value {
                keys.push((key, value));
            }
        };
        push("title", self.title.as_deref().map(string));
        push("place", self.place.as_deref().map(string));
        push("schedule", self.schedule.map(|schedule| string(&schedule.to_string())));
        push("every", self.every.map(|every| string(every.code())));
        push("target", self.target.map(|target| Some(Value::from(i64::from(target)))));
        push("resources", self.resources.as_deref().map(string));
        keys
    }
}

/// The area `wanted` names: its number (3.1), or a part of its name that only one area's name
/// holds (ignoring case and accents).
pub fn find_area<'p>(plan: &'p Plan, wanted: &str, context: &Context) -> Result<&'p Area> {
    let lang = context.lang;
    let query = AreaQuery::new(wanted);
    if let [area] = plan.areas.iter().filter(|area| area.answers_to(&query)).collect::<Vec<_>>().as_slice() {
        return Ok(area);
    }
    let known: Vec<String> = plan.areas.iter().map(|area| format!("{} {}", area.number, area.name)).collect();
    bail!(lang.text(Msg::UnknownArea { value: wanted, known: &known.join(", ") }))
}

/// Where `--at N` puts an activity among `count` others (1 to `count + 1`), as a position from 0.
pub fn position(at: Option<&str>, area: &Area, count: usize, context: &Context) -> Result<usize> {
    let Some(at) = at else { return Ok(count) };
    let last = u32::try_from(count + 1).unwrap_or(u32::MAX);
    let wanted = match at.trim().parse::<Number>() {
        Ok(number) if number.segments().len() == 1 => Some(number.last()),
        Ok(number) if number.parent().as_ref() == Some(&area.number) => Some(number.last()),
        _ => None,
    };
    match wanted {
        Some(n) if (1..=last).contains(&n) => Ok(n as usize - 1),
        _ => bail!(context.lang.text(Msg::BadPosition {
            value: at,
            area: &area.number.to_string(),
            last: &area.number.child(last).to_string()
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::Verbosity;
    use crate::i18n::Lang;
    use crate::render::Style;
    use crate::source::FileId;

    fn context() -> Context {
        Context {
            lang: Lang::En,
            today: "2022-07-15".parse().expect("a date"),
            today_given: true,
            rev: None,
            stdout: Style::PLAIN,
            stderr_color: false,
            plan_dir: None,
            cwd: std::path::PathBuf::from("."),
            verbosity: Verbosity::Quiet,
        }
    }

    fn area(number: &str, name: &str, activities: usize) -> Area {
        let number: Number = number.parse().expect("a number");
        let activities = (1..=activities)
            .map(|n| crate::model::Activity {
                number: Some(number.child(u32::try_from(n).expect("small"))),
                ..Default::default()
            })
            .collect();
        Area {
            number,
            name: name.into(),
            objective: String::new(),
            activities,
            file: FileId(0),
            spans: Default::default(),
        }
    }

    fn plan() -> Plan {
        Plan {
            areas: vec![
                area("3.2", "Datos abiertos", 4),
                area("3.5", "Innovación en el sector público", 3),
                area("3.7", "Software público", 4),
            ],
            ..Plan::default()
        }
    }

    #[test]
    fn schedule_words_bring_their_frequency_and_count_unless_given() {
        let given = Given { schedule: Some("Trimestral (4 al año)".into()), ..Given::default() };
        let values = given.read(2022, &context()).expect("read");
        assert_eq!(values.schedule, Some("2022".parse().expect("a code")));
        assert_eq!((values.every, values.target), (Some(Frequency::Quarter), Some(4)));
        let given = Given { target: Some(2), every: Some(Frequency::Semester), ..given };
        let values = given.read(2022, &context()).expect("read");
        assert_eq!((values.every, values.target), (Some(Frequency::Semester), Some(2)));
        let given = Given { schedule: Some("2do semestre".into()), ..Given::default() };
        assert_eq!(
            given.read(2023, &context()).expect("read").schedule,
            Some("2023-S2".parse().expect("code"))
        );
    }

    #[test]
    fn empty_texts_and_unread_schedules_are_refused_and_blank_optional_texts_left_out() {
        let refused = |given: Given| given.read(2022, &context()).expect_err("refused").to_string();
        assert!(refused(Given { title: Some("  ".into()), ..Given::default() }).contains("title is empty"));
        assert!(refused(Given { target: Some(0), ..Given::default() }).contains("--target"));
        assert!(
            refused(Given {
                schedule: Some("1er semestre, según confirmación".into()), ..Given::default()
            })
            .contains("is not a schedule")
        );
        let values = Given { place: Some(" ".into()), title: Some(" Taller ".into()), ..Given::default() }
            .read(2022, &context())
            .expect("read");
        assert_eq!((values.title.as_deref(), values.place.as_deref()), (Some("Taller"), None));
        let keys: Vec<&str> = values.keys().into_iter().map(|(key, _)| key).collect();
        assert_eq!(keys, ["title"]);
    }

    #[test]
    fn areas_are_found_by_number_or_by_a_part_of_one_name_only() {
        let plan = plan();
        let found = |wanted: &str| find_area(&plan, wanted, &context()).map(|area| area.number.to_string());
        assert_eq!(found("3.5").expect("by number"), "3.5");
        assert_eq!(found("INNOVACION").expect("by name, folded"), "3.5");
        assert_eq!(found("datos").expect("by name"), "3.2");
        let ambiguous = found("público").expect_err("two areas say público").to_string();
        assert!(ambiguous.contains("3.5 Innovación") && ambiguous.contains("3.7 Software"), "{ambiguous}");
        assert!(found("3.9").is_err() && found("").is_err());
    }

    #[test]
    fn positions_run_from_one_to_one_past_the_last() {
        let area = area("3.5", "Innovación", 3);
        let at = |text: Option<&str>| position(text, &area, 3, &context()).map_err(|error| error.to_string());
        assert_eq!(at(None), Ok(3));
        assert_eq!(at(Some("1")), Ok(0));
        assert_eq!(at(Some("3.5.4")), Ok(3));
        assert!(at(Some("5")).expect_err("past the end").contains("3.5.4"));
        assert!(at(Some("0")).is_err() && at(Some("3.4.1")).is_err() && at(Some("x")).is_err());
    }
}
