//! `workplan diff [REV] [REV2]`: what changed in the plan between two git revisions (by default
//! from `HEAD` to the working tree), in the plan's own terms.
//!
//! Each revision's plan files are read from git's object store into memory and loaded like files
//! on disk ([`load::load_texts`]); the working tree is the plan directory as it is. Also
//! `workplan git-diff-driver`, which `git diff` runs for each changed plan file once the driver
//! of docs/ci.md is configured.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use super::Context;
use crate::canonical::{self, FileKind};
use crate::compare::{self, focus::Focus};
use crate::exit::Exit;
use crate::i18n::{Lang, Msg};
use crate::load::{self, Loaded};
use crate::model::{AreaQuery, Plan};
use crate::number::{Number, nearest};
use crate::render;
use crate::render::changes::{ChangesFormat, Compared, Side};

pub struct DiffOptions {
    /// The older revision [default: HEAD].
    pub from: Option<String>,
    /// The newer revision [default: the working tree].
    pub to: Option<String>,
    pub format: ChangesFormat,
    /// Only these areas (`--area`): numbers or parts of their names.
    pub areas: Vec<String>,
    /// Only these activities (`--activity`).
    pub activities: Vec<String>,
}

pub fn run(context: &Context, options: &DiffOptions) -> Result<Exit> {
    let lang = context.lang;
    let dir = load::find_plan_dir(context.plan_dir.as_deref(), &context.cwd, lang)?;
    let from_revision = options.from.as_deref().unwrap_or("HEAD");
    let (old, from) = at_revision(context, &dir, from_revision)?;
    let (new, to) = match options.to.as_deref() {
        Some(revision) => at_revision(context, &dir, revision)?,
        None => (context.load_plan()?, Side::default()),
    };
    let focus = resolve_focus(&[&old.plan, &new.plan], &options.areas, &options.activities, lang)?;
    let mut changes = compare::compare(&old.plan, &new.plan);
    changes.retain(|change| focus.keeps(change));
    let compared = Compared::Revisions { from, to, only: focus_name(&focus, lang) };
    context.print(&render::changes::render(&changes, &compared, options.format, lang))?;
    Ok(Exit::Success)
}

/// The areas and activities named on the command line, as numbers: each must be in one of
/// `plans` (an area may also be named by part of its name, accents and case aside), so that a
/// typing mistake is an error rather than an empty review.
pub(super) fn resolve_focus(
    plans: &[&Plan],
    areas: &[String],
    activities: &[String],
    lang: Lang,
) -> Result<Focus> {
    let mut focus = Focus::default();
    let all_areas = || plans.iter().flat_map(|plan| plan.areas.iter());
    for wanted in areas {
        let query = AreaQuery::new(wanted);
        let found: Vec<Number> =
            all_areas().filter(|area| area.answers_to(&query)).map(|area| area.number.clone()).collect();
        if found.is_empty() {
            let known: BTreeSet<&Number> = all_areas().map(|area| &area.number).collect();
            let known: Vec<String> = known.iter().map(ToString::to_string).collect();
            bail!(lang.text(Msg::NoAreaMatches { area: wanted, areas: &known.join(", ") }));
        }
        focus.areas.extend(found);
    }
    for wanted in activities {
        let Ok(number) = wanted.trim().parse::<Number>() else {
            bail!(lang.text(Msg::NotAnActivityNumber { value: wanted }));
        };
        if !plans.iter().any(|plan| plan.activity(&number).is_some()) {
            let numbers: BTreeSet<&Number> = plans
                .iter()
                .flat_map(|plan| plan.activities())
                .filter_map(|(_, a)| a.number.as_ref())
                .collect();
            let closest: Vec<String> = nearest(&number, numbers, 3).iter().map(ToString::to_string).collect();
            bail!(lang.text(Msg::UnknownActivity { number: wanted, nearest: &closest.join(", ") }));
        }
        focus.activities.push(number);
    }
    focus.areas.sort();
    focus.areas.dedup();
    Ok(focus)
}

/// "area 3.3, activity 3.1.4", for the heading of a narrowed review; `None` when not narrowed.
fn focus_name(focus: &Focus, lang: Lang) -> Option<String> {
    let areas = focus.areas.iter().map(|number| lang.text(Msg::FocusArea { number: &number.to_string() }));
    let activities =
        focus.activities.iter().map(|number| lang.text(Msg::FocusActivity { number: &number.to_string() }));
    let names: Vec<String> = areas.chain(activities).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// The plan as it is at `revision`, and how to name that side.
fn at_revision(context: &Context, dir: &Path, revision: &str) -> Result<(Loaded, Side)> {
    let lang = context.lang;
    let (loaded, commit) = load::load_revision(dir, revision, lang)?;
    if loaded.has_errors() {
        context.print_diagnostics(&loaded)?;
        bail!(lang.text(Msg::RevisionHasErrors { revision, count: loaded.diagnostics.len() }));
    }
    Ok((loaded, Side { revision: Some(revision.to_owned()), commit: Some(commit) }))
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
    // git runs the driver once per file and joins the outputs: a blank line keeps them apart.
    context.print(&format!("{text}\n"))?;
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
