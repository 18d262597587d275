//! `workplan remove`: the rest of the area renumbered; refused with records unless --force.

use std::fs;

use crate::common::*;

#[test]
fn the_rest_of_the_area_is_numbered_again() {
    let plan = copy_plan(&real_plan());
    let stdout = stdout_of(workplan_on(plan.path()).args(["remove", "3.3.2"]));
    assert_eq!(stdout, "3.3.2 Webinar regional sobre la materia: removed\n");
    let json = stdout_of(workplan_on(plan.path()).args(["list", "--area", "3.3", "--format", "json"]));
    let list: Vec<serde_json::Value> = serde_json::from_str(&json).expect("JSON");
    let numbers: Vec<&str> = list.iter().filter_map(|a| a["number"].as_str()).collect();
    assert_eq!(numbers, ["3.3.1", "3.3.2", "3.3.3", "3.3.4"]);
    assert_eq!(list[1]["title"], "Documenta regional");
    workplan_on(plan.path()).arg("validate").assert().code(0);
}

#[test]
fn an_activity_with_records_is_refused_unless_forced() {
    let plan = copy_plan(&real_plan());
    workplan_on(plan.path()).args(["done", "3.3.4", "--on", "2022-03-10"]).assert().success();
    let path = plan.path().join("3.3-ciberseguridad.toml");
    let before = fs::read_to_string(&path).expect("read");
    let stderr = stderr_of(workplan_on(plan.path()).args(["remove", "3.3.4"]), 2);
    assert!(stderr.contains("workplan cancel 3.3.4") && stderr.contains("--force"), "{stderr}");
    assert_eq!(fs::read_to_string(&path).expect("read"), before);
    workplan_on(plan.path()).args(["remove", "3.3.4", "--force"]).assert().success();
    assert!(!fs::read_to_string(&path).expect("read").contains("Reuniones del grupo"));
}
