//! `workplan reopen`: undoes an activity's cancellation, else its latest record.

use anyhow::{Result, bail};

use super::Context;
use super::progress::{self, Decision, Target};
use crate::edit::Change;
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::model::{Activity, Record};

pub struct ReopenOptions {
    pub number: String,
    /// `--record N`: remove this record (from 1, as `workplan records` lists them) instead.
    pub record: Option<usize>,
    pub dry_run: bool,
}

pub fn run(context: &Context, options: &ReopenOptions) -> Result<Exit> {
    let lang = context.lang;
    let target =
        Target { number: &options.number, dry_run: options.dry_run, gate: options.record.map(|_| false) };
    progress::edit(context, &target, |_, activity| {
        if let Some(wanted) = options.record {
            let (index, record) = progress::record(context, activity, wanted)?;
            let what = lang.text(Msg::RecordRemoved { date: &lang.date(record.on) });
            return Ok(Decision { change: Change::RemoveRecord { index }, what });
        }
        if activity.cancelled.is_some() {
            return Ok(Decision { change: Change::Uncancel, what: lang.text(Msg::NoLongerCancelled) });
        }
        let Some((index, record)) = latest(activity) else {
            bail!(lang.text(Msg::NothingToReopen { number: &activity.number_text() }));
        };
        let what = lang.text(Msg::RecordRemoved { date: &lang.date(record.on) });
        Ok(Decision { change: Change::RemoveRecord { index }, what })
    })
}

/// The latest record and its position: the latest date, and of records on one day the last.
fn latest(activity: &Activity) -> Option<(usize, &Record)> {
    activity.done.iter().enumerate().max_by_key(|(index, record)| (record.on, *index))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(on: &str) -> Record {
        Record { on: on.parse().expect("a test date"), note: None, span: 0..0 }
    }

    #[test]
    fn the_latest_record_is_by_date_then_by_position() {
        let mut activity = Activity::default();
        assert!(latest(&activity).is_none());
        activity.done =
            vec![record("2022-06-01"), record("2022-03-01"), record("2022-06-01"), record("2022-04-01")];
        assert_eq!(latest(&activity).map(|(index, _)| index), Some(2));
    }
}
