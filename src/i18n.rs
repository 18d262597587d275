//! Every word the CLI says to people, in English and Spanish.
//!
//! A compiled catalogue: each message is a variant, and each language's text is an arm of an
//! exhaustive `match`, so a message missing in one language does not compile. Machine formats
//! (JSON, CSV codes, GitHub annotations' titles) use stable English codes, not these words.

use chrono::{Datelike, NaiveDate};

use crate::diagnostic::{Expected, Place, Problem};
use crate::model::Status;
use crate::schedule::{Frequency, Period, Schedule};

/// A language the CLI speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// The language named by a locale such as `es_AR.UTF-8`: Spanish for `es*`, else English.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("es") { Lang::Es } else { Lang::En }
    }

    /// The language of the environment: `WORKPLAN_LANG`, then `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// (the first that is set and not empty), as POSIX programs choose theirs.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["WORKPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| var(name).filter(|value| !value.is_empty()))
            .map_or(Lang::En, |locale| Lang::from_locale(&locale))
    }
}

/// Fixed words: table headers and labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Number,
    Title,
    Schedule,
    Place,
    Resources,
    Status,
    Area,
    Name,
    Objective,
    Activities,
    Done,
    Progress,
    Record,
    Cancelled,
    Note,
    // reports
    Total,
    InProgress,
    Pending,
    Overdue,
    /// "Cancelled" as a column of counts ("Canceladas"), where [`Label::Cancelled`] is one
    /// activity's ("Cancelada").
    CancelledCount,
    Period,
    NoDateYet,
    OtherYears,
    Timeline,
    ProgressByArea,
    ProgressByPeriod,
    /// One activity that is late, as a status: "overdue", "atrasada".
    OverdueStatus,
    /// A legend's word for a period still ahead: "planned".
    Planned,
    Today,
    Earlier,
    Later,
}

