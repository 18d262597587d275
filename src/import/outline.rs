//! The outline of a plan document: front matter, numbered sections, areas and activities with
//! their labelled fields, all still as text.
//!
//! This is the document's shape only; what the words mean (dates, counts, the committee) is read
//! afterwards, once the plan year is known. Every line lands somewhere: a line that fits nowhere
//! is kept, with where it was, for the importer to write down verbatim.

use crate::number::Number;
use crate::text::fold;

use super::{Line, Lines};

/// Text found at a line (or paragraph) of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub at: usize,
    pub text: String,
}

/// A document as numbered parts.
#[derive(Debug, Default)]
pub struct Outline {
    /// The lines before the first numbered section: title, assembly, date.
    pub front: Vec<Text>,
    /// The paragraphs of "Antecedentes".
    pub background: Vec<Text>,
    /// The paragraphs of "Finalidad".
    pub purpose: Vec<Text>,
    pub areas: Vec<RawArea>,
    /// Lines that belong to no area: unknown sections, activities before any area.
    pub kept: Vec<Text>,
}

#[derive(Debug)]
pub struct RawArea {
    pub number: Number,
    pub name: String,
    pub at: usize,
    pub objective: Option<Text>,
    pub activities: Vec<RawActivity>,
    /// Lines of the area that are not its name, objective or an activity.
    pub kept: Vec<Text>,
}

#[derive(Debug)]
pub struct RawActivity {
    pub number: Number,
    pub title: String,
    pub at: usize,
    pub fields: Vec<RawField>,
    /// Lines of the activity that are not a field.
    pub kept: Vec<Text>,
}

/// A labelled line: "Lugar: Virtual.".
#[derive(Debug)]
pub struct RawField {
    pub field: Field,
    /// The label as written ("Fecha", "LUGAR"), to quote it back.
    pub label: String,
    pub value: String,
    pub at: usize,
}

/// What a label introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Objective,
    Place,
    Schedule,
    Resources,
    /// "Estado:" in an exported document: derived from the records, so read and set aside.
    Status,
    /// "Realizada: 10 de marzo de 2022 — nota".
    Done,
    /// "Cancelada: 1 de diciembre de 2022 — motivo".
    Cancelled,
}

/// The labels of each field, folded, in Spanish, English, Portuguese and French.
const LABELS: &[(Field, &[&str])] = &[
    (Field::Objective, &["objetivo", "objetivos", "objective", "objectives", "aim", "objectif", "objectifs"]),
    (Field::Place, &["lugar", "sede", "place", "venue", "location", "local", "lieu"]),
    (
        Field::Schedule,
        &["fecha", "fechas", "plazo", "date", "dates", "when", "schedule", "data", "datas", "prazo"],
    ),
    (Field::Resources, &["recursos", "resources", "ressources"]),
    (Field::Status, &["estado", "status", "situacao", "etat"]),
    (Field::Done, &["realizada", "realizado", "carried out", "done", "realisee"]),
    (Field::Cancelled, &["cancelada", "cancelado", "cancelled", "canceled", "annulee"]),
];

/// The numbered sections a plan document has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    Front,
    Background,
    Purpose,
    Areas,
    /// A section this format has no place for: kept verbatim.
    Other,
}

/// Where a line that continues the previous one goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    Nothing,
    AreaName,
    Objective,
    Title,
    Field(usize),
}

/// Splits the document's lines into its parts.
pub fn outline(lines: &Lines) -> Outline {
    let mut parser = Parser { outline: Outline::default(), section: Section::Front, open: Open::Nothing };
    for line in &lines.items {
        parser.line(line);
    }
    parser.outline
}

struct Parser {
    outline: Outline,
    section: Section,
    open: Open,
}

impl Parser {
    fn line(&mut self, line: &Line) {
        match self.numbered(line) {
            Some((number, rest)) => match number.segments().len() {
                1 if self.starts_section(rest) => self.section(line, rest),
                1 => self.text(&list_item_text(line)),
                2 => self.area(line, number, rest),
                _ => self.activity(line, number, rest),
            },
            None => match label(&line.text) {
                Some((field, label, value)) if self.section == Section::Areas => {
                    self.field(line, field, label, value);
                }
                _ => self.text(line),
            },
        }
    }

