//! The front matter of a plan document: title, year, who approved it and when, the organisation,
//! and the executive committee named in the background.

use crate::model::{Approval, Committee};
use crate::text::fold;

use super::escape::unescape;
use super::outline::Text;
use super::{Doubt, DoubtKind, dates};

/// What the front matter says.
#[derive(Debug, Default)]
pub struct Front {
    pub organisation: String,
    /// The organisation as the document names it after "de" ("de la Red GEALC"), for comments.
    pub of_organisation: String,
    pub title: String,
    pub year: Option<i32>,
    pub approval: Option<Approval>,
    /// A committee named on a line of its own; it is usually named in the background instead.
    pub committee: Option<Committee>,
    /// Front lines that fit nowhere.
    pub kept: Vec<Text>,
    pub doubts: Vec<Doubt>,
}

/// Words that name a body that approves plans.
const BODIES: &[&str] = &[
    "asamblea", "assembly", "reunion", "meeting", "consejo", "council", "junta", "board", "aprobado",
    "aprobada", "approved",
];

/// Words that stay in lowercase inside a title ("Plan de Trabajo").
const SMALL_WORDS: &[&str] = &[
    "de", "del", "la", "las", "el", "los", "y", "e", "o", "u", "en", "a", "al", "para", "por", "con", "of",
    "the", "and", "for", "in", "on", "to",
];

/// Reads the lines before the first section.
pub fn read(lines: &[Text]) -> Front {
    let mut front = Front::default();
    let mut body: Option<&Text> = None;
    let mut date: Option<(&Text, chrono::NaiveDate)> = None;
    let mut title: Option<&Text> = None;
    let mut explicit_year = None;
    let mut rest = Vec::new();
    let lines: Vec<Text> = lines.iter().flat_map(split_opening).collect();
    for line in &lines {
        match front_label(&line.text) {
            Some(FrontLabel::Organisation(name)) => {
                front.organisation = unescape(name);
                front.of_organisation = format!("de {}", front.organisation);
                continue;
            }
            Some(FrontLabel::Year(year)) => {
                explicit_year = Some(year);
                continue;
            }
            Some(FrontLabel::Committee(committee)) => {
                front.committee = Some(committee);
                continue;
            }
            None => {}
        }
        if let (None, Some(day)) = (date, dates::day(&line.text)) {
            date = Some((line, day));
        } else if title.is_none() && has_word(&line.text, &["plan"]) {
            title = Some(line);
        } else if body.is_none() && has_word(&line.text, BODIES) {
            body = Some(line);
        } else {
            rest.push(line);
        }
    }
    if title.is_none() && !rest.is_empty() {
        let first = rest.remove(0);
        front.doubts.push(Doubt::at(first.at, DoubtKind::TitleFromFirstLine { title: first.text.clone() }));
        title = Some(first);
    }
    front.kept.extend(rest.into_iter().cloned());
    front.title_from(title);
    front.approval_from(body, date);
    front.year_from(explicit_year);
    front
}

enum FrontLabel<'t> {
    Organisation(&'t str),
    Year(i32),
    Committee(Committee),
}

/// "Organización: Red GEALC", "Año: 2022", "Comité Ejecutivo 2021: Argentina y Belice": written
/// by `export` when the title, the assembly and the background do not say them.
fn front_label(text: &str) -> Option<FrontLabel<'_>> {
    let (label, value) = text.split_once(':')?;
    let (label, value) = (label.trim(), value.trim());
    match fold(label).as_str() {
        "organizacion" | "organisation" | "organization" | "organizacao" if !value.is_empty() => {
            Some(FrontLabel::Organisation(value))
        }
        "ano" | "year" | "annee" => {
            value.parse().ok().filter(|y| (1000..=9999).contains(y)).map(FrontLabel::Year)
        }
        _ if has_word(label, COMMITTEE_WORDS) => committee_from(label, value).map(FrontLabel::Committee),
        _ => None,
    }
}

