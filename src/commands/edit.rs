//! `workplan edit`: changes an activity's title, place, schedule, frequency, target or
//! resources, or removes an optional one. Only the lines of those keys change.

use anyhow::{Result, bail};

use super::Context;
use super::fields::{Given, Optional};
use super::plan_change::{self, FileChange, Proposal, Write};
use super::progress;
use super::show::find_activity;
use crate::edit::activities::set_keys_in;
use crate::exit::Exit;
use crate::i18n::Msg;

pub struct EditOptions {
    pub number: String,
    pub given: Given,
    /// Optional keys to remove.
    pub unset: Vec<Optional>,
    pub write: Write,
}

pub fn run(context: &Context, options: &EditOptions) -> Result<Exit> {
    let lang = context.lang;
    plan_change::run(context, options.write, |loaded| {
        let (area, activity) = find_activity(&loaded.plan, &options.number, context)?;
        let Some(number) = &activity.number else {
            bail!(lang.text(Msg::NotAnActivityNumber { value: &options.number }));
        };
        let values = options.given.read(loaded.plan.info.year, context)?;
        let mut keys = values.keys();
        keys.extend(options.unset.iter().map(|optional| (optional.key(), None)));
        if keys.is_empty() {
            bail!(lang.text(Msg::NothingToEdit));
        }
        let source = loaded.sources.get(area.file);
        let number_text = number.to_string();
        let fail = |error| progress::edit_error(error, source, &number_text, lang);
        let region = progress::region(area, number, source.text.len()).map_err(fail)?;
        let text = set_keys_in(&source.text, region, number, &keys).map_err(fail)?;
        let names: Vec<&str> = keys.iter().map(|(key, _)| *key).collect();
        let title = values.title.as_deref().unwrap_or(&activity.title);
        let message = lang.text(Msg::ActivityEdited {
            number: &number_text,
            title: title.trim_end_matches('.'),
            keys: &names.join(", "),
        });
        Ok(Proposal { files: vec![FileChange::edit(loaded, area.file, text)], message })
    })
}
