//! `workplan areas`: the work areas with objective and activity counts.

use anyhow::Result;

use super::Context;
use crate::exit::Exit;
use crate::render::{self, Format};

pub fn run(context: &Context, format: Format) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let text = render::areas::list(&loaded.plan.areas, format, context.lang, context.stdout)?;
    context.print(&text)?;
    Ok(Exit::Success)
}
