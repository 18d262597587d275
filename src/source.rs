//! The plan's files as read from disk, and positions within them.

use std::ops::Range;
use std::path::{Path, PathBuf};

/// Byte offsets into a file's text.
pub type Span = Range<usize>;

/// Which file of the plan something came from (an index into [`Sources`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub usize);

/// One plan file: where it is and what it says.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as found on disk.
    pub path: PathBuf,
    /// The path as shown to people: relative to the current directory where possible.
    pub display: String,
    /// The text, empty when the file could not be read.
    pub text: String,
}

/// A 1-based line and column (in characters), as editors and CI annotations count them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Every file read for one plan.
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    /// Adds a file and returns its id.
    pub fn add(&mut self, path: PathBuf, text: String) -> FileId {
        let display = display_path(&path);
        self.files.push(SourceFile { path, display, text });
        FileId(self.files.len() - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0]
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

impl SourceFile {
    /// The line and column of a byte offset; offsets past the end point just after the text.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = floor_char_boundary(&self.text, offset);
        let before = &self.text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        LineCol { line: before.matches('\n').count() + 1, column: before[line_start..].chars().count() + 1 }
    }
}

/// Where each line of a text starts, so that many offsets turn into lines and columns without
/// rescanning the text from its beginning each time (a plan with 100 000 findings stays linear).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let breaks = text.match_indices('\n').map(|(i, _)| i + 1);
        LineIndex { starts: std::iter::once(0).chain(breaks).collect() }
    }

    /// The line and column of a byte offset of `text` (the text this index was built from),
    /// counted as [`SourceFile::line_col`] counts them.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = floor_char_boundary(text, offset);
        let line = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts[line.saturating_sub(1)];
        LineCol { line, column: text[line_start..offset].chars().count() + 1 }
    }
}

/// The largest char boundary at or before `offset`, so that slicing never panics.
fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// `path` relative to the current directory when it lies below it, else as given.
pub(crate) fn display_path(path: &Path) -> String {
    let relative =
        std::env::current_dir().ok().and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf));
    relative.as_deref().unwrap_or(path).display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile { path: "x.toml".into(), display: "x.toml".into(), text: text.into() }
    }

    #[test]
    fn counts_lines_and_characters_from_one() {
        let f = file("a = 1\ntítulo = 2\n");
        assert_eq!(f.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(f.line_col(6), LineCol { line: 2, column: 1 });
        let eq = f.text.find('=').map(|i| f.text[i + 1..].find('=').map(|j| i + 1 + j));
        let eq = eq.flatten().expect("second =");
        assert_eq!(f.line_col(eq), LineCol { line: 2, column: 8 }, "í counts as one column");
    }

    #[test]
    fn the_line_index_agrees_with_scanning() {
        let f = file("a = 1\ntítulo = 2\n\nñ = 3");
        let index = LineIndex::new(&f.text);
        for offset in 0..=f.text.len() + 2 {
            assert_eq!(index.line_col(&f.text, offset), f.line_col(offset), "offset {offset}");
        }
    }

    #[test]
    fn never_panics_on_odd_offsets() {
        let f = file("ñ");
        assert_eq!(f.line_col(1), LineCol { line: 1, column: 1 });
        assert_eq!(f.line_col(99), LineCol { line: 1, column: 2 });
    }
}
