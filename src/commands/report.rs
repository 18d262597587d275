//! `workplan report --html`: the plan's state as one page to share and print.

use std::path::PathBuf;

use anyhow::Result;

use super::Context;
use super::output::deliver;
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::progress::Summary;
use crate::render::html;

pub struct ReportOptions {
    /// Where to write the page; standard output when `None`.
    pub output: Option<PathBuf>,
}

pub fn run(context: &Context, options: &ReportOptions) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let summary = Summary::of(&loaded.plan, context.today);
    let page = html::render(&loaded.plan, &summary, context.lang);
    deliver(context, options.output.as_deref(), &page)?;
    if let Some(path) = &options.output {
        context.note(Msg::Wrote { path: &path.display().to_string() })?;
    }
    Ok(Exit::Success)
}
