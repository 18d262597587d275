//! Which activity of one version of the plan is which activity of the other.
//!
//! Numbers identify activities, but a renumbering gives an activity a new number and its old
//! one to another activity, and one area may hold two activities with the same title (a webinar
//! in each semester). So matching goes in rounds, each among the activities still unmatched:
//! same number, title and schedule; same title and schedule (renumbered); same number and title
//! (rescheduled); same title (renumbered and rescheduled); same number (title edited). Within a
//! round the candidate with the nearest number wins. What is left was removed or added.

use crate::model::Activity;
use crate::text::fold;

/// Pairs of positions (old, new), in the order of the old activities, and the positions left
/// unmatched on each side.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Matching {
    pub pairs: Vec<(usize, usize)>,
    pub removed: Vec<usize>,
    pub added: Vec<usize>,
}

/// Whether two activities are the same, by one round's measure.
type Same<'f> = &'f dyn Fn(&Activity, &Activity) -> bool;

/// Matches `old` activities to `new` ones.
pub fn match_activities(old: &[&Activity], new: &[&Activity]) -> Matching {
    let mut old_free: Vec<Option<usize>> = (0..old.len()).map(Some).collect();
    let mut new_free: Vec<Option<usize>> = (0..new.len()).map(Some).collect();
    let mut pairs = Vec::new();
    let same_title = |a: &Activity, b: &Activity| fold(a.title.trim()) == fold(b.title.trim());
    let same_number = |a: &Activity, b: &Activity| a.number.is_some() && a.number == b.number;
    let rounds: [Same<'_>; 5] = [
        &|a, b| same_number(a, b) && same_title(a, b) && a.schedule == b.schedule,
        &|a, b| same_title(a, b) && a.schedule == b.schedule,
        &|a, b| same_number(a, b) && same_title(a, b),
        &|a, b| same_title(a, b),
        &|a, b| same_number(a, b),
    ];
    for same in rounds {
        for slot in old_free.iter_mut() {
            let Some(i) = *slot else { continue };
            let nearest = new_free
                .iter_mut()
                .filter(|candidate| candidate.is_some_and(|j| same(old[i], new[j])))
                .min_by_key(|candidate| candidate.map(|j| distance(old[i], new[j])));
            if let Some(j) = nearest.and_then(Option::take) {
                pairs.push((i, j));
                *slot = None;
            }
        }
    }
    pairs.sort_unstable();
    Matching {
        pairs,
        removed: old_free.into_iter().flatten().collect(),
        added: new_free.into_iter().flatten().collect(),
    }
}

/// How far apart two activities' numbers are: another area is farther than any position.
fn distance(a: &Activity, b: &Activity) -> (bool, u32) {
    match (&a.number, &b.number) {
        (Some(x), Some(y)) => (x.parent() != y.parent(), x.last().abs_diff(y.last())),
        _ => (true, u32::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::Schedule;

    fn activity(number: &str, title: &str, schedule: &str) -> Activity {
        Activity {
            number: Some(number.parse().expect("a number")),
            title: title.into(),
            schedule: Some(schedule.parse::<Schedule>().expect("a schedule")),
            ..Activity::default()
        }
    }

    fn matching(old: &[Activity], new: &[Activity]) -> Matching {
        let old: Vec<&Activity> = old.iter().collect();
        let new: Vec<&Activity> = new.iter().collect();
        match_activities(&old, &new)
    }

    #[test]
    fn the_same_number_and_title_is_the_same_activity() {
        let old = [activity("3.1.1", "Webinar", "2022-S1"), activity("3.1.2", "Documento", "2022")];
        let new = [activity("3.1.1", "Webinar", "2022-S2"), activity("3.1.2", "Documento", "2022")];
        assert_eq!(matching(&old, &new), Matching { pairs: vec![(0, 0), (1, 1)], ..Matching::default() });
    }

    #[test]
    fn swapped_numbers_follow_the_titles() {
        let old = [activity("3.1.4", "Webinar A", "2022-S2"), activity("3.1.5", "Webinar B", "2022-S2")];
        let new = [activity("3.1.4", "Webinar B", "2022-S2"), activity("3.1.5", "Webinar A", "2022-S2")];
        assert_eq!(matching(&old, &new).pairs, [(0, 1), (1, 0)]);
    }

    #[test]
    fn repeated_titles_are_told_apart_by_their_schedule() {
        // 3.1.2 and 3.1.4 share a title; a new activity at 3.1.2 shifts both.
        let old = [activity("3.1.2", "Webinar", "2022-S1"), activity("3.1.3", "Webinar", "2022-S2")];
        let new = [
            activity("3.1.2", "Nuevo", "2022-S1"),
            activity("3.1.3", "Webinar", "2022-S1"),
            activity("3.1.4", "Webinar", "2022-S2"),
        ];
        let result = matching(&old, &new);
        assert_eq!(result.pairs, [(0, 1), (1, 2)]);
        assert_eq!(result.added, [0]);
    }

    #[test]
    fn an_edited_title_keeps_its_number_and_the_rest_is_added_or_removed() {
        let old =
            [activity("3.3.3", "Documenta regional", "2022-S2"), activity("3.3.5", "Alimentar", "2022")];
        let new = [activity("3.3.3", "Documento regional", "2022-S2"), activity("3.3.6", "Otro", "2022")];
        assert_eq!(matching(&old, &new), Matching { pairs: vec![(0, 0)], removed: vec![1], added: vec![1] });
    }

    #[test]
    fn titles_match_whatever_their_case_and_accents() {
        let old = [activity("3.1.1", "Reunión Anual", "2022")];
        let new = [activity("3.2.1", "reunion anual", "2022")];
        assert_eq!(matching(&old, &new).pairs, [(0, 0)]);
    }
}
