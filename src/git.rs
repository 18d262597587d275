//! The plan's git repository, through the `git` command itself.
//!
//! `workplan diff` reads the plan as it was at a revision straight from git's object store
//! (`ls-tree`, `cat-file`): nothing is checked out, and the working tree is left alone. Running
//! the `git` the user has, rather than a library, means the same repository, configuration and
//! revision syntax as every other git command they type.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{ChildStdout, Command, Stdio};

use crate::i18n::{Lang, Msg};

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

impl GitError {
    /// What went wrong, for people; `dir` is the directory that is not in a repository.
    pub fn text(&self, dir: &Path, lang: Lang) -> String {
        match self {
            GitError::Missing => lang.text(Msg::GitMissing),
            GitError::NotARepository => lang.text(Msg::NotAGitRepository { dir: &dir.display().to_string() }),
            GitError::UnknownRevision(revision) => lang.text(Msg::UnknownRevision { revision }),
            GitError::Failed(message) => lang.text(Msg::GitFailed { message }),
        }
    }
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

/// One commit of the plan's history, as `git log` gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommitInfo {
    pub hash: String,
    /// The first parent, if any: what the commit changed is measured against it.
    pub parent: Option<String>,
    pub author: String,
    /// The author's date, as git's strict ISO 8601 (`2022-10-05T10:12:00-03:00`).
    pub date: String,
    /// The first line of the message.
    pub subject: String,
}

impl Repo {
    /// The commits reachable from `revision` that change the plan directory, newest first (git's
    /// own history simplification: a merge that only brings a branch's commits is left out,
    /// those commits are not).
    pub fn history(&self, revision: &str) -> Result<Vec<CommitInfo>, GitError> {
        let commit = self.commit(revision)?;
        let path = if self.prefix.is_empty() { "." } else { self.prefix.as_str() };
        let args = ["log", "-z", "--format=%H%x1f%P%x1f%an%x1f%aI%x1f%s", commit.as_str(), "--", path];
        let listing = run(&self.root, args)?;
        Ok(listing.split('\0').filter(|entry| !entry.is_empty()).filter_map(parse_commit).collect())
    }

    /// A reader of the repository's objects, many at a time.
    pub fn objects(&self) -> Result<Objects, GitError> {
        // A git too old to say uses SHA-1.
        let format = run(&self.root, ["rev-parse", "--show-object-format"])?;
        let hash_len = if format.trim() == "sha256" { 32 } else { 20 };
        Ok(Objects { root: self.root.clone(), hash_len })
    }

    /// How `commit`'s plan directory is named to `git cat-file`.
    pub fn plan_tree(&self, commit: &str) -> String {
        match self.prefix.trim_end_matches('/') {
            "" => format!("{commit}^{{tree}}"),
            prefix => format!("{commit}:{prefix}"),
        }
    }
}

fn parse_commit(entry: &str) -> Option<CommitInfo> {
    let mut fields = entry.trim_start_matches('\n').split('\x1f');
    let hash = fields.next()?.to_owned();
    let parent = fields.next()?.split(' ').next().filter(|p| !p.is_empty()).map(str::to_owned);
    let (author, date, subject) = (fields.next()?, fields.next()?, fields.next()?);
    Some(CommitInfo { hash, parent, author: author.into(), date: date.into(), subject: subject.into() })
}

/// Reads objects by name through `git cat-file --batch`, one process for each batch of names.
pub struct Objects {
    root: PathBuf,
    /// The bytes of an object's hash in this repository.
    hash_len: usize,
}

/// A tree's hash and its `*.toml` blobs.
pub type Tree = (String, Vec<TreeEntry>);

/// An object of the repository.
pub struct Object {
    pub hash: String,
    /// `blob`, `tree`, `commit` or `tag`.
    pub kind: String,
    pub body: Vec<u8>,
}

/// An entry of a tree: its name and the hash of its blob.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeEntry {
    pub name: String,
    pub hash: String,
}

impl Objects {
    /// The object `name` names (`HASH`, `COMMIT:plan`), or `None` if there is none.
    pub fn get(&mut self, name: &str) -> Result<Option<Object>, GitError> {
        Ok(self.get_many(&[name.to_owned()])?.pop().flatten())
    }

