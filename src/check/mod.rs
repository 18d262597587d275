//! The checks of `workplan validate`, each in its own module, run over the loaded plan.
//!
//! The `syntax` and `schema` findings come from the loader, which reports every problem of every
//! file; the checks here look at whatever loaded, so one broken file hides nothing in the others.
//! Each check costs time in proportion to the plan's size (hash maps, never pairwise
//! comparisons), so that a plan of 100 000 activities validates as fast as it loads.

mod completeness;
mod dates;
mod duplicates;
mod numbering;
pub mod text;

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::diagnostic::{Diagnostic, Problem, Severity};
use crate::model::{Activity, Area, Plan};
use crate::source::{FileId, LineIndex, Sources, Span};

/// What the checks found, and how many warnings activities allowed.
#[derive(Debug, Default)]
pub struct Findings {
    pub diagnostics: Vec<Diagnostic>,
    /// Warnings left out because their activity allows their check.
    pub allowed: usize,
    /// The allowances that suppressed something, by file and position.
    used: HashSet<(FileId, usize)>,
}

/// What one run checked and found, for its summary line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tally {
    pub files: usize,
    pub activities: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Warnings left out because their activity allows their check.
    pub allowed: usize,
    /// Files that could not be read as a plan file (a syntax error, unreadable bytes): their
    /// activities are not in `activities`, and the summary must say so.
    pub unread: usize,
}

/// Runs every check on the plan. `today` is the last day a completion may be recorded on.
pub fn run(plan: &Plan, sources: &Sources, today: NaiveDate) -> Findings {
    let mut findings = Findings::default();
    numbering::check(plan, sources, &mut findings);
    dates::check(plan, today, &mut findings);
    completeness::check(plan, &mut findings);
    duplicates::check(plan, &mut findings);
    text::check(plan, &mut findings);
    findings.report_unused_allowances(plan);
    findings
}

impl Findings {
    /// A finding about a file or an area rather than one activity.
    fn push(&mut self, file: FileId, span: Option<Span>, problem: Problem) {
        self.diagnostics.push(Diagnostic::new(file, span, problem));
    }

    /// A finding about one activity, unless it is a warning the activity allows.
    fn activity(&mut self, area: &Area, activity: &Activity, span: Option<Span>, problem: Problem) {
        if problem.severity() == Severity::Warning {
            let check = problem.check();
            if let Some(allowance) = activity.allow.iter().find(|allowance| allowance.check == check) {
                self.used.insert((area.file, allowance.span.start));
                self.allowed += 1;
                return;
            }
        }
        let number = Some(activity.number_text()).filter(|number| !number.is_empty());
        self.diagnostics.push(Diagnostic::new(area.file, span, problem).for_activity(number));
    }

    /// Like clippy's unfulfilled expectations: an allowance that suppressed nothing is stale.
    fn report_unused_allowances(&mut self, plan: &Plan) {
        for (area, activity) in plan.activities() {
            for allowance in &activity.allow {
                if !self.used.contains(&(area.file, allowance.span.start)) {
                    let problem = Problem::UnusedAllowance { check: allowance.check.name() };
                    self.activity(area, activity, Some(allowance.span.clone()), problem);
                }
            }
        }
    }
}

/// `file:line` of places that findings refer to, with each file's lines indexed once.
struct Places<'s> {
    sources: &'s Sources,
    lines: HashMap<FileId, LineIndex>,
}

impl<'s> Places<'s> {
    fn new(sources: &'s Sources) -> Self {
        Places { sources, lines: HashMap::new() }
    }

    fn describe(&mut self, file: FileId, offset: usize) -> String {
        let source = self.sources.get(file);
        let index = self.lines.entry(file).or_insert_with(|| LineIndex::new(&source.text));
        format!("{}:{}", source.display, index.line_col(&source.text, offset).line)
    }
}

/// The holes in a run of numbers that should go 1, 2, 3 …: for each, its first and last missing
/// number and the position in `sorted` of the number after it. Repeated numbers are skipped
/// (another finding reports them).
fn gaps(sorted: &[u32]) -> Vec<(u32, u32, usize)> {
    let mut expected = 1;
    let mut holes = Vec::new();
    for (position, &number) in sorted.iter().enumerate() {
        if number > expected {
            holes.push((expected, number - 1, position));
        }
        expected = expected.max(number.saturating_add(1));
    }
    holes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_holes_at_the_start_in_the_middle_and_long_ones() {
        assert!(gaps(&[1, 2, 3]).is_empty());
        assert!(gaps(&[]).is_empty());
        assert_eq!(gaps(&[2, 3]), [(1, 1, 0)]);
        assert_eq!(gaps(&[1, 2, 4, 8]), [(3, 3, 2), (5, 7, 3)]);
        assert!(gaps(&[1, 1, 2, 2, 3]).is_empty(), "repeats are not holes");
    }
}
