//! The date phrases of plan documents, in Spanish, English, Portuguese and French, as schedule
//! codes.
//!
//! "1er semestre 2022" is `2022-S1` (as are "1º semestre de 2022" and "first half 2022"),
//! "Trimestral (4 al año)" is the plan year, every quarter, four times. A phrase is read only when every word in it is understood: "1er semestre, según
//! confirmación" is not read at all rather than read as half of what it says, so that the
//! importer keeps it verbatim for a person to decide.

use chrono::NaiveDate;

use super::counts;
use crate::schedule::{Frequency, Period, Schedule};

/// What a date phrase says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct When {
    pub schedule: Schedule,
    pub every: Option<Frequency>,
    /// A count stated in the phrase ("(4 al año)").
    pub target: Option<u32>,
    /// A semester, quarter, month or day named without its year, taken as the plan year.
    pub year_assumed: bool,
}

/// Reads a date phrase; `plan_year` completes phrases that name no year ("Anual", "2do.
/// semestre"). `None` when any part of it is not understood.
pub fn when(text: &str, plan_year: i32) -> Option<When> {
    let trimmed = text.trim().trim_end_matches(['.', ';', ',']).trim();
    if let Ok(schedule) = trimmed.parse::<Schedule>() {
        return Some(When { schedule, every: None, target: None, year_assumed: false });
    }
    if let Some(day) = numeric_day(trimmed) {
        let schedule = Schedule::Dated(Period::Day(day));
        return Some(When { schedule, every: None, target: None, year_assumed: false });
    }
    let parts = Parts::read(&tokens(trimmed))?;
    parts.resolve(plan_year)
}

/// An exact date standing alone: "18 de noviembre de 2021", "November 18, 2021", "2021-11-18".
pub fn day(text: &str) -> Option<NaiveDate> {
    let trimmed = text.trim().trim_end_matches('.').trim();
    if let Some(day) = trimmed.parse::<NaiveDate>().ok().or_else(|| numeric_day(trimmed)) {
        return Some(day);
    }
    let parts = Parts::read(&tokens(trimmed))?;
    match parts {
        Parts {
            kind: Some(Kind::Day { day, month }),
            year: Some(year),
            annual: false,
            frequency: None,
            count: None,
        } => NaiveDate::from_ymd_opt(year, month, day),
        _ => None,
    }
}

/// "15/10/2024", "15-10-2024", "15.10.2024": day first, as Spanish writes dates.
fn numeric_day(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split(['/', '-', '.']);
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    let short = |part: &str| (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !short(day) || !short(month) {
        return None;
    }
    NaiveDate::from_ymd_opt(self::year(year)?, month.parse().ok()?, day.parse().ok()?)
}

/// The words of a phrase, folded, with ordinal marks made letters ("1º" is "1o").
fn tokens(text: &str) -> Vec<String> {
    let text: String = text.chars().map(|c| if matches!(c, 'º' | '°' | 'ª') { 'o' } else { c }).collect();
    counts::words(&text)
}

/// The one kind of period or non-date a phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Semester(u32),
    Quarter(u32),
    Month(u32),
    /// "marzo a junio", "marzo-junio": consecutive months.
    Months(u32, u32),
    Day {
        day: u32,
        month: u32,
    },
    ToBeDefined,
    AsNeeded,
}

/// Everything a phrase was found to say, before it is checked for sense.
#[derive(Debug, Default)]
struct Parts {
    kind: Option<Kind>,
    year: Option<i32>,
    annual: bool,
    frequency: Option<Frequency>,
    count: Option<u32>,
}

