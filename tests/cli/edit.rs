//! `workplan edit`: only the lines of the keys given change; `--unset` removes optional keys.

use std::fs;

use crate::common::*;

#[test]
fn only_the_keys_lines_change_and_comments_stay() {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join("3.1-servicios-transfronterizos.toml");
    let before = fs::read_to_string(&path).expect("read");
    let target_line =
        before.lines().find(|line| line.starts_with("target = 8  #")).expect("a commented target");
    let number = before[..before.find(target_line).expect("line")].rfind("number = ").expect("its number");
    let number = before[number + 10..].split('"').next().expect("a number").to_owned();
    let stdout =
        stdout_of(workplan_on(plan.path()).args(["edit", &number, "--target", "6", "--place", "Lima, Perú"]));
    assert!(
        stdout.ends_with(": changed target, place\n") || stdout.ends_with(": changed place, target\n"),
        "{stdout}"
    );
    let after = fs::read_to_string(&path).expect("read");
    assert_eq!(before.lines().count(), after.lines().count());
    let changed: Vec<(&str, &str)> =
        before.lines().zip(after.lines()).filter(|(old, new)| old != new).collect();
    assert_eq!(changed.len(), 2, "{changed:?}");
    assert!(
        changed.iter().any(|(_, new)| *new == target_line.replace("target = 8", "target = 6")),
        "the comment stays"
    );
    assert!(changed.iter().any(|(old, new)| old.starts_with("place = ") && *new == "place = \"Lima, Perú\""));
}

#[test]
fn unset_removes_a_line_and_a_new_key_takes_its_place_in_order() {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join("3.3-ciberseguridad.toml");
    let before = fs::read_to_string(&path).expect("read");
    stdout_of(workplan_on(plan.path()).args(["edit", "3.3.1", "--unset", "place", "--force"]));
    let unset = fs::read_to_string(&path).expect("read");
    assert_eq!(unset, before.replacen("place = \"Virtual.\"\n", "", 1));
    stdout_of(workplan_on(plan.path()).args(["edit", "3.3.1", "--place", "Virtual."]));
    assert_eq!(fs::read_to_string(&path).expect("read"), before, "the key comes back where it was");
}

#[test]
fn nothing_to_change_or_an_unknown_number_is_exit_2() {
    let plan = copy_plan(&real_plan());
    let stderr = stderr_of(workplan_on(plan.path()).args(["edit", "3.3.1"]), 2);
    assert!(stderr.contains("--unset"), "{stderr}");
    let stderr = stderr_of(workplan_on(plan.path()).args(["edit", "3.3.9", "--place", "x"]), 2);
    assert!(stderr.contains("3.3.9"), "{stderr}");
}
