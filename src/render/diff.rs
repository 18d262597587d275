//! A change to a file as a unified diff, as `git diff` shows it (for `--dry-run`), with
//! control characters made visible.

use std::path::Path;

use std::borrow::Cow;

use similar::TextDiff;

use crate::text::{is_hidden, visible};

/// The unified diff from `old` to `new`, with three lines of context, headed `a/PATH` and
/// `b/PATH` as git heads them (an absolute path as it is).
pub fn unified(old: &str, new: &str, path: &str) -> String {
    let side = |prefix: &str| {
        if Path::new(path).is_absolute() { path.to_owned() } else { format!("{prefix}/{path}") }
    };
    let diff = TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&side("a"), &side("b"))
        .to_string();
    visible_diff(&diff).into_owned()
}

/// The diff with the controls of its lines made visible (a CRLF line keeps its line ending), so
/// that a hostile file shows on a terminal as what it is.
fn visible_diff(diff: &str) -> Cow<'_, str> {
    if !diff.chars().any(|c| c != '\n' && c != '\r' && is_hidden(c)) {
        return Cow::Borrowed(diff);
    }
    let lines = diff.split_inclusive('\n').map(|line| {
        let body = line.trim_end_matches('\n').strip_suffix('\r').unwrap_or(line.trim_end_matches('\n'));
        format!("{}{}", visible(body), &line[body.len()..])
    });
    Cow::Owned(lines.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_the_added_line_in_its_context() {
        let diff = unified("a\nb\n", "a\nb\nc\n", "plan/x.toml");
        assert_eq!(diff, "--- a/plan/x.toml\n+++ b/plan/x.toml\n@@ -1,2 +1,3 @@\n a\n b\n+c\n");
        let diff = unified("a\n", "b\n", "/tmp/plan/x.toml");
        assert!(diff.starts_with("--- /tmp/plan/x.toml\n+++ /tmp/plan/x.toml\n"), "{diff}");
    }

    #[test]
    fn controls_show_and_line_endings_stay() {
        let diff = unified("a\r\n", "a\u{1b}[2J\r\n", "x.toml");
        assert!(diff.ends_with("-a\r\n+a␛[2J\r\n"), "{diff:?}");
    }
}
