//! `workplan list`: formats and every filter.

use crate::common::*;

/// The activity numbers `list` prints as JSON with these extra arguments.
fn numbers(plan: &std::path::Path, args: &[&str]) -> Vec<String> {
    let json = stdout_of(workplan_on(plan).arg("list").args(args).args(["--format", "json"]));
    let activities: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let activities = activities.as_array().expect("a JSON array");
    activities.iter().map(|a| a["number"].as_str().expect("a number").to_owned()).collect()
}

#[test]
fn lists_all_37_activities_of_the_real_plan() {
    let all = numbers(&real_plan(), &[]);
    assert_eq!(all.len(), 37);
    assert_eq!(all.first().map(String::as_str), Some("3.1.1"));
    assert_eq!(all.last().map(String::as_str), Some("3.9.3"));
}

#[test]
fn table_of_the_approved_plan() {
    insta::assert_snapshot!(stdout_of(workplan_on(&approved_plan()).arg("list")));
}

#[test]
fn table_in_spanish() {
    let table = stdout_of(workplan_on(&approved_plan()).args(["--lang", "es", "list", "--area", "3.3"]));
    insta::assert_snapshot!(table);
}

#[test]
fn json_has_the_documented_shape() {
    let json = stdout_of(workplan_on(&approved_plan()).args(["list", "--area", "3.3", "--format", "json"]));
    insta::assert_snapshot!(json);
}

#[test]
fn csv_has_a_header_and_a_row_per_activity() {
    let csv = stdout_of(workplan_on(&approved_plan()).args(["list", "--format", "csv"]));
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("number,area,title,place,schedule,every,target,resources,status,times_done,times_planned")
    );
    assert_eq!(lines.count(), 37);
    assert!(
        csv.contains(
            "3.9.3,3.9,Realización de la reunión y aprobación de documentos.,\"Lima, Perú.\",2022-S2"
        )
    );
}

#[test]
fn markdown_is_a_table() {
    insta::assert_snapshot!(stdout_of(
        workplan_on(&approved_plan()).args(["list", "--area", "3.9", "--format", "markdown"])
    ));
}

#[test]
fn table_fits_80_columns_and_has_no_escape_codes_when_piped() {
    let table = stdout_of(workplan_on(&real_plan()).arg("list"));
    assert!(table.lines().all(|line| line.chars().count() <= 80), "wider than 80 columns");
    assert!(!table.contains('\u{1b}'));
    assert!(!table.contains('─'), "no box drawing in a pipe");
}

#[test]
fn colour_only_when_asked_for_or_on_a_terminal() {
    let plan = copy_plan(&approved_plan());
    let file = plan.path().join("3.9-reunion-anual-y-ministerial-de-la-red-gealc.toml");
    let text = std::fs::read_to_string(&file).expect("area file");
    std::fs::write(&file, format!("{text}done = [{{ on = 2022-07-01 }}]\n")).expect("write");
    let always = stdout_of(workplan_on(plan.path()).args(["--color", "always", "list", "--area", "3.9"]));
    assert!(always.contains('\u{1b}'), "--color always colours the status");
    let no_color = stdout_of(workplan_on(plan.path()).env("NO_COLOR", "1").args(["list", "--area", "3.9"]));
    assert!(!no_color.contains('\u{1b}'));
}

#[test]
fn filters_by_area_number_or_name() {
    assert_eq!(numbers(&real_plan(), &["--area", "3.1"]).len(), 8);
    assert_eq!(numbers(&real_plan(), &["--area", "tecnologias"]), ["3.6.1", "3.6.2", "3.6.3", "3.6.4"]);
    assert_eq!(numbers(&real_plan(), &["--area", "MEDICIÓN"]), ["3.4.1", "3.4.2"]);
    assert_eq!(numbers(&real_plan(), &["--area", "3.4", "--area", "3.9"]).len(), 5);
}

