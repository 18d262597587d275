//! Upgrading plan files written for an older version of the format to the current one.
//!
//! Version 0 is the format before schedule codes: files had no `schema` key (or `schema = 0`),
//! and an activity said when it takes place in the plan document's own words, `date = "1er
//! semestre 2022"` or `date = "Trimestral (4 al año)"`. Version 1 says `schema = 1` and writes
//! `schedule` (with `every` and `target` where the words said so): see docs/format.md.
//!
//! A migration edits the file through `toml_edit`, as the other edits do: every comment, the
//! order of keys and the layout stay; `schema = 1` takes the place of the file's first key (its
//! header comments stay above it), and the new keys the place of `date`, with its comments.

use toml_edit::{DocumentMut, Item, Key, Table, Value};

use crate::canonical::FileKind;
use crate::edit::line_endings;
use crate::import::dates;

/// The format version this build writes.
pub const CURRENT: i64 = 1;

/// Why a file cannot be migrated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MigrateError {
    /// Not TOML at all.
    NotToml,
    /// A version this build does not know how to migrate (a newer one, say).
    UnknownVersion(String),
    /// An activity's `date` in words this migration does not know: a person must write it.
    Wording { number: String, wording: String },
    /// `plan.toml` gives no `year` for "Anual".
    NoYear,
}

/// The format version a file says it is in: 0 when it says none.
pub fn version(text: &str) -> Result<i64, MigrateError> {
    let doc: DocumentMut = line_endings::to_lf(text).parse().map_err(|_| MigrateError::NotToml)?;
    match doc.get("schema") {
        None => Ok(0),
        Some(item) => {
            item.as_integer().ok_or_else(|| MigrateError::UnknownVersion(item.to_string().trim().into()))
        }
    }
}

/// The plan's year, which version 0's "Anual" leaves implicit.
pub fn year(plan_text: &str) -> Option<i32> {
    let doc: DocumentMut = line_endings::to_lf(plan_text).parse().ok()?;
    doc.get("year").and_then(Item::as_integer).and_then(|year| i32::try_from(year).ok())
}

/// The file in the current version; `None` when it already is.
pub fn migrate(text: &str, kind: FileKind, year: Option<i32>) -> Result<Option<String>, MigrateError> {
    match version(text)? {
        CURRENT => Ok(None),
        0 => from_0(text, kind, year).map(Some),
        other => Err(MigrateError::UnknownVersion(other.to_string())),
    }
}

fn from_0(text: &str, kind: FileKind, year: Option<i32>) -> Result<String, MigrateError> {
    let mut doc: DocumentMut = line_endings::to_lf(text).parse().map_err(|_| MigrateError::NotToml)?;
    if kind == FileKind::Area
        && let Some(activities) = doc.get_mut("activity").and_then(Item::as_array_of_tables_mut)
    {
        for activity in activities.iter_mut() {
            schedule_from_date(activity, year)?;
        }
    }
    set_schema(doc.as_table_mut());
    Ok(line_endings::restore(text, &doc.to_string()))
}

/// `schema = 1` as the first key, under the comments that head the file, set apart from the
/// keys that follow by a blank line.
fn set_schema(root: &mut Table) {
    let mut entries = take_entries(root);
    let first_is_schema = entries.first().is_some_and(|(key, _)| key.get() == "schema");
    let header = entries.first().map(|(key, _)| prefix(key)).unwrap_or_default();
    entries.retain(|(key, _)| key.get() != "schema");
    if let Some((first, _)) = entries.first_mut() {
        let own = if first_is_schema { prefix(first) } else { String::new() };
        first.leaf_decor_mut().set_prefix(format!("\n{}", own.trim_start_matches('\n')));
    }
    let mut schema = Key::new("schema");
    schema.leaf_decor_mut().set_prefix(header);
    root.insert_formatted(&schema, Item::Value(Value::from(CURRENT)));
    for (key, item) in entries {
        root.insert_formatted(&key, item);
    }
}

/// The comment lines and blank lines before a key.
fn prefix(key: &Key) -> String {
    key.leaf_decor().prefix().and_then(|raw| raw.as_str()).unwrap_or_default().to_owned()
}

/// Replaces an activity's `date` (the document's words) with `schedule`, `every` and `target`
/// in its place, under the comments that were above `date`.
fn schedule_from_date(activity: &mut Table, year: Option<i32>) -> Result<(), MigrateError> {
    let Some(date) = activity.get("date") else { return Ok(()) };
    let number = activity.get("number").and_then(Item::as_str).unwrap_or_default().to_owned();
    let when = match date {
        Item::Value(Value::Datetime(day)) => Some(dates::When {
            schedule: day
                .value()
                .to_string()
                .parse()
                .map_err(|_| wording_error(&number, &day.value().to_string()))?,
            every: None,
            target: None,
            year_assumed: false,
        }),
        _ => {
            let words = date.as_str().unwrap_or_default();
            let needs_year =
                crate::text::fold(words).contains("anual") || !words.chars().any(|c| c.is_ascii_digit());
            let year = match year {
                Some(year) => year,
                None if needs_year => return Err(MigrateError::NoYear),
                None => 0,
            };
            // The same reading of the document's date phrases as `workplan import`.
            dates::when(words, year)
        }
    };
    let when = when.ok_or_else(|| wording_error(&number, date.as_str().unwrap_or_default()))?;
    // A `target` written as a key of its own stays, whatever the words said.
    let target = if activity.contains_key("target") { None } else { when.target };
    let mut rebuilt = Vec::new();
    for (key, item) in take_entries(activity) {
        if key.get() != "date" {
            rebuilt.push((key, item));
            continue;
        }
        let suffix =
            item.as_value().and_then(|v| v.decor().suffix()).and_then(|raw| raw.as_str()).unwrap_or_default();
        let mut schedule = Key::new("schedule");
        *schedule.leaf_decor_mut() = key.leaf_decor().clone();
        rebuilt.push((schedule, Item::Value(Value::from(when.schedule.to_string()).decorated(" ", suffix))));
        if let Some(every) = when.every {
            rebuilt.push((Key::new("every"), Item::Value(Value::from(every.code()))));
        }
        if let Some(target) = target {
            rebuilt.push((Key::new("target"), Item::Value(Value::from(i64::from(target)))));
        }
    }
    for (key, item) in rebuilt {
        activity.insert_formatted(&key, item);
    }
    Ok(())
}

