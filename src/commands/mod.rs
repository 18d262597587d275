//! One module per subcommand. Each takes plain options and the [`Context`], never clap types.

pub mod areas;
pub mod calendar;
pub mod cancel;
pub mod completions;
pub mod diff;
pub mod done;
pub mod export;
pub mod fmt;
pub mod import;
pub mod list;
pub mod man;
pub mod migrate;
pub mod output;
mod progress;
pub mod renumber;
pub mod reopen;
pub mod report;
pub mod schema;
pub mod show;
pub mod summary;
pub mod timeline;
pub mod validate;

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use crate::i18n::{Lang, Msg};
use crate::load::{self, Loaded};
use crate::render::{self, Style};
use crate::text::visible_lines;

/// What every command may need from its surroundings, decided once at start-up.
#[derive(Debug, Clone)]
pub struct Context {
    pub lang: Lang,
    /// "Today", passed in so that results are reproducible (`--today`).
    pub today: NaiveDate,
    /// How to write to standard output.
    pub stdout: Style,
    /// Whether standard error may use colour.
    pub stderr_color: bool,
    /// `--plan` or `WORKPLAN_DIR`, if given.
    pub plan_dir: Option<PathBuf>,
    /// Where to start looking for the plan.
    pub cwd: PathBuf,
    /// How much to say on standard error besides errors (`-q`, `-v`).
    pub verbosity: Verbosity,
}

/// How much a run says on standard error besides errors, which it always reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    /// `-q`: errors only; no summary lines or notes.
    Quiet,
    /// Errors, and notes on what was done besides the output ("wrote `report.html`").
    Normal,
    /// `-v`: also where the plan was found, what was read and how long it took.
    Verbose,
}

impl Context {
    /// Loads the plan for a command that needs it whole: any error in the files is printed, and
    /// the command stops (exit 2).
    pub fn load_plan(&self) -> Result<Loaded> {
        let loaded = self.read_plan()?;
        if loaded.has_errors() {
            self.print_diagnostics(&loaded)?;
            let count = loaded.diagnostics.len();
            bail!(self.lang.text(Msg::PlanHasErrors { count }));
        }
        Ok(loaded)
    }

    pub fn print_diagnostics(&self, loaded: &Loaded) -> Result<()> {
        let text =
            render::diagnostics::human(&loaded.diagnostics, &loaded.sources, self.lang, self.stderr_color);
        std::io::stderr().lock().write_all(text.as_bytes())?;
        Ok(())
    }

    /// Finds and reads the plan, whatever problems its files have (saying where, with `-v`).
    pub fn read_plan(&self) -> Result<Loaded> {
        let dir = load::find_plan_dir(self.plan_dir.as_deref(), &self.cwd, self.lang)?;
        self.detail(Msg::PlanDirectory { dir: &dir.display().to_string() })?;
        let started = Instant::now();
        let loaded = load::load(&dir, self.lang)?;
        self.detail(Msg::FilesRead {
            files: loaded.sources.len(),
            activities: loaded.plan.activities().count(),
            millis: started.elapsed().as_millis(),
        })?;
        Ok(loaded)
    }

    /// Says on standard error what a command did besides its output (a summary line, "wrote
    /// …"), unless `-q`. The one way commands write notes, so that none checks the flags.
    pub fn note(&self, msg: Msg<'_>) -> Result<()> {
        self.say(Verbosity::Normal, msg)
    }

    /// Says on standard error, with `-v` only, how the command went about its work.
    pub fn detail(&self, msg: Msg<'_>) -> Result<()> {
        self.say(Verbosity::Verbose, msg)
    }

    fn say(&self, level: Verbosity, msg: Msg<'_>) -> Result<()> {
        if self.verbosity >= level {
            writeln!(std::io::stderr().lock(), "{}", visible_lines(&self.lang.text(msg)))?;
        }
        Ok(())
    }

    /// Writes one line for people to standard output (a confirmation), its plan text made
    /// visible.
    pub fn print_line(&self, line: &str) -> Result<()> {
        self.print(&format!("{}\n", visible_lines(line)))
    }

    /// Writes command output to standard output.
    pub fn print(&self, text: &str) -> Result<()> {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(text.as_bytes())?;
        stdout.flush()?;
        Ok(())
    }
}
