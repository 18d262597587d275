//! `workplan timeline`: the activities over the plan year, as a chart.

use anyhow::Result;

use super::Context;
use crate::exit::Exit;
use crate::render::timeline::render;

pub fn run(context: &Context) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let text = render(&loaded.plan, context.today, context.lang, context.stdout);
    context.print(&text)?;
    Ok(Exit::Success)
}
