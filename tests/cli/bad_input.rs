//! The bad-input corpus (`tests/bad-input/`) and the toml-test suite's invalid cases: every one
//! gets a clear message naming the file (and line where there is one), the documented exit code,
//! and no panic.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::common::*;

#[derive(Deserialize)]
struct Corpus {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    #[serde(default = "default_target")]
    into: String,
    exit: i32,
    message: Option<String>,
    location: Option<String>,
    stdout: Option<String>,
}

fn default_target() -> String {
    "3.3-ciberseguridad.toml".into()
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-input")
}

/// What a run must never show, whatever the input.
fn assert_no_crash(name: &str, stderr: &str) {
    assert!(!stderr.contains("panicked"), "{name}: panic\n{stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{name}: panic\n{stderr}");
    assert!(!stderr.contains("Error {") && !stderr.contains("Os {"), "{name}: a Debug dump\n{stderr}");
}

#[test]
fn every_case_of_the_corpus_is_explained() {
    let text = fs::read_to_string(corpus_dir().join("cases.toml")).expect("the corpus manifest");
    let corpus: Corpus = toml::from_str(&text).expect("a valid manifest");
    assert!(corpus.case.len() >= 50, "the corpus keeps at least 50 cases");
    let failures: Vec<String> = corpus.case.iter().filter_map(|case| run_case(case).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        corpus.case.len(),
        failures.join("\n\n")
    );
}

/// Runs one case; the error says what differed.
fn run_case(case: &Case) -> Result<(), String> {
    {
        let plan = copy_plan(&approved_plan());
        let input =
            fs::read(corpus_dir().join("files").join(format!("{}.toml", case.name))).expect("case file");
        fs::write(plan.path().join(&case.into), input).expect("write the case");
        let output = workplan_on(plan.path()).arg("list").output().expect("workplan runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_no_crash(&case.name, &stderr);
        if output.status.code() != Some(case.exit) {
            return Err(format!(
                "{}: exit code {:?}, expected {}\n{stderr}",
                case.name,
                output.status.code(),
                case.exit
            ));
        }
        for expected in [&case.message, &case.location].into_iter().flatten() {
            if !stderr.contains(expected.as_str()) {
                return Err(format!("{}: expected `{expected}` in\n{stderr}", case.name));
            }
        }
        if let Some(expected) = &case.stdout.as_ref().filter(|expected| !stdout.contains(expected.as_str())) {
            return Err(format!("{}: expected `{expected}` in\n{stdout}", case.name));
        }
        Ok(())
    }
}

/// Standard error of `list` on a copy of the approved plan changed by `prepare`.
fn list_after(prepare: impl FnOnce(&Path)) -> String {
    let plan = copy_plan(&approved_plan());
    prepare(plan.path());
    let stderr = stderr_of(workplan_on(plan.path()).arg("list"), 2);
    assert_no_crash("special case", &stderr);
    stderr
}

#[test]
fn a_symlink_loop_is_named() {
    let stderr = list_after(|dir| {
        std::os::unix::fs::symlink(dir.join("b.toml"), dir.join("a.toml")).expect("symlink");
        std::os::unix::fs::symlink(dir.join("a.toml"), dir.join("b.toml")).expect("symlink");
    });
    assert!(stderr.contains("a.toml\n") && stderr.contains("the file cannot be read"), "{stderr}");
    assert!(stderr.contains("symbolic links"), "{stderr}");
}

#[test]
fn a_directory_named_like_a_plan_file_is_named() {
    let stderr = list_after(|dir| fs::create_dir(dir.join("x.toml")).expect("mkdir"));
    assert!(stderr.contains("x.toml") && stderr.contains("this is not a file"), "{stderr}");
}

#[test]
fn a_100_mb_file_is_refused_without_reading_it() {
    let stderr = list_after(|dir| {
        let file = fs::File::create(dir.join("3.9-enorme.toml")).expect("create");
        file.set_len(100 * 1024 * 1024).expect("a sparse 100 MB file");
    });
    assert!(stderr.contains("3.9-enorme.toml") && stderr.contains("too large"), "{stderr}");
    assert!(stderr.contains("100 MiB; the limit is 64 MiB"), "{stderr}");
}

#[test]
fn an_unreadable_file_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let plan = copy_plan(&approved_plan());
    let file = plan.path().join("3.3-ciberseguridad.toml");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::read(&file).is_ok() {
        eprintln!("skipped: this user (root?) can read a file with mode 000");
        return;
    }
    let stderr = stderr_of(workplan_on(plan.path()).arg("list"), 2);
    assert!(stderr.contains("3.3-ciberseguridad.toml") && stderr.contains("Permission denied"), "{stderr}");
}

#[test]
fn plan_toml_missing_beside_area_files() {
    let plan = copy_plan(&approved_plan());
    fs::remove_file(plan.path().join("plan.toml")).expect("rm");
    let stderr = stderr_of(workplan_on(plan.path()).arg("list"), 2);
    assert!(stderr.contains("has no `plan.toml`"), "{stderr}");
}

/// Every `*.toml` under `dir`, recursively, in name order.
fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("readable directory") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files.extend(toml_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
    files.sort();
    files
}

#[test]
fn every_invalid_case_of_the_toml_test_suite_is_refused_with_a_location() {
    let suite = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/testdata/toml-test-invalid");
    if !suite.is_dir() {
        eprintln!("skipped: {} is not here", suite.display());
        return;
    }
    let cases = toml_files(&suite);
    let plan = copy_plan(&approved_plan());
    let target = plan.path().join("3.3-ciberseguridad.toml");
    for case in &cases {
        fs::copy(case, &target).expect("copy the case");
        let output = workplan_on(plan.path()).arg("list").output().expect("workplan runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let name = case.display().to_string();
        assert_no_crash(&name, &stderr);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{name} was accepted:\n{}",
            String::from_utf8_lossy(&output.stdout)
        );
        assert!(stderr.contains("3.3-ciberseguridad.toml:"), "{name}: no file:line in\n{stderr}");
    }
    eprintln!("{} invalid toml-test cases refused", cases.len());
}
