//! `workplan migrate`: a version-0 plan becomes the approved plan, byte for byte.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::common::*;

fn contents(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fs::read_dir(dir)
        .expect("a readable directory")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| {
            (PathBuf::from(path.file_name().expect("a name")), fs::read(&path).expect("a readable file"))
        })
        .collect()
}

#[test]
fn the_loader_points_old_files_to_migrate() {
    let stderr = stderr_of(workplan_on(&fixture("version-0")).arg("list"), 2);
    assert!(
        stderr.contains(
            "= help: a file of version 0 (older than `schema = 1`) is upgraded by `workplan migrate`"
        ),
        "{stderr}"
    );
    let plan = copy_plan(&real_plan());
    let path = plan.path().join("3.3-ciberseguridad.toml");
    let text = fs::read_to_string(&path).expect("read").replace("schema = 1", "schema = 0");
    fs::write(&path, text).expect("write");
    let stderr = stderr_of(workplan_on(plan.path()).args(["--lang", "es", "list"]), 2);
    assert!(stderr.contains("ejecute `workplan migrate` para actualizar los archivos del plan"), "{stderr}");
}

#[test]
fn a_version_0_plan_becomes_the_approved_plan() {
    let plan = copy_plan(&fixture("version-0"));
    let before = contents(plan.path());
    let diff = stdout_of(workplan_on(plan.path()).args(["migrate", "--dry-run"]));
    assert!(
        diff.contains(
            "-date = \"Trimestral (4 al año)\"\n+schedule = \"2022\"\n+every = \"quarter\"\n+target = 4\n"
        ),
        "{diff}"
    );
    assert_eq!(contents(plan.path()), before, "--dry-run wrote");
    let output = workplan_on(plan.path()).arg("migrate").assert().success().get_output().clone();
    assert!(output.stdout.is_empty(), "naming the files is a note, on standard error");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(stderr.lines().count(), 10, "{stderr}");
    assert!(
        stderr
            .contains(&format!("migrated `{}` from version 0 to 1", plan.path().join("plan.toml").display()))
    );
    assert_eq!(contents(plan.path()), contents(&approved_plan()));
    let again = stderr_of(workplan_on(plan.path()).arg("migrate"), 0);
    assert_eq!(again, "10 plan files are already at version 1: nothing to migrate\n");
}

#[test]
fn words_it_cannot_read_stop_the_migration_before_anything_is_written() {
    let plan = copy_plan(&fixture("version-0"));
    let path = plan.path().join("3.3-ciberseguridad.toml");
    let text = fs::read_to_string(&path).expect("read").replacen(
        "date = \"1er semestre 2022\"",
        "date = \"cuando se pueda\"",
        1,
    );
    fs::write(&path, text).expect("write");
    let before = contents(plan.path());
    let stderr = stderr_of(workplan_on(plan.path()).arg("migrate"), 2);
    assert_eq!(
        stderr,
        format!(
            "error: `{}`: 3.3.1 says `date = \"cuando se pueda\"`, which workplan cannot read as a schedule: replace it with a `schedule` code by hand (see docs/format.md); nothing was written\n",
            path.display()
        )
    );
    assert_eq!(contents(plan.path()), before);
}

#[test]
fn a_plan_that_would_still_have_errors_is_not_migrated() {
    let plan = copy_plan(&fixture("version-0"));
    let path = plan.path().join("3.3-ciberseguridad.toml");
    let text = fs::read_to_string(&path).expect("read").replacen("place = ", "lugar = ", 1);
    fs::write(&path, text).expect("write");
    let before = contents(plan.path());
    let stderr = stderr_of(workplan_on(plan.path()).arg("migrate"), 2);
    assert!(stderr.contains("unknown key `lugar`"), "{stderr}");
    assert!(stderr.ends_with("error: once migrated, the plan would still have 1 error: nothing was written; fix it and run `workplan migrate` again\n"), "{stderr}");
    assert_eq!(contents(plan.path()), before);
}

#[test]
fn the_current_plan_needs_nothing() {
    let stderr = stderr_of(workplan_on(&real_plan()).args(["--lang", "es", "migrate", "--dry-run"]), 0);
    assert_eq!(stderr, "10 archivos del plan ya están en la versión 1: no hay nada que actualizar\n");
}