/// Fixed word sequences and what they mean.
const PHRASES: &[(&[&str], Piece)] = &[
    (&["a", "definir"], Piece::Kind(Kind::ToBeDefined)),
    (&["por", "definir"], Piece::Kind(Kind::ToBeDefined)),
    (&["a", "determinar"], Piece::Kind(Kind::ToBeDefined)),
    (&["por", "determinar"], Piece::Kind(Kind::ToBeDefined)),
    (&["a", "confirmar"], Piece::Kind(Kind::ToBeDefined)),
    (&["to", "be", "defined"], Piece::Kind(Kind::ToBeDefined)),
    (&["to", "be", "determined"], Piece::Kind(Kind::ToBeDefined)),
    (&["to", "be", "confirmed"], Piece::Kind(Kind::ToBeDefined)),
    (&["tbd"], Piece::Kind(Kind::ToBeDefined)),
    (&["a", "ser", "definido"], Piece::Kind(Kind::ToBeDefined)),
    (&["a", "ser", "definida"], Piece::Kind(Kind::ToBeDefined)),
    (&["a", "determiner"], Piece::Kind(Kind::ToBeDefined)),
    (&["a", "confirmer"], Piece::Kind(Kind::ToBeDefined)),
    (&["a", "preciser"], Piece::Kind(Kind::ToBeDefined)),
    (&["segun", "necesidad"], Piece::Kind(Kind::AsNeeded)),
    (&["segun", "necesidades"], Piece::Kind(Kind::AsNeeded)),
    (&["segun", "se", "requiera"], Piece::Kind(Kind::AsNeeded)),
    (&["cuando", "se", "requiera"], Piece::Kind(Kind::AsNeeded)),
    (&["a", "demanda"], Piece::Kind(Kind::AsNeeded)),
    (&["as", "needed"], Piece::Kind(Kind::AsNeeded)),
    (&["when", "needed"], Piece::Kind(Kind::AsNeeded)),
    (&["on", "demand"], Piece::Kind(Kind::AsNeeded)),
    (&["conforme", "a", "necessidade"], Piece::Kind(Kind::AsNeeded)),
    (&["conforme", "necessidade"], Piece::Kind(Kind::AsNeeded)),
    (&["sob", "demanda"], Piece::Kind(Kind::AsNeeded)),
    (&["selon", "les", "besoins"], Piece::Kind(Kind::AsNeeded)),
    (&["selon", "besoin"], Piece::Kind(Kind::AsNeeded)),
    (&["au", "besoin"], Piece::Kind(Kind::AsNeeded)),
    (&["todo", "el", "ano"], Piece::Annual),
    (&["whole", "year"], Piece::Annual),
    (&["all", "year"], Piece::Annual),
    (&["anual"], Piece::Annual),
    (&["anualmente"], Piece::Annual),
    (&["annual"], Piece::Annual),
    (&["annually"], Piece::Annual),
    (&["yearly"], Piece::Annual),
    (&["todo", "o", "ano"], Piece::Annual),
    (&["o", "ano", "todo"], Piece::Annual),
    (&["ano", "inteiro"], Piece::Annual),
    (&["toute", "l", "annee"], Piece::Annual),
    (&["annuel"], Piece::Annual),
    (&["annuelle"], Piece::Annual),
    (&["annuellement"], Piece::Annual),
    (&["half", "yearly"], Piece::Every(Frequency::Semester)),
    (&["semestral"], Piece::Every(Frequency::Semester)),
    (&["semestralmente"], Piece::Every(Frequency::Semester)),
    (&["semiannual"], Piece::Every(Frequency::Semester)),
    (&["biannual"], Piece::Every(Frequency::Semester)),
    (&["trimestral"], Piece::Every(Frequency::Quarter)),
    (&["trimestralmente"], Piece::Every(Frequency::Quarter)),
    (&["quarterly"], Piece::Every(Frequency::Quarter)),
    (&["mensual"], Piece::Every(Frequency::Month)),
    (&["mensualmente"], Piece::Every(Frequency::Month)),
    (&["monthly"], Piece::Every(Frequency::Month)),
    (&["mensal"], Piece::Every(Frequency::Month)),
    (&["mensalmente"], Piece::Every(Frequency::Month)),
    (&["semestriel"], Piece::Every(Frequency::Semester)),
    (&["semestrielle"], Piece::Every(Frequency::Semester)),
    (&["semestriellement"], Piece::Every(Frequency::Semester)),
    (&["trimestriel"], Piece::Every(Frequency::Quarter)),
    (&["trimestrielle"], Piece::Every(Frequency::Quarter)),
    (&["trimestriellement"], Piece::Every(Frequency::Quarter)),
    (&["mensuel"], Piece::Every(Frequency::Month)),
    (&["mensuelle"], Piece::Every(Frequency::Month)),
    (&["mensuellement"], Piece::Every(Frequency::Month)),
];

