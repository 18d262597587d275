//! The edits on a `toml_edit` document, which keeps every comment, blank line and quote.
//!
//! Whitespace and comments live in each value's *decor* (the text before and after it). A
//! comment that ends a line is stored in the decor of whatever comes next, so adding or removing
//! a record moves decor around rather than dropping it, and a replaced value takes over the decor
//! of the value it replaces.

use chrono::NaiveDate;
use toml_edit::{Array, DocumentMut, Item, Table, TableLike, Value};
use toml_writer::{ToTomlValue, TomlStringBuilder};

use super::EditError;
use crate::number::Number;

/// How far records are indented in a list `workplan` opens.
const INDENT: &str = "  ";

/// The `[[activity]]` table numbered `number`. Two tables with that number make the edit
/// ambiguous: it is refused rather than made on the first one.
pub fn activity_mut<'d>(doc: &'d mut DocumentMut, number: &Number) -> Result<&'d mut Table, EditError> {
    let layout = EditError::Layout { key: "activity" };
    let activities = doc.get_mut("activity").and_then(Item::as_array_of_tables_mut).ok_or(layout)?;
    let numbered = |table: &Table| {
        let text = table.get("number").and_then(Item::as_str);
        text.and_then(|text| text.trim().parse::<Number>().ok()).as_ref() == Some(number)
    };
    let mut matching = activities.iter_mut().filter(|table| numbered(table));
    let first = matching.next().ok_or(layout)?;
    match matching.next() {
        Some(_) => Err(EditError::Ambiguous),
        None => Ok(first),
    }
}

pub fn add_record(activity: &mut Table, on: NaiveDate, note: Option<&str>) -> Result<(), EditError> {
    let record = record(on, note)?;
    match activity.get_mut("done") {
        Some(item) => push_line(item.as_array_mut().ok_or(EditError::Layout { key: "done" })?, record),
        None => {
            let mut list = Array::new();
            push_line(&mut list, record);
            activity.insert("done", Item::Value(Value::Array(list)));
        }
    }
    Ok(())
}

/// A record as an inline table on one line.
fn record(on: NaiveDate, note: Option<&str>) -> Result<Value, EditError> {
    let record = match note {
        Some(note) => format!("{{ on = {on}, note = {} }}", basic_string(note)),
        None => format!("{{ on = {on} }}"),
    };
    record.parse().map_err(|_| EditError::Invalid)
}

/// Sets or removes keys of a table. A new key takes its place in `order` (the documented key
/// order): the keys after it are taken out and put back behind it, with their comments, so that
/// only the new line shows in a diff. A key that is there keeps its place, spacing and comment.
pub fn set_keys(table: &mut Table, keys: &[(&str, Option<Value>)], order: &[&str]) -> Result<(), EditError> {
    for (key, value) in keys {
        match value {
            None => {
                table.remove(key);
            }
            Some(value) => match table.get_mut(key) {
                Some(Item::Value(old)) => {
                    let decor = old.decor().clone();
                    *old = value.clone();
                    *old.decor_mut() = decor;
                }
                Some(_) => return Err(EditError::Layout { key: "activity" }),
                None => insert_in_order(table, key, value.clone(), order),
            },
        }
    }
    Ok(())
}

fn insert_in_order(table: &mut Table, key: &str, value: Value, order: &[&str]) {
    let rank = |name: &str| order.iter().position(|known| *known == name).unwrap_or(order.len());
    let mine = rank(key);
    let later: Vec<String> = table
        .iter()
        .filter(|(name, item)| item.is_value() && rank(name) > mine)
        .map(|(name, _)| name.to_owned())
        .collect();
    let moved: Vec<(toml_edit::Key, Item)> =
        later.iter().filter_map(|name| table.remove_entry(name)).collect();
    table.insert(key, Item::Value(value.decorated(" ", "")));
    for (name, item) in moved {
        table.insert_formatted(&name, item);
    }
}

/// Removes the record at `index`; the `done` key goes with its last record, so that undoing the
/// first record gives the file back as it was.
pub fn remove_record(activity: &mut Table, index: usize) -> Result<(), EditError> {
    let layout = EditError::Layout { key: "done" };
    let list = activity.get_mut("done").and_then(Item::as_array_mut).ok_or(layout)?;
    if index >= list.len() {
        return Err(layout);
    }
    if list.len() == 1 {
        activity.remove("done");
        return Ok(());
    }
    if !is_multi_line(list) {
        list.remove(index);
        list.fmt();
        return Ok(());
    }
    let removed = list.remove(index);
    // The removed record's prefix starts with the end of the line before it (maybe a comment):
    // that stays, followed by whatever led up to the next record or the closing bracket.
    let (line_end, _) = split_line(prefix(&removed));
    match list.get_mut(index) {
        Some(next) => {
            let joined = format!("{line_end}{}", split_line(prefix(next)).1);
            next.decor_mut().set_prefix(joined);
        }
        None => {
            let joined = format!("{line_end}{}", split_line(raw(list.trailing())).1);
            list.set_trailing(joined);
        }
    }
    Ok(())
}

