//! `workplan show`: one activity in full.

use anyhow::{Result, bail};

use super::Context;
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::model::Plan;
use crate::number::{Number, nearest};
use crate::render::activities::{AsOf, JsonActivity, detail, json};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShowFormat {
    Text,
    Json,
}

pub struct ShowOptions {
    pub number: String,
    pub format: ShowFormat,
}

pub fn run(context: &Context, options: &ShowOptions) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let entry = find_activity(&loaded.plan, &options.number, context)?;
    let text = match options.format {
        ShowFormat::Text => {
            let as_of = AsOf { year: loaded.plan.info.year, today: context.today };
            detail(entry, (context.lang, as_of), context.stdout)
        }
        ShowFormat::Json => json(&JsonActivity::of(entry))?,
    };
    context.print(&text)?;
    Ok(Exit::Success)
}

/// The activity numbered `wanted`, or an error naming the nearest existing numbers.
pub fn find_activity<'p>(
    plan: &'p Plan,
    wanted: &str,
    context: &Context,
) -> Result<(&'p crate::model::Area, &'p crate::model::Activity)> {
    let lang = context.lang;
    let Ok(number) = wanted.trim().parse::<Number>() else {
        bail!(lang.text(Msg::NotAnActivityNumber { value: wanted }));
    };
    if let Some(entry) = plan.activity(&number) {
        return Ok(entry);
    }
    let numbers: Vec<&Number> =
        plan.activities().filter_map(|(_, activity)| activity.number.as_ref()).collect();
    if numbers.is_empty() {
        bail!(lang.text(Msg::NoActivities));
    }
    let closest = nearest(&number, numbers.iter().copied(), 3);
    let closest: Vec<String> = closest.iter().map(|n| n.to_string()).collect();
    bail!(lang.text(Msg::UnknownActivity { number: wanted, nearest: &closest.join(", ") }))
}
