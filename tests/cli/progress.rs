//! `workplan done`, `reopen` and `cancel`: the edits they make, and every refusal.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::common::*;

const AREA_3_3: &str = "3.3-ciberseguridad.toml";
const AREA_3_1: &str = "3.1-servicios-transfronterizos.toml";

/// `workplan` run from the repository's root, finding `plan/` itself.
fn workplan_in(root: &Path) -> assert_cmd::Command {
    let mut command = workplan();
    command.current_dir(root);
    command
}

fn read(path: PathBuf) -> String {
    fs::read_to_string(path).expect("a readable file")
}

/// Every file of a directory with its bytes, to show that a refusal changed nothing (the lock
/// leaves no file behind).
fn contents(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fs::read_dir(dir)
        .expect("a readable directory")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.is_file())
        .map(|path| (path.clone(), fs::read(&path).expect("a readable file")))
        .collect()
}

/// `text` with `lines` inserted after its line numbered `after` (from 1).
fn insert_after(text: &str, after: usize, lines: &str) -> String {
    let mut kept: Vec<&str> = text.split_inclusive('\n').collect();
    kept.insert(after, lines);
    kept.concat()
}

fn json_of(dir: &Path, number: &str) -> serde_json::Value {
    let json = stdout_of(workplan_on(dir).args(["show", number, "--format", "json"]));
    serde_json::from_str(&json).expect("valid JSON")
}

/// Runs `args` on `dir` and checks that it is refused with `message` (exit 2), changing no file.
fn assert_refused(dir: &Path, args: &[&str], message: &str) {
    let before = contents(dir);
    let stderr = stderr_of(workplan_on(dir).args(args), 2);
    assert_eq!(stderr, format!("error: {message}\n"), "{args:?}");
    assert_eq!(contents(dir), before, "{args:?} changed a file");
}

#[test]
fn done_adds_three_lines_to_the_real_plan_and_nothing_else() {
    let repo = repository_copy();
    let file = repo.path().join("plan").join(AREA_3_3);
    let before = read(file.clone());
    let args = ["done", "3.3.4", "--on", "2022-03-10", "--note", "Realizado con 120 participantes"];
    let diff = stdout_of(workplan_in(repo.path()).args(args).arg("--dry-run"));
    assert_eq!(
        diff,
        "--- a/plan/3.3-ciberseguridad.toml\n\
         +++ b/plan/3.3-ciberseguridad.toml\n\
         @@ -36,6 +36,9 @@\n \
         every = \"quarter\"\n \
         target = 4\n \
         resources = \"Tiempo del grupo de trabajo.\"\n\
         +done = [\n\
         +  { on = 2022-03-10, note = \"Realizado con 120 participantes\" },\n\
         +]\n \
         \n \
         [[activity]]\n \
         number = \"3.3.5\"\n"
    );
    assert_eq!(read(file.clone()), before, "--dry-run wrote");
    let stdout = stdout_of(workplan_in(repo.path()).args(args));
    assert_eq!(stdout, "3.3.4 Reuniones del grupo de trabajo: carried out on 10 March 2022 (1/4)\n");
    let expected = insert_after(
        &before,
        38,
        "done = [\n  { on = 2022-03-10, note = \"Realizado con 120 participantes\" },\n]\n",
    );
    assert_eq!(read(file), expected);
}

#[test]
fn dry_run_writes_nothing_not_even_the_lock() {
    let plan = copy_plan(&real_plan());
    let before = contents(plan.path());
    for args in [
        &["done", "3.1.2", "--dry-run"][..],
        &["cancel", "3.1.2", "--reason", "x", "--dry-run"],
        &["reopen", "3.1.2", "--dry-run"],
    ] {
        let _ = workplan_on(plan.path()).args(args).output().expect("runs");
    }
    assert_eq!(contents(plan.path()), before);
    let diff =
        stdout_of(workplan_on(plan.path()).args(["cancel", "3.1.5", "--reason", "Duplicada", "--dry-run"]));
    assert!(diff.contains("\n+cancelled = { on = 2022-07-15, reason = \"Duplicada\" }\n"), "{diff}");
}