    /// The objects `names` name, in order, from one `git cat-file --batch --buffer`: the names
    /// are written by a second thread while the answers are read, and git writes its answers in
    /// large blocks, so that a few thousand objects cost one stream, not a few thousand round
    /// trips between the two processes.
    pub fn get_many(&mut self, names: &[String]) -> Result<Vec<Option<Object>>, GitError> {
        let failed = |error: std::io::Error| GitError::Failed(error.to_string());
        let mut child = Command::new("git")
            .arg("-C")
            .arg(&self.root)
            .args(["cat-file", "--batch", "--buffer"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(spawn_error)?;
        let (Some(input), Some(output)) = (child.stdin.take(), child.stdout.take()) else {
            return Err(GitError::Failed("git cat-file: no pipes".into()));
        };
        let mut output = BufReader::new(output);
        let objects = std::thread::scope(|scope| {
            let writer = scope.spawn(move || -> std::io::Result<()> {
                let mut buffered = std::io::BufWriter::new(input);
                for name in names {
                    // A line break would make two names of one; `-` names no object.
                    writeln!(buffered, "{}", if name.contains('\n') { "-" } else { name })?;
                }
                // Dropping the pipe ends git's input: it writes what it holds, and stops.
                buffered.flush()
            });
            let objects: std::io::Result<Vec<_>> = names.iter().map(|_| read_object(&mut output)).collect();
            let written = writer.join().unwrap_or_else(|_| Err(std::io::Error::other("git cat-file")));
            written.and(objects)
        });
        if objects.is_err() {
            let _ = child.kill();
        }
        let _ = child.wait();
        objects.map_err(failed)
    }

    /// The trees `names` name: for each, its hash and its `*.toml` blobs (symbolic links and
    /// folders left out), or `None` if there is no such tree.
    pub fn toml_files(&mut self, names: &[String]) -> Result<Vec<Option<Tree>>, GitError> {
        let hash_len = self.hash_len;
        Ok(self
            .get_many(names)?
            .into_iter()
            .map(|object| {
                object
                    .filter(|object| object.kind == "tree")
                    .map(|tree| (tree.hash, tree_entries(&tree.body, hash_len)))
            })
            .collect())
    }
}

/// One answer of `git cat-file --batch`: `HASH TYPE SIZE`, the bytes and a line break, or
/// `NAME missing` (or `ambiguous`), which is `None`.
fn read_object(output: &mut BufReader<ChildStdout>) -> std::io::Result<Option<Object>> {
    let mut header = String::new();
    if output.read_line(&mut header)? == 0 {
        return Err(std::io::Error::from(ErrorKind::UnexpectedEof));
    }
    let mut fields = header.trim_end().split(' ');
    let (Some(hash), Some(kind), Some(size)) = (fields.next(), fields.next(), fields.next()) else {
        return Ok(None);
    };
    let Ok(size) = size.parse::<usize>() else { return Ok(None) };
    let mut body = vec![0; size + 1];
    output.read_exact(&mut body)?;
    body.pop();
    Ok(Some(Object { hash: hash.to_owned(), kind: kind.to_owned(), body }))
}

/// The entries of a tree object: `MODE NAME\0HASH`, the hash in binary (20 bytes for SHA-1, 32
/// for SHA-256).
fn tree_entries(mut body: &[u8], hash_len: usize) -> Vec<TreeEntry> {
    let mut entries = Vec::new();
    while let Some(space) = body.iter().position(|&b| b == b' ') {
        let Some(nul) = body[space..].iter().position(|&b| b == 0).map(|at| at + space) else { break };
        let Some(hash) = body.get(nul + 1..nul + 1 + hash_len) else { break };
        let (mode, name) = (&body[..space], &body[space + 1..nul]);
        let blob = (mode == b"100644" || mode == b"100755") && name.ends_with(b".toml");
        if let (true, Ok(name)) = (blob, std::str::from_utf8(name)) {
            let hash = hash.iter().map(|b| format!("{b:02x}")).collect();
            entries.push(TreeEntry { name: name.to_owned(), hash });
        }
        body = &body[nul + 1 + hash_len..];
    }
    entries
}

fn spawn_error(error: std::io::Error) -> GitError {
    if error.kind() == ErrorKind::NotFound { GitError::Missing } else { GitError::Failed(error.to_string()) }
}

/// `git -C DIR ARGS…`: its standard output, or what went wrong.
fn run<I, S>(dir: &Path, args: I) -> Result<String, GitError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let output = Command::new("git").arg("-C").arg(dir).args(args).output().map_err(spawn_error)?;
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
    fn history_and_batch_reads_see_only_the_plans_own_files() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let root = dir.path();
        git(root, &["init", "-q"]);
        let commit = |message: &str| {
            git(root, &["add", "-A"]);
            git(
                root,
                &["-c", "user.name=Ana Pérez", "-c", "user.email=a@example.org", "commit", "-qm", message],
            );
        };
        std::fs::create_dir_all(root.join("plan/sub")).expect("mkdir");
        std::fs::write(root.join("plan/plan.toml"), "schema = 1\n").expect("write");
        std::fs::write(root.join("plan/3.1-a.toml"), "x").expect("write");
        std::fs::write(root.join("plan/notes.txt"), "x").expect("write");
        std::fs::write(root.join("plan/sub/other.toml"), "x").expect("write");
        #[cfg(unix)]
        std::os::unix::fs::symlink("3.1-a.toml", root.join("plan/link.toml")).expect("symlink");
        commit("Plan");
        std::fs::write(root.join("README.md"), "x").expect("write");
        commit("Only the README");
        std::fs::write(root.join("plan/3.1-a.toml"), "y").expect("write");
        commit("Área 3.1");
        let repo = Repo::of(&root.join("plan")).expect("a repository");
        let history = repo.history("HEAD").expect("a history");
        let subjects: Vec<&str> = history.iter().map(|c| c.subject.as_str()).collect();
        assert_eq!(subjects, ["Área 3.1", "Plan"]);
        assert_eq!(history[0].author, "Ana Pérez");
        assert_eq!(history[1].parent, None);
        assert!(history[0].parent.is_some());
        let mut objects = repo.objects().expect("cat-file runs");
        let trees =
            objects.toml_files(&[repo.plan_tree(&history[0].hash), "HEAD:nowhere".into()]).expect("read");
        assert!(trees[1].is_none());
        let (_, entries) = trees[0].clone().expect("a tree");
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["3.1-a.toml", "plan.toml"]);
        let blob = objects.get(&entries[0].hash).expect("read").expect("the blob");
        assert_eq!((blob.kind.as_str(), blob.body.as_slice()), ("blob", b"y".as_slice()));
        assert!(objects.get("no-such-object").expect("read").is_none());
        assert!(objects.get("HEAD\nHEAD").expect("read").is_none());
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