impl Front {
    fn title_from(&mut self, line: Option<&Text>) {
        // Without a title, the importer writes a plain one once it knows the year and language.
        let Some(line) = line else { return };
        self.title = unescape(&line.text);
        if is_shouting(&line.text) {
            self.title = recase(&self.title);
            let kind = DoubtKind::TitleRecased { written: line.text.clone(), title: self.title.clone() };
            self.doubts.push(Doubt::at(line.at, kind));
        }
    }

    fn approval_from(&mut self, body: Option<&Text>, date: Option<(&Text, chrono::NaiveDate)>) {
        match (body, date) {
            (Some(body), Some((_, on))) => {
                self.approval = Some(Approval { by: unescape(&body.text), on });
                if self.organisation.is_empty() {
                    self.organisation_from(body);
                }
            }
            (Some(line), None) | (None, Some((line, _))) => self.kept.push(line.clone()),
            (None, None) => {}
        }
        if self.organisation.is_empty() {
            self.doubts.push(Doubt::at(1, DoubtKind::NoOrganisation));
        }
    }

    fn organisation_from(&mut self, body: &Text) {
        let Some((organisation, of_organisation)) = organisation_in(&unescape(&body.text)) else { return };
        self.organisation = organisation;
        self.of_organisation = of_organisation;
        let kind = DoubtKind::OrganisationFromAssembly { organisation: self.organisation.clone() };
        self.doubts.push(Doubt::at(body.at, kind));
    }

    /// The year in the title, else the one given, else the year after approval.
    fn year_from(&mut self, explicit: Option<i32>) {
        let in_title = plan_year_in(&self.title).or_else(|| four_digits(&self.title).next());
        self.year = explicit.or(in_title);
        if self.year.is_none()
            && let Some(approval) = &self.approval
        {
            let year = chrono::Datelike::year(&approval.on) + 1;
            self.year = Some(year);
            self.doubts.push(Doubt::at(1, DoubtKind::YearFromApproval { year }));
        }
    }
}

/// The years (1900 to 2199) a text names as numbers of four digits: "plan-2024.xlsx" names 2024.
pub fn years_in(text: &str) -> impl Iterator<Item = i32> + '_ {
    four_digits(text).filter(|year| (1900..2200).contains(year))
}

/// The numbers of four digits in a text, in order.
fn four_digits(text: &str) -> impl Iterator<Item = i32> + '_ {
    text.split(|c: char| !c.is_ascii_digit()).filter(|w| w.len() == 4).filter_map(|w| w.parse().ok())
}

/// Where the word "plan" starts, in any case.
fn plan_word(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(3)).find(|&i| {
        bytes[i..i + 4].eq_ignore_ascii_case(b"plan")
            && (i == 0 || !text[..i].ends_with(char::is_alphanumeric))
            && !text[i + 4..].starts_with(char::is_alphanumeric)
    })
}

/// The year a plan names itself by, wherever the phrase stands: "… PLAN DE TRABAJO 2022" is
/// 2022 even after "18 de noviembre de 2021". The year must follow "plan" within a few words.
pub fn plan_year_in(text: &str) -> Option<i32> {
    let start = plan_word(text)?;
    let after: String = text[start..].split_whitespace().take(6).collect::<Vec<_>>().join(" ");
    four_digits(&after).next()
}

/// An opening written as one line ("XV Asamblea … 18 de noviembre de 2021 PLAN DE TRABAJO 2022")
/// as the lines it stands for: the body, the date and the title. Other lines stay whole.
fn split_opening(line: &Text) -> Vec<Text> {
    let whole = vec![line.clone()];
    let Some(start) = plan_word(&line.text).filter(|start| *start > 0) else { return whole };
    if plan_year_in(&line.text).is_none() {
        return whole;
    }
    let (prefix, title) = line.text.split_at(start);
    let piece = |text: &str| Text {
        at: line.at,
        text: text.trim().trim_end_matches([',', '-', '–']).trim().to_owned(),
    };
    let mut pieces = Vec::new();
    match date_within(prefix) {
        Some((from, to)) => {
            pieces.push(piece(&prefix[..from]));
            pieces.push(piece(&prefix[from..to]));
        }
        None if has_word(prefix, BODIES) => pieces.push(piece(prefix)),
        None => return whole,
    }
    pieces.push(piece(title));
    pieces.retain(|piece| !piece.text.is_empty());
    pieces
}

