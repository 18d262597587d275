//! What the commands that write the plan's structure share (`add`, `edit`, `remove`, `move`,
//! `area …`, `done --amend`, `reopen --record`): take the plan's lock, load the whole plan
//! (refusing one that does not load), let the command work out the new text of each file it
//! changes, load the plan as it would be and refuse a change that adds a `validate` error
//! (unless `--force`), then show the diffs (`--dry-run`) or write each file atomically and say
//! what changed in one line.
//!
//! Every refusal comes before anything is written, so a refused command changes no file.

use std::collections::HashMap;
use std::fs;
use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};

use super::{Context, progress};
use crate::check;
use crate::diagnostic::{Check, Diagnostic, Severity};
use crate::edit::write::{self, ReadOnly};
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::load::{self, Loaded};
use crate::render;
use crate::source::{FileId, display_path};

/// Whether to only show the change, and whether to make it despite new `validate` errors.
#[derive(Clone, Copy, Debug, Default)]
pub struct Write {
    pub dry_run: bool,
    pub force: bool,
}

/// One file's text before and after a change: `None` before for a new file, after for a file
/// the change removes.
#[derive(Clone, Debug)]
pub struct FileChange {
    pub path: PathBuf,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// What a command would change, and the line that says so once it is written.
#[derive(Clone, Debug)]
pub struct Proposal {
    pub files: Vec<FileChange>,
    pub message: String,
}

impl FileChange {
    /// A file of the plan as it is, with a new text.
    pub fn edit(loaded: &Loaded, file: FileId, after: String) -> Self {
        let source = loaded.sources.get(file);
        FileChange { path: source.path.clone(), before: Some(source.text.clone()), after: Some(after) }
    }
}

/// Makes the change `decide` works out on the plan as it is once the lock is held.
pub fn run(context: &Context, how: Write, decide: impl FnOnce(&Loaded) -> Result<Proposal>) -> Result<Exit> {
    let lang = context.lang;
    let dir = load::find_plan_dir(context.plan_dir.as_deref(), &context.cwd, lang)?;
    let _lock = if how.dry_run { None } else { Some(progress::lock(&dir, lang)?) };
    let loaded = context.load_plan()?;
    let proposal = decide(&loaded)?;
    refuse_new_errors(context, &loaded, &proposal.files, how.force)?;
    if how.dry_run {
        for change in &proposal.files {
            let shown = display_path(&change.path);
            let path = shown.strip_prefix("./").unwrap_or(&shown);
            let (before, after) =
                (change.before.as_deref().unwrap_or(""), change.after.as_deref().unwrap_or(""));
            context.print(&render::diff::unified(before, after, path))?;
        }
        return Ok(Exit::Success);
    }
    write_all(context, &proposal.files)?;
    context.confirm(&format!("{}\n", proposal.message))?;
    Ok(Exit::Success)
}

/// Loads the plan as the change would leave it: a change that does not load, or that adds
/// errors of any check, is shown and refused (the second unless `force`).
pub(super) fn refuse_new_errors(
    context: &Context,
    loaded: &Loaded,
    files: &[FileChange],
    force: bool,
) -> Result<()> {
    let lang = context.lang;
    let mut texts: HashMap<PathBuf, String> = (0..loaded.sources.len())
        .map(|index| loaded.sources.get(FileId(index)))
        .map(|source| (source.path.clone(), source.text.clone()))
        .collect();
    for change in files {
        match &change.after {
            Some(text) => texts.insert(change.path.clone(), text.clone()),
            None => texts.remove(&change.path),
        };
    }
    let after = load::load_texts(&loaded.dir, texts.into_iter().collect(), lang)?;
    if after.has_errors() {
        context.print_diagnostics(&after)?;
        let file = files.first().map(|change| display_path(&change.path)).unwrap_or_default();
        bail!(lang.text(Msg::EditNotValid { file: &file }));
    }
    if force {
        return Ok(());
    }
    let before = errors_by_check(&check::run(&loaded.plan, &loaded.sources, context.today).diagnostics);
    let findings = check::run(&after.plan, &after.sources, context.today).diagnostics;
    let now = errors_by_check(&findings);
    let grown: Vec<Check> = now
        .iter()
        .filter(|(check, count)| **count > before.get(check).copied().unwrap_or(0))
        .map(|(check, _)| *check)
        .collect();
    if grown.is_empty() {
        return Ok(());
    }
    let shown: Vec<Diagnostic> = findings
        .into_iter()
        .filter(|finding| finding.severity == Severity::Error && grown.contains(&finding.problem.check()))
        .collect();
    let text = render::diagnostics::human(&shown, &after.sources, lang, context.stderr_color);
    std::io::Write::write_all(&mut std::io::stderr().lock(), text.as_bytes())?;
    bail!(lang.text(Msg::ChangeAddsErrors { count: shown.len() }))
}

fn errors_by_check(findings: &[Diagnostic]) -> HashMap<Check, usize> {
    let mut counts = HashMap::new();
    for finding in findings.iter().filter(|finding| finding.severity == Severity::Error) {
        *counts.entry(finding.problem.check()).or_insert(0) += 1;
    }
    counts
}

/// Writes every file, new and changed ones first and removals last, once each is known to be
/// as it was read: a file saved meanwhile stops the command before anything is written.
fn write_all(context: &Context, files: &[FileChange]) -> Result<()> {
    let lang = context.lang;
    for change in files {
        let file = display_path(&change.path);
        let now = fs::read(&change.path).ok();
        if now.as_deref() != change.before.as_deref().map(str::as_bytes) {
            bail!(lang.text(Msg::FileKeepsChanging { file: &file }));
        }
        if change.before.is_some() {
            match write::read_only(&change.path)
                .with_context(|| lang.text(Msg::CannotWrite { file: &file }))?
            {
                Some(ReadOnly::File) => bail!(lang.text(Msg::ReadOnlyFile { file: &file })),
                Some(ReadOnly::Dir) => {
                    let dir = change.path.parent().map(display_path).unwrap_or_default();
                    bail!(lang.text(Msg::ReadOnlyDir { dir: &dir }))
                }
                None => {}
            }
        }
    }
    let (removals, writes): (Vec<&FileChange>, Vec<&FileChange>) =
        files.iter().partition(|change| change.after.is_none());
    let mut done: Vec<&FileChange> = Vec::new();
    for change in writes.into_iter().chain(removals) {
        if let Err(error) = put(&change.path, change.after.as_deref()) {
            // Exit 2 means that nothing changed: the files already written get their old text back.
            for written in done.iter().rev() {
                let _ = put(&written.path, written.before.as_deref());
            }
            let file = display_path(&change.path);
            return Err(error).with_context(|| lang.text(Msg::CannotWrite { file: &file }));
        }
        done.push(change);
    }
    Ok(())
}

/// Writes `text` to `path` atomically, or removes the file for `None`.
fn put(path: &std::path::Path, text: Option<&str>) -> std::io::Result<()> {
    match text {
        Some(text) => write::write_atomically(path, text.as_bytes()),
        None => fs::remove_file(path),
    }
}
