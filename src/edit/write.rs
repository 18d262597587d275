//! Replacing a plan file all at once.
//!
//! The new text goes to a temporary file in the same directory (so that the rename stays on one
//! file system), is flushed to disk, gets the old file's permissions and is renamed over it; then
//! the directory is flushed so that the rename itself survives a crash. A process killed at any
//! point leaves either the old file or the new one, never a mix. A temporary file left behind by
//! a killed process is named `.NAME.XXXXXX.tmp`: not a `*.toml`, so the loader never reads it,
//! and the next writer that takes the plan's lock removes it ([`remove_leftovers`]).

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

/// What became of a write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Written,
    /// The file no longer holds the text the edit was made on (an editor saved it meanwhile):
    /// nothing was written, and the edit should be made again on the new text.
    ChangedMeanwhile,
}

/// Why a file may not be written, though the system might allow it (to root, say).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// The file's permissions allow nobody to write it.
    File,
    /// Its directory's permissions allow nobody to create the new file in it.
    Dir,
}

/// Whether the file or its directory is marked read-only. Someone who made a plan file
/// read-only meant it, even where the system would let this process write.
pub fn read_only(path: &Path) -> io::Result<Option<ReadOnly>> {
    if fs::metadata(path)?.permissions().readonly() {
        return Ok(Some(ReadOnly::File));
    }
    let target = fs::canonicalize(path)?;
    Ok(fs::metadata(directory_of(&target))?.permissions().readonly().then_some(ReadOnly::Dir))
}

/// Whether a directory is marked read-only.
pub fn dir_read_only(dir: &Path) -> io::Result<bool> {
    Ok(fs::metadata(dir)?.permissions().readonly())
}

/// Replaces the file's content with `new`, if it still holds `expected`. A symbolic link is
/// followed: the file it points to is replaced, and the link stays.
///
/// The file is compared twice: before the temporary file is written, and again once it is on
/// disk, right before the rename. An editor that saves while the temporary file is written and
/// flushed (the slow part) is seen by the second comparison, and nothing is written; what remains
/// is the moment between that comparison and the rename (see docs/reliability.md).
pub fn replace_if_unchanged(path: &Path, expected: &str, new: &str) -> io::Result<Outcome> {
    replace_checked(path, expected, new, || {})
}

/// [`replace_if_unchanged`], calling `meanwhile` once the temporary file is flushed: where an
/// editor's save would land in the window the second comparison closes (tests use it so).
fn replace_checked(path: &Path, expected: &str, new: &str, meanwhile: impl FnOnce()) -> io::Result<Outcome> {
    let target = fs::canonicalize(path)?;
    if fs::read(&target)? != expected.as_bytes() {
        return Ok(Outcome::ChangedMeanwhile);
    }
    let unchanged = || {
        meanwhile();
        Ok(fs::read(&target)? == expected.as_bytes())
    };
    Ok(if write_if(&target, new.as_bytes(), unchanged)? {
        Outcome::Written
    } else {
        Outcome::ChangedMeanwhile
    })
}

/// Writes `bytes` to `path` so that readers see the old file or the new one, never part of one:
/// through a temporary file as above. An existing file keeps its permissions; a new one gets the
/// usual ones, as `File::create` gives (the umask applies), not the temporary file's owner-only.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_if(path, bytes, || Ok(true)).map(drop)
}

/// [`write_atomically`], if `still` says yes once the temporary file is on disk; else the
/// temporary file is removed and nothing is written. Returns whether the file was written.
fn write_if(path: &Path, bytes: &[u8], still: impl FnOnce() -> io::Result<bool>) -> io::Result<bool> {
    let dir = directory_of(path);
    let mut temp = temporary_beside(path)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    if !still()? {
        return Ok(false);
    }
    temp.persist(path).map_err(|error| error.error)?;
    sync_dir(dir)?;
    Ok(true)
}

/// A new temporary file `.NAME.XXXXXX.tmp` beside `path`, with the permissions of the file at
/// `path` if there is one, else the usual ones. Removed when dropped, unless kept.
pub(super) fn temporary_beside(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    match fs::metadata(path) {
        Ok(existing) => {
            builder.permissions(existing.permissions());
        }
        Err(_) => usual_permissions(&mut builder, 0o666),
    }
    builder.tempfile_in(directory_of(path))
}