/// Messages with values in them.
#[derive(Clone, Copy, Debug)]
pub enum Msg<'a> {
    NoPlanFound { start: &'a str },
    CannotOpenDir { dir: &'a str },
    NotADir { dir: &'a str },
    NoPlanFile { dir: &'a str },
    PlanHasErrors { count: usize },
    UnknownActivity { number: &'a str, nearest: &'a str },
    NotAnActivityNumber { value: &'a str },
    NoActivities,
    BadSemester { value: &'a str },
    BadToday { value: &'a str },
    // reports
    BadHorizon { value: &'a str },
    AsOf { title: &'a str, organisation: &'a str, date: &'a str },
    SummaryNote,
    ReportFooter { version: &'a str, date: &'a str },
    Wrote { path: &'a str },
    CalendarWritten { path: &'a str, events: usize },
    LeftOut { count: usize, numbers: &'a str },
    CannotWrite { path: &'a str },
}

impl Lang {
    pub fn label(self, label: Label) -> &'static str {
        use Label::*;
        match (self, label) {
            (Lang::En, Number) => "Number",
            (Lang::Es, Number) => "Número",
            (Lang::En, Title) => "Title",
            (Lang::Es, Title) => "Título",
            (Lang::En, Schedule) => "When",
            (Lang::Es, Schedule) => "Fecha",
            (Lang::En, Place) => "Place",
            (Lang::Es, Place) => "Lugar",
            (Lang::En, Resources) => "Resources",
            (Lang::Es, Resources) => "Recursos",
            (Lang::En, Status) => "Status",
            (Lang::Es, Status) => "Estado",
            (Lang::En, Area) => "Area",
            (Lang::Es, Area) => "Área",
            (Lang::En, Name) => "Name",
            (Lang::Es, Name) => "Nombre",
            (Lang::En, Objective) => "Objective",
            (Lang::Es, Objective) => "Objetivo",
            (Lang::En, Activities) => "Activities",
            (Lang::Es, Activities) => "Actividades",
            (Lang::En, Done) => "Done",
            (Lang::Es, Done) => "Realizadas",
            (Lang::En, Progress) => "Progress",
            (Lang::Es, Progress) => "Avance",
            (Lang::En, Record) => "Carried out",
            (Lang::Es, Record) => "Realizada",
            (Lang::En, Cancelled) => "Cancelled",
            (Lang::Es, Cancelled) => "Cancelada",
            (Lang::En, Note) => "Note",
            (Lang::Es, Note) => "Nota",
            // reports
            (Lang::En, Total) => "Total",
            (Lang::Es, Total) => "Total",
            (Lang::En, InProgress) => "In progress",
            (Lang::Es, InProgress) => "En curso",
            (Lang::En, Pending) => "Pending",
            (Lang::Es, Pending) => "Pendientes",
            (Lang::En, Overdue) => "Overdue",
            (Lang::Es, Overdue) => "Atrasadas",
            (Lang::En, CancelledCount) => "Cancelled",
            (Lang::Es, CancelledCount) => "Canceladas",
            (Lang::En, Period) => "Period",
            (Lang::Es, Period) => "Período",
            (Lang::En, NoDateYet) => "No date yet",
            (Lang::Es, NoDateYet) => "Sin fecha",
            (Lang::En, OtherYears) => "Other years",
            (Lang::Es, OtherYears) => "Otros años",
            (Lang::En, Timeline) => "Timeline",
            (Lang::Es, Timeline) => "Cronograma",
            (Lang::En, ProgressByArea) => "Progress by area",
            (Lang::Es, ProgressByArea) => "Avance por área",
            (Lang::En, ProgressByPeriod) => "Progress by period",
            (Lang::Es, ProgressByPeriod) => "Avance por período",
            (Lang::En, OverdueStatus) => "overdue",
            (Lang::Es, OverdueStatus) => "atrasada",
            (Lang::En, Planned) => "planned",
            (Lang::Es, Planned) => "prevista",
            (Lang::En, Today) => "today",
            (Lang::Es, Today) => "hoy",
            (Lang::En, Earlier) => "earlier",
            (Lang::Es, Earlier) => "antes",
            (Lang::En, Later) => "later",
            (Lang::Es, Later) => "después",
        }
    }

    pub fn text(self, msg: Msg<'_>) -> String {
        use Msg::*;
        match (self, msg) {
            (Lang::En, NoPlanFound { start }) => format!(
                "no plan found: no `plan/plan.toml` in `{start}` or any directory above it; \
                 pass `--plan DIR` or set WORKPLAN_DIR"
            ),
            (Lang::Es, NoPlanFound { start }) => format!(
                "no se encontró el plan: no hay `plan/plan.toml` en `{start}` ni en los directorios \
                 superiores; indique `--plan DIR` o defina WORKPLAN_DIR"
            ),
            (Lang::En, CannotOpenDir { dir }) => format!("cannot open the plan directory `{dir}`"),
            (Lang::Es, CannotOpenDir { dir }) => format!("no se puede abrir el directorio del plan `{dir}`"),
            (Lang::En, NotADir { dir }) => format!("`{dir}` is a file, not a plan directory"),
            (Lang::Es, NotADir { dir }) => format!("`{dir}` es un archivo, no un directorio de plan"),
            (Lang::En, NoPlanFile { dir }) => {
                format!("`{dir}` has no `plan.toml`: is it a plan directory? (see docs/format.md)")
            }
            (Lang::Es, NoPlanFile { dir }) => {
                format!("`{dir}` no tiene `plan.toml`: ¿es un directorio de plan? (ver docs/format.md)")
            }
            (Lang::En, PlanHasErrors { count }) => {
                format!("the plan could not be read: {count} {}", plural(count, "error", "errors"))
            }
            (Lang::Es, PlanHasErrors { count }) => {
                format!("no se pudo leer el plan: {count} {}", plural(count, "error", "errores"))
            }
            (Lang::En, UnknownActivity { number, nearest }) => {
                format!("there is no activity `{number}` in the plan; nearest: {nearest}")
            }
            (Lang::Es, UnknownActivity { number, nearest }) => {
                format!("no hay ninguna actividad `{number}` en el plan; las más cercanas: {nearest}")
            }
            (Lang::En, NotAnActivityNumber { value }) => {
                format!("`{value}` is not an activity number: write it as in the plan, such as 3.1.2")
            }
            (Lang::Es, NotAnActivityNumber { value }) => {
                format!(
                    "`{value}` no es un número de actividad: escríbalo como en el plan, por ejemplo 3.1.2"
                )
            }
            (Lang::En, NoActivities) => "the plan has no activities".into(),
            (Lang::Es, NoActivities) => "el plan no tiene actividades".into(),
            (Lang::En, BadSemester { value }) => {
                format!("`{value}` is not a semester: write 1, 2 or a year and semester such as 2022-S1")
            }
            (Lang::Es, BadSemester { value }) => {
                format!("`{value}` no es un semestre: escriba 1, 2 o un año y semestre como 2022-S1")
            }
            (Lang::En, BadToday { value }) => format!("`{value}` is not a date: write it as YYYY-MM-DD"),
            (Lang::Es, BadToday { value }) => format!("`{value}` no es una fecha: escríbala como AAAA-MM-DD"),
            // reports
            (Lang::En, BadHorizon { value }) => format!(
                "`{value}` is not a time span: write a number of days (30 or 30d), weeks (2w) or months (3m)"
            ),
            (Lang::Es, BadHorizon { value }) => format!(
                "`{value}` no es un plazo: escriba un número de días (30 o 30d), semanas (2w) o meses (3m)"
            ),
            (Lang::En, AsOf { title, organisation, date }) => format!("{title} — {organisation}, as of {date}"),
            (Lang::Es, AsOf { title, organisation, date }) => format!("{title} — {organisation}, al {date}"),
            (Lang::En, SummaryNote) => "Overdue: pending or in progress after the end of their planned period \
                 (part of those two columns). Progress: each activity not cancelled weighs the same; a \
                 counted one adds the share of its times carried out."
                .into(),
            (Lang::Es, SummaryNote) => "Atrasadas: pendientes o en curso después del fin de su período previsto \
                 (incluidas en esas dos columnas). Avance: cada actividad no cancelada pesa lo mismo; una con \
                 varias realizaciones suma la parte realizada."
                .into(),
            (Lang::En, ReportFooter { version, date }) => format!("Made with workplan {version} on {date}."),
            (Lang::Es, ReportFooter { version, date }) => format!("Generado con workplan {version} el {date}."),
            (Lang::En, Wrote { path }) => format!("wrote `{path}`"),
            (Lang::Es, Wrote { path }) => format!("se escribió `{path}`"),
            (Lang::En, CalendarWritten { path, events }) => {
                format!("wrote {events} {} to `{path}`", plural(events, "event", "events"))
            }
            (Lang::Es, CalendarWritten { path, events }) => {
                format!("se escribieron {events} {} en `{path}`", plural(events, "evento", "eventos"))
            }
            (Lang::En, LeftOut { count, numbers }) => format!(
                "left out {count} {} with no date yet: {numbers}",
                plural(count, "activity", "activities")
            ),
            (Lang::Es, LeftOut { count, numbers }) => format!(
                "se {} {count} {} sin fecha: {numbers}",
                plural(count, "omitió", "omitieron"),
                plural(count, "actividad", "actividades")
            ),
            (Lang::En, CannotWrite { path }) => format!("cannot write `{path}`"),
            (Lang::Es, CannotWrite { path }) => format!("no se puede escribir `{path}`"),
        }
    }

    pub fn status(self, status: Status) -> &'static str {
        match (self, status) {
            (Lang::En, Status::Pending) => "pending",
            (Lang::Es, Status::Pending) => "pendiente",
            (Lang::En, Status::InProgress) => "in progress",
            (Lang::Es, Status::InProgress) => "en curso",
            (Lang::En, Status::Done) => "done",
            (Lang::Es, Status::Done) => "realizada",
            (Lang::En, Status::Cancelled) => "cancelled",
            (Lang::Es, Status::Cancelled) => "cancelada",
        }
    }

    /// A schedule in words, as the plan document writes it: "1er semestre 2022", "Trimestral
    /// (4 al año)".
    pub fn schedule(
        self,
        schedule: Option<Schedule>,
        every: Option<Frequency>,
        target: Option<u32>,
    ) -> String {
        let Some(schedule) = schedule else { return "—".into() };
        let base = match schedule {
            Schedule::ToBeDefined => self.to_be_defined().into(),
            Schedule::AsNeeded => self.as_needed().into(),
            Schedule::Dated(period) => self.period(period),
        };
        match (every, target) {
            (Some(every), Some(times)) => format!("{} ({})", self.frequency(every), self.times_a_year(times)),
            (Some(every), None) => self.frequency(every).into(),
            (None, Some(times)) if schedule.period().is_none() => {
                format!("{base} ({})", self.times_a_year(times))
            }
            (None, _) => base,
        }
    }

    fn to_be_defined(self) -> &'static str {
        match self {
            Lang::En => "To be defined",
            Lang::Es => "A definir",
        }
    }

    fn as_needed(self) -> &'static str {
        match self {
            Lang::En => "As needed",
            Lang::Es => "Según necesidad",
        }
    }

    fn times_a_year(self, times: u32) -> String {
        match self {
            Lang::En => format!("{times} a year"),
            Lang::Es => format!("{times} al año"),
        }
    }

    fn frequency(self, every: Frequency) -> &'static str {
        match (self, every) {
            (Lang::En, Frequency::Month) => "Monthly",
            (Lang::Es, Frequency::Month) => "Mensual",
            (Lang::En, Frequency::Quarter) => "Quarterly",
            (Lang::Es, Frequency::Quarter) => "Trimestral",
            (Lang::En, Frequency::Semester) => "Half-yearly",
            (Lang::Es, Frequency::Semester) => "Semestral",
        }
    }

    pub fn period(self, period: Period) -> String {
        match (self, period) {
            (Lang::En, Period::Year(year)) => format!("Whole year {year}"),
            (Lang::Es, Period::Year(year)) => format!("Anual {year}"),
            (Lang::En, Period::Semester { year, semester }) => {
                format!("{} half {year}", ordinal_en(semester))
            }
            (Lang::Es, Period::Semester { year, semester }) => {
                format!("{} semestre {year}", ordinal_es(semester))
            }
            (Lang::En, Period::Quarter { year, quarter }) => format!("Q{quarter} {year}"),
            (Lang::Es, Period::Quarter { year, quarter }) => {
                format!("{} trimestre {year}", ordinal_es(quarter))
            }
            (_, Period::Month { year, month }) => format!("{} {year}", self.month(month)),
            (_, Period::Day(day)) => self.date(day),
        }
    }

    /// A date in words: "15 March 2022", "15 de marzo de 2022".
    pub fn date(self, day: NaiveDate) -> String {
        let month = self.month(day.month());
        match self {
            Lang::En => format!("{} {month} {}", day.day(), day.year()),
            Lang::Es => format!("{} de {} de {}", day.day(), month.to_lowercase(), day.year()),
        }
    }

    fn month(self, month: u32) -> &'static str {
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        const ES: [&str; 12] = [
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
        let index = (month.clamp(1, 12) - 1) as usize;
        match self {
            Lang::En => EN[index],
            Lang::Es => ES[index],
        }
    }

    /// What a problem means, and what to do about it.
    pub fn problem(self, problem: &Problem) -> (String, Option<String>) {
        match self {
            Lang::En => problem_en(problem),
            Lang::Es => problem_es(problem),
        }
    }

    /// The word for "error" or "warning" before a diagnostic.
    pub fn severity(self, error: bool) -> &'static str {
        match (self, error) {
            (Lang::En, true) => "error",
            (Lang::En, false) => "warning",
            (Lang::Es, true) => "error",
            (Lang::Es, false) => "aviso",
        }
    }

    /// "help" before a hint.
    pub fn help(self) -> &'static str {
        match self {
            Lang::En => "help",
            Lang::Es => "ayuda",
        }
    }
}

// reports
impl Lang {
    /// The language's code for documents: `<html lang="es">`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// A quarter in a column header: "Q3", "T3".
    pub fn quarter_short(self, quarter: u32) -> String {
        match self {
            Lang::En => format!("Q{quarter}"),
            Lang::Es => format!("T{quarter}"),
        }
    }

    /// A month's initial, for narrow columns: "J" (July), "J" (julio).
    pub fn month_initial(self, month: u32) -> String {
        self.month(month).chars().take(1).flat_map(char::to_uppercase).collect()
    }

    /// A month's first three letters, for table headers: "Jul", "jul".
    pub fn month_short(self, month: u32) -> String {
        self.month(month).chars().take(3).collect()
    }
}

fn plural<'w>(count: usize, one: &'w str, many: &'w str) -> &'w str {
    if count == 1 { one } else { many }
}

fn ordinal_en(n: u32) -> &'static str {
    match n {
        1 => "1st",
        2 => "2nd",
        3 => "3rd",
        _ => "4th",
    }
}

fn ordinal_es(n: u32) -> &'static str {
    match n {
        1 => "1er",
        2 => "2do",
        3 => "3er",
        _ => "4to",
    }
}

fn place_en(place: Place) -> &'static str {
    match place {
        Place::PlanFile => "plan.toml",
        Place::Approval => "[approval]",
        Place::Committee => "[committee]",
        Place::AreaFile => "an area file",
        Place::Activity => "an [[activity]]",
        Place::Record => "a `done` record",
        Place::Cancellation => "`cancelled`",
    }
}

fn place_es(place: Place) -> &'static str {
    match place {
        Place::PlanFile => "plan.toml",
        Place::Approval => "[approval]",
        Place::Committee => "[committee]",
        Place::AreaFile => "un archivo de área",
        Place::Activity => "una [[activity]]",
        Place::Record => "un registro `done`",
        Place::Cancellation => "`cancelled`",
    }
}

fn expected_en(expected: Expected) -> &'static str {
    match expected {
        Expected::Text => "a text in quotes",
        Expected::Integer => "a whole number",
        Expected::Date => "a date such as 2022-03-15",
        Expected::Table => "a table",
        Expected::ListOfText => "a list of texts in quotes",
        Expected::ListOfTables => "a list of tables",
    }
}

