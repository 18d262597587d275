//! Finding the plan directory and reading its files into the model.
//!
//! Loading never stops at the first bad file: every file is read and decoded, and every problem
//! becomes a located [`Diagnostic`]. Only a directory that cannot be used at all is an error.

mod decode;

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use toml::de::DeTable;

use crate::diagnostic::{Diagnostic, Problem, Severity};
use crate::i18n::{self, Lang, Msg};
use crate::model::{Area, Plan};
use crate::source::{FileId, Sources};

pub use decode::SUPPORTED_SCHEMAS;
use decode::{Decoder, Table};

/// The largest plan file read, so that a runaway file cannot exhaust memory: far above any
/// real area file (a 10,000-activity area is about 3 MB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The file that describes the plan as a whole.
pub const PLAN_FILE: &str = "plan.toml";

/// A plan as read from disk, with every problem found while reading it.
#[derive(Debug)]
pub struct Loaded {
    pub dir: PathBuf,
    pub plan: Plan,
    pub sources: Sources,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

/// The plan directory: the one given (by `--plan` or `WORKPLAN_DIR`), else the nearest `plan/`
/// holding a `plan.toml`, from `start` upwards, as git and cargo find their roots.
pub fn find_plan_dir(given: Option<&Path>, start: &Path, lang: Lang) -> Result<PathBuf> {
    if let Some(dir) = given {
        return Ok(dir.to_path_buf());
    }
    start
        .ancestors()
        .map(|dir| dir.join("plan"))
        .find(|candidate| candidate.join(PLAN_FILE).is_file())
        .ok_or_else(|| anyhow::anyhow!(lang.text(Msg::NoPlanFound { start: &start.display().to_string() })))
}

/// Reads every plan file of `dir`.
pub fn load(dir: &Path, lang: Lang) -> Result<Loaded> {
    let shown = dir.display().to_string();
    let metadata = fs::metadata(dir).with_context(|| lang.text(Msg::CannotOpenDir { dir: &shown }))?;
    if !metadata.is_dir() {
        bail!(lang.text(Msg::NotADir { dir: &shown }));
    }
    let (plan_file, area_files) = plan_files(dir, lang)?;
    let mut loaded = Loaded {
        dir: dir.to_path_buf(),
        plan: Plan::default(),
        sources: Sources::default(),
        diagnostics: Vec::new(),
    };
    if let Some(info) = read_file(&mut loaded, plan_file, |decoder, root| Some(decoder.plan_info(root))) {
        loaded.plan.info = info;
    }
    let mut areas: Vec<Area> = area_files
        .into_iter()
        .filter_map(|path| read_file(&mut loaded, path, |decoder, root| decoder.area(root)))
        .collect();
    areas.sort_by(|a, b| a.number.cmp(&b.number).then(a.file.cmp(&b.file)));
    report_duplicate_areas(&mut loaded, &areas);
    loaded.plan.areas = areas;
    Ok(loaded)
}

/// The area an area file's text describes, if it has no error: how an edit is checked before
/// it is written.
pub fn decode_area(path: &Path, text: String) -> Option<Area> {
    let mut loaded = Loaded {
        dir: path.parent().map(Path::to_path_buf).unwrap_or_default(),
        plan: Plan::default(),
        sources: Sources::default(),
        diagnostics: Vec::new(),
    };
    let file = loaded.sources.add(path.to_path_buf(), text);
    let area = decode_text(&mut loaded, file, |decoder, root| decoder.area(root));
    if loaded.has_errors() { None } else { area }
}

/// `plan.toml` and the area files (every other `*.toml`), in name order.
fn plan_files(dir: &Path, lang: Lang) -> Result<(PathBuf, Vec<PathBuf>)> {
    let shown = dir.display().to_string();
    let entries = fs::read_dir(dir).with_context(|| lang.text(Msg::CannotOpenDir { dir: &shown }))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| lang.text(Msg::CannotOpenDir { dir: &shown }))?;
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "toml") {
            paths.push(path);
        }
    }
    paths.sort();
    let plan_file = dir.join(PLAN_FILE);
    if !paths.contains(&plan_file) {
        bail!(lang.text(Msg::NoPlanFile { dir: &shown }));
    }
    paths.retain(|path| path != &plan_file);
    Ok((plan_file, paths))
}

