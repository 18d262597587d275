//! Turning one parsed TOML file into the model, reporting every problem on the way.
//!
//! The document is walked by hand rather than through serde so that decoding goes on past the
//! first problem and every value keeps its exact span: a file with three mistakes gets three
//! located diagnostics in one run.

use std::sync::Arc;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Check, Diagnostic, Expected, Place, Problem};
use crate::model::{
    Activity, ActivitySpans, Allowance, Approval, Area, AreaSpans, Cancellation, Committee, PlanInfo, Record,
};
use crate::number::Number;
use crate::schedule::{Frequency, Schedule, ScheduleError};
use crate::source::{FileId, Span};

pub use crate::diagnostic::SUPPORTED_SCHEMAS;

pub(crate) const PLAN_KEYS: &[&str] =
    &["schema", "organisation", "title", "year", "background", "purpose", "approval", "committee"];
pub(crate) const APPROVAL_KEYS: &[&str] = &["by", "on"];
pub(crate) const COMMITTEE_KEYS: &[&str] = &["name", "members", "chair"];
pub(crate) const AREA_KEYS: &[&str] = &["schema", "number", "name", "objective", "activity"];
pub(crate) const ACTIVITY_KEYS: &[&str] =
    &["number", "title", "place", "schedule", "every", "target", "resources", "done", "cancelled", "allow"];
pub(crate) const RECORD_KEYS: &[&str] = &["on", "note"];
pub(crate) const CANCELLATION_KEYS: &[&str] = &["on", "reason"];

/// Keys as a Spanish speaker may write them, folded, for "did you mean": `lugar` is `place`.
const SPANISH_KEYS: &[(&str, &str)] = &[
    ("numero", "number"),
    ("titulo", "title"),
    ("lugar", "place"),
    ("fecha", "schedule"),
    ("cuando", "schedule"),
    ("frecuencia", "every"),
    ("cada", "every"),
    ("meta", "target"),
    ("veces", "target"),
    ("recursos", "resources"),
    ("realizada", "done"),
    ("realizado", "done"),
    ("hecha", "done"),
    ("cancelada", "cancelled"),
    ("cancelado", "cancelled"),
    ("permitir", "allow"),
    ("nombre", "name"),
    ("objetivo", "objective"),
    ("actividad", "activity"),
    ("organizacion", "organisation"),
    ("ano", "year"),
    ("anio", "year"),
    ("antecedentes", "background"),
    ("finalidad", "purpose"),
    ("aprobacion", "approval"),
    ("comite", "committee"),
    ("miembros", "members"),
    ("presidencia", "chair"),
    ("nota", "note"),
    ("motivo", "reason"),
    ("razon", "reason"),
];

/// Frequencies in the document's Spanish: `trimestral` is `quarter`.
const SPANISH_FREQUENCIES: &[(&str, &str)] =
    &[("mensual", "month"), ("trimestral", "quarter"), ("semestral", "semester")];