/// What follows a number to make it a count ("4 al año", "3 veces", "4 times a year", "4 por
/// ano", "4 fois par an").
const COUNT_TAILS: &[&[&str]] = &[
    &["veces", "al", "ano"],
    &["veces", "por", "ano"],
    &["times", "a", "year"],
    &["times", "per", "year"],
    &["vezes", "por", "ano"],
    &["vezes", "ao", "ano"],
    &["fois", "par", "an"],
    &["fois", "par", "annee"],
    &["al", "ano"],
    &["por", "ano"],
    &["ao", "ano"],
    &["a", "year"],
    &["per", "year"],
    &["par", "an"],
    &["veces"],
    &["vez"],
    &["vezes"],
    &["times"],
    &["time"],
    &["fois"],
];

/// Words between the months of a range ("marzo a junio"); a hyphen ("marzo-junio") is none.
const RANGE_WORDS: &[&str] = &["a", "al", "hasta", "to", "through", "until"];

/// Words that link the others and mean nothing alone.
const FILLERS: &[&str] = &[
    "de", "del", "el", "la", "en", "durante", "ano", "of", "the", "in", "during", "year", "do", "da", "em",
    "no", "na", "du", "le", "au", "pendant", "annee",
];

#[derive(Clone, Copy, Debug)]
enum Piece {
    Kind(Kind),
    Annual,
    Every(Frequency),
}

impl Parts {
    /// Collects what the words say; `None` at the first word not understood, or when two words
    /// say different things of the same kind ("1er semestre 2022 y 2do semestre 2023").
    fn read(tokens: &[String]) -> Option<Parts> {
        let mut parts = Parts::default();
        let mut i = 0;
        while i < tokens.len() {
            i += parts.read_one(tokens, i)?;
        }
        Some(parts)
    }

    /// Reads the piece at `tokens[i]` and returns how many words it took.
    fn read_one(&mut self, tokens: &[String], i: usize) -> Option<usize> {
        let rest = &tokens[i..];
        if let Some((words, piece)) = PHRASES.iter().find(|(words, _)| starts_with(rest, words)) {
            match piece {
                Piece::Kind(kind) => self.set_kind(*kind)?,
                Piece::Annual => self.annual = true,
                Piece::Every(frequency) => set_once(&mut self.frequency, *frequency)?,
            }
            return Some(words.len());
        }
        let word = rest[0].as_str();
        if let Some(year) = year(word) {
            set_once(&mut self.year, year)?;
            return Some(1);
        }
        if let Some(taken) = self.part_of_year(rest) {
            return Some(taken);
        }
        if let Some(taken) = self.date(rest) {
            return Some(taken);
        }
        if let Some(count) = counts::number(word)
            && let Some(tail) = COUNT_TAILS.iter().find(|tail| starts_with(&rest[1..], tail))
        {
            set_once(&mut self.count, count)?;
            return Some(1 + tail.len());
        }
        if let Some(kind) = short_part_of_year(word) {
            self.set_kind(kind)?;
            return Some(1);
        }
        FILLERS.contains(&word).then_some(1)
    }

    /// "1er semestre", "segundo trimestre", "first half", "2nd quarter".
    fn part_of_year(&mut self, rest: &[String]) -> Option<usize> {
        let n = ordinal(&rest[0])?;
        let unit = rest.get(1)?;
        let kind = match unit.as_str() {
            "semestre" | "semester" | "half" if n <= 2 => Kind::Semester(n),
            "trimestre" | "quarter" if n <= 4 => Kind::Quarter(n),
            _ => return None,
        };
        self.set_kind(kind)?;
        Some(2)
    }

    /// "15 de marzo", "marzo", "March 15", "15 March".
    fn date(&mut self, rest: &[String]) -> Option<usize> {
        // "1er mars": French writes the first of the month as an ordinal.
        let first_of_month = (rest[0] == "1er").then_some(1);
        let day_first = rest[0].parse::<u32>().ok().or(first_of_month).filter(|d| (1..=31).contains(d));
        if let Some(day) = day_first {
            let skip = usize::from(rest.get(1).is_some_and(|w| w == "de"));
            let month = month(rest.get(1 + skip)?)?;
            self.set_kind(Kind::Day { day, month })?;
            return Some(2 + skip);
        }
        let month = month(&rest[0])?;
        let to = usize::from(rest.get(1).is_some_and(|w| RANGE_WORDS.contains(&w.as_str())));
        if let Some(last) = rest.get(1 + to).and_then(|w| self::month(w)).filter(|last| *last > month) {
            self.set_kind(Kind::Months(month, last))?;
            return Some(2 + to);
        }
        let day_after = rest.get(1).and_then(|w| day_number(w));
        match day_after {
            Some(day) => {
                self.set_kind(Kind::Day { day, month })?;
                Some(2)
            }
            None => {
                self.set_kind(Kind::Month(month))?;
                Some(1)
            }
        }
    }

