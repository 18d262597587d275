//! What changed between two versions of the plan, in the plan's own terms.
//!
//! A reviewer asks which activities were added, removed, renumbered or rescheduled, what was
//! carried out or cancelled, and which words of a text were edited: not which lines of which
//! file changed. [`compare`] answers with a list of [`Change`]s; `render::changes` words them.
//! Activities are matched across versions by [`matching`], texts compared word by word by
//! [`words`].

pub mod focus;
pub mod matching;
pub mod words;

use crate::i18n::{Describe, Message};
use crate::model::{Activity, Area, Cancellation, Plan, PlanInfo, Record, Status};
use crate::number::Number;
use crate::schedule::{Frequency, Schedule};

/// One change, to the plan as a whole, to an area or to an activity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub scope: Scope,
    /// The number of the area or activity (as it is in the newer version, unless removed);
    /// empty for the plan as a whole.
    pub number: String,
    /// Its title (an area's name), as in the newer version unless removed.
    pub title: String,
    pub kind: Kind,
}

/// What a change is to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Plan,
    Area,
    Activity,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A value of `plan.toml`, an area or an activity was edited.
    Edited {
        field: Field,
        from: Option<String>,
        to: Option<String>,
    },
    AreaAdded,
    AreaRemoved,
    Added {
        when: When,
    },
    Removed,
    Renumbered {
        from: String,
        to: String,
    },
    Rescheduled {
        from: When,
        to: When,
    },
    Status {
        from: Status,
        to: Status,
    },
    RecordAdded(Record),
    RecordRemoved(Record),
    Cancelled(Cancellation),
    Uncancelled(Cancellation),
}

/// When an activity is planned, as its schedule, frequency and target say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct When {
    pub schedule: Option<Schedule>,
    pub every: Option<Frequency>,
    pub target: Option<u32>,
}

/// A value that may be edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Organisation,
    Title,
    Year,
    Background,
    Purpose,
    ApprovedBy,
    ApprovedOn,
    Committee,
    Members,
    Chair,
    Name,
    Objective,
    Place,
    Resources,
    Target,
    Allow,
}

impl Describe for Field {
    /// The name of a value of the plan, as a diff names what was edited.
    fn message(&self) -> Message<'static> {
        use Field::*;
        Message::new(match self {
            Organisation => "field-organisation",
            Title => "field-title",
            Year => "field-year",
            Background => "field-background",
            Purpose => "field-purpose",
            ApprovedBy => "field-approved-by",
            ApprovedOn => "field-approved-on",
            Committee => "field-committee",
            Members => "field-members",
            Chair => "field-chair",
            Name => "field-name",
            Objective => "field-objective",
            Place => "field-place",
            Resources => "field-resources",
            Target => "field-target",
            Allow => "field-allow",
        })
    }
}

impl Field {
    /// The stable code used in JSON: the key of the file.
    pub fn code(self) -> &'static str {
        match self {
            Field::Organisation => "organisation",
            Field::Title => "title",
            Field::Year => "year",
            Field::Background => "background",
            Field::Purpose => "purpose",
            Field::ApprovedBy => "approval.by",
            Field::ApprovedOn => "approval.on",
            Field::Committee => "committee.name",
            Field::Members => "committee.members",
            Field::Chair => "committee.chair",
            Field::Name => "name",
            Field::Objective => "objective",
            Field::Place => "place",
            Field::Resources => "resources",
            Field::Target => "target",
            Field::Allow => "allow",
        }
    }

    /// Whether the value is prose, whose edits are best shown word by word.
    pub fn is_text(self) -> bool {
        !matches!(self, Field::Year | Field::ApprovedOn | Field::Target)
    }
}

impl When {
    fn of(activity: &Activity) -> When {
        When { schedule: activity.schedule, every: activity.every, target: activity.target }
    }
}

/// Every change from `old` to `new`: the plan's values, then areas and activities in number
/// order.
pub fn compare(old: &Plan, new: &Plan) -> Vec<Change> {
    let mut changes = plan_info(&old.info, &new.info);
    changes.extend(areas(old, new));
    let old_activities: Vec<&Activity> = old.activities().map(|(_, activity)| activity).collect();
    let new_activities: Vec<&Activity> = new.activities().map(|(_, activity)| activity).collect();
    let found = matching::match_activities(&old_activities, &new_activities);
    let mut by_activity: Vec<(Option<Number>, Vec<Change>)> = Vec::new();
    for &(i, j) in &found.pairs {
        let (a, b) = (old_activities[i], new_activities[j]);
        by_activity.push((b.number.clone(), activity(a, b)));
    }
    for &i in &found.removed {
        let a = old_activities[i];
        by_activity.push((a.number.clone(), vec![change(a, Kind::Removed)]));
    }
    for &j in &found.added {
        let b = new_activities[j];
        by_activity.push((b.number.clone(), vec![change(b, Kind::Added { when: When::of(b) })]));
    }
    by_activity.sort_by(|a, b| a.0.cmp(&b.0));
    changes.extend(by_activity.into_iter().flat_map(|(_, changes)| changes));
    changes
}

