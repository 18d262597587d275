//! `workplan diff` on real git repositories: tags, commits, renames, and every refusal.

use std::path::Path;

use crate::common::*;
use crate::git_repo::Repo;

const AREA_3_1: &str = "3.1-servicios-transfronterizos.toml";
const AREA_3_3: &str = "3.3-ciberseguridad.toml";

/// The approved plan, tagged `v2022-approved`, then the progress fixture on top of it with a few
/// edits of every kind, uncommitted.
fn approved_then_edited() -> Repo {
    let repo = Repo::with_plan(&approved_plan());
    repo.git(&["tag", "-a", "v2022-approved", "-m", "Aprobado por la XV Asamblea"]);
    repo.copy_plan(&fixture("progress"));
    // 3.3.3: a title edited, rescheduled; 3.3.5 removed; 3.3.6 added; 3.1.4 and 3.1.5 swapped.
    repo.edit(
        AREA_3_3,
        "title = \"Documenta regional\"",
        "title = \"Documento regional sobre ciberseguridad\"",
    );
    repo.edit(AREA_3_3, "schedule = \"2022-S2\"\nresources = \"Tiempo del grupo de trabajo.\"\n\n[[activity]]\nnumber = \"3.3.4\"",
        "schedule = \"2022-Q4\"\nresources = \"Tiempo del grupo de trabajo.\"\n\n[[activity]]\nnumber = \"3.3.4\"");
    repo.edit(
        AREA_3_3,
        "number = \"3.3.5\"\ntitle = \"Alimentar espacio sobre este eje en el web de Red Gealc\"",
        "number = \"3.3.5\"\ntitle = \"Guía regional de respuesta a incidentes\"",
    );
    repo.edit(AREA_3_1, "number = \"3.1.4\"", "number = \"3.1.X\"");
    repo.edit(AREA_3_1, "number = \"3.1.5\"", "number = \"3.1.4\"");
    repo.edit(AREA_3_1, "number = \"3.1.X\"", "number = \"3.1.5\"");
    repo.edit("plan.toml", "chair = \"Colombia\"", "chair = \"Argentina\"");
    // 3.9.3 removed, 3.7.5 added.
    let area_3_9 = "3.9-reunion-anual-y-ministerial-de-la-red-gealc.toml";
    repo.edit(area_3_9, "\n[[activity]]\nnumber = \"3.9.3\"\ntitle = \"Realización de la reunión y aprobación de documentos.\"\nplace = \"Lima, Perú.\"\nschedule = \"2022-S2\"\nresources = \"Tiempo de trabajo de los países de la Red.\"\n", "");
    let area_3_7 = repo.plan().join("3.7-software-publico.toml");
    let mut text = std::fs::read_to_string(&area_3_7).expect("3.7");
    text.push_str("\n[[activity]]\nnumber = \"3.7.5\"\ntitle = \"Catálogo regional de software público\"\nschedule = \"2022-S2\"\n");
    std::fs::write(&area_3_7, text).expect("write");
    repo
}

#[test]
fn what_changed_since_the_approved_version_as_text() {
    let repo = approved_then_edited();
    let stdout = stdout_of(repo.workplan().args(["diff", "v2022-approved"]));
    let commit = repo.git(&["rev-parse", "--short=7", "v2022-approved^{commit}"]);
    insta::assert_snapshot!(stdout.replace(commit.trim(), "COMMIT"));
}

#[test]
fn what_changed_as_markdown_in_spanish() {
    let repo = approved_then_edited();
    let stdout =
        stdout_of(repo.workplan().args(["--lang", "es", "diff", "v2022-approved", "--format", "markdown"]));
    let commit = repo.git(&["rev-parse", "--short=7", "HEAD"]);
    let nested = stdout.lines().find(|line| line.starts_with("- + ") || line.starts_with("- - "));
    assert_eq!(nested, None, "a nested list in CommonMark");
    insta::assert_snapshot!(stdout.replace(commit.trim(), "COMMIT"));
}

#[test]
fn json_names_both_sides_and_each_change() {
    let repo = approved_then_edited();
    let json = stdout_of(repo.workplan().args(["diff", "v2022-approved", "--format", "json"]));
    let document: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let commit = repo.git(&["rev-parse", "HEAD"]);
    assert_eq!(document["from"]["revision"], "v2022-approved");
    assert_eq!(document["from"]["commit"], commit.trim());
    assert_eq!(document["to"], serde_json::json!({ "revision": null, "commit": null }));
    let changes = document["changes"].as_array().expect("a list");
    let find = |kind: &str, number: &str| {
        changes
            .iter()
            .find(|c| c["kind"] == kind && c["number"] == number)
            .unwrap_or_else(|| panic!("{kind} {number}"))
    };
    assert_eq!(find("renumbered", "3.1.4")["from"], "3.1.5");
    let rescheduled = find("rescheduled", "3.3.3");
    assert_eq!(rescheduled["from"]["schedule"], "2022-S2");
    assert_eq!(rescheduled["to"]["schedule"], "2022-Q4");
    assert_eq!(find("record-added", "3.3.4")["on"], "2022-03-10");
    assert_eq!(find("status", "3.1.2")["to"], "done");
    assert_eq!(find("cancelled", "3.1.4")["reason"], "Duplica 3.1.3; la fecha 2021 era un error");
    let chair = changes.iter().find(|c| c["field"] == "committee.chair").expect("the chair");
    assert_eq!((chair["scope"].as_str(), chair["number"].is_null()), (Some("plan"), true));
    let edited = find("edited", "3.3.5");
    assert_eq!(
        (edited["field"].as_str(), edited["to"].as_str()),
        (Some("title"), Some("Guía regional de respuesta a incidentes"))
    );
    assert_eq!(
        find("added", "3.7.5")["when"],
        serde_json::json!({ "schedule": "2022-S2", "every": null, "target": null })
    );
    assert_eq!(find("removed", "3.9.3")["title"], "Realización de la reunión y aprobación de documentos.");
}

