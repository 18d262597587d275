//! `workplan add`: the next number or a given place, the document's schedule words, the values
//! read back, and never a prompt without a terminal.

use std::fs;
use std::path::Path;

use crate::common::*;

fn show(dir: &Path, number: &str) -> serde_json::Value {
    let json = stdout_of(workplan_on(dir).args(["show", number, "--format", "json"]));
    serde_json::from_str(&json).expect("JSON")
}

#[test]
fn appends_the_next_number_and_prints_it_first() {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join("3.3-ciberseguridad.toml");
    let before = fs::read_to_string(&path).expect("read");
    let stdout = stdout_of(workplan_on(plan.path()).args([
        "add",
        "--area",
        "ciberseguridad",
        "--title",
        "Taller regional",
        "--place",
        "Lima, Perú",
        "--schedule",
        "2do semestre 2022",
        "--resources",
        "BID",
    ]));
    assert!(stdout.starts_with("3.3.6 Taller regional: added to `"), "{stdout}");
    let after = fs::read_to_string(&path).expect("read");
    assert_eq!(
        after,
        format!(
            "{before}\n[[activity]]\nnumber = \"3.3.6\"\ntitle = \"Taller regional\"\nplace = \"Lima, Perú\"\n\
             schedule = \"2022-S2\"\nresources = \"BID\"\n"
        )
    );
    let activity = show(plan.path(), "3.3.6");
    assert_eq!(activity["title"], "Taller regional");
    assert_eq!(activity["schedule"], "2022-S2");
}

#[test]
fn the_documents_schedule_words_become_codes_with_their_frequency_and_count() {
    let plan = copy_plan(&real_plan());
    let add = |schedule: &str| {
        let mut command = workplan_on(plan.path());
        command.args([
            "add",
            "--area",
            "3.3",
            "--title",
            "Reunión",
            "--place",
            "Virtual",
            "--resources",
            "BID",
        ]);
        stdout_of(command.args(["--schedule", schedule]))
    };
    add("Trimestral (4 al año)");
    let activity = show(plan.path(), "3.3.6");
    assert_eq!((activity["schedule"].as_str(), activity["every"].as_str()), (Some("2022"), Some("quarter")));
    assert_eq!(activity["target"], 4);
    add("A definir");
    assert_eq!(show(plan.path(), "3.3.7")["schedule"], "to-be-defined");
    add("2022-Q3");
    assert_eq!(show(plan.path(), "3.3.8")["schedule"], "2022-Q3");
}

#[test]
fn at_a_position_the_ones_after_it_are_renumbered() {
    let plan = copy_plan(&real_plan());
    let old_second = show(plan.path(), "3.3.2")["title"].clone();
    let stdout = stdout_of(workplan_on(plan.path()).args([
        "add",
        "--area",
        "3.3",
        "--title",
        "Encuesta",
        "--place",
        "Virtual",
        "--schedule",
        "2022-Q3",
        "--resources",
        "BID",
        "--at",
        "2",
    ]));
    assert!(stdout.starts_with("3.3.2 Encuesta:"), "{stdout}");
    assert_eq!(show(plan.path(), "3.3.2")["title"], "Encuesta");
    assert_eq!(show(plan.path(), "3.3.3")["title"], old_second);
    assert_eq!(
        show(plan.path(), "3.3.6")["title"],
        "Alimentar espacio sobre este eje en el web de Red Gealc"
    );
    let stderr =
        stderr_of(workplan_on(plan.path()).args(["add", "--area", "3.3", "--title", "X", "--at", "9"]), 2);
    assert!(stderr.contains("--at `9`") && stderr.contains("3.3.7"), "{stderr}");
}

#[test]
fn without_a_terminal_a_missing_title_is_an_error_and_nothing_is_asked() {
    let plan = copy_plan(&real_plan());
    let before = plan_files(plan.path());
    let output =
        workplan_on(plan.path()).args(["add", "--area", "3.3"]).write_stdin("Taller\n").assert().code(2);
    let stderr = String::from_utf8(output.get_output().stderr.clone()).expect("UTF-8");
    assert!(stderr.contains("--title"), "{stderr}");
    assert!(output.get_output().stdout.is_empty(), "no prompt on stdout");
    let stderr = stderr_of(workplan_on(plan.path()).args(["add", "--title", "Taller"]), 2);
    assert!(stderr.contains("--area"), "{stderr}");
    assert_eq!(plan_files(plan.path()), before);
}

#[test]
fn bad_values_are_refused_with_what_to_write() {
    let plan = copy_plan(&real_plan());
    let before = plan_files(plan.path());
    for (args, expected) in [
        (&["--area", "3.3", "--title", "X", "--schedule", "pronto"][..], "2do semestre 2022"),
        (&["--area", "salud", "--title", "X"], "3.3 Ciberseguridad"),
        (&["--area", "3.3", "--title", "  "], "title is empty"),
        (&["--area", "3.3", "--title", "X", "--target", "0"], "--target"),
    ] {
        let stderr = stderr_of(workplan_on(plan.path()).arg("add").args(args), 2);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    assert_eq!(plan_files(plan.path()), before);
}

/// On a real terminal (tmux), `add` without --title asks for each value in turn, showing the
/// schedule forms, and asks again for a schedule it cannot read. Skipped where tmux is missing.
#[test]
fn on_a_terminal_it_asks_for_each_value() {
    if std::process::Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: no tmux");
        return;
    }
    let plan = copy_plan(&real_plan());
    let socket = plan.path().join("tmux.sock");
    let binary = assert_cmd::cargo::cargo_bin("workplan");
    let tmux = |args: &[&str]| {
        std::process::Command::new("tmux").arg("-S").arg(&socket).args(args).output().expect("tmux runs")
    };
    let command = format!(
        "env -u LANG -u LC_ALL WORKPLAN_TODAY=2022-07-15 {} --plan {} add --area 3.3; echo EXIT=$?; sleep 30",
        binary.display(),
        plan.path().display()
    );
    tmux(&["new-session", "-d", "-x", "200", "-y", "50", &command]);
    let screen = || String::from_utf8_lossy(&tmux(&["capture-pane", "-p"]).stdout).into_owned();
    let wait_for = |text: &str| {
        for _ in 0..300 {
            if screen().contains(text) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!("`{text}` never appeared:\n{}", screen());
    };
    wait_for("Title");
    tmux(&["send-keys", "Taller por terminal", "Enter"]);
    wait_for("Place");
    tmux(&["send-keys", "Virtual", "Enter"]);
    wait_for("Trimestral (4 al año)");
    tmux(&["send-keys", "pronto", "Enter"]);
    wait_for("is not a schedule");
    tmux(&["send-keys", "C-u", "2do semestre 2022", "Enter"]);
    wait_for("Resources");
    tmux(&["send-keys", "Enter"]);
    wait_for("EXIT=");
    let shown = screen();
    tmux(&["kill-server"]);
    assert!(shown.contains("3.3.6 Taller por terminal: added") && shown.contains("EXIT=0"), "{shown}");
    let activity = show(plan.path(), "3.3.6");
    assert_eq!(
        (activity["place"].as_str(), activity["schedule"].as_str()),
        (Some("Virtual"), Some("2022-S2"))
    );
    assert!(activity["resources"].is_null());
}
