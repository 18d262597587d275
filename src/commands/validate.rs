//! `workplan validate`: every check on every file, in one run, for people, programs or GitHub.

use anyhow::Result;

use super::Context;
use crate::check::{self, Tally};
use crate::diagnostic::{Check, Diagnostic, Severity};
use crate::exit::Exit;
use crate::i18n::Msg;
use crate::load::Loaded;
use crate::render;

/// How findings are written to standard output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValidateFormat {
    /// rustc-style, with the source line and a marker under the exact place.
    Human,
    /// A stable JSON array of findings.
    Json,
    /// GitHub Actions workflow commands, shown inline in pull requests.
    Github,
}

pub struct ValidateOptions {
    pub format: ValidateFormat,
    /// Whether warnings fail the run as errors do (`--deny warnings`).
    pub deny_warnings: bool,
}

/// Prints every finding, then a summary on standard error (unless `-q`). Exits 2 when a file could not be read
/// at all (nothing was checked in it), else 1 on errors (or warnings when denied), else 0.
pub fn run(context: &Context, options: &ValidateOptions) -> Result<Exit> {
    let Loaded { plan, sources, diagnostics: loader, .. } = context.read_plan()?;
    let checked = check::run(&plan, &sources, context.today);
    let mut diagnostics = loader;
    diagnostics.extend(checked.diagnostics);
    // In file order, then place order; the sort is stable, so ties keep the order found.
    diagnostics.sort_by_key(|d| (d.file, d.span.as_ref().map(|span| (span.start, span.end))));

    let lang = context.lang;
    let text = match options.format {
        ValidateFormat::Human => {
            render::diagnostics::human(&diagnostics, &sources, lang, context.stdout.color)
        }
        ValidateFormat::Json => render::findings::json(&diagnostics, &sources, lang)?,
        ValidateFormat::Github => render::findings::github(&diagnostics, &sources, lang),
    };
    context.print(&text)?;

    let count = |severity| diagnostics.iter().filter(|d| d.severity == severity).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let tally = Tally {
        files: sources.len(),
        activities: plan.activities().count(),
        errors,
        warnings,
        allowed: checked.allowed,
        unread: unread_files(&diagnostics),
    };
    context.note(Msg::ValidateSummary {
        files: tally.files,
        activities: tally.activities,
        errors: tally.errors,
        warnings: tally.warnings,
        allowed: tally.allowed,
        unread: tally.unread,
    })?;
    Ok(exit(&diagnostics, errors, warnings, options.deny_warnings))
}

/// How many files gave the plan nothing, because they could not be read or parsed.
fn unread_files(diagnostics: &[Diagnostic]) -> usize {
    let unread: std::collections::BTreeSet<_> = diagnostics
        .iter()
        .filter(|d| matches!(d.problem.check(), Check::Syntax | Check::File))
        .map(|d| d.file)
        .collect();
    unread.len()
}

fn exit(diagnostics: &[Diagnostic], errors: usize, warnings: usize, deny_warnings: bool) -> Exit {
    if diagnostics.iter().any(|d| d.problem.stops_the_run()) {
        Exit::Failure
    } else if errors > 0 || (deny_warnings && warnings > 0) {
        Exit::Findings
    } else {
        Exit::Success
    }
}
