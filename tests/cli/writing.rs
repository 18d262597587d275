//! What every command that writes the plan's structure shares, tried on each of them: `--dry-run`
//! writes nothing, a refusal (exit 2) writes nothing, a change that adds a validate error is
//! refused unless `--force`, CRLF files stay CRLF, and shells complete their numbers and areas.

use std::fs;
use std::path::Path;

use crate::common::*;

/// One run of each writing command, on the real plan.
const COMMANDS: [&[&str]; 9] = [
    &[
        "add",
        "--area",
        "3.3",
        "--title",
        "Taller",
        "--place",
        "Virtual",
        "--schedule",
        "2022-S2",
        "--resources",
        "BID",
    ],
    &["edit", "3.3.1", "--place", "Lima"],
    &["remove", "3.3.5"],
    &["move", "3.3.5", "--to-area", "3.5"],
    &["area", "add", "3.10", "--name", "Inteligencia artificial"],
    &["area", "edit", "3.3", "--name", "Ciberseguridad y confianza"],
    &["area", "remove", "3.9", "--force"],
    &["reopen", "3.3.4", "--record", "1"],
    &["done", "3.3.4", "--amend", "1", "--note", "Con 12 países"],
];

/// A copy of the real plan where 3.3.4 has a record, for the record commands.
fn plan_with_a_record() -> tempfile::TempDir {
    let plan = copy_plan(&real_plan());
    workplan_on(plan.path()).args(["done", "3.3.4", "--on", "2022-03-10"]).assert().success();
    plan
}

#[test]
fn dry_run_shows_a_diff_and_writes_nothing() {
    for args in COMMANDS {
        let plan = plan_with_a_record();
        let before = plan_files(plan.path());
        let diff = stdout_of(workplan_on(plan.path()).args(args).arg("--dry-run"));
        assert!(diff.contains("\n+++ ") && diff.contains("\n@@ "), "{args:?}: {diff}");
        assert_eq!(plan_files(plan.path()), before, "{args:?} --dry-run wrote");
    }
}

#[test]
fn each_command_writes_a_plan_that_validates_and_says_so_in_one_line() {
    for args in COMMANDS {
        let plan = plan_with_a_record();
        let before = plan_files(plan.path());
        let stdout = stdout_of(workplan_on(plan.path()).args(args));
        assert_eq!(stdout.lines().count(), 1, "{args:?}: {stdout}");
        assert_ne!(plan_files(plan.path()), before, "{args:?} changed nothing");
        workplan_on(plan.path()).arg("validate").assert().code(0);
        workplan_on(plan.path()).args(["fmt", "--check"]).assert().code(0);
    }
}

#[test]
fn a_plan_that_does_not_load_is_refused_before_anything() {
    for args in COMMANDS {
        let plan = plan_with_a_record();
        fs::write(plan.path().join("3.4-medicion-del-gobierno-digital.toml"), "schema = 1\nnumber = [\n")
            .expect("write");
        let before = plan_files(plan.path());
        let stderr = stderr_of(workplan_on(plan.path()).args(args), 2);
        assert!(stderr.contains("3.4-medicion-del-gobierno-digital.toml:"), "{args:?}: {stderr}");
        assert_eq!(plan_files(plan.path()), before, "{args:?} wrote after exit 2");
    }
}

#[test]
fn a_change_that_adds_a_validate_error_is_refused_unless_forced() {
    let plan = copy_plan(&real_plan());
    let before = plan_files(plan.path());
    let edit = ["edit", "3.3.1", "--schedule", "2031-S1"];
    let stderr = stderr_of(workplan_on(plan.path()).args(edit), 2);
    assert!(stderr.contains("error[dates]: 3.3.1:"), "the finding is shown: {stderr}");
    assert!(stderr.contains("3.3-ciberseguridad.toml:14:12"), "with its place: {stderr}");
    assert!(stderr.contains("would add 1 error") && stderr.contains("--force"), "{stderr}");
    assert_eq!(plan_files(plan.path()), before);
    workplan_on(plan.path()).args(edit).arg("--force").assert().success();
    workplan_on(plan.path()).arg("validate").assert().code(1);
    let gap = stderr_of(workplan_on(plan.path()).args(["area", "add", "3.12", "--name", "Salud"]), 2);
    assert!(gap.contains("error[numbering]"), "{gap}");
}

#[test]
fn crlf_files_keep_their_line_endings() {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join("3.3-ciberseguridad.toml");
    let crlf = fs::read_to_string(&path).expect("read").replace('\n', "\r\n");
    fs::write(&path, &crlf).expect("write");
    workplan_on(plan.path()).args(COMMANDS[0]).assert().success();
    workplan_on(plan.path()).args(["edit", "3.3.6", "--place", "Lima"]).assert().success();
    let text = fs::read_to_string(&path).expect("read");
    assert!(text.starts_with(&crlf), "the old lines stay as they were");
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count(), "every line ends in CRLF: {text:?}");
    workplan_on(plan.path()).args(["remove", "3.3.6"]).assert().success();
    assert_eq!(fs::read_to_string(&path).expect("read"), crlf);
}

#[test]
fn a_read_only_file_is_refused_and_left_alone() {
    use std::os::unix::fs::PermissionsExt;
    let plan = copy_plan(&real_plan());
    let path = plan.path().join("3.3-ciberseguridad.toml");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = plan_files(plan.path());
    let stderr = stderr_of(workplan_on(plan.path()).args(["edit", "3.3.1", "--place", "Lima"]), 2);
    assert!(stderr.contains("3.3-ciberseguridad.toml"), "{stderr}");
    assert_eq!(plan_files(plan.path()), before);
}

