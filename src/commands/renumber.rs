//! `workplan renumber FROM TO`: moves an activity to a new position within its area and numbers
//! the area's activities 1 to n again, moving their tables so that the file stays in order.
//!
//! Like `done`: under the plan's lock, format-preserving, checked before it is written (the
//! edited area must say the same activities, only renumbered), written atomically, and shown as
//! a diff with `--dry-run`. Every refusal comes before anything is written.

use std::collections::HashMap;

use anyhow::{Context as _, Result, bail};

use super::Context;
use super::progress;
use super::show::find_activity;
use crate::compare;
use crate::edit::EditError;
use crate::edit::renumber::renumber;
use crate::edit::write::{self, Outcome};
use crate::exit::Exit;
use crate::i18n::{Lang, Msg};
use crate::load;
use crate::model::{Activity, Area, Plan};
use crate::number::Number;
use crate::render;
use crate::source::SourceFile;

/// How many times the edit is made again on a file that an editor saved meanwhile.
const ATTEMPTS: usize = 3;

pub struct RenumberOptions {
    /// The activity's number now.
    pub from: String,
    /// The number it is to have.
    pub to: String,
    pub dry_run: bool,
}

/// What one renumbering does: the area's numbers in their new order, and each number that
/// changes, the moved activity's first.
struct Renumbering {
    order: Vec<Number>,
    moves: Vec<(Number, Number)>,
}

pub fn run(context: &Context, options: &RenumberOptions) -> Result<Exit> {
    let lang = context.lang;
    let dir = load::find_plan_dir(context.plan_dir.as_deref(), &context.cwd, lang)?;
    let _lock = if options.dry_run { None } else { Some(progress::lock(&dir, lang)?) };
    let Ok(to) = options.to.trim().parse::<Number>() else {
        bail!(lang.text(Msg::NotAnActivityNumber { value: &options.to }));
    };
    let mut file = String::new();
    for _ in 0..ATTEMPTS {
        let loaded = context.load_plan()?;
        let (area, activity) = find_activity(&loaded.plan, &options.from, context)?;
        let Some(from) = activity.number.clone() else {
            bail!(lang.text(Msg::NotAnActivityNumber { value: &options.from }));
        };
        let renumbering = decide(area, &from, &to, lang)?;
        if renumbering.moves.is_empty() {
            context.note(Msg::NothingToRenumber { number: &from.to_string() })?;
            return Ok(Exit::Success);
        }
        let source = loaded.sources.get(area.file);
        let edited = renumber(&source.text, &area.number, &renumbering.order)
            .map_err(|error| edit_error(error, source, &area.number, lang))?;
        check(source, &edited, &renumbering.order, lang)?;
        if options.dry_run {
            let path = source.display.strip_prefix("./").unwrap_or(&source.display);
            context.print(&render::diff::unified(&source.text, &edited, path))?;
            return Ok(Exit::Success);
        }
        progress::refuse_read_only(source, lang)?;
        file.clone_from(&source.display);
        let outcome = write::replace_if_unchanged(&source.path, &source.text, &edited)
            .with_context(|| lang.text(Msg::CannotWrite { file: &source.display }))?;
        if outcome == Outcome::Written {
            let moves: Vec<String> =
                renumbering.moves.iter().map(|(old, new)| format!("{old} -> {new}")).collect();
            context.confirm(&format!("{}\n", moves.join(", ")))?;
            return Ok(Exit::Success);
        }
    }
    bail!(lang.text(Msg::FileKeepsChanging { file: &file }))
}

/// The area's new order with `from` at the position `to` names, or why it cannot be.
fn decide(area: &Area, from: &Number, to: &Number, lang: Lang) -> Result<Renumbering> {
    let (from_text, to_text, area_text) = (from.to_string(), to.to_string(), area.number.to_string());
    if to.parent().as_ref() != Some(&area.number) {
        bail!(lang.text(Msg::RenumberOtherArea { from: &from_text, to: &to_text, area: &area_text }));
    }
    let mut order: Vec<Number> =
        area.activities.iter().filter_map(|activity| activity.number.clone()).collect();
    order.sort();
    let count = u32::try_from(order.len()).unwrap_or(u32::MAX);
    if !(1..=count).contains(&to.last()) {
        let last = area.number.child(count).to_string();
        let nearest = area.number.child(to.last().clamp(1, count)).to_string();
        bail!(lang.text(Msg::RenumberOutOfRange {
            to: &to_text,
            area: &area_text,
            count,
            last: &last,
            nearest: &nearest
        }));
    }
    let at = order.iter().position(|number| number == from).unwrap_or_default();
    let moved = order.remove(at);
    order.insert(to.last() as usize - 1, moved);
    let mut moves: Vec<(Number, Number)> = order
        .iter()
        .enumerate()
        .map(|(index, old)| (old.clone(), area.number.child(u32::try_from(index + 1).unwrap_or(u32::MAX))))
        .filter(|(old, new)| old != new)
        .collect();
    moves.sort_by_key(|(old, _)| (old != from, old.clone()));
    Ok(Renumbering { order, moves })
}

/// The edited area must hold the same activities in the new order, numbered 1 to n, and
/// nothing else changed: the old area, reordered and renumbered by hand, must compare equal.
fn check(source: &SourceFile, edited: &str, order: &[Number], lang: Lang) -> Result<()> {
    let invalid = || anyhow::anyhow!(lang.text(Msg::EditNotValid { file: &source.display }));
    let after = load::decode_area(edited).ok_or_else(invalid)?;
    let mut before = load::decode_area(&source.text).ok_or_else(invalid)?;
    let mut old: Vec<Option<Activity>> = before.activities.drain(..).map(Some).collect();
    // By number through a map: searching the list for each activity is quadratic.
    let mut by_number: HashMap<Number, usize> = HashMap::with_capacity(old.len());
    for (index, activity) in old.iter().enumerate() {
        if let Some(number) = activity.as_ref().and_then(|a| a.number.clone()) {
            by_number.entry(number).or_insert(index);
        }
    }
    for (index, wanted) in order.iter().enumerate() {
        let slot = by_number.get(wanted).and_then(|at| old.get_mut(*at));
        let mut activity = slot.and_then(Option::take).ok_or_else(invalid)?;
        activity.number = Some(before.number.child(u32::try_from(index + 1).unwrap_or(u32::MAX)));
        before.activities.push(activity);
    }
    let plan = |area| Plan { areas: vec![area], ..Plan::default() };
    if compare::compare(&plan(before), &plan(after)).is_empty() { Ok(()) } else { Err(invalid()) }
}

fn edit_error(error: EditError, source: &SourceFile, area: &Number, lang: Lang) -> anyhow::Error {
    let file = &source.display;
    anyhow::anyhow!(match error {
        EditError::Layout { key } => lang.text(Msg::CannotEdit { file, number: &area.to_string(), key }),
        EditError::Invalid => lang.text(Msg::EditNotValid { file }),
        EditError::Ambiguous => lang.text(Msg::AmbiguousNumber { file, number: &area.to_string() }),
    })
}
