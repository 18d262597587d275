//! Finding the plan directory, and every kind of bad input the loader must explain.

use std::fs;
use std::path::Path;

use crate::common::*;

/// A copy of the approved plan with `file` replaced by `text`; returns its stderr for `list`.
fn list_with(file: &str, text: &[u8]) -> String {
    let plan = copy_plan(&approved_plan());
    fs::write(plan.path().join(file), text).expect("write the broken file");
    stderr_of(workplan_on(plan.path()).arg("list"), 2)
}

const AREA: &str = "3.3-ciberseguridad.toml";

fn area_with(activity: &str) -> String {
    format!(
        "schema = 1\nnumber = \"3.3\"\nname = \"Ciberseguridad\"\nobjective = \"x\"\n\n[[activity]]\n{activity}\n"
    )
}

#[test]
fn finds_the_plan_by_walking_up_from_the_current_directory() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output =
        stdout_of(workplan().current_dir(repo.join("tests/fixtures")).args(["list", "--format", "csv"]));
    assert_eq!(output.lines().count(), 38, "header and 37 activities of plan/");
    let inside = stdout_of(workplan().current_dir(repo.join("plan")).args(["show", "3.9.3"]));
    assert!(inside.contains("Lima, Perú."));
}

#[test]
fn workplan_dir_names_the_plan() {
    let output = stdout_of(workplan().env("WORKPLAN_DIR", approved_plan()).args(["show", "3.1.5"]));
    assert!(output.contains("3.1.3) Webinar"), "the approved fixture, not plan/");
}

#[test]
fn no_plan_anywhere_is_explained() {
    let empty = tempfile::tempdir().expect("temp dir");
    let stderr = stderr_of(workplan().current_dir(empty.path()).arg("list"), 2);
    assert!(stderr.starts_with("error: no plan found: no `plan/plan.toml` in"), "{stderr}");
    assert!(stderr.contains("--plan DIR"), "says what to do: {stderr}");
}

#[test]
fn a_missing_directory_is_explained() {
    let stderr = stderr_of(workplan_on(Path::new("/nonexistent/plan")).arg("list"), 2);
    assert!(stderr.contains("cannot open the plan directory `/nonexistent/plan`"), "{stderr}");
    assert!(stderr.contains("No such file or directory"), "{stderr}");
}

#[test]
fn an_empty_directory_is_not_a_plan() {
    let empty = tempfile::tempdir().expect("temp dir");
    let stderr = stderr_of(workplan_on(empty.path()).arg("list"), 2);
    assert!(stderr.contains("has no `plan.toml`: is it a plan directory?"), "{stderr}");
}

#[test]
fn a_file_is_not_a_plan_directory() {
    let file = approved_plan().join("plan.toml");
    let stderr = stderr_of(workplan_on(&file).arg("list"), 2);
    assert!(stderr.contains("is a file, not a plan directory"), "{stderr}");
}

#[test]
fn syntax_errors_name_file_line_and_column() {
    let stderr =
        list_with(AREA, area_with("number = \"3.3.1\"\ntitle = \"Webinar\nplace = \"x\"").as_bytes());
    assert!(stderr.contains("error[syntax]: invalid TOML"), "{stderr}");
    assert!(stderr.contains(&format!("{AREA}:8:17")), "{stderr}");
    assert!(stderr.ends_with("error: the plan could not be read: 1 error\n"), "{stderr}");
}

#[test]
fn wrong_types_are_explained() {
    let stderr = list_with(AREA, area_with("number = \"3.3.1\"\ntitle = 42").as_bytes());
    assert!(stderr.contains("3.3.1: `title` must be a text in quotes, not a whole number"), "{stderr}");
    assert!(stderr.contains(&format!("{AREA}:8:9")), "{stderr}");
}

#[test]
fn unknown_keys_suggest_the_nearest_known_one() {
    let stderr =
        list_with(AREA, area_with("number = \"3.3.1\"\ntitle = \"x\"\nshedule = \"2022-S1\"").as_bytes());
    assert!(stderr.contains("unknown key `shedule` in an [[activity]]"), "{stderr}");
    assert!(stderr.contains("help: did you mean `schedule`?"), "{stderr}");
    assert!(stderr.contains(&format!("{AREA}:9:1")), "{stderr}");
}

