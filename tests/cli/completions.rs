//! `workplan completions`: the scripts for each shell, the completion protocol, and completion
//! in a real bash (skipped where there is no bash).

use std::path::Path;
use std::process::Command as Process;

use crate::common::*;

/// The variables `workplan()` clears, so that the caller's environment does not leak in.
const CLEARED: [&str; 6] = ["WORKPLAN_DIR", "WORKPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "COMPLETE"];

fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn each_shell_gets_a_script_that_calls_workplan_back() {
    for (shell, marker) in [
        ("bash", "complete -o nospace -o bashdefault -o nosort -F _clap_complete_workplan workplan"),
        ("zsh", "#compdef workplan"),
        ("fish", "complete --keep-order --exclusive --command workplan"),
        ("powershell", "Register-ArgumentCompleter -Native -CommandName workplan"),
        ("elvish", "set edit:completion:arg-completer[workplan]"),
    ] {
        let script = stdout_of(workplan().args(["completions", shell]));
        assert!(script.contains(marker), "{shell}: {script}");
        assert!(script.contains("COMPLETE") && script.contains(shell), "{shell}: {script}");
    }
    let stderr = stderr_of(workplan().args(["completions", "tcsh"]), 2);
    assert!(stderr.contains("possible values: bash, zsh, fish, powershell, elvish"), "{stderr}");
}

/// What workplan answers a shell's request, the way the scripts ask: `COMPLETE=bash workplan --
/// WORDS…` with the index of the word being completed.
fn candidates(dir: &Path, words: &[&str]) -> Vec<String> {
    let mut command = workplan();
    command
        .current_dir(dir)
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .args(words);
    let output = command.output().expect("workplan runs");
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty(), "completion says nothing on stderr: {output:?}");
    String::from_utf8(output.stdout).expect("UTF-8").lines().map(str::to_owned).collect()
}

#[test]
fn numbers_come_from_the_plan_the_command_would_use() {
    let numbers = candidates(repository(), &["workplan", "show", "3.1."]);
    assert_eq!(numbers, (1..=8).map(|n| format!("3.1.{n}")).collect::<Vec<_>>());
    let areas = candidates(repository(), &["workplan", "list", "--area", ""]);
    assert_eq!(areas, (1..=9).map(|n| format!("3.{n}")).collect::<Vec<_>>());

    // `--plan` on the line is read, wherever the shell is.
    let plan = copy_plan(&approved_plan());
    std::fs::remove_file(plan.path().join("3.9-reunion-anual-y-ministerial-de-la-red-gealc.toml"))
        .expect("removed");
    let elsewhere = tempfile::tempdir().expect("a temporary directory");
    let dir = plan.path().to_str().expect("a UTF-8 path");
    let areas = candidates(elsewhere.path(), &["workplan", "--plan", dir, "list", "--area", "3."]);
    assert_eq!(areas.last().map(String::as_str), Some("3.8"), "{areas:?}");
    let numbers = candidates(elsewhere.path(), &["workplan", &format!("--plan={dir}"), "done", "3.4"]);
    assert_eq!(numbers, ["3.4.1", "3.4.2"]);
    // No plan: no number to offer, and nothing said.
    assert!(candidates(elsewhere.path(), &["workplan", "cancel", "3"]).is_empty());
}

fn bash_available() -> bool {
    Process::new("bash").arg("--version").output().is_ok_and(|output| output.status.success())
}

/// What bash offers at <TAB> after `words` (the last one being completed, perhaps empty), in
/// `dir`, with the script of `workplan completions bash` sourced in a shell without rc files.
fn complete_in_bash(dir: &Path, words: &[&str]) -> Vec<String> {
    let script_dir = tempfile::tempdir().expect("a temporary directory");
    let script = script_dir.path().join("workplan.bash");
    std::fs::write(&script, stdout_of(workplan().args(["completions", "bash"]))).expect("written");
    let quoted: Vec<String> = words.iter().map(|word| format!("'{word}'")).collect();
    let cword = words.len() - 1;
    let program = format!(
        "source \"$1\" || exit 3\n\
         COMP_WORDS=({words}); COMP_CWORD={cword}; COMP_LINE=\"${{COMP_WORDS[*]}}\"; COMP_POINT=${{#COMP_LINE}}\n\
         _clap_complete_workplan workplan {current} {previous}\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        words = quoted.join(" "),
        current = quoted[cword],
        previous = quoted[cword - 1],
    );
    let mut bash = Process::new("bash");
    bash.args(["--norc", "--noprofile", "-c", &program, "bash"]).arg(&script).current_dir(dir);
    for var in CLEARED {
        bash.env_remove(var);
    }
    let output = bash.output().expect("bash runs");
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty(), "nothing on stderr: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout)
        .expect("UTF-8")
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn completes_in_a_real_bash() {
    if !bash_available() {
        eprintln!("skipped: no bash on this machine");
        return;
    }
    assert_eq!(complete_in_bash(repository(), &["workplan", "sh"]), ["show"]);
    assert_eq!(
        complete_in_bash(repository(), &["workplan", "show", "3.1."]),
        (1..=8).map(|n| format!("3.1.{n}")).collect::<Vec<_>>()
    );
    assert_eq!(complete_in_bash(repository(), &["workplan", "--lang", ""]), ["en", "es", "pt", "fr"]);
    let areas = complete_in_bash(repository(), &["workplan", "list", "--area", "3."]);
    assert_eq!(areas.len(), 9, "{areas:?}");
    let elsewhere = tempfile::tempdir().expect("a temporary directory");
    assert!(complete_in_bash(elsewhere.path(), &["workplan", "reopen", "3."]).is_empty());
}
