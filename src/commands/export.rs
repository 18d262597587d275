//! `workplan export`: the plan as a document for the assembly.

use std::path::PathBuf;

use anyhow::Result;

use super::{Context, output};
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::render::document::{self, DocumentOptions};

pub struct ExportOptions {
    pub document: DocumentOptions,
    /// Where to write; standard output when `None`.
    pub output: Option<PathBuf>,
    /// Replace an existing file at `output`.
    pub force: bool,
}

pub fn run(context: &Context, options: &ExportOptions) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let text = document::document(&loaded.plan, options.document);
    let destination = output::Destination::of(options.output.as_deref(), options.force, &loaded);
    output::deliver(context, &destination, &text)?;
    if let Some(path) = &options.output {
        context.note_written(Msg::Wrote { path: &path.display().to_string() });
    }
    Ok(Exit::Success)
}