    fn set_kind(&mut self, kind: Kind) -> Option<()> {
        set_once(&mut self.kind, kind)
    }

    /// The schedule the parts make together, or `None` when they make no sense together.
    fn resolve(&self, plan_year: i32) -> Option<When> {
        let nothing_said =
            self.kind.is_none() && !self.annual && self.frequency.is_none() && self.count.is_none();
        if (nothing_said && self.year.is_none()) || self.count == Some(0) {
            return None;
        }
        let year = self.year.unwrap_or(plan_year);
        let schedule = match self.kind {
            Some(Kind::ToBeDefined | Kind::AsNeeded)
                if self.annual || self.year.is_some() || self.frequency.is_some() =>
            {
                return None;
            }
            Some(_) if self.annual => return None,
            Some(Kind::ToBeDefined) => Schedule::ToBeDefined,
            Some(Kind::AsNeeded) => Schedule::AsNeeded,
            Some(Kind::Semester(semester)) => Schedule::Dated(Period::Semester { year, semester }),
            Some(Kind::Quarter(quarter)) => Schedule::Dated(Period::Quarter { year, quarter }),
            Some(Kind::Month(month)) => Schedule::Dated(Period::Month { year, month }),
            Some(Kind::Months(first, last)) => Schedule::Dated(Period::Months { year, first, last }),
            Some(Kind::Day { day, month }) => {
                Schedule::Dated(Period::Day(NaiveDate::from_ymd_opt(year, month, day)?))
            }
            None => Schedule::Dated(Period::Year(year)),
        };
        let dated_part = matches!(
            self.kind,
            Some(Kind::Semester(_) | Kind::Quarter(_) | Kind::Month(_) | Kind::Months(..) | Kind::Day { .. })
        );
        Some(When {
            schedule,
            every: self.frequency,
            target: self.count,
            year_assumed: dated_part && self.year.is_none(),
        })
    }
}

/// Sets `slot` to `value`, unless it already holds something else.
fn set_once<T: PartialEq>(slot: &mut Option<T>, value: T) -> Option<()> {
    match slot {
        Some(existing) if *existing != value => None,
        _ => {
            *slot = Some(value);
            Some(())
        }
    }
}

fn starts_with(tokens: &[String], words: &[&str]) -> bool {
    tokens.len() >= words.len() && tokens.iter().zip(words).all(|(token, word)| token == word)
}

/// A four-digit year between 1900 and 2199.
fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..2200).contains(y))
}

/// "15", "15th", "1st": a day of the month after an English month name.
fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// "S1", "H2", "Q3": a semester or quarter in short form.
fn short_part_of_year(word: &str) -> Option<Kind> {
    let (letter, digit) = word.split_at_checked(1)?;
    let n: u32 = digit.parse().ok()?;
    match letter {
        "s" | "h" if (1..=2).contains(&n) => Some(Kind::Semester(n)),
        "q" | "t" if (1..=4).contains(&n) => Some(Kind::Quarter(n)),
        _ => None,
    }
}

/// 1 to 4 as an ordinal: "1er", "1o" (1º), "primer", "primeiro", "first", "2e", "deuxième", …
fn ordinal(word: &str) -> Option<u32> {
    let n = match word {
        "1er" | "1ro" | "1o" | "1" | "primer" | "primero" | "primera" | "first" | "1st" | "primeiro"
        | "primeira" | "1re" | "1ere" | "premier" | "premiere" => 1,
        "2do" | "2o" | "2a" | "2" | "segundo" | "segunda" | "second" | "2nd" | "2e" | "2eme" | "deuxieme"
        | "seconde" => 2,
        "3er" | "3ro" | "3o" | "3a" | "3" | "tercer" | "tercero" | "tercera" | "third" | "3rd"
        | "terceiro" | "terceira" | "3e" | "3eme" | "troisieme" => 3,
        "4to" | "4o" | "4a" | "4" | "cuarto" | "cuarta" | "fourth" | "4th" | "quarto" | "quarta" | "4e"
        | "4eme" | "quatrieme" => 4,
        // Roman numerals, as in "II semestre".
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        _ => return None,
    };
    Some(n)
}

