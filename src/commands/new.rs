//! `workplan new YEAR --out DIR`: next year's plan drafted from the current one, as a new plan
//! directory that validates and exports as the draft for the assembly.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use super::Context;
use crate::check;
use crate::diagnostic::Severity;
use crate::edit::write;
use crate::exit::Exit;
use crate::i18n::{Lang, Msg};
use crate::load::{self, PLAN_FILE};
use crate::next_year::{self, Carry, Draft};
use crate::render::toml::{self, ActivityComments, AreaComments, PlanComments};

pub struct NewOptions {
    pub year: i32,
    /// The directory to create; it must not exist, or be empty.
    pub out: PathBuf,
    pub carry: Carry,
    /// The language of the comments written into the files.
    pub doc_lang: Lang,
}

pub fn run(context: &Context, options: &NewOptions) -> Result<Exit> {
    let lang = context.lang;
    let loaded = context.load_plan()?;
    let old_year = loaded.plan.info.year;
    if options.year == old_year {
        bail!(lang.text(Msg::NewSameYear { year: old_year }));
    }
    let shown = options.out.display().to_string();
    check_target(&options.out, lang)?;
    let draft = next_year::draft(&loaded.plan, options.year, options.carry);
    let files = files(&draft, old_year, options.doc_lang);
    let inherited = check_draft(context, &options.out, &files)?;
    write_files(&options.out, &files, lang)?;
    let activities = draft.plan.activities().count();
    let mut text = lang.text(Msg::NewPlanWritten {
        dir: &shown,
        title: &draft.plan.info.title,
        areas: draft.plan.areas.len(),
        activities,
        from_year: old_year,
        left_out: draft.left_out,
    });
    text.push('\n');
    text.push_str(
        &lang.text(Msg::NewPlanToFill { file: &options.out.join(PLAN_FILE).display().to_string() }),
    );
    text.push('\n');
    text.push_str(&lang.text(Msg::NewPlanNext { dir: &shown }));
    text.push('\n');
    context.confirm(&text)?;
    if inherited > 0 {
        context.note_written(Msg::NewPlanInheritsErrors { count: inherited, dir: &shown });
    }
    Ok(Exit::Success)
}

/// The target must be new, or an empty directory: the draft never replaces files.
fn check_target(dir: &Path, lang: Lang) -> Result<()> {
    let shown = dir.display().to_string();
    match fs::symlink_metadata(dir) {
        Err(_) => Ok(()),
        Ok(metadata) if !metadata.is_dir() => bail!(lang.text(Msg::TargetNotADir { dir: &shown })),
        Ok(_) => {
            let mut entries =
                fs::read_dir(dir).with_context(|| lang.text(Msg::CannotOpenDir { dir: &shown }))?;
            if entries.next().is_some() {
                bail!(lang.text(Msg::NewTargetNotEmpty { dir: &shown }));
            }
            Ok(())
        }
    }
}

/// Every file of the draft, name and text, `plan.toml` first.
fn files(draft: &Draft, from_year: i32, lang: Lang) -> Vec<(String, String)> {
    let info = &draft.plan.info;
    let numbers: Vec<String> = draft.plan.areas.iter().map(|a| a.number.to_string()).collect();
    let first = numbers.first().map_or("3.1", String::as_str);
    let second = numbers.get(1).map_or(first, String::as_str);
    let mut end = vec![lang.text(Msg::NewPlanApprovalLater)];
    end.extend(["[approval]", "by = \"\"", "on = YYYY-MM-DD"].map(String::from));
    end.push(lang.text(Msg::NewPlanCommitteeLater));
    end.extend(["[committee]", "name = \"\"", "members = []", "chair = \"\""].map(String::from));
    let plan_comments = PlanComments {
        header: vec![
            lang.text(Msg::PlanFileHeader { title: &info.title, of_organisation: "" }),
            lang.text(Msg::PlanFileLayout { first, second }),
            lang.text(Msg::FormatPointer),
        ],
        end,
    };
    let mut files = vec![(PLAN_FILE.to_owned(), toml::plan_file(info, &plan_comments))];
    for (area, origins) in draft.plan.areas.iter().zip(&draft.origins) {
        let number = area.number.to_string();
        let comments = AreaComments {
            header: vec![
                lang.text(Msg::DraftAreaFileHeader { number: &number, title: &info.title, from_year }),
                lang.text(Msg::FormatPointer),
            ],
            after_objective: Vec::new(),
            activities: origins
                .iter()
                .map(|origin| ActivityComments {
                    before: vec![lang.describe(origin)],
                    ..ActivityComments::default()
                })
                .collect(),
        };
        files.push((toml::file_name(area), toml::area_file(area, &comments)));
    }
    files
}

/// The draft is read back as `validate` reads it before anything is written: a file that does
/// not load (which would be workplan's mistake) stops the command with nothing written. Returns
/// how many errors the checks find, which can only be carried over from the current plan.
fn check_draft(context: &Context, dir: &Path, files: &[(String, String)]) -> Result<usize> {
    let texts = files.iter().map(|(name, text)| (dir.join(name), text.clone())).collect();
    let loaded = load::load_texts(dir, texts, context.lang)?;
    if loaded.has_errors() {
        context.print_diagnostics(&loaded)?;
        bail!(context.lang.text(Msg::NewPlanHasErrors { count: loaded.diagnostics.len() }));
    }
    let findings = check::run(&loaded.plan, &loaded.sources, context.today);
    Ok(findings.diagnostics.iter().filter(|d| d.severity == Severity::Error).count())
}

/// The directory is written whole, all files or none: filled beside it, then renamed into place
/// (over an empty directory, which the rename replaces).
fn write_files(dir: &Path, files: &[(String, String)], lang: Lang) -> Result<()> {
    let shown = dir.display().to_string();
    write::create_dir_with(dir, files).with_context(|| lang.text(Msg::CannotWrite { file: &shown }))
}
