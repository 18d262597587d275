//! The integration recipes of docs/ci.md, exercised: the pre-commit hooks, the GitHub Actions
//! workflow's commands, and the `git diff` driver.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;
use crate::git_repo::Repo;

fn repository_file(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("the file")
}

/// `workplan ARGS…` from a recipe's command line, run with this build in `dir`.
fn run_recipe(line: &str, dir: &Path) -> assert_cmd::Command {
    let words: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(words.first(), Some(&"workplan"), "{line}");
    let mut command = workplan();
    command.current_dir(dir).args(&words[1..]);
    command
}

/// The value of each `key: …` line of a YAML file, in order.
fn yaml_values(text: &str, key: &str) -> Vec<String> {
    let marker = format!("{key}: ");
    text.lines()
        .filter_map(|line| {
            let line = line.trim_start().trim_start_matches("- ");
            line.strip_prefix(&marker).map(str::to_owned)
        })
        .collect()
}

#[test]
fn the_pre_commit_hooks_pass_on_the_plan_and_fail_on_mistakes() {
    let hooks = repository_file(".pre-commit-hooks.yaml");
    assert_eq!(yaml_values(&hooks, "id"), ["workplan-validate", "workplan-fmt-check"]);
    let entries = yaml_values(&hooks, "entry");
    assert_eq!(entries.len(), 2);
    let root = repository_copy();
    for entry in &entries {
        run_recipe(entry, root.path()).assert().code(0);
    }
    let path = root.path().join("plan/3.3-ciberseguridad.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replacen("schedule = \"2022-S1\"", "schedule='2022-S1'", 1)).expect("write");
    run_recipe(&entries[0], root.path()).assert().code(0);
    run_recipe(&entries[1], root.path()).assert().code(1);
    std::fs::write(&path, text.replacen("schedule = \"2022-S1\"", "schedule = \"2022-S3\"", 1))
        .expect("write");
    run_recipe(&entries[0], root.path()).assert().code(1);
}

#[test]
fn the_workflow_commands_pass_on_the_plan() {
    let workflow = repository_file("docs/examples/workplan.yml");
    let runs: Vec<String> =
        yaml_values(&workflow, "run").into_iter().filter(|run| run.starts_with("workplan ")).collect();
    assert_eq!(runs.len(), 3, "{runs:?}");
    let root = repository_copy();
    let validate = run_recipe(&runs[0], root.path()).assert().code(0).get_output().stdout.clone();
    assert!(validate.is_empty(), "no annotation for a clean plan");
    run_recipe(&runs[1], root.path()).assert().code(0);
    // The summary step, on a pull request made in a temporary repository.
    let repo = Repo::with_plan(&real_plan());
    repo.git(&["checkout", "-q", "-b", "reprogramar-3.3.3"]);
    repo.edit(
        "3.3-ciberseguridad.toml",
        "title = \"Documenta regional\"\nplace = \"Intercambios virtuales.\"\nschedule = \"2022-S2\"",
        "title = \"Documenta regional\"\nplace = \"Intercambios virtuales.\"\nschedule = \"2022-Q4\"",
    );
    repo.commit("Reprogramar 3.3.3");
    let diff =
        runs[2].split(" >> ").next().unwrap_or_default().replace("\"origin/${{ github.base_ref }}\"", "main");
    let mut command = run_recipe(&diff, repo.root());
    for (name, value) in repo.environment() {
        command.env(name, value);
    }
    let summary = stdout_of(&mut command);
    assert!(summary.starts_with("## Changes to the plan from `main` ("), "{summary}");
    assert!(summary.contains("### Rescheduled\n\n- **3.3.3**: 2nd half 2022 → Q4 2022\n"), "{summary}");
}

/// The `.gitattributes` line and the `git config` command of docs/ci.md.
fn driver_recipe() -> (String, Vec<String>) {
    let docs = repository_file("docs/ci.md");
    let attribute =
        docs.lines().find(|line| line.ends_with("diff=workplan")).expect("the attribute").to_owned();
    let config =
        docs.lines().find(|line| line.starts_with("git config diff.workplan.command")).expect("the command");
    let value = config.split('"').nth(1).expect("a quoted value");
    let args = vec!["config".to_owned(), "diff.workplan.command".to_owned(), value.to_owned()];
    assert_eq!(attribute, repository_file(".gitattributes").lines().last().unwrap_or_default());
    (attribute, args)
}

