//! `workplan renumber`: moves within an area, tables and comments included, and every refusal.

use std::fs;
use std::path::Path;

use crate::common::*;

const AREA_3_1: &str = "3.1-servicios-transfronterizos.toml";

fn numbers_and_titles(dir: &Path, area: &str) -> Vec<(String, String)> {
    let json = stdout_of(workplan_on(dir).args(["list", "--area", area, "--format", "json"]));
    let list: Vec<serde_json::Value> = serde_json::from_str(&json).expect("JSON");
    list.iter()
        .map(|a| (a["number"].as_str().unwrap_or("").into(), a["title"].as_str().unwrap_or("").into()))
        .collect()
}

#[test]
fn swapping_two_activities_moves_their_tables_and_comments() {
    let root = repository_copy();
    let path = root.path().join("plan").join(AREA_3_1);
    let before = fs::read_to_string(&path).expect("read");
    let titles = numbers_and_titles(&root.path().join("plan"), "3.1");
    let diff =
        stdout_of(workplan().current_dir(root.path()).args(["renumber", "3.1.5", "3.1.4", "--dry-run"]));
    assert!(diff.starts_with("--- a/plan/3.1-servicios-transfronterizos.toml\n"), "{diff}");
    assert!(diff.contains("+# El documento aprobado dice «3.1.3) Webinar …»"), "{diff}");
    assert_eq!(fs::read_to_string(&path).expect("read"), before, "--dry-run wrote");
    let stdout = stdout_of(workplan().current_dir(root.path()).args(["renumber", "3.1.5", "3.1.4"]));
    assert_eq!(stdout, "3.1.5 -> 3.1.4, 3.1.4 -> 3.1.5\n");
    let after = numbers_and_titles(&root.path().join("plan"), "3.1");
    assert_eq!(after[3], ("3.1.4".into(), titles[4].1.clone()));
    assert_eq!(after[4], ("3.1.5".into(), titles[3].1.clone()));
    let text = fs::read_to_string(&path).expect("read");
    let comment = text.find("# El documento aprobado dice").expect("the comment");
    let moved = text.find("number = \"3.1.4\"").expect("3.1.4");
    assert!(
        comment < moved && text[comment..moved].matches("[[activity]]").count() == 1,
        "the comment moved with 3.1.4"
    );
    workplan().current_dir(root.path()).args(["fmt", "--check"]).assert().code(0);
    workplan().current_dir(root.path()).args(["validate", "--deny", "warnings"]).assert().code(0);
}

#[test]
fn moving_to_the_end_shifts_the_others_up() {
    let plan = copy_plan(&real_plan());
    let titles = numbers_and_titles(plan.path(), "3.1");
    let stdout = stdout_of(workplan_on(plan.path()).args(["renumber", "3.1.2", "3.1.8"]));
    assert_eq!(
        stdout,
        "3.1.2 -> 3.1.8, 3.1.3 -> 3.1.2, 3.1.4 -> 3.1.3, 3.1.5 -> 3.1.4, 3.1.6 -> 3.1.5, 3.1.7 -> 3.1.6, 3.1.8 -> 3.1.7\n"
    );
    let after: Vec<String> =
        numbers_and_titles(plan.path(), "3.1").into_iter().map(|(_, title)| title).collect();
    let mut expected: Vec<String> = titles.into_iter().map(|(_, title)| title).collect();
    let moved = expected.remove(1);
    expected.push(moved);
    assert_eq!(after, expected);
}

#[test]
fn gaps_in_an_area_close() {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join(AREA_3_1);
    let text = fs::read_to_string(&path).expect("read").replace("number = \"3.1.8\"", "number = \"3.1.12\"");
    fs::write(&path, text).expect("write");
    let stdout = stdout_of(workplan_on(plan.path()).args(["renumber", "3.1.12", "3.1.8"]));
    assert_eq!(stdout, "3.1.12 -> 3.1.8\n");
    assert_eq!(fs::read(&path).expect("read"), fs::read(real_plan().join(AREA_3_1)).expect("read"));
    let stderr = stderr_of(workplan_on(plan.path()).args(["renumber", "3.1.8", "3.1.8"]), 0);
    assert_eq!(stderr, "3.1.8 is already there and its area is numbered in order: nothing to do\n");
}

#[test]
fn refusals_change_nothing() {
    let plan = copy_plan(&real_plan());
    let before = plan_files(plan.path());
    let cases: [(&[&str], &str); 4] = [
        (
            &["renumber", "3.1.9", "3.1.1"],
            "there is no activity `3.1.9` in the plan; nearest: 3.1.8, 3.1.7, 3.1.6",
        ),
        (
            &["renumber", "3.1.5", "3.1.9"],
            "3.1.9 is out of range: area 3.1 has 8 activities, numbered up to 3.1.8; nearest: 3.1.8",
        ),
        (
            &["renumber", "3.1.5", "3.1.0"],
            "3.1.0 is out of range: area 3.1 has 8 activities, numbered up to 3.1.8; nearest: 3.1.1",
        ),
        (
            &["renumber", "3.1.5", "3.1.x"],
            "`3.1.x` is not an activity number: write it as in the plan, such as 3.1.2",
        ),
    ];
    for (args, message) in cases {
        let stderr = stderr_of(workplan_on(plan.path()).args(args), 2);
        assert_eq!(stderr, format!("error: {message}\n"), "{args:?}");
    }
    let stderr = stderr_of(workplan_on(plan.path()).args(["renumber", "3.1.5", "3.2.1"]), 2);
    assert!(
        stderr.starts_with(
            "error: cannot move 3.1.5 to 3.2.1: `workplan renumber` moves an activity within its area (3.1)"
        ),
        "{stderr}"
    );
    let stderr = stderr_of(workplan_on(plan.path()).args(["--lang", "es", "renumber", "3.1.5", "3.1.9"]), 2);
    assert!(
        stderr.starts_with("error: 3.1.9 está fuera de rango: el área 3.1 tiene 8 actividades"),
        "{stderr}"
    );
    assert_eq!(plan_files(plan.path()), before);
}

#[test]
fn cancelled_and_done_activities_move_with_their_progress() {
    let plan = copy_plan(&fixture("progress"));
    let before = stdout_of(workplan_on(plan.path()).args(["show", "3.1.1", "--format", "json"]));
    stdout_of(workplan_on(plan.path()).args(["renumber", "3.1.1", "3.1.3"]));
    let after = stdout_of(workplan_on(plan.path()).args(["show", "3.1.3", "--format", "json"]));
    assert_eq!(after, before.replace("\"3.1.1\"", "\"3.1.3\""));
    workplan_on(plan.path()).args(["fmt", "--check"]).assert().code(0);
}
