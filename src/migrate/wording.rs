//! Reading the "Fecha" column of the plan document, as version 0 files kept it (`date = "1er
//! semestre 2022"`), into the schedule codes of version 1.

use crate::schedule::{Frequency, Schedule};
use crate::text::fold;

/// When an activity is planned, in version 1's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct When {
    pub schedule: Schedule,
    pub every: Option<Frequency>,
    pub target: Option<u32>,
}

const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// The schedule the document's words mean, `year` being the plan's ("Anual" says no year).
/// `None` for wording this does not know: a person must write the code.
pub fn read(wording: &str, year: i32) -> Option<When> {
    let folded = fold(wording).replace('.', " ");
    let words: Vec<&str> = folded.split_whitespace().collect();
    let (words, target) = split_count(&words)?;
    let plain = |schedule| Some(When { schedule, every: None, target });
    let code = |text: String| text.parse::<Schedule>().ok();
    match words.as_slice() {
        ["a", "definir"] => plain(Schedule::ToBeDefined),
        ["segun", "necesidad"] | ["segun", "se", "necesite"] => plain(Schedule::AsNeeded),
        ["anual"] => plain(code(year.to_string())?),
        ["anual", y] => plain(code(parse_year(y)?.to_string())?),
        [frequency] | [frequency, _] if frequency_of(frequency).is_some() => {
            let year = match words.get(1) {
                Some(y) => parse_year(y)?,
                None => year,
            };
            Some(When { schedule: code(year.to_string())?, every: frequency_of(frequency), target })
        }
        [ordinal, "semestre", rest @ ..] => {
            plain(code(format!("{}-S{}", year_of(rest, year)?, ordinal_of(ordinal)?))?)
        }
        [ordinal, "trimestre", rest @ ..] => {
            plain(code(format!("{}-Q{}", year_of(rest, year)?, ordinal_of(ordinal)?))?)
        }
        [month, rest @ ..] if month_of(month).is_some() => {
            plain(code(format!("{}-{:02}", year_of(rest, year)?, month_of(month)?))?)
        }
        [day, "de", month, rest @ ..] => {
            let day: u32 = day.parse().ok()?;
            let rest = rest.strip_prefix(&["de"]).unwrap_or(rest);
            plain(code(format!("{}-{:02}-{day:02}", year_of(rest, year)?, month_of(month)?))?)
        }
        _ => None,
    }
}

/// The words without a final "(N al año)", and N.
fn split_count<'w>(words: &'w [&'w str]) -> Option<(Vec<&'w str>, Option<u32>)> {
    match words {
        [rest @ .., count, "al", last]
            if count.starts_with('(') && last.starts_with("ano") && last.ends_with(')') =>
        {
            let count: u32 = count.trim_start_matches('(').parse().ok()?;
            Some((rest.to_vec(), Some(count)))
        }
        _ => Some((words.to_vec(), None)),
    }
}

fn frequency_of(word: &str) -> Option<Frequency> {
    match word {
        "mensual" => Some(Frequency::Month),
        "trimestral" => Some(Frequency::Quarter),
        "semestral" => Some(Frequency::Semester),
        _ => None,
    }
}

/// "1er", "primer", "2do", "segundo", … as a number.
fn ordinal_of(word: &str) -> Option<u32> {
    match word {
        "1er" | "1ero" | "1°" | "1º" | "primer" | "primero" => Some(1),
        "2do" | "2°" | "2º" | "segundo" => Some(2),
        "3er" | "3ero" | "3°" | "3º" | "tercer" | "tercero" => Some(3),
        "4to" | "4°" | "4º" | "cuarto" => Some(4),
        _ => None,
    }
}

fn month_of(word: &str) -> Option<u32> {
    let word = if word == "setiembre" { "septiembre" } else { word };
    MONTHS.iter().position(|month| *month == word).and_then(|index| u32::try_from(index + 1).ok())
}

/// The year the last words name, or the plan's when they name none.
fn year_of(rest: &[&str], year: i32) -> Option<i32> {
    match rest {
        [] => Some(year),
        [y] => parse_year(y),
        _ => None,
    }
}

fn parse_year(word: &str) -> Option<i32> {
    (word.len() == 4).then(|| word.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(wording: &str) -> Option<(String, Option<&'static str>, Option<u32>)> {
        read(wording, 2022)
            .map(|when| (when.schedule.to_string(), when.every.map(Frequency::code), when.target))
    }

    #[test]
    fn reads_the_wording_of_the_approved_document() {
        assert_eq!(code("1er semestre 2022"), Some(("2022-S1".into(), None, None)));
        assert_eq!(code("2do. semestre 2022"), Some(("2022-S2".into(), None, None)));
        assert_eq!(code("2do semestre 2021"), Some(("2021-S2".into(), None, None)));
        assert_eq!(code("Anual"), Some(("2022".into(), None, None)));
        assert_eq!(code("Trimestral (4 al año)"), Some(("2022".into(), Some("quarter"), Some(4))));
        assert_eq!(code("A definir (4 al año)"), Some(("to-be-defined".into(), None, Some(4))));
        assert_eq!(code("A definir"), Some(("to-be-defined".into(), None, None)));
        assert_eq!(code("Según necesidad"), Some(("as-needed".into(), None, None)));
    }

    #[test]
    fn reads_months_days_and_quarters() {
        assert_eq!(code("marzo 2022"), Some(("2022-03".into(), None, None)));
        assert_eq!(code("15 de marzo de 2022"), Some(("2022-03-15".into(), None, None)));
        assert_eq!(code("3er trimestre"), Some(("2022-Q3".into(), None, None)));
        assert_eq!(code("Mensual 2023"), Some(("2023".into(), Some("month"), None)));
    }

    #[test]
    fn anything_else_is_left_to_a_person() {
        for wording in ["pronto", "3er semestre 2022", "31 de febrero de 2022", "", "1er semestre 22"] {
            assert_eq!(code(wording), None, "{wording}");
        }
    }
}
