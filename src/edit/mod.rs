//! Changing a plan file so that a reviewer sees only what changed.
//!
//! The committee reviews progress as git diffs, so an edit may change only the lines that record
//! it: comments, blank lines, key order, quoting, line endings and every other activity stay byte
//! for byte. [`apply`] edits the text through `toml_edit` ([`document`]) and gives every untouched
//! line back its own ending ([`line_endings`]); [`write`] replaces the file atomically, and
//! [`lock`] keeps two `workplan` processes from editing one plan at the same time.

pub mod activities;
mod document;
pub mod journal;
pub(crate) mod line_endings;
pub mod lock;
pub mod renumber;
pub mod write;

use std::ops::Range;

use chrono::NaiveDate;
use toml_edit::DocumentMut;

use crate::number::Number;

/// One change to an activity's progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change<'a> {
    /// Appends `{ on = …, note = "…" }` to `done`, creating the list if needed.
    AddRecord { on: NaiveDate, note: Option<&'a str> },
    /// Removes the record at this position of `done`; the key goes with its last record.
    RemoveRecord { index: usize },
    /// Sets `cancelled = { on = …, reason = "…" }`, in place if it is already there.
    Cancel { on: NaiveDate, reason: &'a str },
    /// Removes `cancelled`.
    Uncancel,
    /// Changes the record at this position of `done` in place: its date if `on` is given, its
    /// note if `note` is (an empty note removes it).
    ReplaceRecord { index: usize, on: Option<NaiveDate>, note: Option<&'a str> },
}

/// Why a file could not be edited. The loader accepts layouts this editor does not change
/// (`[[activity.done]]` tables, say): those are refused rather than rewritten.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The key is not written in the form this editor changes.
    Layout { key: &'static str },
    /// The edit would not be valid TOML (a bug: nothing is written).
    Invalid,
    /// Several activities of the file have the number: which one is meant cannot be told.
    Ambiguous,
}

/// The text of an area file with `change` made to the activity numbered `number`.
pub fn apply(text: &str, number: &Number, change: Change<'_>) -> Result<String, EditError> {
    let mut doc: DocumentMut = line_endings::to_lf(text).parse().map_err(|_| EditError::Invalid)?;
    let activity = document::activity_mut(&mut doc, number)?;
    match change {
        Change::AddRecord { on, note } => document::add_record(activity, on, note)?,
        Change::RemoveRecord { index } => document::remove_record(activity, index)?,
        Change::Cancel { on, reason } => document::cancel(activity, on, reason)?,
        Change::Uncancel => document::uncancel(activity)?,
        Change::ReplaceRecord { index, on, note } => document::replace_record(activity, index, on, note)?,
    }
    Ok(line_endings::restore(text, &doc.to_string()))
}

/// The text of an area file with `change` made to the activity numbered `number`, which lies in
/// `region` of it (from its `[[activity]]` header to the next one, as the loader found them).
/// Only that piece is parsed and edited, so that an edit costs the size of the activity, not of
/// the file; the rest of the text is copied as it is.
pub fn apply_in(
    text: &str,
    region: Range<usize>,
    number: &Number,
    change: Change<'_>,
) -> Result<String, EditError> {
    let piece = text.get(region.clone()).ok_or(EditError::Invalid)?;
    if !piece.starts_with("[[") {
        // Not a table header: activities written as an inline list, which this editor leaves alone.
        return Err(EditError::Layout { key: "activity" });
    }
    let edited = apply(piece, number, change)?;
    Ok([&text[..region.start], edited.as_str(), &text[region.end..]].concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREA: &str = "\
# Área 3.3
schema = 1
number = \"3.3\"

[[activity]]
number = \"3.3.1\"
title = \"Webinar\"
resources = \"Tiempo.\"  # del grupo

[[activity]]
number = \"3.3.4\"
title = \"Reuniones\"
target = 4  # trimestral
";

    fn date(text: &str) -> NaiveDate {
        text.parse().expect("a test date")
    }

    fn number(text: &str) -> Number {
        text.parse().expect("a test number")
    }

    fn add(text: &str, activity: &str, on: &str, note: Option<&str>) -> String {
        apply(text, &number(activity), Change::AddRecord { on: date(on), note }).expect("the edit applies")
    }

    #[test]
    fn the_first_record_opens_a_list_after_the_last_key() {
        let edited = add(AREA, "3.3.1", "2022-03-10", Some("Realizado con 120 participantes"));
        let expected = AREA.replace(
            "resources = \"Tiempo.\"  # del grupo\n",
            "resources = \"Tiempo.\"  # del grupo\n\
             done = [\n  { on = 2022-03-10, note = \"Realizado con 120 participantes\" },\n]\n",
        );
        assert_eq!(edited, expected);
    }

    #[test]
    fn later_records_add_one_line_each() {
        let once = add(AREA, "3.3.4", "2022-03-10", None);
        let twice = add(&once, "3.3.4", "2022-06-02", None);
        let expected = AREA.replace(
            "target = 4  # trimestral\n",
            "target = 4  # trimestral\ndone = [\n  { on = 2022-03-10 },\n  { on = 2022-06-02 },\n]\n",
        );
        assert_eq!(twice, expected);
    }

    #[test]
    fn two_activities_with_one_number_are_not_edited() {
        let twice = format!("{AREA}\n[[activity]]\nnumber = \"3.3.1\"\ntitle = \"Otra\"\n");
        let change = Change::AddRecord { on: date("2022-03-10"), note: None };
        assert_eq!(apply(&twice, &number("3.3.1"), change), Err(EditError::Ambiguous));
        assert!(apply(&twice, &number("3.3.4"), change).is_ok(), "other activities can still be edited");
    }

    #[test]
    fn crlf_line_endings_survive_and_new_lines_follow_them() {
        let crlf = AREA.replace('\n', "\r\n");
        let edited = add(&crlf, "3.3.4", "2022-03-10", None);
        let expected = crlf.replace(
            "target = 4  # trimestral\r\n",
            "target = 4  # trimestral\r\ndone = [\r\n  { on = 2022-03-10 },\r\n]\r\n",
        );
        assert_eq!(edited, expected);
    }

    #[test]
    fn mixed_line_endings_stay_as_they_were_line_by_line() {
        let mixed = AREA.replacen('\n', "\r\n", 3);
        let edited = add(&mixed, "3.3.1", "2022-03-10", None);
        assert!(edited.starts_with(&mixed[..mixed.find("resources").expect("key")]));
        assert_eq!(edited.matches("\r\n").count(), 3, "only the first three lines end in CRLF");
    }

    #[test]
    fn a_comment_after_the_last_record_stays_on_its_line() {
        let text = format!("{AREA}done = [\n  {{ on = 2022-03-10 }},  # primera\n]\n");
        let edited = add(&text, "3.3.4", "2022-06-02", None);
        assert!(
            edited.ends_with("done = [\n  { on = 2022-03-10 },  # primera\n  { on = 2022-06-02 },\n]\n"),
            "{edited}"
        );
    }

    #[test]
    fn a_list_without_a_trailing_comma_gets_one() {
        let text = format!("{AREA}done = [\n  {{ on = 2022-03-10 }}  # primera\n]\n");
        let edited = add(&text, "3.3.4", "2022-06-02", None);
        assert!(
            edited.ends_with("done = [\n  { on = 2022-03-10 },  # primera\n  { on = 2022-06-02 },\n]\n"),
            "{edited}"
        );
    }

    #[test]
    fn a_one_line_list_is_spread_one_record_per_line() {
        let text = format!("{AREA}done = [{{ on = 2022-03-10 }}]  # registros\n");
        let edited = add(&text, "3.3.4", "2022-06-02", None);
        assert!(
            edited.ends_with("done = [\n  { on = 2022-03-10 },\n  { on = 2022-06-02 },\n]  # registros\n"),
            "{edited}"
        );
    }

    #[test]
    fn notes_are_one_line_basic_strings_whatever_they_hold() {
        let note = "dijo \"sí\" \\ luego\nen dos líneas\t'fin'";
        let edited = add(AREA, "3.3.1", "2022-03-10", Some(note));
        let line = edited.lines().find(|line| line.contains("2022-03-10")).expect("the record");
        assert_eq!(line, r#"  { on = 2022-03-10, note = "dijo \"sí\" \\ luego\nen dos líneas\t'fin'" },"#);
        let doc: DocumentMut = edited.parse().expect("valid TOML");
        let done = doc["activity"][0]["done"].as_array().expect("a list");
        let record = done.get(0).and_then(|v| v.as_inline_table()).expect("a record");
        assert_eq!(record.get("note").and_then(|v| v.as_str()), Some(note));
    }

    #[test]
    fn removing_the_only_record_gives_the_file_back() {
        let once = add(AREA, "3.3.4", "2022-03-10", Some("x"));
        let undone = apply(&once, &number("3.3.4"), Change::RemoveRecord { index: 0 }).expect("edit");
        assert_eq!(undone, AREA);
        let crlf = AREA.replace('\n', "\r\n");
        let once = add(&crlf, "3.3.4", "2022-03-10", None);
        let undone = apply(&once, &number("3.3.4"), Change::RemoveRecord { index: 0 }).expect("edit");
        assert_eq!(undone, crlf);
    }

    #[test]
    fn removing_a_record_keeps_the_comment_that_ends_the_line_before_it() {
        let text = format!(
            "{AREA}done = [\n  {{ on = 2022-03-10 }},  # primera\n  {{ on = 2022-06-02 }},  # segunda\n  \
             {{ on = 2022-09-01 }},\n]\n"
        );
        let middle = apply(&text, &number("3.3.4"), Change::RemoveRecord { index: 1 }).expect("edit");
        assert!(
            middle.ends_with("done = [\n  { on = 2022-03-10 },  # primera\n  { on = 2022-09-01 },\n]\n"),
            "{middle}"
        );
        let last = apply(&text, &number("3.3.4"), Change::RemoveRecord { index: 2 }).expect("edit");
        assert!(
            last.ends_with("  { on = 2022-03-10 },  # primera\n  { on = 2022-06-02 },  # segunda\n]\n"),
            "{last}"
        );
    }

    #[test]
    fn removing_from_a_one_line_list_keeps_it_tidy() {
        let text = format!("{AREA}done = [{{ on = 2022-03-10 }}, {{ on = 2022-06-02 }}]\n");
        let edited = apply(&text, &number("3.3.4"), Change::RemoveRecord { index: 0 }).expect("edit");
        assert!(edited.ends_with("done = [{ on = 2022-06-02 }]\n"), "{edited}");
    }

    #[test]
    fn any_record_is_amended_in_place_keeping_its_comment() {
        let text = format!(
            "{AREA}done = [\n  {{ on = 2022-03-10 }},  # primera\n  {{ on = 2022-06-02, note = \"x\" }},\n]\n"
        );
        let change = |on: Option<&str>, note| Change::ReplaceRecord { index: 0, on: on.map(date), note };
        let dated = apply(&text, &number("3.3.4"), change(Some("2022-03-11"), Some("Con 12"))).expect("edit");
        assert!(dated.ends_with("  { on = 2022-03-11, note = \"Con 12\" },  # primera\n  { on = 2022-06-02, note = \"x\" },\n]\n"), "{dated}");
        let second = Change::ReplaceRecord { index: 1, on: None, note: Some("") };
        let cleared = apply(&text, &number("3.3.4"), second).expect("edit");
        assert!(cleared.ends_with("  { on = 2022-06-02 },\n]\n"), "{cleared}");
        let missing = Change::ReplaceRecord { index: 2, on: None, note: None };
        assert_eq!(apply(&text, &number("3.3.4"), missing), Err(EditError::Layout { key: "done" }));
    }

    #[test]
    fn cancel_adds_a_line_and_uncancel_takes_it_away() {
        let change = Change::Cancel { on: date("2022-05-01"), reason: "Se unificó con 3.3.2" };
        let cancelled = apply(AREA, &number("3.3.1"), change).expect("edit");
        let expected = AREA.replace(
            "resources = \"Tiempo.\"  # del grupo\n",
            "resources = \"Tiempo.\"  # del grupo\n\
             cancelled = { on = 2022-05-01, reason = \"Se unificó con 3.3.2\" }\n",
        );
        assert_eq!(cancelled, expected);
        let reopened = apply(&cancelled, &number("3.3.1"), Change::Uncancel).expect("edit");
        assert_eq!(reopened, AREA);
    }

    #[test]
    fn cancelling_again_replaces_values_but_keeps_their_comments() {
        let text = format!(
            "{AREA}cancelled = {{ on = 2022-05-01, reason = 'Antes' }}  # decidido por el comité\n\
             resources = \"BID\"\n"
        );
        let change = Change::Cancel { on: date("2022-05-20"), reason: "Después" };
        let edited = apply(&text, &number("3.3.4"), change).expect("edit");
        let expected = text.replace(
            "cancelled = { on = 2022-05-01, reason = 'Antes' }  # decidido por el comité",
            "cancelled = { on = 2022-05-20, reason = \"Después\" }  # decidido por el comité",
        );
        assert_eq!(edited, expected);
    }

    #[test]
    fn a_cancelled_table_is_updated_in_place() {
        let text =
            format!("{AREA}\n[activity.cancelled]\non = 2022-05-01  # fecha del acta\nreason = \"Antes\"\n");
        let change = Change::Cancel { on: date("2022-05-20"), reason: "Después" };
        let edited = apply(&text, &number("3.3.4"), change).expect("edit");
        assert_eq!(
            edited,
            text.replace("2022-05-01  # fecha", "2022-05-20  # fecha").replace("\"Antes\"", "\"Después\"")
        );
    }

    #[test]
    fn layouts_it_does_not_edit_are_refused() {
        let tables = format!("{AREA}\n[[activity.done]]\non = 2022-03-10\n");
        let change = Change::AddRecord { on: date("2022-06-02"), note: None };
        assert_eq!(apply(&tables, &number("3.3.4"), change), Err(EditError::Layout { key: "done" }));
        assert_eq!(apply(AREA, &number("3.3.9"), change), Err(EditError::Layout { key: "activity" }));
        let removal = Change::RemoveRecord { index: 0 };
        assert_eq!(apply(AREA, &number("3.3.4"), removal), Err(EditError::Layout { key: "done" }));
        assert_eq!(
            apply(AREA, &number("3.3.4"), Change::Uncancel),
            Err(EditError::Layout { key: "cancelled" })
        );
        assert_eq!(apply("a = [", &number("3.3.4"), change), Err(EditError::Invalid));
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::load::decode_area;

    /// The real plan's largest area, with its comments: edits are tried on every activity of it.
    const AREA: &str = include_str!("../../tests/fixtures/approved/3.1-servicios-transfronterizos.toml");

    fn decode(text: &str) -> crate::model::Area {
        decode_area(text).expect("the area loads")
    }

    /// Byte ranges of each activity in `text`, by position: from its `[[activity]]` header to the
    /// next one, or to the end of the file.
    fn tables(text: &str) -> Vec<std::ops::Range<usize>> {
        let starts: Vec<usize> =
            decode(text).activities.iter().map(|activity| activity.spans.table.start).collect();
        let ends = starts.iter().skip(1).copied().chain([text.len()]);
        starts.iter().zip(ends).map(|(&start, end)| start..end).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// Whatever the note (quotes, backslashes, newlines, other scripts) and whichever the
        /// activity, a record changes only the bytes of that activity's table, loads back with
        /// its note intact, and removing it gives the file back byte for byte.
        #[test]
        fn a_record_changes_only_its_activity(which in 0usize..8, note in proptest::option::of("\\PC{0,40}|[\"\\\\\n\t#=\\[\\]{}]{0,8}"), crlf in any::<bool>(), day in 1u32..=28) {
            let original = if crlf { AREA.replace('\n', "\r\n") } else { AREA.to_owned() };
            let table = tables(&original)[which].clone();
            let number: Number = format!("3.1.{}", which + 1).parse().expect("a number");
            let on = NaiveDate::from_ymd_opt(2022, 6, day).expect("a date");
            let edited = apply(&original, &number, Change::AddRecord { on, note: note.as_deref() }).expect("the edit applies");
            prop_assert!(edited.starts_with(&original[..table.start]), "bytes before the activity changed");
            prop_assert!(edited.ends_with(&original[table.end..]), "bytes after the activity changed");
            let area = decode(&edited);
            let record = area.activities[which].done.last().expect("the record");
            prop_assert_eq!(record.on, on);
            prop_assert_eq!(record.note.as_deref(), note.as_deref());
            let undone = apply(&edited, &number, Change::RemoveRecord { index: 0 }).expect("the record is removed");
            prop_assert_eq!(undone, original);
        }

        /// Editing only the activity's piece of the file gives the same file as editing it whole.
        #[test]
        fn editing_the_piece_is_editing_the_file(which in 0usize..8, note in proptest::option::of("\\PC{0,40}"), crlf in any::<bool>()) {
            let original = if crlf { AREA.replace('\n', "\r\n") } else { AREA.to_owned() };
            let region = tables(&original)[which].clone();
            let number: Number = format!("3.1.{}", which + 1).parse().expect("a number");
            let on = NaiveDate::from_ymd_opt(2022, 6, 1).expect("a date");
            let change = Change::AddRecord { on, note: note.as_deref() };
            prop_assert_eq!(apply_in(&original, region, &number, change), apply(&original, &number, change));
        }

        /// A cancellation, too, stays inside its activity and comes off cleanly.
        #[test]
        fn a_cancellation_changes_only_its_activity(which in 0usize..8, reason in "\\PC{1,40}") {
            let table = tables(AREA)[which].clone();
            let number: Number = format!("3.1.{}", which + 1).parse().expect("a number");
            let on = NaiveDate::from_ymd_opt(2022, 5, 2).expect("a date");
            let edited = apply(AREA, &number, Change::Cancel { on, reason: &reason }).expect("the edit applies");
            prop_assert!(edited.starts_with(&AREA[..table.start]));
            prop_assert!(edited.ends_with(&AREA[table.end..]));
            let area = decode(&edited);
            prop_assert_eq!(area.activities[which].cancelled.as_ref().map(|c| c.reason.as_str()), Some(reason.as_str()));
            prop_assert_eq!(apply(&edited, &number, Change::Uncancel).expect("uncancelled"), AREA);
        }
    }
}
