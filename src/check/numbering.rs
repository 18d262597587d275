//! `numbering`: areas run 3.1, 3.2, … and match their file names; activities carry their area's
//! number and run 1, 2, 3 … across all files; no title starts with a stray number.

use std::collections::BTreeMap;
use std::path::Path;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{Findings, Places, gaps};
use crate::diagnostic::Problem;
use crate::load::PLAN_FILE;
use crate::model::{Activity, Area, Plan};
use crate::number::Number;
use crate::source::{FileId, Sources, Span};

pub(super) fn check(plan: &Plan, sources: &Sources, findings: &mut Findings) {
    file_names(plan, sources, findings);
    area_gaps(plan, sources, findings);
    activity_numbers(plan, sources, findings);
    for (area, activity) in plan.activities() {
        stray_number(area, activity, sources, findings);
    }
}

/// A number somewhere in the plan, where a finding about it would point.
struct Entry {
    last: u32,
    file: FileId,
    span: Option<Span>,
}

/// Each area's file name starts with the area's number: `3.1-servicios.toml`.
fn file_names(plan: &Plan, sources: &Sources, findings: &mut Findings) {
    for area in &plan.areas {
        let path = &sources.get(area.file).path;
        if file_number(path).as_ref() != Some(&area.number) {
            let file_name =
                path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
            let problem = Problem::FileNameMismatch { number: area.number.to_string(), file_name };
            findings.push(area.file, area.spans.number.clone(), problem);
        }
    }
}

/// The number a file name starts with: `3.1` for `3.1-servicios.toml` or `3.1.toml`. Only the
/// number need be UTF-8: a name whose rest is not (`3.1-caf\xE9.toml`, from a Latin-1 system)
/// still has its number.
fn file_number(path: &Path) -> Option<Number> {
    let stem = path.file_stem()?.as_encoded_bytes();
    let number = stem.split(|&byte| byte == b'-').next()?;
    std::str::from_utf8(number).ok()?.parse().ok()
}

/// Areas of each section run 1, 2, 3 …. An area file that could not be read still holds its
/// place by its name, so that its syntax error is not also reported as a missing area.
fn area_gaps(plan: &Plan, sources: &Sources, findings: &mut Findings) {
    let mut sections: BTreeMap<Number, Vec<Entry>> = BTreeMap::new();
    let mut add = |number: &Number, entry: Entry| {
        if let Some(section) = number.parent() {
            sections.entry(section).or_default().push(entry);
        }
    };
    for area in &plan.areas {
        add(
            &area.number,
            Entry { last: area.number.last(), file: area.file, span: area.spans.number.clone() },
        );
    }
    for (file, number) in unloaded_area_files(plan, sources) {
        if number.segments().len() == 2 {
            add(&number, Entry { last: number.last(), file, span: None });
        }
    }
    for (section, entries) in sections {
        report_gaps(&section, entries, findings);
    }
}

/// Files other than `plan.toml` that gave no area, with the number their name starts with.
fn unloaded_area_files(plan: &Plan, sources: &Sources) -> Vec<(FileId, Number)> {
    let loaded: FxHashSet<FileId> = plan.areas.iter().map(|area| area.file).collect();
    (0..sources.len())
        .map(FileId)
        .filter(|file| !loaded.contains(file))
        .filter(|file| sources.get(*file).path.file_name().is_none_or(|name| name != PLAN_FILE))
        .filter_map(|file| Some((file, file_number(&sources.get(file).path)?)))
        .collect()
}

/// Activity numbers: unique in the plan, made of their area's number and one more part, and
/// running 1, 2, 3 … within each area, wherever each one is written.
fn activity_numbers(plan: &Plan, sources: &Sources, findings: &mut Findings) {
    let areas: FxHashSet<&Number> = plan.areas.iter().map(|area| &area.number).collect();
    let mut first_seen: FxHashMap<&Number, (FileId, usize)> = FxHashMap::default();
    let mut by_area: FxHashMap<Number, Vec<Entry>> = FxHashMap::default();
    let mut places = Places::new(sources);
    for (area, activity) in plan.activities() {
        let Some(number) = &activity.number else { continue };
        let span = activity.spans.number.clone();
        let offset = span.as_ref().map_or(activity.spans.table.start, |span| span.start);
        if let Some(&(file, first_offset)) = first_seen.get(number) {
            let first = places.describe(file, first_offset);
            let problem = Problem::DuplicateActivityNumber { number: number.to_string(), first };
            findings.activity(area, activity, span.clone(), problem);
        } else {
            first_seen.insert(number, (area.file, offset));
        }
        let parent = number.parent().filter(|_| number.segments().len() == 3);
        if parent.as_ref() != Some(&area.number) {
            let problem = Problem::NotInArea { number: number.to_string(), area: area.number.to_string() };
            findings.activity(area, activity, span.clone(), problem);
        }
        if let Some(parent) = parent.filter(|parent| areas.contains(parent)) {
            by_area.entry(parent).or_default().push(Entry { last: number.last(), file: area.file, span });
        }
    }
    let mut by_area: Vec<_> = by_area.into_iter().collect();
    by_area.sort_by(|a, b| a.0.cmp(&b.0));
    for (area, entries) in by_area {
        report_gaps(&area, entries, findings);
    }
}

