//! How many times an activity is to be carried out, as its title says: "Dos pilotos …" is two
//! pilots, "Al menos cuatro reuniones … y cuatro …" is eight meetings.
//!
//! Only a count that opens the title is read, so that "las dos conferencias" in the middle of a
//! sentence, or an ordinal ("Segundo webinar"), is not taken for a target.

use crate::text::fold;

/// A count read from a title: its parts, in order ("cuatro … y cuatro" is `[4, 4]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleCount {
    pub parts: Vec<u32>,
    /// The words of each part as written ("cuatro", "4").
    pub words: Vec<String>,
}

impl TitleCount {
    pub fn total(&self) -> u32 {
        self.parts.iter().fold(0u32, |sum, part| sum.saturating_add(*part))
    }

    /// Whether the parts were added up: a guess worth checking.
    pub fn is_sum(&self) -> bool {
        self.parts.len() > 1
    }
}

/// Words before a count that do not change it ("Al menos cuatro", "At least four").
const LEADS: &[&[&str]] = &[
    &["al", "menos"],
    &["por", "lo", "menos"],
    &["como", "minimo"],
    &["hasta"],
    &["at", "least"],
    &["up", "to"],
];

/// Words joining a further count to the first ("… y cuatro …").
const JOINS: &[&str] = &["y", "e", "mas", "and", "plus"];

/// The count stated at the start of `title`, if any.
pub fn in_title(title: &str) -> Option<TitleCount> {
    let tokens = words(title);
    let start = LEADS
        .iter()
        .find(|lead| tokens.len() > lead.len() && tokens.iter().zip(lead.iter()).all(|(t, l)| t == l))
        .map_or(0, |lead| lead.len());
    let first = counted(&tokens, start)?;
    let mut count = TitleCount { parts: vec![first], words: vec![tokens[start].clone()] };
    for i in start + 2..tokens.len() {
        if JOINS.contains(&tokens[i - 1].as_str())
            && let Some(more) = counted(&tokens, i)
        {
            count.parts.push(more);
            count.words.push(tokens[i].clone());
        }
    }
    Some(count)
}

/// The number at `tokens[i]` when a word follows it (a count of something, not a bare number).
fn counted(tokens: &[String], i: usize) -> Option<u32> {
    let number = number(tokens.get(i)?)?;
    let next = tokens.get(i + 1)?;
    (number_word(next).is_none() && !next.bytes().all(|b| b.is_ascii_digit())).then_some(number)
}

/// The lowercase, accent-free words of `text`.
pub fn words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// A cardinal number written in figures (1 to 999, so that years are not counts) or in Spanish
/// or English words, given folded.
pub fn number(word: &str) -> Option<u32> {
    if word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok().filter(|n| (1..1000).contains(n));
    }
    number_word(word)
}

/// A cardinal number in Spanish or English words, given folded.
pub fn number_word(word: &str) -> Option<u32> {
    const ES: [&str; 20] = [
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciseis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
        "veinte",
    ];
    const EN: [&str; 20] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if matches!(word, "un" | "una") {
        return Some(1);
    }
    let position = ES.iter().position(|w| *w == word).or_else(|| EN.iter().position(|w| *w == word))?;
    u32::try_from(position + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn total(title: &str) -> Option<u32> {
        in_title(title).map(|count| count.total())
    }

    #[test]
    fn reads_a_count_that_opens_the_title() {
        assert_eq!(total("Dos pilotos de interoperabilidad regional"), Some(2));
        assert_eq!(total("Dos webinars"), Some(2));
        assert_eq!(total("Tres talleres regionales"), Some(3));
        assert_eq!(total("4 reuniones del grupo"), Some(4));
        assert_eq!(total("Two webinars on open data"), Some(2));
        assert_eq!(total("Un webinar regional"), Some(1));
        assert_eq!(total("DOS PILOTOS"), Some(2), "any case");
    }

    #[test]
    fn adds_further_counts_joined_to_the_first() {
        let title = "Al menos cuatro reuniones del grupo de trabajo de interoperabilidad transfronteriza y \
                     cuatro del grupo de trabajo de firma digital transfronteriza.";
        let count = in_title(title).expect("a count");
        assert_eq!(count.parts, [4, 4]);
        assert_eq!(count.words, ["cuatro", "cuatro"]);
        assert_eq!(count.total(), 8);
        assert!(count.is_sum());
        assert_eq!(total("At least two meetings and three workshops"), Some(5));
    }

    #[test]
    fn ignores_ordinals_and_counts_inside_the_sentence() {
        assert_eq!(total("Segundo webinar regional de innovación pública."), None);
        let abrelatam = "Abrelatam – Condatos: apoyo en la realización de las dos conferencias en el 2022 e \
                         implementación de un GobCamp de datos abiertos en el marco de estas..";
        assert_eq!(total(abrelatam), None);
        assert_eq!(total("Reuniones del grupo de trabajo"), None);
        assert_eq!(total("2022 en cifras"), None, "a year is not a count");
        assert_eq!(total("Dos"), None, "a count of nothing");
        assert_eq!(total(""), None);
    }

    #[test]
    fn does_not_add_words_that_merely_follow_a_conjunction() {
        let title = "Dos intercambios técnicos sobre apertura de conjuntos de datos y uso de datos abiertos \
                     en la prevención y combate a la corrupción.";
        assert_eq!(in_title(title).map(|c| c.parts), Some(vec![2]));
    }

    #[test]
    fn knows_number_words_in_both_languages() {
        assert_eq!(number_word("cuatro"), Some(4));
        assert_eq!(number_word("veinte"), Some(20));
        assert_eq!(number_word("twelve"), Some(12));
        assert_eq!(number_word("segundo"), None);
        assert_eq!(number("12"), Some(12));
        assert_eq!(number("0"), None);
        assert_eq!(number("2022"), None);
    }
}