fn expected_es(expected: Expected) -> &'static str {
    match expected {
        Expected::Text => "un texto entre comillas",
        Expected::Integer => "un número entero",
        Expected::Date => "una fecha como 2022-03-15",
        Expected::Table => "una tabla",
        Expected::ListOfText => "una lista de textos entre comillas",
        Expected::ListOfTables => "una lista de tablas",
    }
}

fn toml_type_es(found: &str) -> &str {
    match found {
        "string" => "texto",
        "integer" => "número entero",
        "float" => "número decimal",
        "boolean" => "booleano",
        "datetime" => "fecha y hora",
        "array" => "lista",
        "table" => "tabla",
        other => other,
    }
}

fn toml_type_en(found: &str) -> &str {
    match found {
        "string" => "text",
        "integer" => "whole number",
        "float" => "decimal number",
        "datetime" => "date-time",
        "array" => "list",
        other => other,
    }
}

const SCHEDULE_FORMS: &str = "2022, 2022-S1, 2022-Q3, 2022-03, 2022-03-15, to-be-defined, as-needed";

fn supported_schemas() -> String {
    let versions: Vec<String> = crate::load::SUPPORTED_SCHEMAS.iter().map(i64::to_string).collect();
    versions.join(", ")
}

fn range_hint_en(key: &str) -> String {
    match key {
        "year" => "write the plan's year with four digits, such as 2022".into(),
        _ => format!("`{key}` counts times: write a whole number from 1 up"),
    }
}

