//! `workplan export`: the plan as a document for the assembly.

use std::path::PathBuf;

use std::io::IsTerminal;

use anyhow::{Result, anyhow, bail};

use super::{Context, output};
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::render::document::{self, DocumentFormat, DocumentOptions};
use crate::render::office;

pub struct ExportOptions {
    pub document: DocumentOptions,
    /// Where to write; standard output when `None`.
    pub output: Option<PathBuf>,
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
    let bytes = match options.document.format {
        DocumentFormat::Markdown | DocumentFormat::Text => {
            let text = document::document(plan, options.document);
            return output::deliver(context, options.output.as_deref(), &text).map(|()| Exit::Success);
        }
        DocumentFormat::Docx => office::docx(plan, options.document)
            .map_err(|e| anyhow!(lang.text(Msg::CannotWriteSpreadsheet { reason: &e.to_string() })))?,
        DocumentFormat::Xlsx => office::xlsx(plan, options.document)
            .map_err(|e| anyhow!(lang.text(Msg::CannotWriteSpreadsheet { reason: &e.to_string() })))?,
    };
    output::deliver_bytes(context, options.output.as_deref(), &bytes)?;
    Ok(Exit::Success)
}