/// Creates the directory `dir` holding `files` (name and text) all at once: the files are written
/// into a temporary directory `.workplan-XXXXXX.tmp` beside it, which is then renamed. Nothing is
/// left behind if any file cannot be written. The parent directory is locked meanwhile, so that
/// such a directory found under the lock was left by a killed process: it is removed first.
pub fn create_dir_with(dir: &Path, files: &[(String, impl AsRef<[u8]>)]) -> io::Result<()> {
    let parent = directory_of(dir);
    fs::create_dir_all(parent)?;
    let _lock =
        super::lock::PlanLock::acquire(parent, super::lock::DEFAULT_TIMEOUT, || {}).map_err(|error| {
            match error {
                super::lock::LockError::Io(error) => error,
                super::lock::LockError::TimedOut => io::Error::from(io::ErrorKind::TimedOut),
            }
        })?;
    remove_staging_leftovers(parent)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".workplan-").suffix(".tmp");
    usual_permissions(&mut builder, 0o777);
    let staging = builder.tempdir_in(parent)?;
    for (name, text) in files {
        fs::write(staging.path().join(name), text)?;
    }
    sync_dir(staging.path())?;
    fs::rename(staging.path(), dir)?;
    // Renamed away: nothing is left to clean up.
    let _ = staging.keep();
    sync_dir(parent)
}

/// Writes several files (name and bytes) into the existing directory `dir`, each replaced
/// atomically as by [`write_atomically`]. Every new text is first written to its temporary file,
/// so that a failure there (a full disk, a read-only directory) leaves every file as it was; only
/// then are they renamed into place, one by one.
pub fn write_files_in(dir: &Path, files: &[(String, impl AsRef<[u8]>)]) -> io::Result<()> {
    let mut staged = Vec::with_capacity(files.len());
    for (name, bytes) in files {
        let path = dir.join(name);
        let mut builder = tempfile::Builder::new();
        let prefix = format!(".{name}.");
        builder.prefix(&prefix).suffix(".tmp");
        match fs::symlink_metadata(&path) {
            Ok(existing) if existing.is_file() => {
                builder.permissions(existing.permissions());
            }
            _ => usual_permissions(&mut builder, 0o666),
        }
        let mut temp = builder.tempfile_in(dir)?;
        temp.write_all(bytes.as_ref())?;
        temp.as_file().sync_all()?;
        staged.push((temp, path));
    }
    for (temp, path) in staged {
        temp.persist(&path).map_err(|error| error.error)?;
    }
    sync_dir(dir)
}

/// Removes from `dir` the temporary files a killed `workplan` left: `.NAME.toml.XXXXXX.tmp`, as
/// [`write_atomically`] names them, and those of the import journal. Only a process holding the plan's lock may call it: no other
/// writer of plan files can be running then, and other programs' files never have these names.
/// Returns the names removed.
pub fn remove_leftovers(dir: &Path) -> io::Result<Vec<String>> {
    let mut removed = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else { continue };
        if is_leftover(&name) && entry.file_type()?.is_file() {
            fs::remove_file(entry.path())?;
            removed.push(name);
        }
    }
    if !removed.is_empty() {
        sync_dir(dir)?;
    }
    Ok(removed)
}

/// Removes the staging directories `.workplan-XXXXXX.tmp` that killed imports left in `parent`.
fn remove_staging_leftovers(parent: &Path) -> io::Result<()> {
    for entry in fs::read_dir(parent)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(random) =
            name.to_str().and_then(|name| name.strip_prefix(".workplan-")?.strip_suffix(".tmp"))
        else {
            continue;
        };
        let ours = random.len() == 6 && random.bytes().all(|byte| byte.is_ascii_alphanumeric());
        if ours && entry.file_type()?.is_dir() {
            fs::remove_dir_all(entry.path())?;
        }
    }
    Ok(())
}

