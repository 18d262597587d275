//! Where a command's document goes: standard output, or a file given with `-o`.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

use anyhow::{Context as _, Result};

use super::Context;
use crate::i18n::Msg;

/// Prints `text`, or writes it to `path` (atomically) and says so on standard error.
pub fn deliver(context: &Context, path: Option<&Path>, text: &str) -> Result<()> {
    let Some(path) = path else { return context.print(text) };
    let shown = path.display().to_string();
    write_atomically(path, text.as_bytes())
        .with_context(|| context.lang.text(Msg::CannotWrite { path: &shown }))
}

/// Writes `bytes` to `path` so that readers see the old file or the new one, never half of
/// one: a temporary file in the same directory, flushed, then renamed over `path`. An existing
/// file's permissions are kept.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = OpenOptions::new().write(true).create_new(true).open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        if let Ok(existing) = fs::metadata(path) {
            fs::set_permissions(&temp, existing.permissions())?;
        }
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_missing_directory_is_an_error_and_leaves_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("no/such/dir/plan.ics");
        assert!(write_atomically(&path, b"x").is_err());
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 0);
    }
}