fn range_hint_es(key: &str) -> String {
    match key {
        "year" => "escriba el año del plan con cuatro cifras, como 2022".into(),
        _ => format!("`{key}` cuenta veces: escriba un número entero desde 1"),
    }
}

fn problem_en(problem: &Problem) -> (String, Option<String>) {
    use Problem::*;
    match problem {
        NotUtf8 { offset } => (
            format!("the file is not UTF-8 text (invalid byte at offset {offset})"),
            Some("save the file as UTF-8 in your editor".into()),
        ),
        Unreadable { reason } => (format!("the file cannot be read: {reason}"), None),
        Syntax { message } => (format!("invalid TOML: {message}"), None),
        MissingSchema => (
            "the file does not say its format version".into(),
            Some("add `schema = 1` at the top of the file".into()),
        ),
        UnsupportedSchema { found } => (
            format!(
                "format version {found} is not supported by this workplan (supported: {})",
                supported_schemas()
            ),
            Some("upgrade workplan, or check the `schema` number".into()),
        ),
        UnknownKey { key, place, suggestion } => (
            format!("unknown key `{key}` in {}", place_en(*place)),
            Some(match suggestion {
                Some(known) => format!("did you mean `{known}`?"),
                None => "remove it, or see docs/format.md for the keys this format has".into(),
            }),
        ),
        MissingKey { key, place } => {
            (format!("{} has no `{key}`", place_en(*place)), Some(format!("add `{key} = …`")))
        }
        WrongType { key, expected, found } => {
            (format!("`{key}` must be {}, not a {}", expected_en(*expected), toml_type_en(found)), None)
        }
        OutOfRange { key, value } => (format!("`{key} = {value}` is out of range"), Some(range_hint_en(key))),
        BadNumber { value } => (
            format!("`{value}` is not a valid number"),
            Some("numbers are whole numbers joined by dots, without leading zeros: 3.1.2".into()),
        ),
        BadSchedule { value } => (
            format!("`{value}` is not a schedule this format knows"),
            Some(format!("write one of: {SCHEDULE_FORMS}")),
        ),
        ImpossibleSchedule { value } => (
            format!("`{value}` names a date or period that does not exist"),
            Some("check the day, month, quarter (1-4) or semester (1-2)".into()),
        ),
        BadFrequency { value, suggestion } => (
            format!("`{value}` is not a frequency"),
            Some(match suggestion {
                Some(known) => format!("did you mean `{known}`?"),
                None => "write month, quarter or semester".into(),
            }),
        ),
        NotADate { key } => (
            format!("`{key}` must be a date alone"),
            Some("write it as YYYY-MM-DD, without a time or time zone, e.g. 2022-03-15".into()),
        ),
        DuplicateArea { number, first_file } => (
            format!("area {number} is already described in `{first_file}`"),
            Some("each area has exactly one file: merge the two or renumber one".into()),
        ),
        NotAnAreaNumber { value } => (
            format!("`{value}` is not an area number"),
            Some("area numbers have two parts, such as 3.1".into()),
        ),
    }
}

