//! What `done`, `reopen` and `cancel` share: take the plan's lock, find the activity, let the
//! command decide the change, edit the activity's file, check that the edited file still loads,
//! then show the diff (`--dry-run`) or write it atomically and say what changed.
//!
//! Every refusal happens before anything is written, so a refused command changes no file.

use std::ops::Range;

use anyhow::{Context as _, Result, bail};
use chrono::NaiveDate;

use super::Context;
use super::show::find_activity;
use std::io::Write as _;

use crate::edit::lock::{self, LockError, PlanLock};
use crate::edit::write::{self, Outcome, ReadOnly};
use crate::edit::{self, Change, EditError, journal};
use crate::exit::Exit;
use crate::i18n::{Lang, Msg};
use crate::load;
use crate::model::{Activity, Area, Plan, Record, Status};
use crate::number::Number;
use crate::render;
use crate::source::SourceFile;

/// How many times an edit is made again on a file that an editor saved meanwhile.
const ATTEMPTS: usize = 3;

/// Which activity to change, and whether to only show the change.
pub struct Target<'a> {
    pub number: &'a str,
    pub dry_run: bool,
    /// Refuse a change after which `validate` finds more errors, as the commands that correct
    /// the plan do (`done --amend`, `reopen --record`); `Some(true)` is their `--force`. A new
    /// record needs no such check: `done` refuses the dates that `validate` would.
    pub gate: Option<bool>,
}

/// A command's change, and what it means in words ("carried out on 10 March 2022").
pub struct Decision<'a> {
    pub change: Change<'a>,
    pub what: String,
}

/// Changes the activity as `decide` says, given the plan and the activity as they are on disk
/// once the lock is held.
pub fn edit<'o>(
    context: &Context,
    target: &Target<'_>,
    mut decide: impl FnMut(&Plan, &Activity) -> Result<Decision<'o>>,
) -> Result<Exit> {
    let lang = context.lang;
    let dir = load::find_plan_dir(context.plan_dir.as_deref(), &context.cwd, lang)?;
    let _lock = if target.dry_run { None } else { Some(lock(&dir, lang)?) };
    let mut file = String::new();
    for _ in 0..ATTEMPTS {
        let loaded = context.load_plan()?;
        let (area, activity) = find_activity(&loaded.plan, target.number, context)?;
        let Some(number) = &activity.number else {
            bail!(lang.text(Msg::NotAnActivityNumber { value: target.number }));
        };
        let decision = decide(&loaded.plan, activity)?;
        let source = loaded.sources.get(area.file);
        let number_text = number.to_string();
        let region = region(area, number, source.text.len())
            .map_err(|error| edit_error(error, source, &number_text, lang))?;
        let edited = edit::apply_in(&source.text, region.clone(), number, decision.change)
            .map_err(|error| edit_error(error, source, &number_text, lang))?;
        let after = check(source, &edited, region, number, lang)?;
        if let Some(force) = target.gate {
            let change = super::plan_change::FileChange::edit(&loaded, area.file, edited.clone());
            super::plan_change::refuse_new_errors(context, &loaded, &[change], force)?;
        }
        if target.dry_run {
            let path = source.display.strip_prefix("./").unwrap_or(&source.display);
            context.print(&render::diff::unified(&source.text, &edited, path))?;
            return Ok(Exit::Success);
        }
        refuse_read_only(source, lang)?;
        file.clone_from(&source.display);
        let outcome = write::replace_if_unchanged(&source.path, &source.text, &edited)
            .with_context(|| lang.text(Msg::CannotWrite { file: &source.display }))?;
        if outcome == Outcome::Written {
            let line = lang.text(Msg::Changed {
                number: &number_text,
                title: after.title.trim_end_matches('.'),
                what: &decision.what,
                progress: &progress(&after, lang),
            });
            context.confirm(&format!("{line}\n"))?;
            return Ok(Exit::Success);
        }
    }
    bail!(lang.text(Msg::FileKeepsChanging { file: &file }))
}

/// The date given with `--on`, else today.
pub fn date(context: &Context, given: Option<&str>) -> Result<NaiveDate> {
    match given {
        None => Ok(context.today),
        Some(text) => match text.trim().parse() {
            Ok(day) => Ok(day),
            Err(_) => bail!(context.lang.text(Msg::BadDate { value: text })),
        },
    }
}

/// Refuses a date after today or before the plan was approved: progress is what happened
/// under this plan.
pub fn check_date(context: &Context, plan: &Plan, on: NaiveDate) -> Result<()> {
    let lang = context.lang;
    let date = on.to_string();
    if on > context.today {
        bail!(lang.text(Msg::DateInFuture { date: &date, today: &context.today.to_string() }));
    }
    if let Some(approval) = plan.info.approval.as_ref().filter(|approval| on < approval.on) {
        bail!(lang.text(Msg::DateBeforeApproval { date: &date, approved: &approval.on.to_string() }));
    }
    Ok(())
}

