//! `workplan diff [REV] [REV2]`: what changed in the plan between two git revisions (by default
//! from `HEAD` to the working tree), in the plan's own terms.
//!
//! Each revision's plan files are read from git's object store into memory and loaded like files
//! on disk ([`load::load_texts`]); the working tree is the plan directory as it is. Also
//! `workplan git-diff-driver`, which `git diff` runs for each changed plan file once the driver
//! of docs/ci.md is configured.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use super::Context;
use crate::canonical::{self, FileKind};
use crate::compare;
use crate::exit::Exit;
use crate::git::{GitError, Repo};
use crate::i18n::{Lang, Msg};
use crate::load::{self, Loaded};
use crate::model::Plan;
use crate::render;
use crate::render::changes::{ChangesFormat, Compared, Side};

pub struct DiffOptions {
    /// The older revision [default: HEAD].
    pub from: Option<String>,
    /// The newer revision [default: the working tree].
    pub to: Option<String>,
    pub format: ChangesFormat,
}

pub fn run(context: &Context, options: &DiffOptions) -> Result<Exit> {
    let lang = context.lang;
    let dir = load::find_plan_dir(context.plan_dir.as_deref(), &context.cwd, lang)?;
    let repo = Repo::of(&dir).map_err(|error| git_error(error, &dir, lang))?;
    let from_revision = options.from.as_deref().unwrap_or("HEAD");
    let (old, from) = at_revision(context, &repo, from_revision)?;
    let (new, to) = match options.to.as_deref() {
        Some(revision) => at_revision(context, &repo, revision)?,
        None => (context.load_plan()?, Side::default()),
    };
    let changes = compare::compare(&old.plan, &new.plan);
    let compared = Compared::Revisions { from, to };
    context.print(&render::changes::render(&changes, &compared, options.format, lang))?;
    Ok(Exit::Success)
}

/// The plan as it is at `revision`, and how to name that side.
fn at_revision(context: &Context, repo: &Repo, revision: &str) -> Result<(Loaded, Side)> {
    let lang = context.lang;
    let fail = |error| git_error(error, &repo.root, lang);
    let commit = repo.commit(revision).map_err(fail)?;
    let files = repo.plan_files(&commit).map_err(fail)?;
    let prefix = repo.prefix.trim_end_matches('/');
    let dir = PathBuf::from(format!("{revision}:{}", if prefix.is_empty() { "." } else { prefix }));
    let in_dir = |path: &str| dir.join(path.strip_prefix(&repo.prefix).unwrap_or(path));
    let files: Vec<(PathBuf, String)> = files.into_iter().map(|(path, text)| (in_dir(&path), text)).collect();
    if !files.iter().any(|(path, _)| path == &dir.join(load::PLAN_FILE)) {
        let shown = if prefix.is_empty() { "." } else { prefix };
        bail!(lang.text(Msg::NoPlanAtRevision { dir: shown, revision }));
    }
    let loaded = load::load_texts(&dir, files, lang)?;
    if loaded.has_errors() {
        context.print_diagnostics(&loaded)?;
        bail!(lang.text(Msg::RevisionHasErrors { revision, count: loaded.diagnostics.len() }));
    }
    Ok((loaded, Side { revision: Some(revision.to_owned()), commit: Some(commit) }))
}

fn git_error(error: GitError, dir: &Path, lang: Lang) -> anyhow::Error {
    anyhow::anyhow!(match error {
        GitError::Missing => lang.text(Msg::GitMissing),
        GitError::NotARepository => lang.text(Msg::NotAGitRepository { dir: &dir.display().to_string() }),
        GitError::UnknownRevision(revision) => lang.text(Msg::UnknownRevision { revision: &revision }),
        GitError::Failed(message) => lang.text(Msg::GitFailed { message: &message }),
    })
}

/// The arguments `git diff` gives an external diff driver: the file's path, then the old file,
/// its hash and mode, then the new file, its hash and mode (`/dev/null` for a side that does
/// not exist), and for a rename the new path and a description.
pub struct DriverOptions {
    pub args: Vec<PathBuf>,
}

/// `git diff`'s external diff driver: the changes of one plan file, in words. A side that does
/// not load (a file with a mistake, or not a plan file at all) is shown as a plain diff instead.
pub fn driver(context: &Context, options: &DriverOptions) -> Result<Exit> {
    let lang = context.lang;
    let [path, old_file, _, _, new_file, _, _, rest @ ..] = options.args.as_slice() else {
        bail!(lang.text(Msg::DriverArguments { count: options.args.len() }));
    };
    let new_path = rest.first().unwrap_or(path);
    let (old_text, new_text) = (side(old_file, lang)?, side(new_file, lang)?);
    let shown = new_path.display().to_string();
    let text = match (plan_of(path, &old_text, lang), plan_of(new_path, &new_text, lang)) {
        (Some(old), Some(new)) => {
            let changes = compare::compare(&old, &new);
            render::changes::render(&changes, &Compared::File(shown), ChangesFormat::Text, lang)
        }
        _ => render::diff::unified(&old_text, &new_text, &shown),
    };
    context.print(&text)?;
    Ok(Exit::Success)
}

/// The text of one side of the change. git names a side that does not exist `/dev/null`; any
/// other file that cannot be read is an error (exit 2), never an empty side that would make the
/// diff say "no changes" or "everything added".
fn side(file: &Path, lang: Lang) -> Result<String> {
    let shown = file.display().to_string();
    let bytes = std::fs::read(file).with_context(|| lang.text(Msg::CannotRead { file: &shown }))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The plan one file makes on its own: `plan.toml` without areas, or one area. An empty text
/// (the side of a file that does not exist) is an empty plan.
fn plan_of(path: &Path, text: &str, lang: Lang) -> Option<Plan> {
    if text.is_empty() {
        return Some(Plan::default());
    }
    let name = path.file_name().map(PathBuf::from).unwrap_or_default();
    match canonical::kind_of(path) {
        FileKind::Plan => {
            let loaded = load::load_texts(Path::new(""), vec![(name, text.to_owned())], lang).ok()?;
            (!loaded.has_errors()).then_some(loaded.plan)
        }
        FileKind::Area => load::decode_area(text).map(|area| Plan { areas: vec![area], ..Plan::default() }),
    }
}
