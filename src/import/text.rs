//! Plain text documents: bytes to text, text to lines.

use encoding_rs::{Encoding, WINDOWS_1252};

use super::{Line, Lines, Unit};

/// The text of a document's bytes: UTF-8 (or UTF-16, when a byte-order mark says so), else
/// Windows-1252, the encoding of text saved by Word and Notepad on Spanish Windows. The flag is
/// true when the fallback was used, so that the reader can be told.
pub fn decode(bytes: &[u8]) -> (String, bool) {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), false);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), false),
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), true)
        }
    }
}

/// One line per line of text; blank lines separate blocks.
pub fn lines(text: &str) -> Lines {
    let mut lines = Lines::new(Unit::Line);
    let mut new_block = true;
    for (index, raw) in text.lines().enumerate() {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            new_block = true;
            continue;
        }
        lines.push(Line { text: trimmed.to_owned(), at: index + 1, new_block, ordinal: None, cells: None });
        new_block = false;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_windows_1252() {
        let (text, fallback) = decode(b"Medici\xf3n \x96 Per\xfa");
        assert_eq!(text, "Medición – Perú");
        assert!(fallback);
        let (text, fallback) = decode("Medición".as_bytes());
        assert_eq!(text, "Medición");
        assert!(!fallback);
    }

    #[test]
    fn reads_byte_order_marks() {
        assert_eq!(decode(b"\xef\xbb\xbfPer\xc3\xba").0, "Perú");
        assert_eq!(decode(b"\xff\xfeP\x00\xfa\x00").0, "Pú");
    }

    #[test]
    fn blank_lines_start_blocks_and_line_numbers_count_them() {
        let lines = lines("a\r\n  b  \n\n\nc\n");
        let seen: Vec<_> = lines.items.iter().map(|l| (l.text.as_str(), l.at, l.new_block)).collect();
        assert_eq!(seen, [("a", 1, true), ("b", 2, false), ("c", 5, true)]);
    }
}
