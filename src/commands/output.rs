//! Where a command's document goes: standard output, or a file given with `-o`.
//!
//! A file given with `-o` is never a file of the plan (`calendar -o plan/plan.toml` would destroy
//! the plan), nor a `*.toml` in the plan directory (it would be read as an area file), and an
//! existing file is replaced only with `--force`, as `import` does.

use std::fs;
use std::path::Path;

use anyhow::{Context as _, Result, bail};

use super::Context;
use crate::edit::write::write_atomically;
use crate::i18n::Msg;
use crate::load::Loaded;
use crate::source::{FileId, Sources};

/// Where a document goes, and what the file given must not be.
pub struct Destination<'a> {
    /// The file given with `-o`; standard output when `None`.
    pub path: Option<&'a Path>,
    /// `--force`: an existing file may be replaced.
    pub force: bool,
    /// The plan directory, if there is one.
    pub plan_dir: Option<&'a Path>,
    /// The files the plan was read from.
    pub plan_files: Option<&'a Sources>,
}

impl<'a> Destination<'a> {
    /// The destination of a command that loaded `loaded`.
    pub fn of(path: Option<&'a Path>, force: bool, loaded: &'a Loaded) -> Destination<'a> {
        Destination { path, force, plan_dir: Some(&loaded.dir), plan_files: Some(&loaded.sources) }
    }
}

/// Prints `text`, or writes it to the destination's file (atomically) if it may be written.
pub fn deliver(context: &Context, destination: &Destination<'_>, text: &str) -> Result<()> {
    let Some(path) = destination.path else { return context.print(text) };
    write_to(context, destination, path, text.as_bytes())
}

/// Writes `bytes` to `path`, unless it is a file of the plan, or exists and `--force` was not given.
fn write_to(context: &Context, destination: &Destination<'_>, path: &Path, bytes: &[u8]) -> Result<()> {
    let shown = path.display().to_string();
    if is_plan_file(path, destination) {
        bail!(context.lang.text(Msg::OutputIsPlanFile { path: &shown }));
    }
    if !destination.force && fs::symlink_metadata(path).is_ok() {
        bail!(context.lang.text(Msg::OutputExists { path: &shown }));
    }
    write_atomically(path, bytes).with_context(|| context.lang.text(Msg::CannotWriteOutput { path: &shown }))
}

/// Whether `path` is one of the plan's files (by any name: a link, another spelling), or a name
/// the loader would read as one.
fn is_plan_file(path: &Path, destination: &Destination<'_>) -> bool {
    let in_plan_dir = destination.plan_dir.and_then(|dir| fs::canonicalize(dir).ok()).is_some_and(|dir| {
        let parent = path.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
        fs::canonicalize(parent).is_ok_and(|parent| parent == dir)
    });
    let toml = path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("toml"));
    let sources = destination.plan_files;
    let read =
        sources.into_iter().flat_map(|sources| (0..sources.len()).map(|i| &sources.get(FileId(i)).path));
    (in_plan_dir && toml) || read.into_iter().any(|file| same_file(path, file))
}

/// Whether two paths lead to one file: through links, or as hard links of one another.
fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(a), Ok(b)) = (fs::metadata(a), fs::metadata(b)) else { return false };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// Writes `bytes` (a `.docx`, an `.xlsx`) to standard output, or to the destination's file
/// (atomically) if it may be written, as [`deliver`] does for text.
pub fn deliver_bytes(context: &Context, destination: &Destination<'_>, bytes: &[u8]) -> Result<()> {
    let Some(path) = destination.path else {
        let mut stdout = std::io::stdout().lock();
        return std::io::Write::write_all(&mut stdout, bytes)
            .and_then(|()| std::io::Write::flush(&mut stdout))
            .with_context(|| context.lang.text(Msg::CannotWriteOutput { path: "-" }));
    };
    write_to(context, destination, path, bytes)
}
