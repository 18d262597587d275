//! `workplan add`: a new activity at the end of its area, or at a position with the ones after
//! it renumbered. On a terminal, without `--title`, it asks for each value in turn.

use std::sync::Arc;

use anyhow::{Result, bail};

use super::Context;
use super::fields::{self, Given};
use super::plan_change::{self, FileChange, Proposal, Write};
use crate::edit::activities::append;
use crate::edit::renumber::renumber;
use crate::exit::Exit;
use crate::i18n::{Label, Msg};
use crate::model::Activity;
use crate::number::Number;
use crate::render::toml::activity_block;
use crate::source::display_path;

pub struct AddOptions {
    /// The area's number or a part of its name.
    pub area: String,
    pub given: Given,
    /// `--at N`: the position (`4` or `3.1.4`) the new activity takes.
    pub at: Option<String>,
    pub write: Write,
}

pub fn run(context: &Context, options: &AddOptions) -> Result<Exit> {
    let lang = context.lang;
    plan_change::run(context, options.write, |loaded| {
        let area = fields::find_area(&loaded.plan, &options.area, context)?;
        let values = options.given.read(loaded.plan.info.year, context)?;
        let Some(title) = values.title.clone() else { bail!(lang.text(Msg::TitleRequired)) };
        let mut order: Vec<Number> = area.activities.iter().filter_map(|a| a.number.clone()).collect();
        order.sort();
        let next = order.last().map_or(1, |last| last.last().saturating_add(1));
        let appended = area.number.child(next);
        let activity = Activity {
            number: Some(appended.clone()),
            title: title.clone(),
            place: values.place.as_deref().map(Arc::from),
            schedule: values.schedule,
            every: values.every,
            target: values.target,
            resources: values.resources.as_deref().map(Arc::from),
            ..Activity::default()
        };
        let source = loaded.sources.get(area.file);
        let mut text = append(&source.text, &activity_block(&activity));
        let at = fields::position(options.at.as_deref(), area, order.len(), context)?;
        let number = if at == order.len() {
            appended
        } else {
            order.insert(at, appended);
            text = renumber(&text, &area.number, &order).map_err(|error| {
                super::progress::edit_error(error, source, &area.number.to_string(), lang)
            })?;
            area.number.child(u32::try_from(at + 1).unwrap_or(u32::MAX))
        };
        let message = lang.text(Msg::ActivityAdded {
            number: &number.to_string(),
            title: &title,
            file: &display_path(&source.path),
        });
        Ok(Proposal { files: vec![FileChange::edit(loaded, area.file, text)], message })
    })
}

/// Asks on the terminal for the area (if not given) and for each value not given, showing the
/// accepted schedule forms; a schedule that cannot be read is asked for again. The prompts'
/// errors are the terminal's, so they are reported as I/O errors, in the reader's language.
pub fn ask(context: &Context, area: &mut Option<String>, given: &mut Given) -> Result<()> {
    use dialoguer::{Input, Select};
    let lang = context.lang;
    let theme = dialoguer::theme::SimpleTheme;
    let loaded = context.load_plan()?;
    if area.is_none() {
        let names: Vec<String> =
            loaded.plan.areas.iter().map(|area| format!("{} {}", area.number, area.name)).collect();
        if names.is_empty() {
            bail!(lang.text(Msg::AreaRequired));
        }
        let chosen = Select::with_theme(&theme)
            .with_prompt(lang.label(Label::Area))
            .items(&names)
            .default(0)
            .interact()
            .map_err(std::io::Error::from)?;
        *area = loaded.plan.areas.get(chosen).map(|area| area.number.to_string());
    }
    let optional = lang.text(Msg::PromptOptional);
    let empty = lang.text(Msg::EmptyTitleGiven);
    let text = |prompt: String, required: bool| -> Result<Option<String>> {
        let prompt = if required { prompt } else { format!("{prompt} ({optional})") };
        let answer: String = Input::with_theme(&theme)
            .with_prompt(prompt)
            .allow_empty(!required)
            .validate_with(
                |text: &String| {
                    if required && text.trim().is_empty() { Err(empty.clone()) } else { Ok(()) }
                },
            )
            .interact_text()
            .map_err(std::io::Error::from)?;
        Ok(Some(answer.trim().to_owned()).filter(|answer| !answer.is_empty()))
    };
    given.title = text(lang.text(Msg::PromptTitle), true)?;
    if given.place.is_none() {
        given.place = text(lang.text(Msg::PromptPlace), false)?;
    }
    if given.schedule.is_none() {
        let year = loaded.plan.info.year;
        let answer: String = Input::with_theme(&theme)
            .with_prompt(format!("{} ({optional})", lang.text(Msg::PromptSchedule)))
            .allow_empty(true)
            .validate_with(|text: &String| {
                if text.trim().is_empty() || crate::import::dates::when(text, year).is_some() {
                    Ok(())
                } else {
                    Err(lang.text(Msg::BadScheduleGiven { value: text }))
                }
            })
            .interact_text()
            .map_err(std::io::Error::from)?;
        given.schedule = Some(answer.trim().to_owned()).filter(|answer| !answer.is_empty());
    }
    if given.resources.is_none() {
        given.resources = text(lang.text(Msg::PromptResources), false)?;
    }
    Ok(())
}
