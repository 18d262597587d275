//! `workplan show` and `workplan areas`.

use crate::common::*;

#[test]
fn shows_one_activity_in_full() {
    insta::assert_snapshot!(stdout_of(workplan_on(&approved_plan()).args(["show", "3.9.3"])));
}

#[test]
fn shows_in_spanish() {
    insta::assert_snapshot!(stdout_of(workplan_on(&approved_plan()).args(["--lang", "es", "show", "3.3.4"])));
}

#[test]
fn shows_json() {
    let json = stdout_of(workplan_on(&approved_plan()).args(["show", "3.1.7", "--format", "json"]));
    let activity: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(activity["number"], "3.1.7");
    assert_eq!(activity["target"], 8);
    assert_eq!(activity["area_name"], "Servicios transfronterizos");
}

#[test]
fn an_unknown_activity_names_the_nearest() {
    let stderr = stderr_of(workplan_on(&real_plan()).args(["show", "3.1.9"]), 2);
    assert_eq!(stderr, "error: there is no activity `3.1.9` in the plan; nearest: 3.1.8, 3.1.7, 3.1.6\n");
    let stderr = stderr_of(workplan_on(&real_plan()).args(["--lang", "es", "show", "3.4.3"]), 2);
    assert!(stderr.contains("no hay ninguna actividad `3.4.3`"), "{stderr}");
    assert!(stderr.contains("3.4.2, 3.4.1"), "{stderr}");
}

#[test]
fn a_malformed_number_is_explained() {
    let stderr = stderr_of(workplan_on(&real_plan()).args(["show", "3..1"]), 2);
    assert!(stderr.contains("`3..1` is not an activity number"), "{stderr}");
}

#[test]
fn areas_with_counts() {
    insta::assert_snapshot!(stdout_of(workplan_on(&approved_plan()).args(["areas", "--format", "markdown"])));
    let json = stdout_of(workplan_on(&approved_plan()).args(["areas", "--format", "json"]));
    let areas: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let counts: Vec<u64> =
        areas.as_array().expect("array").iter().map(|a| a["activities"].as_u64().expect("count")).collect();
    assert_eq!(counts, [8, 4, 5, 2, 3, 4, 4, 4, 3]);
    assert_eq!(counts.iter().sum::<u64>(), 37);
}
