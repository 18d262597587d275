//! `workplan man`: one page per command, in roff that `man` renders (when it is installed).

use std::path::Path;
use std::process::Command as Process;

use crate::common::*;

/// Every command of the CLI, as clap knows it, but for hidden ones (git-tools: `git-diff-driver`,
/// which git runs, has no page).
fn commands() -> Vec<String> {
    workplan::cli::command()
        .get_subcommands()
        .filter(|command| !command.is_hide_set())
        .map(|command| command.get_name().to_owned())
        .collect()
}

#[test]
fn writes_a_page_for_workplan_and_each_command() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let target = dir.path().join("man1");
    let output = workplan().args(["man", "--dir"]).arg(&target).assert().success().get_output().clone();
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.trim_end(),
        format!("wrote {} man pages to `{}`", commands().len() + 1, target.display())
    );

    let mut names: Vec<String> = std::fs::read_dir(&target)
        .expect("the directory was created")
        .map(|entry| entry.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = commands().iter().map(|c| format!("workplan-{c}.1")).collect();
    expected.push("workplan.1".into());
    expected.sort();
    assert_eq!(names, expected);

    for name in &names {
        let roff = std::fs::read_to_string(target.join(name)).expect("a page");
        let title = name.trim_end_matches(".1").to_uppercase();
        let first: Vec<&str> = roff.lines().take(3).collect();
        assert_eq!(first[..2], [".ie \\n(.g .ds Aq \\(aq", ".el .ds Aq '"], "{name}: the preamble");
        assert!(first[2].starts_with(&format!(".TH {title} 1 ")), "{name}: {roff}");
        assert_eq!(roff.matches(".ds Aq").count(), 2, "{name}: one preamble, not one per section");
        for section in
            [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH EXAMPLES", ".SH \"SEE ALSO\""]
        {
            assert!(roff.contains(section), "{name} has no {section}");
        }
    }
    let main = std::fs::read_to_string(target.join("workplan.1")).expect("workplan.1");
    for section in [".SH \"EXIT STATUS\"", ".SH ENVIRONMENT", "WORKPLAN_LANG", ".SH SUBCOMMANDS"] {
        assert!(main.contains(section), "workplan.1 has no {section}");
    }
    let list = std::fs::read_to_string(target.join("workplan-list.1")).expect("workplan-list.1");
    assert!(list.contains("\\-\\-semester"), "options are in the page");
    assert!(list.contains("workplan list \\-\\-area 3.1 \\-\\-status pending"), "examples are in the page");
}

#[test]
fn without_a_directory_prints_workplan_1() {
    let page = stdout_of(workplan().arg("man"));
    assert!(page.lines().nth(2).is_some_and(|line| line.starts_with(".TH WORKPLAN 1 ")), "{page}");
    assert!(
        page.contains("workplan\\-list(1)") || page.contains("workplan\\-list\\fR(1)"),
        "sees also the commands"
    );
}

fn man_available() -> bool {
    Process::new("man").arg("--version").output().is_ok_and(|output| output.status.success())
}

/// The page as `man -l` shows it, as plain text 100 columns wide.
fn rendered(page: &Path) -> String {
    let output = Process::new("man")
        .arg("-l")
        .arg(page)
        .env("MANWIDTH", "100")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("LANG", "C.UTF-8")
        .env_remove("MANROFFOPT")
        .output()
        .expect("man runs");
    assert!(output.status.success(), "{output:?}");
    let warnings = String::from_utf8_lossy(&output.stderr);
    assert!(warnings.trim().is_empty(), "man warns: {warnings}");
    // Bold and underline, if the formatter still overstrikes, are not part of the words.
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    strip_overstrike(&text)
}

fn strip_overstrike(text: &str) -> String {
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        if c == '\u{8}' {
            out.pop();
        } else {
            out.push(c);
        }
    }
    out.into_iter().collect()
}

#[test]
fn man_renders_the_pages() {
    if !man_available() {
        eprintln!("skipped: no man on this machine");
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    workplan().args(["man", "--dir"]).arg(dir.path()).assert().success();

    let list = rendered(&dir.path().join("workplan-list.1"));
    assert!(list.contains("workplan-list - List activities, with filters"), "{list}");
    assert!(list.contains("--semester <SEMESTER>"), "{list}");
    assert!(list.contains("EXAMPLES"), "{list}");
    assert!(list.contains("workplan list --search peru"), "{list}");
    assert!(list.contains("workplan(1)"), "{list}");

    let main = rendered(&dir.path().join("workplan.1"));
    for words in ["EXIT STATUS", "ENVIRONMENT", "WORKPLAN_DIR", "workplan-validate(1)", "Global options"] {
        assert!(main.to_uppercase().contains(&words.to_uppercase()), "no {words}: {main}");
    }
}
