//! `workplan schema plan|area`: the JSON Schema of a plan file, for editors (see docs/format.md).

use std::path::PathBuf;

use anyhow::Result;

use super::Context;
use super::output::{Destination, deliver};
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::load;
use crate::schema::{self, SchemaKind};

pub struct SchemaOptions {
    pub kind: SchemaKind,
    /// Where to write the schema; standard output when `None`.
    pub output: Option<PathBuf>,
    /// Replace an existing file at `output`.
    pub force: bool,
}

pub fn run(context: &Context, options: &SchemaOptions) -> Result<Exit> {
    // No plan is needed; if there is one, its files are still never written over.
    let plan = load::find_plan_dir(context.plan_dir.as_deref(), &context.cwd, context.lang).ok();
    let destination = Destination {
        path: options.output.as_deref(),
        force: options.force,
        plan_dir: plan.as_deref(),
        plan_files: None,
    };
    deliver(context, &destination, &schema::json(options.kind))?;
    if let Some(path) = &options.output {
        let path = path.display().to_string();
        context.note_written(Msg::Wrote { path: &path });
    }
    Ok(Exit::Success)
}
