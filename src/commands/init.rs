//! `workplan init`: a new, empty plan that validates: `plan.toml`, naming the JSON Schemas
//! written beside it for editors.

use std::fs;
use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};

use super::Context;
use crate::check;
use crate::edit::write;
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::load::{self, PLAN_FILE};
use crate::model::PlanInfo;
use crate::render::toml::{self, PlanComments};
use crate::schema::{self, SchemaKind};

pub struct InitOptions {
    pub dir: PathBuf,
    pub organisation: String,
    pub title: String,
    pub year: i32,
}

pub fn run(context: &Context, options: &InitOptions) -> Result<Exit> {
    let lang = context.lang;
    let shown = options.dir.display().to_string();
    let (organisation, title) = (options.organisation.trim(), options.title.trim());
    if organisation.is_empty() || title.is_empty() {
        bail!(lang.text(Msg::InitNeedsWords));
    }
    if !(1000..=9999).contains(&options.year) {
        bail!(lang.text(Msg::BadYear { value: &options.year.to_string() }));
    }
    let exists = match fs::read_dir(&options.dir) {
        Ok(entries) => {
            if entries.count() > 0 {
                bail!(lang.text(Msg::DirNotEmpty { dir: &shown }));
            }
            true
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => false,
        Err(error) => return Err(error).with_context(|| lang.text(Msg::CannotOpenDir { dir: &shown })),
    };
    let info = PlanInfo {
        organisation: organisation.to_owned(),
        title: title.to_owned(),
        year: options.year,
        ..PlanInfo::default()
    };
    let plan = format!("#:schema ./plan.schema.json\n{}", toml::plan_file(&info, &PlanComments::default()));
    let files = vec![
        (PLAN_FILE.to_owned(), plan),
        ("plan.schema.json".to_owned(), schema::json(SchemaKind::Plan)),
        ("area.schema.json".to_owned(), schema::json(SchemaKind::Area)),
    ];
    refuse_invalid(context, options, &files)?;
    let written = if exists {
        files
            .iter()
            .try_for_each(|(name, text)| write::write_atomically(&options.dir.join(name), text.as_bytes()))
    } else {
        write::create_dir_with(&options.dir, &files)
    };
    written.with_context(|| lang.text(Msg::CannotWrite { file: &shown }))?;
    context.confirm(&format!("{}\n", lang.text(Msg::PlanCreated { dir: &shown })))?;
    Ok(Exit::Success)
}

/// The new plan must load and validate without errors (a bug otherwise: nothing is written).
fn refuse_invalid(context: &Context, options: &InitOptions, files: &[(String, String)]) -> Result<()> {
    let plan = vec![(options.dir.join(PLAN_FILE), files[0].1.clone())];
    let loaded = load::load_texts(&options.dir, plan, context.lang)?;
    let findings = check::run(&loaded.plan, &loaded.sources, context.today);
    let errors = findings.diagnostics.iter().chain(&loaded.diagnostics);
    if errors.clone().any(|d| d.severity == crate::diagnostic::Severity::Error) {
        bail!(context.lang.text(Msg::EditNotValid { file: PLAN_FILE }));
    }
    Ok(())
}