    /// The number that opens the line ("3.1.2) …"), or the number of a list item ("1." in a
    /// Markdown list, an activity when inside an area).
    fn numbered<'l>(&self, line: &'l Line) -> Option<(Number, &'l str)> {
        if let Some((number, rest)) = leading_number(&line.text)
            && number.segments().len() <= 3
        {
            return Some((number, rest));
        }
        let ordinal = u32::try_from(line.ordinal?).ok()?;
        match self.current_area() {
            Some(area) if self.section == Section::Areas => Some((area.number.child(ordinal), &line.text)),
            _ => Some((format!("{ordinal}").parse().ok()?, &line.text)),
        }
    }

    /// Whether a line numbered "N)" starts a section. In the background and the purpose, a numbered
    /// line that names no known section is a point of an enumeration, part of the text.
    fn starts_section(&self, heading: &str) -> bool {
        section_kind(heading) != Section::Other
            || !matches!(self.section, Section::Background | Section::Purpose)
    }

    fn current_area(&self) -> Option<&RawArea> {
        self.outline.areas.last()
    }

    fn section(&mut self, line: &Line, heading: &str) {
        self.open = Open::Nothing;
        self.section = section_kind(heading);
        if self.section == Section::Other {
            self.outline.kept.push(Text { at: line.at, text: line.text.clone() });
        }
    }

    fn area(&mut self, line: &Line, number: Number, name: &str) {
        self.section = Section::Areas;
        self.outline.areas.push(RawArea {
            number,
            name: name.to_owned(),
            at: line.at,
            objective: None,
            activities: Vec::new(),
            kept: Vec::new(),
        });
        self.open = Open::AreaName;
    }

    fn activity(&mut self, line: &Line, number: Number, title: &str) {
        let activity = RawActivity {
            number,
            title: title.to_owned(),
            at: line.at,
            fields: Vec::new(),
            kept: Vec::new(),
        };
        match self.outline.areas.last_mut() {
            Some(area) if self.section == Section::Areas => {
                area.activities.push(activity);
                self.open = Open::Title;
            }
            _ => {
                self.outline.kept.push(Text { at: line.at, text: line.text.clone() });
                self.open = Open::Nothing;
            }
        }
    }

    fn field(&mut self, line: &Line, field: Field, label: &str, value: &str) {
        let Some(area) = self.outline.areas.last_mut() else {
            self.outline.kept.push(Text { at: line.at, text: line.text.clone() });
            return;
        };
        if field == Field::Objective && area.activities.is_empty() && area.objective.is_none() {
            area.objective = Some(Text { at: line.at, text: value.to_owned() });
            self.open = Open::Objective;
            return;
        }
        match area.activities.last_mut() {
            Some(activity) if field != Field::Objective => {
                let raw = RawField { field, label: label.to_owned(), value: value.to_owned(), at: line.at };
                activity.fields.push(raw);
                self.open = Open::Field(activity.fields.len() - 1);
            }
            _ => {
                area.kept.push(Text { at: line.at, text: line.text.clone() });
                self.open = Open::Nothing;
            }
        }
    }

    /// A line that is neither numbered nor labelled.
    fn text(&mut self, line: &Line) {
        let text = Text { at: line.at, text: line.text.clone() };
        match self.section {
            Section::Front => self.outline.front.push(text),
            Section::Background => add_to_paragraphs(&mut self.outline.background, line),
            Section::Purpose => add_to_paragraphs(&mut self.outline.purpose, line),
            Section::Other => self.outline.kept.push(text),
            Section::Areas => {
                if !self.continue_open(line) {
                    self.keep_in_place(text);
                }
            }
        }
    }

    /// Adds the line to the value it continues: the next line of the same block, or the value of a
    /// label that had none on its own line. False when it continues nothing.
    fn continue_open(&mut self, line: &Line) -> bool {
        let Some(area) = self.outline.areas.last_mut() else { return false };
        let slot = match self.open {
            Open::Nothing => None,
            Open::AreaName => Some(&mut area.name),
            Open::Objective => area.objective.as_mut().map(|objective| &mut objective.text),
            Open::Title => area.activities.last_mut().map(|activity| &mut activity.title),
            Open::Field(i) => {
                area.activities.last_mut().and_then(|a| a.fields.get_mut(i)).map(|f| &mut f.value)
            }
        };
        match slot {
            Some(value) if value.is_empty() => value.push_str(&line.text),
            Some(value) if !line.new_block => {
                value.push(' ');
                value.push_str(&line.text);
            }
            _ => return false,
        }
        true
    }

    fn keep_in_place(&mut self, text: Text) {
        self.open = Open::Nothing;
        match self.outline.areas.last_mut() {
            Some(area) => match area.activities.last_mut() {
                Some(activity) => activity.kept.push(text),
                None => area.kept.push(text),
            },
            None => self.outline.kept.push(text),
        }
    }
}