#[test]
fn a_counted_activity_logs_each_time_up_to_its_target() {
    let plan = copy_plan(&real_plan());
    let dates = ["2022-03-10", "2022-06-02", "2022-06-30", "2022-07-14"];
    for (count, on) in dates.iter().enumerate() {
        let stdout = stdout_of(workplan_on(plan.path()).args(["done", "3.3.4", "--on", on]));
        assert!(stdout.ends_with(&format!(" ({}/4)\n", count + 1)), "{stdout}");
        let list = stdout_of(workplan_on(plan.path()).args(["list", "--area", "3.3", "--format", "csv"]));
        let row = list.lines().find(|line| line.starts_with("3.3.4,")).expect("3.3.4 is listed");
        let status = if count + 1 < 4 { "in-progress" } else { "done" };
        assert!(row.ends_with(&format!(",{status},{},4", count + 1)), "{row}");
    }
    assert_refused(
        plan.path(),
        &["done", "3.3.4", "--on", "2022-07-15"],
        "3.3.4 already has 4 of 4 records, its target: pass --force to log one more",
    );
    let stdout = stdout_of(workplan_on(plan.path()).args(["done", "3.3.4", "--force"]));
    assert_eq!(stdout, "3.3.4 Reuniones del grupo de trabajo: carried out on 15 July 2022 (5/4)\n");
    let activity = json_of(plan.path(), "3.3.4");
    assert_eq!(activity["times_done"], 5);
    assert_eq!(activity["status"], "done");
}

#[test]
fn crlf_line_endings_are_kept() {
    let plan = copy_plan(&real_plan());
    let file = plan.path().join(AREA_3_3);
    let crlf = read(file.clone()).replace('\n', "\r\n");
    fs::write(&file, &crlf).expect("write");
    stdout_of(workplan_on(plan.path()).args(["done", "3.3.4", "--on", "2022-03-10"]));
    let expected = insert_after(&crlf, 38, "done = [\r\n  { on = 2022-03-10 },\r\n]\r\n");
    assert_eq!(read(file.clone()), expected);
    stdout_of(workplan_on(plan.path()).args(["reopen", "3.3.4"]));
    assert_eq!(read(file), crlf, "reopen gives the file back, CRLF and all");
}

#[test]
fn comments_at_the_end_of_a_line_are_kept() {
    let plan = copy_plan(&real_plan());
    let file = plan.path().join(AREA_3_1);
    let before = read(file.clone());
    let target_line = "target = 8  # al menos cuatro reuniones de cada uno de los dos grupos de trabajo\n";
    assert!(before.contains(target_line));
    stdout_of(workplan_on(plan.path()).args(["done", "3.1.7", "--on", "2022-03-10", "--note", "primera"]));
    let after = read(file.clone());
    assert!(after.contains(target_line), "{after}");
    // A comment written after a record stays on its line when another record follows.
    let commented = after.replace("note = \"primera\" },\n", "note = \"primera\" },  # acta 12\n");
    fs::write(&file, &commented).expect("write");
    stdout_of(workplan_on(plan.path()).args(["done", "3.1.7", "--on", "2022-04-10"]));
    assert!(
        read(file).contains(
            "done = [\n  { on = 2022-03-10, note = \"primera\" },  # acta 12\n  { on = 2022-04-10 },\n]\n"
        ),
        "the comment moved or vanished"
    );
}

#[cfg(unix)]
#[test]
fn the_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let plan = copy_plan(&real_plan());
    let file = plan.path().join(AREA_3_3);
    fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).expect("chmod");
    stdout_of(workplan_on(plan.path()).args(["done", "3.3.1", "--on", "2022-03-10"]));
    assert_eq!(fs::metadata(&file).expect("metadata").permissions().mode() & 0o777, 0o640);
}

