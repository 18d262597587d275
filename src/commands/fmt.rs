//! `workplan fmt`: rewrites the plan's files in the canonical layout, or (`--check`) lists those
//! that are not, for CI.
//!
//! The plan must load without errors, and the formatted files must say exactly what the old ones
//! said (the plan is loaded again from the new texts and compared): a file is never rewritten
//! into something else. Each file is replaced atomically, under the plan's lock.

use anyhow::{Context as _, Result, bail};

use super::Context;
use super::progress;
use crate::canonical;
use crate::compare;
use crate::edit::write::{self, Outcome};
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::load::{self, Loaded};
use crate::render;
use crate::source::{FileId, SourceFile};
use crate::text::visible;

pub struct FmtOptions {
    /// Only report the files that are not formatted (exit 1 if any); write nothing.
    pub check: bool,
    /// With `check`: show each change as a unified diff.
    pub diff: bool,
}

pub fn run(context: &Context, options: &FmtOptions) -> Result<Exit> {
    let lang = context.lang;
    let dir = load::find_plan_dir(context.plan_dir.as_deref(), &context.cwd, lang)?;
    let _lock = if options.check { None } else { Some(progress::lock(&dir, lang)?) };
    let loaded = context.load_plan()?;
    let formatted = formatted(&loaded, context)?;
    let changed: Vec<&(FileId, String)> =
        formatted.iter().filter(|(file, text)| &loaded.sources.get(*file).text != text).collect();
    if changed.is_empty() {
        context.note(Msg::AllFormatted { count: loaded.sources.len() })?;
        return Ok(Exit::Success);
    }
    if options.check {
        let mut out = String::new();
        for (file, text) in &changed {
            let source = loaded.sources.get(*file);
            if options.diff {
                out.push_str(&render::diff::unified(&source.text, text, shown(source)));
            } else {
                out.push_str(&format!("{}\n", visible(&source.display)));
            }
        }
        context.print(&out)?;
        context.note(Msg::NeedFormatting { count: changed.len() })?;
        return Ok(Exit::Findings);
    }
    // Every refusal before the first write, so that exit 2 means no file was changed.
    for (file, _) in &changed {
        progress::refuse_read_only(loaded.sources.get(*file), lang)?;
    }
    for (file, text) in changed {
        let source = loaded.sources.get(*file);
        let outcome = write::replace_if_unchanged(&source.path, &source.text, text)
            .with_context(|| lang.text(Msg::CannotWrite { file: &source.display }))?;
        if outcome == Outcome::ChangedMeanwhile {
            bail!(lang.text(Msg::FileKeepsChanging { file: &source.display }));
        }
        // Naming the files rewritten is a note: fmt's result is the files themselves.
        context.note_written(Msg::Formatted { file: &source.display });
    }
    Ok(Exit::Success)
}

/// Every file's canonical text, once the plan they make is known to be the same.
fn formatted(loaded: &Loaded, context: &Context) -> Result<Vec<(FileId, String)>> {
    let lang = context.lang;
    let mut texts = Vec::new();
    for index in 0..loaded.sources.len() {
        let source = loaded.sources.get(FileId(index));
        let text = canonical::format(&source.text, canonical::kind_of(&source.path))
            .map_err(|_| anyhow::anyhow!(lang.text(Msg::FormatWouldChange { file: &source.display })))?;
        texts.push((FileId(index), text));
    }
    let pairs =
        texts.iter().map(|(file, text)| (loaded.sources.get(*file).path.clone(), text.clone())).collect();
    let after = load::load_texts(&loaded.dir, pairs, lang)?;
    if after.has_errors() || !compare::same_plan(&loaded.plan, &after.plan) {
        let mut sources = texts.iter().map(|(file, text)| (loaded.sources.get(*file), text));
        let changed = sources.find(|(source, text)| &source.text != *text).map(|(source, _)| source);
        bail!(lang.text(Msg::FormatWouldChange { file: changed.map_or("", |s| s.display.as_str()) }));
    }
    Ok(texts)
}

/// The path as a diff heads it: relative, without `./`.
fn shown(source: &SourceFile) -> &str {
    source.display.strip_prefix("./").unwrap_or(&source.display)
}
