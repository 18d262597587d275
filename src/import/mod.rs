//! Reading a plan document (plain text, Markdown or Word) into the model.
//!
//! Each format becomes the same list of [`Line`]s ([`text`], [`markdown`], [`docx`]); the
//! [`outline`] finds the numbered sections, areas, activities and labelled fields; [`front`]
//! reads the title, approval and committee; [`dates`] and [`counts`] read date phrases and
//! counts. Whatever is not understood is kept verbatim, as comments for the plan files, and
//! listed as a [`Doubt`] for a person to check.

pub mod counts;
pub mod dates;
mod docx;
pub mod escape;
mod front;
mod interpret;
mod markdown;
mod outline;
mod sheet;
mod table;
#[cfg(test)]
pub mod testing;
mod text;

use std::path::Path;

use crate::i18n::{Describe, Lang, Message};
use crate::model::{Plan, PlanInfo};
use crate::render::toml::{AreaComments, PlanComments};

pub use outline::leading_number;

/// The organisation named at the end of an approving body's name ("… de la Red GEALC"), as
/// `import` reads it.
pub fn organisation_in(body: &str) -> Option<String> {
    front::organisation_in(body).map(|(organisation, _)| organisation)
}

/// The committee named in a background text, as `import` reads it.
pub fn committee_in(background: &str) -> Option<crate::model::Committee> {
    let paragraphs: Vec<outline::Text> =
        background.split("\n\n").map(|text| outline::Text { at: 0, text: text.to_owned() }).collect();
    front::committee(&paragraphs)
}

/// One line of a document, trimmed and not empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    /// Where it is: a 1-based line, or paragraph in a Word document (see [`Lines::unit`]).
    pub at: usize,
    /// Whether a blank line or the end of a paragraph comes before it.
    pub new_block: bool,
    /// The number of a list item whose number is not part of its text (Markdown "1.").
    pub ordinal: Option<u64>,
    /// The cells of a table row; `text` is then the cells joined. The first row of a table
    /// starts a new block.
    pub cells: Option<Vec<String>>,
}

impl Line {
    /// A row of a table, at `at`; `first` when it starts the table.
    pub fn row(cells: Vec<String>, at: usize, first: bool) -> Line {
        let text = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" | ");
        Line { text, at, new_block: first, ordinal: None, cells: Some(cells) }
    }
}

/// A document's lines and what their positions count.
#[derive(Clone, Debug, Default)]
pub struct Lines {
    pub items: Vec<Line>,
    pub unit: Unit,
}

impl Lines {
    pub fn new(unit: Unit) -> Self {
        Lines { items: Vec::new(), unit }
    }

    fn push(&mut self, line: Line) {
        self.items.push(line);
    }
}

/// What a position in a document counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Unit {
    #[default]
    Line,
    Paragraph,
    /// A row of a spreadsheet's sheet.
    Row,
}

/// The kinds of document read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Docx,
    /// A workbook: `.xlsx` or `.ods` (and what else calamine reads: `.xls`, `.xlsb`).
    Spreadsheet,
    Csv,
}

impl Format {
    /// The format of a file: a spreadsheet by its extension, else a zip archive is a Word
    /// document whatever its name, else the extension decides (`.md`, `.csv`), else plain text.
    pub fn of(path: &Path, bytes: &[u8]) -> Format {
        let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
        match extension.as_deref() {
            Some("xlsx" | "xlsm" | "xls" | "xlsb" | "ods") => Format::Spreadsheet,
            _ if bytes.starts_with(b"PK\x03\x04") => Format::Docx,
            Some("docx") => Format::Docx,
            Some("md" | "markdown") => Format::Markdown,
            Some("csv" | "tsv") => Format::Csv,
            _ => Format::Text,
        }
    }
}

/// What the command line knows of a document besides its bytes: its file name, which may say
/// the plan's year ("plan-2024.xlsx"), and the year given with `--year`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Hints<'h> {
    pub name: &'h str,
    pub year: Option<i32>,
}

