//! Every command shown in README.md and docs/*.md runs as shown.
//!
//! The documents are read for fenced code blocks; in a `sh` block every line is a command, in any
//! other block only the lines written `$ COMMAND`. Each block runs top to bottom, line by line
//! (with bash, from the repository's root, the built `workplan` first on `PATH`), in a temporary
//! git repository of its own, so that blocks never depend on one another and write commands
//! never touch this checkout. That repository holds `docs/` and `tests/fixtures/`, and a `plan/`
//! committed as the assembly approved it (`tests/fixtures/approved/`) and corrected since in the
//! working tree (this repository's `plan/`): so `git tag … v2022-approved` followed by `workplan
//! diff v2022-approved` shows what was corrected, as the README says.
//!
//! A command must exit 0, unless the line just before its block says otherwise:
//! `<!-- example: exit 1 -->`. `<!-- example: continues -->` runs a block in the repository of
//! the document's previous block, after it (a step shown in a block of its own, such as tagging
//! the approved version); both can be given, `<!-- example: continues; exit 1 -->`. Lines that run another program than `workplan` or `git` are
//! development or shell commands (`cargo`, `bash .ci/run`, `export …`) and are left to CI;
//! a program the harness does not know fails the test, so that a new example is never skipped
//! unnoticed. The few `workplan` lines that cannot run here are in [`NOT_RUN`], with the reason.

use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

/// Commands shown in the documents that this test does not run, and why. A line listed here
/// that no document shows any longer fails the test, so the list stays true.
const NOT_RUN: &[(&str, &str)] = &[
    ("sudo workplan man --dir /usr/local/share/man/man1", "needs root; the same command runs with ~/.local"),
    ("workplan man | man -l -", "needs man(1), which a build machine may lack; `workplan man` runs alone"),
    ("git push origin v2022-approved", "needs a remote"),
    ("workplan show 3.1.<Tab><Tab>", "keys pressed in a shell; tests/cli/completions.rs checks it in bash"),
];

/// First words of lines that are not `workplan`'s and are left to CI or the reader's shell.
const OTHER_PROGRAMS: &[&str] = &[
    "cargo",
    "bash",
    "benches/compare.sh",
    "benches/log.sh",
    "/usr/bin/time",
    "export",
    "sudo",
    "INSTA_UPDATE=always",
    "mkdir",
];

/// One command as a document shows it.
#[derive(Debug)]
struct Example {
    /// `README.md:123`.
    place: String,
    command: String,
    expected_exit: i32,
}

/// The commands of one code block, in order.
#[derive(Debug, Default)]
struct Block {
    examples: Vec<Example>,
    /// Runs after the previous block, in its repository.
    continues: bool,
}

/// What `<!-- example: … -->` before a block asks for.
#[derive(Debug, Default, Clone, Copy)]
struct Annotation {
    exit: i32,
    continues: bool,
}