/// The key or code a Spanish word stands for, ignoring case and accents.
fn spanish(word: &str, table: &[(&str, &'static str)]) -> Option<&'static str> {
    let folded = crate::text::fold(word.trim());
    table.iter().find(|(spanish, _)| *spanish == folded).map(|(_, code)| *code)
}

/// The schedule code a document's date phrase names plainly, with its year, as `import` reads
/// it: `2do semestre 2022` is `2022-S2`, `A definir` is `to-be-defined`. A phrase that needs the
/// plan's year, or also says a frequency or a count, is not a code alone: no suggestion.
fn schedule_from_phrase(text: &str) -> Option<String> {
    let when = crate::import::dates::when(text, 0)?;
    let dated_year = when.schedule.period().map(|period| period.year());
    let plain = !when.year_assumed && when.every.is_none() && when.target.is_none() && dated_year != Some(0);
    plain.then(|| when.schedule.to_string())
}

/// Reads one file's values, collecting a diagnostic for each problem.
pub struct Decoder<'d> {
    file: FileId,
    diagnostics: &'d mut Vec<Diagnostic>,
    /// The activity being read, to attribute its problems.
    activity: Option<String>,
    /// Texts read so far that activities share (places, resources).
    texts: FxHashMap<String, Arc<str>>,
}

type Value<'i> = Spanned<DeValue<'i>>;

/// A TOML table with the span it covers.
#[derive(Clone)]
pub struct Table<'t, 'i> {
    pub fields: &'t DeTable<'i>,
    pub span: Span,
}

impl<'t, 'i> Table<'t, 'i> {
    /// The whole document.
    pub fn root(document: &'t Spanned<DeTable<'i>>) -> Self {
        Table { fields: document.get_ref(), span: document.span() }
    }

    fn of(value: &'t Value<'i>) -> Option<Self> {
        match value.get_ref() {
            DeValue::Table(fields) => Some(Table { fields, span: value.span() }),
            _ => None,
        }
    }

    /// The start of the table: missing keys are reported there, not over the whole table.
    fn head(&self) -> Option<Span> {
        Some(self.span.start..self.span.start)
    }
}

impl<'d> Decoder<'d> {
    pub fn new(file: FileId, diagnostics: &'d mut Vec<Diagnostic>) -> Self {
        Decoder { file, diagnostics, activity: None, texts: FxHashMap::default() }
    }

    fn report(&mut self, span: Option<Span>, problem: Problem) {
        let diagnostic = Diagnostic::error(self.file, span, problem).for_activity(self.activity.clone());
        self.diagnostics.push(diagnostic);
    }

    /// Checks the `schema` key; false when the rest of the file cannot be trusted to mean what
    /// this build thinks it means.
    pub fn schema(&mut self, root: &Table<'_, '_>) -> bool {
        let Some(value) = root.fields.get("schema") else {
            self.report(Some(0..0), Problem::MissingSchema);
            return false;
        };
        let supported = match value.get_ref() {
            DeValue::Integer(int) => int_value(int).is_some_and(|v| SUPPORTED_SCHEMAS.contains(&v)),
            _ => false,
        };
        if !supported {
            let found = display_value(value.get_ref());
            self.report(Some(value.span()), Problem::UnsupportedSchema { found });
        }
        supported
    }

    pub fn plan_info(&mut self, root: &Table<'_, '_>) -> PlanInfo {
        let table = root.fields;
        self.unknown_keys(table, Place::PlanFile, PLAN_KEYS);
        let whole = root.head();
        PlanInfo {
            organisation: self.required_text(table, "organisation", Place::PlanFile, whole.clone()),
            title: self.required_text(table, "title", Place::PlanFile, whole.clone()),
            year: self.year(table, whole),
            background: self.text(table, "background").unwrap_or_default(),
            purpose: self.text(table, "purpose").unwrap_or_default(),
            approval: self.sub_table(table, "approval").map(|t| self.approval(&t)),
            committee: self.sub_table(table, "committee").map(|t| self.committee(&t)),
        }
    }

    fn year(&mut self, table: &DeTable<'_>, whole: Option<Span>) -> i32 {
        let Some((year, span)) = self.integer(table, "year") else {
            if !table.contains_key("year") {
                self.report(whole, Problem::MissingKey { key: "year", place: Place::PlanFile });
            }
            return 0;
        };
        match i32::try_from(year) {
            Ok(year) if (1000..=9999).contains(&year) => year,
            _ => {
                self.report(Some(span), Problem::OutOfRange { key: "year", value: year.to_string() });
                0
            }
        }
    }

    fn approval(&mut self, table: &Table<'_, '_>) -> Approval {
        let span = table.head();
        let table = table.fields;
        self.unknown_keys(table, Place::Approval, APPROVAL_KEYS);
        let by = self.required_text(table, "by", Place::Approval, span.clone());
        let on = self.required_date(table, "on", Place::Approval, span).unwrap_or_default();
        Approval { by, on }
    }

    fn committee(&mut self, table: &Table<'_, '_>) -> Committee {
        let span = table.head();
        let table = table.fields;
        self.unknown_keys(table, Place::Committee, COMMITTEE_KEYS);
        Committee {
            name: self.required_text(table, "name", Place::Committee, span),
            members: self.text_list(table, "members"),
            chair: self.text(table, "chair"),
        }
    }

    /// An area file: its number, name, objective and activities. `None` when it has no usable
    /// area number, since nothing else can be placed without one.
    pub fn area(&mut self, root: &Table<'_, '_>) -> Option<Area> {
        let table = root.fields;
        self.unknown_keys(table, Place::AreaFile, AREA_KEYS);
        let whole = root.head();
        let number = self.area_number(table, whole.clone());
        if !table.contains_key("name") {
            self.report(whole, Problem::MissingKey { key: "name", place: Place::AreaFile });
        }
        let name = self.spanned_text(table, "name");
        let objective = self.text(table, "objective").unwrap_or_default();
        let activities =
            self.tables(table, "activity").into_iter().map(|activity| self.activity(&activity)).collect();
        let (number, number_span) = number?;
        Some(Area {
            number,
            spans: AreaSpans { number: Some(number_span), name: name.as_ref().map(|(_, span)| span.clone()) },
            name: name.map(|(text, _)| text).unwrap_or_default(),
            objective,
            activities,
            file: self.file,
        })
    }

    fn area_number(&mut self, table: &DeTable<'_>, whole: Option<Span>) -> Option<(Number, Span)> {
        let Some((text, span)) = self.spanned_text(table, "number") else {
            if !table.contains_key("number") {
                self.report(whole, Problem::MissingKey { key: "number", place: Place::AreaFile });
            }
            return None;
        };
        let number = self.number(&text, span.clone())?;
        if number.segments().len() != 2 {
            self.report(Some(span), Problem::NotAnAreaNumber { value: text });
            return None;
        }
        Some((number, span))
    }

    fn number(&mut self, text: &str, span: Span) -> Option<Number> {
        match text.parse::<Number>() {
            Ok(number) => Some(number),
            Err(_) => {
                self.report(Some(span), Problem::BadNumber { value: text.to_owned() });
                None
            }
        }
    }

    /// The `[[activity]]` tables of a piece of an area file, without the area around them: how an
    /// edit of one activity is checked without reading the whole file again.
    pub fn activities(&mut self, root: &Table<'_, '_>) -> Vec<Activity> {
        self.tables(root.fields, "activity").into_iter().map(|activity| self.activity(&activity)).collect()
    }

    fn activity(&mut self, value: &Table<'_, '_>) -> Activity {
        let table = value.fields;
        let whole = value.head();
        let number_value = self.spanned_text(table, "number");
        self.activity = number_value.as_ref().map(|(text, _)| text.clone());
        self.unknown_keys(table, Place::Activity, ACTIVITY_KEYS);
        let number = match &number_value {
            Some((text, span)) => self.number(text, span.clone()),
            None => {
                if !table.contains_key("number") {
                    self.report(whole.clone(), Problem::MissingKey { key: "number", place: Place::Activity });
                }
                None
            }
        };
        let title = self.spanned_text(table, "title");
        if title.is_none() && !table.contains_key("title") {
            self.report(whole, Problem::MissingKey { key: "title", place: Place::Activity });
        }
        let schedule = self.schedule(table);
        let target = self.target(table);
        let cancelled = self.sub_table(table, "cancelled").map(|t| (self.cancellation(&t), t.span.clone()));
        let activity = Activity {
            number,
            place: self.shared_text(table, "place"),
            every: self.frequency(table),
            resources: self.shared_text(table, "resources"),
            done: self.records(table),
            spans: ActivitySpans {
                table: value.span.clone(),
                number: number_value.map(|(_, span)| span),
                title: title.as_ref().map(|(_, span)| span.clone()),
                // Where the schedule is written, even when it could not be read.
                schedule: table.get("schedule").map(|value| value.span()),
                target: target.as_ref().map(|(_, span)| span.clone()),
                cancelled: cancelled.as_ref().map(|(_, span)| span.clone()),
            },
            title: title.map(|(text, _)| text).unwrap_or_default(),
            schedule: schedule.map(|(schedule, _)| schedule),
            target: target.map(|(target, _)| target),
            cancelled: cancelled.map(|(cancellation, _)| cancellation),
            allow: self.allowances(table),
        };
        self.activity = None;
        activity
    }

    fn schedule(&mut self, table: &DeTable<'_>) -> Option<(Schedule, Span)> {
        let value = table.get("schedule")?;
        let span = value.span();
        // A bare TOML date (`schedule = 2022-03-15`) is accepted as the day it names.
        if let DeValue::Datetime(datetime) = value.get_ref() {
            let day = self.date_of(datetime, "schedule", span.clone())?;
            return Some((Schedule::Dated(crate::schedule::Period::Day(day)), span));
        }
        let (code, span) = self.spanned_text(table, "schedule")?;
        match code.parse::<Schedule>() {
            Ok(schedule) => Some((schedule, span)),
            Err(ScheduleError::Unrecognised) => {
                let suggestion = schedule_from_phrase(&code);
                self.report(Some(span), Problem::BadSchedule { value: code, suggestion });
                None
            }
            Err(ScheduleError::ImpossibleDate) => {
                self.report(Some(span), Problem::ImpossibleSchedule { value: code });
                None
            }
        }
    }

    fn frequency(&mut self, table: &DeTable<'_>) -> Option<Frequency> {
        let (code, span) = self.spanned_text(table, "every")?;
        match code.parse() {
            Ok(frequency) => Some(frequency),
            Err(()) => {
                let suggestion = spanish(&code, SPANISH_FREQUENCIES)
                    .or_else(|| crate::text::closest(&code, Frequency::NAMES.iter().copied()));
                self.report(Some(span), Problem::BadFrequency { value: code, suggestion });
                None
            }
        }
    }

    fn target(&mut self, table: &DeTable<'_>) -> Option<(u32, Span)> {
        let (value, span) = self.integer(table, "target")?;
        match u32::try_from(value) {
            Ok(target) if target >= 1 => Some((target, span)),
            _ => {
                self.report(Some(span), Problem::OutOfRange { key: "target", value: value.to_string() });
                None
            }
        }
    }

    fn records(&mut self, table: &DeTable<'_>) -> Vec<Record> {
        self.tables(table, "done")
            .into_iter()
            .filter_map(|record| {
                let span = record.span.clone();
                let fields = record.fields;
                self.unknown_keys(fields, Place::Record, RECORD_KEYS);
                let on = self.required_date(fields, "on", Place::Record, record.head());
                let note = self.text(fields, "note");
                Some(Record { on: on?, note, span })
            })
            .collect()
    }

    fn cancellation(&mut self, table: &Table<'_, '_>) -> Cancellation {
        let span = table.head();
        let fields = table.fields;
        self.unknown_keys(fields, Place::Cancellation, CANCELLATION_KEYS);
        let on = self.required_date(fields, "on", Place::Cancellation, span.clone()).unwrap_or_default();
        let reason = self.required_text(fields, "reason", Place::Cancellation, span);
        Cancellation { on, reason }
    }

    /// The checks an activity allows: each must name a check whose warnings may be allowed.
    fn allowances(&mut self, table: &DeTable<'_>) -> Vec<Allowance> {
        let Some(value) = table.get("allow") else { return Vec::new() };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type("allow", value, Expected::ListOfText);
            return Vec::new();
        };
        items.iter().filter_map(|item| self.allowance(item)).collect()
    }

    fn allowance(&mut self, item: &Value<'_>) -> Option<Allowance> {
        let DeValue::String(name) = item.get_ref() else {
            self.wrong_type("allow", item, Expected::ListOfText);
            return None;
        };
        let span = item.span();
        match Check::from_name(name) {
            Some(check) if check.can_be_allowed() => Some(Allowance { check, span }),
            Some(_) => {
                self.report(Some(span), Problem::NotAllowable { name: name.to_string() });
                None
            }
            None => {
                let allowable = Check::ALL.into_iter().filter(|c| c.can_be_allowed()).map(Check::name);
                let suggestion = crate::text::closest(name, allowable);
                self.report(Some(span), Problem::UnknownCheck { name: name.to_string(), suggestion });
                None
            }
        }
    }

    // --- typed access to keys ------------------------------------------------------------

    /// Reports every key that the format does not define, with the nearest known key.
    fn unknown_keys(&mut self, table: &DeTable<'_>, place: Place, known: &'static [&'static str]) {
        let mut unknown: Vec<_> =
            table.iter().filter(|(key, _)| !known.contains(&key.get_ref().as_ref())).collect();
        unknown.sort_by_key(|(key, _)| key.span().start);
        for (key, _) in unknown {
            let name = key.get_ref().to_string();
            let suggestion = spanish(&name, SPANISH_KEYS)
                .filter(|key| known.contains(key))
                .or_else(|| crate::text::closest(&name, known.iter().copied()));
            self.report(Some(key.span()), Problem::UnknownKey { key: name, place, suggestion });
        }
    }

    fn wrong_type(&mut self, key: &str, value: &Value<'_>, expected: Expected) {
        let problem = Problem::WrongType { key: key.to_owned(), expected, found: value.get_ref().type_str() };
        self.report(Some(value.span()), problem);
    }

    fn spanned_text(&mut self, table: &DeTable<'_>, key: &str) -> Option<(String, Span)> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::String(text) => Some((text.to_string(), value.span())),
            _ => {
                self.wrong_type(key, value, Expected::Text);
                None
            }
        }
    }

    /// A text that many activities repeat, stored once per file.
    fn shared_text(&mut self, table: &DeTable<'_>, key: &str) -> Option<Arc<str>> {
        let (text, _) = self.spanned_text(table, key)?;
        if let Some(shared) = self.texts.get(text.as_str()) {
            return Some(Arc::clone(shared));
        }
        let shared: Arc<str> = Arc::from(text.as_str());
        self.texts.insert(text, Arc::clone(&shared));
        Some(shared)
    }

    fn text(&mut self, table: &DeTable<'_>, key: &str) -> Option<String> {
        self.spanned_text(table, key).map(|(text, _)| text)
    }

    fn required_text(
        &mut self,
        table: &DeTable<'_>,
        key: &'static str,
        place: Place,
        whole: Option<Span>,
    ) -> String {
        if !table.contains_key(key) {
            self.report(whole, Problem::MissingKey { key, place });
        }
        self.text(table, key).unwrap_or_default()
    }

    fn text_list(&mut self, table: &DeTable<'_>, key: &str) -> Vec<String> {
        let Some(value) = table.get(key) else { return Vec::new() };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, value, Expected::ListOfText);
            return Vec::new();
        };
        let mut texts = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(text) => texts.push(text.to_string()),
                _ => self.wrong_type(key, item, Expected::ListOfText),
            }
        }
        texts
    }

    fn integer(&mut self, table: &DeTable<'_>, key: &'static str) -> Option<(i64, Span)> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::Integer(int) => match int_value(int) {
                Some(number) => Some((number, value.span())),
                None => {
                    self.report(Some(value.span()), Problem::OutOfRange { key, value: int.to_string() });
                    None
                }
            },
            _ => {
                self.wrong_type(key, value, Expected::Integer);
                None
            }
        }
    }

    fn required_date(
        &mut self,
        table: &DeTable<'_>,
        key: &'static str,
        place: Place,
        whole: Option<Span>,
    ) -> Option<NaiveDate> {
        let Some(value) = table.get(key) else {
            self.report(whole, Problem::MissingKey { key, place });
            return None;
        };
        match value.get_ref() {
            DeValue::Datetime(datetime) => self.date_of(datetime, key, value.span()),
            _ => {
                self.wrong_type(key, value, Expected::Date);
                None
            }
        }
    }

    /// The calendar date of a TOML date; a time or offset is a mistake in a plan.
    fn date_of(&mut self, datetime: &toml::value::Datetime, key: &str, span: Span) -> Option<NaiveDate> {
        let date = match (datetime.date, datetime.time, datetime.offset) {
            (Some(date), None, None) => {
                NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
            }
            _ => None,
        };
        if date.is_none() {
            self.report(Some(span), Problem::NotADate { key: key.to_owned() });
        }
        date
    }

    fn sub_table<'t, 'i>(&mut self, table: &'t DeTable<'i>, key: &str) -> Option<Table<'t, 'i>> {
        let value = table.get(key)?;
        let table = Table::of(value);
        if table.is_none() {
            self.wrong_type(key, value, Expected::Table);
        }
        table
    }

    /// The tables of an array of tables (`[[activity]]`, or `done = [{ … }, …]`).
    fn tables<'t, 'i>(&mut self, table: &'t DeTable<'i>, key: &str) -> Vec<Table<'t, 'i>> {
        let Some(value) = table.get(key) else { return Vec::new() };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, value, Expected::ListOfTables);
            return Vec::new();
        };
        let mut tables = Vec::new();
        for item in items.iter() {
            match Table::of(item) {
                Some(table) => tables.push(table),
                None => self.wrong_type(key, item, Expected::ListOfTables),
            }
        }
        tables
    }
}

