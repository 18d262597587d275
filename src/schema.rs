//! The JSON Schema of the plan files, for editors.
//!
//! taplo (and VS Code's Even Better TOML, which runs it) validates a TOML file against the JSON
//! Schema its first line names (`#:schema ./area.schema.json`) and completes keys and values as
//! people type. The schemas are derived with `schemars` from the structs below, which mirror the
//! files' layout: one for `plan.toml`, one for an area file. They are written for JSON Schema
//! draft 7, which taplo reads; a TOML date is a string there, with `format: date`.
//!
//! These structs only describe the format: the loader (`load::decode`) reads the files. A test
//! checks that both know the same keys.

#![allow(dead_code)] // The structs are read by the `JsonSchema` derive only.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::Value;

/// A dotted area number.
const AREA_NUMBER: &str = r"^[1-9][0-9]*(\.(0|[1-9][0-9]*))$";
/// A dotted activity number.
const ACTIVITY_NUMBER: &str = r"^[1-9][0-9]*(\.(0|[1-9][0-9]*)){2}$";
/// The schedule codes of docs/format.md.
const SCHEDULE: &str = r"^(to-be-defined|as-needed|[0-9]{4}(-(S[12]|Q[1-4]|(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])|/(0[1-9]|1[0-2]))?))?)$";

