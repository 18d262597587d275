//! `duplicates`: two activities of one area with the same title and schedule, as when a line was
//! copied and not changed.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::Findings;
use crate::diagnostic::Problem;
use crate::model::{Activity, Plan};
use crate::schedule::Schedule;
use crate::text::fold_into;

pub(super) fn check(plan: &Plan, findings: &mut Findings) {
    for area in &plan.areas {
        let mut seen: HashMap<(String, Option<Schedule>), &Activity> = HashMap::new();
        for activity in &area.activities {
            let title = comparable(&activity.title);
            if title.is_empty() {
                continue;
            }
            match seen.entry((title, activity.schedule)) {
                Entry::Occupied(first) => {
                    let first = first.get().number_text();
                    let span = activity.spans.title.clone();
                    findings.activity(area, activity, span, Problem::DuplicateActivity { first });
                }
                Entry::Vacant(slot) => {
                    slot.insert(activity);
                }
            }
        }
    }
}

/// A title as a reader compares it: case, accents, spacing and a final full stop do not count.
fn comparable(title: &str) -> String {
    let mut folded = String::with_capacity(title.len());
    for word in title.trim_end_matches(|c: char| c == '.' || c.is_whitespace()).split_whitespace() {
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
}
