//! One module per subcommand. Each takes plain options and the [`Context`], never clap types.

pub mod add;
pub mod area;
pub mod areas;
pub mod calendar;
pub mod cancel;
pub mod completions;
pub mod diff;
pub mod done;
pub mod edit;
pub mod export;
pub mod fields;
pub mod fmt;
pub mod import;
pub mod init;
pub mod list;
pub mod log;
pub mod man;
pub mod migrate;
pub mod move_to;
pub mod new;
pub mod output;
pub mod plan_change;
mod progress;
pub mod records;
pub mod remove;
pub mod renumber;
pub mod reopen;
pub mod report;
pub mod schema;
pub mod show;
pub mod site;
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
    /// Whether "today" was given (`--today`, `WORKPLAN_TODAY`) rather than read from the clock.
    pub today_given: bool,
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
    /// `--rev`: read the plan as it stood at this git revision instead of the working tree.
    pub rev: Option<String>,
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
            match &self.rev {
                Some(revision) => bail!(self.lang.text(Msg::RevisionHasErrors { revision, count })),
                None => bail!(self.lang.text(Msg::PlanHasErrors { count })),
            }
        }
        Ok(loaded)
    }

    pub fn print_diagnostics(&self, loaded: &Loaded) -> Result<()> {
        let text =
            render::diagnostics::human(&loaded.diagnostics, &loaded.sources, self.lang, self.stderr_color);
        std::io::stderr().lock().write_all(text.as_bytes())?;
        Ok(())
    }

    /// Finds and reads the plan, whatever problems its files have (saying where, with `-v`): the
    /// working tree's, or with `--rev` the one of that revision.
    pub fn read_plan(&self) -> Result<Loaded> {
        let dir = load::find_plan_dir(self.plan_dir.as_deref(), &self.cwd, self.lang)?;
        self.detail(Msg::PlanDirectory { dir: &dir.display().to_string() })?;
        let started = Instant::now();
        let loaded = match &self.rev {
            Some(revision) => load::load_revision(&dir, revision, self.lang)?.0,
            None => load::load(&dir, self.lang)?,
        };
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

    /// [`Context::note`] once a file is written: a standard error that cannot take the note
    /// does not make the run fail, since the file is there and exit 2 would say it is not (and
    /// there is nowhere left to report the failure).
    pub fn note_written(&self, msg: Msg<'_>) {
        let _ = self.note(msg);
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

    /// Prints what a command did once its files are written. The change is made by then, so
    /// standard output that cannot take the words (`> /dev/full`, a closed pipe) is reported on
    /// standard error and the run still succeeds: exit 2 would tell a script that retries that
    /// nothing was done, and it would do it twice. Plan text in it is made visible.
    pub fn confirm(&self, text: &str) -> Result<()> {
        if let Err(error) = self.print(&visible_lines(text)) {
            let io = error.downcast_ref::<std::io::Error>();
            if io.is_none_or(|io| io.kind() != std::io::ErrorKind::BrokenPipe) {
                let reason = match io {
                    Some(io) => self.lang.io_reason(io.kind(), &crate::i18n::os_text(io)),
                    None => error.to_string(),
                };
                let _ = writeln!(
                    std::io::stderr().lock(),
                    "{}",
                    self.lang.text(Msg::ConfirmationNotShown { reason: &reason })
                );
            }
        }
        Ok(())
    }

    /// Writes command output to standard output.
    pub fn print(&self, text: &str) -> Result<()> {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(text.as_bytes())?;
        stdout.flush()?;
        Ok(())
    }
}
