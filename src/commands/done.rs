//! `workplan done`: records that an activity was carried out (once more, for a counted one).

use anyhow::{Result, bail};
use chrono::{Datelike, NaiveDate};

use super::Context;
use super::progress::{self, Decision, Target};
use crate::edit::Change;
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::model::{Activity, Plan, Status};

pub struct DoneOptions {
    pub number: String,
    /// The day it was carried out, as given (`YYYY-MM-DD`); today if not given.
    pub on: Option<String>,
    pub note: Option<String>,
    /// Record it even if the activity is cancelled or has reached its target, or the day is
    /// outside the plan's year.
    pub force: bool,
    /// `--amend N`: change that record (from 1, as `workplan records` lists them) instead.
    pub amend: Option<usize>,
    pub dry_run: bool,
}

pub fn run(context: &Context, options: &DoneOptions) -> Result<Exit> {
    let lang = context.lang;
    if let Some(wanted) = options.amend {
        return amend(context, options, wanted);
    }
    let on = progress::date(context, options.on.as_deref())?;
    let note = options.note.as_deref().map(str::trim).filter(|note| !note.is_empty());
    let target = Target { number: &options.number, dry_run: options.dry_run, gate: None };
    progress::edit(context, &target, |plan, activity| {
        progress::check_date(context, plan, on)?;
        if !options.force {
            refuse_outside_plan_year(context, plan, on)?;
            refuse_closed(context, activity)?;
        }
        let what = lang.text(Msg::CarriedOut { date: &lang.date(on) });
        Ok(Decision { change: Change::AddRecord { on, note }, what })
    })
}

/// Refuses a day outside the plan's year: a record made in December 2026 does not belong in the
/// 2022 plan, unless the person says so with `--force`.
fn refuse_outside_plan_year(context: &Context, plan: &Plan, on: NaiveDate) -> Result<()> {
    let year = plan.info.year;
    if on.year() != year {
        bail!(context.lang.text(Msg::DateOutsidePlanYear { date: &on.to_string(), year }));
    }
    Ok(())
}

/// Corrects the date or the note of any record, keeping its place in the list.
fn amend(context: &Context, options: &DoneOptions, wanted: usize) -> Result<Exit> {
    let lang = context.lang;
    let on = options.on.as_deref().map(|on| progress::date(context, Some(on))).transpose()?;
    if on.is_none() && options.note.is_none() {
        bail!(lang.text(Msg::NothingToAmend));
    }
    let note = options.note.as_deref();
    let target = Target { number: &options.number, dry_run: options.dry_run, gate: Some(options.force) };
    progress::edit(context, &target, |plan, activity| {
        let (index, record) = progress::record(context, activity, wanted)?;
        if let Some(on) = on {
            progress::check_date(context, plan, on)?;
            if !options.force {
                refuse_outside_plan_year(context, plan, on)?;
            }
        }
        let what = lang.text(Msg::RecordAmended { date: &lang.date(on.unwrap_or(record.on)) });
        Ok(Decision { change: Change::ReplaceRecord { index, on, note }, what })
    })
}

/// Refuses to record a cancelled activity, or one that has all its records.
fn refuse_closed(context: &Context, activity: &Activity) -> Result<()> {
    let lang = context.lang;
    let number = activity.number_text();
    let number = number.as_str();
    match (activity.status(), &activity.cancelled, activity.done.last()) {
        (Status::Cancelled, Some(cancelled), _) => {
            bail!(lang.text(Msg::DoneWhileCancelled { number, on: &lang.date(cancelled.on) }))
        }
        (Status::Done, _, _) if activity.is_counted() => bail!(lang.text(Msg::TargetReached {
            number,
            done: activity.times_done(),
            target: activity.times_planned()
        })),
        (Status::Done, _, Some(record)) => {
            bail!(lang.text(Msg::AlreadyDone { number, on: &lang.date(record.on) }))
        }
        _ => Ok(()),
    }
}
