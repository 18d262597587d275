//! Plan text inside Markdown: the one escaping every Markdown output uses (`list`, `summary`,
//! `diff`, `export`), so that text from a plan file reads as written and never becomes markup,
//! a link, raw HTML or a control sequence.

use crate::text::{is_hidden, visible};

/// `text` on one line of Markdown (a table cell, a heading, a list item): line breaks become
/// spaces, so that no text can end a heading or a row and start another.
pub fn inline(text: &str) -> String {
    escape(text, false)
}

/// `text` as Markdown paragraphs: line breaks stay, everything else is escaped as [`inline`].
pub fn block(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, keep_lines: bool) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' if keep_lines => out.push('\n'),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push(' '),
            // Backslash escapes for what CommonMark and GitHub would read as markup: emphasis,
            // code, links and images, raw HTML and autolinks, headings, tables, strikethrough.
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            // An entity ("&lt;", "&#60;") would be decoded; a lone "&" is left alone.
            '&' if chars.peek().is_some_and(|next| next.is_ascii_alphanumeric() || *next == '#') => {
                out.push_str("\\&");
            }
            c if is_hidden(c) => out.push_str(&visible(c.encode_utf8(&mut [0; 4]))),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_html_and_links_are_escaped() {
        assert_eq!(
            inline("a*b_c [d](e) `f` \\ #1 ~~g~~"),
            "a\\*b\\_c \\[d\\](e) \\`f\\` \\\\ \\#1 \\~\\~g\\~\\~"
        );
        assert_eq!(inline("<script>alert(1)</script>"), "\\<script\\>alert(1)\\</script\\>");
        assert_eq!(inline("[x](javascript:alert(1))"), "\\[x\\](javascript:alert(1))");
        assert_eq!(inline("<javascript:alert(1)>"), "\\<javascript:alert(1)\\>");
        assert_eq!(inline("Lima | sede"), "Lima \\| sede");
        assert_eq!(inline("Trinidad & Tobago &amp; &#60;"), "Trinidad & Tobago \\&amp; \\&\\#60;");
    }

    #[test]
    fn inline_text_stays_on_one_line_and_controls_show() {
        assert_eq!(inline("Red\n## GEALC\r\nx\ry"), "Red \\#\\# GEALC x y");
        assert_eq!(inline("a\u{1b}[2J\u{202e}"), "a␛\\[2J\\u{202E}");
        assert_eq!(block("uno\ndos"), "uno\ndos");
    }

    /// What a CommonMark reader makes of the escaped text is the text itself.
    #[test]
    fn commonmark_reads_back_the_text() {
        let text = "a*b_c [d](javascript:x) <b>neg</b> `f` \\ #1 ~g~ | &amp; & <http://x>";
        let html = pulldown_cmark_text(&inline(text));
        assert_eq!(html, text);
    }

    fn pulldown_cmark_text(markdown: &str) -> String {
        use pulldown_cmark::{Event, Options, Parser};
        Parser::new_ext(markdown, Options::all())
            .filter_map(|event| match event {
                Event::Text(text) => Some(text.into_string()),
                _ => None,
            })
            .collect()
    }
}
