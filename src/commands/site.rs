//! `workplan site --out DIR`: the plan as a static site to publish (GitHub or GitLab Pages).
//!
//! The whole site is made in memory before anything is written, so that a plan that does not
//! load, or a directory that may not be used, leaves everything as it was (exit 2). Files are
//! written only inside `DIR`, by name, and a file whose bytes did not change is not touched.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use super::Context;
use crate::edit::write::{create_dir_with, write_files_in};
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::render::site::{self as rendering, MARKER, SiteFile};

pub struct SiteOptions {
    pub out: PathBuf,
    /// Write into a non-empty directory that holds no site, among its files.
    pub force: bool,
}

pub fn run(context: &Context, options: &SiteOptions) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let plan = &loaded.plan;
    let as_of = if context.today_given { context.today } else { rendering::as_of(plan) };
    let site_options = rendering::SiteOptions { lang: context.lang, as_of, today_given: context.today_given };
    let mut files = rendering::site(plan, &site_options)?;
    let marker = rendering::marker(&files);
    let shown = options.out.display().to_string();
    let previous = previous_site(&options.out, options.force, &shown, context)?;
    files.push(SiteFile { name: MARKER.to_owned(), bytes: marker.into_bytes() });
    let count = files.len() - 1;
    write(&options.out, &files, previous.as_deref())
        .with_context(|| context.lang.text(Msg::CannotWriteSite { dir: &shown }))?;
    context.note(Msg::SiteWritten { dir: &shown, files: count })?;
    Ok(Exit::Success)
}

/// What `DIR` holds: `None` when it does not exist yet, else the previous site's marker (empty
/// for an empty directory or one written into with `--force`). Refuses a directory that holds
/// other files, unless forced, and anything that is not a directory.
fn previous_site(out: &Path, force: bool, shown: &str, context: &Context) -> Result<Option<String>> {
    let metadata = match fs::metadata(out) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => {
            return Err(error).with_context(|| context.lang.text(Msg::CannotWriteSite { dir: shown }));
        }
    };
    if !metadata.is_dir() {
        bail!(context.lang.text(Msg::SiteNotDirectory { dir: shown }));
    }
    match fs::read_to_string(out.join(MARKER)) {
        Ok(marker) => return Ok(Some(marker)),
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(error) => {
            return Err(error).with_context(|| context.lang.text(Msg::CannotWriteSite { dir: shown }));
        }
    }
    let empty = fs::read_dir(out)
        .with_context(|| context.lang.text(Msg::CannotWriteSite { dir: shown }))?
        .next()
        .is_none();
    if !empty && !force {
        bail!(context.lang.text(Msg::SiteNotEmpty { dir: shown }));
    }
    Ok(Some(String::new()))
}

/// Writes the site: a new directory all at once; into an existing one, the files that changed,
/// then removes the pages the previous site had and this one has not (an area removed).
fn write(out: &Path, files: &[SiteFile], previous: Option<&str>) -> io::Result<()> {
    let named: Vec<(String, &[u8])> =
        files.iter().map(|file| (file.name.clone(), file.bytes.as_slice())).collect();
    let Some(previous) = previous else { return create_dir_with(out, &named) };
    let changed: Vec<(String, &[u8])> =
        named.into_iter().filter(|(name, bytes)| !holds(&out.join(name), bytes)).collect();
    write_files_in(out, &changed)?;
    for name in rendering::marker_names(previous) {
        if files.iter().all(|file| file.name != name) {
            remove_stale(&out.join(name))?;
        }
    }
    Ok(())
}

/// Whether `path` is a plain file holding exactly `bytes` already.
fn holds(path: &Path, bytes: &[u8]) -> bool {
    let is_file = fs::symlink_metadata(path).is_ok_and(|metadata| metadata.is_file());
    is_file && fs::read(path).is_ok_and(|old| old == bytes)
}

/// Removes a file of the previous site; a link is removed, never followed, and one already gone
/// is no error.
fn remove_stale(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(metadata) if !metadata.is_dir() => fs::remove_file(path),
        _ => Ok(()),
    }
}
