//! `workplan schema plan|area`: the JSON Schema of a plan file, for editors (see docs/format.md).

use std::path::PathBuf;

use anyhow::Result;

use super::Context;
use super::output::deliver;
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::schema::{self, SchemaKind};

pub struct SchemaOptions {
    pub kind: SchemaKind,
    /// Where to write the schema; standard output when `None`.
    pub output: Option<PathBuf>,
}

pub fn run(context: &Context, options: &SchemaOptions) -> Result<Exit> {
    deliver(context, options.output.as_deref(), &schema::json(options.kind))?;
    if let Some(path) = &options.output {
        context.note(Msg::Wrote { path: &path.display().to_string() })?;
    }
    Ok(Exit::Success)
}
