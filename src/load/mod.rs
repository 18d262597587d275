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
use crate::git::{GitError, Repo};
use crate::i18n::{self, Lang, Msg};
use crate::model::{Area, Plan, PlanInfo};
use crate::source::{FileId, Sources};

pub use decode::SUPPORTED_SCHEMAS;
use decode::{Decoder, Table};

/// The keys each table of the format may hold, for the tests of the canonical layout and the JSON
/// Schema to check themselves against.
#[cfg(test)]
pub(crate) mod keys {
    pub(crate) use super::decode::{
        ACTIVITY_KEYS, APPROVAL_KEYS, AREA_KEYS, CANCELLATION_KEYS, COMMITTEE_KEYS, PLAN_KEYS, RECORD_KEYS,
    };
}

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

/// Reads every plan file of `dir`. Files are read and decoded on all cores, then gathered in
/// name order, so that the result does not depend on which finished first.
pub fn load(dir: &Path, lang: Lang) -> Result<Loaded> {
    let shown = dir.display().to_string();
    let metadata = fs::metadata(dir).with_context(|| lang.text(Msg::CannotOpenDir { dir: &shown }))?;
    if !metadata.is_dir() {
        bail!(lang.text(Msg::NotADir { dir: &shown }));
    }
    if crate::edit::journal::pending(dir) {
        bail!(lang.text(Msg::ImportInterrupted { dir: &shown }));
    }
    let files = plan_files(dir, lang)?;
    let boundary = Boundary::new(dir);
    let outcomes = in_parallel(files.len(), |index| read_file(FileId(index), &files[index], &boundary));
    let mut loaded = Loaded {
        dir: dir.to_path_buf(),
        plan: Plan::default(),
        sources: Sources::default(),
        diagnostics: Vec::new(),
    };
    let mut areas = Vec::new();
    for (outcome, path) in outcomes.into_iter().zip(files) {
        loaded.sources.add(path, outcome.text);
        loaded.diagnostics.extend(outcome.diagnostics);
        match outcome.decoded {
            Some(Decoded::Plan(info)) => loaded.plan.info = info,
            Some(Decoded::Area(area)) => areas.push(area),
            None => {}
        }
    }
    areas.sort_by(|a, b| a.number.cmp(&b.number).then(a.file.cmp(&b.file)));
    report_duplicate_areas(&mut loaded, &areas);
    loaded.plan.areas = areas;
    Ok(loaded)
}

/// A plan from files already in memory, such as those of a git revision: `files` holds each
/// file's path (`plan.toml` and the area files, all in `dir`) and text. Read as [`load`] reads
/// files from disk, with every problem as a diagnostic.
pub fn load_texts(dir: &Path, mut files: Vec<(PathBuf, String)>, lang: Lang) -> Result<Loaded> {
    files.sort();
    let plan_file = dir.join(PLAN_FILE);
    let Some(at) = files.iter().position(|(path, _)| path == &plan_file) else {
        bail!(lang.text(Msg::NoPlanFile { dir: &dir.display().to_string() }));
    };
    let (path, text) = files.remove(at);
    let mut loaded = Loaded {
        dir: dir.to_path_buf(),
        plan: Plan::default(),
        sources: Sources::default(),
        diagnostics: Vec::new(),
    };
    let file = loaded.sources.add(path, text);
    let text = &loaded.sources.get(file).text;
    if let Some(info) =
        decode_text(text, file, &mut loaded.diagnostics, |decoder, root| Some(decoder.plan_info(root)))
    {
        loaded.plan.info = info;
    }
    let mut areas: Vec<Area> = Vec::new();
    for (path, text) in files {
        let file = loaded.sources.add(path, text);
        let text = &loaded.sources.get(file).text;
        areas.extend(decode_text(text, file, &mut loaded.diagnostics, |decoder, root| decoder.area(root)));
    }
    areas.sort_by(|a, b| a.number.cmp(&b.number).then(a.file.cmp(&b.file)));
    report_duplicate_areas(&mut loaded, &areas);
    loaded.plan.areas = areas;
    Ok(loaded)
}

/// The plan as it stood at `revision` (anything git names a commit by) in the repository that
/// holds `dir`, read from git's object store: nothing is checked out. Its files are named
/// `REVISION:DIR/FILE`, as git names them, so that every diagnostic says which version it is
/// about. Also returns the commit's full hash.
pub fn load_revision(dir: &Path, revision: &str, lang: Lang) -> Result<(Loaded, String)> {
    let repo = Repo::of(dir).map_err(|error| anyhow::anyhow!(error.text(dir, lang)))?;
    let fail = |error: GitError| anyhow::anyhow!(error.text(&repo.root, lang));
    let commit = repo.commit(revision).map_err(fail)?;
    let files = repo.plan_files(&commit).map_err(fail)?;
    let prefix = match repo.prefix.trim_end_matches('/') {
        "" => ".",
        prefix => prefix,
    };
    let named = PathBuf::from(format!("{revision}:{prefix}"));
    let in_dir = |path: &str| named.join(path.strip_prefix(&repo.prefix).unwrap_or(path));
    let files: Vec<(PathBuf, String)> = files.into_iter().map(|(path, text)| (in_dir(&path), text)).collect();
    if !files.iter().any(|(path, _)| path == &named.join(PLAN_FILE)) {
        bail!(lang.text(Msg::NoPlanAtRevision { dir: prefix, revision }));
    }
    Ok((load_texts(&named, files, lang)?, commit))
}

