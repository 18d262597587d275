//! Fitting text into terminal columns: widths as a terminal shows them, not bytes or chars, so
//! that accented titles ("Medición", or "Medicio\u{301}n" decomposed) stay aligned.

use unicode_width::UnicodeWidthStr;

use super::Style;

/// Narrower terminals than this are taken to be misreporting their width (a bare pty says 0),
/// and a narrower `COLUMNS` is taken as this.
pub const MIN_WIDTH: u16 = 20;

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

/// `text` broken into lines of at most `columns` columns, between words; only a word longer
/// than the width is broken, with a hyphen at the end of each of its lines. Each character's
/// width is counted once, so that a megabyte without a space costs one pass, not one per line.
pub fn wrap(text: &str, columns: usize) -> String {
    let columns = columns.max(1);
    let mut out = String::with_capacity(text.len() + text.len() / columns.max(8));
    // The width of the line being written; zero at the start of a line.
    let mut used = 0;
    for word in text.split_whitespace() {
        let word_width = width(word);
        if used > 0 && used + 1 + word_width <= columns {
            out.push(' ');
            used += 1;
        } else if used > 0 {
            out.push('\n');
            used = 0;
        }
        if word_width <= columns - used {
            out.push_str(word);
            used += word_width;
        } else {
            used = hyphenate(word, columns, &mut out);
        }
    }
    out
}

/// Writes `word`, which is wider than `columns`, over as many lines as it needs, each but the
/// last ending in "-" (where a line has no room for one, it is simply cut). Returns the last
/// line's width.
fn hyphenate(word: &str, columns: usize, out: &mut String) -> usize {
    let room = columns.saturating_sub(1).max(1);
    let mut left = width(word);
    let mut used = 0;
    for c in word.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        // Break when the rest of the word does not fit and this line has no room for `c` and a
        // hyphen; a combining mark (width 0) stays with its letter.
        if used > 0 && w > 0 && used + left > columns && used + w > room {
            // A wide character may have filled the line, leaving no room for the hyphen.
            if used < columns {
                out.push('-');
            }
            out.push('\n');
            used = 0;
        }
        out.push(c);
        used += w;
        left = left.saturating_sub(w);
    }
    used
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
            .map(|(terminal_size::Width(width), _)| width)
            .filter(|width| *width >= MIN_WIDTH)
            .map_or(80, usize::from),
    }
}

/// The width the `COLUMNS` variable asks for, as `ls`, `git` and other terminal tools read it:
/// a positive whole number, over the terminal's own width and for pipes too. Anything else is
/// ignored.
pub fn columns_variable(value: Option<&str>) -> Option<u16> {
    let columns: u16 = value?.trim().parse().ok().filter(|columns| *columns > 0)?;
    Some(columns.max(MIN_WIDTH))
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
        assert_eq!(wrap("interoperabilidad regional", 12), "interoperab-\nilidad\nregional");
        assert_eq!(wrap("una palabrademasiadolarga aquí", 10), "una\npalabrade-\nmasiadola-\nrga aquí");
        assert_eq!(wrap("Dos pilotos de interoperabilidad", 17), "Dos pilotos de\ninteroperabilidad");
    }

    proptest::proptest! {
        /// Every line fits, and removing the breaks and hyphens added gives the words back.
        #[test]
        fn wrapped_lines_fit_and_keep_every_character(text in "[a-zé\u{301}ñ界 -]{0,80}", columns in 1usize..30) {
            let wrapped = wrap(&text, columns);
            for line in wrapped.lines() {
                proptest::prop_assert!(width(line) <= columns.max(2), "{:?} in {}", line, columns);
            }
            let letters = |text: &str| text.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>();
            proptest::prop_assert_eq!(letters(&wrapped), letters(&text));
        }
    }

    #[test]
    fn columns_variable_is_a_positive_number() {
        assert_eq!(columns_variable(Some("60")), Some(60));
        assert_eq!(columns_variable(Some(" 132 ")), Some(132));
        assert_eq!(columns_variable(Some("5")), Some(MIN_WIDTH));
        for ignored in [None, Some(""), Some("0"), Some("-1"), Some("ancho"), Some("99999")] {
            assert_eq!(columns_variable(ignored), None, "{ignored:?}");
        }
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
