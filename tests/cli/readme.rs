//! The README's examples show real output.

use std::path::Path;

use crate::common::*;

/// The output shown under `$ COMMAND` in a README code block.
fn readme_output(command: &str) -> String {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README");
    let marker = format!("$ {command}\n");
    let start = readme.find(&marker).map(|i| i + marker.len()).expect("the example is in the README");
    let end = readme[start..].find("```").map(|i| start + i).expect("the code block ends");
    readme[start..end].to_owned()
}

#[test]
fn the_list_example_is_real() {
    let shown = readme_output("workplan list --area 3.9");
    assert_eq!(stdout_of(workplan_on(&real_plan()).args(["list", "--area", "3.9"])), shown);
}

#[test]
fn the_diagnostic_example_is_real() {
    let plan = copy_plan(&real_plan());
    let file = plan.path().join("3.3-ciberseguridad.toml");
    let text = std::fs::read_to_string(&file).expect("area file");
    std::fs::write(&file, text.replacen("schedule = \"2022-S1\"", "shedule = \"2022-S1\"", 1))
        .expect("write");
    let shown = readme_output("workplan list").replace("plan/3.3", &format!("{}/3.3", plan.path().display()));
    let stderr = stderr_of(workplan_on(plan.path()).arg("list"), 2);
    assert!(stderr.starts_with(shown.trim_end()), "README:\n{shown}\nactual:\n{stderr}");
}

#[test]
fn the_progress_examples_are_real() {
    let root = repository_copy();
    let args = ["done", "3.3.4", "--on", "2022-03-10", "--note", "Primera reunión"];
    let dry_run = stdout_of(workplan().current_dir(root.path()).args(args).arg("--dry-run"));
    assert_eq!(
        dry_run,
        readme_output(r#"workplan done 3.3.4 --on 2022-03-10 --note "Primera reunión" --dry-run"#)
    );
    let done = stdout_of(workplan().current_dir(root.path()).args(args));
    assert_eq!(done, readme_output(r#"workplan done 3.3.4 --on 2022-03-10 --note "Primera reunión""#));
}

#[test]
fn the_validate_example_is_real() {
    let shown = readme_output("workplan --plan tests/fixtures/approved validate");
    let output = workplan_on(Path::new("tests/fixtures/approved")).arg("validate").output().expect("runs");
    let actual =
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert_eq!(actual, shown);
}

#[test]
fn the_summary_example_is_real() {
    let shown = readme_output("workplan summary --today 2022-07-15");
    assert_eq!(stdout_of(workplan_on(&real_plan()).args(["summary", "--today", "2022-07-15"])), shown);
}

#[test]
fn the_import_example_is_real() {
    let temp = tempfile::tempdir().expect("a temporary directory");
    let name = "tests/fixtures/import/red-gealc-plan-de-trabajo-2022.docx";
    std::fs::create_dir_all(temp.path().join("tests/fixtures/import")).expect("directories");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(name), temp.path().join(name)).expect("copied");
    let printed = stdout_of(workplan().current_dir(temp.path()).args(["import", name, "--out", "plan-2022"]));
    assert_eq!(printed, readme_output(&format!("workplan import {name} --out plan-2022")));
}

#[test]
fn the_diff_example_is_real() {
    let shown = readme_output("workplan diff v2022-approved");
    let repo = crate::git_repo::Repo::with_plan(&approved_plan());
    repo.git(&["tag", "-a", "v2022-approved", "-m", "Aprobado"]);
    repo.copy_plan(&real_plan());
    let commit = repo.git(&["rev-parse", "--short=7", "HEAD"]);
    let shown_commit = shown.split(['(', ')']).nth(1).expect("a commit in the example");
    let actual = stdout_of(repo.workplan().args(["diff", "v2022-approved"]));
    assert_eq!(actual.replace(commit.trim(), shown_commit), shown);
}
