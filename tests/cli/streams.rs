//! What goes where: results on standard output, errors and notes on standard error; `-q`, `-v`,
//! `--color` and `NO_COLOR`; `workplan` with no command.

use tempfile::TempDir;

use crate::common::*;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// A copy of the approved plan with one more area file that is not valid TOML.
fn broken_plan() -> TempDir {
    let plan = copy_plan(&approved_plan());
    std::fs::write(plan.path().join("3.10-nueva.toml"), "schema = 1\nnumber = \"3.10\"\nname = \n")
        .expect("written");
    plan
}

#[test]
fn no_command_prints_an_overview_and_exits_2() {
    let output = workplan().assert().code(2).get_output().clone();
    assert!(output.stdout.is_empty(), "nothing on stdout");
    let stderr = text(&output.stderr);
    for words in [
        "workplan list",
        "workplan show 3.1.2",
        "workplan validate",
        "workplan done 3.1.2",
        "workplan --help",
    ] {
        assert!(stderr.contains(words), "{words}: {stderr}");
    }
    let spanish = text(&workplan().env("LANG", "es_ES.UTF-8").assert().code(2).get_output().stderr);
    assert!(spanish.contains("Para empezar"), "{spanish}");
    // Help is still there, on stdout, with success.
    let help = stdout_of(workplan().arg("--help"));
    assert!(help.contains("Examples:") && help.contains("Global options:"), "{help}");
}

#[test]
fn quiet_silences_notes_but_not_results_or_errors() {
    let plan = approved_plan();
    let loud = workplan_on(&plan).arg("validate").assert().code(1).get_output().clone();
    let quiet = workplan_on(&plan).args(["-q", "validate"]).assert().code(1).get_output().clone();
    assert_eq!(quiet.stdout, loud.stdout, "the findings are the result");
    assert_eq!(text(&loud.stderr), "checked 10 files, 37 activities: 2 errors, 1 warning\n");
    assert!(quiet.stderr.is_empty(), "{}", text(&quiet.stderr));

    let loud = workplan_on(&plan).arg("calendar").assert().success().get_output().clone();
    let quiet = workplan_on(&plan).args(["calendar", "--quiet"]).assert().success().get_output().clone();
    assert_eq!(quiet.stdout, loud.stdout);
    assert!(text(&loud.stderr).contains("left out 3 activities with no date yet"), "{}", text(&loud.stderr));
    assert!(quiet.stderr.is_empty());

    let dir = tempfile::tempdir().expect("a temporary directory");
    let report = dir.path().join("report.html");
    let output = workplan_on(&plan).args(["-q", "report", "--html", "-o"]).arg(&report).assert().success();
    assert!(output.get_output().stderr.is_empty() && output.get_output().stdout.is_empty());
    assert!(report.is_file());

    let error = stderr_of(workplan_on(&plan).args(["-q", "show", "9.9.9"]), 2);
    assert!(error.starts_with("error: there is no activity `9.9.9`"), "{error}");
    let broken = broken_plan();
    let error = stderr_of(workplan_on(broken.path()).args(["-q", "list"]), 2);
    assert!(error.contains("error[syntax]") && error.contains("3.10-nueva.toml:3:"), "{error}");
    assert!(error.ends_with("error: the plan could not be read: 1 error\n"), "{error}");
}

