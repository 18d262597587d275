//! `workplan move`: an activity to another area, with its records, comments and cancellation.
//! It takes the next number there (or `--at N`, renumbering those after it), and the area it
//! leaves is numbered 1 to n again.

use anyhow::{Result, bail};

use super::Context;
use super::fields;
use super::plan_change::{self, FileChange, Proposal, Write};
use super::progress;
use super::remove::close_up;
use super::show::find_activity;
use crate::edit::activities::{append, take};
use crate::edit::renumber::renumber;
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::number::Number;

pub struct MoveOptions {
    pub number: String,
    /// The area's number or a part of its name.
    pub to_area: String,
    pub at: Option<String>,
    pub write: Write,
}

pub fn run(context: &Context, options: &MoveOptions) -> Result<Exit> {
    let lang = context.lang;
    plan_change::run(context, options.write, |loaded| {
        let (from, activity) = find_activity(&loaded.plan, &options.number, context)?;
        let Some(number) = &activity.number else {
            bail!(lang.text(Msg::NotAnActivityNumber { value: &options.number }));
        };
        let to = fields::find_area(&loaded.plan, &options.to_area, context)?;
        let number_text = number.to_string();
        if to.number == from.number {
            bail!(lang.text(Msg::MoveSameArea { number: &number_text, area: &to.number.to_string() }));
        }
        let mut order: Vec<Number> = to.activities.iter().filter_map(|a| a.number.clone()).collect();
        order.sort();
        let appended = to.number.child(order.last().map_or(1, |last| last.last().saturating_add(1)));
        let at = fields::position(options.at.as_deref(), to, order.len(), context)?;

        let source = loaded.sources.get(from.file);
        let fail = |error| progress::edit_error(error, source, &number_text, lang);
        let region = progress::region(from, number, source.text.len()).map_err(fail)?;
        let (rest, block) = take(&source.text, region, number, &appended).map_err(fail)?;
        let rest =
            close_up(&rest, &from.number, from.activities.iter().filter_map(|a| a.number.clone()), number)
                .map_err(fail)?;

        let target = loaded.sources.get(to.file);
        let mut text = append(&target.text, &block);
        let new_number = if at == order.len() {
            appended
        } else {
            order.insert(at, appended);
            text = renumber(&text, &to.number, &order)
                .map_err(|error| progress::edit_error(error, target, &to.number.to_string(), lang))?;
            to.number.child(u32::try_from(at + 1).unwrap_or(u32::MAX))
        };
        let message = lang.text(Msg::ActivityMoved {
            from: &number_text,
            to: &new_number.to_string(),
            title: activity.title.trim_end_matches('.'),
        });
        let files = vec![FileChange::edit(loaded, from.file, rest), FileChange::edit(loaded, to.file, text)];
        Ok(Proposal { files, message })
    })
}
