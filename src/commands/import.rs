//! `workplan import`: a plan document into plan files.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use super::Context;
use super::progress;
use crate::edit::{journal, write};
use crate::exit::Exit;
use crate::i18n::{Lang, Msg};
use crate::import::{self, Format, ImportError, Imported};
use crate::load::{MAX_FILE_BYTES, PLAN_FILE};
use crate::render::import_summary::{self, Written};
use crate::render::toml::{self, AreaComments, PlanComments};

pub struct ImportOptions {
    /// The document to read.
    pub document: PathBuf,
    /// The plan directory to write.
    pub out: PathBuf,
    /// Replace the plan files of an existing, non-empty directory.
    pub force: bool,
    /// The document's format, when its name does not tell.
    pub from: Option<Format>,
    /// The plan's year, when the document does not say it.
    pub year: Option<i32>,
}

pub fn run(context: &Context, options: &ImportOptions) -> Result<Exit> {
    let lang = context.lang;
    let document = options.document.display().to_string();
    let out = options.out.display().to_string();
    check_target(&options.out, options.force, lang)?;
    let bytes = read_document(&options.document, &document, lang)?;
    let format = options.from.unwrap_or_else(|| Format::of(&options.document, &bytes));
    let name = options.document.file_name().map(|name| name.to_string_lossy()).unwrap_or_default();
    let hints = import::Hints { name: &name, year: options.year };
    let imported = import::import_with(&bytes, format, hints)
        .map_err(|error| anyhow::anyhow!(message(&error, &document, format, lang)))?;
    if imported.windows_1252 {
        writeln!(std::io::stderr().lock(), "{}", lang.text(Msg::ReadAsWindows1252 { file: &document }))?;
    }
    let files = plan_files(&imported);
    let removed = write(&options.out, &files, lang)?;
    let written = Written { document: &document, dir: &out, files: &files, removed: &removed };
    context.confirm(&import_summary::summary(&imported, &written, lang))?;
    Ok(Exit::Success)
}

/// The document's bytes, unless it is larger than any plan document (the same limit as for plan
/// files), so that a wrong file is refused without being read into memory.
fn read_document(path: &Path, shown: &str, lang: Lang) -> Result<Vec<u8>> {
    let cannot_read = || lang.text(Msg::CannotReadDocument { file: shown });
    let bytes = fs::metadata(path).with_context(cannot_read)?.len();
    if bytes > MAX_FILE_BYTES {
        bail!(lang.text(Msg::DocumentTooLarge { file: shown, bytes, limit: MAX_FILE_BYTES }));
    }
    fs::read(path).with_context(cannot_read)
}

/// The error for a document that cannot be imported.
fn message(error: &ImportError, file: &str, format: Format, lang: Lang) -> String {
    let sheet = matches!(format, Format::Spreadsheet | Format::Csv);
    lang.text(match error {
        ImportError::Empty => Msg::DocumentEmpty { file },
        ImportError::NoAreas if sheet => Msg::DocumentHasNoActivities { file },
        ImportError::NoAreas => Msg::DocumentHasNoAreas { file },
        ImportError::NotZip(reason) => Msg::DocumentNotZip { file, reason },
        ImportError::NotWordDocument => Msg::DocumentNotWord { file },
        ImportError::BadXml(reason) => Msg::DocumentBadXml { file, reason },
        ImportError::NoYear if sheet => Msg::SpreadsheetHasNoYear { file },
        ImportError::NoYear => Msg::DocumentHasNoYear { file },
        ImportError::PartTooLarge { part, limit } => Msg::DocumentPartTooLarge { file, part, limit: *limit },
        ImportError::NoActivities => Msg::DocumentHasNoActivities { file },
        ImportError::BadSpreadsheet(reason) => Msg::SpreadsheetUnreadable { file, reason },
        ImportError::BadCsv { line, reason } => Msg::CsvUnreadable { file, line: *line, reason },
        ImportError::NotText { line } => Msg::DocumentNotText { file, line: *line },
    })
}

/// The target must be a new or empty directory, unless `--force` allows replacing a plan.
fn check_target(dir: &Path, force: bool, lang: Lang) -> Result<()> {
    let shown = dir.display().to_string();
    match fs::metadata(dir) {
        Err(_) => Ok(()),
        Ok(metadata) if !metadata.is_dir() => bail!(lang.text(Msg::TargetNotADir { dir: &shown })),
        Ok(_) => {
            let mut entries =
                fs::read_dir(dir).with_context(|| lang.text(Msg::CannotOpenDir { dir: &shown }))?;
            if entries.next().is_some() && !force {
                bail!(lang.text(Msg::TargetNotEmpty { dir: &shown }));
            }
            Ok(())
        }
    }
}

