//! `workplan report --html`: the plan's state as one page to share and print.

use std::path::PathBuf;

use anyhow::Result;

use super::Context;
use super::output::{Destination, deliver};
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::progress::Summary;
use crate::render::html;

pub struct ReportOptions {
    /// Where to write the page; standard output when `None`.
    pub output: Option<PathBuf>,
    /// Replace an existing file at `output`.
    pub force: bool,
}

pub fn run(context: &Context, options: &ReportOptions) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let summary = Summary::of(&loaded.plan, context.today);
    let page = html::render(&loaded.plan, &summary, context.lang);
    deliver(context, &Destination::of(options.output.as_deref(), options.force, &loaded), &page)?;
    if let Some(path) = &options.output {
        context.note_written(Msg::Wrote { path: &path.display().to_string() });
    }
    Ok(Exit::Success)
}
