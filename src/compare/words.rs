//! Which words of a text changed, for reviewers to see an edit at a glance.

use similar::{ChangeTag, TextDiff};

use crate::render::markdown;

/// A stretch of a text as it changed from one version to the next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Words both versions have.
    Same(String),
    /// Words of the old version replaced by (or removed for) those of the new one, either of
    /// them empty; neither starts or ends with a space.
    Changed { old: String, new: String },
}

/// The word-by-word difference from `old` to `new`. The spaces between two changed words belong
/// to the change, so that "a b" replaced by "x y" reads as one change, not two.
pub fn word_diff(old: &str, new: &str) -> Vec<Piece> {
    let diff = TextDiff::from_words(old, new);
    let tokens: Vec<(ChangeTag, &str)> = diff.iter_all_changes().map(|c| (c.tag(), c.value())).collect();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut run = (String::new(), String::new());
    for (index, &(tag, text)) in tokens.iter().enumerate() {
        let between_changes = text.trim().is_empty()
            && index > 0
            && tokens[index - 1].0 != ChangeTag::Equal
            && tokens.get(index + 1).is_some_and(|next| next.0 != ChangeTag::Equal);
        match tag {
            ChangeTag::Equal if between_changes => {
                run.0.push_str(text);
                run.1.push_str(text);
            }
            ChangeTag::Equal => {
                flush(&mut pieces, &mut run);
                push_same(&mut pieces, text);
            }
            ChangeTag::Delete => run.0.push_str(text),
            ChangeTag::Insert => run.1.push_str(text),
        }
    }
    flush(&mut pieces, &mut run);
    pieces
}

/// Ends a run of changed words; spaces at its edges are left outside the change.
fn flush(pieces: &mut Vec<Piece>, run: &mut (String, String)) {
    let (old, new) = std::mem::take(run);
    if old.trim() == new.trim() {
        push_same(pieces, &new);
        return;
    }
    let longer = if old.len() >= new.len() { &old } else { &new };
    let leading = &longer[..longer.len() - longer.trim_start().len()];
    let trailing = &longer[longer.trim_end().len()..];
    push_same(pieces, leading);
    pieces.push(Piece::Changed { old: old.trim().to_owned(), new: new.trim().to_owned() });
    push_same(pieces, trailing);
}

fn push_same(pieces: &mut Vec<Piece>, text: &str) {
    if text.is_empty() {
        return;
    }
    match pieces.last_mut() {
        Some(Piece::Same(same)) => same.push_str(text),
        _ => pieces.push(Piece::Same(text.to_owned())),
    }
}

/// The text with changes marked as `git diff --word-diff` marks them: `[-old-]{+new+}`.
pub fn marked(pieces: &[Piece]) -> String {
    render(pieces, |old, new| {
        let old = if old.is_empty() { String::new() } else { format!("[-{old}-]") };
        let new = if new.is_empty() { String::new() } else { format!("{{+{new}+}}") };
        format!("{old}{new}")
    })
}

/// The text as Markdown, with removed words struck through and new ones in bold.
pub fn markdown(pieces: &[Piece]) -> String {
    let mut text = String::new();
    for piece in pieces {
        match piece {
            Piece::Same(same) => text.push_str(&markdown::inline(same)),
            Piece::Changed { old, new } => {
                let old =
                    if old.is_empty() { String::new() } else { format!("~~{}~~", markdown::inline(old)) };
                let new =
                    if new.is_empty() { String::new() } else { format!("**{}**", markdown::inline(new)) };
                let space = if old.is_empty() || new.is_empty() { "" } else { " " };
                text.push_str(&format!("{old}{space}{new}"));
            }
        }
    }
    text
}

fn render(pieces: &[Piece], change: impl Fn(&str, &str) -> String) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Same(same) => same.clone(),
            Piece::Changed { old, new } => change(old, new),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_only_the_words_that_changed() {
        let pieces =
            word_diff("Webinar regional firma digital.", "Webinar regional interoperabilidad digital.");
        assert_eq!(marked(&pieces), "Webinar regional [-firma-]{+interoperabilidad+} digital.");
        assert_eq!(markdown(&pieces), "Webinar regional ~~firma~~ **interoperabilidad** digital.");
    }

    #[test]
    fn neighbouring_changes_read_as_one() {
        let pieces = word_diff("Documenta regional de ciberseguridad", "Documento sobre ciberseguridad");
        assert_eq!(marked(&pieces), "[-Documenta regional de-]{+Documento sobre+} ciberseguridad");
    }

    #[test]
    fn added_and_removed_words_have_one_mark() {
        assert_eq!(marked(&word_diff("Virtual", "Virtual.")), "[-Virtual-]{+Virtual.+}");
        assert_eq!(marked(&word_diff("a c", "a b c")), "a {+b+} c");
        assert_eq!(marked(&word_diff("a b c", "a c")), "a [-b-] c");
        assert_eq!(markdown(&word_diff("a b", "a")), "a ~~b~~");
        assert_eq!(marked(&word_diff("same", "same")), "same");
    }

    #[test]
    fn markdown_marks_in_the_text_are_escaped() {
        assert_eq!(markdown(&word_diff("a *b*", "a _c_")), "a ~~\\*b\\*~~ **\\_c\\_**");
    }
}
