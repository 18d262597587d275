//! `workplan log [NUMBER | AREA]`: the history of the plan, an area or one activity through git
//! commits, in the plan's terms, newest first.

use std::collections::BTreeSet;

use anyhow::{Result, bail};

use super::Context;
use super::diff::resolve_focus;
use crate::compare::Scope;
use crate::compare::focus::Focus;
use crate::exit::Exit;
use crate::git::{GitError, Repo};
use crate::history::{self, Entry, Reader};
use crate::i18n::{Lang, Msg};
use crate::load;
use crate::model::Plan;
use crate::number::{Number, nearest};
use crate::render::log::{self as render, LogFormat};

pub struct LogOptions {
    /// An activity's number, or an area's number or part of its name; the whole plan if `None`.
    pub target: Option<String>,
    pub format: LogFormat,
}

pub fn run(context: &Context, options: &LogOptions) -> Result<Exit> {
    let lang = context.lang;
    let dir = load::find_plan_dir(context.plan_dir.as_deref(), &context.cwd, lang)?;
    let repo = Repo::of(&dir).map_err(|error| anyhow::anyhow!(error.text(&dir, lang)))?;
    let fail = |error: GitError| anyhow::anyhow!(error.text(&repo.root, lang));
    let head = repo.commit("HEAD").map_err(fail)?;
    let mut reader = Reader::new(&repo, lang).map_err(fail)?;
    let latest = reader.snapshot(&head).map_err(fail)?;
    let entries = history::history(&mut reader, &head).map_err(fail)?;
    let whole = options.target.is_none();
    let (entries, name) = match options.target.as_deref() {
        None => (entries, None),
        Some(target) => narrow(&latest.plan, entries, target, lang)?,
    };
    let text = match (entries.is_empty(), options.format, &name) {
        (true, LogFormat::Text, None) => format!("{}\n", lang.text(Msg::NoHistory)),
        (true, LogFormat::Text, Some(what)) => format!("{}\n", lang.text(Msg::NoHistoryOf { what })),
        _ => render::render(&entries, whole, options.format, lang),
    };
    context.print(&text)?;
    Ok(Exit::Success)
}

/// The history of what `target` names, and how to name it when it has none: an activity (by a
/// number it has now or had), else an area.
fn narrow(
    plan: &Plan,
    entries: Vec<Entry>,
    target: &str,
    lang: Lang,
) -> Result<(Vec<Entry>, Option<String>)> {
    let Some(number) = target.trim().parse::<Number>().ok().filter(|n| n.segments().len() > 2) else {
        let focus = area_focus(plan, &entries, target, lang)?;
        let name = focus.areas.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
        return Ok((narrowed(entries, &focus), Some(name)));
    };
    let now = if plan.activity(&number).is_some() {
        number.clone()
    } else if mentioned(&entries, &number) {
        history::latest_number(&entries, &number)
    } else {
        let numbers: BTreeSet<&Number> = plan.activities().filter_map(|(_, a)| a.number.as_ref()).collect();
        let closest: Vec<String> = nearest(&number, numbers, 3).iter().map(ToString::to_string).collect();
        bail!(lang.text(Msg::UnknownActivity { number: target, nearest: &closest.join(", ") }));
    };
    Ok((history::follow(entries, &now), Some(number.to_string())))
}

/// Whether any change of the history is to the activity or area numbered `number`.
fn mentioned(entries: &[Entry], number: &Number) -> bool {
    let text = number.to_string();
    entries.iter().flat_map(|entry| &entry.changes).any(|change| change.number == text)
}

/// The area named (by number or part of its name) as the plan now has it, or as a commit of its
/// history had it.
fn area_focus(plan: &Plan, entries: &[Entry], target: &str, lang: Lang) -> Result<Focus> {
    if let Some(number) = target.trim().parse::<Number>().ok().filter(|n| n.segments().len() == 2) {
        let in_history = entries
            .iter()
            .flat_map(|entry| &entry.changes)
            .any(|c| c.scope == Scope::Area && c.number == number.to_string());
        if in_history {
            return Ok(Focus { areas: vec![number], activities: Vec::new() });
        }
    }
    resolve_focus(&[plan], &[target.to_owned()], &[], lang)
}

/// The entries with only the changes `focus` keeps; those left with none are dropped (those
/// whose plan could not be read are kept).
fn narrowed(entries: Vec<Entry>, focus: &Focus) -> Vec<Entry> {
    entries
        .into_iter()
        .filter_map(|mut entry| {
            entry.changes.retain(|change| focus.keeps(change));
            (!entry.changes.is_empty() || !entry.unreadable.is_empty()).then_some(entry)
        })
        .collect()
}