fn wording_error(number: &str, wording: &str) -> MigrateError {
    MigrateError::Wording { number: number.to_owned(), wording: wording.to_owned() }
}

/// Every key of a table with its value, in order, leaving the table empty (its header, decor
/// and position stay): how keys are put back in another order or with new ones between them.
fn take_entries(table: &mut Table) -> Vec<(Key, Item)> {
    let keys: Vec<String> = table.iter().map(|(key, _)| key.to_owned()).collect();
    keys.iter().filter_map(|key| table.remove_entry(key)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREA_0: &str = "\
# Área 3.3, versión 0 del formato.
# Formato: docs/format.md

number = \"3.3\"
name = \"Ciberseguridad\"

[[activity]]
number = \"3.3.1\"
title = \"Webinar regional sobre la materia.\"
place = \"Virtual.\"
# según el documento
date = \"1er semestre 2022\"  # tal cual
resources = \"Tiempo del grupo de trabajo.\"

[[activity]]
number = \"3.3.4\"
title = \"Reuniones del grupo de trabajo\"
date = \"Trimestral (4 al año)\"
resources = \"Tiempo del grupo de trabajo.\"
[activity.cancelled]
on = 2022-05-01
reason = \"r\"
";

    const AREA_1: &str = "\
# Área 3.3, versión 0 del formato.
# Formato: docs/format.md

schema = 1

number = \"3.3\"
name = \"Ciberseguridad\"

[[activity]]
number = \"3.3.1\"
title = \"Webinar regional sobre la materia.\"
place = \"Virtual.\"
# según el documento
schedule = \"2022-S1\"  # tal cual
resources = \"Tiempo del grupo de trabajo.\"

[[activity]]
number = \"3.3.4\"
title = \"Reuniones del grupo de trabajo\"
schedule = \"2022\"
every = \"quarter\"
target = 4
resources = \"Tiempo del grupo de trabajo.\"
[activity.cancelled]
on = 2022-05-01
reason = \"r\"
";

    #[test]
    fn a_version_0_area_becomes_version_1_keeping_its_comments() {
        assert_eq!(version(AREA_0), Ok(0));
        let migrated = migrate(AREA_0, FileKind::Area, Some(2022)).expect("migrates").expect("a change");
        assert_eq!(migrated, AREA_1);
        assert_eq!(migrate(&migrated, FileKind::Area, Some(2022)), Ok(None));
        let crlf = migrate(&AREA_0.replace('\n', "\r\n"), FileKind::Area, Some(2022)).expect("migrates");
        assert_eq!(crlf, Some(AREA_1.replace('\n', "\r\n")));
    }

    #[test]
    fn schema_0_is_version_0_and_the_plan_file_only_gains_its_version() {
        let plan = "# Plan\nschema = 0\norganisation = \"Red\"\nyear = 2022\n";
        let migrated = migrate(plan, FileKind::Plan, None).expect("migrates").expect("a change");
        assert_eq!(migrated, "# Plan\nschema = 1\n\norganisation = \"Red\"\nyear = 2022\n");
        assert_eq!(year(plan), Some(2022));
    }

    #[test]
    fn unknown_wording_and_versions_are_refused() {
        let odd = AREA_0.replace("1er semestre 2022", "cuando se pueda");
        assert_eq!(
            migrate(&odd, FileKind::Area, Some(2022)),
            Err(MigrateError::Wording { number: "3.3.1".into(), wording: "cuando se pueda".into() })
        );
        assert_eq!(
            migrate("schema = 7\n", FileKind::Area, None),
            Err(MigrateError::UnknownVersion("7".into()))
        );
        assert_eq!(migrate("schema = [", FileKind::Area, None), Err(MigrateError::NotToml));
        let anual = AREA_0.replace("1er semestre 2022", "Anual");
        assert_eq!(migrate(&anual, FileKind::Area, None), Err(MigrateError::NoYear));
    }

    #[test]
    fn a_target_of_its_own_wins_over_the_words() {
        let text = AREA_0
            .replace("date = \"Trimestral (4 al año)\"", "date = \"Trimestral (4 al año)\"\ntarget = 5");
        let migrated = migrate(&text, FileKind::Area, Some(2022)).expect("migrates").expect("a change");
        assert!(migrated.contains("every = \"quarter\"\ntarget = 5\n"), "{migrated}");
        assert_eq!(migrated.matches("target").count(), 1);
    }

    #[test]
    fn the_migrated_area_loads() {
        let migrated = migrate(AREA_0, FileKind::Area, Some(2022)).expect("migrates").expect("a change");
        let area = crate::load::decode_area(&migrated).expect("loads");
        assert_eq!(area.activities[1].target, Some(4));
    }
}
