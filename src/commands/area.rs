//! `workplan area add|edit|remove`: the plan's work areas, one file each, named as `import`
//! names them (`3.1-servicios-transfronterizos.toml`); renaming an area renames its file.

use anyhow::{Result, bail};
use toml_edit::Value;

use super::Context;
use super::plan_change::{self, FileChange, Proposal, Write};
use crate::edit::activities::{AREA_KEYS, set_file_keys};
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::load::{Loaded, PLAN_FILE};
use crate::model::Area;
use crate::number::Number;
use crate::render::toml::{self, AreaComments};
use crate::source::{FileId, display_path};

pub struct AreaAddOptions {
    pub number: String,
    pub name: String,
    pub objective: Option<String>,
    pub write: Write,
}

pub struct AreaEditOptions {
    pub number: String,
    pub name: Option<String>,
    /// An empty objective removes it.
    pub objective: Option<String>,
    pub write: Write,
}

pub struct AreaRemoveOptions {
    pub number: String,
    /// Remove it even if it has activities.
    pub force: bool,
    pub write: Write,
}

pub fn add(context: &Context, options: &AreaAddOptions) -> Result<Exit> {
    let lang = context.lang;
    plan_change::run(context, options.write, |loaded| {
        let number = area_number(&options.number, context)?;
        if let Some(area) = loaded.plan.area(&number) {
            let file = display_path(&loaded.sources.get(area.file).path);
            bail!(lang.text(Msg::AreaExists { number: &number.to_string(), file: &file }));
        }
        let name = options.name.trim();
        if name.is_empty() {
            bail!(lang.text(Msg::EmptyAreaNameGiven));
        }
        let area = Area {
            number: number.clone(),
            name: name.to_owned(),
            objective: options.objective.as_deref().map(str::trim).unwrap_or_default().to_owned(),
            activities: Vec::new(),
            file: FileId(0),
            spans: Default::default(),
        };
        let path = free_path(loaded, &toml::file_name(&area));
        let text = format!("{}{}", schema_line(loaded), toml::area_file(&area, &AreaComments::default()));
        let message = lang.text(Msg::AreaAdded { number: &number.to_string(), file: &display_path(&path) });
        Ok(Proposal { files: vec![FileChange { path, before: None, after: Some(text) }], message })
    })
}

pub fn edit(context: &Context, options: &AreaEditOptions) -> Result<Exit> {
    let lang = context.lang;
    plan_change::run(context, options.write, |loaded| {
        let area = find(loaded, &options.number, context)?;
        let string = |text: &str| toml::string(text).parse::<Value>().ok();
        let mut keys = Vec::new();
        if let Some(name) = options.name.as_deref().map(str::trim) {
            if name.is_empty() {
                bail!(lang.text(Msg::EmptyAreaNameGiven));
            }
            keys.push(("name", string(name)));
        }
        if let Some(objective) = options.objective.as_deref().map(str::trim) {
            keys.push(("objective", Some(objective).filter(|o| !o.is_empty()).and_then(string)));
        }
        if keys.is_empty() {
            bail!(lang.text(Msg::NothingToEdit));
        }
        let source = loaded.sources.get(area.file);
        let text = set_file_keys(&source.text, &keys, &AREA_KEYS)
            .map_err(|error| super::progress::edit_error(error, source, &area.number.to_string(), lang))?;
        let renamed = Area {
            number: area.number.clone(),
            name: options.name.as_deref().map_or(area.name.clone(), |name| name.trim().to_owned()),
            objective: String::new(),
            activities: Vec::new(),
            file: area.file,
            spans: Default::default(),
        };
        let wanted = toml::file_name(&renamed);
        let current = source.path.file_name().map(|name| name.to_string_lossy().into_owned());
        let mut files = vec![FileChange::edit(loaded, area.file, text.clone())];
        if options.name.is_some() && current.as_deref() != Some(wanted.as_str()) {
            let path = free_path(loaded, &wanted);
            files = vec![
                FileChange { path: path.clone(), before: None, after: Some(text) },
                FileChange { path: source.path.clone(), before: Some(source.text.clone()), after: None },
            ];
        }
        let file = display_path(&files[0].path);
        let message = lang.text(Msg::AreaEdited { number: &area.number.to_string(), file: &file });
        Ok(Proposal { files, message })
    })
}

pub fn remove(context: &Context, options: &AreaRemoveOptions) -> Result<Exit> {
    let lang = context.lang;
    let write = Write { force: options.force || options.write.force, ..options.write };
    plan_change::run(context, write, |loaded| {
        let area = find(loaded, &options.number, context)?;
        let number = area.number.to_string();
        if !area.activities.is_empty() && !options.force {
            bail!(lang.text(Msg::AreaHasActivities { number: &number, count: area.activities.len() }));
        }
        let source = loaded.sources.get(area.file);
        let file = display_path(&source.path);
        let change = FileChange { path: source.path.clone(), before: Some(source.text.clone()), after: None };
        Ok(Proposal {
            files: vec![change],
            message: lang.text(Msg::AreaRemoved { number: &number, file: &file }),
        })
    })
}

/// An area number as given: two parts, `3.1`.
fn area_number(text: &str, context: &Context) -> Result<Number> {
    match text.trim().parse::<Number>() {
        Ok(number) if number.segments().len() == 2 => Ok(number),
        _ => bail!(context.lang.text(Msg::BadAreaNumber { value: text })),
    }
}

fn find<'l>(loaded: &'l Loaded, wanted: &str, context: &Context) -> Result<&'l Area> {
    let number = area_number(wanted, context)?;
    match loaded.plan.area(&number) {
        Some(area) => Ok(area),
        None => super::fields::find_area(&loaded.plan, wanted, context),
    }
}

/// `name` in the plan directory, or with a number added if a file has that name already, as
/// `import` names two areas that would share a file.
fn free_path(loaded: &Loaded, name: &str) -> std::path::PathBuf {
    let stem = name.trim_end_matches(".toml");
    std::iter::once(name.to_owned())
        .chain((2..100).map(|n| format!("{stem}-{n}.toml")))
        .map(|candidate| loaded.dir.join(candidate))
        .find(|path| !path.exists())
        .unwrap_or_else(|| loaded.dir.join(name))
}

/// The `#:schema` line the plan's area files use (the first one that has it), else the one of
/// `plan.toml` pointed at the area schema beside it, else none.
fn schema_line(loaded: &Loaded) -> String {
    let first_lines =
        (0..loaded.sources.len()).map(|index| loaded.sources.get(FileId(index))).filter_map(|source| {
            let line = source.text.lines().next()?.trim_end();
            let is_plan = source.path.file_name().is_some_and(|name| name == PLAN_FILE);
            line.starts_with("#:schema ").then(|| (is_plan, line.to_owned()))
        });
    let lines: Vec<(bool, String)> = first_lines.collect();
    let area = lines.iter().find(|(is_plan, _)| !is_plan).map(|(_, line)| line.clone());
    let from_plan = || {
        lines
            .iter()
            .find(|(is_plan, _)| *is_plan)
            .map(|(_, line)| line.replace("plan.schema.json", "area.schema.json"))
    };
    area.or_else(from_plan).map(|line| format!("{line}\n")).unwrap_or_default()
}
