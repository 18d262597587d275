//! One module per subcommand. Each takes plain options and the [`Context`], never clap types.

pub mod areas;
pub mod list;
pub mod show;
// progress
pub mod cancel;
pub mod done;
mod progress;
pub mod reopen;
// validate
pub mod validate;
// reports
pub mod calendar;
pub mod output;
pub mod report;
pub mod summary;
pub mod timeline;
// import/export
pub mod export;
pub mod import;

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Result, bail};
use chrono::NaiveDate;

use crate::i18n::{Lang, Msg};
use crate::load::{self, Loaded};
use crate::render::{self, Style};

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
}

impl Context {
    /// Loads the plan for a command that needs it whole: any error in the files is printed, and
    /// the command stops (exit 2).
    pub fn load_plan(&self) -> Result<Loaded> {
        let dir = load::find_plan_dir(self.plan_dir.as_deref(), &self.cwd, self.lang)?;
        let loaded = load::load(&dir, self.lang)?;
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

    /// Writes command output to standard output.
    pub fn print(&self, text: &str) -> Result<()> {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(text.as_bytes())?;
        stdout.flush()?;
        Ok(())
    }
}