/// Every file of the plan, name and text, `plan.toml` first.
fn plan_files(imported: &Imported) -> Vec<(String, String)> {
    let lang = imported.lang;
    let info = &imported.plan.info;
    let of_organisation = imported.of_organisation.as_str();
    let numbers: Vec<String> = imported.plan.areas.iter().map(|a| a.number.to_string()).collect();
    let first = numbers.first().map_or("3.1", String::as_str);
    let second = numbers.get(1).map_or(first, String::as_str);
    let plan_comments = PlanComments {
        header: vec![
            lang.text(Msg::PlanFileHeader { title: &info.title, of_organisation }),
            lang.text(Msg::PlanFileLayout { first, second }),
            lang.text(Msg::FormatPointer),
        ],
        ..imported.plan_comments.clone()
    };
    let mut files = vec![(PLAN_FILE.to_owned(), toml::plan_file(info, &plan_comments))];
    for (area, comments) in imported.plan.areas.iter().zip(&imported.area_comments) {
        let number = area.number.to_string();
        let comments = AreaComments {
            header: vec![
                lang.text(Msg::AreaFileHeader { number: &number, title: &info.title, of_organisation }),
                lang.text(Msg::FormatPointer),
            ],
            ..comments.clone()
        };
        files.push((unique_name(&files, toml::file_name(area)), toml::area_file(area, &comments)));
    }
    files
}

/// Whether `name` is named as `import` names area files: `3.1-datos-abiertos.toml`, `3.1.toml`.
fn is_area_file_name(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".toml") else { return false };
    let number = stem.split_once('-').map_or(stem, |(number, _)| number);
    number.parse::<crate::number::Number>().is_ok_and(|n| n.segments().len() == 2)
}

/// `name`, or `name` with a number added when two areas would share a file.
fn unique_name(files: &[(String, String)], name: String) -> String {
    let taken = |candidate: &str| files.iter().any(|(existing, _)| existing == candidate);
    if !taken(&name) {
        return name;
    }
    let stem = name.trim_end_matches(".toml");
    (2..).map(|n| format!("{stem}-{n}.toml")).find(|candidate| !taken(candidate)).unwrap_or(name)
}

/// Writes the files; in an existing directory, also removes the area files the document no longer
/// has (they would be read as part of the plan). Only files named as area files are removed
/// (`3.10-….toml`): a `Cargo.toml` in the directory is not a plan file of ours. An existing
/// directory is changed all at once, under the plan's lock, through a journal: it holds the old
/// plan or the new one, whatever happens. Returns the names removed.
fn write(dir: &Path, files: &[(String, String)], lang: Lang) -> Result<Vec<String>> {
    let shown = dir.display().to_string();
    if !dir.exists() {
        write::create_dir_with(dir, files).with_context(|| lang.text(Msg::CannotWrite { file: &shown }))?;
        return Ok(Vec::new());
    }
    let _lock = progress::lock(dir, lang)?;
    let mut removed = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| lang.text(Msg::CannotOpenDir { dir: &shown }))? {
        let path = entry.with_context(|| lang.text(Msg::CannotOpenDir { dir: &shown }))?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if is_area_file_name(&name) && !files.iter().any(|(f, _)| *f == name) {
            removed.push(name);
        }
    }
    removed.sort();
    journal::replace_files(dir, files, &removed)
        .with_context(|| lang.text(Msg::CannotWrite { file: &shown }))?;
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_area_files_are_stale() {
        assert!(is_area_file_name("3.10-vieja.toml"));
        assert!(is_area_file_name("3.1.toml"));
        for other in ["Cargo.toml", "plan.toml", "3.toml", "3.1.2-x.toml", "3.1-x.md", "notas-3.1.toml"] {
            assert!(!is_area_file_name(other), "{other}");
        }
    }

    #[test]
    fn two_areas_never_share_a_file() {
        let files = vec![("3.1-datos.toml".to_owned(), String::new())];
        assert_eq!(unique_name(&files, "3.1-datos.toml".into()), "3.1-datos-2.toml");
        assert_eq!(unique_name(&files, "3.2-datos.toml".into()), "3.2-datos.toml");
    }
}
