//! Where a command's document goes: standard output, or a file given with `-o`.

use std::path::Path;

use anyhow::{Context as _, Result};

use super::Context;
use crate::edit::write::write_atomically;
use crate::i18n::Msg;

/// Prints `text`, or writes it to `path` (atomically) and says so on standard error.
pub fn deliver(context: &Context, path: Option<&Path>, text: &str) -> Result<()> {
    let Some(path) = path else { return context.print(text) };
    let shown = path.display().to_string();
    write_atomically(path, text.as_bytes())
        .with_context(|| context.lang.text(Msg::CannotWriteOutput { path: &shown }))
}
