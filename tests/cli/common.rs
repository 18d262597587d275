//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// The repository's own plan directory.
pub fn real_plan() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("plan")
}

/// The plan exactly as approved, defects included.
pub fn approved_plan() -> PathBuf {
    fixture("approved")
}

/// A directory under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// `workplan` with a clean, reproducible environment: English, no colour, a fixed "today", and
/// no plan directory from the caller's environment.
pub fn workplan() -> Command {
    let mut command = Command::cargo_bin("workplan").expect("the workplan binary is built");
    for var in [
        "WORKPLAN_DIR",
        "WORKPLAN_LANG",
        "WORKPLAN_TODAY",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "NO_COLOR",
        "COLUMNS",
    ] {
        command.env_remove(var);
    }
    command.env("WORKPLAN_TODAY", "2022-07-15");
    command
}

/// `workplan --plan DIR`.
pub fn workplan_on(dir: &Path) -> Command {
    let mut command = workplan();
    command.arg("--plan").arg(dir);
    command
}

/// A writable copy of a plan directory, removed when dropped.
pub fn copy_plan(from: &Path) -> TempDir {
    let temp = tempfile::tempdir().expect("a temporary directory");
    for entry in std::fs::read_dir(from).expect("the plan directory is readable") {
        let entry = entry.expect("a directory entry");
        std::fs::copy(entry.path(), temp.path().join(entry.file_name())).expect("the file copies");
    }
    temp
}

/// A directory holding a writable copy of the real plan in `plan/`, as a repository does: run
/// `workplan` there and it finds `plan/` itself, and shows paths as `plan/…`.
pub fn repository_copy() -> TempDir {
    let root = tempfile::tempdir().expect("a temporary directory");
    let plan = copy_plan(&real_plan());
    std::fs::rename(plan.path(), root.path().join("plan")).expect("the copy moves into place");
    root
}

/// Standard output of a successful run, as text.
pub fn stdout_of(command: &mut Command) -> String {
    let output = command.assert().success().get_output().stdout.clone();
    String::from_utf8(output).expect("UTF-8 output")
}

/// Standard error of a run that exits with `code`, as text.
pub fn stderr_of(command: &mut Command, code: i32) -> String {
    let output = command.assert().code(code).get_output().stderr.clone();
    String::from_utf8(output).expect("UTF-8 output")
}

/// A copy of the approved plan in which 3.3.4 has two records, one with a note, and 3.3.1 is
/// cancelled: progress of every kind for `export --with-status` and its round trips.
pub fn plan_with_progress() -> tempfile::TempDir {
    let plan = copy_plan(&approved_plan());
    let file = plan.path().join("3.3-ciberseguridad.toml");
    let text = std::fs::read_to_string(&file).expect("readable");
    let text = text.replace(
        "target = 4\nresources = \"Tiempo del grupo de trabajo.\"",
        "target = 4\nresources = \"Tiempo del grupo de trabajo.\"\n\
         done = [\n  { on = 2022-03-10, note = \"Primera reunión — 12 países\" },\n  { on = 2022-06-02 },\n]",
    );
    let text = text.replacen(
        "resources = \"Tiempo del grupo de trabajo.\"\n\n[[activity]]\nnumber = \"3.3.2\"",
        "resources = \"Tiempo del grupo de trabajo.\"\ncancelled = { on = 2022-05-01, reason = \"Sin fondos\" }\n\n\
         [[activity]]\nnumber = \"3.3.2\"",
        1,
    );
    std::fs::write(&file, text).expect("written");
    plan
}

/// The `*.toml` files of a plan directory and their bytes, to tell whether a command changed any.
pub fn plan_files(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("a readable directory")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| (path.clone(), std::fs::read(&path).expect("a readable file")))
        .collect()
}
