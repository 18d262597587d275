//! Changing which activities an area file holds, and their keys: the edits of `add`, `edit`,
//! `remove`, `move` and `area edit`.
//!
//! An activity's table is cut out with the comments and blank lines before its header (which
//! `toml_edit` keeps with the header), and new tables are written after the file's last line,
//! so that cutting out what was appended gives the file back byte for byte.

use std::ops::Range;

use toml_edit::{DocumentMut, Value};

use super::{EditError, document, line_endings, renumber};
use crate::number::Number;

/// The keys of an activity in the documented order, where a new key takes its place.
pub const ACTIVITY_KEYS: [&str; 10] =
    ["number", "title", "place", "schedule", "every", "target", "resources", "done", "cancelled", "allow"];

/// The keys of an area file in the documented order.
pub const AREA_KEYS: [&str; 4] = ["schema", "number", "name", "objective"];

/// A key's new value, or `None` to remove the key.
pub type KeyChange<'a> = (&'a str, Option<Value>);

/// The text of an area file with the keys of the activity numbered `number` (in `region`, as
/// for [`super::apply_in`]) set or removed.
pub fn set_keys_in(
    text: &str,
    region: Range<usize>,
    number: &Number,
    keys: &[KeyChange<'_>],
) -> Result<String, EditError> {
    let piece = text.get(region.clone()).ok_or(EditError::Invalid)?;
    if !piece.starts_with("[[") {
        return Err(EditError::Layout { key: "activity" });
    }
    let mut doc = parse(piece)?;
    let activity = document::activity_mut(&mut doc, number)?;
    document::set_keys(activity, keys, &ACTIVITY_KEYS)?;
    let edited = line_endings::restore(piece, &doc.to_string());
    Ok([&text[..region.start], edited.as_str(), &text[region.end..]].concat())
}

/// The text of an area (or plan) file with its top-level keys set or removed.
pub fn set_file_keys(text: &str, keys: &[KeyChange<'_>], order: &[&str]) -> Result<String, EditError> {
    let mut doc = parse(text)?;
    document::set_keys(doc.as_table_mut(), keys, order)?;
    Ok(line_endings::restore(text, &doc.to_string()))
}

/// Cuts the activity numbered `number`, which lies in `region` of an area file (from its
/// `[[activity]]` header to the next one, as the loader found them), out of the file: the file
/// without it, and the activity's block as text of its own (with LF line endings), numbered
/// `as_number`. The block starts with the comments and blank lines right above its header and
/// ends where the next activity's block starts, so that the blank line separating activities
/// goes with it.
pub fn take(
    text: &str,
    region: Range<usize>,
    number: &Number,
    as_number: &Number,
) -> Result<(String, String), EditError> {
    let piece = text.get(region.clone()).ok_or(EditError::Invalid)?;
    if !piece.starts_with("[[") {
        return Err(EditError::Layout { key: "activity" });
    }
    let start = block_start(text, region.start);
    let end = if region.end >= text.len() { text.len() } else { block_start(text, region.end) };
    let mut doc = parse(&text[start..end])?;
    let table = document::activity_mut(&mut doc, number)?;
    renumber::set_number(table, as_number)?;
    Ok(([&text[..start], &text[end..]].concat(), doc.to_string()))
}

/// Where the comment and blank lines right above the header at `header` begin.
fn block_start(text: &str, header: usize) -> usize {
    let mut start = header;
    while start > 0 {
        let line_start = text[..start - 1].rfind('\n').map_or(0, |at| at + 1);
        let line = text[line_start..start].trim();
        if !(line.is_empty() || line.starts_with('#')) {
            break;
        }
        start = line_start;
    }
    start
}

/// `table` (LF line endings, as [`take`] gives it) written after the last line of `text`, in
/// the file's line endings.
pub fn append(text: &str, table: &str) -> String {
    let mut lf = line_endings::to_lf(text);
    if !lf.is_empty() && !lf.ends_with('\n') {
        lf.push('\n');
    }
    lf.push_str(table);
    line_endings::restore(text, &lf)
}

fn parse(text: &str) -> Result<DocumentMut, EditError> {
    line_endings::to_lf(text).parse().map_err(|_| EditError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREA: &str = "\
#:schema ../docs/schema/area.schema.json
schema = 1

number = \"3.3\"
name = \"Ciberseguridad\"

[[activity]]
number = \"3.3.1\"
title = \"Webinar\"  # el primero
schedule = \"2022-S1\"
done = [
  { on = 2022-03-10 },  # con 120
  { on = 2022-04-01 },
]

# La segunda.
[[activity]]
number = \"3.3.2\"
title = \"Reuniones\"
[activity.cancelled]
on = 2022-05-01
reason = \"r\"
";

    fn number(text: &str) -> Number {
        text.parse().expect("a test number")
    }

    fn string(text: &str) -> Option<Value> {
        Some(Value::from(text))
    }

    fn first_region() -> Range<usize> {
        let start = AREA.find("[[activity]]").expect("a table");
        start..AREA.rfind("[[activity]]").expect("the second")
    }

    #[test]
    fn a_new_key_takes_its_documented_place_and_only_its_line_changes() {
        let edited = set_keys_in(AREA, first_region(), &number("3.3.1"), &[("place", string("Virtual"))])
            .expect("edit");
        assert_eq!(edited, AREA.replace("# el primero\n", "# el primero\nplace = \"Virtual\"\n"));
    }

    #[test]
    fn a_value_is_replaced_keeping_its_comment_and_a_key_removed_with_its_line() {
        let keys = [("title", string("Webinar regional")), ("schedule", None)];
        let edited = set_keys_in(AREA, first_region(), &number("3.3.1"), &keys).expect("edit");
        let expected =
            AREA.replace("\"Webinar\"  #", "\"Webinar regional\"  #").replace("schedule = \"2022-S1\"\n", "");
        assert_eq!(edited, expected);
    }

    #[test]
    fn area_keys_keep_their_order() {
        let edited = set_file_keys(AREA, &[("objective", string("Políticas"))], &AREA_KEYS).expect("edit");
        assert_eq!(
            edited,
            AREA.replace(
                "name = \"Ciberseguridad\"\n",
                "name = \"Ciberseguridad\"\nobjective = \"Políticas\"\n"
            )
        );
    }

    #[test]
    fn taking_the_last_activity_and_appending_it_again_is_the_identity() {
        let second = AREA.rfind("[[activity]]").expect("the second");
        let (rest, table) =
            take(AREA, second..AREA.len(), &number("3.3.2"), &number("3.3.2")).expect("taken");
        assert_eq!(rest, &AREA[..AREA.find("\n\n# La segunda").expect("the second") + 1]);
        assert!(table.starts_with("\n# La segunda.\n[[activity]]\n"), "{table}");
        assert!(table.contains("[activity.cancelled]\n"), "{table}");
        assert_eq!(append(&rest, &table), AREA);
        let crlf = AREA.replace('\n', "\r\n");
        let second = crlf.rfind("[[activity]]").expect("the second");
        let (rest, table) =
            take(&crlf, second..crlf.len(), &number("3.3.2"), &number("3.3.2")).expect("taken");
        assert_eq!(append(&rest, &table), crlf);
    }

    #[test]
    fn a_taken_activity_gets_its_new_number() {
        let region = first_region();
        let (rest, table) = take(AREA, region.clone(), &number("3.3.1"), &number("3.1.9")).expect("taken");
        assert!(table.starts_with("\n[[activity]]\nnumber = \"3.1.9\"\n"), "{table}");
        let blank = AREA.find("\n\n# La segunda").expect("the second") + 1;
        assert_eq!(rest, [&AREA[..region.start - 1], &AREA[blank..]].concat());
        let wrong = take(AREA, region, &number("3.3.7"), &number("3.3.7"));
        assert_eq!(wrong, Err(EditError::Layout { key: "activity" }));
    }
}

#[cfg(test)]
mod properties {
    use std::sync::Arc;

    use proptest::prelude::*;

    use super::*;
    use crate::load::decode_area;
    use crate::model::Activity;
    use crate::render::toml::activity_block;

    /// Two areas of the real plan, with their comments.
    const FROM: &str = include_str!("../../tests/fixtures/approved/3.1-servicios-transfronterizos.toml");
    const TO: &str = include_str!("../../tests/fixtures/approved/3.3-ciberseguridad.toml");

    fn number(text: &str) -> Number {
        text.parse().expect("a test number")
    }

    /// The activities' numbers in file order, and each one's region (header to next header).
    fn regions(text: &str) -> Vec<(Number, Range<usize>)> {
        let area = decode_area(text).expect("the area loads");
        let starts: Vec<usize> = area.activities.iter().map(|a| a.spans.table.start).collect();
        let ends = starts.iter().skip(1).copied().chain([text.len()]);
        let numbers = area.activities.iter().map(|a| a.number.clone().expect("numbered"));
        numbers.zip(starts.iter().zip(ends).map(|(&start, end)| start..end)).collect()
    }

    fn with_endings(text: &str, crlf: bool) -> String {
        if crlf { text.replace('\n', "\r\n") } else { text.to_owned() }
    }

    /// Any text a person could type, quotes, backslashes and other scripts included.
    fn words() -> impl Strategy<Value = String> {
        "[^\\p{C}]{1,30}|[\"\\\\#=\\[\\]{}' ]{1,6}x"
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// `add` appends a block, `remove` cuts it out: the file comes back byte for byte,
        /// whatever the values and the line endings.
        #[test]
        fn adding_then_removing_gives_the_file_back(title in words(), place in proptest::option::of(words()), crlf in any::<bool>()) {
            let original = with_endings(FROM, crlf);
            let new = number("3.1.9");
            let activity = Activity {
                number: Some(new.clone()),
                title,
                place: place.as_deref().map(Arc::from),
                ..Activity::default()
            };
            let added = append(&original, &activity_block(&activity));
            let (last, region) = regions(&added).pop().expect("an activity");
            prop_assert_eq!(&last, &new);
            let (rest, _) = take(&added, region, &new, &new).expect("taken");
            prop_assert_eq!(rest, original);
        }

        /// `edit` changes only the line of its key: one line replaced, added or removed.
        #[test]
        fn editing_changes_only_its_keys_line(which in 0usize..8, key in prop::sample::select(vec!["title", "place", "schedule", "resources", "target"]), value in words(), remove in any::<bool>(), crlf in any::<bool>()) {
            let original = with_endings(FROM, crlf);
            let (number, region) = regions(&original)[which].clone();
            let value = match key {
                "target" => Some(Value::from(4)),
                "schedule" => Some(Value::from("2022-S2")),
                _ => Some(Value::from(value)),
            };
            let value = if remove && key != "title" { None } else { value };
            let edited = set_keys_in(&original, region, &number, &[(key, value.clone())]).expect("edited");
            let before: Vec<&str> = original.split_inclusive('\n').collect();
            let after: Vec<&str> = edited.split_inclusive('\n').collect();
            let common = before.iter().zip(&after).take_while(|(a, b)| a == b).count();
            let same_end = before.iter().rev().zip(after.iter().rev()).take_while(|(a, b)| a == b).count();
            let changed_before = before.len().saturating_sub(common + same_end);
            let changed_after = after.len().saturating_sub(common + same_end);
            prop_assert!(changed_before <= 1 && changed_after <= 1, "more than one line changed:\n{}", edited);
            let area = decode_area(&edited).expect("the edit loads");
            let activity = &area.activities[which];
            let read = match key {
                "title" => Some(activity.title.clone()),
                "place" => activity.place.as_deref().map(str::to_owned),
                "resources" => activity.resources.as_deref().map(str::to_owned),
                "schedule" => activity.schedule.map(|s| s.to_string()),
                _ => activity.target.map(|t| t.to_string()),
            };
            let wanted = value.map(|value| value.as_str().map_or_else(|| value.to_string().trim().to_owned(), str::to_owned));
            prop_assert_eq!(read, wanted);
        }

        /// `move` to another area and back to the same place is the identity, on both files.
        #[test]
        fn moving_there_and_back_is_the_identity(which in 0usize..8, at in 0usize..6, crlf in any::<bool>()) {
            let (from, to) = (with_endings(FROM, crlf), with_endings(TO, !crlf));
            let (moved, region) = regions(&from)[which].clone();
            let numbers = |text: &str| regions(text).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
            let there = number("3.3.6");
            let (rest, block) = take(&from, region, &moved, &there).expect("taken");
            let mut order: Vec<Number> = numbers(&rest);
            let rest = renumber::renumber(&rest, &number("3.1"), &order).expect("closed up");
            let target = append(&to, &block);
            let mut target_order = numbers(&to);
            target_order.insert(at, there.clone());
            let target = renumber::renumber(&target, &number("3.3"), &target_order).expect("placed");
            let placed = number(&format!("3.3.{}", at + 1));
            let region = regions(&target).into_iter().find(|(n, _)| *n == placed).expect("moved").1;
            let back = number("3.1.8");
            let (target_rest, block) = take(&target, region, &placed, &back).expect("taken back");
            let target_rest = renumber::renumber(&target_rest, &number("3.3"), &numbers(&target_rest)).expect("closed up");
            prop_assert_eq!(target_rest, to);
            let home = append(&rest, &block);
            order = numbers(&home);
            let last = order.pop().expect("the moved one");
            order.insert(which, last);
            let home = renumber::renumber(&home, &number("3.1"), &order).expect("placed back");
            prop_assert_eq!(home, from);
        }
    }
}
