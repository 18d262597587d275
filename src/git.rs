//! The plan's git repository, through the `git` command itself.
//!
//! `workplan diff` reads the plan as it was at a revision straight from git's object store
//! (`ls-tree`, `cat-file`): nothing is checked out, and the working tree is left alone. Running
//! the `git` the user has, rather than a library, means the same repository, configuration and
//! revision syntax as every other git command they type.

use std::ffi::OsStr;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Why git could not answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GitError {
    /// No `git` command could be run.
    Missing,
    /// The directory is not inside a git work tree.
    NotARepository,
    /// No commit goes by this name.
    UnknownRevision(String),
    /// git ran and failed: its own message.
    Failed(String),
}

/// The repository that holds a plan directory.
#[derive(Clone, Debug)]
pub struct Repo {
    /// The top of the work tree.
    pub root: PathBuf,
    /// The plan directory's path from the top, with a final `/` (empty at the top itself).
    pub prefix: String,
}

/// A file of a revision: its path from the top of the repository, and its text.
pub type Blob = (String, String);

impl Repo {
    /// The repository whose work tree holds `dir`.
    pub fn of(dir: &Path) -> Result<Repo, GitError> {
        let top = run(dir, ["rev-parse", "--show-toplevel"]).map_err(|error| match error {
            GitError::Failed(_) => GitError::NotARepository,
            other => other,
        })?;
        let prefix = run(dir, ["rev-parse", "--show-prefix"])?;
        Ok(Repo {
            root: PathBuf::from(top.trim_end_matches('\n')),
            prefix: prefix.trim_end_matches('\n').into(),
        })
    }

    /// The full name of the commit `revision` names (a branch, a tag, `HEAD~2`, a hash).
    pub fn commit(&self, revision: &str) -> Result<String, GitError> {
        let spec = format!("{revision}^{{commit}}");
        let args = ["rev-parse", "--verify", "--quiet", "--end-of-options", spec.as_str()];
        match run(&self.root, args) {
            Ok(hash) => Ok(hash.trim().to_owned()),
            Err(GitError::Failed(_)) => Err(GitError::UnknownRevision(revision.to_owned())),
            Err(other) => Err(other),
        }
    }

    /// The `*.toml` files directly in the plan directory at `commit`, with their texts.
    pub fn plan_files(&self, commit: &str) -> Result<Vec<Blob>, GitError> {
        let mut args = vec!["ls-tree", "-z", commit];
        if !self.prefix.is_empty() {
            args.extend(["--", self.prefix.as_str()]);
        }
        let listing = run(&self.root, args)?;
        let mut files = Vec::new();
        for entry in listing.split('\0').filter(|entry| !entry.is_empty()) {
            let Some((meta, path)) = entry.split_once('\t') else { continue };
            let mut fields = meta.split(' ');
            let (mode, kind, hash) = (fields.next(), fields.next(), fields.next());
            let in_dir = path.strip_prefix(&self.prefix).is_some_and(|name| !name.contains('/'));
            if kind == Some("blob") && mode != Some("120000") && in_dir && path.ends_with(".toml") {
                let text = run(&self.root, ["cat-file", "blob", hash.unwrap_or_default()])?;
                files.push((path.to_owned(), text));
            }
        }
        Ok(files)
    }
}

/// `git -C DIR ARGS…`: its standard output, or what went wrong.
fn run<I, S>(dir: &Path, args: I) -> Result<String, GitError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let output = Command::new("git").arg("-C").arg(dir).args(args).output().map_err(|error| {
        if error.kind() == ErrorKind::NotFound {
            GitError::Missing
        } else {
            GitError::Failed(error.to_string())
        }
    })?;
    if !output.status.success() {
        return Err(GitError::Failed(String::from_utf8_lossy(&output.stderr).trim().to_owned()));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn git(dir: &Path, args: &[&str]) {
        run(dir, args).expect("git runs");
    }

    #[test]
    fn reads_the_plan_files_of_a_revision_and_nothing_else() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let root = dir.path();
        git(root, &["init", "-q"]);
        std::fs::create_dir_all(root.join("plan/sub")).expect("mkdir");
        std::fs::write(root.join("plan/plan.toml"), "schema = 1\n").expect("write");
        std::fs::write(root.join("plan/notes.txt"), "x").expect("write");
        std::fs::write(root.join("plan/sub/other.toml"), "x").expect("write");
        git(root, &["add", "."]);
        git(root, &["-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "plan"]);
        let repo = Repo::of(&root.join("plan")).expect("a repository");
        assert_eq!(repo.prefix, "plan/");
        let commit = repo.commit("HEAD").expect("HEAD");
        assert_eq!(commit.len(), 40);
        let files = repo.plan_files(&commit).expect("files");
        assert_eq!(files, [("plan/plan.toml".to_owned(), "schema = 1\n".to_owned())]);
        assert_eq!(repo.commit("no-such-tag"), Err(GitError::UnknownRevision("no-such-tag".into())));
        assert_eq!(repo.commit("--help").map_err(|_| ()), Err(()));
    }

    #[test]
    fn a_directory_outside_any_repository_is_named_so() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let outside = Repo::of(dir.path()).map(|_| ());
        // A temporary directory may itself lie in a repository on some machines.
        if outside.is_err() {
            assert_eq!(outside, Err(GitError::NotARepository));
        }
    }
}
