//! `workplan summary`: where the plan stands, per area and per part of the year.

use anyhow::Result;

use super::Context;
use crate::exit::Exit;
use crate::progress::Summary;
use crate::render::summary::{SummaryFormat, render};

pub fn run(context: &Context, format: SummaryFormat) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let summary = Summary::of(&loaded.plan, context.today);
    let text = render(&summary, &loaded.plan.info, format, context.lang, context.stdout)?;
    context.print(&text)?;
    Ok(Exit::Success)
}
