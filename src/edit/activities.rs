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