/// Why a document could not be imported.
#[derive(Debug)]
pub enum ImportError {
    /// Nothing but blank space.
    Empty,
    /// No numbered area: not a plan document, or not in a form this importer knows.
    NoAreas,
    /// Not a zip archive, or a damaged one.
    NotZip(String),
    /// A zip archive without a Word document in it.
    NotWordDocument,
    /// The Word document's XML is damaged.
    BadXml(String),
    /// The plan year is nowhere: not in the title, not after the approval date.
    NoYear,
    /// A part of a Word document is larger, once unpacked, than the limit.
    PartTooLarge { part: String, limit: u64 },
    /// Areas were found, but not a single activity in them.
    NoActivities,
    /// A workbook calamine cannot read: damaged, protected, or not a spreadsheet.
    BadSpreadsheet(String),
    /// A CSV file whose quoting is broken.
    BadCsv { line: usize, reason: String },
    /// Control characters: the file is in an encoding other than UTF-8 or Windows-1252.
    NotText { line: usize },
}

/// Something the importer was not sure of, for a person to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doubt {
    /// Where in the document.
    pub at: usize,
    /// The activity concerned, by number.
    pub activity: Option<String>,
    pub kind: DoubtKind,
}

impl Describe for DoubtKind {
    /// What the importer was unsure of, and what it did.
    fn message(&self) -> Message<'_> {
        use DoubtKind::*;
        match self {
            TitleRecased { written, title } => Message::new("doubt-title-recased")
                .arg("written", written.as_str())
                .arg("title", title.as_str()),
            TitleFromFirstLine { title } => {
                Message::new("doubt-title-from-first-line").arg("title", title.as_str())
            }
            NoTitle { title } => Message::new("doubt-no-title").arg("title", title.as_str()),
            OrganisationFromAssembly { organisation } => {
                Message::new("doubt-organisation-from-assembly").arg("organisation", organisation.as_str())
            }
            NoOrganisation => Message::new("doubt-no-organisation"),
            YearFromApproval { year } => Message::new("doubt-year-from-approval").arg("year", *year),
            Kept { text } => Message::new("doubt-kept").arg("text", text.as_str()),
            ScheduleNotRead { text } => Message::new("doubt-schedule-not-read").arg("text", text.as_str()),
            YearAssumed { text, year } => {
                Message::new("doubt-year-assumed").arg("text", text.as_str()).arg("year", *year)
            }
            OutsidePlanYear { text } => Message::new("doubt-outside-plan-year").arg("text", text.as_str()),
            NumberInTitle { title } => Message::new("doubt-number-in-title").arg("title", title.as_str()),
            NoFields => Message::new("doubt-no-fields"),
            CountAdded { words, total } => {
                Message::new("doubt-count-added").arg("total", *total).arg("words", words.join(" + "))
            }
            CountsDisagree { title, schedule } => {
                Message::new("doubt-counts-disagree").arg("title", *title).arg("schedule", *schedule)
            }
            OutsideItsArea { area } => Message::new("doubt-outside-its-area").arg("area", area.as_str()),
            RepeatedNumber { number } => Message::new("doubt-repeated-number").arg("number", number.as_str()),
            RepeatedField { text } => Message::new("doubt-repeated-field").arg("text", text.as_str()),
            // Import of tables, spreadsheets and other layouts (issue 16).
            AreaWithoutActivities { number } => {
                Message::new("doubt-area-without-activities").arg("number", number.as_str())
            }
            DatesInAnotherYear { year, count, total, plan_year } => {
                Message::new("doubt-dates-in-another-year")
                    .arg("year", *year)
                    .arg("count", *count)
                    .arg("total", *total)
                    .arg("plan_year", *plan_year)
            }
            YearFromText { year } => Message::new("doubt-year-from-text").arg("year", *year),
            TableWithoutHeader => Message::new("doubt-table-without-header"),
            ColumnKept { column } => Message::new("doubt-column-kept").arg("column", column.as_str()),
            AreaNumbered { number, name } if name.is_empty() => {
                Message::new("doubt-activities-without-area").arg("number", number.as_str())
            }
            AreaNumbered { number, name } => {
                Message::new("doubt-area-numbered").arg("number", number.as_str()).arg("name", name.as_str())
            }
            YearFromName { year, name } => {
                Message::new("doubt-year-from-name").arg("year", *year).arg("name", name.as_str())
            }
            YearFromDates { year } => Message::new("doubt-year-from-dates").arg("year", *year),
        }
    }
}

