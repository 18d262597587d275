//! Real git repositories in temporary directories, for `workplan diff` and the git recipes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

use crate::common::*;

/// A git repository with the plan in `plan/`, isolated from the machine's git configuration.
pub struct Repo {
    dir: TempDir,
    home: TempDir,
}

impl Repo {
    /// An empty repository.
    pub fn new() -> Repo {
        let repo = Repo {
            dir: tempfile::tempdir().expect("a temporary directory"),
            home: tempfile::tempdir().expect("a temporary home"),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "Secretaría Técnica"]);
        repo.git(&["config", "user.email", "secretaria@example.org"]);
        repo.git(&["config", "commit.gpgsign", "false"]);
        repo
    }

    /// A repository whose first commit holds `plan` in `plan/`.
    pub fn with_plan(plan: &Path) -> Repo {
        let repo = Repo::new();
        repo.copy_plan(plan);
        repo.commit("Plan aprobado");
        repo
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn plan(&self) -> PathBuf {
        self.root().join("plan")
    }

    /// Replaces the working tree's plan files with those of `plan`.
    pub fn copy_plan(&self, plan: &Path) {
        let target = self.plan();
        if target.exists() {
            std::fs::remove_dir_all(&target).expect("the old plan goes");
        }
        std::fs::create_dir_all(&target).expect("plan/");
        for entry in std::fs::read_dir(plan).expect("the plan directory") {
            let entry = entry.expect("an entry");
            std::fs::copy(entry.path(), target.join(entry.file_name())).expect("copy");
        }
    }

    /// Edits a plan file in the working tree: `from` (which must be there) becomes `to`.
    pub fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.plan().join(file);
        let text = std::fs::read_to_string(&path).expect("the file");
        assert!(text.contains(from), "`{from}` is not in {file}");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    }

    /// `git ARGS` in the repository; it must succeed.
    pub fn git(&self, args: &[&str]) -> String {
        let output = self.git_output(args);
        assert!(output.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).expect("UTF-8")
    }

    pub fn git_output(&self, args: &[&str]) -> Output {
        let mut command = Command::new("git");
        command.args(args).current_dir(self.root());
        self.isolate(&mut command);
        command.output().expect("git runs")
    }

    /// Commits everything as `author` on `date` (`2022-03-11T10:00:00-03:00`), so that the
    /// history, and its hashes, are the same on every run.
    pub fn commit_as(&self, author: &str, date: &str, message: &str) {
        self.git(&["add", "-A"]);
        let email = format!("{}@example.org", author.split(' ').next().unwrap_or(author).to_lowercase());
        let mut command = Command::new("git");
        command.args(["commit", "-q", "-m", message]).current_dir(self.root());
        self.isolate(&mut command);
        command
            .env("GIT_AUTHOR_NAME", author)
            .env("GIT_AUTHOR_EMAIL", email)
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date);
        let output = command.output().expect("git runs");
        assert!(output.status.success(), "git commit: {}", String::from_utf8_lossy(&output.stderr));
    }

    pub fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// `workplan` run from the repository's root.
    pub fn workplan(&self) -> assert_cmd::Command {
        let mut command = workplan();
        command.current_dir(self.root());
        for (name, value) in self.environment() {
            command.env(name, value);
        }
        command
    }

    /// No global or system git configuration, no repository above the temporary directory.
    pub fn environment(&self) -> Vec<(&'static str, String)> {
        let ceiling = self.root().parent().unwrap_or(self.root()).display().to_string();
        vec![
            ("HOME", self.home.path().display().to_string()),
            ("GIT_CONFIG_NOSYSTEM", "1".into()),
            ("GIT_CEILING_DIRECTORIES", ceiling),
        ]
    }

    pub fn isolate(&self, command: &mut Command) {
        for (name, value) in self.environment() {
            command.env(name, value);
        }
        command.env_remove("GIT_DIR").env_remove("GIT_WORK_TREE").env("WORKPLAN_LANG", "en");
    }
}