/// Whether `name` is a temporary file of ours: `.` + a `*.toml` name (or the import journal's)
/// + `.` + six letters or digits + `.tmp`.
pub(super) fn is_leftover(name: &str) -> bool {
    let Some(inner) = name.strip_prefix('.').and_then(|name| name.strip_suffix(".tmp")) else {
        return false;
    };
    let Some((file, random)) = inner.rsplit_once('.') else { return false };
    let plan_file = file.len() > ".toml".len() && file.ends_with(".toml");
    (plan_file || file == super::journal::JOURNAL)
        && random.len() == 6
        && random.bytes().all(|byte| byte.is_ascii_alphanumeric())
}

/// Asks for `mode` less the umask, as files made with `File::create` get.
#[cfg(unix)]
fn usual_permissions(builder: &mut tempfile::Builder<'_, '_>, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    builder.permissions(fs::Permissions::from_mode(mode));
}

#[cfg(not(unix))]
fn usual_permissions(_builder: &mut tempfile::Builder<'_, '_>, _mode: u32) {}

fn directory_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Flushes a directory's entries, so that a rename in it is on disk.
#[cfg(unix)]
pub(super) fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Windows cannot open a directory as a file; its renames are flushed with the file system.
#[cfg(not(unix))]
pub(super) fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    /// The entries of `dir` whose names start with `.` and end in `.tmp`, for tests that check
    /// nothing was left behind.
    fn leftovers(dir: &Path) -> Vec<PathBuf> {
        fs::read_dir(dir)
            .expect("a readable directory")
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| path.to_string_lossy().ends_with(".tmp"))
            .collect()
    }

    fn file_with(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("3.3-area.toml");
        fs::write(&path, text).expect("write");
        (dir, path)
    }

    #[test]
    fn replaces_the_content_and_leaves_nothing_behind() {
        let (dir, path) = file_with("old\n");
        assert_eq!(replace_if_unchanged(&path, "old\n", "new\n").expect("write"), Outcome::Written);
        assert_eq!(fs::read_to_string(&path).expect("read"), "new\n");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn refuses_when_the_file_changed_since_it_was_read() {
        let (dir, path) = file_with("edited meanwhile\n");
        let outcome = replace_if_unchanged(&path, "old\n", "new\n").expect("no error");
        assert_eq!(outcome, Outcome::ChangedMeanwhile);
        assert_eq!(fs::read_to_string(&path).expect("read"), "edited meanwhile\n");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn an_editor_saving_while_the_temporary_file_is_written_is_not_overwritten() {
        let (dir, path) = file_with("old\n");
        let save = || fs::write(&path, "saved by an editor\n").expect("the editor saves");
        let outcome = replace_checked(&path, "old\n", "new\n", save).expect("no error");
        assert_eq!(outcome, Outcome::ChangedMeanwhile);
        assert_eq!(fs::read_to_string(&path).expect("read"), "saved by an editor\n");
        assert!(leftovers(dir.path()).is_empty(), "the temporary file is removed");
    }

    #[test]
    fn removes_only_the_temporary_files_it_names() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let ours = [".3.1-area.toml.a1B2c3.tmp", ".plan.toml.ZZZZZZ.tmp", "..workplan-journal.q1W2e3.tmp"];
        let theirs =
            [".report.html.a1B2c3.tmp", ".3.1-area.toml.short.tmp", "3.1-area.toml", ".x.tmp", "a.tmp"];
        for name in ours.iter().chain(&theirs) {
            fs::write(dir.path().join(name), "x").expect("write");
        }
        let mut removed = remove_leftovers(dir.path()).expect("removed");
        removed.sort();
        assert_eq!(
            removed,
            ["..workplan-journal.q1W2e3.tmp", ".3.1-area.toml.a1B2c3.tmp", ".plan.toml.ZZZZZZ.tmp"]
        );
        let mut left: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .map(|entry| entry.expect("entry").file_name().into_string().expect("UTF-8"))
            .collect();
        left.sort();
        let mut expected = theirs.to_vec();
        expected.sort();
        assert_eq!(left, expected);
    }

    #[test]
    fn writes_a_new_file_and_replaces_it_leaving_nothing_behind() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("plan.toml");
        write_atomically(&path, b"one").expect("written");
        write_atomically(&path, b"two").expect("rewritten");
        assert_eq!(fs::read_to_string(&path).expect("read"), "two");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_staging_directory_left_by_a_killed_import_is_removed() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        fs::create_dir(dir.path().join(".workplan-Ab12Cd.tmp")).expect("mkdir");
        fs::write(dir.path().join(".workplan-Ab12Cd.tmp/3.1-x.toml"), "half").expect("write");
        fs::create_dir(dir.path().join(".workplan-notours")).expect("mkdir");
        create_dir_with(&dir.path().join("plan"), &[("plan.toml".to_owned(), "x")]).expect("created");
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .map(|entry| entry.expect("entry").file_name().into_string().expect("UTF-8"))
            .collect();
        names.sort();
        assert_eq!(names, [".workplan-notours", "plan"]);
    }

    #[test]
    fn creates_a_directory_whole() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let target = dir.path().join("nested/plan");
        create_dir_with(&target, &[("a.toml".to_owned(), "x")]).expect("created");
        assert_eq!(fs::read_to_string(target.join("a.toml")).expect("read"), "x");
        let siblings: Vec<_> = fs::read_dir(dir.path().join("nested")).expect("list").collect();
        assert_eq!(siblings.len(), 1, "no staging directory left");
    }

    #[cfg(unix)]
    #[test]
    fn new_files_get_the_usual_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("plan.toml");
        write_atomically(&path, b"x").expect("written");
        let mode = fs::metadata(&path).expect("metadata").permissions().mode();
        assert_eq!(mode & 0o600, 0o600, "not the temporary file's owner-only mode alone: {mode:o}");
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, path) = file_with("old\n");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
        replace_if_unchanged(&path, "old\n", "new\n").expect("write");
        let mode = fs::metadata(&path).expect("metadata").permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_stays_a_link_to_the_new_content() {
        let (dir, path) = file_with("old\n");
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&path, &link).expect("symlink");
        replace_if_unchanged(&link, "old\n", "new\n").expect("write");
        assert!(fs::symlink_metadata(&link).expect("metadata").file_type().is_symlink());
        assert_eq!(fs::read_to_string(&path).expect("read"), "new\n");
    }

    #[cfg(unix)]
    #[test]
    fn tells_a_read_only_file_from_a_read_only_directory() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, path) = file_with("old\n");
        assert_eq!(read_only(&path).expect("metadata"), None);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
        assert_eq!(read_only(&path).expect("metadata"), Some(ReadOnly::File));
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).expect("chmod");
        assert_eq!(read_only(&path).expect("metadata"), Some(ReadOnly::Dir));
        assert!(dir_read_only(dir.path()).expect("metadata"));
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("report.html");
        write_atomically(&path, b"old").expect("first write");
        write_atomically(&path, b"new").expect("second write");
        assert_eq!(fs::read_to_string(&path).expect("read"), "new");
        let names: Vec<_> =
            fs::read_dir(dir.path()).expect("list").map(|e| e.expect("entry").file_name()).collect();
        assert_eq!(names, ["report.html"]);
    }

    #[test]
    fn writes_several_files_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::write(dir.path().join("a.html"), "old").expect("write");
        let files = [("a.html".to_owned(), b"new a".to_vec()), ("b.ics".to_owned(), b"new b".to_vec())];
        write_files_in(dir.path(), &files).expect("written");
        assert_eq!(fs::read_to_string(dir.path().join("a.html")).expect("read"), "new a");
        assert_eq!(fs::read_to_string(dir.path().join("b.ics")).expect("read"), "new b");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn a_file_that_cannot_be_staged_leaves_every_file_as_it_was() {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::write(dir.path().join("a.html"), "old").expect("write");
        // A name whose temporary file cannot be made: its directory does not exist.
        let files = [("a.html".to_owned(), "new"), ("missing/b.html".to_owned(), "new")];
        assert!(write_files_in(dir.path(), &files).is_err());
        assert_eq!(fs::read_to_string(dir.path().join("a.html")).expect("read"), "old");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_missing_directory_is_an_error_and_leaves_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("no/such/dir/plan.ics");
        assert!(write_atomically(&path, b"x").is_err());
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 0);
    }
}
