//! A change to a file as a unified diff, as `git diff` shows it (for `--dry-run`).

use std::path::Path;

use similar::TextDiff;

/// The unified diff from `old` to `new`, with three lines of context, headed `a/PATH` and
/// `b/PATH` as git heads them (an absolute path as it is).
pub fn unified(old: &str, new: &str, path: &str) -> String {
    let side = |prefix: &str| {
        if Path::new(path).is_absolute() { path.to_owned() } else { format!("{prefix}/{path}") }
    };
    TextDiff::from_lines(old, new).unified_diff().context_radius(3).header(&side("a"), &side("b")).to_string()
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
}