/// The value of a TOML integer, if it fits in 64 bits.
fn int_value(int: &toml::de::DeInteger<'_>) -> Option<i64> {
    i64::from_str_radix(int.as_str(), int.radix()).ok()
}

/// A short rendering of a value for messages (`2`, `"1"`, `a table`).
fn display_value(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(text) => format!("\"{text}\""),
        DeValue::Integer(int) => int.to_string(),
        DeValue::Float(float) => float.to_string(),
        DeValue::Boolean(flag) => flag.to_string(),
        DeValue::Datetime(datetime) => datetime.to_string(),
        DeValue::Array(_) | DeValue::Table(_) => value.type_str().to_owned(),
    }
}

#[cfg(test)]
mod suggestion_tests {
    use super::*;

    #[test]
    fn date_phrases_suggest_the_code_they_name_when_it_says_all() {
        assert_eq!(schedule_from_phrase("2do semestre 2022").as_deref(), Some("2022-S2"));
        assert_eq!(schedule_from_phrase("1er semestre 2022.").as_deref(), Some("2022-S1"));
        assert_eq!(schedule_from_phrase("A definir").as_deref(), Some("to-be-defined"));
        for vague in ["2do semestre", "Anual", "Trimestral (4 al año)", "cuando haya fondos", ""] {
            assert_eq!(schedule_from_phrase(vague), None, "{vague}");
        }
    }

    #[test]
    fn spanish_keys_and_frequencies_ignore_case_and_accents() {
        assert_eq!(spanish("Lugar", SPANISH_KEYS), Some("place"));
        assert_eq!(spanish("título", SPANISH_KEYS), Some("title"));
        assert_eq!(spanish("TRIMESTRAL", SPANISH_FREQUENCIES), Some("quarter"));
        assert_eq!(spanish("weekly", SPANISH_FREQUENCIES), None);
    }
}
