//! `workplan list`: the activities that match the filters.

use std::io::Write;

use anyhow::{Result, bail};

use super::Context;
use crate::exit::Exit;
use crate::filter::Filter;
use crate::i18n::Msg;
use crate::model::Plan;
use crate::number::{Number, nearest};
use crate::render::activities::AsOf;
use crate::render::{self, Format};
use crate::text::closest;

pub struct ListOptions {
    pub filter: Filter,
    pub format: Format,
}

pub fn run(context: &Context, options: &ListOptions) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let plan = &loaded.plan;
    let matcher = options.filter.matcher(plan.info.year, context.today);
    if let Some(area) = matcher.unknown_area(&plan.areas) {
        bail!(unknown_area(plan, area, context));
    }
    let entries: Vec<_> =
        plan.activities().filter(|(area, activity)| matcher.matches(area, activity)).collect();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let as_of = AsOf { year: plan.info.year, today: context.today };
    render::activities::write_list(
        &entries,
        options.format,
        (context.lang, as_of),
        context.stdout,
        &mut out,
    )?;
    out.flush()?;
    if entries.is_empty() {
        // A bare header must not pass for an answer: say why it is empty, when it can be told.
        match matcher.semester_outside_plan_year() {
            Some(semester) => {
                context.note(Msg::SemesterOutsidePlanYear { semester: &semester, year: plan.info.year })?
            }
            None => context.note(Msg::NoActivityMatches)?,
        }
    }
    Ok(Exit::Success)
}

/// The error for an `--area` that names no area: the nearest numbers, or where to find names.
fn unknown_area(plan: &Plan, area: &str, context: &Context) -> String {
    let lang = context.lang;
    match area.trim().parse::<Number>() {
        Ok(number) if number.segments().len() > 1 => {
            let closest = nearest(&number, plan.areas.iter().map(|area| &area.number), 3);
            let closest: Vec<String> = closest.iter().map(ToString::to_string).collect();
            lang.text(Msg::UnknownAreaNumber { area, nearest: &closest.join(", ") })
        }
        _ => match nearest_name(plan, area) {
            Some(nearest) => lang.text(Msg::UnknownAreaNameNear { area, nearest: &nearest }),
            None => lang.text(Msg::UnknownAreaName { area }),
        },
    }
}

/// The area one of whose words `fragment` looks like a slip of ("ciberseguriad"), as
/// `3.3 Ciberseguridad`.
fn nearest_name(plan: &Plan, fragment: &str) -> Option<String> {
    let words = plan.areas.iter().flat_map(|area| area.name.split_whitespace());
    let word = closest(fragment.trim(), words)?;
    let area = plan.areas.iter().find(|area| area.name.split_whitespace().any(|w| w == word))?;
    Some(format!("{} {}", area.number, area.name))
}
