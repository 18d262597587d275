//! Every language, end to end: how the language is chosen, and a snapshot in each language of
//! every kind of output a person reads (tables, one activity, findings, summary, the line of
//! `done`, the main errors, the overview). Machine formats stay the same in all.

use std::path::Path;

use assert_cmd::Command;

use crate::common::*;

const LANGS: [&str; 4] = ["en", "es", "pt", "fr"];

/// Everything a run shows: exit code, standard output and standard error, with `hide` replaced
/// by `[DIR]` (a temporary directory).
fn transcript(command: &mut Command, hide: Option<&Path>) -> String {
    let output = command.output().expect("workplan runs");
    let code = output.status.code().map_or_else(|| "signal".to_owned(), |code| code.to_string());
    let text = format!(
        "exit: {code}\n--- stdout\n{}--- stderr\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    match hide {
        Some(dir) => text.replace(&dir.display().to_string(), "[DIR]"),
        None => text,
    }
}

/// A snapshot per language of `workplan --lang LANG ARGS` on `plan`.
fn snapshot_each_language(case: &str, plan: &Path, args: &[&str]) {
    for lang in LANGS {
        let text = transcript(workplan_on(plan).args(["--lang", lang]).args(args), None);
        insta::assert_snapshot!(
            format!("{case}_{lang}"),
            text,
            &format!("workplan --lang {lang} {}", args.join(" "))
        );
    }
}

#[test]
fn list_table() {
    snapshot_each_language("list", &approved_plan(), &["list"]);
}

#[test]
fn show_with_records() {
    snapshot_each_language("show", &fixture("progress"), &["show", "3.3.4"]);
}

#[test]
fn show_cancelled() {
    snapshot_each_language("show_cancelled", &fixture("progress"), &["show", "3.1.5"]);
}

#[test]
fn areas_table() {
    snapshot_each_language("areas", &approved_plan(), &["areas"]);
}

#[test]
fn validate_human() {
    snapshot_each_language("validate", &approved_plan(), &["validate"]);
}

#[test]
fn summary_table() {
    snapshot_each_language("summary", &fixture("progress"), &["summary"]);
}

#[test]
fn unknown_activity() {
    snapshot_each_language("unknown_activity", &approved_plan(), &["show", "3.1.9"]);
}

#[test]
fn done_line() {
    for lang in LANGS {
        let plan = copy_plan(&approved_plan());
        let args = ["--lang", lang, "done", "3.3.4", "--on", "2022-03-10", "--note", "Primera reunión"];
        let text = transcript(workplan_on(plan.path()).args(args), None);
        insta::assert_snapshot!(format!("done_{lang}"), text, &args.join(" "));
    }
}

#[test]
fn no_plan_found() {
    let empty = tempfile::tempdir().expect("a temporary directory");
    for lang in LANGS {
        let text = transcript(
            workplan().current_dir(empty.path()).args(["--lang", lang, "list"]),
            Some(empty.path()),
        );
        insta::assert_snapshot!(format!("no_plan_{lang}"), text, &format!("workplan --lang {lang} list"));
    }
}

#[test]
fn overview_without_a_command() {
    for lang in LANGS {
        let text = transcript(workplan().args(["--lang", lang]), None);
        insta::assert_snapshot!(format!("overview_{lang}"), text, &format!("workplan --lang {lang}"));
    }
}

/// The header of `areas`, which says which language was chosen.
fn language_of(command: &mut Command) -> &'static str {
    let out = stdout_of(command.arg("--plan").arg(approved_plan()).arg("areas"));
    let header = out.lines().next().unwrap_or_default();
    match ["Objective", "Nombre", "Nome", "Objectif"].map(|word| header.contains(word)) {
        [true, false, false, false] => "en",
        [false, true, false, false] => "es",
        [false, false, true, false] => "pt",
        [false, false, false, true] => "fr",
        _ => panic!("no language, or more than one: {out}"),
    }
}

