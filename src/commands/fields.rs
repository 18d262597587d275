//! What `add`, `edit`, `move` and `area` share: reading the values given on the command line
//! as the plan writes them, and finding the area a command names.

use anyhow::{Result, bail};
use toml_edit::Value;

use super::Context;
use crate::i18n::Msg;
use crate::import::dates;
use crate::model::{Area, Plan};
use crate::number::Number;
use crate::render::toml;
use crate::schedule::{Frequency, Schedule};
use crate::text::{contains_folded, fold};

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
    if let Ok(number) = wanted.trim().parse::<Number>() {
        if let Some(area) = plan.area(&number) {
            return Ok(area);
        }
    } else {
        let needle = fold(wanted.trim());
        let matching: Vec<&Area> = plan
            .areas
            .iter()
            .filter(|area| !needle.is_empty() && contains_folded(&area.name, &needle))
            .collect();
        if let [area] = matching.as_slice() {
            return Ok(area);
        }
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