#[test]
fn two_revisions_and_a_commit_are_compared_as_committed() {
    let repo = approved_then_edited();
    repo.commit("Avances del primer semestre");
    let between = stdout_of(repo.workplan().args(["diff", "v2022-approved", "HEAD"]));
    assert!(between.starts_with("Changes to the plan from v2022-approved ("), "{between}");
    assert!(between.contains(") to HEAD ("), "{between}");
    assert!(between.contains("  3.3.3: 2nd half 2022 -> Q4 2022\n"), "{between}");
    let since_head = stdout_of(repo.workplan().arg("diff"));
    assert!(since_head.starts_with("No changes to the plan from HEAD ("), "{since_head}");
    assert!(since_head.ends_with(") to the working tree\n"), "{since_head}");
}

#[test]
fn renamed_files_change_nothing_and_renumbering_is_named() {
    let repo = Repo::with_plan(&real_plan());
    repo.git(&["mv", "plan/3.3-ciberseguridad.toml", "plan/3.3-seguridad-digital.toml"]);
    repo.commit("Renombrar el archivo del área 3.3");
    let stdout = stdout_of(repo.workplan().args(["diff", "HEAD~1", "HEAD"]));
    assert!(stdout.starts_with("No changes to the plan from HEAD~1"), "{stdout}");
    repo.edit("3.3-seguridad-digital.toml", "number = \"3.3.1\"", "number = \"3.3.X\"");
    repo.edit("3.3-seguridad-digital.toml", "number = \"3.3.3\"", "number = \"3.3.1\"");
    repo.edit("3.3-seguridad-digital.toml", "number = \"3.3.X\"", "number = \"3.3.3\"");
    let stdout = stdout_of(repo.workplan().arg("diff"));
    let renumbered = "Renumbered\n  3.3.3 -> 3.3.1 Documenta regional\n  3.3.1 -> 3.3.3 Webinar regional sobre la materia.\n";
    assert!(stdout.contains(renumbered), "{stdout}");
}

#[test]
fn works_from_inside_the_plan_directory_and_with_plan() {
    let repo = approved_then_edited();
    let from_inside = stdout_of(repo.workplan().current_dir(repo.plan()).args(["diff", "v2022-approved"]));
    let with_plan = stdout_of(
        repo.workplan().current_dir("/").arg("--plan").arg(repo.plan()).args(["diff", "v2022-approved"]),
    );
    assert_eq!(from_inside, with_plan);
    assert!(from_inside.contains("Renumbered"));
}

#[test]
fn refuses_an_unknown_revision() {
    let repo = Repo::with_plan(&real_plan());
    let stderr = stderr_of(repo.workplan().args(["diff", "v2099"]), 2);
    assert_eq!(
        stderr,
        "error: unknown revision `v2099`: name a commit, a branch or a tag (see `git log --oneline` and `git tag`)\n"
    );
    let stderr = stderr_of(repo.workplan().args(["diff", "--", "--output=x"]), 2);
    assert!(stderr.starts_with("error: unknown revision `--output=x`"), "{stderr}");
}

#[test]
fn refuses_outside_a_repository() {
    let plan = copy_plan(&real_plan());
    let mut command = workplan_on(plan.path());
    command.env("GIT_CEILING_DIRECTORIES", plan.path().parent().unwrap_or(Path::new("/")));
    let stderr = stderr_of(command.arg("diff"), 2);
    assert_eq!(
        stderr,
        format!(
            "error: `{}` is not in a git repository: `diff`, `log` and `--rev` read the versions of a plan kept in git (see docs/history.md)\n",
            plan.path().display()
        )
    );
}

#[test]
fn refuses_without_git() {
    let repo = Repo::with_plan(&real_plan());
    let stderr = stderr_of(repo.workplan().env("PATH", "").arg("diff"), 2);
    assert_eq!(stderr, "error: cannot run `git`: install git, or check that it is on PATH\n");
    let stderr = stderr_of(repo.workplan().env("PATH", "").args(["--lang", "es", "diff"]), 2);
    assert_eq!(stderr, "error: no se puede ejecutar `git`: instale git, o compruebe que está en el PATH\n");
}

#[test]
fn refuses_a_revision_without_the_plan() {
    let repo = Repo::new();
    std::fs::write(repo.root().join("README.md"), "Plan de trabajo\n").expect("write");
    repo.commit("Inicio");
    repo.copy_plan(&real_plan());
    repo.commit("Plan");
    let stderr = stderr_of(repo.workplan().args(["diff", "HEAD~1"]), 2);
    assert_eq!(stderr, "error: there is no plan in `plan` at `HEAD~1` (no `plan.toml` there)\n");
}

#[test]
fn a_revision_with_errors_is_shown_with_its_diagnostics() {
    let repo = Repo::with_plan(&real_plan());
    repo.edit(AREA_3_3, "schedule = \"2022-S1\"", "shedule = \"2022-S1\"");
    repo.commit("Un error");
    let stderr = stderr_of(repo.workplan().args(["diff", "HEAD"]), 2);
    assert!(stderr.contains("HEAD:plan/3.3-ciberseguridad.toml:"), "{stderr}");
    assert!(stderr.ends_with("error: the plan at `HEAD` could not be read: 1 error\n"), "{stderr}");
}