fn problem_es(problem: &Problem) -> (String, Option<String>) {
    use Problem::*;
    match problem {
        NotUtf8 { offset } => (
            format!("el archivo no es texto UTF-8 (byte no válido en la posición {offset})"),
            Some("guarde el archivo como UTF-8 en su editor".into()),
        ),
        Unreadable { reason } => (format!("no se puede leer el archivo: {reason}"), None),
        Syntax { message } => (format!("TOML no válido: {message}"), None),
        MissingSchema => (
            "el archivo no indica la versión de su formato".into(),
            Some("agregue `schema = 1` al comienzo del archivo".into()),
        ),
        UnsupportedSchema { found } => (
            format!(
                "esta versión de workplan no admite la versión de formato {found} (admitidas: {})",
                supported_schemas()
            ),
            Some("actualice workplan, o revise el número de `schema`".into()),
        ),
        UnknownKey { key, place, suggestion } => (
            format!("clave desconocida `{key}` en {}", place_es(*place)),
            Some(match suggestion {
                Some(known) => format!("¿quiso decir `{known}`?"),
                None => "quítela, o consulte en docs/format.md las claves del formato".into(),
            }),
        ),
        MissingKey { key, place } => {
            (format!("falta `{key}` en {}", place_es(*place)), Some(format!("agregue `{key} = …`")))
        }
        WrongType { key, expected, found } => {
            (format!("`{key}` debe ser {}, no {}", expected_es(*expected), toml_type_es(found)), None)
        }
        OutOfRange { key, value } => {
            (format!("`{key} = {value}` está fuera del rango admitido"), Some(range_hint_es(key)))
        }
        BadNumber { value } => (
            format!("`{value}` no es un número válido"),
            Some("los números son enteros unidos por puntos, sin ceros a la izquierda: 3.1.2".into()),
        ),
        BadSchedule { value } => (
            format!("`{value}` no es una fecha que este formato conozca"),
            Some(format!("escriba una de: {SCHEDULE_FORMS}")),
        ),
        ImpossibleSchedule { value } => (
            format!("`{value}` indica una fecha o un período que no existe"),
            Some("revise el día, el mes, el trimestre (1-4) o el semestre (1-2)".into()),
        ),
        BadFrequency { value, suggestion } => (
            format!("`{value}` no es una frecuencia"),
            Some(match suggestion {
                Some(known) => format!("¿quiso decir `{known}`?"),
                None => "escriba month, quarter o semester".into(),
            }),
        ),
        NotADate { key } => (
            format!("`{key}` debe ser solo una fecha"),
            Some("escríbala como AAAA-MM-DD, sin hora ni zona horaria, p. ej. 2022-03-15".into()),
        ),
        DuplicateArea { number, first_file } => (
            format!("el área {number} ya está descrita en `{first_file}`"),
            Some("cada área tiene un único archivo: unifique ambos o renumere uno".into()),
        ),
        NotAnAreaNumber { value } => (
            format!("`{value}` no es un número de área"),
            Some("los números de área tienen dos partes, como 3.1".into()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chooses_language_from_the_environment_in_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LANG", "es_AR.UTF-8")])), Lang::Es);
        assert_eq!(Lang::from_env(env(&[("LANG", "es_AR.UTF-8"), ("LC_ALL", "en_US.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "es_PE")])), Lang::Es);
        assert_eq!(Lang::from_env(env(&[("WORKPLAN_LANG", "es"), ("LC_ALL", "C")])), Lang::Es);
    }

    #[test]
    fn schedules_read_as_the_document_writes_them() {
        let s1: Schedule = "2022-S1".parse().expect("code");
        assert_eq!(Lang::Es.schedule(Some(s1), None, None), "1er semestre 2022");
        assert_eq!(Lang::En.schedule(Some(s1), None, None), "1st half 2022");
        let year: Schedule = "2022".parse().expect("code");
        assert_eq!(Lang::Es.schedule(Some(year), Some(Frequency::Quarter), Some(4)), "Trimestral (4 al año)");
        assert_eq!(Lang::Es.schedule(Some(Schedule::ToBeDefined), None, Some(4)), "A definir (4 al año)");
        assert_eq!(Lang::Es.schedule(Some(year), None, Some(8)), "Anual 2022");
        assert_eq!(Lang::Es.schedule(Some(Schedule::AsNeeded), None, None), "Según necesidad");
        assert_eq!(Lang::En.schedule(None, None, None), "—");
        let day: Schedule = "2022-03-15".parse().expect("code");
        assert_eq!(Lang::Es.schedule(Some(day), None, None), "15 de marzo de 2022");
        assert_eq!(Lang::En.schedule(Some(day), None, None), "15 March 2022");
    }

    #[test]
    fn both_languages_say_something_different() {
        let samples = [
            Msg::NoPlanFound { start: "/x" },
            Msg::NoPlanFile { dir: "d" },
            Msg::UnknownActivity { number: "9.9.9", nearest: "3.9.3" },
            Msg::BadSemester { value: "3" },
        ];
        for msg in samples {
            let (en, es) = (Lang::En.text(msg), Lang::Es.text(msg));
            assert!(!en.is_empty() && !es.is_empty());
            assert_ne!(en, es, "{msg:?} is not translated");
        }
        let problem =
            Problem::UnknownKey { key: "titel".into(), place: Place::Activity, suggestion: Some("title") };
        assert_ne!(Lang::En.problem(&problem), Lang::Es.problem(&problem));
    }

    // reports
    #[test]
    fn report_words_exist_in_both_languages() {
        for label in [
            Label::InProgress,
            Label::Pending,
            Label::Overdue,
            Label::CancelledCount,
            Label::Period,
            Label::NoDateYet,
            Label::OtherYears,
            Label::Timeline,
            Label::ProgressByArea,
            Label::ProgressByPeriod,
            Label::OverdueStatus,
            Label::Planned,
            Label::Today,
            Label::Earlier,
            Label::Later,
        ] {
            assert_ne!(Lang::En.label(label), Lang::Es.label(label), "{label:?} is not translated");
        }
        assert_eq!(Lang::En.label(Label::Total), Lang::Es.label(Label::Total), "the same word in both");
        for msg in [
            Msg::BadHorizon { value: "1y" },
            Msg::AsOf { title: "T", organisation: "O", date: "d" },
            Msg::SummaryNote,
            Msg::CalendarWritten { path: "p", events: 2 },
            Msg::LeftOut { count: 1, numbers: "3.4.2" },
            Msg::CannotWrite { path: "p" },
        ] {
            assert_ne!(Lang::En.text(msg), Lang::Es.text(msg), "{msg:?} is not translated");
        }
        assert_eq!(
            Lang::Es.text(Msg::LeftOut { count: 1, numbers: "3.4.2" }),
            "se omitió 1 actividad sin fecha: 3.4.2"
        );
        assert_eq!(Lang::Es.month_initial(1), "E");
        assert_eq!(Lang::En.quarter_short(3), "Q3");
        assert_eq!(Lang::Es.quarter_short(3), "T3");
    }
}