/// The line as written: a Markdown list item gets its number back ("1. punto").
fn list_item_text(line: &Line) -> Line {
    match line.ordinal {
        Some(n) if leading_number(&line.text).is_none() => {
            Line { text: format!("{n}. {}", line.text), ..line.clone() }
        }
        _ => line.clone(),
    }
}

/// A paragraph's lines are joined by spaces (the text was wrapped); paragraphs stay apart.
fn add_to_paragraphs(paragraphs: &mut Vec<Text>, line: &Line) {
    match paragraphs.last_mut() {
        Some(last) if !line.new_block => {
            last.text.push(' ');
            last.text.push_str(&line.text);
        }
        _ => paragraphs.push(Text { at: line.at, text: line.text.clone() }),
    }
}

fn section_kind(heading: &str) -> Section {
    let folded = fold(heading);
    let first = folded.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    match first {
        "antecedentes" | "background" | "contexto" | "context" | "contexte" => Section::Background,
        "finalidad" | "proposito" | "purpose" | "objetivo" | "objetivos" | "aim" | "finalidade"
        | "finalite" => Section::Purpose,
        "areas" | "area" | "lineas" | "ejes" | "work" | "activities" | "actividades" | "eixos"
        | "atividades" | "axes" | "activites" => Section::Areas,
        _ => Section::Other,
    }
}

/// The dotted number that opens a line and the text after it: "3.1.2) Webinar" gives `3.1.2`
/// and "Webinar". The number must be followed by ")", "." or ":", or, for a dotted number, by a
/// space and a capital letter ("3.1 Servicios"), so that "2.5 millones" is not an area.
pub fn leading_number(text: &str) -> Option<(Number, &str)> {
    let end = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let digits = &text[..end];
    let (digits, dot) = match digits.strip_suffix('.') {
        Some(digits) => (digits, true),
        None => (digits, false),
    };
    let number: Number = digits.parse().ok()?;
    let after = &text[end..];
    let (closed, rest) = match after.chars().next() {
        Some(c @ (')' | ':' | '-' | '–')) => (true, &after[c.len_utf8()..]),
        _ => (dot, after),
    };
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim();
    let capital_follows = rest.chars().next().is_some_and(char::is_uppercase);
    let dotted = number.segments().len() > 1;
    (closed || (dotted && capital_follows)).then_some((number, rest))
}