/// One finding per hole in the numbers under `parent`, at the number that follows the hole.
fn report_gaps(parent: &Number, mut entries: Vec<Entry>, findings: &mut Findings) {
    entries.sort_by_key(|entry| entry.last);
    let lasts: Vec<u32> = entries.iter().map(|entry| entry.last).collect();
    for (first, last, next) in gaps(&lasts) {
        let entry = &entries[next];
        let problem = Problem::NumberGap {
            missing: parent.child(first).to_string(),
            through: (last > first).then(|| parent.child(last).to_string()),
            next: parent.child(entry.last).to_string(),
        };
        findings.push(entry.file, entry.span.clone(), problem);
    }
}

/// A title that begins with a number, as when a list's numbering was pasted into it.
fn stray_number(area: &Area, activity: &Activity, sources: &Sources, findings: &mut Findings) {
    let Some(prefix) = stray_prefix(&activity.title) else { return };
    let span = activity.spans.title.clone().map(|title| {
        let text = &sources.get(area.file).text;
        match text.get(title.clone()).and_then(|written| written.find(prefix)) {
            Some(at) => title.start + at..title.start + at + prefix.len(),
            None => title,
        }
    });
    findings.activity(area, activity, span, Problem::StrayNumberInTitle { prefix: prefix.to_owned() });
}

/// The number a title starts with, if it reads as list numbering: `3.1.3)`, `3.1.3`, `1)` or
/// `1.` followed by a space. A title that starts with a year or a count ("2022 …", "4 reuniones")
/// is left alone.
fn stray_prefix(title: &str) -> Option<&str> {
    let title = title.trim_start();
    let end = title.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(title.len());
    let number = &title[..end];
    let parts: Vec<&str> = number.trim_end_matches('.').split('.').collect();
    if number.is_empty() || parts.iter().any(|part| part.is_empty()) {
        return None;
    }
    let rest = &title[end..];
    if rest.starts_with(')') {
        return Some(&title[..end + 1]);
    }
    let listed = parts.len() >= 2 || number.ends_with('.');
    let separated = rest.is_empty() || rest.starts_with(char::is_whitespace);
    (listed && separated).then_some(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spots_list_numbers_pasted_into_titles() {
        assert_eq!(stray_prefix("3.1.3) Webinar regional"), Some("3.1.3)"));
        assert_eq!(stray_prefix("3.1.3 Webinar regional"), Some("3.1.3"));
        assert_eq!(stray_prefix("  1) Webinar"), Some("1)"));
        assert_eq!(stray_prefix("1. Webinar"), Some("1."));
        assert_eq!(stray_prefix("3.1.3. Webinar"), Some("3.1.3."));
    }

    #[test]
    fn leaves_years_counts_and_plain_titles_alone() {
        for title in
            ["2022 Reunión anual", "4 reuniones", "Webinar 3.1", "", "Dos pilotos", "2.5x más", ". x"]
        {
            assert_eq!(stray_prefix(title), None, "{title}");
        }
    }

    #[test]
    fn reads_the_number_a_file_name_starts_with() {
        assert_eq!(file_number(Path::new("plan/3.1-servicios.toml")), "3.1".parse().ok());
        assert_eq!(file_number(Path::new("3.12.toml")), "3.12".parse().ok());
        assert_eq!(file_number(Path::new("servicios.toml")), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_name_that_is_not_utf8_still_has_its_number() {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"plan/3.1-caf\xE9.toml");
        assert_eq!(file_number(Path::new(name)), "3.1".parse().ok());
        assert_eq!(file_number(Path::new(std::ffi::OsStr::from_bytes(b"3.\xE9-x.toml"))), None);
    }
}