/// Every command that writes files names them in a note on standard error, and `-q` silences it:
/// one rule, whatever the command.
#[test]
fn writing_commands_say_what_they_wrote_on_stderr_and_quiet_silences_it() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let out = |name: &str| dir.path().join(name).display().to_string();
    let plan = real_plan();
    let messy = copy_plan(&plan);
    let clean = copy_plan(&plan);
    let area = messy.path().join("3.3-ciberseguridad.toml");
    let text = std::fs::read_to_string(&area).expect("read");
    let runs: Vec<(Vec<String>, &std::path::Path, &str)> = vec![
        (vec!["export".into(), "-o".into(), out("plan.md")], &plan, "wrote"),
        (vec!["report".into(), "--html".into(), "-o".into(), out("report.html")], &plan, "wrote"),
        (vec!["calendar".into(), "-o".into(), out("plan.ics")], &plan, "wrote"),
        (vec!["schema".into(), "area".into(), "-o".into(), out("area.json")], &plan, "wrote"),
        (vec!["fmt".into()], messy.path(), "formatted"),
        (vec!["fmt".into()], clean.path(), "already"),
        (vec!["migrate".into(), "--dry-run".into()], &plan, "nothing to migrate"),
    ];
    for (args, plan_dir, note) in &runs {
        std::fs::write(&area, text.replace("number = \"3.3.1\"", "number   =   \"3.3.1\"")).expect("write");
        for written in ["plan.md", "report.html", "plan.ics", "area.json"] {
            let _ = std::fs::remove_file(dir.path().join(written));
        }
        let loud = workplan_on(plan_dir).args(args).assert().success().get_output().clone();
        assert!(loud.stdout.is_empty(), "{args:?} wrote on standard output: {}", text_of(&loud.stdout));
        assert!(text_of(&loud.stderr).contains(note), "{args:?}: {}", text_of(&loud.stderr));
        std::fs::write(&area, text.replace("number = \"3.3.1\"", "number   =   \"3.3.1\"")).expect("write");
        for written in ["plan.md", "report.html", "plan.ics", "area.json"] {
            let _ = std::fs::remove_file(dir.path().join(written));
        }
        let quiet = workplan_on(plan_dir).arg("-q").args(args).assert().success().get_output().clone();
        assert!(
            quiet.stdout.is_empty() && quiet.stderr.is_empty(),
            "-q {args:?}: {}",
            text_of(&quiet.stderr)
        );
    }
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn verbose_says_what_was_read_on_stderr_only() {
    let plan = approved_plan();
    let plain = stdout_of(workplan_on(&plan).args(["list", "--area", "3.9"]));
    let output =
        workplan_on(&plan).args(["-v", "list", "--area", "3.9"]).assert().success().get_output().clone();
    assert_eq!(text(&output.stdout), plain);
    let stderr = text(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert_eq!(lines[0], format!("plan directory: `{}`", plan.display()));
    assert!(
        lines[1].starts_with("read 10 files, 37 activities in ") && lines[1].ends_with(" ms"),
        "{stderr}"
    );
    assert!(lines[2].starts_with("finished in ") && lines[2].ends_with(" ms"), "{stderr}");

    let spanish = text(
        &workplan_on(&plan).args(["--lang", "es", "-vv", "areas"]).assert().success().get_output().stderr,
    );
    assert!(
        spanish.starts_with("directorio del plan: `") && spanish.contains("se leyeron 10 archivos"),
        "{spanish}"
    );

    let conflict = stderr_of(workplan_on(&plan).args(["-q", "-v", "list"]), 2);
    assert!(conflict.contains("cannot be used with"), "{conflict}");
}

#[test]
fn colour_on_stderr_follows_the_flag() {
    let broken = broken_plan();
    let run = |args: &[&str], no_color: bool| {
        let mut command = workplan_on(broken.path());
        if no_color {
            command.env("NO_COLOR", "1");
        }
        text(&command.args(args).arg("list").assert().code(2).get_output().stderr.clone())
    };
    let coloured = run(&["--color", "always"], false);
    assert!(coloured.contains('\u{1b}'), "diagnostics in colour: {coloured}");
    let last = coloured.lines().last().expect("the error line");
    assert!(last.starts_with('\u{1b}') && last.contains("error"), "the error line too: {last:?}");
    assert_eq!(run(&["--color", "always"], true), coloured, "an explicit --color always beats NO_COLOR");
    for plain in [run(&["--color", "never"], false), run(&[], false), run(&[], true)] {
        assert!(!plain.contains('\u{1b}'), "no colour when piped or asked not to: {plain}");
    }
}

#[test]
fn a_usage_line_does_not_show_options_taken_from_the_environment() {
    let mut command = workplan();
    command.env("WORKPLAN_DIR", real_plan()).arg("show");
    let stderr = stderr_of(&mut command, 2);
    assert!(stderr.contains("Usage: workplan show <NUMBER>"), "{stderr}");
    assert!(!stderr.contains("--today") && !stderr.contains("--plan"), "{stderr}");
    let listed = stdout_of(workplan().env("WORKPLAN_DIR", real_plan()).args(["list", "--area", "3.9"]));
    assert!(listed.contains("3.9.3"), "WORKPLAN_DIR is still read: {listed}");
    let stderr =
        stderr_of(workplan().env("WORKPLAN_DIR", real_plan()).env("WORKPLAN_TODAY", "x").arg("list"), 2);
    assert!(stderr.contains("`x` is not a date"), "WORKPLAN_TODAY is still read: {stderr}");
}
