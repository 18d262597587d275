//! Replacing several files of a plan directory at once (`import --force`): the directory holds
//! the old plan or the new one, whatever happens.
//!
//! Each new file is written beside the one it replaces, as a temporary file flushed to disk.
//! Then a journal ([`JOURNAL`]) lists the renames and removals that make the new plan; it is
//! written atomically, and once it is on disk the change is decided. The renames and removals
//! follow, and the journal goes. A process killed before the journal is on disk leaves the old
//! plan (and temporary files that the next writer removes); one killed after leaves the journal,
//! which the next writer completes before anything else, once it holds the plan's lock
//! ([`complete`]). Readers never complete a journal: they refuse the directory until a writer
//! has, so that `validate` in CI never runs renames that a pull request committed.
//!
//! The journal is read with suspicion, since a pull request could commit one: a rename names
//! only a temporary file of ours, which is renamed to the name it was made for; a removal names
//! only a `*.toml` file of the directory. Nothing else is done, and a journal with any other line
//! is refused whole.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::write::{self, is_leftover, sync_dir};

/// The journal's name in the plan directory: not a `*.toml`, so never read as a plan file.
pub const JOURNAL: &str = ".workplan-journal";

/// Whether `dir` holds a journal that no writer has completed yet.
pub fn pending(dir: &Path) -> bool {
    fs::symlink_metadata(dir.join(JOURNAL)).is_ok()
}

/// Writes `files` (name and text) into `dir` and removes the files named in `removed`, all at
/// once as described above. Every name is a plain file name in `dir`. The caller holds the lock.
pub fn replace_files(dir: &Path, files: &[(String, String)], removed: &[String]) -> io::Result<()> {
    let mut temporaries: Vec<PathBuf> = Vec::new();
    let staged = stage(dir, files, &mut temporaries).and_then(|()| {
        let mut journal = String::new();
        for temporary in &temporaries {
            let name =
                temporary.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
            journal.push_str(&format!("rename\t{name}\n"));
        }
        for name in removed {
            journal.push_str(&format!("remove\t{name}\n"));
        }
        write::write_atomically(&dir.join(JOURNAL), journal.as_bytes())
    });
    if let Err(error) = staged {
        for temporary in &temporaries {
            let _ = fs::remove_file(temporary);
        }
        return Err(error);
    }
    complete(dir)
}

/// Writes each file as a temporary file beside its name, flushed, with the permissions the file
/// it replaces has; `temporaries` gets each one as soon as it exists, for the caller to remove on
/// failure.
fn stage(dir: &Path, files: &[(String, String)], temporaries: &mut Vec<PathBuf>) -> io::Result<()> {
    for (name, text) in files {
        let mut temp = write::temporary_beside(&dir.join(name))?;
        temporaries.push(temp.path().to_path_buf());
        temp.write_all(text.as_bytes())?;
        temp.as_file().sync_all()?;
        temp.keep().map_err(|error| error.error)?;
    }
    sync_dir(dir)
}

/// Completes the journal of `dir`, if there is one: each rename whose temporary file is still
/// there, each removal whose file is still there, then the journal goes. Doing it twice does no
/// harm, so a writer killed while completing it leaves it to the next. The caller holds the lock.
pub fn complete(dir: &Path) -> io::Result<()> {
    let path = dir.join(JOURNAL);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(error),
    };
    let steps = parse(&text).ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, JOURNAL))?;
    for step in steps {
        let outcome = match &step {
            Step::Rename { temporary, name } => fs::rename(dir.join(temporary), dir.join(name)),
            Step::Remove { name } => fs::remove_file(dir.join(name)),
        };
        match outcome {
            Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
            _ => {}
        }
    }
    sync_dir(dir)?;
    fs::remove_file(&path)?;
    sync_dir(dir)
}

/// One step of a journal.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    Rename { temporary: String, name: String },
    Remove { name: String },
}

/// The journal's steps, if every line is one this module writes.
fn parse(text: &str) -> Option<Vec<Step>> {
    text.lines()
        .map(|line| match line.split_once('\t')? {
            ("rename", temporary) if is_leftover(temporary) => {
                Some(Step::Rename { temporary: temporary.to_owned(), name: made_for(temporary)?.to_owned() })
            }
            ("remove", name) if is_plain_toml(name) => Some(Step::Remove { name: name.to_owned() }),
            _ => None,
        })
        .collect()
}

/// The name a temporary file `.NAME.XXXXXX.tmp` was made for.
fn made_for(temporary: &str) -> Option<&str> {
    let inner = temporary.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (name, _) = inner.rsplit_once('.')?;
    is_plain_toml(name).then_some(name)
}

/// A `*.toml` file name of the directory itself: no separator, no `..`, not hidden.
fn is_plain_toml(name: &str) -> bool {
    name.ends_with(".toml") && !name.starts_with('.') && !name.contains(['/', '\\', '\0'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("list")
            .map(|entry| entry.expect("entry").file_name().into_string().expect("UTF-8"))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_and_removes_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().expect("temp dir");
        for name in ["plan.toml", "3.1-a.toml", "3.2-b.toml", "notas.md"] {
            fs::write(dir.path().join(name), "old").expect("write");
        }
        let files =
            vec![("plan.toml".to_owned(), "new".to_owned()), ("3.1-c.toml".to_owned(), "new".to_owned())];
        replace_files(dir.path(), &files, &["3.1-a.toml".to_owned(), "3.2-b.toml".to_owned()])
            .expect("replaced");
        assert_eq!(names(dir.path()), ["3.1-c.toml", "notas.md", "plan.toml"]);
        assert_eq!(fs::read_to_string(dir.path().join("plan.toml")).expect("read"), "new");
    }

    #[test]
    fn a_journal_left_by_a_killed_writer_is_completed_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::write(dir.path().join("plan.toml"), "old").expect("write");
        fs::write(dir.path().join("3.9-x.toml"), "stale").expect("write");
        fs::write(dir.path().join(".plan.toml.Ab12Cd.tmp"), "new").expect("write");
        fs::write(dir.path().join(JOURNAL), "rename\t.plan.toml.Ab12Cd.tmp\nremove\t3.9-x.toml\n")
            .expect("write");
        assert!(pending(dir.path()));
        complete(dir.path()).expect("completed");
        assert_eq!(names(dir.path()), ["plan.toml"]);
        assert_eq!(fs::read_to_string(dir.path().join("plan.toml")).expect("read"), "new");
        complete(dir.path()).expect("nothing to do");
    }

    #[test]
    fn a_journal_that_names_anything_else_is_refused_whole() {
        for bad in [
            "remove\t../plan.toml\n",
            "remove\tnotas.md\n",
            "rename\t.plan.toml.Ab12Cd.tmp\nremove\t/etc/passwd.toml\n",
            "rename\t../.plan.toml.Ab12Cd.tmp\n",
            "rename\t.x.md.Ab12Cd.tmp\n",
            "move\tplan.toml\n",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        let dir = tempfile::tempdir().expect("temp dir");
        fs::write(dir.path().join("notas.md"), "mine").expect("write");
        fs::write(dir.path().join(JOURNAL), "remove\tnotas.md\n").expect("write");
        assert!(complete(dir.path()).is_err());
        assert!(dir.path().join("notas.md").exists());
    }
}
