//! Fitting text into terminal columns: widths as a terminal shows them, not bytes or chars, so
//! that accented titles ("Medición", or "Medicio\u{301}n" decomposed) stay aligned.

use unicode_width::UnicodeWidthStr;

use super::Style;

/// Narrower terminals than this are taken to be misreporting their width.
const MIN_WIDTH: usize = 60;

/// The columns a terminal gives `text`.
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` cut to at most `columns` columns, ending in "…" when it was cut. Combining accents
/// stay with their letter, since they take no column of their own.
pub fn truncate(text: &str, columns: usize) -> String {
    if width(text) <= columns {
        return text.to_owned();
    }
    let room = columns.saturating_sub(1);
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    if columns > 0 {
        out.truncate(out.trim_end().len());
        out.push('…');
    }
    out
}

/// `text` fitted to exactly `columns` columns: cut, or padded with spaces on the right.
pub fn pad(text: &str, columns: usize) -> String {
    let fitted = truncate(text, columns);
    let fill = columns.saturating_sub(width(&fitted));
    format!("{fitted}{}", " ".repeat(fill))
}

/// `text` broken into lines of at most `columns` columns, at spaces; a word longer than the
/// width gets a line of its own.
pub fn wrap(text: &str, columns: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && width(&line) + 1 + width(word) > columns {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.join("\n")
}

/// Items such as a legend's "█ done", three spaces apart, breaking lines only between items.
pub fn flow(items: &[String], columns: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for item in items {
        if !line.is_empty() && width(&line) + 3 + width(item) > columns {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push_str("   ");
        }
        line.push_str(item);
    }
    lines.push(line);
    lines.join("\n")
}

/// The width to lay text out in: the style's, else the terminal's, else 80.
pub fn columns(style: Style) -> usize {
    match style.width {
        Some(width) => usize::from(width),
        None => terminal_size::terminal_size()
            .map(|(terminal_size::Width(width), _)| usize::from(width))
            .filter(|width| *width >= MIN_WIDTH)
            .unwrap_or(80),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_the_width_with_an_ellipsis() {
        assert_eq!(truncate("Medición del gobierno", 10), "Medición…");
        assert_eq!(width(&truncate("Medición del gobierno", 10)), 9, "no trailing space before …");
        assert_eq!(truncate("Webinar", 7), "Webinar");
        assert_eq!(truncate("Webinars", 7), "Webina…");
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let text = "Atrasadas: pendientes o en curso después del fin de su período previsto.";
        let wrapped = wrap(text, 20);
        assert!(wrapped.lines().all(|line| width(line) <= 20), "{wrapped}");
        assert_eq!(
            wrapped.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
        assert_eq!(wrap("una palabrademasiadolarga aquí", 10), "una\npalabrademasiadolarga\naquí");
    }

    #[test]
    fn flows_items_without_breaking_them() {
        let items: Vec<String> = ["█ done", "░ planned", "! overdue"].map(String::from).to_vec();
        assert_eq!(flow(&items, 80), "█ done   ░ planned   ! overdue");
        assert_eq!(flow(&items, 20), "█ done   ░ planned\n! overdue");
    }

    #[test]
    fn decomposed_accents_keep_their_letter_and_align() {
        let decomposed = "Medicio\u{301}n digital";
        assert_eq!(width(decomposed), 16);
        let cut = truncate(decomposed, 9);
        assert_eq!(cut, "Medicio\u{301}n…");
        assert_eq!(width(&pad(decomposed, 20)), 20);
        assert_eq!(width(&pad("Perú", 6)), 6);
        assert_eq!(pad("Perú", 6), "Perú  ");
    }
}