fn change(activity: &Activity, kind: Kind) -> Change {
    Change { scope: Scope::Activity, number: activity.number_text(), title: activity.title.clone(), kind }
}

fn plan_info(old: &PlanInfo, new: &PlanInfo) -> Vec<Change> {
    let approval_by = |info: &PlanInfo| info.approval.as_ref().map(|a| a.by.clone());
    let approval_on = |info: &PlanInfo| info.approval.as_ref().map(|a| a.on.to_string());
    let committee = |info: &PlanInfo| info.committee.as_ref().map(|c| c.name.clone());
    let members = |info: &PlanInfo| info.committee.as_ref().map(|c| c.members.join(", "));
    let chair = |info: &PlanInfo| info.committee.as_ref().and_then(|c| c.chair.clone());
    let values = [
        (Field::Organisation, Some(old.organisation.clone()), Some(new.organisation.clone())),
        (Field::Title, Some(old.title.clone()), Some(new.title.clone())),
        (Field::Year, Some(old.year.to_string()), Some(new.year.to_string())),
        (Field::Background, Some(old.background.clone()), Some(new.background.clone())),
        (Field::Purpose, Some(old.purpose.clone()), Some(new.purpose.clone())),
        (Field::ApprovedBy, approval_by(old), approval_by(new)),
        (Field::ApprovedOn, approval_on(old), approval_on(new)),
        (Field::Committee, committee(old), committee(new)),
        (Field::Members, members(old), members(new)),
        (Field::Chair, chair(old), chair(new)),
    ];
    let title = new.title.clone();
    edits(values)
        .map(|kind| Change { scope: Scope::Plan, number: String::new(), title: title.clone(), kind })
        .collect()
}

/// An `Edited` change for each value that differs.
fn edits<const N: usize>(values: [(Field, Option<String>, Option<String>); N]) -> impl Iterator<Item = Kind> {
    values.into_iter().filter(|(_, from, to)| from != to).map(|(field, from, to)| Kind::Edited {
        field,
        from,
        to,
    })
}

fn areas(old: &Plan, new: &Plan) -> Vec<Change> {
    let mut changes = Vec::new();
    let area_change = |area: &Area, kind: Kind| Change {
        scope: Scope::Area,
        number: area.number.to_string(),
        title: area.name.clone(),
        kind,
    };
    for area in &new.areas {
        match old.area(&area.number) {
            None => changes.push(area_change(area, Kind::AreaAdded)),
            Some(before) => {
                let values = [
                    (Field::Name, Some(before.name.clone()), Some(area.name.clone())),
                    (Field::Objective, Some(before.objective.clone()), Some(area.objective.clone())),
                ];
                changes.extend(edits(values).map(|kind| area_change(area, kind)));
            }
        }
    }
    for area in old.areas.iter().filter(|area| new.area(&area.number).is_none()) {
        changes.push(area_change(area, Kind::AreaRemoved));
    }
    changes.sort_by_key(|change| change.number.parse::<Number>().ok());
    changes
}

/// What changed in one activity, in the order a reviewer reads it.
fn activity(old: &Activity, new: &Activity) -> Vec<Change> {
    let mut kinds = Vec::new();
    if old.number != new.number {
        kinds.push(Kind::Renumbered { from: old.number_text(), to: new.number_text() });
    }
    if (old.schedule, old.every) != (new.schedule, new.every) {
        kinds.push(Kind::Rescheduled { from: When::of(old), to: When::of(new) });
    }
    let allow = |activity: &Activity| {
        let names: Vec<&str> = activity.allow.iter().map(|allowance| allowance.check.name()).collect();
        (!names.is_empty()).then(|| names.join(", "))
    };
    kinds.extend(edits([
        (Field::Title, Some(old.title.clone()), Some(new.title.clone())),
        (Field::Place, old.place.as_deref().map(str::to_owned), new.place.as_deref().map(str::to_owned)),
        (Field::Target, old.target.map(|t| t.to_string()), new.target.map(|t| t.to_string())),
        (
            Field::Resources,
            old.resources.as_deref().map(str::to_owned),
            new.resources.as_deref().map(str::to_owned),
        ),
        (Field::Allow, allow(old), allow(new)),
    ]));
    if old.status() != new.status() {
        kinds.push(Kind::Status { from: old.status(), to: new.status() });
    }
    let (removed, added) = records(&old.done, &new.done);
    kinds.extend(removed.into_iter().map(Kind::RecordRemoved));
    kinds.extend(added.into_iter().map(Kind::RecordAdded));
    if old.cancelled != new.cancelled {
        kinds.extend(old.cancelled.clone().map(Kind::Uncancelled));
        kinds.extend(new.cancelled.clone().map(Kind::Cancelled));
    }
    kinds.into_iter().map(|kind| change(new, kind)).collect()
}

