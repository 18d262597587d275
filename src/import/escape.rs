//! The escape that makes `export` then `import` exact for any plan text.
//!
//! A document is read line by line, and a line can look like structure: an activity's number
//! ("3.9.4) …"), an area, a label ("Lugar: …"). `export` writes each text on one line, escaped
//! with a backslash where the importer would otherwise read it as structure or lose it, and
//! `import` undoes the escape. Ordinary text is written as it is.
//!
//! - a line break is written `↵` (and a `↵` of the text `\↵`);
//! - a colon that would end a label ("Taller. Lugar: Lima") is written `\:`, but in the
//!   background and the purpose, which have no labels;
//! - a backslash before `\`, `↵` or `:`, or at either end of the text, is doubled;
//! - a text that starts like structure where it stands, or with a space, starts with a `\`;
//!   one that ends with a space ends with a `\` (lines are trimmed when read); an empty text is
//!   a lone `\`.

use super::outline;

/// What a line break inside a text is written as.
pub const LINE_BREAK: char = '↵';

/// `text` on one line after a number or a label ("3.1.1) ", "Lugar: "), escaped so that
/// [`unescape`] gives it back.
pub fn escape(text: &str) -> String {
    escape_at(text, Start::AfterPrefix)
}

/// `text` as a line of its own (the title, the approving body), escaped also where its start
/// would read as structure.
pub fn escape_line(text: &str) -> String {
    escape_at(text, Start::Line)
}

/// `text` as a paragraph of the background or the purpose, where fewer starts read as structure
/// ("1) ordena" is a point of an enumeration, "3.1 Datos" an area).
pub fn escape_paragraph(text: &str) -> String {
    escape_at(text, Start::Paragraph)
}

/// Where a text starts: what may precede it decides which starts need a backslash.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Start {
    AfterPrefix,
    Line,
    Paragraph,
}

fn escape_at(text: &str, start: Start) -> String {
    let mut body = String::with_capacity(text.len() + 2);
    let mut segment = Segment::default();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|(_, next)| *next);
        match c {
            '\n' => body.push(LINE_BREAK),
            LINE_BREAK => body.push_str("\\↵"),
            '\\' if at == 0 || next.is_none_or(|n| matches!(n, '\\' | LINE_BREAK | ':' | '\n')) => {
                body.push_str("\\\\");
            }
            // The background and the purpose have no fields: a label there is text.
            ':' if start != Start::Paragraph && segment.ends_in_label(text) => body.push_str("\\:"),
            c => body.push(c),
        }
        segment.step(at, c);
    }
    let opens = body.is_empty()
        || body.starts_with(char::is_whitespace)
        || (start != Start::AfterPrefix && outline::opens_structure(&body, start == Start::Paragraph));
    let mut escaped = if opens { format!("\\{body}") } else { body };
    if escaped.ends_with(char::is_whitespace) {
        escaped.push('\\');
    }
    escaped
}

/// The text since the last `.`, `;`, `,` or `|`, trimmed, as the importer looks for a label
/// before each colon ("…. Lugar:"); kept as positions, so that escaping stays linear.
#[derive(Default)]
struct Segment {
    /// Where its first character other than a space is, if any yet.
    start: Option<usize>,
    /// Where its last character other than a space ends.
    end: usize,
}

impl Segment {
    /// No label is longer than this ("carried out"), whatever spaces surround it.
    const LONGEST: usize = 64;

    fn ends_in_label(&self, text: &str) -> bool {
        self.start.is_some_and(|start| {
            self.end - start <= Self::LONGEST && outline::is_label(&text[start..self.end])
        })
    }

    fn step(&mut self, at: usize, c: char) {
        if matches!(c, '.' | ';' | ',' | '|') {
            self.start = None;
        } else if !c.is_whitespace() {
            self.start.get_or_insert(at);
            self.end = at + c.len_utf8();
        }
    }
}

/// The text [`escape`] wrote. Text that was not escaped comes back as it is, but for a backslash
/// before `\`, `↵` or `:`, or at either end.
pub fn unescape(written: &str) -> String {
    let mut text = String::with_capacity(written.len());
    let mut chars = written.chars().enumerate().peekable();
    while let Some((at, c)) = chars.next() {
        match (c, chars.peek().map(|(_, next)| *next)) {
            ('\\', Some(next @ ('\\' | LINE_BREAK | ':'))) => {
                text.push(next);
                chars.next();
            }
            ('\\', None) => {}
            ('\\', Some(_)) if at == 0 => {}
            (LINE_BREAK, _) => text.push('\n'),
            (c, _) => text.push(c),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ordinary_text_is_written_as_it_is() {
        for text in ["Taller regional de datos abiertos.", "nota: x", "a\\b", "Trinidad & Tobago", "100%"] {
            assert_eq!(escape(text), text);
        }
    }

    #[test]
    fn structure_line_breaks_and_edges_are_escaped() {
        assert_eq!(escape("Taller\n3.9.4) Otra"), "Taller↵3.9.4) Otra");
        assert_eq!(escape_line("3.10 Otra área"), "\\3.10 Otra área");
        assert_eq!(escape("3.1.3) Webinar"), "3.1.3) Webinar", "after a number, a number is text");
        assert_eq!(escape_paragraph("1) ordena; 2) prioriza"), "1) ordena; 2) prioriza");
        assert_eq!(escape_paragraph("2) Finalidad"), "\\2) Finalidad");
        assert_eq!(escape_paragraph("3.10 Otra área"), "\\3.10 Otra área");
        assert_eq!(escape_paragraph("Objetivo: fortalecer"), "Objetivo: fortalecer");
        assert_eq!(escape_line("Lugar: Lima"), "Lugar\\: Lima");
        assert_eq!(escape_line("lugar Lima"), "\\lugar Lima");
        assert_eq!(escape_line("Área 2: Datos"), "\\Área 2: Datos");
        assert_eq!(escape("Taller. Fecha: marzo"), "Taller. Fecha\\: marzo");
        assert_eq!(escape("x.    Lugar   : y"), "x.    Lugar   \\: y", "the importer trims the label");
        assert_eq!(escape("Nueva fecha: marzo"), "Nueva fecha: marzo", "not a label: no escape");
        assert_eq!(escape("  dos espacios "), "\\  dos espacios \\");
        assert_eq!(escape("↵ y \\"), "\\↵ y \\\\");
        assert_eq!(escape(""), "\\");
    }

    proptest! {
        #[test]
        fn unescape_undoes_escape(text in "[ a-zA-Z0-9.:;,|\\\\↵\n)#*-]{0,24}") {
            for escaped in [escape(&text), escape_line(&text), escape_paragraph(&text)] {
                prop_assert!(!escaped.contains('\n'));
                prop_assert_eq!(unescape(escaped.trim()), text.clone());
            }
        }
    }
}
