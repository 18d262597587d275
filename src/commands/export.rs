//! `workplan export`: the plan as a document for the assembly.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context as _, Result};

use super::Context;
use crate::edit::write;
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::render::document::{self, DocumentOptions};

pub struct ExportOptions {
    pub document: DocumentOptions,
    /// Where to write; standard output when `None`.
    pub output: Option<PathBuf>,
}

pub fn run(context: &Context, options: &ExportOptions) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let text = document::document(&loaded.plan, options.document);
    match &options.output {
        None => context.print(&text)?,
        Some(path) => {
            let shown = path.display().to_string();
            write::write_whole(path, &text)
                .with_context(|| context.lang.text(Msg::CannotWrite { file: &shown }))?;
            writeln!(std::io::stderr().lock(), "{}", context.lang.text(Msg::Exported { path: &shown }))?;
        }
    }
    Ok(Exit::Success)
}
