//! `workplan calendar`: the plan as an iCalendar file for calendar apps.

use std::path::PathBuf;

use anyhow::Result;

use super::Context;
use super::output::{Destination, deliver};
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::render::ics;

pub struct CalendarOptions {
    /// Where to write the file; standard output when `None`.
    pub output: Option<PathBuf>,
    /// Replace an existing file at `output`.
    pub force: bool,
}

pub fn run(context: &Context, options: &CalendarOptions) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let calendar = ics::render(&loaded.plan, context.today, context.lang);
    deliver(context, &Destination::of(options.output.as_deref(), options.force, &loaded), &calendar.text)?;
    if let Some(path) = &options.output {
        let path = path.display().to_string();
        context.note_written(Msg::CalendarWritten { path: &path, events: calendar.events });
    }
    if !calendar.left_out.is_empty() {
        let numbers = calendar.left_out.join(", ");
        let note = Msg::LeftOut { count: calendar.left_out.len(), numbers: &numbers };
        if options.output.is_some() { context.note_written(note) } else { context.note(note)? }
    }
    Ok(Exit::Success)
}
