//! `workplan area add|edit|remove`: files named as `import` names them, renamed with the area.

use std::fs;

use crate::common::*;

#[test]
fn an_area_is_added_renamed_and_removed_with_its_file() {
    let plan = copy_plan(&real_plan());
    let before = plan_files(plan.path());
    let added = [
        "area",
        "add",
        "3.10",
        "--name",
        "Inteligencia artificial",
        "--objective",
        "Compartir experiencias.",
    ];
    let stdout = stdout_of(workplan_on(plan.path()).args(added));
    assert!(stdout.starts_with("area 3.10: added as `"), "{stdout}");
    let path = plan.path().join("3.10-inteligencia-artificial.toml");
    assert_eq!(
        fs::read_to_string(&path).expect("the new file"),
        "#:schema ../docs/schema/area.schema.json\nschema = 1\n\nnumber = \"3.10\"\n\
         name = \"Inteligencia artificial\"\nobjective = \"Compartir experiencias.\"\n"
    );
    stdout_of(workplan_on(plan.path()).args(["area", "edit", "3.10", "--name", "IA en el sector público"]));
    assert!(!path.exists(), "the old file is gone");
    let renamed = plan.path().join("3.10-ia-en-el-sector-publico.toml");
    assert!(
        fs::read_to_string(&renamed)
            .expect("the renamed file")
            .contains("name = \"IA en el sector público\"\n")
    );
    let json = stdout_of(workplan_on(plan.path()).args(["areas", "--format", "json"]));
    assert!(json.contains("IA en el sector público"), "{json}");
    stdout_of(workplan_on(plan.path()).args(["area", "remove", "3.10"]));
    assert_eq!(plan_files(plan.path()), before);
}

#[test]
fn an_objective_changes_on_its_line_only() {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join("3.3-ciberseguridad.toml");
    let before = fs::read_to_string(&path).expect("read");
    stdout_of(workplan_on(plan.path()).args(["area", "edit", "3.3", "--objective", "Apoyar las políticas."]));
    let after = fs::read_to_string(&path).expect("read");
    let old = before.lines().find(|line| line.starts_with("objective = ")).expect("an objective");
    assert_eq!(after, before.replace(old, "objective = \"Apoyar las políticas.\""));
}

#[test]
fn refusals_write_nothing() {
    let plan = copy_plan(&real_plan());
    let before = plan_files(plan.path());
    for (args, expected) in [
        (&["area", "add", "3.3", "--name", "Otra"][..], "area edit 3.3"),
        (&["area", "add", "3", "--name", "Otra"], "not an area number"),
        (&["area", "remove", "3.3"], "--force"),
        (&["area", "edit", "3.3"], "nothing to change"),
        (&["area", "edit", "3.3", "--name", " "], "name is empty"),
    ] {
        let stderr = stderr_of(workplan_on(plan.path()).args(args), 2);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    assert_eq!(plan_files(plan.path()), before);
}
