//! Writing files so that a reader sees the old content or the new, never half of one: each file
//! is written to a temporary file beside it and renamed over it; a new directory is filled under
//! a temporary name and renamed into place whole.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Writes `text` to `path` through a temporary file in the same directory. An existing file keeps
/// its permissions; a new one gets the usual ones (the umask applies).
pub fn write_file(path: &Path, text: &str) -> io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".workplan-").suffix(".tmp");
    match fs::metadata(path) {
        Ok(existing) => {
            builder.permissions(existing.permissions());
        }
        Err(_) => set_default_permissions(&mut builder, 0o666),
    }
    let mut file = builder.tempfile_in(dir)?;
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|error| error.error)?;
    Ok(())
}

/// Creates the directory `dir` holding `files` (name and text), all at once: nothing is left
/// behind if any file cannot be written.
pub fn create_dir_with(dir: &Path, files: &[(String, String)]) -> io::Result<()> {
    let parent = dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(parent)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".workplan-");
    set_default_permissions(&mut builder, 0o777);
    let staging = builder.tempdir_in(parent)?;
    for (name, text) in files {
        fs::write(staging.path().join(name), text)?;
    }
    fs::rename(staging.path(), dir)?;
    // Renamed away: nothing is left to clean up.
    let _ = staging.keep();
    Ok(())
}

#[cfg(unix)]
fn set_default_permissions(builder: &mut tempfile::Builder<'_, '_>, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    builder.permissions(fs::Permissions::from_mode(mode));
}

#[cfg(not(unix))]
fn set_default_permissions(_builder: &mut tempfile::Builder<'_, '_>, _mode: u32) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_a_file_and_keeps_nothing_else() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.toml");
        write_file(&path, "one").expect("written");
        write_file(&path, "two").expect("rewritten");
        assert_eq!(fs::read_to_string(&path).expect("read"), "two");
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 1, "no temporary file left");
    }

    #[test]
    fn creates_a_directory_whole() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("nested/plan");
        create_dir_with(&target, &[("a.toml".into(), "x".into())]).expect("created");
        assert_eq!(fs::read_to_string(target.join("a.toml")).expect("read"), "x");
        let siblings: Vec<_> = fs::read_dir(dir.path().join("nested")).expect("list").collect();
        assert_eq!(siblings.len(), 1, "no staging directory left");
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_readable_by_others_as_usual() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.toml");
        write_file(&path, "x").expect("written");
        let mode = fs::metadata(&path).expect("metadata").permissions().mode();
        assert_ne!(mode & 0o600, 0, "owner can read and write");
    }
}