#[test]
fn messages_are_in_spanish_too() {
    let plan = copy_plan(&real_plan());
    let stdout =
        stdout_of(workplan_on(plan.path()).args(["--lang", "es", "edit", "3.3.1", "--place", "Lima"]));
    assert_eq!(stdout, "3.3.1 Webinar regional sobre la materia: se cambió place\n");
    let stderr = stderr_of(workplan_on(plan.path()).args(["--lang", "es", "remove", "3.3.9"]), 2);
    assert!(stderr.contains("no existe") || stderr.contains("no hay"), "{stderr}");
    let stderr = stderr_of(
        workplan_on(plan.path()).args(["--lang", "es", "edit", "3.3.1", "--schedule", "pronto"]),
        2,
    );
    assert!(stderr.contains("no es un calendario"), "{stderr}");
}

/// The candidates workplan gives a shell completing `words` (the last one being typed).
fn candidates(dir: &Path, words: &[&str]) -> Vec<String> {
    let output = workplan()
        .current_dir(dir)
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .args(words)
        .output()
        .expect("workplan runs");
    String::from_utf8(output.stdout).expect("UTF-8").lines().map(str::to_owned).collect()
}

#[test]
fn shells_complete_numbers_and_areas() {
    let root = repository_copy();
    for words in [
        &["workplan", "edit", "3.3."][..],
        &["workplan", "remove", "3.3."],
        &["workplan", "move", "3.3."],
        &["workplan", "records", "3.3."],
    ] {
        let found = candidates(root.path(), words);
        assert!(found.contains(&"3.3.4".to_owned()), "{words:?}: {found:?}");
    }
    for words in [
        &["workplan", "add", "--area", "3."][..],
        &["workplan", "move", "3.3.1", "--to-area", "3."],
        &["workplan", "area", "edit", "3."],
        &["workplan", "area", "remove", "3."],
    ] {
        let found = candidates(root.path(), words);
        assert!(
            found.contains(&"3.9".to_owned()) && !found.contains(&"3.3.4".to_owned()),
            "{words:?}: {found:?}"
        );
    }
}

/// The output shown under `$ COMMAND` in a README code block.
fn readme_output(command: &str) -> String {
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README");
    let marker = format!("$ {command}\n");
    let start = readme.find(&marker).map(|i| i + marker.len()).expect("the example is in the README");
    let end = readme[start..].find("```").map(|i| start + i).expect("the code block ends");
    readme[start..end].to_owned()
}

/// The commands of every `sh` block of `text`, one per line, comments off.
fn sh_commands(text: &str) -> Vec<Vec<String>> {
    text.split("```sh\n")
        .skip(1)
        .flat_map(|block| block[..block.find("```").expect("the block ends")].lines())
        .map(|line| line.split("  #").next().unwrap_or(line).trim())
        .map(|line| shell_words(line.strip_prefix("workplan ").expect("a workplan command")))
        .collect()
}

/// The commands of the README's `sh` block that follows `heading`.
fn readme_commands(heading: &str) -> Vec<Vec<String>> {
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README");
    let section = &readme[readme.find(heading).expect("the section")..];
    let block = &section[section.find("```sh\n").expect("a sh block")..];
    sh_commands(&block[..block[6..].find("```").expect("its end") + 9])
}

#[test]
fn the_examples_of_docs_editing_run_one_after_the_other() {
    let doc =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/editing.md")).expect("the doc");
    let root = repository_copy();
    let commands = sh_commands(&doc);
    assert!(commands.len() > 10, "{commands:?}");
    for command in commands {
        let args: Vec<&str> = command.iter().map(String::as_str).collect();
        stdout_of(workplan().current_dir(root.path()).args(&args));
    }
    workplan().current_dir(root.path()).args(["validate"]).assert().code(0);
    workplan().current_dir(root.path()).args(["fmt", "--check"]).assert().code(0);
    let numbers =
        stdout_of(workplan().current_dir(root.path()).args(["list", "--area", "3.6", "--format", "csv"]));
    assert!(numbers.contains("3.6.5,") && numbers.contains("Encuesta"), "the moved activity: {numbers}");
}

/// Splits a command line as a shell would, for the README's simple quoting.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = vec![String::new()];
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => words.push(String::new()),
            c => words.last_mut().expect("a word").push(c),
        }
    }
    words.retain(|word| !word.is_empty());
    words
}

#[test]
fn the_readme_examples_run_as_shown() {
    let root = repository_copy();
    let run = |args: &[&str]| stdout_of(workplan().current_dir(root.path()).args(args));
    for command in readme_commands("### Writing the plan") {
        let args: Vec<&str> = command.iter().map(String::as_str).collect();
        run(&args);
    }
    workplan().current_dir(root.path()).arg("validate").assert().code(0);
    let root = repository_copy();
    let run = |args: &[&str]| stdout_of(workplan().current_dir(root.path()).args(args));
    let add = "workplan add --area ciberseguridad --title \"Taller regional de respuesta a incidentes\" --place Virtual \
               --schedule \"2do semestre 2022\" --resources \"BID.\"";
    let words = |example: &str| shell_words(example.strip_prefix("workplan ").expect("a command"));
    // The shown examples in the README's order, with the records that `records` lists made first.
    for (example, shown) in [
        (add, true),
        ("workplan edit 3.3.6 --place \"Montevideo, Uruguay\" --dry-run", true),
        ("workplan done 3.3.4 --on 2022-03-10 --note \"Primera reunión\"", false),
        ("workplan done 3.3.4 --on 2022-06-02", false),
        ("workplan records 3.3.4", true),
        ("workplan done 3.3.4 --amend 2 --on 2022-06-03 --note \"Con 12 países\"", true),
    ] {
        let printed = run(&words(example).iter().map(String::as_str).collect::<Vec<_>>());
        if shown {
            assert_eq!(printed, readme_output(example), "{example}");
        }
    }
}
