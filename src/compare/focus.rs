//! Narrowing changes to what one reader follows: some areas, some activities.
//!
//! `workplan diff --area/--activity` keeps a reviewer's share of a review; `workplan log` keeps
//! one activity's or one area's share of each commit. Both ask the same question of a change.

use super::{Change, Kind, Scope};
use crate::number::Number;

/// The areas and activities a reader follows; empty lists follow everything of that kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Focus {
    pub areas: Vec<Number>,
    pub activities: Vec<Number>,
}

impl Focus {
    /// Whether nothing narrows the changes.
    pub fn is_everything(&self) -> bool {
        self.areas.is_empty() && self.activities.is_empty()
    }

    /// Whether `change` is of a followed area or activity. An activity is followed by the number
    /// it has after the change (before it, if removed), and by the number it was renumbered
    /// from, so that a move into or out of an area shows in both.
    pub fn keeps(&self, change: &Change) -> bool {
        if self.is_everything() {
            return true;
        }
        let Ok(number) = change.number.parse::<Number>() else { return false };
        let former = match &change.kind {
            Kind::Renumbered { from, .. } => from.parse::<Number>().ok(),
            _ => None,
        };
        let numbers = || std::iter::once(&number).chain(former.as_ref());
        match change.scope {
            Scope::Plan => false,
            Scope::Area => self.areas.contains(&number),
            Scope::Activity => numbers().any(|number| {
                self.activities.contains(number)
                    || number.parent().is_some_and(|area| self.areas.contains(&area))
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Field;

    fn number(text: &str) -> Number {
        text.parse().expect("a number")
    }

    fn change(scope: Scope, number: &str, kind: Kind) -> Change {
        Change { scope, number: number.into(), title: "T".into(), kind }
    }

    #[test]
    fn an_area_keeps_its_activities_and_moves_in_and_out() {
        let focus = Focus { areas: vec![number("3.1")], activities: vec![] };
        let renumbered = |from: &str, to: &str| {
            change(Scope::Activity, to, Kind::Renumbered { from: from.into(), to: to.into() })
        };
        assert!(focus.keeps(&change(Scope::Activity, "3.1.2", Kind::Removed)));
        assert!(focus.keeps(&renumbered("3.2.1", "3.1.9")));
        assert!(focus.keeps(&renumbered("3.1.9", "3.2.1")));
        assert!(!focus.keeps(&renumbered("3.2.1", "3.2.2")));
        let edit = Kind::Edited { field: Field::Objective, from: None, to: Some("o".into()) };
        assert!(focus.keeps(&change(Scope::Area, "3.1", edit.clone())));
        assert!(!focus.keeps(&change(Scope::Area, "3.2", edit.clone())));
        assert!(!focus.keeps(&change(Scope::Plan, "", edit)));
    }

    #[test]
    fn an_activity_keeps_its_own_changes_and_everything_keeps_all() {
        let focus = Focus { areas: vec![], activities: vec![number("3.1.4")] };
        let renumbered =
            change(Scope::Activity, "3.1.4", Kind::Renumbered { from: "3.1.5".into(), to: "3.1.4".into() });
        assert!(focus.keeps(&renumbered));
        assert!(!focus.keeps(&change(Scope::Activity, "3.1.3", Kind::Removed)));
        assert!(!focus.keeps(&change(Scope::Area, "3.1", Kind::AreaAdded)));
        assert!(Focus::default().keeps(&change(Scope::Plan, "", Kind::AreaAdded)));
    }
}
