//! `workplan migrate`: upgrades the plan's files from an older format version to the current one.
//!
//! Every file is migrated in memory first; the whole plan must then load without errors, or
//! nothing is written. Then, under the plan's lock, each changed file is replaced atomically;
//! `--dry-run` shows the changes as diffs instead.

use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};

use super::Context;
use super::progress;
use crate::canonical;
use crate::edit::write::{self, Outcome};
use crate::exit::Exit;
use crate::i18n::{Lang, Msg};
use crate::load;
use crate::migrate::{self, MigrateError};
use crate::render;
use crate::source::{FileId, Sources};

pub struct MigrateOptions {
    /// Show the changes as diffs and write nothing.
    pub dry_run: bool,
}

pub fn run(context: &Context, options: &MigrateOptions) -> Result<Exit> {
    let lang = context.lang;
    let dir = load::find_plan_dir(context.plan_dir.as_deref(), &context.cwd, lang)?;
    let _lock = if options.dry_run { None } else { Some(progress::lock(&dir, lang)?) };
    let mut sources = Sources::default();
    // `plan.toml` comes first, as FileId(0).
    for path in load::plan_files(&dir, lang)? {
        let shown = path.display().to_string();
        if load::leads_outside(&dir, &path) {
            bail!(lang.text(Msg::LinkOutside { file: &shown }));
        }
        let text =
            std::fs::read_to_string(&path).with_context(|| lang.text(Msg::CannotRead { file: &shown }))?;
        sources.add(path, text);
    }
    let year = migrate::year(&sources.get(FileId(0)).text);
    let mut changed: Vec<(FileId, String, i64)> = Vec::new();
    for index in 0..sources.len() {
        let source = sources.get(FileId(index));
        let kind = canonical::kind_of(&source.path);
        let from = migrate::version(&source.text).unwrap_or(migrate::CURRENT);
        match migrate::migrate(&source.text, kind, year) {
            Ok(Some(text)) => changed.push((FileId(index), text, from)),
            Ok(None) => {}
            Err(error) => bail!(refusal(&error, &source.display, lang)),
        }
    }
    if changed.is_empty() {
        context.note(Msg::NothingToMigrate { count: sources.len(), version: migrate::CURRENT })?;
        return Ok(Exit::Success);
    }
    check(context, &dir, &sources, &changed)?;
    if !options.dry_run {
        // Every refusal before the first write, so that exit 2 means no file was changed.
        for (file, _, _) in &changed {
            progress::refuse_read_only(sources.get(*file), lang)?;
        }
    }
    let mut out = String::new();
    for (file, text, from) in &changed {
        let source = sources.get(*file);
        if options.dry_run {
            let path = source.display.strip_prefix("./").unwrap_or(&source.display);
            out.push_str(&render::diff::unified(&source.text, text, path));
            continue;
        }
        let outcome = write::replace_if_unchanged(&source.path, &source.text, text)
            .with_context(|| lang.text(Msg::CannotWrite { file: &source.display }))?;
        if outcome == Outcome::ChangedMeanwhile {
            bail!(lang.text(Msg::FileKeepsChanging { file: &source.display }));
        }
        // Naming the files upgraded is a note; the result is the files (or, dry, the diffs).
        context.note_written(Msg::Migrated { file: &source.display, from: *from, to: migrate::CURRENT });
    }
    if options.dry_run {
        context.print(&out)?
    }
    Ok(Exit::Success)
}

/// The plan the migrated files make must load without errors: else nothing is written.
fn check(
    context: &Context,
    dir: &std::path::Path,
    sources: &Sources,
    changed: &[(FileId, String, i64)],
) -> Result<()> {
    let texts: Vec<(PathBuf, String)> = (0..sources.len())
        .map(|index| {
            let source = sources.get(FileId(index));
            let text =
                changed.iter().find(|(file, _, _)| file.0 == index).map_or(&source.text, |(_, text, _)| text);
            (source.path.clone(), text.clone())
        })
        .collect();
    let after = load::load_texts(dir, texts, context.lang)?;
    if after.has_errors() {
        context.print_diagnostics(&after)?;
        bail!(context.lang.text(Msg::MigrationLeavesErrors { count: after.diagnostics.len() }));
    }
    Ok(())
}

fn refusal(error: &MigrateError, file: &str, lang: Lang) -> String {
    match error {
        MigrateError::NotToml => lang.text(Msg::MigrateNotToml { file }),
        MigrateError::UnknownVersion(version) => lang.text(Msg::MigrateUnknownVersion { file, version }),
        MigrateError::Wording { number, wording } => lang.text(Msg::MigrateWording { file, number, wording }),
        MigrateError::NoYear => lang.text(Msg::MigrateNoYear { file }),
    }
}