#[test]
fn filters_by_semester_of_the_plan_year() {
    let first = numbers(&approved_plan(), &["--semester", "1"]);
    let second = numbers(&approved_plan(), &["--semester", "2"]);
    assert!(first.contains(&"3.1.2".to_owned()) && !second.contains(&"3.1.2".to_owned()));
    assert!(second.contains(&"3.1.4".to_owned()) && !first.contains(&"3.1.4".to_owned()));
    for both in ["3.1.6", "3.3.4", "3.2.2"] {
        assert!(first.contains(&both.to_owned()) && second.contains(&both.to_owned()), "{both} in both");
    }
    for unscheduled in ["3.2.1", "3.4.1", "3.4.2"] {
        assert!(!first.contains(&unscheduled.to_owned()), "{unscheduled} has no date");
    }
    assert!(!second.contains(&"3.1.5".to_owned()), "3.1.5 is dated 2021 in the approved plan");
    assert_eq!(numbers(&approved_plan(), &["--semester", "2022-S1"]), first);
    assert_eq!(numbers(&approved_plan(), &["--semester", "2021-S2"]), ["3.1.5"]);
}

#[test]
fn unscheduled_activities_on_request() {
    let with = numbers(&approved_plan(), &["--semester", "1", "--unscheduled"]);
    for unscheduled in ["3.2.1", "3.4.1", "3.4.2"] {
        assert!(with.contains(&unscheduled.to_owned()), "{unscheduled}");
    }
}

#[test]
fn filters_by_status() {
    assert_eq!(numbers(&real_plan(), &["--status", "pending"]).len(), 37);
    assert!(numbers(&real_plan(), &["--status", "done"]).is_empty());
    let plan = copy_plan(&approved_plan());
    let file = plan.path().join("3.3-ciberseguridad.toml");
    let text = std::fs::read_to_string(&file).expect("area file");
    let text = text.replace(
        "title = \"Documenta regional\"",
        "title = \"Documenta regional\"\ndone = [{ on = 2022-08-01 }]",
    );
    let text = text.replace("every = \"quarter\"", "every = \"quarter\"\ndone = [{ on = 2022-03-01 }]");
    std::fs::write(&file, text).expect("write");
    assert_eq!(numbers(plan.path(), &["--status", "done"]), ["3.3.3"]);
    assert_eq!(numbers(plan.path(), &["--status", "in-progress"]), ["3.3.4"]);
    assert_eq!(numbers(plan.path(), &["--status", "done", "--status", "in-progress"]), ["3.3.3", "3.3.4"]);
    let shown = stdout_of(workplan_on(plan.path()).args(["show", "3.3.4"]));
    assert!(shown.contains("in progress 1/4"), "{shown}");
}

#[test]
fn search_ignores_case_and_accents() {
    assert_eq!(numbers(&real_plan(), &["--search", "peru"]), ["3.9.3"]);
    assert_eq!(numbers(&real_plan(), &["--search", "LIMA"]), ["3.9.3"]);
    assert_eq!(numbers(&real_plan(), &["--search", "innovacion publica"]), ["3.5.1", "3.5.2"]);
    assert_eq!(numbers(&real_plan(), &["--search", "Comité Ejecutivo"]), ["3.8.2", "3.9.1", "3.9.2"]);
    assert!(numbers(&real_plan(), &["--search", "blockchain"]).is_empty());
}

#[test]
fn filters_combine() {
    let found = numbers(&real_plan(), &["--area", "3.6", "--semester", "2", "--search", "webinar"]);
    assert_eq!(found, ["3.6.2"]);
}

#[test]
fn a_bad_semester_is_refused() {
    let stderr = stderr_of(workplan_on(&real_plan()).args(["list", "--semester", "3"]), 2);
    assert!(stderr.contains("`3` is not a semester"), "{stderr}");
}

