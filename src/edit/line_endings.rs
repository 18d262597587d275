//! Keeping each line's ending through an edit.
//!
//! `toml_edit` writes every line ending as LF, so a file saved with CRLF would come back with
//! every line changed. The edit is made on the text with LF endings; then every line the edit
//! left alone gets its original ending back, and every new line the file's usual one.

use similar::{Algorithm, DiffOp, capture_diff_slices};

/// The text with every CRLF turned into LF.
pub fn to_lf(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// `edited` (an edit of `to_lf(original)`) with the line endings of `original`.
pub fn restore(original: &str, edited: &str) -> String {
    if !original.contains("\r\n") {
        return edited.to_owned();
    }
    let old: Vec<&str> = original.split_inclusive('\n').collect();
    let lf = to_lf(original);
    let old_lf: Vec<&str> = lf.split_inclusive('\n').collect();
    let new: Vec<&str> = edited.split_inclusive('\n').collect();
    let crlf = usually_crlf(original);
    let mut text = String::with_capacity(edited.len() + old.len());
    for op in capture_diff_slices(Algorithm::Myers, &old_lf, &new) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                old[old_index..old_index + len].iter().for_each(|l| text.push_str(l))
            }
            DiffOp::Delete { .. } => {}
            DiffOp::Insert { new_index, new_len, .. } | DiffOp::Replace { new_index, new_len, .. } => {
                for line in &new[new_index..new_index + new_len] {
                    match line.strip_suffix('\n') {
                        Some(content) if crlf => {
                            text.push_str(content);
                            text.push_str("\r\n");
                        }
                        _ => text.push_str(line),
                    }
                }
            }
        }
    }
    text
}

/// Whether most lines end in CRLF.
pub fn usually_crlf(text: &str) -> bool {
    let crlf = text.matches("\r\n").count();
    crlf * 2 >= text.matches('\n').count()
}

/// `lf` (a text with LF endings) with every line ending in CRLF when `crlf`: how a rewritten
/// file keeps the style of the file it replaces.
pub fn in_style(lf: &str, crlf: bool) -> String {
    if crlf { lf.replace('\n', "\r\n") } else { lf.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lf_files_are_left_as_edited() {
        assert_eq!(restore("a\nb\n", "a\nx\nb\n"), "a\nx\nb\n");
    }

    #[test]
    fn unchanged_lines_keep_their_ending_and_new_ones_take_the_usual_one() {
        assert_eq!(restore("a\r\nb\r\nc\n", "a\nx\nb\nc\n"), "a\r\nx\r\nb\r\nc\n");
        assert_eq!(restore("a\r\nb\nc\nd\n", "a\nx\nb\nc\nd\n"), "a\r\nx\nb\nc\nd\n");
    }

    #[test]
    fn removed_lines_take_their_endings_with_them() {
        assert_eq!(restore("a\r\nb\r\nc\r\n", "a\nc\n"), "a\r\nc\r\n");
    }

    #[test]
    fn a_last_line_without_ending_stays_without() {
        assert_eq!(restore("a\r\nb", "a\nx\nb"), "a\r\nx\r\nb");
    }
}