/// The first exact date inside a text, as byte offsets: "… de la Red 18 de noviembre de 2021".
fn date_within(text: &str) -> Option<(usize, usize)> {
    let starts: Vec<usize> =
        std::iter::once(0).chain(text.match_indices(char::is_whitespace).map(|(i, _)| i + 1)).collect();
    let ends: Vec<usize> = text
        .match_indices(|c: char| c.is_ascii_digit())
        .map(|(i, _)| i + 1)
        .filter(|&end| !text[end..].starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    starts.iter().find_map(|&from| {
        ends.iter()
            .filter(|&&to| to > from)
            .find(|&&to| dates::day(&text[from..to]).is_some())
            .map(|&to| (from, to))
    })
}

/// The organisation an approving body belongs to, and how the body's name refers to it:
/// "XV Asamblea Anual de la Red GEALC" gives "Red GEALC" and "de la Red GEALC".
pub fn organisation_in(body: &str) -> Option<(String, String)> {
    let (start, of) = [" de ", " del ", " of "]
        .iter()
        .filter_map(|of| body.find(of).map(|i| (i, *of)))
        .min_by_key(|(i, _)| *i)?;
    let named = body[start + of.len()..].trim();
    let without_article = ["la ", "el ", "los ", "las ", "the "]
        .iter()
        .find_map(|article| named.strip_prefix(article))
        .unwrap_or(named);
    (!without_article.is_empty()).then(|| (without_article.to_owned(), body[start..].trim().to_owned()))
}

fn has_word(text: &str, words: &[&str]) -> bool {
    fold(text).split(|c: char| !c.is_alphanumeric()).any(|w| words.contains(&w))
}

/// A title in capitals ("PLAN DE TRABAJO 2022").
fn is_shouting(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    letters > 1 && !text.chars().any(char::is_lowercase)
}

/// "PLAN DE TRABAJO 2022" as "Plan de Trabajo 2022": each word capitalised, small words not.
fn recase(text: &str) -> String {
    let words: Vec<String> = text
        .split(' ')
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_lowercase();
            if i > 0 && SMALL_WORDS.contains(&fold(&lower).as_str()) {
                return lower;
            }
            let mut chars = lower.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => lower,
            }
        })
        .collect();
    words.join(" ")
}

/// The committee named in the background: "El Comité Ejecutivo 2021 formado por Argentina, …
/// y Trinidad & Tobago (con la presidencia de Colombia)".
pub fn committee(background: &[Text]) -> Option<Committee> {
    background.iter().find_map(|paragraph| committee_in(&paragraph.text))
}

/// Words that introduce the members.
const FORMED_BY: &[&str] = &[
    " formado por ",
    " integrado por ",
    " compuesto por ",
    " conformado por ",
    " formed by ",
    " made up of ",
    " composed of ",
    " consisting of ",
    " composto por ",
    " composé de ",
    " formé de ",
];

/// Words that introduce the chair, inside the parenthesis.
const CHAIRED_BY: &[&str] = &[
    "con la presidencia de ",
    "presidido por ",
    "presidida por ",
    "bajo la presidencia de ",
    "chaired by ",
    "with the chair of ",
    "chair: ",
    "presidencia: ",
    "sob a presidência de ",
    "presidido pela ",
    "sous la présidence de ",
    "présidé par ",
];

fn committee_in(paragraph: &str) -> Option<Committee> {
    let (at, trigger) = FORMED_BY.iter().filter_map(|t| paragraph.find(t).map(|i| (i, *t))).min()?;
    let sentence_start = paragraph[..at].rfind(". ").map_or(0, |i| i + 2);
    let name = paragraph[sentence_start..at].trim().trim_end_matches(',').trim();
    let name = ["El ", "La ", "The ", "el ", "la ", "the "]
        .iter()
        .find_map(|article| name.strip_prefix(article))
        .unwrap_or(name);
    if !has_word(name, COMMITTEE_WORDS) {
        return None;
    }
    committee_from(name, &paragraph[at + trigger.len()..])
}

