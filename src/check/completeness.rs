//! `completeness`: every activity says where, when and with what; nothing is left without a name.

use super::Findings;
use crate::diagnostic::Problem;
use crate::model::Plan;

pub(super) fn check(plan: &Plan, findings: &mut Findings) {
    for area in &plan.areas {
        // A missing key is the loader's finding (`schema`); an empty one is this check's.
        if let Some(span) = area.spans.name.clone().filter(|_| is_blank(Some(&area.name))) {
            findings.push(area.file, Some(span), Problem::EmptyAreaName);
        }
    }
    for (area, activity) in plan.activities() {
        if let Some(span) = activity.spans.title.clone().filter(|_| is_blank(Some(&activity.title))) {
            findings.activity(area, activity, Some(span), Problem::EmptyTitle);
        }
        let place = is_blank(activity.place.as_deref());
        // A schedule that is written but unreadable is the loader's finding, not a missing one.
        let schedule = activity.schedule.is_none() && activity.spans.schedule.is_none();
        let resources = is_blank(activity.resources.as_deref());
        if place || schedule || resources {
            let header = activity.spans.table.clone();
            findings.activity(
                area,
                activity,
                Some(header),
                Problem::MissingDetails { place, schedule, resources },
            );
        }
    }
}

/// Absent, or only blanks.
fn is_blank(text: Option<&str>) -> bool {
    text.is_none_or(|text| text.trim().is_empty())
}