/// "Lugar: Virtual." gives the field, the label as written and the value.
fn label(text: &str) -> Option<(Field, &str, &str)> {
    let (label, value) = text.split_once(':')?;
    let folded = fold(label.trim());
    let field = LABELS.iter().find(|(_, names)| names.contains(&folded.as_str()))?.0;
    Some((field, label.trim(), value.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Lines {
        super::super::text::lines(text)
    }

    fn number(text: &str) -> Option<(String, &str)> {
        leading_number(text).map(|(n, rest)| (n.to_string(), rest))
    }

    #[test]
    fn finds_the_number_that_opens_a_line() {
        assert_eq!(number("3.1.1) Dos pilotos"), Some(("3.1.1".into(), "Dos pilotos")));
        assert_eq!(number("3.1) Servicios"), Some(("3.1".into(), "Servicios")));
        assert_eq!(number("1) Antecedentes"), Some(("1".into(), "Antecedentes")));
        assert_eq!(number("3.1.1. Dos"), Some(("3.1.1".into(), "Dos")));
        assert_eq!(number("3.1 Servicios"), Some(("3.1".into(), "Servicios")));
        assert_eq!(number("3.2.2)"), Some(("3.2.2".into(), "")));
        assert_eq!(
            number("3.1.5) 3.1.3) Webinar regional"),
            Some(("3.1.5".into(), "3.1.3) Webinar regional")),
            "only the first number is the activity's; the rest is its title as written"
        );
        for not_numbered in ["2.5 millones de personas", "2022 fue un año", "15 de marzo", "3.1a) x", "", "x"]
        {
            assert_eq!(number(not_numbered), None, "{not_numbered}");
        }
    }

    #[test]
    fn reads_labels_in_any_case_and_accent() {
        assert_eq!(label("Lugar: Virtual."), Some((Field::Place, "Lugar", "Virtual.")));
        assert_eq!(label("FECHA : A definir"), Some((Field::Schedule, "FECHA", "A definir")));
        assert_eq!(label("Objective: Grow"), Some((Field::Objective, "Objective", "Grow")));
        assert_eq!(label("Abrelatam – Condatos: apoyo"), None);
    }

    #[test]
    fn splits_sections_areas_and_activities() {
        let text = "PLAN 2022\n\n1) Antecedentes\n\nUno\ndos.\n\nTres.\n\n2) Finalidad\n\nFin.\n\n\
                    3) Áreas de trabajo\n\n3.1) Datos\n\nObjetivo: Abrir\ndatos.\n\n3.1.1) Dos\nreuniones\n\
                    Fecha: A definir.\nLugar:\nVirtual.\n\nNota suelta.\n";
        let outline = outline(&lines(text));
        assert_eq!(outline.front, [Text { at: 1, text: "PLAN 2022".into() }]);
        let background: Vec<_> = outline.background.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(background, ["Uno dos.", "Tres."]);
        assert_eq!(outline.purpose[0].text, "Fin.");
        let area = &outline.areas[0];
        assert_eq!((area.number.to_string().as_str(), area.name.as_str()), ("3.1", "Datos"));
        assert_eq!(area.objective.as_ref().map(|o| o.text.as_str()), Some("Abrir datos."));
        let activity = &area.activities[0];
        assert_eq!(activity.title, "Dos reuniones");
        let fields: Vec<_> = activity.fields.iter().map(|f| (f.field, f.value.as_str())).collect();
        assert_eq!(fields, [(Field::Schedule, "A definir."), (Field::Place, "Virtual.")]);
        assert_eq!(activity.kept, [Text { at: 27, text: "Nota suelta.".into() }]);
        assert!(outline.kept.is_empty());
    }

    #[test]
    fn keeps_what_fits_nowhere() {
        let text =
            "3.1.1) Antes de toda área\n\n4) Anexos\n\nTexto del anexo.\n\n3.1) Área\n\nLugar: suelto\n";
        let outline = outline(&lines(text));
        let kept: Vec<_> = outline.kept.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(kept, ["3.1.1) Antes de toda área", "4) Anexos", "Texto del anexo."]);
        assert_eq!(outline.areas[0].kept[0].text, "Lugar: suelto");
    }

    #[test]
    fn an_enumeration_in_the_background_is_text() {
        let text = "1) Antecedentes\n\nEl plan:\n1) ordena;\n2) prioriza.\n\n2) Finalidad\n\nFin.\n";
        let outline = outline(&lines(text));
        assert_eq!(outline.background[0].text, "El plan: 1) ordena; 2) prioriza.");
        assert_eq!(outline.purpose[0].text, "Fin.");
        let markdown =
            "## 1) Antecedentes\n\nEl plan:\n\n1. ordena;\n2. prioriza.\n\n## 2) Finalidad\n\nFin.\n";
        let outline = super::outline(&super::super::markdown::lines(markdown));
        let background: Vec<_> = outline.background.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(background, ["El plan:", "1. ordena;", "2. prioriza."]);
        assert!(outline.kept.is_empty());
    }

    #[test]
    fn markdown_list_numbers_are_activities_inside_an_area() {
        let text =
            "1. Antecedentes\n\nTexto.\n\n### 3.1) Datos\n\n1. Primera\n   - Lugar: Virtual\n2. Segunda\n";
        let outline = outline(&super::super::markdown::lines(text));
        assert_eq!(outline.background[0].text, "Texto.");
        let numbers: Vec<_> =
            outline.areas[0].activities.iter().map(|a| (a.number.to_string(), a.title.clone())).collect();
        assert_eq!(
            numbers,
            [("3.1.1".to_owned(), "Primera".to_owned()), ("3.1.2".to_owned(), "Segunda".to_owned())]
        );
        assert_eq!(outline.areas[0].activities[0].fields[0].value, "Virtual");
    }
}
