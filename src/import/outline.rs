//! The outline of a plan document: front matter, numbered sections, areas and activities with
//! their labelled fields, all still as text.
//!
//! This is the document's shape only; what the words mean (dates, counts, the committee) is read
//! afterwards, once the plan year is known. Every line lands somewhere: a line that fits nowhere
//! is kept, with where it was, for the importer to write down verbatim.

use crate::number::Number;
use crate::text::fold;

use super::table::{self, Column};
use super::{Doubt, DoubtKind, Line, Lines};

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
    /// What the tables made doubtful: a table without a header, a column kept as comments, an
    /// area numbered by its order.
    pub doubts: Vec<Doubt>,
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
    /// Made for table rows that name no area: it gets a name in the document's language.
    pub made: bool,
}

#[derive(Debug)]
pub struct RawActivity {
    pub number: Number,
    pub title: String,
    pub at: usize,
    pub fields: Vec<RawField>,
    /// Lines of the activity that are not a field.
    pub kept: Vec<Text>,
    /// Cells of table columns that have no place ("Responsable: Perú"), kept as comments; the
    /// column is listed to check once, not on every row.
    pub columns: Vec<Text>,
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
    /// A table's "Meta" column: how many times.
    Target,
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
    let mut parser = Parser {
        outline: Outline::default(),
        section: Section::Front,
        open: Open::Nothing,
        areas_section: 1,
    };
    let items = &lines.items;
    let mut i = 0;
    while i < items.len() {
        let line = &items[i];
        let table_end = |start: usize| {
            (start + 1..items.len())
                .find(|&j| items[j].cells.is_none() || items[j].new_block)
                .unwrap_or(items.len())
        };
        if line.cells.is_some() {
            let end = table_end(i);
            parser.table(&items[i..end]);
            i = end;
            continue;
        }
        let next_table =
            items.get(i + 1).filter(|next| next.cells.is_some()).map(|_| &items[i + 1..table_end(i + 1)]);
        if next_table.is_some_and(wants_a_heading) && is_heading(&line.text) {
            parser.new_area(&line.text, line.at);
        } else {
            parser.line(line);
        }
        i += 1;
    }
    parser.outline
}

/// Whether a table's activities need an area from the line before it: its header has no area
/// column.
fn wants_a_heading(rows: &[Line]) -> bool {
    rows.iter()
        .take(3)
        .filter_map(|row| table::header(row.cells.as_deref()?))
        .next()
        .is_some_and(|c| !c.contains(&Column::Area))
}

/// A short line that can name the area of the table after it: not numbered, not labelled, not
/// a sentence, not the plan's title.
fn is_heading(text: &str) -> bool {
    leading_number(text).is_none()
        && label(text).is_none()
        && text.split_whitespace().count() <= 12
        && !text.ends_with(['.', ':'])
        && !fold(text).split(|c: char| !c.is_alphanumeric()).any(|w| w == "plan")
}

struct Parser {
    outline: Outline,
    section: Section,
    open: Open,
    /// The number of the section of work areas ("3) Áreas de trabajo"), for areas numbered by
    /// their order.
    areas_section: u32,
}

impl Parser {
    /// A line may hold several labelled fields ("Lugar: Virtual. Fecha: 2do semestre."), after an
    /// activity's title or alone: each part is read as if it stood on a line of its own.
    fn line(&mut self, line: &Line) {
        let bare = self.section == Section::Areas
            && self.current_area().is_some_and(|area| !area.activities.is_empty())
            && (line.new_block
                || matches!(self.open, Open::Field(_))
                || line.text.starts_with(char::is_uppercase));
        let (head, fields) = labelled_parts(&line.text, bare);
        let numbered_head = leading_number(head).is_some();
        if fields.is_empty() || (self.section != Section::Areas && !numbered_head) {
            return self.whole_line(line);
        }
        if !head.is_empty() {
            self.whole_line(&Line { text: head.to_owned(), ..line.clone() });
        }
        for (field, label, value) in fields {
            self.field(line, field, label, value);
        }
    }

