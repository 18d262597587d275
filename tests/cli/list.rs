//! `workplan list`.

use crate::common::*;

#[test]
fn lists_all_37_activities_of_the_real_plan() {
    let json = stdout_of(workplan_on(&real_plan()).args(["list", "--format", "json"]));
    let activities: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(activities.as_array().map(Vec::len), Some(37));
}
