//! `workplan schema`: the committed schemas are current, and the plans follow them.

use std::path::{Path, PathBuf};

use crate::common::*;

fn schema_file(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema").join(format!("{kind}.schema.json"))
}

/// A TOML document as the JSON an editor validates: dates become strings.
fn to_json(value: toml::Value) -> serde_json::Value {
    match value {
        toml::Value::String(text) => text.into(),
        toml::Value::Integer(int) => int.into(),
        toml::Value::Float(float) => float.into(),
        toml::Value::Boolean(flag) => flag.into(),
        toml::Value::Datetime(datetime) => datetime.to_string().into(),
        toml::Value::Array(items) => items.into_iter().map(to_json).collect(),
        toml::Value::Table(table) => table.into_iter().map(|(key, value)| (key, to_json(value))).collect(),
    }
}

fn validator(kind: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(schema_file(kind)).expect("the committed schema");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    jsonschema::validator_for(&schema).expect("a valid schema")
}

/// Every plan file of `dir` checked against its schema: the problems found, by file.
fn problems(dir: &Path) -> Vec<String> {
    let (plan, area) = (validator("plan"), validator("area"));
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("the plan directory") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|ext| ext != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("the file");
        let document = to_json(toml::Value::Table(text.parse::<toml::Table>().expect("TOML")));
        let validator = if path.ends_with("plan.toml") { &plan } else { &area };
        found.extend(validator.iter_errors(&document).map(|error| format!("{}: {error}", path.display())));
    }
    found
}

#[test]
fn the_committed_schemas_are_what_workplan_prints() {
    for kind in ["plan", "area"] {
        let printed = stdout_of(workplan().args(["schema", kind]));
        let committed = std::fs::read_to_string(schema_file(kind)).expect("the committed schema");
        assert_eq!(
            printed, committed,
            "docs/schema/{kind}.schema.json is stale: run `workplan schema {kind} -o docs/schema/{kind}.schema.json`"
        );
    }
}

#[test]
fn the_real_plan_and_the_fixtures_follow_the_schema() {
    for dir in [real_plan(), approved_plan(), fixture("progress")] {
        assert_eq!(problems(&dir), Vec::<String>::new(), "{}", dir.display());
    }
}

#[test]
fn a_mistake_the_loader_refuses_the_schema_flags_too() {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join("3.3-ciberseguridad.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replacen("schedule = \"2022-S1\"", "shedule = \"2022-S1\"", 1))
        .expect("write");
    let found = problems(plan.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("shedule"), "{found:?}");
}

#[test]
fn every_plan_file_names_its_schema_on_its_first_line() {
    for entry in std::fs::read_dir(real_plan()).expect("plan") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("read");
        let kind = if path.ends_with("plan.toml") { "plan" } else { "area" };
        let first = text.lines().next().unwrap_or_default();
        assert_eq!(first, format!("#:schema ../docs/schema/{kind}.schema.json"), "{}", path.display());
        let target = path.parent().expect("dir").join(first.trim_start_matches("#:schema "));
        assert!(target.is_file(), "{} points to a missing schema", path.display());
    }
}
