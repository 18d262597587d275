//! `workplan list`: the activities that match the filters.

use std::io::Write;

use anyhow::Result;

use super::Context;
use crate::exit::Exit;
use crate::filter::Filter;
use crate::render::{self, Format};

pub struct ListOptions {
    pub filter: Filter,
    pub format: Format,
}

pub fn run(context: &Context, options: &ListOptions) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let matcher = options.filter.matcher(loaded.plan.info.year, context.today);
    let entries: Vec<_> =
        loaded.plan.activities().filter(|(area, activity)| matcher.matches(area, activity)).collect();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    render::activities::write_list(&entries, options.format, context.lang, context.stdout, &mut out)?;
    out.flush()?;
    Ok(Exit::Success)
}