impl Doubt {
    pub fn at(at: usize, kind: DoubtKind) -> Self {
        Doubt { at, activity: None, kind }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DoubtKind {
    /// The title was in capitals and was written in title case.
    TitleRecased {
        written: String,
        title: String,
    },
    /// No line says "plan": the first line was taken as the title.
    TitleFromFirstLine {
        title: String,
    },
    /// No title anywhere (a spreadsheet): a plain one was written, "Plan de Trabajo 2024".
    NoTitle {
        title: String,
    },
    /// The organisation was taken from the name of the approving assembly.
    OrganisationFromAssembly {
        organisation: String,
    },
    NoOrganisation,
    /// The title has no year: the year after the approval was taken.
    YearFromApproval {
        year: i32,
    },
    /// Text not understood, kept as a comment.
    Kept {
        text: String,
    },
    /// A date phrase not understood: no schedule, the phrase kept as a comment.
    ScheduleNotRead {
        text: String,
    },
    /// A date phrase without a year, taken as the plan year.
    YearAssumed {
        text: String,
        year: i32,
    },
    /// A date outside the plan year, kept as written.
    OutsidePlanYear {
        text: String,
    },
    /// The title starts with a number, as if numbered twice.
    NumberInTitle {
        title: String,
    },
    /// An activity without place, date or resources.
    NoFields,
    /// Counts in the title were added up to make the target.
    CountAdded {
        words: Vec<String>,
        total: u32,
    },
    /// The title and the date phrase give different counts; the date phrase's was taken.
    CountsDisagree {
        title: u32,
        schedule: u32,
    },
    /// An activity whose number is not within its area's.
    OutsideItsArea {
        area: String,
    },
    /// A number used twice.
    RepeatedNumber {
        number: String,
    },
    /// A field given twice: the second is kept as a comment.
    RepeatedField {
        text: String,
    },
    /// An area in which no activity was found.
    AreaWithoutActivities {
        number: String,
    },
    /// Most dates name a year other than the plan's.
    DatesInAnotherYear {
        year: i32,
        count: usize,
        total: usize,
        plan_year: i32,
    },
    /// The front matter has no year: it was taken from "Plan de Trabajo YYYY" further on.
    YearFromText {
        year: i32,
    },
    /// A table whose header row names no activity column: its rows were read as lines.
    TableWithoutHeader,
    /// A table column with no place in a plan, kept as a comment on each activity.
    ColumnKept {
        column: String,
    },
    /// An area without a number in the document, numbered by its order.
    AreaNumbered {
        number: String,
        name: String,
    },
    /// The plan's year, taken from the name of a sheet or of the file.
    YearFromName {
        year: i32,
        name: String,
    },
    /// The plan's year, taken from the activities' dates, which all name it.
    YearFromDates {
        year: i32,
    },
}

/// A document read into a plan.
#[derive(Debug)]
pub struct Imported {
    pub plan: Plan,
    /// Comments for `plan.toml`, without the header.
    pub plan_comments: PlanComments,
    /// Comments for each area file, in the order of `plan.areas`, without the header.
    pub area_comments: Vec<AreaComments>,
    pub doubts: Vec<Doubt>,
    pub unit: Unit,
    /// The document was not UTF-8 and was read as Windows-1252.
    pub windows_1252: bool,
    /// The language of the document's labels ("Fecha" or "Date").
    pub lang: Lang,
    /// How the document names the organisation after "de" ("de la Red GEALC").
    pub of_organisation: String,
}

/// Reads a document of the given format.
pub fn import(bytes: &[u8], format: Format) -> Result<Imported, ImportError> {
    import_with(bytes, format, Hints::default())
}

/// Reads a document of the given format, with what the command line knows of it.
pub fn import_with(bytes: &[u8], format: Format, hints: Hints<'_>) -> Result<Imported, ImportError> {
    let mut names = vec![hints.name.to_owned()];
    let (lines, windows_1252) = match format {
        Format::Docx => (docx::lines(bytes).map_err(docx_error)?, false),
        Format::Text | Format::Markdown => {
            let (text, fallback) = text::decode(bytes);
            let lines = if format == Format::Markdown { markdown::lines(&text) } else { text::lines(&text) };
            (lines, fallback)
        }
        Format::Csv => sheet::csv(bytes)?,
        Format::Spreadsheet => {
            let (lines, sheets) = sheet::workbook(bytes)?;
            names.splice(0..0, sheets);
            (lines, false)
        }
    };
    if lines.items.is_empty() {
        return Err(ImportError::Empty);
    }
    let outline = outline::outline(&lines);
    if outline.areas.is_empty() {
        return Err(ImportError::NoAreas);
    }
    let lang = language(&outline);
    let mut front = front::read(&outline.front);
    if front.year.is_none()
        && let Some((at, year)) = lines.items.iter().find_map(|l| Some((l.at, front::plan_year_in(&l.text)?)))
    {
        front.year = Some(year);
        front.doubts.push(Doubt::at(at, DoubtKind::YearFromText { year }));
    }
    if front.year.is_none() {
        front.year = year_elsewhere(&outline, &names, hints.year, &mut front.doubts);
    }
    let year = front.year.ok_or(ImportError::NoYear)?;
    if front.title.is_empty() {
        front.title = lang.text(crate::i18n::Msg::PlainTitle { year });
        front.doubts.push(Doubt::at(1, DoubtKind::NoTitle { title: front.title.clone() }));
    }
    let info = PlanInfo {
        organisation: front.organisation.clone(),
        title: front.title.clone(),
        year,
        background: paragraphs(&outline.background),
        purpose: paragraphs(&outline.purpose),
        approval: front.approval,
        committee: front.committee.or_else(|| front::committee(&outline.background)),
    };
    let mut doubts = front.doubts;
    let areas = interpret::areas(&outline.areas, year, lang, lines.unit);
    if areas.areas.iter().all(|area| area.activities.is_empty()) {
        return Err(ImportError::NoActivities);
    }
    doubts.extend(areas.doubts);
    doubts.extend(outline.doubts);
    doubts.extend(another_year(&areas.areas, year));
    let mut kept: Vec<_> = front.kept.iter().chain(&outline.kept).collect();
    kept.sort_by_key(|text| text.at);
    let plan_comments = PlanComments {
        header: Vec::new(),
        end: kept.iter().map(|text| interpret::kept_comment(text, lang, lines.unit)).collect(),
    };
    doubts.extend(kept.iter().map(|text| Doubt::at(text.at, DoubtKind::Kept { text: text.text.clone() })));
    doubts.sort_by_key(|doubt| doubt.at);
    Ok(Imported {
        plan: Plan { info, areas: areas.areas },
        plan_comments,
        area_comments: areas.comments,
        doubts,
        unit: lines.unit,
        windows_1252,
        lang,
        of_organisation: front.of_organisation,
    })
}

fn docx_error(error: docx::DocxError) -> ImportError {
    match error {
        docx::DocxError::NotZip(reason) => ImportError::NotZip(reason),
        docx::DocxError::NoDocument => ImportError::NotWordDocument,
        docx::DocxError::BadXml(reason) => ImportError::BadXml(reason),
        docx::DocxError::PartTooLarge { part, limit } => ImportError::PartTooLarge { part, limit },
    }
}

/// The plan's year of a document without a title page (a spreadsheet): from a sheet's or the
/// file's name, else from the dates when they all name one year, else `--year`.
fn year_elsewhere(
    outline: &outline::Outline,
    names: &[String],
    given: Option<i32>,
    doubts: &mut Vec<Doubt>,
) -> Option<i32> {
    let from_name = names.iter().find_map(|name| Some((name, front::years_in(name).next()?)));
    if let Some((name, year)) = from_name {
        doubts.push(Doubt::at(1, DoubtKind::YearFromName { year, name: name.clone() }));
        return Some(year);
    }
    let dates = outline.areas.iter().flat_map(|area| &area.activities).flat_map(|activity| &activity.fields);
    let mut years = dates
        .filter(|field| field.field == outline::Field::Schedule)
        .flat_map(|field| front::years_in(&field.value));
    if let Some(first) = years.next()
        && years.all(|year| year == first)
    {
        doubts.push(Doubt::at(1, DoubtKind::YearFromDates { year: first }));
        return Some(first);
    }
    given
}

/// A doubt when most activities' dates name one year other than the plan's: the plan's year
/// was probably read wrong, or the dates were copied from another plan.
fn another_year(areas: &[crate::model::Area], plan_year: i32) -> Option<Doubt> {
    let years: Vec<i32> = areas
        .iter()
        .flat_map(|area| &area.activities)
        .filter_map(|activity| activity.schedule?.period())
        .map(|period| period.year())
        .collect();
    let mut counts = std::collections::BTreeMap::new();
    for year in &years {
        *counts.entry(*year).or_insert(0usize) += 1;
    }
    let (&year, &count) = counts.iter().max_by_key(|(_, count)| **count)?;
    let total = years.len();
    (year != plan_year && count * 2 > total)
        .then(|| Doubt::at(1, DoubtKind::DatesInAnotherYear { year, count, total, plan_year }))
}

/// Paragraphs as the plan files keep them: separated by a blank line.
fn paragraphs(paragraphs: &[outline::Text]) -> String {
    paragraphs.iter().map(|p| escape::unescape(&p.text)).collect::<Vec<_>>().join("\n\n")
}

/// The language most of the activities' labels are in ("Lugar:", "Place:", "Local:", "Lieu:"),
/// Spanish when no other has more.
fn language(outline: &outline::Outline) -> Lang {
    const WORDS: [(Lang, &[&str]); 4] = [
        (Lang::Es, &["lugar", "fecha", "recursos", "sede", "fechas", "plazo"]),
        (Lang::En, &["place", "date", "resources", "venue", "when", "schedule", "location"]),
        (Lang::Pt, &["local", "data", "recursos", "datas", "prazo"]),
        (Lang::Fr, &["lieu", "date", "ressources", "dates"]),
    ];
    let labels: Vec<String> = outline
        .areas
        .iter()
        .flat_map(|a| &a.activities)
        .flat_map(|a| &a.fields)
        .map(|field| crate::text::fold(&field.label))
        .collect();
    let score = |words: &[&str]| labels.iter().filter(|label| words.contains(&label.as_str())).count();
    let spanish = score(WORDS[0].1);
    WORDS
        .iter()
        .map(|(lang, words)| (*lang, score(words)))
        .fold((Lang::Es, spanish), |best, next| if next.1 > best.1 { next } else { best })
        .0
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../tests/fixtures/import/red-gealc-plan-de-trabajo-2022.txt");

    #[test]
    fn the_2022_document_has_nine_areas_and_37_activities() {
        let imported = import(SEED.as_bytes(), Format::Text).expect("imports");
        assert_eq!(imported.plan.areas.len(), 9);
        assert_eq!(imported.plan.activities().count(), 37);
        assert_eq!(imported.lang, Lang::Es);
        assert!(!imported.windows_1252);
    }

    #[test]
    fn keeps_what_it_does_not_understand_and_says_where() {
        let text = "Plan 2022\n\n3.1) Área\n\n3.1.1) Taller\n\nFecha: cuando se pueda\n\nNota suelta\n";
        let imported = import(text.as_bytes(), Format::Text).expect("imports");
        let activity = &imported.plan.areas[0].activities[0];
        assert_eq!(activity.schedule, None);
        let kept = &imported.area_comments[0].activities[0].end;
        assert_eq!(kept.len(), 2);
        assert!(kept[0].contains("línea 7") && kept[0].ends_with("Fecha: cuando se pueda"), "{kept:?}");
        assert!(kept[1].ends_with("Nota suelta"), "{kept:?}");
        let kinds: Vec<_> = imported.doubts.iter().map(|d| &d.kind).collect();
        assert!(kinds.contains(&&DoubtKind::ScheduleNotRead { text: "cuando se pueda".into() }));
        assert!(kinds.contains(&&DoubtKind::Kept { text: "Nota suelta".into() }));
    }

    #[test]
    fn refuses_documents_without_a_plan() {
        assert!(matches!(import(b"", Format::Text), Err(ImportError::Empty)));
        assert!(matches!(import(b" \n\t\n", Format::Markdown), Err(ImportError::Empty)));
        assert!(matches!(import(b"Una carta.\n\nSin numerar.", Format::Text), Err(ImportError::NoAreas)));
        assert!(matches!(import(b"Carta\n\n3.1) Area\n", Format::Text), Err(ImportError::NoYear)));
        assert!(matches!(import(b"not a zip", Format::Docx), Err(ImportError::NotZip(_))));
    }

    proptest::proptest! {
        /// CSV rows of header words, dates, numbers and stray text never panic, whatever the mix.
        #[test]
        fn never_panics_on_csv_tables(
            rows in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(vec![
                        "Actividad", "Fecha", "N°", "Área", "Meta", "Registros", "Cancelada", "Responsable", "",
                        "3.1", "3.1.1", "2", "0", "Q1 2024", "marzo a junio", "10 de marzo de 2024 — x",
                        "\"a;b\"", "Plan 2024", "x\ny",
                    ]),
                    0..6,
                ),
                0..8,
            ),
            separator in proptest::sample::select(vec![",", ";", "\t"]),
        ) {
            let text: Vec<String> = rows.iter().map(|row| row.join(separator)).collect();
            let _ = import(text.join("\n").as_bytes(), Format::Csv);
        }
    }