#[test]
fn every_documented_command_runs_as_shown() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut documents = vec![root.join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("docs/")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    docs.sort();
    documents.extend(docs);

    let mut failures = Vec::new();
    let mut not_run_seen = Vec::new();
    let mut ran = 0;
    for document in &documents {
        let text = std::fs::read_to_string(document).expect("the document reads");
        let name = document.strip_prefix(root).expect("inside the repository").display().to_string();
        let mut repository: Option<Repository> = None;
        for block in blocks(&name, &text) {
            let mut runnable = Vec::new();
            for example in block.examples {
                if let Some((_, _)) =
                    NOT_RUN.iter().find(|(line, _)| *line == without_comment(&example.command))
                {
                    not_run_seen.push(without_comment(&example.command).to_owned());
                } else if runs_here(&example.command) {
                    runnable.push(example);
                } else if !is_other_program(&example.command) {
                    failures.push(format!(
                        "{}: `{}`: a program this test does not know; run it here (see `runs_here`) or \
                         list it in OTHER_PROGRAMS",
                        example.place, example.command
                    ));
                }
            }
            if !block.continues || repository.is_none() {
                repository = Some(Repository::new());
            }
            if let Some(repository) = &repository {
                ran += runnable.len();
                failures.extend(run_block(repository, &runnable));
            }
        }
    }
    for (line, _) in NOT_RUN {
        if !not_run_seen.iter().any(|seen| seen == line) {
            failures.push(format!("NOT_RUN lists `{line}`, which no document shows any longer"));
        }
    }
    assert!(ran > 50, "only {ran} commands found: is the parser still reading the documents?");
    assert!(
        failures.is_empty(),
        "{} documented command(s) failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The command blocks of a Markdown document.
fn blocks(name: &str, text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<(String, Annotation, Block)> = None;
    let mut previous = "";
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            match current.take() {
                Some((_, _, block)) => blocks.push(block),
                None => {
                    let annotation = annotation(previous);
                    let block = Block { examples: Vec::new(), continues: annotation.continues };
                    current = Some((info.trim().to_owned(), annotation, block));
                }
            }
        } else if let Some((info, annotation, block)) = &mut current {
            // A line ending in `\` goes on: the next line belongs to the same command.
            if let Some(last) = block.examples.last_mut().filter(|last| last.command.ends_with('\\')) {
                last.command.push('\n');
                last.command.push_str(trimmed.strip_prefix("> ").unwrap_or(trimmed));
                continue;
            }
            let command = match trimmed.strip_prefix("$ ") {
                Some(command) => Some(command),
                None if info == "sh" && !trimmed.is_empty() && !trimmed.starts_with('#') => Some(trimmed),
                None => None,
            };
            if let Some(command) = command {
                block.examples.push(Example {
                    place: format!("{name}:{}", index + 1),
                    command: command.to_owned(),
                    expected_exit: annotation.exit,
                });
            }
        }
        if !line.trim().is_empty() {
            previous = line.trim();
        }
    }
    blocks.retain(|block| !block.examples.is_empty());
    blocks
}

/// Reads `<!-- example: exit N; continues -->`; the defaults for any other line.
fn annotation(line: &str) -> Annotation {
    let mut annotation = Annotation::default();
    let Some(words) = line.strip_prefix("<!-- example:").and_then(|rest| rest.strip_suffix("-->")) else {
        return annotation;
    };
    for word in words.split(';').map(str::trim) {
        match word.strip_prefix("exit ") {
            Some(code) => annotation.exit = code.trim().parse().expect("`exit N` takes a number"),
            None if word == "continues" => annotation.continues = true,
            None => panic!("unknown example annotation `{word}` in `{line}`"),
        }
    }
    annotation
}

/// The command without a trailing `# comment` and spaces.
fn without_comment(command: &str) -> &str {
    command.split("  #").next().unwrap_or(command).trim()
}

fn first_program(command: &str) -> &str {
    let command = command.trim_start_matches("source <(");
    command
        .split_whitespace()
        .find(|word| !(word.contains('=') && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())))
        .unwrap_or("")
}

fn runs_here(command: &str) -> bool {
    matches!(first_program(command), "workplan" | "git")
}

fn is_other_program(command: &str) -> bool {
    let first = command.split_whitespace().next().unwrap_or("");
    OTHER_PROGRAMS.contains(&first)
}

/// Runs a block's commands in order in `repo`; the failures, with their place.
fn run_block(repo: &Repository, block: &[Example]) -> Vec<String> {
    let mut failures = Vec::new();
    for example in block {
        let output = repo.bash(&example.command);
        let code = output.status.code().unwrap_or(-1);
        if code != example.expected_exit {
            failures.push(format!(
                "{}: `{}` exited {code}, not {}\n--- stdout\n{}--- stderr\n{}",
                example.place,
                example.command,
                example.expected_exit,
                excerpt(&output.stdout),
                excerpt(&output.stderr),
            ));
        }
    }
    failures
}

fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().take(20).collect();
    lines.iter().map(|line| format!("{line}\n")).collect()
}

/// A temporary repository laid out as described in the module's comment, with its own home.
struct Repository {
    root: TempDir,
    home: TempDir,
}

impl Repository {
    fn new() -> Repository {
        let project = Path::new(env!("CARGO_MANIFEST_DIR"));
        let repo = Repository {
            root: tempfile::tempdir().expect("a temporary directory"),
            home: tempfile::tempdir().expect("a temporary home"),
        };
        let root = repo.root.path();
        copy_tree(&project.join("docs"), &root.join("docs"));
        copy_tree(&project.join("tests/fixtures"), &root.join("tests/fixtures"));
        std::fs::copy(project.join(".gitattributes"), root.join(".gitattributes")).expect(".gitattributes");
        copy_tree(&project.join("tests/fixtures/approved"), &root.join("plan"));
        for args in [
            "git init -q -b main",
            "git config user.name 'Secretaría Técnica'",
            "git config user.email secretaria@example.org",
            "git config commit.gpgsign false",
            "git add -A",
            "git commit -q -m 'Plan aprobado'",
        ] {
            let output = repo.bash(args);
            assert!(output.status.success(), "{args}: {}", String::from_utf8_lossy(&output.stderr));
        }
        std::fs::remove_dir_all(root.join("plan")).expect("the approved plan goes");
        copy_tree(&project.join("plan"), &root.join("plan"));
        repo
    }

    /// `bash -c COMMAND` in the repository, with nothing from the caller's environment but `PATH`.
    fn bash(&self, command: &str) -> std::process::Output {
        let binary = Path::new(env!("CARGO_BIN_EXE_workplan"));
        let path = std::env::join_paths(
            std::iter::once(binary.parent().expect("the binary's directory").to_owned())
                .chain(std::env::var_os("PATH").iter().flat_map(std::env::split_paths)),
        )
        .expect("a PATH");
        let ceiling = self.root.path().parent().unwrap_or(self.root.path());
        Command::new("bash")
            .arg("-c")
            .arg(format!("set -o pipefail\n{command}"))
            .current_dir(self.root.path())
            .env_clear()
            .env("PATH", path)
            .env("HOME", self.home.path())
            .env("WORKPLAN_TODAY", "2022-07-15")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CEILING_DIRECTORIES", ceiling)
            .output()
            .expect("bash runs")
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a directory");
    for entry in std::fs::read_dir(from).expect("a readable directory") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("the file copies");
        }
    }
}

#[test]
fn the_harness_reads_commands_and_annotations() {
    let document = "Text `workplan inline` is prose.\n\n```sh\nworkplan list   # a comment\n# a comment line\n\n\
        git tag v1 \\\n  -m done\n```\n\n<!-- example: continues; exit 1 -->\n```\n$ workplan validate\nerror: shown output\n\
        ```\n\n```toml\nworkplan = 1\n```\n";
    let blocks = blocks("doc.md", document);
    assert_eq!(blocks.len(), 2);
    let commands: Vec<_> =
        blocks[0].examples.iter().map(|e| (e.place.as_str(), e.command.as_str())).collect();
    assert_eq!(
        commands,
        [("doc.md:4", "workplan list   # a comment"), ("doc.md:7", "git tag v1 \\\n-m done")]
    );
    assert!(!blocks[0].continues && blocks[1].continues);
    assert_eq!(blocks[1].examples[0].command, "workplan validate");
    assert_eq!(blocks[1].examples[0].expected_exit, 1);
    assert_eq!(without_comment(commands[0].1), "workplan list");
    assert!(runs_here("LANG=es_AR.UTF-8 workplan list") && runs_here("source <(workplan completions bash)"));
    assert!(!runs_here("cargo test") && is_other_program("cargo test"));
}
