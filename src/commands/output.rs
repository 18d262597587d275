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

/// Writes `bytes` (a `.docx`, an `.xlsx`) to standard output, or to `path` atomically.
pub fn deliver_bytes(context: &Context, path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    let Some(path) = path else {
        let mut stdout = std::io::stdout().lock();
        return std::io::Write::write_all(&mut stdout, bytes)
            .and_then(|()| std::io::Write::flush(&mut stdout))
            .with_context(|| context.lang.text(Msg::CannotWriteOutput { path: "-" }));
    };
    let shown = path.display().to_string();
    write_atomically(path, bytes).with_context(|| context.lang.text(Msg::CannotWriteOutput { path: &shown }))
}