    fn whole_line(&mut self, line: &Line) {
        let in_text = matches!(self.section, Section::Background | Section::Purpose);
        if let Some((kind, number, rest)) = named_number(&line.text).filter(|_| !in_text) {
            return self.named(line, kind, &number, rest);
        }
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
        if self.section == Section::Areas
            && let Some((number, _)) = leading_number(&line.text)
        {
            self.areas_section = number.segments().first().copied().unwrap_or(1);
        }
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
            made: false,
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
            columns: Vec::new(),
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
        if looks_labelled(&line.text) {
            return false;
        }
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

    /// "Área 2: Datos abiertos", "Actividad 1.3 – Taller": an area or activity named by a word
    /// and numbered within its own kind. An area numbered "2" is area 2 of the section of work
    /// areas (3.2 under "3) Áreas de trabajo"); an activity numbered "3" or "1.3" is activity 3
    /// of the area it is in.
    fn named(&mut self, line: &Line, kind: Named, number: &Number, rest: &str) {
        let last = number.segments().last().copied().unwrap_or(1);
        match (kind, number.segments().len()) {
            (Named::Area, 2) => self.area(line, number.clone(), rest),
            (Named::Area, _) => match self.areas_section.to_string().parse::<Number>() {
                Ok(section) => self.area(line, section.child(last), rest),
                Err(_) => self.text(line),
            },
            (Named::Activity, 3) => self.activity(line, number.clone(), rest),
            (Named::Activity, _) => match self.current_area().map(|area| area.number.child(last)) {
                Some(number) if self.section == Section::Areas => self.activity(line, number, rest),
                _ => self.activity(line, number.clone(), rest),
            },
        }
    }

    /// An area that has no number in the document: numbered after the last one, and listed.
    fn new_area(&mut self, name: &str, at: usize) -> usize {
        let number = match self.outline.areas.last().map(|area| area.number.segments()) {
            Some([section, last]) => format!("{section}.{}", last.saturating_add(1)),
            _ => format!("{}.1", self.areas_section),
        };
        let Ok(number) = number.parse::<Number>() else { unreachable!("two numbers make a number") };
        let kind = DoubtKind::AreaNumbered { number: number.to_string(), name: name.to_owned() };
        self.outline.doubts.push(Doubt::at(at, kind));
        let index = self.push_area(number, name, at);
        self.outline.areas[index].made = name.is_empty();
        index
    }

    fn push_area(&mut self, number: Number, name: &str, at: usize) -> usize {
        self.section = Section::Areas;
        self.open = Open::Nothing;
        let area = RawArea {
            number,
            name: name.to_owned(),
            at,
            objective: None,
            activities: Vec::new(),
            kept: Vec::new(),
            made: false,
        };
        self.outline.areas.push(area);
        self.outline.areas.len() - 1
    }

    /// A table: its header names the columns; each row after it is an activity, or an area when
    /// only one cell is filled. A table without a header is read row by row as lines, and listed.
    fn table(&mut self, rows: &[Line]) {
        self.open = Open::Nothing;
        let found = rows
            .iter()
            .take(3)
            .enumerate()
            .find_map(|(i, row)| Some((i, table::header(row.cells.as_deref()?)?)));
        let Some((start, columns)) = found else {
            // One column of text is lines, as a spreadsheet holds a document; more is a table.
            let filled = |row: &Line| row.cells.iter().flatten().filter(|c| !c.trim().is_empty()).count();
            if rows.iter().any(|row| filled(row) > 1) {
                self.outline.doubts.push(Doubt::at(rows[0].at, DoubtKind::TableWithoutHeader));
            }
            rows.iter().for_each(|row| self.row_as_line(row));
            return;
        };
        rows[..start].iter().for_each(|row| self.row_as_line(row));
        let names: Vec<String> = rows[start].cells.iter().flatten().map(|name| one_line(name)).collect();
        for (column, name) in columns.iter().zip(&names) {
            if *column == Column::Other && !name.is_empty() {
                let kind = DoubtKind::ColumnKept { column: name.clone() };
                self.outline.doubts.push(Doubt::at(rows[start].at, kind));
            }
        }
        let mut area = self.outline.areas.len().checked_sub(1).filter(|_| self.section == Section::Areas);
        for row in &rows[start + 1..] {
            area = self.table_row(row, &columns, &names, area);
        }
        self.open = Open::Nothing;
    }

    /// A row of a table without a header, read as a line: "Lugar | Virtual" is "Lugar: Virtual".
    fn row_as_line(&mut self, row: &Line) {
        let cells: Vec<String> =
            row.cells.iter().flatten().map(|cell| one_line(cell)).filter(|cell| !cell.is_empty()).collect();
        let text = match cells.as_slice() {
            [] => return,
            [first, rest @ ..] if !rest.is_empty() && field_named(first.trim_end_matches(':')).is_some() => {
                format!("{}: {}", first.trim_end_matches(':'), rest.join(" "))
            }
            _ => cells.join(" | "),
        };
        self.line(&Line { text, cells: None, new_block: true, ..row.clone() });
    }

    /// One row of a table with a header; returns the area the next row belongs to.
    fn table_row(
        &mut self,
        row: &Line,
        columns: &[Column],
        names: &[String],
        area: Option<usize>,
    ) -> Option<usize> {
        let raw: &[String] = row.cells.as_deref().unwrap_or_default();
        let cell = |i: usize| raw.get(i).map(|c| one_line(c)).unwrap_or_default();
        let get =
            |column: Column| columns.iter().position(|c| *c == column).map(cell).filter(|c| !c.is_empty());
        let filled: Vec<usize> = (0..raw.len()).filter(|&i| !cell(i).is_empty()).collect();
        let mut area = area;
        if let Some(name) = get(Column::Area) {
            area = Some(self.table_area(&name, row.at));
        }
        // A row with one cell filled names an area when the cell is outside the activity column,
        // or opens with an area's number ("3.2 Ciberseguridad"); else it is an activity's title.
        if let [only] = filled.as_slice()
            && get(Column::Area).is_none()
            && (columns.get(*only) != Some(&Column::Activity)
                || leading_number(&cell(*only)).is_some_and(|(number, _)| number.segments().len() == 2))
        {
            return Some(self.table_area(&cell(*only), row.at));
        }
        let Some(title) = get(Column::Activity) else {
            if !filled.is_empty() {
                self.keep_in_place(Text { at: row.at, text: row.text.clone() });
            }
            return area;
        };
        let index = area.unwrap_or_else(|| self.new_area("", row.at));
        let area = &mut self.outline.areas[index];
        let next = u32::try_from(area.activities.len() + 1).unwrap_or(u32::MAX);
        let number = get(Column::Number)
            .and_then(|n| activity_number(&n, &area.number))
            .unwrap_or_else(|| area.number.child(next));
        area.activities.push(row_activity(number, title, row, columns, names));
        Some(index)
    }

    /// The area a table names in a cell: by number ("3.2"), number and name ("3.2 Datos"), or
    /// name; one already seen is reused, so that rows of an area need not be together.
    fn table_area(&mut self, text: &str, at: usize) -> usize {
        let (number, name) = match text.trim_end_matches([')', '.']).parse::<Number>() {
            Ok(number) => (Some(number), ""),
            Err(_) => match leading_number(text) {
                Some((number, name)) => (Some(number), name),
                None => (None, text),
            },
        };
        let number = number.filter(|n| n.segments().len() == 2);
        let seen = self.outline.areas.iter().position(|area| match &number {
            Some(number) => area.number == *number,
            None => fold(&area.name) == fold(name),
        });
        self.section = Section::Areas;
        match (seen, number) {
            (Some(index), _) => index,
            (None, Some(number)) => self.push_area(number, name, at),
            (None, None) => self.new_area(name, at),
        }
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

/// What a word before a number names: "Área 2", "Actividad 1.3".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Named {
    Area,
    Activity,
}

/// The words, folded, that name an area or an activity before its number.
const NAMING_WORDS: &[(Named, &[&str])] = &[
    (
        Named::Area,
        &[
            "area",
            "area de trabajo",
            "eje",
            "eje tematico",
            "linea",
            "linea de trabajo",
            "linea de accion",
            "work area",
        ],
    ),
    (Named::Activity, &["actividad", "accion", "activity", "action"]),
];

/// "Área 2: Datos abiertos" gives an area, `2` and "Datos abiertos"; "Actividad 1.3 – Taller" an
/// activity, `1.3` and "Taller". The number (below 100 at each level, so that "Área 2022" is no
/// area) is followed by `)`, `:`, `.`, a dash or a space.
fn named_number(text: &str) -> Option<(Named, Number, &str)> {
    let digit = text.find(|c: char| c.is_ascii_digit())?;
    let words = fold(&text[..digit]);
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let kind = NAMING_WORDS.iter().find(|(_, names)| names.contains(&words.as_str()))?.0;
    let after = &text[digit..];
    let end = after.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(after.len());
    let number: Number = after[..end].trim_end_matches('.').parse().ok()?;
    if number.segments().len() > 3 || number.segments().iter().any(|n| *n >= 100) {
        return None;
    }
    let rest = &after[end..];
    if !rest.is_empty() && !rest.starts_with([')', ':', '-', '–', '—', ' ', '\t']) {
        return None;
    }
    let rest = rest.trim_start_matches([')', ':', '-', '–', '—', ' ', '\t']).trim();
    Some((kind, number, rest))
}

/// The activity a table row describes: each cell as the field its column names; records one
/// per line of their cell; cells of columns with no place kept as comments.
fn row_activity(
    number: Number,
    title: String,
    row: &Line,
    columns: &[Column],
    names: &[String],
) -> RawActivity {
    let raw: &[String] = row.cells.as_deref().unwrap_or_default();
    let cell = |i: usize| raw.get(i).map(|c| one_line(c)).unwrap_or_default();
    let mut activity =
        RawActivity { number, title, at: row.at, fields: Vec::new(), kept: Vec::new(), columns: Vec::new() };
    for (i, column) in columns.iter().enumerate() {
        let value = cell(i);
        let label = names.get(i).cloned().unwrap_or_default();
        if value.is_empty() {
            continue;
        }
        let field = |field, value: &str| RawField {
            field,
            label: label.clone(),
            value: value.to_owned(),
            at: row.at,
        };
        match column {
            Column::Field(Field::Done) => {
                let records = raw
                    .get(i)
                    .map(|c| c.lines().map(str::trim).filter(|r| !r.is_empty()).collect::<Vec<_>>());
                activity
                    .fields
                    .extend(records.unwrap_or_default().into_iter().map(|r| field(Field::Done, r)));
            }
            Column::Field(kind) => activity.fields.push(field(*kind, &value)),
            Column::Target => activity.fields.push(field(Field::Target, &value)),
            Column::Other => activity.columns.push(Text { at: row.at, text: format!("{label}: {value}") }),
            Column::Number | Column::Activity | Column::Area | Column::Derived => {}
        }
    }
    activity
}

/// A cell's text on one line: the paragraphs of a Word cell, the lines of a spreadsheet cell.
/// A cell of one line keeps its spaces, as `export` wrote them.
fn one_line(cell: &str) -> String {
    if cell.contains(['\n', '\r']) {
        cell.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        cell.trim().to_owned()
    }
}

/// The number of an activity in a table's number column: whole ("3.1.2") or within its area
/// ("2", "2.").
fn activity_number(text: &str, area: &Number) -> Option<Number> {
    let number: Number = text.trim().trim_end_matches([')', '.']).parse().ok()?;
    match number.segments() {
        [_, _, _] => Some(number),
        [.., last] => Some(area.child(*last)),
        [] => None,
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

/// The labelled fields of a line and the text before the first of them: "3.1.1) Taller. Lugar:
/// Lima. Fecha: marzo 2024." gives "3.1.1) Taller." and two fields. A label starts the line or
/// follows a `.`, `;`, `,` or `|`, and ends with a colon; when `bare` is set, a label that opens
/// the line may also go without one ("fecha segundo semestre 2024").
fn labelled_parts(text: &str, bare: bool) -> (&str, Vec<(Field, &str, &str)>) {
    let mut labels: Vec<(usize, usize, Field, &str)> = Vec::new();
    for (colon, _) in text.match_indices(':') {
        let start = text[..colon].rfind(['.', ';', ',', '|']).map_or(0, |i| i + 1);
        let written = text[start..colon].trim();
        if let Some(field) = field_named(written) {
            let start = start + (text[start..].len() - text[start..].trim_start().len());
            labels.push((start, colon + 1, field, written));
        }
    }
    if labels.first().is_none_or(|(start, ..)| *start > 0)
        && bare
        && let Some((first, _)) = text.split_once(char::is_whitespace)
        && let Some(field) = field_named(first)
    {
        let after = first.len();
        let value_start = text[after..].find(|c: char| !c.is_whitespace() && !matches!(c, '-' | '–'));
        if let Some(value_start) = value_start.filter(|_| labels.first().is_none_or(|l| l.0 > after)) {
            labels.insert(0, (0, after + value_start, field, first));
        }
    }
    let head = labels.first().map_or(text, |(start, ..)| &text[..*start]);
    let fields = labels
        .iter()
        .enumerate()
        .map(|(i, (_, value_start, field, label))| {
            let value = match labels.get(i + 1) {
                Some(next) => text[*value_start..next.0].trim().trim_end_matches([';', ',', '|']).trim(),
                None => text[*value_start..].trim(),
            };
            (*field, *label, value)
        })
        .collect();
    (head.trim().trim_end_matches([';', ',', '|']).trim_end(), fields)
}

/// Whether `text` names a field ("Lugar", "fecha"), as a label before a colon does.
pub(super) fn is_label(text: &str) -> bool {
    field_named(text).is_some()
}

/// Whether a line starting with `text` would be read as structure: a number, an area or activity
/// named by a word, a label with or without its colon. In the background and the purpose
/// (`in_text`) only an area's or activity's number does, or a section's that names one.
pub(super) fn opens_structure(text: &str, in_text: bool) -> bool {
    if in_text {
        return leading_number(text).is_some_and(|(number, rest)| {
            number.segments().len() > 1 || section_kind(rest) != Section::Other
        });
    }
    let first_word = text.split_whitespace().next().unwrap_or_default();
    leading_number(text).is_some()
        || named_number(text).is_some()
        || label(text).is_some()
        || field_named(first_word).is_some()
}

/// "Responsable: Perú": a label this importer does not know, which starts something new rather
/// than continuing the line before.
fn looks_labelled(text: &str) -> bool {
    text.split_once(':').is_some_and(|(label, _)| {
        label.starts_with(char::is_uppercase)
            && label.split_whitespace().count() <= 3
            && !label.contains(char::is_numeric)
    })
}

/// The field a label names, in any case, with or without accents.
fn field_named(label: &str) -> Option<Field> {
    let folded = fold(label.trim());
    LABELS.iter().find(|(_, names)| names.contains(&folded.as_str())).map(|(field, _)| *field)
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
    fn reads_areas_and_activities_named_by_a_word() {
        let named =
            |text: &str| named_number(text).map(|(kind, n, rest)| (kind, n.to_string(), rest.to_owned()));
        assert_eq!(named("Área 2: Datos abiertos"), Some((Named::Area, "2".into(), "Datos abiertos".into())));
        assert_eq!(
            named("EJE 3 - Gobierno digital"),
            Some((Named::Area, "3".into(), "Gobierno digital".into()))
        );
        assert_eq!(named("Línea de acción 3.1) Datos"), Some((Named::Area, "3.1".into(), "Datos".into())));
        assert_eq!(named("Actividad 1.3 – Taller"), Some((Named::Activity, "1.3".into(), "Taller".into())));
        assert_eq!(named("Actividad 4"), Some((Named::Activity, "4".into(), String::new())));
        for not_named in
            ["Área 2022 en cifras", "Áreas 2 y 3", "Actividad sin número", "El área 2: x", "Actividad 2a"]
        {
            assert_eq!(named(not_named), None, "{not_named}");
        }
        let text = "Plan de Trabajo 2024\n\nÁrea 1: Datos abiertos\n\nActividad 1: Taller\nLugar: Lima\n\n\
                    Actividad 2: Foro\n\nÁrea 2 - Ciberseguridad\n\nActividad 2.1: Encuesta\n";
        let outline = outline(&lines(text));
        let numbers: Vec<_> = outline
            .areas
            .iter()
            .flat_map(|a| {
                std::iter::once(format!("{} {}", a.number, a.name))
                    .chain(a.activities.iter().map(|x| format!("{} {}", x.number, x.title)))
            })
            .collect();
        assert_eq!(
            numbers,
            ["1.1 Datos abiertos", "1.1.1 Taller", "1.1.2 Foro", "1.2 Ciberseguridad", "1.2.1 Encuesta"]
        );
    }

    #[test]
    fn reads_several_fields_on_one_line() {
        let (head, fields) =
            labelled_parts("3.1.1) Taller. Lugar: Virtual. fecha: 2do semestre; RECURSOS: BID", false);
        assert_eq!(head, "3.1.1) Taller.");
        assert_eq!(
            fields,
            [
                (Field::Place, "Lugar", "Virtual."),
                (Field::Schedule, "fecha", "2do semestre"),
                (Field::Resources, "RECURSOS", "BID")
            ]
        );
        let (head, fields) = labelled_parts("Fecha marzo 2024. Lugar: Lima", true);
        assert_eq!(head, "");
        assert_eq!(fields, [(Field::Schedule, "Fecha", "marzo 2024."), (Field::Place, "Lugar", "Lima")]);
        assert!(labelled_parts("Fecha marzo 2024", false).1.is_empty(), "no colon, and not allowed bare");
        assert!(labelled_parts("Hora: 10:30. Abrelatam – Condatos: apoyo", true).1.is_empty());
    }

    #[test]
    fn reads_fields_written_as_other_plans_write_them() {
        let text = "Plan 2024\n\n3.1) Datos\n\n3.1.1) Taller regional. Lugar: Virtual. Fecha: segundo semestre 2024. \
                    Recursos: propios.\n\n3.1.2) Foro\n\nlugar Lima\nfecha marzo 2024\n\nrecursos - BID\n";
        let outline = outline(&lines(text));
        let activities = &outline.areas[0].activities;
        assert_eq!(activities[0].title, "Taller regional.");
        let fields = |i: usize| -> Vec<(Field, String)> {
            activities[i].fields.iter().map(|f| (f.field, f.value.clone())).collect()
        };
        assert_eq!(
            fields(0),
            [
                (Field::Place, "Virtual.".into()),
                (Field::Schedule, "segundo semestre 2024.".into()),
                (Field::Resources, "propios.".into())
            ]
        );
        assert_eq!(
            fields(1),
            [
                (Field::Place, "Lima".into()),
                (Field::Schedule, "marzo 2024".into()),
                (Field::Resources, "BID".into())
            ]
        );
        assert_eq!(activities[1].title, "Foro");
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