/// The record `wanted` (from 1, as `workplan records` lists them) and its position.
pub fn record<'a>(context: &Context, activity: &'a Activity, wanted: usize) -> Result<(usize, &'a Record)> {
    let index = wanted.checked_sub(1);
    match index.and_then(|index| activity.done.get(index).map(|record| (index, record))) {
        Some(found) => Ok(found),
        None => bail!(context.lang.text(Msg::NoSuchRecord {
            number: &activity.number_text(),
            wanted,
            count: activity.done.len()
        })),
    }
}

/// Progress in short: "2/4" for a counted activity, else its status in words.
fn progress(activity: &Activity, lang: Lang) -> String {
    if activity.is_counted() && activity.status() != Status::Cancelled {
        format!("{}/{}", activity.times_done(), activity.times_planned())
    } else {
        lang.describe(&activity.status()).to_owned()
    }
}

/// Takes the plan directory's lock (saying so if another process holds it, and giving up after
/// `WORKPLAN_LOCK_TIMEOUT`), then removes the temporary files a killed writer left.
pub(super) fn lock(dir: &std::path::Path, lang: Lang) -> Result<PlanLock> {
    let shown = dir.display().to_string();
    if write::dir_read_only(dir).with_context(|| lang.text(Msg::CannotOpenDir { dir: &shown }))? {
        bail!(lang.text(Msg::ReadOnlyDir { dir: &shown }));
    }
    let setting = std::env::var("WORKPLAN_LOCK_TIMEOUT").ok();
    let Some(timeout) = lock::timeout(setting.as_deref()) else {
        bail!(lang.text(Msg::BadLockTimeout { value: setting.as_deref().unwrap_or_default() }));
    };
    let waiting = || {
        let _ = writeln!(std::io::stderr().lock(), "{}", lang.text(Msg::WaitingForLock { dir: &shown }));
    };
    let held = match PlanLock::acquire(dir, timeout, waiting) {
        Ok(held) => held,
        Err(LockError::Io(error)) => {
            return Err(error).with_context(|| lang.text(Msg::CannotLock { dir: &shown }));
        }
        Err(LockError::TimedOut) => {
            bail!(lang.text(Msg::LockTimedOut { dir: &shown, seconds: timeout.as_secs_f64() }))
        }
    };
    // An import killed after its journal was written is finished first; only then are the
    // temporary files left by killed writers removed (the journal's are among them).
    journal::complete(dir).with_context(|| lang.text(Msg::CannotFinishImport { dir: &shown }))?;
    write::remove_leftovers(dir).with_context(|| lang.text(Msg::CannotWrite { file: &shown }))?;
    Ok(held)
}

pub(super) fn refuse_read_only(source: &SourceFile, lang: Lang) -> Result<()> {
    let file = &source.display;
    let read_only = write::read_only(&source.path).with_context(|| lang.text(Msg::CannotWrite { file }))?;
    match read_only {
        Some(ReadOnly::File) => bail!(lang.text(Msg::ReadOnlyFile { file })),
        Some(ReadOnly::Dir) => {
            let dir = source.path.parent().map(|dir| dir.display().to_string()).unwrap_or_default();
            bail!(lang.text(Msg::ReadOnlyDir { dir: &dir }))
        }
        None => Ok(()),
    }
}

/// Where the activity numbered `number` lies in its area's file: from its `[[activity]]` header
/// to the next activity's. Two activities with the number make the edit ambiguous.
pub(super) fn region(area: &Area, number: &Number, file_len: usize) -> Result<Range<usize>, EditError> {
    let numbered = |activity: &Activity| activity.number.as_ref() == Some(number);
    let mut positions = area.activities.iter().enumerate().filter(|(_, activity)| numbered(activity));
    let (index, activity) = positions.next().ok_or(EditError::Layout { key: "activity" })?;
    if positions.next().is_some() {
        return Err(EditError::Ambiguous);
    }
    let end = area.activities.get(index + 1).map_or(file_len, |next| next.spans.table.start);
    Ok(activity.spans.table.start..end)
}

/// The activity as the edited text describes it; an edit that would not load is never written.
/// Only the edited activity is read again: the rest of the file is as it was when it loaded.
fn check(
    source: &SourceFile,
    edited: &str,
    region: Range<usize>,
    number: &Number,
    lang: Lang,
) -> Result<Activity> {
    let grown = edited.len() - (source.text.len() - region.end);
    let piece = edited.get(region.start..grown);
    piece
        .and_then(load::decode_activities)
        .and_then(|activities| {
            activities.into_iter().find(|activity| activity.number.as_ref() == Some(number))
        })
        .ok_or_else(|| anyhow::anyhow!(lang.text(Msg::EditNotValid { file: &source.display })))
}

pub(super) fn edit_error(error: EditError, source: &SourceFile, number: &str, lang: Lang) -> anyhow::Error {
    let file = &source.display;
    anyhow::anyhow!(match error {
        EditError::Layout { key } => lang.text(Msg::CannotEdit { file, number, key }),
        EditError::Invalid => lang.text(Msg::EditNotValid { file }),
        EditError::Ambiguous => lang.text(Msg::AmbiguousNumber { file, number }),
    })
}