/// `git ARGS` in the repository, with this build of workplan first on PATH.
fn git_with_workplan(repo: &Repo, args: &[&str]) -> String {
    let bin: PathBuf = assert_cmd::cargo::cargo_bin("workplan");
    let path = std::env::join_paths(
        std::iter::once(bin.parent().expect("the binary's directory").to_path_buf())
            .chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())),
    )
    .expect("a PATH");
    let mut command = Command::new("git");
    command.args(args).current_dir(repo.root()).env("PATH", path);
    repo.isolate(&mut command);
    let output = command.output().expect("git runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn git_diff_shows_the_plans_changes_with_the_driver() {
    let (attribute, config) = driver_recipe();
    let repo = Repo::with_plan(&real_plan());
    std::fs::write(repo.root().join(".gitattributes"), format!("{attribute}\n")).expect("write");
    let config: Vec<&str> = config.iter().map(String::as_str).collect();
    repo.git(&config);
    repo.commit("El driver de diff");
    repo.edit("3.3-ciberseguridad.toml", "place = \"Virtual.\"", "place = \"En línea.\"");
    let diff = git_with_workplan(&repo, &["diff"]);
    assert_eq!(
        diff,
        "Changes to the plan in plan/3.3-ciberseguridad.toml\n\nEdited\n  3.3.1 place: [-Virtual.-]{+En línea.+}\n\n"
    );
    // Two files: a blank line between them.
    repo.edit("3.1-servicios-transfronterizos.toml", "place = \"Virtual.\"", "place = \"En línea.\"");
    let two = git_with_workplan(&repo, &["diff"]);
    assert!(two.contains("{+En línea.+}\n\nChanges to the plan in plan/3.3"), "{two}");
    repo.git(&["checkout", "--", "plan/3.1-servicios-transfronterizos.toml"]);
    // A renamed file whose content changed: git gives the driver both names.
    repo.git(&["mv", "plan/3.3-ciberseguridad.toml", "plan/3.3-seguridad.toml"]);
    repo.git(&["add", "-A"]);
    let renamed = git_with_workplan(&repo, &["diff", "--cached", "-M"]);
    assert_eq!(renamed, diff.replace("plan/3.3-ciberseguridad.toml", "plan/3.3-seguridad.toml"));
    // Layout only, and a file that does not load.
    repo.commit("En línea");
    repo.edit("3.3-seguridad.toml", "place = \"En línea.\"", "place='En línea.'");
    let layout = git_with_workplan(&repo, &["diff"]);
    assert_eq!(
        layout,
        "No changes to what plan/3.3-seguridad.toml says (only its name, layout or comments changed)\n\n"
    );
    repo.edit("3.3-seguridad.toml", "place='En línea.'", "lugar = \"En línea.\"");
    let broken = git_with_workplan(&repo, &["diff"]);
    assert!(broken.contains("-place = \"En línea.\"\n+lugar = \"En línea.\"\n"), "{broken}");
    assert_eq!(git_with_workplan(&repo, &["diff", "--no-ext-diff", "--stat"]).lines().count(), 2);
}

#[test]
fn the_driver_refuses_arguments_git_would_not_give() {
    let stderr = stderr_of(workplan().args(["git-diff-driver", "plan/plan.toml"]), 2);
    assert!(stderr.starts_with("error: git-diff-driver takes the 7 or 9 arguments git gives"), "{stderr}");
}

/// The `workplan` commands of a GitLab CI job's `script`, in order.
fn script_commands(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.trim_start().strip_prefix("- workplan "))
        .map(|rest| format!("workplan {rest}"))
        .collect()
}

#[test]
fn the_site_recipes_validate_then_publish_on_pushes_to_the_main_branch() {
    let github = repository_file("docs/examples/site.yml");
    assert!(github.contains("on:\n  push:\n    branches: [main]\n"), "on pushes to main only");
    assert_eq!(yaml_values(&github, "path"), ["public"], "uploads the site's directory");
    let github_runs: Vec<String> =
        yaml_values(&github, "run").into_iter().filter(|run| run.starts_with("workplan ")).collect();
    let gitlab = repository_file("docs/examples/gitlab-ci.yml");
    assert!(
        gitlab.starts_with("# ") && gitlab.contains("\npages:\n"),
        "GitLab Pages publishes the `pages` job"
    );
    assert!(gitlab.contains("- if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n"), "on the default branch only");
    assert!(
        gitlab.contains("  artifacts:\n    paths:\n      - public\n"),
        "public/ is what GitLab Pages serves"
    );
    for commands in [github_runs, script_commands(&gitlab)] {
        assert_eq!(commands.len(), 2, "{commands:?}");
        assert!(commands[0].starts_with("workplan validate --deny warnings"), "{commands:?}");
        assert!(commands[1].ends_with(" site --out public"), "{commands:?}");
        let root = repository_copy();
        run_recipe(&commands[0], root.path()).assert().code(0);
        run_recipe(&commands[1], root.path()).assert().code(0);
        for name in ["index.html", "area-3.1.html", "plan.md", "plan.ics", "plan.json"] {
            assert!(root.path().join("public").join(name).is_file(), "{name} is published");
        }
        // A plan with a mistake stops the job before anything is published.
        let path = root.path().join("plan/3.3-ciberseguridad.toml");
        let text = std::fs::read_to_string(&path).expect("read");
        std::fs::write(&path, text.replacen("schedule = \"2022-S1\"", "schedule = \"2022-S3\"", 1))
            .expect("write");
        run_recipe(&commands[0], root.path()).assert().code(1);
    }
}