/// A month by its Spanish, English, Portuguese or French name or short name.
fn month(word: &str) -> Option<u32> {
    const NAMES: [&[&str]; 12] = [
        &["enero", "ene", "january", "jan", "janeiro", "janvier", "janv"],
        &["febrero", "feb", "february", "fevereiro", "fev", "fevrier", "fevr"],
        &["marzo", "mar", "march", "marco", "mars"],
        &["abril", "abr", "april", "apr", "avril", "avr"],
        &["mayo", "may", "maio", "mai"],
        &["junio", "jun", "june", "junho", "juin"],
        &["julio", "jul", "july", "julho", "juillet", "juil"],
        &["agosto", "ago", "august", "aug", "aout"],
        &["septiembre", "setiembre", "sep", "sept", "set", "september", "setembro", "septembre"],
        &["octubre", "oct", "october", "outubro", "out", "octobre"],
        &["noviembre", "nov", "november", "novembro", "novembre"],
        &["diciembre", "dic", "december", "dec", "dezembro", "dez", "decembre"],
    ];
    let index = NAMES.iter().position(|names| names.contains(&word))?;
    u32::try_from(index + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<String> {
        when(text, 2022).map(|w| w.schedule.to_string())
    }

    fn full(text: &str) -> (String, Option<&'static str>, Option<u32>) {
        let w = when(text, 2022).unwrap_or_else(|| panic!("`{text}` not read"));
        (w.schedule.to_string(), w.every.map(Frequency::code), w.target)
    }

    #[test]
    fn reads_the_semesters_of_the_2022_document() {
        assert_eq!(code("1er semestre 2022."), Some("2022-S1".into()));
        assert_eq!(code("2do semestre 2022."), Some("2022-S2".into()));
        assert_eq!(code("2do. semestre 2022."), Some("2022-S2".into()));
        assert_eq!(code("2do semestre 2021."), Some("2021-S2".into()), "a defect is kept as written");
        assert_eq!(code("Primer semestre"), Some("2022-S1".into()));
        assert_eq!(code("segundo semestre de 2023"), Some("2023-S2".into()));
        assert_eq!(code("1º semestre 2022"), Some("2022-S1".into()));
        assert_eq!(code("1st half 2022"), Some("2022-S1".into()));
        assert_eq!(code("second semester"), Some("2022-S2".into()));
        assert_eq!(code("H2 2022"), Some("2022-S2".into()));
    }

    #[test]
    fn a_missing_year_is_the_plan_year_and_says_so() {
        let assumed = when("2do. semestre", 2022).expect("read");
        assert_eq!(assumed.schedule.to_string(), "2022-S2");
        assert!(assumed.year_assumed);
        assert!(!when("2do semestre 2022", 2022).expect("read").year_assumed);
        assert!(!when("Anual", 2022).expect("read").year_assumed, "a whole year means the plan year");
    }

    #[test]
    fn reads_whole_years_and_frequencies() {
        assert_eq!(full("Anual."), ("2022".into(), None, None));
        assert_eq!(full("anual."), ("2022".into(), None, None));
        assert_eq!(full("Anual 2023"), ("2023".into(), None, None));
        assert_eq!(full("2022"), ("2022".into(), None, None));
        assert_eq!(full("Whole year 2022"), ("2022".into(), None, None));
        assert_eq!(full("Trimestral (4 al año)."), ("2022".into(), Some("quarter"), Some(4)));
        assert_eq!(full("Trimestral"), ("2022".into(), Some("quarter"), None));
        assert_eq!(full("Quarterly (4 a year)."), ("2022".into(), Some("quarter"), Some(4)));
        assert_eq!(full("Mensual (12 al año)"), ("2022".into(), Some("month"), Some(12)));
        assert_eq!(full("Half-yearly"), ("2022".into(), Some("semester"), None));
        assert_eq!(
            full("Trimestral 2do semestre 2022 (2 veces)"),
            ("2022-S2".into(), Some("quarter"), Some(2))
        );
    }

    #[test]
    fn reads_dates_still_open() {
        assert_eq!(full("A definir (4 al año)."), ("to-be-defined".into(), None, Some(4)));
        assert_eq!(full("A definir."), ("to-be-defined".into(), None, None));
        assert_eq!(full("Por definir"), ("to-be-defined".into(), None, None));
        assert_eq!(full("To be defined (4 a year)"), ("to-be-defined".into(), None, Some(4)));
        assert_eq!(full("TBD"), ("to-be-defined".into(), None, None));
        assert_eq!(full("Según necesidad."), ("as-needed".into(), None, None));
        assert_eq!(full("SEGUN NECESIDAD"), ("as-needed".into(), None, None));
        assert_eq!(full("As needed"), ("as-needed".into(), None, None));
    }

    #[test]
    fn reads_months_days_and_quarters() {
        assert_eq!(code("marzo 2022"), Some("2022-03".into()));
        assert_eq!(code("Setiembre de 2022"), Some("2022-09".into()));
        assert_eq!(code("March 2022"), Some("2022-03".into()));
        assert_eq!(code("15 de marzo de 2022"), Some("2022-03-15".into()));
        assert_eq!(code("15 March 2022"), Some("2022-03-15".into()));
        assert_eq!(code("March 15, 2022"), Some("2022-03-15".into()));
        assert_eq!(code("March 15th 2022"), Some("2022-03-15".into()));
        assert_eq!(code("1er trimestre"), Some("2022-Q1".into()));
        assert_eq!(code("tercer trimestre 2022"), Some("2022-Q3".into()));
        assert_eq!(code("Q4 2022"), Some("2022-Q4".into()));
        assert_eq!(code("2nd quarter 2022"), Some("2022-Q2".into()));
        assert_eq!(code("2022-03-15"), Some("2022-03-15".into()));
        assert_eq!(code("2022-S1."), Some("2022-S1".into()));
    }

    #[test]
    fn reads_portuguese_phrases() {
        assert_eq!(code("1º semestre de 2022"), Some("2022-S1".into()));
        assert_eq!(code("Segundo semestre de 2022."), Some("2022-S2".into()));
        assert_eq!(code("3º trimestre de 2022"), Some("2022-Q3".into()));
        assert_eq!(code("março de 2022"), Some("2022-03".into()));
        assert_eq!(code("15 de março de 2022"), Some("2022-03-15".into()));
        assert_eq!(full("Trimestral (4 por ano)"), ("2022".into(), Some("quarter"), Some(4)));
        assert_eq!(full("Mensal (12 vezes ao ano)"), ("2022".into(), Some("month"), Some(12)));
        assert_eq!(full("Todo o ano de 2022"), ("2022".into(), None, None));
        assert_eq!(full("A definir (2 por ano)"), ("to-be-defined".into(), None, Some(2)));
        assert_eq!(full("Conforme a necessidade"), ("as-needed".into(), None, None));
        assert_eq!(day("18 de novembro de 2021").map(|d| d.to_string()), Some("2021-11-18".into()));
    }

    #[test]
    fn reads_french_phrases() {
        assert_eq!(code("1er semestre 2022"), Some("2022-S1".into()));
        assert_eq!(code("2e semestre 2022"), Some("2022-S2".into()));
        assert_eq!(code("deuxième trimestre 2022"), Some("2022-Q2".into()));
        assert_eq!(code("août 2022"), Some("2022-08".into()));
        assert_eq!(code("15 mars 2022"), Some("2022-03-15".into()));
        assert_eq!(code("1er mars 2022"), Some("2022-03-01".into()));
        assert_eq!(full("Trimestriel (4 par an)"), ("2022".into(), Some("quarter"), Some(4)));
        assert_eq!(full("Semestriel (2 fois par an)"), ("2022".into(), Some("semester"), Some(2)));
        assert_eq!(full("Toute l’année 2022"), ("2022".into(), None, None));
        assert_eq!(full("Annuel"), ("2022".into(), None, None));
        assert_eq!(full("À définir"), ("to-be-defined".into(), None, None));
        assert_eq!(full("Selon les besoins"), ("as-needed".into(), None, None));
        assert_eq!(day("18 novembre 2021").map(|d| d.to_string()), Some("2021-11-18".into()));
    }

    /// What `export --doc-lang` writes for every schedule, `import` reads back, in every language.
    #[test]
    fn reads_back_the_words_of_every_language() {
        use crate::i18n::Lang;
        let codes = ["2022", "2022-S1", "2022-S2", "2022-Q3", "2022-03", "2022-03-15", "2022-03-01"];
        for lang in Lang::ALL {
            for code_text in codes.into_iter().chain(["to-be-defined", "as-needed"]) {
                let schedule: Schedule = code_text.parse().expect("a code");
                let words = lang.say(&crate::schedule::in_words(Some(schedule), None, None));
                assert_eq!(code(&words), Some(code_text.to_owned()), "{lang:?}: `{words}`");
            }
        }
    }

    #[test]
    fn reads_the_forms_other_plans_write() {
        assert_eq!(code("segundo semestre 2024"), Some("2024-S2".into()));
        assert_eq!(code("2° semestre 2024"), Some("2024-S2".into()));
        assert_eq!(code("1° semestre"), Some("2022-S1".into()));
        assert_eq!(code("II semestre 2024"), Some("2024-S2".into()));
        assert_eq!(code("I Semestre de 2024"), Some("2024-S1".into()));
        assert_eq!(code("cuarto trimestre 2024"), Some("2024-Q4".into()));
        assert_eq!(code("IV trimestre 2024"), Some("2024-Q4".into()));
        assert_eq!(code("Q1 2024"), Some("2024-Q1".into()));
        assert_eq!(code("septiembre 2024"), Some("2024-09".into()));
        assert_eq!(code("15 de octubre de 2024"), Some("2024-10-15".into()));
        assert_eq!(code("15/10/2024"), Some("2024-10-15".into()));
        assert_eq!(code("5-3-2024."), Some("2024-03-05".into()));
        assert_eq!(code("todo el año"), Some("2022".into()));
        assert_eq!(code("durante 2024"), Some("2024".into()));
        assert_eq!(code("Durante todo el año 2024"), Some("2024".into()));
        assert_eq!(day("15/10/2024").map(|d| d.to_string()), Some("2024-10-15".into()));
        assert_eq!(code("marzo a junio de 2024"), Some("2024-03/06".into()));
        assert_eq!(code("de marzo a junio de 2024"), Some("2024-03/06".into()));
        assert_eq!(code("marzo-junio 2024"), Some("2024-03/06".into()));
        assert_eq!(code("Marzo a junio 2024."), Some("2024-03/06".into()), "as export writes it");
        assert_eq!(code("March to June 2024"), Some("2024-03/06".into()));
        assert_eq!(code("septiembre a diciembre"), Some("2022-09/12".into()));
        assert_eq!(code("junio a marzo de 2024"), None, "backwards");
        for not_a_day in ["31/02/2024", "15/10/24", "15/10/2024/1", "2024/10/15", "1/2"] {
            assert_eq!(numeric_day(not_a_day), None, "{not_a_day}");
        }
    }

    #[test]
    fn leaves_alone_what_it_does_not_fully_understand() {
        for text in [
            "",
            ".",
            "1er semestre, según confirmación",
            "1er y 2do semestre 2022",
            "marzo o abril",
            "antes de junio",
            "3er semestre 2022",
            "30 de febrero de 2022",
            "A definir 2022",
            "Anual, 1er semestre",
            "(0 al año)",
            "2022 y 2023",
            "de la",
        ] {
            assert_eq!(when(text, 2022), None, "`{text}`");
        }
    }

    #[test]
    fn reads_exact_dates_alone() {
        let day = |text: &str| day(text).map(|d| d.to_string());
        assert_eq!(day("18 de noviembre de 2021"), Some("2021-11-18".into()));
        assert_eq!(day("November 18, 2021"), Some("2021-11-18".into()));
        assert_eq!(day("2021-11-18"), Some("2021-11-18".into()));
        assert_eq!(day("noviembre de 2021"), None);
        assert_eq!(day("18 de noviembre"), None, "no year");
        assert_eq!(day("XV Asamblea Anual de la Red GEALC"), None);
        assert_eq!(day("PLAN DE TRABAJO 2022"), None);
    }

    proptest::proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,40}", year in 1000i32..9999) {
            let _ = when(&text, year);
            let _ = day(&text);
        }

        #[test]
        fn never_panics_on_date_like_words(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "1er", "2do.", "semestre", "trimestre", "de", "2022", "31", "0", "febrero", "anual",
                    "(4", "al", "año)", "a", "definir", "según", "necesidad", "q9", "s0", "Trimestral",
                    "March", "15th", "99999", "º", "veces",
                ]),
                0..8,
            ),
        ) {
            let text = words.join(" ");
            let _ = when(&text, 2022);
            let _ = day(&text);
        }
    }
}