/// The area an area file's text describes, if it has no error: how an edit is checked before
/// it is written.
pub fn decode_area(text: &str) -> Option<Area> {
    let mut diagnostics = Vec::new();
    let area = decode_text(text, FileId(0), &mut diagnostics, |decoder, root| decoder.area(root));
    if diagnostics.iter().any(|d| d.severity == Severity::Error) { None } else { area }
}

/// The activities of a piece of an area file made only of `[[activity]]` tables, if it has no
/// error.
pub fn decode_activities(text: &str) -> Option<Vec<crate::model::Activity>> {
    let (document, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        return None;
    }
    let mut diagnostics = Vec::new();
    let activities = Decoder::new(FileId(0), &mut diagnostics).activities(&Table::root(&document));
    diagnostics.iter().all(|d| d.severity != Severity::Error).then_some(activities)
}

/// `plan.toml` first, then the area files (every other `*.toml`) in name order.
pub(crate) fn plan_files(dir: &Path, lang: Lang) -> Result<Vec<PathBuf>> {
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
    paths.insert(0, plan_file);
    Ok(paths)
}

/// What one file gave: its text (for diagnostics), its problems, and what it describes.
struct FileOutcome {
    text: String,
    diagnostics: Vec<Diagnostic>,
    decoded: Option<Decoded>,
}

/// What a plan file describes: the plan as a whole (`plan.toml`, always the first file) or an area.
enum Decoded {
    Plan(PlanInfo),
    Area(Area),
}

/// Whether the plan file `path` of `dir` is a symbolic link that leads outside the repository
/// (see [`Problem::LinkOutside`]), for commands that read plan files without [`load`].
pub fn leads_outside(dir: &Path, path: &Path) -> bool {
    !Boundary::new(dir).allows(path)
}

/// How far a plan file may lead through a symbolic link: to the top of the git repository that
/// holds the plan directory, else to the plan directory itself. Found only when a link is met,
/// since it may take running `git`.
struct Boundary<'a> {
    dir: &'a Path,
    top: std::sync::OnceLock<Option<PathBuf>>,
}

impl<'a> Boundary<'a> {
    fn new(dir: &'a Path) -> Boundary<'a> {
        Boundary { dir, top: std::sync::OnceLock::new() }
    }

    /// Whether `path` may be read: it is not a link, or it leads inside the boundary.
    fn allows(&self, path: &Path) -> bool {
        let is_link = fs::symlink_metadata(path).is_ok_and(|metadata| metadata.file_type().is_symlink());
        if !is_link {
            return true;
        }
        let top = self.top.get_or_init(|| {
            let top =
                crate::git::Repo::of(self.dir).map_or_else(|_| self.dir.to_path_buf(), |repo| repo.root);
            fs::canonicalize(top).ok()
        });
        // A link that leads nowhere is left to the reader, which says the file cannot be read.
        let Ok(target) = fs::canonicalize(path) else { return true };
        top.as_ref().is_some_and(|top| target.starts_with(top))
    }
}

/// Reads, parses and decodes one file.
fn read_file(file: FileId, path: &Path, boundary: &Boundary<'_>) -> FileOutcome {
    let mut diagnostics = Vec::new();
    if !boundary.allows(path) {
        diagnostics.push(Diagnostic::error(file, None, Problem::LinkOutside));
        return FileOutcome { text: String::new(), diagnostics, decoded: None };
    }
    let (text, problem) = match read_bounded(path) {
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
    let decoded = match problem {
        Some((span, problem)) => {
            diagnostics.push(Diagnostic::error(file, span, problem));
            None
        }
        None if file.0 == 0 => decode_text(&text, file, &mut diagnostics, |decoder, root| {
            Some(Decoded::Plan(decoder.plan_info(root)))
        }),
        None => {
            decode_text(&text, file, &mut diagnostics, |decoder, root| decoder.area(root).map(Decoded::Area))
        }
    };
    FileOutcome { text, diagnostics, decoded }
}

/// `work(0)` … `work(count - 1)` on every core, results in index order. Each thread takes the
/// next index when it is free, so a few large files do not leave a core idle.
fn in_parallel<T: Send>(count: usize, work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(count);
    if threads <= 1 {
        return (0..count).map(work).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<T>> = (0..count).map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if index >= count {
                            return done;
                        }
                        done.push((index, work(index)));
                    }
                })
            })
            .collect();
        for worker in workers {
            match worker.join() {
                Ok(done) => done.into_iter().for_each(|(index, result)| results[index] = Some(result)),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    results.into_iter().flatten().collect()
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

/// Parses and decodes the text of one file, adding its problems to `diagnostics`.
fn decode_text<T>(
    text: &str,
    file: FileId,
    diagnostics: &mut Vec<Diagnostic>,
    decode: impl FnOnce(&mut Decoder<'_>, &Table<'_, '_>) -> Option<T>,
) -> Option<T> {
    let (document, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for error in errors {
            let problem = Problem::Syntax { message: error.message().trim().to_owned() };
            diagnostics.push(Diagnostic::error(file, error.span(), problem));
        }
        return None;
    }
    let mut decoder = Decoder::new(file, diagnostics);
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
            let _ = decode_area(&text.join("\n"));
        }

        #[test]
        fn any_text_decodes_or_is_refused_without_panicking(text in "\\PC{0,200}") {
            let _ = decode_area(&format!("schema = 1\n{text}"));
        }
    }
}
