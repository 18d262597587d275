//! Text matching as Spanish readers expect it: case and accents do not matter.

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
    fn suggests_only_plausible_typos() {
        let keys = ["title", "place", "schedule", "resources"];
        assert_eq!(closest("titel", keys), Some("title"));
        assert_eq!(closest("shedule", keys), Some("schedule"));
        assert_eq!(closest("resource", keys), Some("resources"));
        assert_eq!(closest("colour", keys), None);
    }
}