/// Changes the record at `index` in place: `on` if given, `note` if given (an empty one is
/// removed). The record keeps its line, its indent and its comment.
pub fn replace_record(
    activity: &mut Table,
    index: usize,
    on: Option<NaiveDate>,
    note: Option<&str>,
) -> Result<(), EditError> {
    let layout = EditError::Layout { key: "done" };
    let list = activity.get_mut("done").and_then(Item::as_array_mut).ok_or(layout)?;
    let record = list.get_mut(index).and_then(Value::as_inline_table_mut).ok_or(layout)?;
    if let Some(on) = on {
        let value: Value = on.to_string().parse().map_err(|_| EditError::Invalid)?;
        replace_keeping_decor(record, "on", value)?;
    }
    match note.map(str::trim) {
        Some("") => {
            let closing = record.get("note").map(|note| raw(note.decor().suffix()).to_owned());
            record.remove("note");
            if let (Some(closing), Some((_, last))) = (closing, record.iter_mut().last()) {
                last.decor_mut().set_suffix(closing);
            }
        }
        Some(note) => {
            let value: Value = basic_string(note).parse().map_err(|_| EditError::Invalid)?;
            if record.contains_key("note") {
                replace_keeping_decor(record, "note", value)?;
            } else {
                // The space before the closing brace moves behind the new last value.
                let closing = record.iter_mut().last().map(|(_, last)| {
                    let suffix = raw(last.decor().suffix()).to_owned();
                    last.decor_mut().set_suffix("");
                    suffix
                });
                record.insert("note", value.decorated(" ", closing.unwrap_or_default()));
            }
        }
        None => {}
    }
    Ok(())
}

/// Sets `cancelled`; an existing one keeps its place, its layout and its comments.
pub fn cancel(activity: &mut Table, on: NaiveDate, reason: &str) -> Result<(), EditError> {
    let reason = basic_string(reason);
    match activity.get_mut("cancelled") {
        Some(item) => {
            let table = item.as_table_like_mut().ok_or(EditError::Layout { key: "cancelled" })?;
            let on: Value = on.to_string().parse().map_err(|_| EditError::Invalid)?;
            let reason: Value = reason.parse().map_err(|_| EditError::Invalid)?;
            replace_keeping_decor(table, "on", on)?;
            replace_keeping_decor(table, "reason", reason)?;
        }
        None => {
            let value: Value =
                format!("{{ on = {on}, reason = {reason} }}").parse().map_err(|_| EditError::Invalid)?;
            activity.insert("cancelled", Item::Value(value));
        }
    }
    Ok(())
}

pub fn uncancel(activity: &mut Table) -> Result<(), EditError> {
    activity.remove("cancelled").map(drop).ok_or(EditError::Layout { key: "cancelled" })
}

/// A text as a one-line TOML basic string: a record stays on one line whatever its note holds.
fn basic_string(text: &str) -> String {
    TomlStringBuilder::new(text).as_basic().to_toml_value()
}

/// Appends `value` on a line of its own just before the closing bracket.
fn push_line(list: &mut Array, value: Value) {
    if !is_multi_line(list) {
        spread(list);
    }
    // Without a trailing comma, the last line's comment sits after the last value: move it past
    // the comma this adds.
    if !list.trailing_comma()
        && let Some(last) = list.iter_mut().last()
    {
        let after = raw(last.decor().suffix()).to_owned();
        last.decor_mut().set_suffix("");
        list.set_trailing(format!("{after}{}", raw(list.trailing())));
    }
    let indent = list.iter().last().map_or(INDENT, |last| indent_of(prefix(last))).to_owned();
    let trailing = raw(list.trailing()).to_owned();
    let (line_end, before_bracket) = split_line(&trailing);
    let line_end = if line_end.is_empty() { "\n" } else { line_end };
    list.push_formatted(value.decorated(format!("{line_end}{indent}"), ""));
    list.set_trailing(format!("\n{before_bracket}"));
    list.set_trailing_comma(true);
}

/// Puts each value of a one-line list on a line of its own.
fn spread(list: &mut Array) {
    for value in list.iter_mut() {
        value.decor_mut().set_prefix(format!("\n{INDENT}"));
        value.decor_mut().set_suffix("");
    }
    list.set_trailing("\n");
}

fn is_multi_line(list: &Array) -> bool {
    raw(list.trailing()).contains('\n')
        || list.iter().any(|value| prefix(value).contains('\n') || raw(value.decor().suffix()).contains('\n'))
}

/// Replaces the value of `key` with the TOML `value`, keeping the comments and spacing around
/// the old one.
fn replace_keeping_decor(table: &mut dyn TableLike, key: &str, value: Value) -> Result<(), EditError> {
    let old =
        table.get_mut(key).and_then(Item::as_value_mut).ok_or(EditError::Layout { key: "cancelled" })?;
    let decor = old.decor().clone();
    *old = value;
    *old.decor_mut() = decor;
    Ok(())
}

/// The text up to and including the first newline (the end of the line before), and the rest.
fn split_line(text: &str) -> (&str, &str) {
    match text.find('\n') {
        Some(end) => text.split_at(end + 1),
        None => ("", text),
    }
}

/// The spaces before a value on its line.
fn indent_of(prefix: &str) -> &str {
    match prefix.rfind('\n') {
        Some(start) => &prefix[start + 1..],
        None => INDENT,
    }
}

fn prefix(value: &Value) -> &str {
    raw(value.decor().prefix())
}

/// A piece of decor as text: a parsed document holds its decor as text, a new value none.
fn raw<'a>(decor: impl Into<Option<&'a toml_edit::RawString>>) -> &'a str {
    decor.into().and_then(toml_edit::RawString::as_str).unwrap_or("")
}
