//! `workplan remove`: takes an activity out of its area and numbers the rest 1 to n again. An
//! activity with records is refused unless `--force`: `cancel` keeps its history.

use anyhow::{Result, bail};

use super::Context;
use super::plan_change::{self, FileChange, Proposal, Write};
use super::progress;
use super::show::find_activity;
use crate::edit::activities::take;
use crate::edit::renumber::renumber;
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::number::Number;

pub struct RemoveOptions {
    pub number: String,
    /// Remove it even if it has records.
    pub force: bool,
    pub write: Write,
}

pub fn run(context: &Context, options: &RemoveOptions) -> Result<Exit> {
    let lang = context.lang;
    let write = Write { force: options.force || options.write.force, ..options.write };
    plan_change::run(context, write, |loaded| {
        let (area, activity) = find_activity(&loaded.plan, &options.number, context)?;
        let Some(number) = &activity.number else {
            bail!(lang.text(Msg::NotAnActivityNumber { value: &options.number }));
        };
        let number_text = number.to_string();
        if !activity.done.is_empty() && !options.force {
            bail!(lang.text(Msg::HasRecords { number: &number_text, count: activity.done.len() }));
        }
        let source = loaded.sources.get(area.file);
        let fail = |error| progress::edit_error(error, source, &number_text, lang);
        let region = progress::region(area, number, source.text.len()).map_err(fail)?;
        let (rest, _) = take(&source.text, region, number, number).map_err(fail)?;
        let text =
            close_up(&rest, &area.number, area.activities.iter().filter_map(|a| a.number.clone()), number)
                .map_err(fail)?;
        let message = lang
            .text(Msg::ActivityRemoved { number: &number_text, title: activity.title.trim_end_matches('.') });
        Ok(Proposal { files: vec![FileChange::edit(loaded, area.file, text)], message })
    })
}

/// The area's text with its activities other than `gone` numbered 1 to n, in number order;
/// untouched when they already are.
pub(super) fn close_up(
    text: &str,
    area: &Number,
    numbers: impl Iterator<Item = Number>,
    gone: &Number,
) -> Result<String, crate::edit::EditError> {
    let mut order: Vec<Number> = numbers.filter(|number| number != gone).collect();
    order.sort();
    let in_place = order.iter().enumerate().all(|(index, number)| number.last() as usize == index + 1);
    if in_place { Ok(text.to_owned()) } else { renumber(text, area, &order) }
}
