//! Text matching as Spanish readers expect it: case and accents do not matter.

use std::borrow::Cow;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// `text` lowercased and without accents, for comparisons: "Perú" and "PERU" both give "peru".
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(text, &mut folded);
    folded
}

/// Appends `text` folded to `out`. ASCII, most of any plan, takes the quick way; other characters
/// are decomposed one by one and lose their combining marks (NFD without its reordering, which
/// does not matter once the marks are dropped).
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        fold_char(c, |folded| out.push(folded));
    }
}

/// Gives `emit` what `c` folds to: nothing for a combining mark, one or more characters else.
pub fn fold_char(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
    } else {
        decompose_canonical(c, |part| {
            if !is_combining_mark(part) {
                part.to_lowercase().for_each(&mut emit);
            }
        });
    }
}

/// `text` as it may reach a terminal: every control character (C0, DEL, C1) and every bidi
/// control ("Trojan Source") shown as a visible stand-in, so that text from a plan file can
/// never move the cursor, set a window title, clear a screen or reorder what is shown. C0
/// controls and DEL become their Unicode control pictures (`␛`, `␊`, `␡`); C1 and bidi controls
/// become `\u{202E}`. Every human-facing output goes through this; JSON keeps the exact text.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + u32::from(c)).unwrap_or('?')),
            '\u{7f}' => out.push('\u{2421}'),
            c if is_hidden(c) => out.push_str(&format!("\\u{{{:X}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`visible`] for text of several lines (a message, a note): each line's content is made
/// visible, and the line breaks stay.
pub fn visible_lines(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_hidden(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.split('\n').map(visible).collect::<Vec<_>>().join("\n"))
}

/// Whether `c` is a control character or a bidi control, which a terminal would obey rather
/// than show.
pub fn is_hidden(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// The bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can
/// make text read differently from what it is.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether `needle` occurs in `haystack`, ignoring case and accents.
pub fn contains_folded(haystack: &str, folded_needle: &str) -> bool {
    fold(haystack).contains(folded_needle)
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn closest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let word = fold(word);
    candidates
        .into_iter()
        .map(|candidate| (strsim::damerau_levenshtein(&word, &fold(candidate)), candidate))
        .filter(|(distance, candidate)| *distance <= max_typo_distance(candidate))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Short words tolerate one slip, longer ones a few.
fn max_typo_distance(candidate: &str) -> usize {
    (candidate.chars().count() / 3).clamp(1, 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Perú"), "peru");
        assert_eq!(fold("TECNOLOGÍAS"), "tecnologias");
        assert_eq!(fold("Medición"), "medicion");
        assert_eq!(fold("año"), "ano", "ñ folds to n, as people type it on foreign keyboards");
        assert!(contains_folded("Lima, Perú.", &fold("peru")));
        assert!(!contains_folded("Lima", &fold("peru")));
    }

    #[test]
    fn decomposed_and_composed_accents_match() {
        assert_eq!(fold("Peru\u{301}"), fold("Perú"));
    }

    #[test]
    fn controls_and_bidi_become_visible() {
        assert_eq!(visible("\u{1b}]0;pwned\u{7}\u{1b}[2J"), "␛]0;pwned␇␛[2J");
        assert_eq!(visible("a\u{202e}b\u{2066}c"), "a\\u{202E}b\\u{2066}c");
        assert_eq!(visible("x\u{85}\u{9b}y\u{7f}\u{0}"), "x\\u{85}\\u{9B}y␡␀");
        assert_eq!(visible("line\nnext\r\tend"), "line␊next␍␉end");
        assert!(matches!(visible("Perú, «sede» — año"), Cow::Borrowed(_)), "plain text is not copied");
        assert_eq!(visible_lines("uno\u{1b}\ndos\r"), "uno␛\ndos␍");
    }

    proptest::proptest! {
        #[test]
        fn nothing_hidden_is_left(text in "\\PC*|[\\x00-\\x1f\\x7f-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}a ]*") {
            proptest::prop_assert!(!visible(&text).chars().any(is_hidden));
            proptest::prop_assert!(!visible_lines(&text).chars().any(|c| c != '\n' && is_hidden(c)));
        }
    }

    #[test]
    fn suggests_only_plausible_typos() {
        let keys = ["title", "place", "schedule", "resources"];
        assert_eq!(closest("titel", keys), Some("title"));
        assert_eq!(closest("shedule", keys), Some("schedule"));
        assert_eq!(closest("resource", keys), Some("resources"));
        assert_eq!(closest("colour", keys), None);
    }
}
