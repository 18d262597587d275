//! `workplan cancel`: marks an activity as dropped, with the reason and the date.

use anyhow::{Result, bail};

use super::Context;
use super::progress::{self, Decision, Target};
use crate::edit::Change;
use crate::exit::Exit;
use crate::i18n::Msg;

pub struct CancelOptions {
    pub number: String,
    pub reason: String,
    /// The day it was dropped, as given (`YYYY-MM-DD`); today if not given.
    pub on: Option<String>,
    /// Replace the date and reason of an activity already cancelled.
    pub force: bool,
    pub dry_run: bool,
}

pub fn run(context: &Context, options: &CancelOptions) -> Result<Exit> {
    let lang = context.lang;
    let reason = options.reason.trim();
    if reason.is_empty() {
        bail!(lang.text(Msg::EmptyReason));
    }
    let on = progress::date(context, options.on.as_deref())?;
    let target = Target { number: &options.number, dry_run: options.dry_run, gate: None };
    progress::edit(context, &target, |plan, activity| {
        progress::check_date(context, plan, on)?;
        if let Some(cancelled) = activity.cancelled.as_ref().filter(|_| !options.force) {
            let number = activity.number_text();
            bail!(lang.text(Msg::AlreadyCancelled { number: &number, on: &lang.date(cancelled.on) }));
        }
        let what = lang.text(Msg::CancelledOn { date: &lang.date(on) });
        Ok(Decision { change: Change::Cancel { on, reason }, what })
    })
}