#[test]
fn the_language_comes_from_the_flag_then_the_environment() {
    let with = |vars: &[(&str, &str)]| {
        let mut command = workplan();
        command.envs(vars.iter().copied());
        command
    };
    assert_eq!(language_of(&mut with(&[])), "en", "English by default");
    assert_eq!(language_of(&mut with(&[("LANG", "C.UTF-8")])), "en");
    assert_eq!(language_of(&mut with(&[("LANG", "es_AR.UTF-8")])), "es");
    assert_eq!(language_of(&mut with(&[("LC_MESSAGES", "es_PE.UTF-8"), ("LANG", "en_GB")])), "es");
    assert_eq!(language_of(&mut with(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "es_AR.UTF-8")])), "en");
    assert_eq!(language_of(&mut with(&[("LC_ALL", ""), ("LANG", "es_UY")])), "es", "an empty one is skipped");
    assert_eq!(language_of(&mut with(&[("WORKPLAN_LANG", "es"), ("LC_ALL", "en_US.UTF-8")])), "es");
    assert_eq!(language_of(&mut with(&[("WORKPLAN_LANG", "en"), ("LANG", "es_AR.UTF-8")])), "en");
    assert_eq!(language_of(with(&[("WORKPLAN_LANG", "es")]).args(["--lang", "en"])), "en", "the flag wins");
    assert_eq!(language_of(with(&[("LANG", "en_US")]).args(["--lang", "es"])), "es");
    assert_eq!(language_of(&mut with(&[("LANG", "pt_BR.UTF-8")])), "pt");
    assert_eq!(language_of(&mut with(&[("LANG", "fr_HT.UTF-8")])), "fr");
    assert_eq!(language_of(with(&[("LANG", "pt_BR.UTF-8")]).args(["--lang", "fr"])), "fr");
}

#[test]
fn errors_and_notes_follow_the_environment_too() {
    let stderr =
        stderr_of(workplan_on(&approved_plan()).env("LANG", "es_MX.UTF-8").args(["show", "9.9.9"]), 2);
    assert!(stderr.starts_with("error: no hay ninguna actividad `9.9.9`"), "{stderr}");
    let output = workplan_on(&approved_plan()).env("WORKPLAN_LANG", "es").arg("validate").assert().code(1);
    let stderr = String::from_utf8_lossy(&output.get_output().stderr).into_owned();
    assert_eq!(stderr, "revisados 10 archivos, 37 actividades: 2 errores, 1 aviso\n");
}

/// JSON, CSV and GitHub annotations are for programs: the same in both languages, but for the
/// findings' `message` and `hint`, which are for the people reading them.
#[test]
fn machine_formats_are_the_same_in_both_languages() {
    let run = |lang: &str, args: &[&str]| {
        let output =
            workplan_on(&fixture("progress")).args(["--lang", lang]).args(args).output().expect("runs");
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    for args in [
        &["list", "--format", "json"][..],
        &["list", "--format", "csv"],
        &["areas", "--format", "json"],
        &["areas", "--format", "csv"],
        &["show", "3.3.4", "--format", "json"],
        &["summary", "--format", "json"],
    ] {
        for lang in &LANGS[1..] {
            assert_eq!(run("en", args), run(lang, args), "workplan --lang {lang} {}", args.join(" "));
        }
    }
    let findings = |lang| -> Vec<serde_json::Value> {
        let json = run(lang, &["validate", "--format", "json"]);
        let mut findings: Vec<serde_json::Value> = serde_json::from_str(&json).expect("a JSON array");
        for finding in &mut findings {
            let object = finding.as_object_mut().expect("an object");
            assert!(object.remove("message").is_some_and(|m| m.is_string()));
            object.remove("hint");
        }
        findings
    };
    for lang in &LANGS[1..] {
        assert_eq!(findings("en"), findings(lang), "{lang}");
    }
    let properties = |lang| -> Vec<String> {
        let github = run(lang, &["validate", "--format", "github"]);
        github
            .lines()
            .map(|line| line.rsplit_once("::").expect("::command props::message").0.to_owned())
            .collect()
    };
    for lang in &LANGS[1..] {
        assert_eq!(properties("en"), properties(lang), "{lang}");
    }
    assert!(!properties("es").is_empty());
}

/// The TOML parser's descriptions of syntax errors are translated too: none of the bad-input
/// corpus's syntax errors is left in English.
#[test]
fn syntax_errors_are_explained_in_spanish() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-input/files");
    let mut checked = 0;
    for entry in std::fs::read_dir(corpus).expect("the corpus") {
        let plan = copy_plan(&approved_plan());
        std::fs::copy(entry.expect("a file").path(), plan.path().join("3.3-ciberseguridad.toml"))
            .expect("copied");
        let output = workplan_on(plan.path())
            .args(["--lang", "es", "validate", "--format", "json"])
            .output()
            .expect("runs");
        let Ok(findings) = serde_json::from_slice::<Vec<serde_json::Value>>(&output.stdout) else { continue };
        for finding in findings.iter().filter(|finding| finding["check"] == "syntax") {
            let message = finding["message"].as_str().expect("a message");
            assert!(message.starts_with("TOML no válido: "), "{message}");
            assert!(!message.contains("expected") && !message.contains("invalid"), "{message}");
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} syntax errors in the corpus");
}