/// `plan.toml`: the plan as a whole. Area files describe the work areas (see docs/format.md).
#[derive(JsonSchema)]
#[schemars(title = "workplan: plan.toml")]
#[serde(deny_unknown_fields)]
struct PlanFile {
    /// The format version: 1.
    #[schemars(range(min = 1, max = 1))]
    schema: u32,
    /// Who the plan belongs to.
    organisation: String,
    /// The plan's title as approved.
    title: String,
    /// The calendar year the plan covers.
    #[schemars(range(min = 1000, max = 9999))]
    year: u32,
    /// The "Antecedentes" section.
    background: Option<String>,
    /// The "Finalidad" section.
    purpose: Option<String>,
    /// Who approved the plan, and when.
    approval: Option<Approval>,
    /// The committee that drew the plan up.
    committee: Option<Committee>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct Approval {
    /// The body that approved the plan.
    by: String,
    /// The day it was approved.
    #[schemars(extend("format" = "date"))]
    on: String,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct Committee {
    /// The committee's name.
    name: String,
    /// Its members.
    members: Option<Vec<String>>,
    /// The member who chairs it.
    chair: Option<String>,
}

/// An area file: one work area and its activities (see docs/format.md).
#[derive(JsonSchema)]
#[schemars(title = "workplan: area file")]
#[serde(deny_unknown_fields)]
struct AreaFile {
    /// The format version: 1.
    #[schemars(range(min = 1, max = 1))]
    schema: u32,
    /// The area's number, two parts: "3.1" (a text, so that 3.10 stays 3.10).
    #[schemars(regex(pattern = AREA_NUMBER))]
    number: String,
    /// The area's name.
    name: String,
    /// Its "Objetivo".
    objective: Option<String>,
    /// Its activities, one [[activity]] table each.
    activity: Option<Vec<Activity>>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct Activity {
    /// "3.1.2": the area's number and the activity's position in it.
    #[schemars(regex(pattern = ACTIVITY_NUMBER))]
    number: String,
    /// The activity as approved, verbatim.
    title: String,
    /// "Lugar", verbatim.
    place: Option<String>,
    /// "Fecha": 2022, 2022-S1, 2022-Q3, 2022-03, 2022-03-15, to-be-defined or as-needed.
    #[schemars(regex(pattern = SCHEDULE))]
    schedule: Option<String>,
    /// How often a recurring activity takes place ("Trimestral" is quarter).
    every: Option<Every>,
    /// How many times it is to be carried out, when more than once.
    #[schemars(range(min = 1))]
    target: Option<u32>,
    /// "Recursos", verbatim.
    resources: Option<String>,
    /// Warnings of `workplan validate` accepted for this activity.
    allow: Option<Vec<Allowable>>,
    /// Each time it was carried out: `{ on = 2022-03-10, note = "…" }`, one per line.
    done: Option<Vec<Record>>,
    /// Why and when it was dropped.
    cancelled: Option<Cancellation>,
}

#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
enum Every {
    Month,
    Quarter,
    Semester,
}

/// The checks whose warnings an activity may allow.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
enum Allowable {
    Dates,
    Completeness,
    Duplicates,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct Record {
    /// The day it was carried out.
    #[schemars(extend("format" = "date"))]
    on: String,
    /// Anything worth keeping about it.
    note: Option<String>,
}

#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct Cancellation {
    /// The day it was dropped.
    #[schemars(extend("format" = "date"))]
    on: String,
    /// Why.
    reason: String,
}

/// Which file a schema is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchemaKind {
    Plan,
    Area,
}

/// The schema as pretty JSON, with a final newline.
pub fn json(kind: SchemaKind) -> String {
    let generator = SchemaSettings::draft07().into_generator();
    let schema: Schema = match kind {
        SchemaKind::Plan => generator.into_root_schema_for::<PlanFile>(),
        SchemaKind::Area => generator.into_root_schema_for::<AreaFile>(),
    };
    let mut value = schema.to_value();
    tidy(&mut value);
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// What TOML has no use for: null (an optional key is one left out, never one set to null),
/// and Rust's integer widths as formats.
fn tidy(value: &mut Value) {
    match value {
        Value::Object(object) => {
            if object.get("format").and_then(Value::as_str).is_some_and(|format| format.contains("int")) {
                object.remove("format");
            }
            if let Some(Value::Array(types)) = object.get_mut("type") {
                types.retain(|kind| kind != "null");
                if types.len() == 1 {
                    let only = types.remove(0);
                    object.insert("type".into(), only);
                }
            }
            if let Some(Value::Array(options)) = object.get_mut("anyOf") {
                options.retain(|option| option.get("type").is_none_or(|kind| kind != "null"));
                if let [only] = options.as_slice() {
                    let only = only.clone();
                    object.remove("anyOf");
                    if let Value::Object(fields) = only {
                        object.extend(fields);
                    }
                }
            }
            object.values_mut().for_each(tidy);
        }
        Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::keys;

    fn properties(schema: &Value, path: &[&str]) -> Vec<String> {
        let mut at = schema;
        for step in path {
            at = &at[step];
        }
        let mut names: Vec<String> =
            at["properties"].as_object().expect("properties").keys().cloned().collect();
        names.sort();
        names
    }

    fn sorted(keys: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = keys.iter().map(|key| (*key).to_owned()).collect();
        names.sort();
        names
    }

    #[test]
    fn the_schemas_name_exactly_the_keys_the_loader_knows() {
        let plan: Value = serde_json::from_str(&json(SchemaKind::Plan)).expect("JSON");
        let area: Value = serde_json::from_str(&json(SchemaKind::Area)).expect("JSON");
        assert_eq!(properties(&plan, &[]), sorted(keys::PLAN_KEYS));
        assert_eq!(properties(&plan, &["definitions", "Approval"]), sorted(keys::APPROVAL_KEYS));
        assert_eq!(properties(&plan, &["definitions", "Committee"]), sorted(keys::COMMITTEE_KEYS));
        assert_eq!(properties(&area, &[]), sorted(keys::AREA_KEYS));
        assert_eq!(properties(&area, &["definitions", "Activity"]), sorted(keys::ACTIVITY_KEYS));
        assert_eq!(properties(&area, &["definitions", "Record"]), sorted(keys::RECORD_KEYS));
        assert_eq!(properties(&area, &["definitions", "Cancellation"]), sorted(keys::CANCELLATION_KEYS));
    }

    #[test]
    fn allowable_checks_and_frequencies_are_the_models() {
        use crate::diagnostic::Check;
        use crate::schedule::Frequency;
        let area: Value = serde_json::from_str(&json(SchemaKind::Area)).expect("JSON");
        let names = |definition: &str| -> Vec<String> {
            let mut found: Vec<String> = area["definitions"][definition]["enum"]
                .as_array()
                .expect("an enum")
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect();
            found.sort();
            found
        };
        let allowable: Vec<&str> =
            Check::ALL.into_iter().filter(|c| c.can_be_allowed()).map(Check::name).collect();
        assert_eq!(names("Allowable"), sorted(&allowable));
        assert_eq!(names("Every"), sorted(&Frequency::NAMES));
    }

    fn validator(kind: SchemaKind) -> jsonschema::Validator {
        let schema: Value = serde_json::from_str(&json(kind)).expect("JSON");
        jsonschema::meta::validate(&schema).expect("a valid JSON Schema");
        jsonschema::validator_for(&schema).expect("a schema")
    }

    #[test]
    fn the_schedule_pattern_takes_exactly_the_codes_the_loader_takes() {
        let area = validator(SchemaKind::Area);
        let with = |schedule: &str| {
            serde_json::json!({
                "schema": 1, "number": "3.1", "name": "x",
                "activity": [{ "number": "3.1.1", "title": "t", "schedule": schedule }],
            })
        };
        for code in [
            "2022",
            "2022-S2",
            "2022-Q4",
            "2022-03",
            "2022-03/06",
            "2022-12-31",
            "to-be-defined",
            "as-needed",
        ] {
            assert!(code.parse::<crate::schedule::Schedule>().is_ok(), "{code}");
            assert!(area.is_valid(&with(code)), "{code}");
        }
        for code in [
            "2022-S3",
            "2022-13",
            "1er semestre 2022",
            "22",
            "2022-Q0",
            "2022-03-32",
            "2022-03/13",
            "2022-3/6",
        ] {
            assert!(code.parse::<crate::schedule::Schedule>().is_err(), "{code}");
            assert!(!area.is_valid(&with(code)), "{code}");
        }
    }

    #[test]
    fn unknown_keys_wrong_versions_and_numbers_are_invalid() {
        let area = validator(SchemaKind::Area);
        let plan = validator(SchemaKind::Plan);
        let good = serde_json::json!({ "schema": 1, "number": "3.1", "name": "x" });
        assert!(area.is_valid(&good));
        for bad in [
            serde_json::json!({ "schema": 2, "number": "3.1", "name": "x" }),
            serde_json::json!({ "schema": 1, "number": "3.1.1", "name": "x" }),
            serde_json::json!({ "schema": 1, "number": "3.1", "name": "x", "nombre": "y" }),
            serde_json::json!({ "schema": 1, "number": "3.1", "name": "x", "activity": [{ "number": "3.1.1", "title": "t", "target": 0 }] }),
            serde_json::json!({ "schema": 1, "number": "3.1", "name": "x", "activity": [{ "number": "3.1.1", "title": "t", "allow": ["syntax"] }] }),
        ] {
            assert!(!area.is_valid(&bad), "{bad}");
        }
        let minimal = serde_json::json!({ "schema": 1, "organisation": "o", "title": "t", "year": 2022 });
        assert!(plan.is_valid(&minimal));
        assert!(
            !plan
                .is_valid(&serde_json::json!({ "schema": 1, "organisation": "o", "title": "t", "year": 22 }))
        );
    }
}
