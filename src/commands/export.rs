//! `workplan export`: the plan as a document for the assembly.

use std::path::PathBuf;

use std::io::IsTerminal;

use anyhow::{Result, anyhow, bail};

use super::{Context, output};
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::render::document::{self, DocumentFormat, DocumentOptions};
use crate::render::office;
use crate::text::visible_lines;

pub struct ExportOptions {
    pub document: DocumentOptions,
    /// Where to write; standard output when `None`.
    pub output: Option<PathBuf>,
    /// Replace an existing file at `output`.
    pub force: bool,
}

pub fn run(context: &Context, options: &ExportOptions) -> Result<Exit> {
    let lang = context.lang;
    let binary = match options.document.format {
        DocumentFormat::Markdown | DocumentFormat::Text => None,
        DocumentFormat::Docx => Some("docx"),
        DocumentFormat::Xlsx => Some("xlsx"),
    };
    if let Some(format) = binary
        && options.output.is_none()
        && std::io::stdout().is_terminal()
    {
        bail!(lang.text(Msg::BinaryToTerminal { format }));
    }
    let loaded = context.load_plan()?;
    let plan = &loaded.plan;
    let destination = output::Destination::of(options.output.as_deref(), options.force, &loaded);
    match options.document.format {
        DocumentFormat::Markdown | DocumentFormat::Text => {
            // Plain text carries the plan's words as they are; control and bidi characters are
            // shown, as Markdown shows them, so that the document is safe to print or `cat`.
            let text = document::document(plan, options.document);
            output::deliver(context, &destination, &visible_lines(&text))?
        }
        DocumentFormat::Docx => output::deliver_bytes(
            context,
            &destination,
            &office::docx(plan, options.document).map_err(|e| unwritable(context, e))?,
        )?,
        DocumentFormat::Xlsx => output::deliver_bytes(
            context,
            &destination,
            &office::xlsx(plan, options.document).map_err(|e| unwritable(context, e))?,
        )?,
    }
    if let Some(path) = &options.output {
        context.note_written(Msg::Wrote { path: &path.display().to_string() });
    }
    Ok(Exit::Success)
}

/// A Word or Excel file that could not be put together (the plan's text is not to blame).
fn unwritable(context: &Context, error: impl std::fmt::Display) -> anyhow::Error {
    anyhow!(context.lang.text(Msg::CannotWriteSpreadsheet { reason: &error.to_string() }))
}
