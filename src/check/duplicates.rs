//! `duplicates`: two activities of one area with the same title and schedule, as when a line was
//! copied and not changed.

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};

use super::Findings;
use crate::diagnostic::Problem;
use crate::model::{Activity, Plan};
use crate::schedule::Schedule;
use crate::text::{fold_char, fold_into};

/// Activities are grouped by a hash of their comparable title, computed without building the
/// title; only activities whose hashes meet are compared in full. This keeps the check linear
/// and cheap on plans of many thousands of activities.
pub(super) fn check(plan: &Plan, findings: &mut Findings) {
    for area in &plan.areas {
        let mut seen: FxHashMap<(u64, Option<Schedule>), Vec<&Activity>> = FxHashMap::default();
        for activity in &area.activities {
            let Some(hash) = comparable_hash(&activity.title) else { continue };
            let candidates = seen.entry((hash, activity.schedule)).or_default();
            let title = || comparable(&activity.title);
            match candidates.iter().find(|first| comparable(&first.title) == title()) {
                Some(first) => {
                    let first = first.number_text();
                    let span = activity.spans.title.clone();
                    findings.activity(area, activity, span, Problem::DuplicateActivity { first });
                }
                None => candidates.push(activity),
            }
        }
    }
}

/// The words of a title as a reader compares them: a final full stop and spacing do not count.
fn words(title: &str) -> std::str::SplitWhitespace<'_> {
    title.trim_end_matches(|c: char| c == '.' || c.is_whitespace()).split_whitespace()
}

/// A hash of [`comparable`]`(title)`, or `None` for a title with nothing to compare.
fn comparable_hash(title: &str) -> Option<u64> {
    let mut hasher = FxHasher::default();
    let mut empty = true;
    for word in words(title) {
        if !empty {
            hasher.write_u32(u32::from(' '));
        }
        empty = false;
        word.chars().for_each(|c| fold_char(c, |folded| hasher.write_u32(u32::from(folded))));
    }
    (!empty).then(|| hasher.finish())
}

/// A title as a reader compares it: case, accents, spacing and a final full stop do not count.
fn comparable(title: &str) -> String {
    let mut folded = String::with_capacity(title.len());
    for word in words(title) {
        if !folded.is_empty() {
            folded.push(' ');
        }
        fold_into(word, &mut folded);
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_compare_as_a_reader_reads_them() {
        assert_eq!(
            comparable("Webinar  regional de Innovación."),
            comparable("webinar regional de innovacion")
        );
        assert_ne!(comparable("Webinar regional"), comparable("Segundo webinar regional"));
        assert_eq!(comparable(" . "), "");
    }

    #[test]
    fn equal_titles_hash_alike() {
        let hash = comparable_hash("Webinar  regional de Innovación.");
        assert_eq!(hash, comparable_hash("webinar regional de innovacion"));
        assert_ne!(hash, comparable_hash("Segundo webinar regional"));
        assert_eq!(comparable_hash(" . "), None);
    }
}