/// Reads, parses and decodes one file, recording its text and its problems.
fn read_file<T>(
    loaded: &mut Loaded,
    path: PathBuf,
    decode: impl FnOnce(&mut Decoder<'_>, &Table<'_, '_>) -> Option<T>,
) -> Option<T> {
    let (text, problem) = match read_bounded(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => (text, None),
            Err(error) => {
                let offset = error.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
                (text, Some((Some(offset..offset), Problem::NotUtf8 { offset })))
            }
        },
        Err(problem) => (String::new(), Some((None, problem))),
    };
    let file = loaded.sources.add(path, text);
    if let Some((span, problem)) = problem {
        loaded.diagnostics.push(Diagnostic::error(file, span, problem));
        return None;
    }
    decode_text(loaded, file, decode)
}

/// The file's bytes, unless it is not a regular file or is larger than [`MAX_FILE_BYTES`].
fn read_bounded(path: &Path) -> Result<Vec<u8>, Problem> {
    let unreadable =
        |error: std::io::Error| Problem::Unreadable { kind: error.kind(), reason: i18n::os_text(&error) };
    let metadata = fs::metadata(path).map_err(unreadable)?;
    if !metadata.is_file() {
        return Err(Problem::NotAFile);
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(Problem::TooLarge { bytes: metadata.len(), limit: MAX_FILE_BYTES });
    }
    fs::read(path).map_err(unreadable)
}

fn decode_text<T>(
    loaded: &mut Loaded,
    file: FileId,
    decode: impl FnOnce(&mut Decoder<'_>, &Table<'_, '_>) -> Option<T>,
) -> Option<T> {
    let text = &loaded.sources.get(file).text;
    let (document, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for error in errors {
            let problem = Problem::Syntax { message: error.message().trim().to_owned() };
            loaded.diagnostics.push(Diagnostic::error(file, error.span(), problem));
        }
        return None;
    }
    let mut decoder = Decoder::new(file, &mut loaded.diagnostics);
    let root = Table::root(&document);
    if !decoder.schema(&root) {
        return None;
    }
    decode(&mut decoder, &root)
}

/// Two files describing the same area would make every number ambiguous.
fn report_duplicate_areas(loaded: &mut Loaded, areas: &[Area]) {
    for pair in areas.windows(2) {
        if pair[0].number == pair[1].number {
            let first_file = loaded.sources.get(pair[0].file).display.clone();
            let problem = Problem::DuplicateArea { number: pair[0].number.to_string(), first_file };
            loaded.diagnostics.push(Diagnostic::error(pair[1].file, None, problem));
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Lines an area file is made of, good and bad, to shuffle into many shapes.
    const LINES: &[&str] = &[
        "schema = 1",
        "schema = 2",
        "number = \"3.3\"",
        "number = 3.3",
        "name = \"Ciberseguridad\"",
        "name = 5",
        "objective = \"x\"",
        "[[activity]]",
        "[activity]",
        "number = \"3.3.1\"",
        "number = \"3..1\"",
        "title = \"Webinar\"",
        "title = [1]",
        "place = \"Perú\"",
        "schedule = \"2022-S1\"",
        "schedule = \"2022-02-30\"",
        "schedule = 2022-03-15",
        "schedule = 2022-03-15T10:00:00Z",
        "every = \"quarter\"",
        "every = \"weekly\"",
        "target = 4",
        "target = 0",
        "target = -1",
        "target = 99999999999999999999",
        "resources = \"BID\"",
        "done = [{ on = 2022-03-01 }]",
        "done = [{ note = 1 }]",
        "done = 5",
        "cancelled = { on = 2022-05-01 }",
        "cancelled = { on = 2022-05-01, reason = \"r\" }",
        "titel = \"x\"",
        "\"عنوان\" = 1",
        "x = {",
        "# comentario",
        "",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn any_arrangement_of_lines_decodes_or_is_refused_without_panicking(picks in proptest::collection::vec(0..LINES.len(), 0..24)) {
            let text: Vec<&str> = picks.iter().map(|&i| LINES[i]).collect();
            let _ = decode_area(Path::new("3.3-ciberseguridad.toml"), text.join("\n"));
        }

        #[test]
        fn any_text_decodes_or_is_refused_without_panicking(text in "\\PC{0,200}") {
            let _ = decode_area(Path::new("3.3-ciberseguridad.toml"), format!("schema = 1\n{text}"));
        }
    }
}