#[test]
fn missing_required_keys_are_named() {
    let stderr = list_with(AREA, area_with("number = \"3.3.1\"").as_bytes());
    assert!(stderr.contains("an [[activity]] has no `title`"), "{stderr}");
    let stderr = list_with("plan.toml", b"schema = 1\ntitle = \"Plan\"\norganisation = \"Red\"\n");
    assert!(stderr.contains("plan.toml has no `year`"), "{stderr}");
}

#[test]
fn bad_schedules_and_numbers_are_explained() {
    let stderr = list_with(
        AREA,
        area_with("number = \"3.3.01\"\ntitle = \"x\"\nschedule = \"2022-02-30\"").as_bytes(),
    );
    assert!(stderr.contains("`3.3.01` is not a valid number"), "{stderr}");
    assert!(stderr.contains("`2022-02-30` names a date or period that does not exist"), "{stderr}");
    let stderr = list_with(
        AREA,
        area_with("number = \"3.3.1\"\ntitle = \"x\"\nschedule = \"1er semestre\"").as_bytes(),
    );
    assert!(stderr.contains("`1er semestre` is not a schedule this format knows"), "{stderr}");
    assert!(stderr.contains("2022-S1"), "lists the forms: {stderr}");
}

#[test]
fn non_utf8_files_are_explained() {
    let mut bytes = area_with("number = \"3.3.1\"\ntitle = \"Medici\u{f3}n\"").into_bytes();
    let accent = bytes.iter().position(|&b| b == 0xC3).expect("the ó");
    bytes.splice(accent..accent + 2, [0xF3]);
    let stderr = list_with(AREA, &bytes);
    assert!(stderr.contains("the file is not UTF-8 text"), "{stderr}");
    assert!(stderr.contains("save the file as UTF-8"), "{stderr}");
    assert!(stderr.contains(&format!("{AREA}:8:")), "{stderr}");
}

#[test]
fn an_unsupported_schema_names_file_version_and_supported_ones() {
    let stderr = list_with(
        AREA,
        area_with("number = \"3.3.1\"\ntitle = \"x\"").replace("schema = 1", "schema = 2").as_bytes(),
    );
    assert!(stderr.contains("format version 2 is not supported by this workplan (supported: 1)"), "{stderr}");
    assert!(stderr.contains(&format!("{AREA}:1:10")), "{stderr}");
    let stderr = list_with(AREA, b"number = \"3.3\"\nname = \"x\"\n");
    assert!(stderr.contains("the file does not say its format version"), "{stderr}");
}

#[test]
fn two_files_for_one_area_are_refused() {
    let plan = copy_plan(&approved_plan());
    fs::copy(plan.path().join(AREA), plan.path().join("3.3-copia.toml")).expect("copy");
    let stderr = stderr_of(workplan_on(plan.path()).arg("list"), 2);
    assert!(stderr.contains("area 3.3 is already described in"), "{stderr}");
}

#[test]
fn every_problem_of_every_file_is_reported_at_once() {
    let plan = copy_plan(&approved_plan());
    fs::write(plan.path().join(AREA), area_with("number = \"3.3.1\"\ntitel = \"x\"")).expect("write");
    fs::write(plan.path().join("3.4-medicion-del-gobierno-digital.toml"), "schema = 1\nnumber = [")
        .expect("write");
    let stderr = stderr_of(workplan_on(plan.path()).arg("list"), 2);
    assert!(stderr.contains("unknown key `titel`"), "{stderr}");
    assert!(stderr.contains("3.4-medicion-del-gobierno-digital.toml:2:"), "{stderr}");
    assert!(stderr.contains("the plan could not be read: 3 errors"), "{stderr}");
}

#[test]
fn errors_speak_spanish_too() {
    let plan = copy_plan(&approved_plan());
    fs::write(plan.path().join(AREA), area_with("number = \"3.3.1\"\ntitel = \"x\"")).expect("write");
    let stderr = stderr_of(workplan_on(plan.path()).env("LANG", "es_AR.UTF-8").arg("list"), 2);
    assert!(stderr.contains("clave desconocida `titel`"), "{stderr}");
    assert!(stderr.contains("ayuda: ¿quiso decir `title`?"), "{stderr}");
}