    #[test]
    fn tells_formats_by_content_then_extension() {
        assert_eq!(Format::of(Path::new("plan.xlsx"), b"PK\x03\x04rest"), Format::Spreadsheet);
        assert_eq!(Format::of(Path::new("plan.ODS"), b"PK\x03\x04rest"), Format::Spreadsheet);
        assert_eq!(Format::of(Path::new("plan.csv"), b"a;b"), Format::Csv);
        assert_eq!(Format::of(Path::new("plan.txt"), b"PK\x03\x04rest"), Format::Docx);
        assert_eq!(Format::of(Path::new("plan.DOCX"), b""), Format::Docx);
        assert_eq!(Format::of(Path::new("plan.md"), b"# x"), Format::Markdown);
        assert_eq!(Format::of(Path::new("plan"), b"x"), Format::Text);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_plan_like_text(
            lines in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Plan 2022", "3.1) Área", "3.1.1) Dos talleres", "3.2.1)", "1) Antecedentes",
                    "2) Finalidad", "Objetivo:", "Lugar: x", "Fecha: 1er semestre", "Fecha:", "Recursos: y",
                    "Realizada: 1 de marzo de 2022 — n", "Cancelada: x", "", "texto", "1. lista", "- item",
                    "# título", "El Comité X formado por A y B (con la presidencia de A)", "Año: 99999",
                    "Organización:", "3.1.1.1) hondo", "18 de noviembre de 2021", "**Lugar:**",
                    "| Actividad | Fecha | N° | Área |", "|---|---|---|---|", "| x | Q1 | 3.1.9 | 3.2 A |",
                    "| | | 7 | |", "| 3.4 Sección | | | |", "| Responsable | Meta |", "| t | 0 | x | y | z |",
                    "Lugar: a. Fecha: b; Recursos: c", "fecha marzo a junio", "XV Asamblea 1 de mayo de 2021 Plan 2022",
                ]),
                0..30,
            ),
            markdown in proptest::bool::ANY,
        ) {
            let text = lines.join("\n");
            let format = if markdown { Format::Markdown } else { Format::Text };
            let _ = import(text.as_bytes(), format);
        }

        #[test]
        fn never_panics_on_any_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            for format in [Format::Text, Format::Markdown, Format::Docx, Format::Csv, Format::Spreadsheet] {
                let _ = import(&bytes, format);
            }
        }
    }
}
