//! Which activity of one version of the plan is which activity of the other.
//!
//! Numbers identify activities, but a renumbering gives an activity a new number and its old
//! one to another activity, and one area may hold two activities with the same title (a webinar
//! in each semester). So matching goes in rounds, each among the activities still unmatched:
//! same number, title and schedule; same title and schedule (renumbered); same number and title
//! (rescheduled); same title (renumbered and rescheduled); same number (title edited). Within a
//! round the candidate with the nearest number wins. What is left was removed or added.

use std::collections::HashMap;

use crate::model::Activity;
use crate::number::Number;
use crate::schedule::Schedule;
use crate::text::fold;

/// Pairs of positions (old, new), in the order of the old activities, and the positions left
/// unmatched on each side.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Matching {
    pub pairs: Vec<(usize, usize)>,
    pub removed: Vec<usize>,
    pub added: Vec<usize>,
}

/// What identifies an activity: its number, its title (folded) and its schedule.
struct Identity {
    number: Option<Number>,
    title: String,
    schedule: Option<Schedule>,
}

/// What one round compares: the number, the title, the schedule (each when it takes part).
type Key = (Option<Number>, Option<String>, Option<Option<Schedule>>);

/// Which of number, title and schedule each round compares, in order.
const ROUNDS: [(bool, bool, bool); 5] = [
    (true, true, true),
    (false, true, true),
    (true, true, false),
    (false, true, false),
    (true, false, false),
];

impl Identity {
    fn of(activity: &Activity) -> Identity {
        Identity {
            number: activity.number.clone(),
            title: fold(activity.title.trim()),
            schedule: activity.schedule,
        }
    }

    /// This activity's key in a round; none when the round compares numbers and it has none.
    fn key(&self, (number, title, schedule): (bool, bool, bool)) -> Option<Key> {
        if number && self.number.is_none() {
            return None;
        }
        Some((
            number.then(|| self.number.clone()).flatten(),
            title.then(|| self.title.clone()),
            schedule.then_some(self.schedule),
        ))
    }
}

/// Matches `old` activities to `new` ones.
pub fn match_activities(old: &[&Activity], new: &[&Activity]) -> Matching {
    let old_ids: Vec<Identity> = old.iter().map(|activity| Identity::of(activity)).collect();
    let new_ids: Vec<Identity> = new.iter().map(|activity| Identity::of(activity)).collect();
    let mut old_free = vec![true; old.len()];
    let mut new_free = vec![true; new.len()];
    let mut pairs = Vec::new();
    for round in ROUNDS {
        let mut candidates: HashMap<Key, Vec<usize>> = HashMap::new();
        for (j, id) in new_ids.iter().enumerate().filter(|(j, _)| new_free[*j]) {
            if let Some(key) = id.key(round) {
                candidates.entry(key).or_default().push(j);
            }
        }
        for (i, id) in old_ids.iter().enumerate() {
            let Some(found) =
                old_free[i].then(|| id.key(round)).flatten().and_then(|key| candidates.get(&key))
            else {
                continue;
            };
            let nearest =
                found.iter().copied().filter(|&j| new_free[j]).min_by_key(|&j| distance(old[i], new[j]));
            if let Some(j) = nearest {
                pairs.push((i, j));
                old_free[i] = false;
                new_free[j] = false;
            }
        }
    }
    pairs.sort_unstable();
    let unmatched =
        |free: Vec<bool>| free.into_iter().enumerate().filter(|(_, free)| *free).map(|(i, _)| i).collect();
    Matching { pairs, removed: unmatched(old_free), added: unmatched(new_free) }
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