/// Words that name a committee.
const COMMITTEE_WORDS: &[&str] = &["comite", "committee", "consejo", "council", "junta", "board"];

/// The committee `name` whose members `after` lists, with the chair in parentheses:
/// "Argentina, Belice y Colombia (con la presidencia de Colombia)".
fn committee_from(name: &str, after: &str) -> Option<Committee> {
    let (list, chair) = match after.find(" (") {
        Some(open) => {
            let close = after[open..].find(')').map_or(after.len(), |i| open + i);
            let inside = &after[open + 2..close];
            let chair = CHAIRED_BY.iter().find_map(|t| inside.find(t).map(|i| inside[i + t.len()..].trim()));
            (&after[..open], chair.map(str::to_owned))
        }
        None => (after.split_once(". ").map_or(after, |(list, _)| list), None),
    };
    let members = members(list);
    (!members.is_empty()).then(|| Committee { name: name.to_owned(), members, chair })
}

/// "Argentina, Belice y Colombia" as three names; a list without a parenthesis after it ends at
/// the name after the last "y".
fn members(list: &str) -> Vec<String> {
    let mut names = Vec::new();
    for piece in list.split(", ") {
        let last = [" y ", " e ", " and ", " et "].iter().find_map(|and| piece.split_once(and));
        match last {
            Some((before, after)) => {
                names.push(before.trim().to_owned());
                names.push(after.trim().trim_end_matches('.').to_owned());
                break;
            }
            None => names.push(piece.trim().trim_end_matches('.').to_owned()),
        }
    }
    names.retain(|name| !name.is_empty());
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[&str]) -> Vec<Text> {
        lines.iter().enumerate().map(|(i, t)| Text { at: i + 1, text: (*t).to_owned() }).collect()
    }

    #[test]
    fn reads_the_front_matter_of_the_2022_document() {
        let front = read(&texts(&[
            "XV Asamblea Anual de la Red GEALC",
            "18 de noviembre de 2021",
            "PLAN DE TRABAJO 2022",
        ]));
        assert_eq!(front.title, "Plan de Trabajo 2022");
        assert_eq!(front.year, Some(2022));
        assert_eq!(front.organisation, "Red GEALC");
        assert_eq!(front.of_organisation, "de la Red GEALC");
        let approval = front.approval.expect("approved");
        assert_eq!(approval.by, "XV Asamblea Anual de la Red GEALC");
        assert_eq!(approval.on.to_string(), "2021-11-18");
        assert!(front.kept.is_empty());
        let kinds: Vec<_> = front.doubts.iter().map(|d| &d.kind).collect();
        assert!(matches!(
            kinds[..],
            [DoubtKind::TitleRecased { .. }, DoubtKind::OrganisationFromAssembly { .. }]
        ));
    }

    #[test]
    fn reads_an_opening_written_as_one_paragraph() {
        let front =
            read(&texts(&["XV Asamblea Anual de la Red GEALC 18 de noviembre de 2021 PLAN DE TRABAJO 2022"]));
        assert_eq!(front.year, Some(2022), "the plan's year, not the first year seen");
        assert_eq!(front.title, "Plan de Trabajo 2022");
        let approval = front.approval.expect("approved");
        assert_eq!(approval.by, "XV Asamblea Anual de la Red GEALC");
        assert_eq!(approval.on.to_string(), "2021-11-18");
        assert!(front.kept.is_empty(), "{:?}", front.kept);
        let front = read(&texts(&["Asamblea de la Red X, Plan de Trabajo 2024"]));
        assert_eq!((front.title.as_str(), front.year), ("Plan de Trabajo 2024", Some(2024)));
        let front = read(&texts(&["Red X 2023 – Plan de Trabajo 2024"]));
        assert_eq!(front.title, "Red X 2023 – Plan de Trabajo 2024", "nothing else to split off");
        assert_eq!(front.year, Some(2024));
    }

    #[test]
    fn finds_the_plan_year_after_the_word_plan() {
        assert_eq!(plan_year_in("realiza el presente Plan de trabajo 2022."), Some(2022));
        assert_eq!(plan_year_in("En 2021 se aprobó el PLAN ANUAL DE TRABAJO 2022"), Some(2022));
        assert_eq!(plan_year_in("Planificación 2022"), None);
        assert_eq!(plan_year_in("el plan que se aprobará en la asamblea de 2022"), None, "too far");
    }

    #[test]
    fn labels_say_what_the_title_and_assembly_do_not() {
        let front = read(&texts(&["Plan de acción", "Organización: Red X", "Año: 2023", "Otra línea"]));
        assert_eq!(front.title, "Plan de acción");
        assert_eq!(front.organisation, "Red X");
        assert_eq!(front.year, Some(2023));
        assert_eq!(front.kept, [Text { at: 4, text: "Otra línea".into() }]);
        assert!(front.approval.is_none());
    }

    #[test]
    fn a_year_missing_from_the_title_follows_the_approval() {
        let front =
            read(&texts(&["Plan de Trabajo", "XV Annual Assembly of the Acme Network", "November 18, 2021"]));
        assert_eq!(front.year, Some(2022));
        assert_eq!(front.organisation, "Acme Network");
        assert_eq!(front.of_organisation, "of the Acme Network");
        assert!(front.doubts.iter().any(|d| d.kind == DoubtKind::YearFromApproval { year: 2022 }));
    }

    #[test]
    fn recases_only_shouted_titles() {
        assert_eq!(recase("PLAN DE TRABAJO 2022"), "Plan de Trabajo 2022");
        assert_eq!(recase("PLAN DE ACCIÓN Y SEGUIMIENTO"), "Plan de Acción y Seguimiento");
        assert!(is_shouting("PLAN 2022"));
        assert!(!is_shouting("Plan 2022"));
        assert!(!is_shouting("2022"));
    }

    #[test]
    fn reads_the_committee_sentence() {
        let background = "El Comité Ejecutivo 2021 formado por Argentina, Belice, Colombia, Ecuador, El Salvador, \
                          Panamá, Paraguay y Trinidad & Tobago (con la presidencia de Colombia), apoyado por la \
                          OEA en la función de Secretaría Técnica, el BID como organismo impulsor, y el gerente \
                          de la Red, realiza el presente Plan de trabajo 2022.";
        let committee = committee(&texts(&["Otro párrafo.", background])).expect("a committee");
        assert_eq!(committee.name, "Comité Ejecutivo 2021");
        assert_eq!(
            committee.members,
            [
                "Argentina",
                "Belice",
                "Colombia",
                "Ecuador",
                "El Salvador",
                "Panamá",
                "Paraguay",
                "Trinidad & Tobago"
            ]
        );
        assert_eq!(committee.chair.as_deref(), Some("Colombia"));
    }

    #[test]
    fn reads_an_english_committee_without_a_chair() {
        let text =
            "It was drafted. The Executive Committee 2021, formed by Chile, Peru and Mexico. Then more.";
        let committee = committee_in(text).expect("a committee");
        assert_eq!(committee.name, "Executive Committee 2021");
        assert_eq!(committee.members, ["Chile", "Peru", "Mexico"]);
        assert_eq!(committee.chair, None);
        assert!(committee_in("El grupo formado por Chile y Perú.").is_none(), "not a committee");
    }

    #[test]
    fn reads_a_committee_on_a_line_of_its_own() {
        let front = read(&texts(&[
            "Plan 2022",
            "Consejo Directivo: Chile, Perú y México (con la presidencia de Perú)",
        ]));
        let committee = front.committee.expect("a committee");
        assert_eq!(committee.name, "Consejo Directivo");
        assert_eq!(committee.members, ["Chile", "Perú", "México"]);
        assert_eq!(committee.chair.as_deref(), Some("Perú"));
        assert!(front.kept.is_empty());
    }
}