/// The records only the old list has, and those only the new one has (by date and note).
fn records(old: &[Record], new: &[Record]) -> (Vec<Record>, Vec<Record>) {
    let same = |a: &Record, b: &Record| a.on == b.on && a.note == b.note;
    let mut unmatched: Vec<Option<&Record>> = new.iter().map(Some).collect();
    let mut removed = Vec::new();
    for record in old {
        match unmatched.iter_mut().find(|slot| slot.is_some_and(|other| same(record, other))) {
            Some(slot) => *slot = None,
            None => removed.push(record.clone()),
        }
    }
    (removed, unmatched.into_iter().flatten().cloned().collect())
}

/// Whether nothing that the plan says differs: what `fmt` checks before it writes.
pub fn same_plan(old: &Plan, new: &Plan) -> bool {
    compare(old, new).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Area;
    use crate::source::FileId;

    fn activity(number: &str, title: &str) -> Activity {
        Activity {
            number: Some(number.parse().expect("number")),
            title: title.into(),
            schedule: Some("2022-S1".parse().expect("schedule")),
            place: Some("Virtual.".into()),
            ..Activity::default()
        }
    }

    fn plan(activities: Vec<Activity>) -> Plan {
        let area = Area {
            number: "3.1".parse().expect("number"),
            name: "Servicios".into(),
            objective: String::new(),
            activities,
            file: FileId(0),
            spans: Default::default(),
        };
        Plan { info: PlanInfo::default(), areas: vec![area] }
    }

    fn kinds(old: Vec<Activity>, new: Vec<Activity>) -> Vec<(String, Kind)> {
        compare(&plan(old), &plan(new)).into_iter().map(|change| (change.number, change.kind)).collect()
    }

    fn record(on: &str, note: Option<&str>) -> Record {
        Record { on: on.parse().expect("date"), note: note.map(Into::into), span: 0..0 }
    }

    #[test]
    fn an_unchanged_plan_has_no_changes() {
        let old = || vec![activity("3.1.1", "A"), activity("3.1.2", "B")];
        assert!(kinds(old(), old()).is_empty());
    }

    #[test]
    fn a_swap_is_two_renumberings() {
        let old = vec![activity("3.1.1", "A"), activity("3.1.2", "B")];
        let new = vec![activity("3.1.1", "B"), activity("3.1.2", "A")];
        assert_eq!(
            kinds(old, new),
            [
                ("3.1.1".into(), Kind::Renumbered { from: "3.1.2".into(), to: "3.1.1".into() }),
                ("3.1.2".into(), Kind::Renumbered { from: "3.1.1".into(), to: "3.1.2".into() }),
            ]
        );
    }

    #[test]
    fn progress_shows_as_status_records_and_cancellations() {
        let old = || vec![activity("3.1.1", "A"), activity("3.1.2", "B")];
        let mut new = old();
        new[0].done.push(record("2022-03-10", Some("120 participantes")));
        new[1].cancelled = Some(Cancellation { on: "2022-05-02".parse().expect("date"), reason: "r".into() });
        assert_eq!(
            kinds(old(), new),
            [
                ("3.1.1".into(), Kind::Status { from: Status::Pending, to: Status::Done }),
                ("3.1.1".into(), Kind::RecordAdded(record("2022-03-10", Some("120 participantes")))),
                ("3.1.2".into(), Kind::Status { from: Status::Pending, to: Status::Cancelled }),
                (
                    "3.1.2".into(),
                    Kind::Cancelled(Cancellation {
                        on: "2022-05-02".parse().expect("date"),
                        reason: "r".into()
                    })
                ),
            ]
        );
    }

    #[test]
    fn schedule_and_text_edits_are_named() {
        let old = vec![activity("3.1.1", "Documenta regional")];
        let mut new = vec![activity("3.1.1", "Documento regional")];
        new[0].schedule = Some("2022-S2".parse().expect("schedule"));
        new[0].place = None;
        let changes = kinds(old, new);
        assert!(matches!(changes[0].1, Kind::Rescheduled { .. }), "{changes:?}");
        assert_eq!(
            changes[1].1,
            Kind::Edited {
                field: Field::Title,
                from: Some("Documenta regional".into()),
                to: Some("Documento regional".into())
            }
        );
        assert_eq!(
            changes[2].1,
            Kind::Edited { field: Field::Place, from: Some("Virtual.".into()), to: None }
        );
    }

    #[test]
    fn records_are_compared_as_a_list_of_dates_and_notes() {
        let old = [record("2022-03-10", None), record("2022-06-02", Some("x"))];
        let new = [record("2022-06-02", Some("x")), record("2022-09-01", None)];
        let (removed, added) = records(&old, &new);
        assert_eq!(removed, [record("2022-03-10", None)]);
        assert_eq!(added, [record("2022-09-01", None)]);
    }

    #[test]
    fn added_and_removed_activities_come_in_number_order() {
        let old = vec![activity("3.1.1", "A"), activity("3.1.3", "C")];
        let new = vec![activity("3.1.1", "A"), activity("3.1.2", "B")];
        let changes = kinds(old, new);
        assert_eq!(changes[0].0, "3.1.2");
        assert!(matches!(changes[0].1, Kind::Added { .. }));
        assert_eq!(changes[1], ("3.1.3".into(), Kind::Removed));
    }
}