#[test]
fn an_unknown_status_is_refused_by_the_parser() {
    let stderr = stderr_of(workplan_on(&real_plan()).args(["list", "--status", "finished"]), 2);
    assert!(stderr.contains("pending"), "lists the possible values: {stderr}");
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let plan = tempfile::tempdir().expect("temp dir");
    crate::synthetic::write_plan(plan.path(), 10, 500).expect("a plan larger than a pipe's buffer");
    for format in ["json", "csv", "table"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("workplan"))
            .arg("--plan")
            .arg(plan.path())
            .args(["list", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("workplan starts");
        let mut first = [0u8; 16];
        std::io::Read::read_exact(child.stdout.as_mut().expect("stdout"), &mut first).expect("some output");
        drop(child.stdout.take());
        let output = child.wait_with_output().expect("workplan ends");
        assert_eq!(output.status.code(), Some(0), "{format}: {}", String::from_utf8_lossy(&output.stderr));
        assert!(output.stderr.is_empty(), "{format}: {}", String::from_utf8_lossy(&output.stderr));
    }
}

#[test]
fn an_unknown_area_is_an_error_with_the_nearest_ones() {
    let stderr = stderr_of(workplan_on(&real_plan()).args(["list", "--area", "3.10"]), 2);
    assert_eq!(stderr, "error: there is no area `3.10` in the plan; nearest: 3.9, 3.8, 3.7\n");
    let stderr = stderr_of(workplan_on(&real_plan()).args(["list", "--area", "3.1", "--area", "xyz"]), 2);
    assert!(stderr.contains("no area is numbered `xyz`") && stderr.contains("workplan areas"), "{stderr}");
    let stderr = stderr_of(workplan_on(&real_plan()).args(["list", "--area", "ciberseguriad"]), 2);
    assert!(stderr.ends_with("did you mean 3.3 Ciberseguridad?\n"), "{stderr}");
    let stderr = stderr_of(workplan_on(&real_plan()).args(["--lang", "es", "list", "--area", "3.10"]), 2);
    assert!(stderr.contains("no hay ningún área `3.10`"), "{stderr}");
}

#[test]
fn an_empty_result_says_so_on_standard_error() {
    let output = workplan_on(&real_plan()).args(["list", "--search", "blockchain"]).assert().success();
    assert_eq!(String::from_utf8_lossy(&output.get_output().stderr), "no activity matches\n");
    let output = workplan_on(&real_plan()).args(["list", "--semester", "2023-S1"]).assert().success();
    let stderr = String::from_utf8_lossy(&output.get_output().stderr).into_owned();
    assert!(stderr.contains("2023-S1 is outside the plan's year, 2022"), "{stderr}");
    let quiet = workplan_on(&real_plan()).args(["-q", "list", "--search", "blockchain"]).assert().success();
    assert!(quiet.get_output().stderr.is_empty(), "-q silences the note");
    let found = workplan_on(&real_plan()).args(["list", "--area", "3.9"]).assert().success();
    assert!(found.get_output().stderr.is_empty(), "no note when something matches");
}

#[test]
fn statuses_and_semesters_in_spanish() {
    assert_eq!(numbers(&real_plan(), &["--status", "pendiente"]).len(), 37);
    for spanish in ["en-curso", "hecha", "realizada", "cancelada"] {
        assert!(numbers(&real_plan(), &["--status", spanish]).is_empty(), "{spanish}");
    }
    assert_eq!(numbers(&real_plan(), &["--semester", "2do"]), numbers(&real_plan(), &["--semester", "2"]));
    assert_eq!(
        numbers(&real_plan(), &["--semester", "1er semestre 2022"]),
        numbers(&real_plan(), &["--semester", "2022-S1"])
    );
}

#[test]
fn late_activities_say_overdue_as_the_timeline_does() {
    let table = stdout_of(workplan_on(&real_plan()).args(["list", "--overdue", "--format", "markdown"]));
    let rows: Vec<&str> = table.lines().skip(2).collect();
    assert_eq!(rows.len(), 9, "{table}");
    assert!(rows.iter().all(|row| row.contains("| overdue")), "{table}");
    let shown = stdout_of(workplan_on(&real_plan()).args(["--lang", "es", "show", "3.9.1"]));
    assert!(shown.contains("atrasada"), "{shown}");
    let json = stdout_of(workplan_on(&real_plan()).args(["show", "3.9.1", "--format", "json"]));
    assert!(json.contains("\"status\": \"pending\""), "machine formats keep the code: {json}");
}