#[test]
fn parallel_runs_on_one_file_all_land() {
    let plan = copy_plan(&real_plan());
    let mut numbers: Vec<String> = (1..=8).map(|n| format!("3.1.{n}")).collect();
    numbers.extend(["3.1.7"; 5].map(String::from));
    let children: Vec<_> = numbers
        .iter()
        .map(|number| {
            std::process::Command::new(env!("CARGO_BIN_EXE_workplan"))
                .args(["--plan".as_ref(), plan.path().as_os_str()])
                .args(["done", number, "--on", "2022-07-01"])
                .env("WORKPLAN_TODAY", "2022-07-15")
                .env_remove("WORKPLAN_DIR")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("the process starts")
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().expect("the process ends");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    for n in 1..=8 {
        let expected = if n == 7 { 6 } else { 1 };
        assert_eq!(json_of(plan.path(), &format!("3.1.{n}"))["times_done"], expected, "3.1.{n}");
    }
}

#[test]
fn reopen_removes_the_latest_record_by_date() {
    let plan = copy_plan(&real_plan());
    let file = plan.path().join(AREA_3_3);
    let before = read(file.clone());
    for on in ["2022-06-02", "2022-03-10", "2022-06-02"] {
        stdout_of(workplan_on(plan.path()).args(["done", "3.3.4", "--on", on, "--note", on]));
    }
    let stdout = stdout_of(workplan_on(plan.path()).args(["reopen", "3.3.4"]));
    assert_eq!(stdout, "3.3.4 Reuniones del grupo de trabajo: removed the record of 2 June 2022 (2/4)\n");
    let records = json_of(plan.path(), "3.3.4")["done"].clone();
    assert_eq!(records[0]["on"], "2022-06-02");
    assert_eq!(records[1]["on"], "2022-03-10");
    stdout_of(workplan_on(plan.path()).args(["reopen", "3.3.4"]));
    let stdout = stdout_of(workplan_on(plan.path()).args(["--lang", "es", "reopen", "3.3.4"]));
    assert_eq!(
        stdout,
        "3.3.4 Reuniones del grupo de trabajo: se quitó el registro del 10 de marzo de 2022 (0/4)\n"
    );
    assert_eq!(read(file), before, "undoing every record gives the file back");
    assert_refused(
        plan.path(),
        &["reopen", "3.3.4"],
        "3.3.4 has no record and is not cancelled: there is nothing to undo",
    );
}

#[test]
fn cancel_records_the_reason_and_reopen_undoes_it() {
    let plan = copy_plan(&real_plan());
    let file = plan.path().join(AREA_3_1);
    let before = read(file.clone());
    let args = ["cancel", "3.1.5", "--reason", "Duplica 3.1.3", "--on", "2022-05-02"];
    let stdout = stdout_of(workplan_on(plan.path()).args(args));
    assert_eq!(
        stdout,
        "3.1.5 Webinar regional firma digital transfronteriza: cancelled on 2 May 2022 (cancelled)\n"
    );
    assert_eq!(
        read(file.clone()),
        insert_after(&before, 46, "cancelled = { on = 2022-05-02, reason = \"Duplica 3.1.3\" }\n")
    );
    let listed =
        stdout_of(workplan_on(plan.path()).args(["list", "--status", "cancelled", "--format", "csv"]));
    assert_eq!(listed.lines().skip(1).map(|line| &line[..6]).collect::<Vec<_>>(), ["3.1.5,"]);
    assert_refused(
        plan.path(),
        &["cancel", "3.1.5", "--reason", "otra"],
        "3.1.5 is already cancelled (on 2 May 2022): pass --force to replace its date and reason",
    );
    stdout_of(workplan_on(plan.path()).args(["cancel", "3.1.5", "--reason", "Otra razón", "--force"]));
    assert_eq!(json_of(plan.path(), "3.1.5")["cancelled"]["reason"], "Otra razón");
    let stdout = stdout_of(workplan_on(plan.path()).args(["reopen", "3.1.5"]));
    assert!(stdout.ends_with(": no longer cancelled (pending)\n"), "{stdout}");
    assert_eq!(read(file), before);
}

#[test]
fn refuses_a_plan_that_does_not_load() {
    let plan = copy_plan(&real_plan());
    let broken = plan.path().join("3.2-datos-abiertos.toml");
    fs::write(&broken, read(broken.clone()).replacen("title", "titel", 1)).expect("write");
    let before = contents(plan.path());
    let stderr = stderr_of(workplan_on(plan.path()).args(["done", "3.3.4"]), 2);
    assert!(stderr.contains("unknown key `titel`"), "{stderr}");
    assert!(stderr.ends_with("error: the plan could not be read: 2 errors\n"), "{stderr}");
    assert_eq!(contents(plan.path()), before);
}

#[test]
fn refuses_an_unknown_activity_with_the_nearest_numbers() {
    let plan = copy_plan(&real_plan());
    assert_refused(
        plan.path(),
        &["done", "3.1.9", "--dry-run"],
        "there is no activity `3.1.9` in the plan; nearest: 3.1.8, 3.1.7, 3.1.6",
    );
    assert_refused(
        plan.path(),
        &["cancel", "3.1.9", "--reason", "x", "--dry-run"],
        "there is no activity `3.1.9` in the plan; nearest: 3.1.8, 3.1.7, 3.1.6",
    );
}

#[test]
fn refuses_dates_that_do_not_parse_are_ahead_or_before_the_plan() {
    let plan = copy_plan(&real_plan());
    assert_refused(
        plan.path(),
        &["done", "3.1.2", "--on", "2022-02-30"],
        "`2022-02-30` is not a date: write it as YYYY-MM-DD, such as 2022-03-10",
    );
    assert_refused(
        plan.path(),
        &["done", "3.1.2", "--on", "10/03/2022"],
        "`10/03/2022` is not a date: write it as YYYY-MM-DD, such as 2022-03-10",
    );
    assert_refused(
        plan.path(),
        &["done", "3.1.2", "--on", "2022-07-16"],
        "`2022-07-16` is after today (2022-07-15): progress is recorded once it has happened",
    );
    assert_refused(
        plan.path(),
        &["cancel", "3.1.2", "--reason", "x", "--on", "2021-11-17"],
        "`2021-11-17` is before the plan was approved (2021-11-18): check the date",
    );
    let stderr =
        stderr_of(workplan_on(plan.path()).args(["--lang", "es", "done", "3.1.2", "--on", "2023-01-01"]), 2);
    assert_eq!(
        stderr,
        "error: `2023-01-01` es posterior a hoy (2022-07-15): el avance se registra una vez ocurrido\n"
    );
}

#[test]
fn refuses_a_day_outside_the_plan_year_unless_forced() {
    let plan = copy_plan(&real_plan());
    let late = || {
        let mut command = workplan_on(plan.path());
        command.env("WORKPLAN_TODAY", "2026-12-01");
        command
    };
    let before = contents(plan.path());
    let stderr = stderr_of(late().args(["done", "3.2.1"]), 2);
    assert_eq!(
        stderr,
        "error: `2026-12-01` is outside the plan's year, 2022: check the date, or pass --force to \
         record it in this plan all the same\n"
    );
    assert_eq!(contents(plan.path()), before, "a refusal changes nothing");
    let stderr = stderr_of(late().args(["--lang", "es", "done", "3.2.1"]), 2);
    assert!(stderr.contains("está fuera del año del plan, 2022"), "{stderr}");

    stdout_of(late().args(["done", "3.2.1", "--force"]));
    let output = late().arg("validate").output().expect("validate runs");
    let findings = String::from_utf8_lossy(&output.stdout);
    assert!(
        findings.contains(
            "warning[dates]: 3.2.1: recorded as done on 1 December 2026, outside the plan's year, 2022 \
             (its schedule: To be defined)"
        ),
        "{findings}"
    );
    assert!(!findings.contains("Whole year"), "{findings}");
}

#[test]
fn refuses_done_on_a_done_or_cancelled_activity_without_force() {
    let plan = copy_plan(&real_plan());
    stdout_of(workplan_on(plan.path()).args(["done", "3.1.2", "--on", "2022-03-10"]));
    assert_refused(
        plan.path(),
        &["done", "3.1.2"],
        "3.1.2 is already recorded as carried out on 10 March 2022: pass --force to record it again",
    );
    stdout_of(workplan_on(plan.path()).args([
        "cancel",
        "3.1.3",
        "--reason",
        "Sin fondos",
        "--on",
        "2022-04-01",
    ]));
    assert_refused(
        plan.path(),
        &["done", "3.1.3"],
        "3.1.3 was cancelled on 1 April 2022: run `workplan reopen 3.1.3` to undo the cancellation, \
         or pass --force to record it anyway",
    );
    let stderr = stderr_of(workplan_on(plan.path()).args(["--lang", "es", "done", "3.1.3"]), 2);
    assert!(stderr.starts_with("error: 3.1.3 fue cancelada el 1 de abril de 2022"), "{stderr}");
    stdout_of(workplan_on(plan.path()).args(["done", "3.1.3", "--force"]));
    assert_eq!(json_of(plan.path(), "3.1.3")["status"], "cancelled");
}

#[test]
fn refuses_an_empty_reason() {
    let plan = copy_plan(&real_plan());
    assert_refused(
        plan.path(),
        &["cancel", "3.1.2", "--reason", "  "],
        "the reason is empty: say why the activity is cancelled with --reason TEXT",
    );
}

#[cfg(unix)]
#[test]
fn refuses_a_read_only_file() {
    use std::os::unix::fs::PermissionsExt;
    let plan = copy_plan(&real_plan());
    let file = plan.path().join(AREA_3_1);
    fs::set_permissions(&file, fs::Permissions::from_mode(0o444)).expect("chmod");
    let shown = file.display().to_string();
    let before = contents(plan.path());
    let stderr = stderr_of(workplan_on(plan.path()).args(["done", "3.1.2"]), 2);
    assert_eq!(
        stderr,
        format!(
            "error: `{shown}` is read-only: workplan does not change a file marked read-only; \
             make it writable (chmod u+w) to record progress\n"
        )
    );
    assert_eq!(contents(plan.path()), before);
    assert_eq!(fs::metadata(&file).expect("metadata").permissions().mode() & 0o777, 0o444);
}

#[cfg(unix)]
#[test]
fn refuses_a_read_only_directory() {
    use std::os::unix::fs::PermissionsExt;
    let plan = copy_plan(&real_plan());
    let before = contents(plan.path());
    fs::set_permissions(plan.path(), fs::Permissions::from_mode(0o555)).expect("chmod");
    let stderr = stderr_of(workplan_on(plan.path()).args(["done", "3.1.2"]), 2);
    fs::set_permissions(plan.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    assert_eq!(
        stderr,
        format!(
            "error: the plan directory `{}` is read-only: workplan writes each change to a new file \
             there and renames it over the old one; make the directory writable (chmod u+w)\n",
            plan.path().display()
        )
    );
    assert_eq!(contents(plan.path()), before);
}

#[test]
fn refuses_to_rewrite_records_kept_as_tables() {
    let plan = copy_plan(&real_plan());
    let file = plan.path().join(AREA_3_3);
    let text = read(file.clone()) + "\n[[activity.done]]\non = 2022-03-10\n";
    fs::write(&file, text).expect("write");
    assert_eq!(json_of(plan.path(), "3.3.5")["times_done"], 1, "the loader reads this layout");
    assert_refused(
        plan.path(),
        &["done", "3.3.5", "--force"],
        &format!(
            "workplan cannot edit `done` of 3.3.5 as `{}` writes it: edit it by hand (see \
             docs/format.md, Progress)",
            file.display()
        ),
    );
}

#[test]
fn a_temporary_file_left_by_a_killed_run_is_not_read() {
    let plan = copy_plan(&real_plan());
    fs::write(plan.path().join(".3.3-ciberseguridad.toml.AbC123.tmp"), "schema = 1\nnumber = \"3.3")
        .expect("write");
    let stdout = stdout_of(workplan_on(plan.path()).args(["done", "3.3.1", "--on", "2022-03-10"]));
    assert!(stdout.ends_with("(done)\n"), "{stdout}");
}
