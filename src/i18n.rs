//! Every word the CLI says to people, in English and Spanish.
//!
//! A compiled catalogue: each message is a variant, and each language's text is an arm of an
//! exhaustive `match`, so a message missing in one language does not compile. Machine formats
//! (JSON, CSV codes, GitHub annotations' titles) use stable English codes, not these words.

use chrono::{Datelike, NaiveDate};

mod toml_es;

use crate::check::Tally;
use crate::diagnostic::{Check, Expected, Place, Problem};
use crate::import::DoubtKind;
use crate::model::Status;
use crate::next_year::{Ending, Origin};
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
#[cfg_attr(test, derive(strum::EnumIter))]
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
    Line,
    Paragraph,
    Background,
    Purpose,
    WorkAreas,
    Organisation,
    Year,
    ThePlan,
    Areas,
    Added,
    Removed,
    Renumbered,
    Rescheduled,
    Edited,
    WorkingTree,
    // `workplan site` (issue 19).
    /// The name of the site's navigation, for screen readers.
    SiteContents,
    SiteReport,
    SitePlanDocument,
    SiteCalendar,
    SiteData,
    // Import of tables, spreadsheets and other layouts (issue 16).
    Row,
    Target,
    TimesDone,
}

/// Messages with values in them.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(test, derive(strum::EnumDiscriminants), strum_discriminants(derive(strum::EnumIter, Hash)))]
pub enum Msg<'a> {
    NoPlanFound {
        start: &'a str,
    },
    CannotOpenDir {
        dir: &'a str,
    },
    NotADir {
        dir: &'a str,
    },
    NoPlanFile {
        dir: &'a str,
    },
    PlanHasErrors {
        count: usize,
    },
    UnknownActivity {
        number: &'a str,
        nearest: &'a str,
    },
    NotAnActivityNumber {
        value: &'a str,
    },
    NoActivities,
    BadSemester {
        value: &'a str,
    },
    BadToday {
        value: &'a str,
    },
    BadDate {
        value: &'a str,
    },
    DateInFuture {
        date: &'a str,
        today: &'a str,
    },
    DateBeforeApproval {
        date: &'a str,
        approved: &'a str,
    },
    DoneWhileCancelled {
        number: &'a str,
        on: &'a str,
    },
    AlreadyDone {
        number: &'a str,
        on: &'a str,
    },
    TargetReached {
        number: &'a str,
        done: u32,
        target: u32,
    },
    AlreadyCancelled {
        number: &'a str,
        on: &'a str,
    },
    NothingToReopen {
        number: &'a str,
    },
    EmptyReason,
    ReadOnlyFile {
        file: &'a str,
    },
    ReadOnlyDir {
        dir: &'a str,
    },
    CannotWrite {
        file: &'a str,
    },
    CannotLock {
        dir: &'a str,
    },
    FileKeepsChanging {
        file: &'a str,
    },
    CannotEdit {
        file: &'a str,
        number: &'a str,
        key: &'a str,
    },
    EditNotValid {
        file: &'a str,
    },
    AmbiguousNumber {
        file: &'a str,
        number: &'a str,
    },
    CarriedOut {
        date: &'a str,
    },
    RecordRemoved {
        date: &'a str,
    },
    NoLongerCancelled,
    CancelledOn {
        date: &'a str,
    },
    Changed {
        number: &'a str,
        title: &'a str,
        what: &'a str,
        progress: &'a str,
    },
    /// The last line of `validate`.
    ValidateSummary(Tally),
    BadHorizon {
        value: &'a str,
    },
    AsOf {
        title: &'a str,
        organisation: &'a str,
        date: &'a str,
    },
    SummaryNote,
    ReportFooter {
        version: &'a str,
        date: &'a str,
    },
    Wrote {
        path: &'a str,
    },
    CalendarWritten {
        path: &'a str,
        events: usize,
    },
    LeftOut {
        count: usize,
        numbers: &'a str,
    },
    CannotWriteOutput {
        path: &'a str,
    },
    CannotReadDocument {
        file: &'a str,
    },
    DocumentEmpty {
        file: &'a str,
    },
    DocumentTooLarge {
        file: &'a str,
        bytes: u64,
        limit: u64,
    },
    DocumentHasNoAreas {
        file: &'a str,
    },
    DocumentNotZip {
        file: &'a str,
        reason: &'a str,
    },
    DocumentNotWord {
        file: &'a str,
    },
    DocumentBadXml {
        file: &'a str,
        reason: &'a str,
    },
    DocumentHasNoYear {
        file: &'a str,
    },
    ReadAsWindows1252 {
        file: &'a str,
    },
    TargetNotEmpty {
        dir: &'a str,
    },
    TargetNotADir {
        dir: &'a str,
    },
    Imported {
        file: &'a str,
        dir: &'a str,
        areas: usize,
        activities: usize,
    },
    ImportedArea {
        number: &'a str,
        name: &'a str,
        activities: usize,
        file: &'a str,
    },
    Removed {
        file: &'a str,
    },
    ToCheck {
        count: usize,
    },
    NothingToCheck,
    CheckWithValidate {
        dir: &'a str,
    },
    KeptComment {
        unit: &'a str,
        at: usize,
        text: &'a str,
    },
    CountComment {
        words: &'a str,
    },
    PlanFileHeader {
        title: &'a str,
        of_organisation: &'a str,
    },
    PlanFileLayout {
        first: &'a str,
        second: &'a str,
    },
    AreaFileHeader {
        number: &'a str,
        title: &'a str,
        of_organisation: &'a str,
    },
    FormatPointer,
    CommitteeLine {
        name: &'a str,
        members: &'a [String],
        chair: Option<&'a str>,
    },
    /// What `workplan` alone prints: the first commands to try.
    Overview,
    /// `-v`: where the plan was found.
    PlanDirectory {
        dir: &'a str,
    },
    /// `-v`: what was read, and how long it took.
    FilesRead {
        files: usize,
        activities: usize,
        millis: u128,
    },
    /// `-v`: how long the whole command took.
    Finished {
        millis: u128,
    },
    ManPagesWritten {
        count: usize,
        dir: &'a str,
    },
    Formatted {
        file: &'a str,
    },
    AllFormatted {
        count: usize,
    },
    NeedFormatting {
        count: usize,
    },
    FormatWouldChange {
        file: &'a str,
    },
    DiffHeading {
        from: &'a str,
        to: &'a str,
    },
    NoChanges {
        from: &'a str,
        to: &'a str,
    },
    NotAGitRepository {
        dir: &'a str,
    },
    GitMissing,
    UnknownRevision {
        revision: &'a str,
    },
    GitFailed {
        message: &'a str,
    },
    NoPlanAtRevision {
        dir: &'a str,
        revision: &'a str,
    },
    RevisionHasErrors {
        revision: &'a str,
        count: usize,
    },
    FileChanges {
        path: &'a str,
    },
    NoChangesToFile {
        path: &'a str,
    },
    DriverArguments {
        count: usize,
    },
    CannotRead {
        file: &'a str,
    },
    Migrated {
        file: &'a str,
        from: i64,
        to: i64,
    },
    NothingToMigrate {
        count: usize,
        version: i64,
    },
    MigrateNotToml {
        file: &'a str,
    },
    MigrateUnknownVersion {
        file: &'a str,
        version: &'a str,
    },
    MigrateWording {
        file: &'a str,
        number: &'a str,
        wording: &'a str,
    },
    MigrateNoYear {
        file: &'a str,
    },
    MigrationLeavesErrors {
        count: usize,
    },
    RenumberOtherArea {
        from: &'a str,
        to: &'a str,
        area: &'a str,
    },
    RenumberOutOfRange {
        to: &'a str,
        area: &'a str,
        count: u32,
        last: &'a str,
        nearest: &'a str,
    },
    NothingToRenumber {
        number: &'a str,
    },

    // New-user fixes (issue 17): unknown areas, empty results, dates outside the plan year.
    UnknownAreaNumber {
        area: &'a str,
        nearest: &'a str,
    },
    UnknownAreaName {
        area: &'a str,
    },
    UnknownAreaNameNear {
        area: &'a str,
        nearest: &'a str,
    },
    NoActivityMatches,
    SemesterOutsidePlanYear {
        semester: &'a str,
        year: i32,
    },
    DateOutsidePlanYear {
        date: &'a str,
        year: i32,
    },
    OverdueCount {
        count: usize,
    },
    UndatedEvent {
        year: i32,
    },
    // `workplan site` (issue 19).
    /// The footer of a site shown as of its latest record, not of the day it was made.
    SiteFooter {
        version: &'a str,
        date: &'a str,
    },
    SiteWritten {
        dir: &'a str,
        files: usize,
    },
    SiteNotEmpty {
        dir: &'a str,
    },
    SiteNotDirectory {
        dir: &'a str,
    },
    CannotWriteSite {
        dir: &'a str,
    },
    // Writing the plan from the command line (issue 14): init, area, add, edit, remove, move,
    // records and the prompts of `add`.
    ChangeAddsErrors {
        count: usize,
    },
    EmptyTitleGiven,
    ZeroTarget,
    BadScheduleGiven {
        value: &'a str,
    },
    UnknownArea {
        value: &'a str,
        known: &'a str,
    },
    BadPosition {
        value: &'a str,
        area: &'a str,
        last: &'a str,
    },
    TitleRequired,
    ActivityAdded {
        number: &'a str,
        title: &'a str,
        file: &'a str,
    },
    NothingToEdit,
    ActivityEdited {
        number: &'a str,
        title: &'a str,
        keys: &'a str,
    },
    HasRecords {
        number: &'a str,
        count: usize,
    },
    ActivityRemoved {
        number: &'a str,
        title: &'a str,
    },
    MoveSameArea {
        number: &'a str,
        area: &'a str,
    },
    ActivityMoved {
        from: &'a str,
        to: &'a str,
        title: &'a str,
    },
    NoRecords {
        number: &'a str,
    },
    NoSuchRecord {
        number: &'a str,
        wanted: usize,
        count: usize,
    },
    NothingToAmend,
    RecordAmended {
        date: &'a str,
    },
    AreaExists {
        number: &'a str,
        file: &'a str,
    },
    EmptyAreaNameGiven,
    AreaAdded {
        number: &'a str,
        file: &'a str,
    },
    AreaEdited {
        number: &'a str,
        file: &'a str,
    },
    AreaHasActivities {
        number: &'a str,
        count: usize,
    },
    AreaRemoved {
        number: &'a str,
        file: &'a str,
    },
    BadAreaNumber {
        value: &'a str,
    },
    InitNeedsWords,
    BadYear {
        value: &'a str,
    },
    DirNotEmpty {
        dir: &'a str,
    },
    PlanCreated {
        dir: &'a str,
    },
    PromptTitle,
    PromptPlace,
    PromptSchedule,
    PromptResources,
    PromptOptional,
    AreaRequired,
    // history: diff --area, log, new, --rev
    NoAreaMatches {
        area: &'a str,
        areas: &'a str,
    },
    LogUnreadable {
        files: &'a str,
        commit: &'a str,
    },
    LogPlanCreated {
        areas: usize,
        activities: usize,
    },
    NoHistory,
    NoHistoryOf {
        what: &'a str,
    },
    NewSameYear {
        year: i32,
    },
    NewTargetNotEmpty {
        dir: &'a str,
    },
    NewPlanWritten {
        dir: &'a str,
        title: &'a str,
        areas: usize,
        activities: usize,
        from_year: i32,
        left_out: usize,
    },
    NewPlanToFill {
        file: &'a str,
    },
    NewPlanNext {
        dir: &'a str,
    },
    NewPlanApprovalLater,
    NewPlanCommitteeLater,
    NewPlanHasErrors {
        count: usize,
    },
    NewPlanInheritsErrors {
        count: usize,
        dir: &'a str,
    },
    DraftAreaFileHeader {
        number: &'a str,
        title: &'a str,
        from_year: i32,
    },
    DiffHeadingOnly {
        only: &'a str,
        from: &'a str,
        to: &'a str,
    },
    NoChangesOnly {
        only: &'a str,
        from: &'a str,
        to: &'a str,
    },
    FocusArea {
        number: &'a str,
    },
    FocusActivity {
        number: &'a str,
    },
    // safety-files: writes that say what they did, and what they refuse.
    ConfirmationNotShown {
        reason: &'a str,
    },
    OutputExists {
        path: &'a str,
    },
    OutputIsPlanFile {
        path: &'a str,
    },
    LinkOutside {
        file: &'a str,
    },
    DocumentPartTooLarge {
        file: &'a str,
        part: &'a str,
        limit: u64,
    },
    WaitingForLock {
        dir: &'a str,
    },
    LockTimedOut {
        dir: &'a str,
        seconds: f64,
    },
    BadLockTimeout {
        value: &'a str,
    },
    ImportInterrupted {
        dir: &'a str,
    },
    CannotFinishImport {
        dir: &'a str,
    },
    // Import of tables, spreadsheets and other layouts (issue 16).
    DocumentHasNoActivities {
        file: &'a str,
    },
    SpreadsheetUnreadable {
        file: &'a str,
        reason: &'a str,
    },
    CsvUnreadable {
        file: &'a str,
        line: usize,
        reason: &'a str,
    },
    DocumentNotText {
        file: &'a str,
        line: usize,
    },
    SpreadsheetHasNoYear {
        file: &'a str,
    },
    BinaryToTerminal {
        format: &'a str,
    },
    PlainTitle {
        year: i32,
    },
    CannotWriteSpreadsheet {
        reason: &'a str,
    },
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
            (Lang::En, Line) => "line",
            (Lang::Es, Line) => "línea",
            (Lang::En, Paragraph) => "paragraph",
            (Lang::Es, Paragraph) => "párrafo",
            // Import of tables, spreadsheets and other layouts (issue 16).
            (Lang::En, Row) => "row",
            (Lang::Es, Row) => "fila",
            (Lang::En, Target) => "Target",
            (Lang::Es, Target) => "Meta",
            (Lang::En, TimesDone) => "Times done",
            (Lang::Es, TimesDone) => "Veces realizada",
            (Lang::En, Background) => "Background",
            (Lang::Es, Background) => "Antecedentes",
            (Lang::En, Purpose) => "Purpose",
            (Lang::Es, Purpose) => "Finalidad",
            (Lang::En, WorkAreas) => "Work areas",
            (Lang::Es, WorkAreas) => "Áreas de trabajo",
            (Lang::En, Organisation) => "Organisation",
            (Lang::Es, Organisation) => "Organización",
            (Lang::En, Year) => "Year",
            (Lang::Es, Year) => "Año",
            (Lang::En, ThePlan) => "The plan",
            (Lang::Es, ThePlan) => "El plan",
            (Lang::En, Areas) => "Areas",
            (Lang::Es, Areas) => "Áreas",
            (Lang::En, Added) => "Added",
            (Lang::Es, Added) => "Agregadas",
            (Lang::En, Removed) => "Removed",
            (Lang::Es, Removed) => "Quitadas",
            (Lang::En, Renumbered) => "Renumbered",
            (Lang::Es, Renumbered) => "Renumeradas",
            (Lang::En, Rescheduled) => "Rescheduled",
            (Lang::Es, Rescheduled) => "Reprogramadas",
            (Lang::En, Edited) => "Edited",
            (Lang::Es, Edited) => "Editadas",
            (Lang::En, WorkingTree) => "the working tree",
            (Lang::Es, WorkingTree) => "la copia de trabajo",
            // `workplan site` (issue 19).
            (Lang::En, SiteContents) => "The plan's pages and files",
            (Lang::Es, SiteContents) => "Páginas y archivos del plan",
            (Lang::En, SiteReport) => "Report",
            (Lang::Es, SiteReport) => "Informe",
            (Lang::En, SitePlanDocument) => "The plan as a document (Markdown)",
            (Lang::Es, SitePlanDocument) => "El plan como documento (Markdown)",
            (Lang::En, SiteCalendar) => "Calendar to subscribe to (iCalendar)",
            (Lang::Es, SiteCalendar) => "Calendario para suscribirse (iCalendar)",
            (Lang::En, SiteData) => "The activities as data (JSON)",
            (Lang::Es, SiteData) => "Las actividades como datos (JSON)",
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
            (Lang::En, BadDate { value }) => {
                format!("`{value}` is not a date: write it as YYYY-MM-DD, such as 2022-03-10")
            }
            (Lang::Es, BadDate { value }) => {
                format!("`{value}` no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2022-03-10")
            }
            (Lang::En, DateInFuture { date, today }) => {
                format!("`{date}` is after today ({today}): progress is recorded once it has happened")
            }
            (Lang::Es, DateInFuture { date, today }) => {
                format!("`{date}` es posterior a hoy ({today}): el avance se registra una vez ocurrido")
            }
            (Lang::En, DateBeforeApproval { date, approved }) => {
                format!("`{date}` is before the plan was approved ({approved}): check the date")
            }
            (Lang::Es, DateBeforeApproval { date, approved }) => {
                format!("`{date}` es anterior a la aprobación del plan ({approved}): revise la fecha")
            }
            (Lang::En, DoneWhileCancelled { number, on }) => format!(
                "{number} was cancelled on {on}: run `workplan reopen {number}` to undo the \
                 cancellation, or pass --force to record it anyway"
            ),
            (Lang::Es, DoneWhileCancelled { number, on }) => format!(
                "{number} fue cancelada el {on}: ejecute `workplan reopen {number}` para deshacer la \
                 cancelación, o indique --force para registrarla igualmente"
            ),
            (Lang::En, AlreadyDone { number, on }) => {
                format!(
                    "{number} is already recorded as carried out on {on}: pass --force to record it again"
                )
            }
            (Lang::Es, AlreadyDone { number, on }) => {
                format!(
                    "{number} ya figura como realizada el {on}: indique --force para registrarla otra vez"
                )
            }
            (Lang::En, TargetReached { number, done, target }) => format!(
                "{number} already has {done} of {target} records, its target: pass --force to log one more"
            ),
            (Lang::Es, TargetReached { number, done, target }) => format!(
                "{number} ya tiene {done} de {target} registros, su meta: indique --force para registrar uno más"
            ),
            (Lang::En, AlreadyCancelled { number, on }) => {
                format!(
                    "{number} is already cancelled (on {on}): pass --force to replace its date and reason"
                )
            }
            (Lang::Es, AlreadyCancelled { number, on }) => format!(
                "{number} ya está cancelada (el {on}): indique --force para reemplazar la fecha y el motivo"
            ),
            (Lang::En, NothingToReopen { number }) => {
                format!("{number} has no record and is not cancelled: there is nothing to undo")
            }
            (Lang::Es, NothingToReopen { number }) => {
                format!("{number} no tiene registros ni está cancelada: no hay nada que deshacer")
            }
            (Lang::En, EmptyReason) => {
                "the reason is empty: say why the activity is cancelled with --reason TEXT".into()
            }
            (Lang::Es, EmptyReason) => {
                "el motivo está vacío: indique por qué se cancela la actividad con --reason TEXTO".into()
            }
            (Lang::En, ReadOnlyFile { file }) => format!(
                "`{file}` is read-only: workplan does not change a file marked read-only; make it \
                 writable (chmod u+w) to record progress"
            ),
            (Lang::Es, ReadOnlyFile { file }) => format!(
                "`{file}` es de solo lectura: workplan no modifica un archivo marcado así; hágalo \
                 modificable (chmod u+w) para registrar el avance"
            ),
            (Lang::En, ReadOnlyDir { dir }) => format!(
                "the plan directory `{dir}` is read-only: workplan writes each change to a new file \
                 there and renames it over the old one; make the directory writable (chmod u+w)"
            ),
            (Lang::Es, ReadOnlyDir { dir }) => format!(
                "el directorio del plan `{dir}` es de solo lectura: workplan escribe cada cambio en un \
                 archivo nuevo allí y lo renombra sobre el anterior; hágalo modificable (chmod u+w)"
            ),
            (Lang::En, CannotWrite { file }) => format!("cannot write `{file}`; it was left as it was"),
            (Lang::Es, CannotWrite { file }) => format!("no se puede escribir `{file}`; quedó como estaba"),
            (Lang::En, CannotLock { dir }) => {
                format!("cannot lock the plan directory `{dir}`")
            }
            (Lang::Es, CannotLock { dir }) => {
                format!("no se puede bloquear el directorio del plan `{dir}`")
            }
            (Lang::En, FileKeepsChanging { file }) => format!(
                "`{file}` kept changing while workplan was editing it: nothing was written; try again \
                 once it is saved"
            ),
            (Lang::Es, FileKeepsChanging { file }) => format!(
                "`{file}` siguió cambiando mientras workplan lo editaba: no se escribió nada; vuelva a \
                 intentarlo cuando esté guardado"
            ),
            (Lang::En, CannotEdit { file, number, key }) => format!(
                "workplan cannot edit `{key}` of {number} as `{file}` writes it: edit it by hand \
                 (see docs/format.md, Progress)"
            ),
            (Lang::Es, CannotEdit { file, number, key }) => format!(
                "workplan no puede editar `{key}` de {number} tal como lo escribe `{file}`: edítelo a \
                 mano (ver docs/format.md, Progress)"
            ),
            (Lang::En, EditNotValid { file }) => format!(
                "the edited `{file}` would not load: nothing was written (a bug in workplan; please \
                 report it)"
            ),
            (Lang::Es, EditNotValid { file }) => format!(
                "`{file}` editado no se podría leer: no se escribió nada (un error de workplan; \
                 infórmelo, por favor)"
            ),
            (Lang::En, AmbiguousNumber { file, number }) => format!(
                "`{file}` has more than one activity numbered {number}: renumber them first (see \
                 `workplan validate`)"
            ),
            (Lang::Es, AmbiguousNumber { file, number }) => format!(
                "`{file}` tiene más de una actividad con el número {number}: renumérelas primero (ver \
                 `workplan validate`)"
            ),
            (Lang::En, CarriedOut { date }) => format!("carried out on {date}"),
            (Lang::Es, CarriedOut { date }) => format!("realizada el {date}"),
            (Lang::En, RecordRemoved { date }) => format!("removed the record of {date}"),
            (Lang::Es, RecordRemoved { date }) => format!("se quitó el registro del {date}"),
            (Lang::En, NoLongerCancelled) => "no longer cancelled".into(),
            (Lang::Es, NoLongerCancelled) => "ya no está cancelada".into(),
            (Lang::En, CancelledOn { date }) => format!("cancelled on {date}"),
            (Lang::Es, CancelledOn { date }) => format!("cancelada el {date}"),
            (_, Changed { number, title, what, progress }) => {
                format!("{number} {title}: {what} ({progress})")
            }
            (Lang::En, ValidateSummary(tally)) => summary_en(tally),
            (Lang::Es, ValidateSummary(tally)) => summary_es(tally),
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
            (Lang::En, CannotWriteOutput { path }) => format!("cannot write `{path}`"),
            (Lang::Es, CannotWriteOutput { path }) => format!("no se puede escribir `{path}`"),
            (Lang::En, CannotReadDocument { file }) => format!("cannot read the document `{file}`"),
            (Lang::Es, CannotReadDocument { file }) => format!("no se puede leer el documento `{file}`"),
            (Lang::En, DocumentEmpty { file }) => format!("`{file}` is empty: there is no plan to import"),
            (Lang::Es, DocumentEmpty { file }) => {
                format!("`{file}` está vacío: no hay ningún plan que importar")
            }
            (Lang::En, DocumentTooLarge { file, bytes, limit }) => format!(
                "`{file}` is too large to be a plan document ({} MiB; the limit is {} MiB)",
                mib(bytes),
                mib(limit)
            ),
            (Lang::Es, DocumentTooLarge { file, bytes, limit }) => format!(
                "`{file}` es demasiado grande para ser un documento de plan ({} MiB; el límite es {} MiB)",
                mib(bytes),
                mib(limit)
            ),
            (Lang::En, DocumentHasNoAreas { file }) => format!(
                "`{file}` has no numbered work areas: number them as in the approved plan, \
             \"3.1) Name\" with activities \"3.1.1) Title\" (see docs/import.md)"
            ),
            (Lang::Es, DocumentHasNoAreas { file }) => format!(
                "`{file}` no tiene áreas de trabajo numeradas: numérelas como en el plan aprobado, \
             \"3.1) Nombre\" con actividades \"3.1.1) Título\" (ver docs/import.md)"
            ),
            (Lang::En, DocumentNotZip { file, reason }) => format!(
                "`{file}` is not a readable Word document ({reason}): save it again as .docx, or as plain text"
            ),
            (Lang::Es, DocumentNotZip { file, reason }) => format!(
                "`{file}` no es un documento de Word legible ({reason}): vuelva a guardarlo como .docx, o como \
             texto sin formato"
            ),
            (Lang::En, DocumentNotWord { file }) => {
                format!("`{file}` is a zip archive but not a Word document: it has no word/document.xml")
            }
            (Lang::Es, DocumentNotWord { file }) => {
                format!("`{file}` es un archivo zip pero no un documento de Word: no tiene word/document.xml")
            }
            (Lang::En, DocumentBadXml { file, reason }) => {
                format!("the Word document `{file}` is damaged: {reason}; save it again from Word")
            }
            (Lang::Es, DocumentBadXml { file, reason }) => {
                format!("el documento de Word `{file}` está dañado: {reason}; vuelva a guardarlo desde Word")
            }
            (Lang::En, DocumentHasNoYear { file }) => format!(
                "`{file}` does not say the plan's year: put it in the title (\"Plan de Trabajo 2022\") or \
             add a line \"Year: 2022\" before the first section"
            ),
            (Lang::Es, DocumentHasNoYear { file }) => format!(
                "`{file}` no indica el año del plan: inclúyalo en el título (\"Plan de Trabajo 2022\") o \
             agregue una línea \"Año: 2022\" antes de la primera sección"
            ),
            (Lang::En, ReadAsWindows1252 { file }) => {
                format!("notice: `{file}` is not UTF-8 text; it was read as Windows-1252 (Western European)")
            }
            (Lang::Es, ReadAsWindows1252 { file }) => {
                format!("aviso: `{file}` no es texto UTF-8; se leyó como Windows-1252 (Europa occidental)")
            }
            (Lang::En, TargetNotEmpty { dir }) => format!(
                "`{dir}` already exists and is not empty: choose another directory, or pass --force to \
             replace its plan files"
            ),
            (Lang::Es, TargetNotEmpty { dir }) => format!(
                "`{dir}` ya existe y no está vacío: elija otro directorio, o indique --force para reemplazar \
             sus archivos de plan"
            ),
            (Lang::En, TargetNotADir { dir }) => format!("`{dir}` is a file, not a directory"),
            (Lang::Es, TargetNotADir { dir }) => format!("`{dir}` es un archivo, no un directorio"),
            (Lang::En, Imported { file, dir, areas, activities }) => format!(
                "Imported `{file}` into `{dir}`: {areas} {}, {activities} {}.",
                plural(areas, "area", "areas"),
                plural(activities, "activity", "activities")
            ),
            (Lang::Es, Imported { file, dir, areas, activities }) => format!(
                "Se importó `{file}` en `{dir}`: {areas} {}, {activities} {}.",
                plural(areas, "área", "áreas"),
                plural(activities, "actividad", "actividades")
            ),
            (Lang::En, ImportedArea { number, name, activities, file }) => {
                format!(
                    "{number} {name}: {activities} {} ({file})",
                    plural(activities, "activity", "activities")
                )
            }
            (Lang::Es, ImportedArea { number, name, activities, file }) => format!(
                "{number} {name}: {activities} {} ({file})",
                plural(activities, "actividad", "actividades")
            ),
            (Lang::En, Removed { file }) => format!("removed `{file}`, which the document no longer has"),
            (Lang::Es, Removed { file }) => format!("se quitó `{file}`, que el documento ya no tiene"),
            (Lang::En, ToCheck { count }) => format!("To check ({count}):"),
            (Lang::Es, ToCheck { count }) => format!("Para revisar ({count}):"),
            (Lang::En, NothingToCheck) => "Nothing to check: every line was understood.".into(),
            (Lang::Es, NothingToCheck) => "Nada que revisar: se entendió cada línea.".into(),
            (Lang::En, CheckWithValidate { dir }) => format!("Next: workplan --plan {dir} validate"),
            (Lang::Es, CheckWithValidate { dir }) => {
                format!("Siguiente paso: workplan --plan {dir} validate")
            }
            (Lang::En, KeptComment { unit, at, text }) => format!("Not understood ({unit} {at}): {text}"),
            (Lang::Es, KeptComment { unit, at, text }) => format!("Sin interpretar ({unit} {at}): {text}"),
            (Lang::En, CountComment { words }) => format!("{words}, in the title"),
            (Lang::Es, CountComment { words }) => format!("{words}, según el título"),
            (Lang::En, PlanFileHeader { title, of_organisation }) => {
                format!("{}: general data of the plan.", joined(title, of_organisation))
            }
            (Lang::Es, PlanFileHeader { title, of_organisation }) => {
                format!("{}: datos generales del plan.", joined(title, of_organisation))
            }
            (Lang::En, PlanFileLayout { first, second }) => {
                format!("Each work area is in its own file ({first}-….toml, {second}-….toml, …).")
            }
            (Lang::Es, PlanFileLayout { first, second }) => {
                format!(
                    "Cada área de trabajo está en su propio archivo ({first}-….toml, {second}-….toml, …)."
                )
            }
            (Lang::En, AreaFileHeader { number, title, of_organisation }) => {
                format!("Area {number} of the {}, as approved.", joined(title, of_organisation))
            }
            (Lang::Es, AreaFileHeader { number, title, of_organisation }) => {
                format!("Área {number} del {}, tal como fue aprobada.", joined(title, of_organisation))
            }
            (Lang::En, FormatPointer) => "Format: docs/format.md".into(),
            (Lang::Es, FormatPointer) => "Formato: docs/format.md".into(),
            (Lang::En, CommitteeLine { name, members, chair }) => {
                let chair = chair.map(|c| format!(" (chaired by {c})")).unwrap_or_default();
                format!("{name}: {}{chair}", listing(members, "and"))
            }
            (Lang::Es, CommitteeLine { name, members, chair }) => {
                let chair = chair.map(|c| format!(" (con la presidencia de {c})")).unwrap_or_default();
                format!("{name}: {}{chair}", listing(members, "y"))
            }
            (Lang::En, Overview) => OVERVIEW_EN.into(),
            (Lang::Es, Overview) => OVERVIEW_ES.into(),
            (Lang::En, PlanDirectory { dir }) => format!("plan directory: `{dir}`"),
            (Lang::Es, PlanDirectory { dir }) => format!("directorio del plan: `{dir}`"),
            (Lang::En, FilesRead { files, activities, millis }) => format!(
                "read {files} {}, {activities} {} in {millis} ms",
                plural(files, "file", "files"),
                plural(activities, "activity", "activities")
            ),
            (Lang::Es, FilesRead { files, activities, millis }) => format!(
                "se {} {files} {}, {activities} {} en {millis} ms",
                plural(files, "leyó", "leyeron"),
                plural(files, "archivo", "archivos"),
                plural(activities, "actividad", "actividades")
            ),
            (Lang::En, Finished { millis }) => format!("finished in {millis} ms"),
            (Lang::Es, Finished { millis }) => format!("terminado en {millis} ms"),
            (Lang::En, ManPagesWritten { count, dir }) => {
                format!("wrote {count} man {} to `{dir}`", plural(count, "page", "pages"))
            }
            (Lang::Es, ManPagesWritten { count, dir }) => format!(
                "se {} {count} {} de manual en `{dir}`",
                plural(count, "escribió", "escribieron"),
                plural(count, "página", "páginas")
            ),
            (Lang::En, Formatted { file }) => format!("formatted `{file}`"),
            (Lang::Es, Formatted { file }) => format!("se dio formato a `{file}`"),
            (Lang::En, AllFormatted { count }) => {
                format!("{count} plan {} already formatted", plural(count, "file is", "files are"))
            }
            (Lang::Es, AllFormatted { count }) => format!(
                "{count} {} del plan ya {} el formato canónico",
                plural(count, "archivo", "archivos"),
                plural(count, "tiene", "tienen")
            ),
            (Lang::En, NeedFormatting { count }) => format!(
                "{count} plan {} not formatted: run `workplan fmt`",
                plural(count, "file is", "files are")
            ),
            (Lang::Es, NeedFormatting { count }) => format!(
                "{count} {} del plan no {} el formato canónico: ejecute `workplan fmt`",
                plural(count, "archivo", "archivos"),
                plural(count, "tiene", "tienen")
            ),
            (Lang::En, FormatWouldChange { file }) => format!(
                "formatting `{file}` would change what the plan says: nothing was written (a bug in \
                 workplan; please report it)"
            ),
            (Lang::Es, FormatWouldChange { file }) => format!(
                "dar formato a `{file}` cambiaría lo que dice el plan: no se escribió nada (un error de \
                 workplan; infórmelo, por favor)"
            ),
            (Lang::En, DiffHeading { from, to }) => format!("Changes to the plan from {from} to {to}"),
            (Lang::Es, DiffHeading { from, to }) => format!("Cambios en el plan de {from} a {to}"),
            (Lang::En, NoChanges { from, to }) => format!("No changes to the plan from {from} to {to}"),
            (Lang::Es, NoChanges { from, to }) => format!("Sin cambios en el plan de {from} a {to}"),
            (Lang::En, NotAGitRepository { dir }) => format!(
                "`{dir}` is not in a git repository: `diff`, `log` and `--rev` read the versions of a \
                 plan kept in git (see docs/history.md)"
            ),
            (Lang::Es, NotAGitRepository { dir }) => format!(
                "`{dir}` no está en un repositorio git: `diff`, `log` y `--rev` leen las versiones de \
                 un plan guardado en git (ver docs/history.md)"
            ),
            (Lang::En, GitMissing) => {
                "cannot run `git`: install git, or check that it is on PATH".into()
            }
            (Lang::Es, GitMissing) => {
                "no se puede ejecutar `git`: instale git, o compruebe que está en el PATH".into()
            }
            (Lang::En, UnknownRevision { revision }) => format!(
                "unknown revision `{revision}`: name a commit, a branch or a tag (see `git log --oneline` \
                 and `git tag`)"
            ),
            (Lang::Es, UnknownRevision { revision }) => format!(
                "revisión desconocida `{revision}`: indique un commit, una rama o una etiqueta (ver \
                 `git log --oneline` y `git tag`)"
            ),
            (Lang::En, GitFailed { message }) => format!("git failed: {message}"),
            (Lang::Es, GitFailed { message }) => format!("git falló: {message}"),
            (Lang::En, NoPlanAtRevision { dir, revision }) => {
                format!("there is no plan in `{dir}` at `{revision}` (no `plan.toml` there)")
            }
            (Lang::Es, NoPlanAtRevision { dir, revision }) => {
                format!("no hay un plan en `{dir}` en `{revision}` (no hay `plan.toml` allí)")
            }
            (Lang::En, RevisionHasErrors { revision, count }) => format!(
                "the plan at `{revision}` could not be read: {count} {}",
                plural(count, "error", "errors")
            ),
            (Lang::Es, RevisionHasErrors { revision, count }) => format!(
                "no se pudo leer el plan en `{revision}`: {count} {}",
                plural(count, "error", "errores")
            ),
            (Lang::En, FileChanges { path }) => format!("Changes to the plan in {path}"),
            (Lang::Es, FileChanges { path }) => format!("Cambios en el plan en {path}"),
            (Lang::En, NoChangesToFile { path }) => {
                format!("No changes to what {path} says (only its name, layout or comments changed)")
            }
            (Lang::Es, NoChangesToFile { path }) => {
                format!("Sin cambios en lo que dice {path} (solo cambió su nombre, su disposición o sus comentarios)")
            }
            (Lang::En, DriverArguments { count }) => format!(
                "git-diff-driver takes the 7 or 9 arguments git gives an external diff driver, not \
                 {count}: configure it as docs/ci.md shows"
            ),
            (Lang::En, CannotRead { file }) => format!("cannot read `{file}`"),
            (Lang::Es, CannotRead { file }) => format!("no se puede leer `{file}`"),
            (Lang::En, Migrated { file, from, to }) => format!("migrated `{file}` from version {from} to {to}"),
            (Lang::Es, Migrated { file, from, to }) => {
                format!("se actualizó `{file}` de la versión {from} a la {to}")
            }
            (Lang::En, NothingToMigrate { count, version }) => format!(
                "{count} plan {} already at version {version}: nothing to migrate",
                plural(count, "file is", "files are")
            ),
            (Lang::Es, NothingToMigrate { count, version }) => format!(
                "{count} {} del plan ya {} en la versión {version}: no hay nada que actualizar",
                plural(count, "archivo", "archivos"),
                plural(count, "está", "están")
            ),
            (Lang::En, MigrateNotToml { file }) => {
                format!("`{file}` is not valid TOML: `workplan validate` shows where; nothing was written")
            }
            (Lang::Es, MigrateNotToml { file }) => {
                format!("`{file}` no es TOML válido: `workplan validate` muestra dónde; no se escribió nada")
            }
            (Lang::En, MigrateUnknownVersion { file, version }) => format!(
                "`{file}` says `schema = {version}`, a version this workplan cannot migrate: upgrade \
                 workplan; nothing was written"
            ),
            (Lang::Es, MigrateUnknownVersion { file, version }) => format!(
                "`{file}` dice `schema = {version}`, una versión que este workplan no sabe actualizar: \
                 actualice workplan; no se escribió nada"
            ),
            (Lang::En, MigrateWording { file, number, wording }) => format!(
                "`{file}`: {number} says `date = \"{wording}\"`, which workplan cannot read as a \
                 schedule: replace it with a `schedule` code by hand (see docs/format.md); nothing was \
                 written"
            ),
            (Lang::Es, MigrateWording { file, number, wording }) => format!(
                "`{file}`: {number} dice `date = \"{wording}\"`, que workplan no sabe leer como fecha: \
                 reemplácelo a mano por un código `schedule` (ver docs/format.md); no se escribió nada"
            ),
            (Lang::En, MigrateNoYear { file }) => format!(
                "`{file}` has an activity planned for the whole year, but plan.toml has no `year`: add \
                 it first; nothing was written"
            ),
            (Lang::Es, MigrateNoYear { file }) => format!(
                "`{file}` tiene una actividad anual, pero plan.toml no tiene `year`: agréguelo primero; \
                 no se escribió nada"
            ),
            (Lang::En, MigrationLeavesErrors { count }) => format!(
                "once migrated, the plan would still have {count} {}: nothing was written; fix {} and run \
                 `workplan migrate` again",
                plural(count, "error", "errors"),
                plural(count, "it", "them")
            ),
            (Lang::Es, MigrationLeavesErrors { count }) => format!(
                "una vez actualizado, el plan aún tendría {count} {}: no se escribió nada; {} y vuelva a \
                 ejecutar `workplan migrate`",
                plural(count, "error", "errores"),
                plural(count, "corríjalo", "corríjalos")
            ),
            (Lang::En, RenumberOtherArea { from, to, area }) => format!(
                "cannot move {from} to {to}: `workplan renumber` moves an activity within its area \
                 ({area}); to move it to another area, move its [[activity]] table to that area's file \
                 by hand, then run `workplan renumber` on the last activity of each area to close the gaps"
            ),
            (Lang::Es, RenumberOtherArea { from, to, area }) => format!(
                "no se puede mover {from} a {to}: `workplan renumber` mueve una actividad dentro de su \
                 área ({area}); para moverla a otra área, mueva su tabla [[activity]] al archivo de esa \
                 área a mano y luego ejecute `workplan renumber` con la última actividad de cada área \
                 para cerrar los huecos"
            ),
            (Lang::En, RenumberOutOfRange { to, area, count, last, nearest }) => format!(
                "{to} is out of range: area {area} has {count} {}, numbered up to {last}; nearest: {nearest}",
                plural(count as usize, "activity", "activities")
            ),
            (Lang::Es, RenumberOutOfRange { to, area, count, last, nearest }) => format!(
                "{to} está fuera de rango: el área {area} tiene {count} {}, numeradas hasta {last}; la \
                 más cercana: {nearest}",
                plural(count as usize, "actividad", "actividades")
            ),
            (Lang::En, NothingToRenumber { number }) => {
                format!("{number} is already there and its area is numbered in order: nothing to do")
            }
            (Lang::Es, NothingToRenumber { number }) => {
                format!("{number} ya está ahí y su área está numerada en orden: no hay nada que hacer")
            }
            // `workplan site` (issue 19).
            (Lang::En, SiteFooter { version, date }) => {
                format!("Made with workplan {version} from the plan as of {date}, its latest record.")
            }
            (Lang::Es, SiteFooter { version, date }) => {
                format!("Generado con workplan {version} a partir del plan al {date}, fecha de su último registro.")
            }
            (Lang::En, SiteWritten { dir, files }) => {
                format!("wrote the site in `{dir}`: {files} {}", plural(files, "file", "files"))
            }
            (Lang::Es, SiteWritten { dir, files }) => {
                format!("se escribió el sitio en `{dir}`: {files} {}", plural(files, "archivo", "archivos"))
            }
            (Lang::En, SiteNotEmpty { dir }) => format!(
                "`{dir}` is not empty and holds no site written by workplan: nothing was written; choose a \
                 new or empty directory, or add --force to write the site among its files"
            ),
            (Lang::Es, SiteNotEmpty { dir }) => format!(
                "`{dir}` no está vacío y no contiene un sitio escrito por workplan: no se escribió nada; \
                 elija un directorio nuevo o vacío, o agregue --force para escribir el sitio entre sus archivos"
            ),
            (Lang::En, SiteNotDirectory { dir }) => {
                format!("`{dir}` is not a directory: nothing was written; give --out a directory for the site")
            }
            (Lang::Es, SiteNotDirectory { dir }) => {
                format!("`{dir}` no es un directorio: no se escribió nada; indique en --out un directorio para el sitio")
            }
            (Lang::En, CannotWriteSite { dir }) => format!("cannot write the site in `{dir}`"),
            (Lang::Es, CannotWriteSite { dir }) => format!("no se puede escribir el sitio en `{dir}`"),
            // history: diff --area, log, new, --rev
            (Lang::En, NoAreaMatches { area, areas }) => {
                format!("no area matches `{area}`: name one by its number or part of its name ({areas})")
            }
            (Lang::Es, NoAreaMatches { area, areas }) => format!(
                "ningún área coincide con `{area}`: indique una por su número o parte de su nombre ({areas})"
            ),
            (Lang::En, LogUnreadable { files, commit }) => format!(
                "the plan could not be read at this commit ({files}; `workplan validate --rev {commit}` \
                 says why): the next commit is compared with the last version that could"
            ),
            (Lang::Es, LogUnreadable { files, commit }) => format!(
                "no se pudo leer el plan en este commit ({files}; `workplan validate --rev {commit}` \
                 dice por qué): el commit siguiente se compara con la última versión que se pudo leer"
            ),
            (Lang::En, LogPlanCreated { areas, activities }) => format!(
                "plan created: {areas} {}, {activities} {}",
                plural(areas, "area", "areas"),
                plural(activities, "activity", "activities")
            ),
            (Lang::Es, LogPlanCreated { areas, activities }) => format!(
                "plan creado: {areas} {}, {activities} {}",
                plural(areas, "área", "áreas"),
                plural(activities, "actividad", "actividades")
            ),
            (Lang::En, NoHistory) => "no commit changes the plan yet".into(),
            (Lang::Es, NoHistory) => "todavía ningún commit modifica el plan".into(),
            (Lang::En, NoHistoryOf { what }) => format!("no commit changes {what}"),
            (Lang::Es, NoHistoryOf { what }) => format!("ningún commit modifica {what}"),
            (Lang::En, NewSameYear { year }) => {
                format!("the plan is already the plan for {year}: name the year of the new plan, such as {}", year + 1)
            }
            (Lang::Es, NewSameYear { year }) => {
                format!("el plan ya es el de {year}: indique el año del plan nuevo, por ejemplo {}", year + 1)
            }
            (Lang::En, NewTargetNotEmpty { dir }) => format!(
                "`{dir}` already exists and is not empty: name a new directory for the new plan (nothing \
                 was written)"
            ),
            (Lang::Es, NewTargetNotEmpty { dir }) => format!(
                "`{dir}` ya existe y no está vacío: indique un directorio nuevo para el plan nuevo (no se \
                 escribió nada)"
            ),
            (Lang::En, NewPlanWritten { dir, title, areas, activities, from_year, left_out }) => format!(
                "Wrote `{dir}`: {title}, {areas} {}, {activities} {} from the plan for {from_year} \
                 ({left_out} left out).",
                plural(areas, "area", "areas"),
                plural(activities, "activity", "activities")
            ),
            (Lang::Es, NewPlanWritten { dir, title, areas, activities, from_year, left_out }) => format!(
                "Se escribió `{dir}`: {title}, {areas} {}, {activities} {} del plan de {from_year} \
                 ({left_out} {}).",
                plural(areas, "área", "áreas"),
                plural(activities, "actividad", "actividades"),
                plural(left_out, "quedó fuera", "quedaron fuera")
            ),
            (Lang::En, NewPlanToFill { file }) => format!(
                "To fill in: the approval, once the assembly approves the plan, and the committee that \
                 drafts it (templates at the end of `{file}`)."
            ),
            (Lang::Es, NewPlanToFill { file }) => format!(
                "A completar: la aprobación, cuando la Asamblea apruebe el plan, y el Comité Ejecutivo \
                 que lo elabora (modelos al final de `{file}`)."
            ),
            (Lang::En, NewPlanNext { dir }) => format!(
                "Next: workplan --plan {dir} validate; the draft for the assembly: workplan --plan {dir} \
                 export"
            ),
            (Lang::Es, NewPlanNext { dir }) => format!(
                "Siguiente paso: workplan --plan {dir} validate; el borrador para la Asamblea: workplan \
                 --plan {dir} export"
            ),
            (Lang::En, NewPlanApprovalLater) => "To fill in once the assembly approves the plan:".into(),
            (Lang::Es, NewPlanApprovalLater) => "A completar cuando la Asamblea apruebe el plan:".into(),
            (Lang::En, NewPlanCommitteeLater) => "To fill in with the executive committee that drafts it:".into(),
            (Lang::Es, NewPlanCommitteeLater) => "A completar con el Comité Ejecutivo que lo elabora:".into(),
            (Lang::En, NewPlanHasErrors { count }) => format!(
                "the new plan would have {count} {} (shown above), a mistake of workplan: nothing was \
                 written; please report it",
                plural(count, "error", "errors")
            ),
            (Lang::En, DiffHeadingOnly { only, from, to }) => format!("Changes to {only} from {from} to {to}"),
            (Lang::Es, DiffHeadingOnly { only, from, to }) => format!("Cambios en {only} de {from} a {to}"),
            (Lang::En, NoChangesOnly { only, from, to }) => format!("No changes to {only} from {from} to {to}"),
            (Lang::Es, NoChangesOnly { only, from, to }) => format!("Sin cambios en {only} de {from} a {to}"),
            (Lang::En, FocusArea { number }) => format!("area {number}"),
            (Lang::Es, FocusArea { number }) => format!("el área {number}"),
            (Lang::En, FocusActivity { number }) => format!("activity {number}"),
            (Lang::Es, FocusActivity { number }) => format!("la actividad {number}"),
            (Lang::En, DraftAreaFileHeader { number, title, from_year }) => {
                format!("Area {number} of the {title}: a draft from the plan for {from_year}.")
            }
            (Lang::Es, DraftAreaFileHeader { number, title, from_year }) => {
                format!("Área {number} del {title}: borrador a partir del plan de {from_year}.")
            }
            (Lang::En, NewPlanInheritsErrors { count, dir }) => format!(
                "warning: the new plan has {count} {} carried over from the current one: `workplan \
                 --plan {dir} validate` shows them",
                plural(count, "error", "errors")
            ),
            (Lang::Es, NewPlanInheritsErrors { count, dir }) => format!(
                "aviso: el plan nuevo tiene {count} {} heredados del plan actual: `workplan --plan {dir} \
                 validate` los muestra",
                plural(count, "error", "errores")
            ),
            (Lang::Es, NewPlanHasErrors { count }) => format!(
                "el plan nuevo tendría {count} {} (arriba), un error de workplan: no se escribió nada; \
                 infórmelo, por favor",
                plural(count, "error", "errores")
            ),
            // safety-files
            (Lang::En, ConfirmationNotShown { reason }) => format!(
                "warning: the change is written, but its confirmation could not be printed: {reason}"
            ),
            (Lang::Es, ConfirmationNotShown { reason }) => format!(
                "aviso: el cambio está guardado, pero no se pudo mostrar su confirmación: {reason}"
            ),
            (Lang::En, OutputExists { path }) => {
                format!("`{path}` already exists: pass --force to replace it, or choose another file")
            }
            (Lang::Es, OutputExists { path }) => {
                format!("`{path}` ya existe: indique --force para reemplazarlo, o elija otro archivo")
            }
            (Lang::En, OutputIsPlanFile { path }) => format!(
                "`{path}` is a file of the plan (or would be read as one): write the output elsewhere"
            ),
            (Lang::Es, OutputIsPlanFile { path }) => format!(
                "`{path}` es un archivo del plan (o se leería como tal): escriba la salida en otro lugar"
            ),
            (Lang::En, DocumentPartTooLarge { file, part, limit }) => format!(
                "`{file}`: its part `{part}` is larger than {} MiB once unpacked, more than any plan \
                 document (a damaged or crafted file?); nothing was written",
                limit / (1024 * 1024)
            ),
            (Lang::Es, DocumentPartTooLarge { file, part, limit }) => format!(
                "`{file}`: su parte `{part}` ocupa más de {} MiB una vez descomprimida, más que \
                 cualquier documento de plan (¿un archivo dañado o manipulado?); no se escribió nada",
                limit / (1024 * 1024)
            ),
            (Lang::En, WaitingForLock { dir }) => {
                format!("waiting: another workplan process is changing the plan in `{dir}`…")
            }
            (Lang::Es, WaitingForLock { dir }) => {
                format!("esperando: otro proceso de workplan está modificando el plan en `{dir}`…")
            }
            (Lang::En, LockTimedOut { dir, seconds }) => format!(
                "another workplan process has been changing the plan in `{dir}` for {seconds} s: gave up, \
                 nothing was written; try again once it is done (WORKPLAN_LOCK_TIMEOUT sets the wait)"
            ),
            (Lang::Es, LockTimedOut { dir, seconds }) => format!(
                "otro proceso de workplan lleva {seconds} s modificando el plan en `{dir}`: se abandonó, \
                 no se escribió nada; vuelva a intentarlo cuando termine (WORKPLAN_LOCK_TIMEOUT fija la espera)"
            ),
            (Lang::En, BadLockTimeout { value }) => format!(
                "WORKPLAN_LOCK_TIMEOUT is `{value}`: it must be a number of seconds, such as 30 or 0.5"
            ),
            (Lang::Es, BadLockTimeout { value }) => format!(
                "WORKPLAN_LOCK_TIMEOUT vale `{value}`: debe ser un número de segundos, como 30 o 0.5"
            ),
            (Lang::En, ImportInterrupted { dir }) => format!(
                "an import into `{dir}` was interrupted before it finished: the next command that \
                 changes the plan finishes it (run `workplan import --force` again, for example); \
                 until then the plan is not read"
            ),
            (Lang::Es, ImportInterrupted { dir }) => format!(
                "una importación en `{dir}` se interrumpió antes de terminar: el próximo comando que \
                 modifique el plan la termina (vuelva a ejecutar `workplan import --force`, por \
                 ejemplo); hasta entonces el plan no se lee"
            ),
            (Lang::En, CannotFinishImport { dir }) => {
                format!(
                    "cannot finish the import interrupted in `{dir}`: its journal, `.workplan-journal`, \
                     is damaged or not workplan's; if no import was running, look at it and remove it"
                )
            }
            (Lang::Es, CannotFinishImport { dir }) => {
                format!(
                    "no se puede terminar la importación interrumpida en `{dir}`: su registro, \
                     `.workplan-journal`, está dañado o no es de workplan; si no había ninguna \
                     importación en curso, revíselo y bórrelo"
                )
            }
            (Lang::En, LinkOutside { file }) => format!(
                "`{file}` is a symbolic link that leads outside the repository: it is not read; put the \
                 file itself in the plan directory, or remove the link"
            ),
            (Lang::Es, LinkOutside { file }) => format!(
                "`{file}` es un enlace simbólico que lleva fuera del repositorio: no se lee; ponga el \
                 archivo mismo en el directorio del plan, o quite el enlace"
            ),
            (Lang::Es, DriverArguments { count }) => format!(
                "git-diff-driver recibe los 7 o 9 argumentos que git da a un programa de diff externo, \
                 no {count}: configúrelo como indica docs/ci.md"
            ),

            // New-user fixes (issue 17).
            (Lang::En, UnknownAreaNumber { area, nearest }) => {
                format!("there is no area `{area}` in the plan; nearest: {nearest}")
            }
            (Lang::Es, UnknownAreaNumber { area, nearest }) => {
                format!("no hay ningún área `{area}` en el plan; las más cercanas: {nearest}")
            }
            (Lang::En, UnknownAreaName { area }) => format!(
                "no area is numbered `{area}` or has it in its name: `workplan areas` lists them"
            ),
            (Lang::Es, UnknownAreaName { area }) => format!(
                "ningún área tiene el número `{area}` ni lo lleva en su nombre: `workplan areas` las muestra"
            ),
            (Lang::En, UnknownAreaNameNear { area, nearest }) => {
                format!("no area is numbered `{area}` or has it in its name; did you mean {nearest}?")
            }
            (Lang::Es, UnknownAreaNameNear { area, nearest }) => {
                format!("ningún área tiene el número `{area}` ni lo lleva en su nombre; ¿quiso decir {nearest}?")
            }
            (Lang::En, NoActivityMatches) => "no activity matches".into(),
            (Lang::Es, NoActivityMatches) => "ninguna actividad coincide".into(),
            (Lang::En, SemesterOutsidePlanYear { semester, year }) => format!(
                "no activity matches: {semester} is outside the plan's year, {year} (write 1 or 2 for \
                 its semesters)"
            ),
            (Lang::Es, SemesterOutsidePlanYear { semester, year }) => format!(
                "ninguna actividad coincide: {semester} está fuera del año del plan, {year} (escriba 1 \
                 o 2 para sus semestres)"
            ),
            (Lang::En, DateOutsidePlanYear { date, year }) => format!(
                "`{date}` is outside the plan's year, {year}: check the date, or pass --force to record \
                 it in this plan all the same"
            ),
            (Lang::Es, DateOutsidePlanYear { date, year }) => format!(
                "`{date}` está fuera del año del plan, {year}: revise la fecha, o indique --force para \
                 registrarla en este plan de todos modos"
            ),
            (Lang::En, UndatedEvent { year }) => format!(
                "No date set yet: shown across {year}, the plan's year, within which it is to be carried out"
            ),
            (Lang::Es, UndatedEvent { year }) => format!(
                "Aún sin fecha: se muestra en todo {year}, el año del plan, dentro del cual debe realizarse"
            ),
            (Lang::En, OverdueCount { count }) => format!("{count} overdue"),
            (Lang::Es, OverdueCount { count }) => {
                format!("{count} {}", plural(count, "atrasada", "atrasadas"))
            }
            // Writing the plan from the command line (issue 14).
            (Lang::En, ChangeAddsErrors { count }) => format!(
                "the change would add {count} {} to the plan (above); nothing was written: correct the \
                 values, or pass --force to write it anyway",
                plural(count, "error", "errors")
            ),
            (Lang::Es, ChangeAddsErrors { count }) => format!(
                "el cambio agregaría {count} {} al plan (arriba); no se escribió nada: corrija los \
                 valores, o use --force para escribirlo igualmente",
                plural(count, "error", "errores")
            ),
            (Lang::En, EmptyTitleGiven) => "the title is empty: give the activity's title".into(),
            (Lang::Es, EmptyTitleGiven) => "el título está vacío: indique el título de la actividad".into(),
            (Lang::En, ZeroTarget) => "--target must be 1 or more: how many times it is to be carried out".into(),
            (Lang::Es, ZeroTarget) => {
                "--target debe ser 1 o más: cuántas veces se ha de realizar".into()
            }
            (Lang::En, BadScheduleGiven { value }) => format!(
                "`{value}` is not a schedule: write a code (2022, 2022-S2, 2022-Q3, 2022-03, 2022-03-15, \
                 to-be-defined, as-needed) or the document's words (\"2do semestre 2022\", \
                 \"Trimestral (4 al año)\", \"A definir\")"
            ),
            (Lang::Es, BadScheduleGiven { value }) => format!(
                "`{value}` no es un calendario: escriba un código (2022, 2022-S2, 2022-Q3, 2022-03, \
                 2022-03-15, to-be-defined, as-needed) o las palabras del documento (\"2do semestre 2022\", \
                 \"Trimestral (4 al año)\", \"A definir\")"
            ),
            (Lang::En, UnknownArea { value, known }) => format!(
                "no area is `{value}`: give an area's number, or a part of its name that only one area \
                 has (areas: {known})"
            ),
            (Lang::Es, UnknownArea { value, known }) => format!(
                "ningún área es `{value}`: indique el número de un área, o una parte de su nombre que \
                 solo un área tenga (áreas: {known})"
            ),
            (Lang::En, BadPosition { value, area, last }) => format!(
                "--at `{value}` is not a position in area {area}: give a number from 1 to the new \
                 activity's last place ({last})"
            ),
            (Lang::Es, BadPosition { value, area, last }) => format!(
                "--at `{value}` no es una posición del área {area}: indique un número de 1 al último \
                 lugar posible ({last})"
            ),
            (Lang::En, TitleRequired) => "the activity needs a title: pass --title TEXT (workplan asks \
                 for it only on a terminal)"
                .into(),
            (Lang::Es, TitleRequired) => "la actividad necesita un título: use --title TEXTO (workplan \
                 lo pregunta solo en una terminal)"
                .into(),
            (Lang::En, ActivityAdded { number, title, file }) => {
                format!("{number} {title}: added to `{file}`")
            }
            (Lang::Es, ActivityAdded { number, title, file }) => {
                format!("{number} {title}: agregada a `{file}`")
            }
            (Lang::En, NothingToEdit) => {
                "nothing to change: give at least one value to set, or --unset KEY".into()
            }
            (Lang::Es, NothingToEdit) => {
                "nada que cambiar: indique al menos un valor, o --unset CLAVE".into()
            }
            (Lang::En, ActivityEdited { number, title, keys }) => format!("{number} {title}: changed {keys}"),
            (Lang::Es, ActivityEdited { number, title, keys }) => format!("{number} {title}: se cambió {keys}"),
            (Lang::En, HasRecords { number, count }) => format!(
                "{number} has {count} {} of progress, which removing it would lose; use `workplan cancel \
                 {number} --reason TEXT` to keep its history, or --force to remove it anyway",
                plural(count, "record", "records")
            ),
            (Lang::Es, HasRecords { number, count }) => format!(
                "{number} tiene {count} {} de avance, que se perderían al quitarla; use `workplan cancel \
                 {number} --reason TEXTO` para conservar su historia, o --force para quitarla igualmente",
                plural(count, "registro", "registros")
            ),
            (Lang::En, ActivityRemoved { number, title }) => format!("{number} {title}: removed"),
            (Lang::Es, ActivityRemoved { number, title }) => format!("{number} {title}: quitada"),
            (Lang::En, MoveSameArea { number, area }) => format!(
                "{number} is already in area {area}: use `workplan renumber` to change its place there"
            ),
            (Lang::Es, MoveSameArea { number, area }) => format!(
                "{number} ya está en el área {area}: use `workplan renumber` para cambiar su lugar en ella"
            ),
            (Lang::En, ActivityMoved { from, to, title }) => format!("{from} -> {to} {title}: moved"),
            (Lang::Es, ActivityMoved { from, to, title }) => format!("{from} -> {to} {title}: trasladada"),
            (Lang::En, NoRecords { number }) => format!("{number} has no records yet"),
            (Lang::Es, NoRecords { number }) => format!("{number} no tiene registros todavía"),
            (Lang::En, NoSuchRecord { number, wanted, count }) => format!(
                "{number} has no record {wanted}: it has {count} (see `workplan records {number}`)"
            ),
            (Lang::Es, NoSuchRecord { number, wanted, count }) => format!(
                "{number} no tiene registro {wanted}: tiene {count} (ver `workplan records {number}`)"
            ),
            (Lang::En, NothingToAmend) => "--amend needs --on DATE, --note TEXT or both".into(),
            (Lang::Es, NothingToAmend) => "--amend necesita --on FECHA, --note TEXTO o ambos".into(),
            (Lang::En, RecordAmended { date }) => format!("corrected the record of {date}"),
            (Lang::Es, RecordAmended { date }) => format!("se corrigió el registro del {date}"),
            (Lang::En, AreaExists { number, file }) => {
                format!("area {number} exists already, in `{file}`: use `workplan area edit {number}`")
            }
            (Lang::Es, AreaExists { number, file }) => {
                format!("el área {number} ya existe, en `{file}`: use `workplan area edit {number}`")
            }
            (Lang::En, EmptyAreaNameGiven) => "the name is empty: give the area's name".into(),
            (Lang::Es, EmptyAreaNameGiven) => "el nombre está vacío: indique el nombre del área".into(),
            (Lang::En, AreaAdded { number, file }) => format!("area {number}: added as `{file}`"),
            (Lang::Es, AreaAdded { number, file }) => format!("área {number}: agregada como `{file}`"),
            (Lang::En, AreaEdited { number, file }) => format!("area {number}: changed, in `{file}`"),
            (Lang::Es, AreaEdited { number, file }) => format!("área {number}: modificada, en `{file}`"),
            (Lang::En, AreaHasActivities { number, count }) => format!(
                "area {number} has {count} {}: move or remove them first, or pass --force to remove the \
                 area with them",
                plural(count, "activity", "activities")
            ),
            (Lang::Es, AreaHasActivities { number, count }) => format!(
                "el área {number} tiene {count} {}: trasládelas o quítelas antes, o use --force para \
                 quitar el área con ellas",
                plural(count, "actividad", "actividades")
            ),
            (Lang::En, AreaRemoved { number, file }) => format!("area {number}: removed `{file}`"),
            (Lang::Es, AreaRemoved { number, file }) => format!("área {number}: se quitó `{file}`"),
            (Lang::En, BadAreaNumber { value }) => {
                format!("`{value}` is not an area number: write two numbers with a dot, such as 3.1")
            }
            (Lang::Es, BadAreaNumber { value }) => {
                format!("`{value}` no es un número de área: escriba dos números con un punto, como 3.1")
            }
            (Lang::En, InitNeedsWords) => "--organisation and --title cannot be empty".into(),
            (Lang::Es, InitNeedsWords) => "--organisation y --title no pueden estar vacíos".into(),
            (Lang::En, BadYear { value }) => format!("`{value}` is not a year: write it with four digits, 2023"),
            (Lang::Es, BadYear { value }) => format!("`{value}` no es un año: escríbalo con cuatro cifras, 2023"),
            (Lang::En, DirNotEmpty { dir }) => format!(
                "`{dir}` is not empty: a new plan goes into a new or empty directory (`workplan import` \
                 reads an existing document)"
            ),
            (Lang::Es, DirNotEmpty { dir }) => format!(
                "`{dir}` no está vacío: un plan nuevo va en un directorio nuevo o vacío (`workplan import` \
                 lee un documento existente)"
            ),
            (Lang::En, PlanCreated { dir }) => format!(
                "created the plan in `{dir}`; next: workplan --plan {dir} area add 1.1 --name NAME"
            ),
            (Lang::Es, PlanCreated { dir }) => format!(
                "se creó el plan en `{dir}`; luego: workplan --plan {dir} area add 1.1 --name NOMBRE"
            ),
            (Lang::En, PromptTitle) => "Title".into(),
            (Lang::Es, PromptTitle) => "Título".into(),
            (Lang::En, PromptPlace) => "Place".into(),
            (Lang::Es, PromptPlace) => "Lugar".into(),
            (Lang::En, PromptSchedule) => "When (2022-S2, 2022-Q3, \"2do semestre 2022\", \"Trimestral (4 al año)\", \
                 \"A definir\")"
                .into(),
            (Lang::Es, PromptSchedule) => "Cuándo (2022-S2, 2022-Q3, \"2do semestre 2022\", \"Trimestral (4 al año)\", \
                 \"A definir\")"
                .into(),
            (Lang::En, PromptResources) => "Resources".into(),
            (Lang::Es, PromptResources) => "Recursos".into(),
            (Lang::En, PromptOptional) => "Enter to leave it out".into(),
            (Lang::Es, PromptOptional) => "Enter para omitirlo".into(),
            (Lang::En, AreaRequired) => "the activity needs an area: pass --area AREA (its number or a part of \
                 its name)"
                .into(),
            (Lang::Es, AreaRequired) => "la actividad necesita un área: use --area ÁREA (su número o una parte \
                 de su nombre)"
                .into(),
            // Import of tables, spreadsheets and other layouts (issue 16).
            (Lang::En, DocumentHasNoActivities { file }) => format!(
                "`{file}` has work areas but no activity was found in them: number activities \
                 \"3.1.1) Title\", or put them in a table whose header row names an \"Actividad\" column \
                 (see docs/import.md)"
            ),
            (Lang::Es, DocumentHasNoActivities { file }) => format!(
                "`{file}` tiene áreas de trabajo pero ninguna actividad: numere las actividades \
                 \"3.1.1) Título\", o póngalas en una tabla cuya fila de encabezado tenga una columna \
                 \"Actividad\" (ver docs/import.md)"
            ),
            (Lang::En, SpreadsheetUnreadable { file, reason }) => format!(
                "`{file}` is not a readable spreadsheet ({reason}): save it again as .xlsx or .ods, or as CSV"
            ),
            (Lang::Es, SpreadsheetUnreadable { file, reason }) => format!(
                "`{file}` no es una planilla legible ({reason}): vuelva a guardarla como .xlsx u .ods, o como CSV"
            ),
            (Lang::En, CsvUnreadable { file, line, reason }) => {
                format!("{file}:{line}: the CSV cannot be read ({reason}): check the quotes on that line")
            }
            (Lang::Es, CsvUnreadable { file, line, reason }) => {
                format!("{file}:{line}: no se puede leer el CSV ({reason}): revise las comillas de esa línea")
            }
            (Lang::En, DocumentNotText { file, line }) => format!(
                "{file}:{line}: control characters: the file is not text in UTF-8 or Windows-1252; save it \
                 again as \"CSV UTF-8\""
            ),
            (Lang::Es, DocumentNotText { file, line }) => format!(
                "{file}:{line}: caracteres de control: el archivo no es texto en UTF-8 ni en Windows-1252; \
                 vuelva a guardarlo como \"CSV UTF-8\""
            ),
            (Lang::En, PlainTitle { year }) => format!("Work Plan {year}"),
            (Lang::Es, PlainTitle { year }) => format!("Plan de Trabajo {year}"),
            (Lang::En, BinaryToTerminal { format }) => format!(
                "a .{format} file is not text for a terminal: write it with -o plan.{format}, or redirect \
                 standard output to a file"
            ),
            (Lang::Es, BinaryToTerminal { format }) => format!(
                "un archivo .{format} no es texto para una terminal: escríbalo con -o plan.{format}, o \
                 redirija la salida estándar a un archivo"
            ),
            (Lang::En, CannotWriteSpreadsheet { reason }) => {
                format!("the spreadsheet cannot be written: {reason}")
            }
            (Lang::Es, CannotWriteSpreadsheet { reason }) => {
                format!("no se puede escribir la planilla: {reason}")
            }
            (Lang::En, SpreadsheetHasNoYear { file }) => format!(
                "`{file}` does not say the plan's year: not in a sheet's name, the file's name or the dates; \
                 pass it with --year 2024"
            ),
            (Lang::Es, SpreadsheetHasNoYear { file }) => format!(
                "`{file}` no indica el año del plan: ni en el nombre de una hoja, ni en el del archivo, ni en \
                 las fechas; indíquelo con --year 2024"
            ),
        }
    }

    /// Where a carried activity came from and how it ended, for a comment in the new plan:
    /// "2022: 3.1.4, carried out 2022-10-05". Dates as in the files, `YYYY-MM-DD`.
    // history: new YEAR
    pub fn origin(self, origin: &Origin) -> String {
        let Origin { year, number, ending } = origin;
        let how = match (self, ending) {
            (Lang::En, Ending::NotCarriedOut) => format!("not carried out in {year}"),
            (Lang::Es, Ending::NotCarriedOut) => format!("no realizada en {year}"),
            (Lang::En, Ending::CarriedOut { on }) => format!("carried out {on}"),
            (Lang::Es, Ending::CarriedOut { on }) => format!("realizada el {on}"),
            (Lang::En, Ending::Partly { done, planned, last }) => {
                format!("carried out {done} of {planned} times, the last on {last}")
            }
            (Lang::Es, Ending::Partly { done, planned, last }) => {
                format!("realizada {done} de {planned} veces, la última el {last}")
            }
            (Lang::En, Ending::Cancelled { on, reason }) => format!("cancelled {on}: {reason}"),
            (Lang::Es, Ending::Cancelled { on, reason }) => format!("cancelada el {on}: {reason}"),
        };
        format!("{year}: {number}, {how}")
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

    /// A schedule as a plan document writes it after "Fecha:": "1er semestre 2022", "Anual" (the
    /// plan year), "Trimestral (4 al año)", "A definir (4 al año)". `count` is a number of times to
    /// state, and whether it is a number per year.
    pub fn document_schedule(
        self,
        schedule: Schedule,
        every: Option<Frequency>,
        count: Option<(u32, bool)>,
        plan_year: i32,
    ) -> String {
        let mut words: Vec<String> =
            every.map(|every| self.frequency(every).to_owned()).into_iter().collect();
        if every.is_none() || schedule != Schedule::Dated(Period::Year(plan_year)) {
            words.push(match schedule {
                Schedule::ToBeDefined => self.to_be_defined().into(),
                Schedule::AsNeeded => self.as_needed().into(),
                Schedule::Dated(Period::Year(year)) if year == plan_year => self.annual().into(),
                Schedule::Dated(Period::Year(year)) => format!("{} {year}", self.annual()),
                Schedule::Dated(period) => self.period(period),
            });
        }
        if let Some((times, per_year)) = count {
            let times = if per_year { self.times_a_year(times) } else { self.times(times) };
            words.push(format!("({times})"));
        }
        let text = words.join(" ");
        let mut chars = text.chars();
        chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }

    fn annual(self) -> &'static str {
        match self {
            Lang::En => "Annual",
            Lang::Es => "Anual",
        }
    }

    fn times(self, times: u32) -> String {
        match (self, times) {
            (Lang::En, 1) => "1 time".into(),
            (Lang::En, _) => format!("{times} times"),
            (Lang::Es, 1) => "1 vez".into(),
            (Lang::Es, _) => format!("{times} veces"),
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
            (Lang::En, Period::Months { year, first, last }) => {
                format!("{} to {} {year}", self.month(first), self.month(last))
            }
            (Lang::Es, Period::Months { year, first, last }) => {
                format!("{} a {} {year}", self.month(first), self.month(last).to_lowercase())
            }
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

    /// What the importer was unsure of, and what it did.
    pub fn doubt(self, doubt: &DoubtKind) -> String {
        match self {
            Lang::En => doubt_en(doubt),
            Lang::Es => doubt_es(doubt),
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

fn mib(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

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

/// "Plan de Trabajo 2022" and "de la Red GEALC", with a space when both are there.
fn joined(title: &str, of_organisation: &str) -> String {
    format!("{title} {of_organisation}").trim().to_owned()
}

/// "A, B y C".
fn listing(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

fn doubt_en(doubt: &DoubtKind) -> String {
    use DoubtKind::*;
    match doubt {
        TitleRecased { written, title } => {
            format!("the title `{written}` is in capitals; written as `{title}`")
        }
        TitleFromFirstLine { title } => {
            format!("no line names the plan; the first line was taken as its title: `{title}`")
        }
        NoTitle { title } => format!("no title found: `{title}` was written; correct it in plan.toml"),
        OrganisationFromAssembly { organisation } => {
            format!("the organisation `{organisation}` was taken from the name of the assembly")
        }
        NoOrganisation => "no organisation found: write it in plan.toml".into(),
        YearFromApproval { year } => {
            format!("the title has no year; {year}, the year after the approval, was taken")
        }
        Kept { text } => format!("not understood, kept as a comment: `{text}`"),
        ScheduleNotRead { text } => {
            format!("the date `{text}` was not understood: no schedule; the text is kept as a comment")
        }
        YearAssumed { text, year } => format!("`{text}` names no year; {year}, the plan's year, was taken"),
        OutsidePlanYear { text } => format!("`{text}` is outside the plan's year; kept as written"),
        NumberInTitle { title } => format!("the title starts with a number (`{title}`); kept as written"),
        NoFields => "no place, date or resources; kept as written".into(),
        CountAdded { words, total } => {
            format!("target {total} added up from the title: {}", words.join(" + "))
        }
        CountsDisagree { title, schedule } => {
            format!("the title says {title} times, the date {schedule}; {schedule} was taken")
        }
        OutsideItsArea { area } => format!("the number is not within area {area}; kept in it as written"),
        RepeatedNumber { number } => format!("`{number}` is used twice"),
        RepeatedField { text } => format!("a second `{text}`; kept as a comment"),
        // Import of tables, spreadsheets and other layouts (issue 16).
        AreaWithoutActivities { number } => format!("area {number} has no activities"),
        DatesInAnotherYear { year, count, total, plan_year } => format!(
            "{count} of {total} dates name {year}, not {plan_year}, the plan's year: check the plan's year"
        ),
        YearFromText { year } => format!("the plan's year, {year}, was taken from this line"),
        TableWithoutHeader => "a table without a header row naming an `Actividad` column: its rows were \
                               read as lines"
            .into(),
        ColumnKept { column } => {
            format!("the column `{column}` has no place in a plan: kept as a comment on each activity")
        }
        AreaNumbered { number, name } if name.is_empty() => {
            format!("activities without an area: put in a new area {number}; name it in its file")
        }
        AreaNumbered { number, name } => format!("the area `{name}` has no number: numbered {number}"),
        YearFromName { year, name } => format!("the plan's year, {year}, was taken from the name `{name}`"),
        YearFromDates { year } => {
            format!("the plan's year, {year}, was taken from the dates, which all name it")
        }
    }
}

fn doubt_es(doubt: &DoubtKind) -> String {
    use DoubtKind::*;
    match doubt {
        TitleRecased { written, title } => {
            format!("el título `{written}` está en mayúsculas; se escribió `{title}`")
        }
        TitleFromFirstLine { title } => {
            format!("ninguna línea nombra el plan; se tomó la primera como título: `{title}`")
        }
        NoTitle { title } => {
            format!("no se encontró el título: se escribió `{title}`; corríjalo en plan.toml")
        }
        OrganisationFromAssembly { organisation } => {
            format!("la organización `{organisation}` se tomó del nombre de la asamblea")
        }
        NoOrganisation => "no se encontró la organización: escríbala en plan.toml".into(),
        YearFromApproval { year } => {
            format!("el título no indica el año; se tomó {year}, el año siguiente a la aprobación")
        }
        Kept { text } => format!("sin interpretar, se conservó como comentario: `{text}`"),
        ScheduleNotRead { text } => {
            format!("no se entendió la fecha `{text}`: sin `schedule`; el texto se conservó como comentario")
        }
        YearAssumed { text, year } => format!("`{text}` no indica el año; se tomó {year}, el año del plan"),
        OutsidePlanYear { text } => format!("`{text}` está fuera del año del plan; se mantuvo tal como está"),
        NumberInTitle { title } => {
            format!("el título empieza con un número (`{title}`); se mantuvo tal como está")
        }
        NoFields => "sin lugar, fecha ni recursos; se mantuvo tal como está".into(),
        CountAdded { words, total } => {
            format!("meta {total} sumada a partir del título: {}", words.join(" + "))
        }
        CountsDisagree { title, schedule } => {
            format!("el título dice {title} veces y la fecha {schedule}; se tomó {schedule}")
        }
        OutsideItsArea { area } => format!("el número no pertenece al área {area}; se mantuvo en ella"),
        RepeatedNumber { number } => format!("`{number}` está repetido"),
        RepeatedField { text } => format!("`{text}` repetido; se conservó como comentario"),
        // Import of tables, spreadsheets and other layouts (issue 16).
        AreaWithoutActivities { number } => format!("el área {number} no tiene actividades"),
        DatesInAnotherYear { year, count, total, plan_year } => format!(
            "{count} de {total} fechas son de {year}, no de {plan_year}, el año del plan: revise el año del plan"
        ),
        YearFromText { year } => format!("el año del plan, {year}, se tomó de esta línea"),
        TableWithoutHeader => "una tabla sin fila de encabezado con una columna `Actividad`: sus filas se \
                               leyeron como líneas"
            .into(),
        ColumnKept { column } => {
            format!(
                "la columna `{column}` no tiene lugar en el plan: se conservó como comentario en cada actividad"
            )
        }
        AreaNumbered { number, name } if name.is_empty() => {
            format!(
                "actividades sin área: se pusieron en un área nueva, {number}; póngale nombre en su archivo"
            )
        }
        AreaNumbered { number, name } => format!("el área `{name}` no tiene número: se numeró {number}"),
        YearFromName { year, name } => format!("el año del plan, {year}, se tomó del nombre `{name}`"),
        YearFromDates { year } => {
            format!("el año del plan, {year}, se tomó de las fechas, que son todas de ese año")
        }
    }
}

/// The one plural rule of the catalogue: English and Spanish both say `one` for 1 and `many`
/// for every other count, 0 included ("0 errors", "0 errores"). Every counted word goes
/// through it.
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

const SCHEDULE_FORMS: &str =
    "2022, 2022-S1, 2022-Q3, 2022-03, 2022-03/06, 2022-03-15, to-be-defined, as-needed";

/// Whether a `schema` value names a version older than those supported: `migrate` upgrades it.
fn is_older_schema(found: &str) -> bool {
    let oldest = crate::load::SUPPORTED_SCHEMAS.iter().min().copied().unwrap_or(1);
    found.parse::<i64>().is_ok_and(|version| (0..oldest).contains(&version))
}

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
        Unreadable { reason, .. } => (
            format!("the file cannot be read: {reason}"),
            Some("check that it exists and that you may read it".into()),
        ),
        NotAFile => (
            "this is not a file, yet its name ends in .toml".into(),
            Some("plan directories hold only plan files: rename or move it".into()),
        ),
        // safety-files
        LinkOutside => (
            "this is a symbolic link that leads outside the repository (outside git, the plan directory), so it is not read".into(),
            Some("put the file itself in the plan directory, or remove the link".into()),
        ),
        TooLarge { bytes, limit } => (
            format!(
                "the file is too large to be a plan file ({} MiB; the limit is {} MiB)",
                mib(*bytes),
                mib(*limit)
            ),
            Some("split the area, or check that this is the file you meant".into()),
        ),
        Syntax { message } => (format!("invalid TOML: {message}"), None),
        MissingSchema => (
            "the file does not say its format version".into(),
            Some(
                "a file of version 0 (older than `schema = 1`) is upgraded by `workplan migrate`; else \
                 add `schema = 1` at the top of the file"
                    .into(),
            ),
        ),
        UnsupportedSchema { found } => (
            format!(
                "format version {found} is not supported by this workplan (supported: {})",
                supported_schemas()
            ),
            Some(if is_older_schema(found) {
                "run `workplan migrate` to upgrade the plan's files to the current version".into()
            } else {
                "upgrade workplan, or check the `schema` number".into()
            }),
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
        BadSchedule { value, suggestion } => (
            format!("`{value}` is not a schedule this format knows"),
            Some(match suggestion {
                Some(code) => format!("did you mean `{code}`?"),
                None => format!("write one of: {SCHEDULE_FORMS}"),
            }),
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
        UnknownCheck { name, suggestion } => (
            format!("`{name}` is not the name of a check"),
            Some(match suggestion {
                Some(known) => format!("did you mean `{known}`?"),
                None => format!("the checks that can be allowed are: {}", allowable_checks()),
            }),
        ),
        NotAllowable { name } => (
            format!("`{name}` findings cannot be allowed"),
            Some(format!(
                "correct the file instead; only these checks can be allowed: {}",
                allowable_checks()
            )),
        ),
        NumberGap { missing, through: None, next } => {
            (format!("there is no {missing}: the numbering jumps to {next}"), Some(GAP_HINT_EN.into()))
        }
        NumberGap { missing, through: Some(through), next } => (
            format!("there are no {missing} to {through}: the numbering jumps to {next}"),
            Some(GAP_HINT_EN.into()),
        ),
        DuplicateActivityNumber { number, first } => (
            format!("activity number {number} is already used at {first}"),
            Some("give each activity a number of its own".into()),
        ),
        NotInArea { number, area } => (
            format!("activity number `{number}` does not belong to area {area}"),
            Some(format!(
                "activities of area {area} are numbered {area}.1, {area}.2, …: renumber it, \
                 or move it to the file of its own area"
            )),
        ),
        FileNameMismatch { number, file_name } => (
            format!("area {number} is in `{file_name}`, a file whose name does not start with its number"),
            Some(format!("rename the file to `{number}-….toml`, or correct `number`")),
        ),
        StrayNumberInTitle { prefix } => (
            format!("the title begins with a stray number, `{prefix}`"),
            Some("remove it from the title: the activity's number goes in `number`".into()),
        ),
        ScheduleOutsideYear { period, year, suggestion } => (
            format!(
                "scheduled for {} (`{}`), outside the plan's year, {year}",
                Lang::En.period(*period),
                Schedule::Dated(*period)
            ),
            Some(match suggestion {
                Some(moved) => {
                    format!("the plan covers {year} only: did you mean `{}`?", Schedule::Dated(*moved))
                }
                None => format!("the plan covers {year} only: move the activity into {year}"),
            }),
        ),
        DoneInFuture { on, today } => (
            format!("recorded as done on {}, after today ({})", Lang::En.date(*on), Lang::En.date(*today)),
            Some("record a completion once it has happened, or correct its date".into()),
        ),
        DoneBeforeApproval { on, approved } => (
            format!(
                "recorded as done on {}, before the plan was approved ({})",
                Lang::En.date(*on),
                Lang::En.date(*approved)
            ),
            Some("correct the date: work done before the approval belongs to the previous plan".into()),
        ),
        DoneOutsidePeriod { on, planned } => (
            format!(
                "recorded as done on {}, outside its planned period ({})",
                Lang::En.date(*on),
                Lang::En.period(*planned)
            ),
            Some("correct the date, or update `schedule` if the activity was moved".into()),
        ),
        // New-user fixes (issue 17): a record outside the plan's year names the real schedule.
        DoneOutsidePlanYear { on, year, schedule } => (
            format!(
                "recorded as done on {}, outside the plan's year, {year} (its schedule: {})",
                Lang::En.date(*on),
                Lang::En.schedule(*schedule, None, None)
            ),
            Some(format!("correct the date: this plan covers {year} only")),
        ),
        DoneTooOften { done, planned } => (
            format!(
                "recorded as done {done} times, but planned {planned} {}",
                plural(*planned as usize, "time", "times")
            ),
            Some("remove the extra records, or raise `target` if more were planned".into()),
        ),
        MissingDetails { place, schedule, resources } => {
            let missing = missing_details(*place, *schedule, *resources, ["place", "schedule", "resources"]);
            (
                format!("the activity has no {}", join_words(&missing, "or")),
                Some(
                    "add what is missing; if it is still being defined, write `allow = [\"completeness\"]` \
                     in the activity with a comment saying why"
                        .into(),
                ),
            )
        }
        EmptyTitle => ("the activity's title is empty".into(), Some("write the title as approved".into())),
        EmptyAreaName => ("the area's name is empty".into(), Some("write the name as approved".into())),
        DuplicateActivity { first } => (
            format!("same title and schedule as activity {first}"),
            Some(
                "if it is a copy, remove it; if it happens twice, say so in the title (\"Second …\") \
                 or give each its own schedule"
                    .into(),
            ),
        ),
        UnusedAllowance { check } => (
            format!("`{check}` is allowed here, but this activity has no `{check}` warning"),
            Some("remove it from `allow`: what it allowed has been corrected".into()),
        ),
        // safety-output: control and bidi characters, overlong text.
        HiddenCharacter { field, character } => (
            if crate::text::is_bidi_control(*character) {
                format!(
                    "`{field}` contains the bidi control U+{:04X}, which makes text read differently from what it is",
                    u32::from(*character)
                )
            } else {
                format!(
                    "`{field}` contains the control character U+{:04X}, which a terminal obeys instead of showing",
                    u32::from(*character)
                )
            },
            Some("delete it: plan text needs no control characters (line breaks and tabs are fine)".into()),
        ),
        TextTooLong { field, chars, limit } => (
            format!("`{field}` is {chars} characters long, more than the {limit} a reader takes in"),
            Some("shorten it; details belong in the minutes or a linked document".into()),
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
        Unreadable { kind, reason } => (
            format!("no se puede leer el archivo: {}", Lang::Es.io_reason(*kind, reason)),
            Some("compruebe que existe y que tiene permiso para leerlo".into()),
        ),
        NotAFile => (
            "esto no es un archivo, aunque su nombre termina en .toml".into(),
            Some("los directorios de plan solo contienen archivos de plan: renómbrelo o muévalo".into()),
        ),
        // safety-files
        LinkOutside => (
            "este es un enlace simbólico que lleva fuera del repositorio (fuera de git, del directorio del plan), por eso no se lee".into(),
            Some("ponga el archivo mismo en el directorio del plan, o quite el enlace".into()),
        ),
        TooLarge { bytes, limit } => (
            format!(
                "el archivo es demasiado grande para ser un archivo de plan ({} MiB; el límite es {} MiB)",
                mib(*bytes),
                mib(*limit)
            ),
            Some("divida el área, o compruebe que es el archivo correcto".into()),
        ),
        Syntax { message } => (format!("TOML no válido: {}", toml_es::translate(message)), None),
        MissingSchema => (
            "el archivo no indica la versión de su formato".into(),
            Some(
                "un archivo de la versión 0 (anterior a `schema = 1`) se actualiza con `workplan \
                 migrate`; si no, agregue `schema = 1` al comienzo del archivo"
                    .into(),
            ),
        ),
        UnsupportedSchema { found } => (
            format!(
                "esta versión de workplan no admite la versión de formato {found} (admitidas: {})",
                supported_schemas()
            ),
            Some(if is_older_schema(found) {
                "ejecute `workplan migrate` para actualizar los archivos del plan a la versión actual".into()
            } else {
                "actualice workplan, o revise el número de `schema`".into()
            }),
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
        BadSchedule { value, suggestion } => (
            format!("`{value}` no es una fecha que este formato conozca"),
            Some(match suggestion {
                Some(code) => format!("¿quiso decir `{code}`?"),
                None => format!("escriba una de: {SCHEDULE_FORMS}"),
            }),
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
        UnknownCheck { name, suggestion } => (
            format!("`{name}` no es el nombre de una comprobación"),
            Some(match suggestion {
                Some(known) => format!("¿quiso decir `{known}`?"),
                None => format!("las comprobaciones que se pueden permitir son: {}", allowable_checks()),
            }),
        ),
        NotAllowable { name } => (
            format!("los hallazgos de `{name}` no se pueden permitir"),
            Some(format!("corrija el archivo; solo se pueden permitir: {}", allowable_checks())),
        ),
        NumberGap { missing, through: None, next } => {
            (format!("no hay {missing}: la numeración salta a {next}"), Some(GAP_HINT_ES.into()))
        }
        NumberGap { missing, through: Some(through), next } => (
            format!("faltan de {missing} a {through}: la numeración salta a {next}"),
            Some(GAP_HINT_ES.into()),
        ),
        DuplicateActivityNumber { number, first } => (
            format!("el número de actividad {number} ya se usa en {first}"),
            Some("cada actividad lleva un número propio".into()),
        ),
        NotInArea { number, area } => (
            format!("el número de actividad `{number}` no corresponde al área {area}"),
            Some(format!(
                "las actividades del área {area} se numeran {area}.1, {area}.2, …: renumérela, \
                 o muévala al archivo de su propia área"
            )),
        ),
        FileNameMismatch { number, file_name } => (
            format!(
                "el área {number} está en `{file_name}`, un archivo cuyo nombre no empieza con su número"
            ),
            Some(format!("cambie el nombre del archivo a `{number}-….toml`, o corrija `number`")),
        ),
        StrayNumberInTitle { prefix } => (
            format!("el título empieza con un número que sobra, `{prefix}`"),
            Some("quítelo del título: el número de la actividad va en `number`".into()),
        ),
        ScheduleOutsideYear { period, year, suggestion } => (
            format!(
                "prevista para {} (`{}`), fuera del año del plan, {year}",
                Lang::Es.period(*period),
                Schedule::Dated(*period)
            ),
            Some(match suggestion {
                Some(moved) => {
                    format!("el plan abarca solo {year}: ¿quiso decir `{}`?", Schedule::Dated(*moved))
                }
                None => format!("el plan abarca solo {year}: lleve la actividad a {year}"),
            }),
        ),
        DoneInFuture { on, today } => (
            format!(
                "registrada como realizada el {}, después de hoy ({})",
                Lang::Es.date(*on),
                Lang::Es.date(*today)
            ),
            Some("registre una actividad realizada cuando haya ocurrido, o corrija la fecha".into()),
        ),
        DoneBeforeApproval { on, approved } => (
            format!(
                "registrada como realizada el {}, antes de la aprobación del plan ({})",
                Lang::Es.date(*on),
                Lang::Es.date(*approved)
            ),
            Some("corrija la fecha: lo realizado antes de la aprobación corresponde al plan anterior".into()),
        ),
        DoneOutsidePeriod { on, planned } => (
            format!(
                "registrada como realizada el {}, fuera de su período previsto ({})",
                Lang::Es.date(*on),
                Lang::Es.period(*planned)
            ),
            Some("corrija la fecha, o actualice `schedule` si la actividad se trasladó".into()),
        ),
        // New-user fixes (issue 17): a record outside the plan's year names the real schedule.
        DoneOutsidePlanYear { on, year, schedule } => (
            format!(
                "registrada como realizada el {}, fuera del año del plan, {year} (su fecha: {})",
                Lang::Es.date(*on),
                Lang::Es.schedule(*schedule, None, None)
            ),
            Some(format!("corrija la fecha: este plan abarca solo {year}")),
        ),
        DoneTooOften { done, planned } => (
            format!(
                "registrada como realizada {done} veces, pero prevista {planned} {}",
                plural(*planned as usize, "vez", "veces")
            ),
            Some("quite los registros de más, o aumente `target` si se previeron más".into()),
        ),
        MissingDetails { place, schedule, resources } => {
            let missing = missing_details(*place, *schedule, *resources, ["lugar", "fecha", "recursos"]);
            (
                format!("la actividad no tiene {}", join_words(&missing, "ni")),
                Some(
                    "agregue lo que falta; si todavía se está definiendo, escriba `allow = [\"completeness\"]` \
                     en la actividad con un comentario que explique por qué"
                        .into(),
                ),
            )
        }
        EmptyTitle => (
            "el título de la actividad está vacío".into(),
            Some("escriba el título tal como fue aprobado".into()),
        ),
        EmptyAreaName => {
            ("el nombre del área está vacío".into(), Some("escriba el nombre tal como fue aprobado".into()))
        }
        DuplicateActivity { first } => (
            format!("mismo título y fecha que la actividad {first}"),
            Some(
                "si es una copia, quítela; si ocurre dos veces, indíquelo en el título («Segundo …») \
                 o dele a cada una su propia fecha"
                    .into(),
            ),
        ),
        UnusedAllowance { check } => (
            format!("`{check}` está permitido aquí, pero esta actividad no tiene avisos de `{check}`"),
            Some("quítelo de `allow`: lo que permitía ya fue corregido".into()),
        ),
        // safety-output: caracteres de control y bidireccionales, textos demasiado largos.
        HiddenCharacter { field, character } => (
            if crate::text::is_bidi_control(*character) {
                format!(
                    "`{field}` contiene el control bidireccional U+{:04X}, que hace que el texto se lea distinto de lo que es",
                    u32::from(*character)
                )
            } else {
                format!(
                    "`{field}` contiene el carácter de control U+{:04X}, que una terminal ejecuta en vez de mostrar",
                    u32::from(*character)
                )
            },
            Some("bórrelo: el texto del plan no necesita caracteres de control (los saltos de línea y las tabulaciones sí se admiten)".into()),
        ),
        TextTooLong { field, chars, limit } => (
            format!("`{field}` tiene {chars} caracteres, más de los {limit} que se leen de corrido"),
            Some("acórtelo; los detalles van en el acta o en un documento enlazado".into()),
        ),
    }
}

fn summary_en(tally: Tally) -> String {
    let Tally { files, activities, errors, warnings, allowed, unread } = tally;
    let allowed = if allowed > 0 { format!(" ({allowed} allowed)") } else { String::new() };
    let unread = match unread {
        0 => String::new(),
        n => format!(", not counting those of {n} {} that could not be read", plural(n, "file", "files")),
    };
    format!(
        "checked {files} {}, {activities} {}{unread}: {errors} {}, {warnings} {}{allowed}",
        plural(files, "file", "files"),
        plural(activities, "activity", "activities"),
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings"),
    )
}

fn summary_es(tally: Tally) -> String {
    let Tally { files, activities, errors, warnings, allowed, unread } = tally;
    let allowed = match allowed {
        0 => String::new(),
        n => format!(" ({n} {})", plural(n, "permitido", "permitidos")),
    };
    let unread = match unread {
        0 => String::new(),
        n => format!(
            ", sin contar las de {n} {} que no se {} leer",
            plural(n, "archivo", "archivos"),
            plural(n, "pudo", "pudieron")
        ),
    };
    format!(
        "revisados {files} {}, {activities} {}{unread}: {errors} {}, {warnings} {}{allowed}",
        plural(files, "archivo", "archivos"),
        plural(activities, "actividad", "actividades"),
        plural(errors, "error", "errores"),
        plural(warnings, "aviso", "avisos"),
    )
}

const GAP_HINT_EN: &str = "renumber so that the numbers run 1, 2, 3 … without gaps, or add what is missing";
const GAP_HINT_ES: &str = "renumere para que los números sigan 1, 2, 3 … sin saltos, o agregue lo que falta";

/// The names of the checks an activity may allow, for hints.
fn allowable_checks() -> String {
    let names: Vec<&str> =
        Check::ALL.into_iter().filter(|check| check.can_be_allowed()).map(Check::name).collect();
    names.join(", ")
}

/// The words for the details an activity lacks, in the order the format lists them.
fn missing_details(place: bool, schedule: bool, resources: bool, words: [&str; 3]) -> Vec<&str> {
    [place, schedule, resources]
        .into_iter()
        .zip(words)
        .filter(|(missing, _)| *missing)
        .map(|(_, w)| w)
        .collect()
}

/// "a", "a or b", "a, b or c" (with the language's "or").
fn join_words(words: &[&str], or: &str) -> String {
    match words {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [init @ .., last] => format!("{} {or} {last}", init.join(", ")),
    }
}

/// `workplan` with no command: what to try first.
const OVERVIEW_EN: &str = "\
workplan keeps an annual work plan as TOML files in a plan/ directory. To begin:

  workplan list               the activities (filters: --area 3.1, --semester 2, --status pending)
  workplan show 3.1.2         one activity in full
  workplan validate           check the plan for mistakes, with the line of each
  workplan done 3.1.2         record that an activity was carried out
  workplan summary            where the year stands

`workplan --help` lists every command; `workplan COMMAND --help` explains one, with examples.";

const OVERVIEW_ES: &str = "\
workplan lleva un plan de trabajo anual en archivos TOML, en un directorio plan/. Para empezar:

  workplan list               las actividades (filtros: --area 3.1, --semester 2, --status pending)
  workplan show 3.1.2         una actividad completa
  workplan validate           revisa el plan y señala la línea de cada error
  workplan done 3.1.2         registra que se realizó una actividad
  workplan summary            en qué punto está el año

`workplan --help` enumera los comandos y `workplan COMANDO --help` explica uno, con ejemplos
(la ayuda está en inglés; los mensajes y las tablas, en español).";

impl Lang {
    /// Why the system refused to read or write a file. English keeps the system's own words;
    /// Spanish translates the usual reasons and falls back to the system's words.
    pub fn io_reason(self, kind: std::io::ErrorKind, os_text: &str) -> String {
        match self {
            Lang::En => os_text.to_owned(),
            Lang::Es => io_reason_es(kind).map_or_else(|| os_text.to_owned(), str::to_owned),
        }
    }
}

impl Lang {
    /// The name of a value of the plan, as a diff names what was edited.
    pub fn field(self, field: crate::compare::Field) -> &'static str {
        use crate::compare::Field::*;
        match (self, field) {
            (Lang::En, Organisation) => "organisation",
            (Lang::Es, Organisation) => "organización",
            (Lang::En, Title) => "title",
            (Lang::Es, Title) => "título",
            (Lang::En, Year) => "year",
            (Lang::Es, Year) => "año",
            (Lang::En, Background) => "background",
            (Lang::Es, Background) => "antecedentes",
            (Lang::En, Purpose) => "purpose",
            (Lang::Es, Purpose) => "finalidad",
            (Lang::En, ApprovedBy) => "approved by",
            (Lang::Es, ApprovedBy) => "aprobado por",
            (Lang::En, ApprovedOn) => "approved on",
            (Lang::Es, ApprovedOn) => "aprobado el",
            (Lang::En, Committee) => "committee",
            (Lang::Es, Committee) => "comité",
            (Lang::En, Members) => "committee members",
            (Lang::Es, Members) => "miembros del comité",
            (Lang::En, Chair) => "chair",
            (Lang::Es, Chair) => "presidencia",
            (Lang::En, Name) => "name",
            (Lang::Es, Name) => "nombre",
            (Lang::En, Objective) => "objective",
            (Lang::Es, Objective) => "objetivo",
            (Lang::En, Place) => "place",
            (Lang::Es, Place) => "lugar",
            (Lang::En, Resources) => "resources",
            (Lang::Es, Resources) => "recursos",
            (Lang::En, Target) => "times planned",
            (Lang::Es, Target) => "veces previstas",
            (Lang::En, Allow) => "allowed warnings",
            (Lang::Es, Allow) => "avisos aceptados",
        }
    }
}

/// An I/O error as the system words it, without the "(os error N)" that means nothing to people.
pub fn os_text(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(end) => text[..end].to_owned(),
        None => text,
    }
}

fn io_reason_es(kind: std::io::ErrorKind) -> Option<&'static str> {
    use std::io::ErrorKind::*;
    Some(match kind {
        NotFound => "no existe ese archivo o directorio",
        PermissionDenied => "permiso denegado",
        AlreadyExists => "ya existe",
        IsADirectory => "es un directorio",
        NotADirectory => "no es un directorio",
        DirectoryNotEmpty => "el directorio no está vacío",
        StorageFull => "no queda espacio en el dispositivo",
        QuotaExceeded => "se superó la cuota de disco",
        ReadOnlyFilesystem => "el sistema de archivos es de solo lectura",
        FileTooLarge => "el archivo es demasiado grande",
        ResourceBusy => "el recurso está ocupado",
        TimedOut => "se agotó el tiempo de espera",
        Interrupted => "la operación se interrumpió",
        OutOfMemory => "no hay memoria suficiente",
        _ => return None,
    })
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

    #[test]
    fn progress_messages_are_translated() {
        let samples = [
            Msg::BadDate { value: "2022-13-01" },
            Msg::DateInFuture { date: "2022-08-01", today: "2022-07-15" },
            Msg::DateBeforeApproval { date: "2021-01-01", approved: "2021-11-18" },
            Msg::DoneWhileCancelled { number: "3.1.2", on: "x" },
            Msg::AlreadyDone { number: "3.1.2", on: "x" },
            Msg::TargetReached { number: "3.3.4", done: 4, target: 4 },
            Msg::AlreadyCancelled { number: "3.1.2", on: "x" },
            Msg::NothingToReopen { number: "3.1.2" },
            Msg::EmptyReason,
            Msg::ReadOnlyFile { file: "f" },
            Msg::ReadOnlyDir { dir: "d" },
            Msg::CannotWrite { file: "f" },
            Msg::CannotLock { dir: "d" },
            Msg::FileKeepsChanging { file: "f" },
            Msg::CannotEdit { file: "f", number: "3.1.2", key: "done" },
            Msg::EditNotValid { file: "f" },
            Msg::AmbiguousNumber { file: "f", number: "3.3.2" },
            Msg::CarriedOut { date: "x" },
            Msg::RecordRemoved { date: "x" },
            Msg::NoLongerCancelled,
            Msg::CancelledOn { date: "x" },
        ];
        for msg in samples {
            assert_ne!(Lang::En.text(msg), Lang::Es.text(msg), "{msg:?} is not translated");
        }
    }

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
            Msg::CannotWriteOutput { path: "p" },
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

    #[test]
    fn import_and_export_messages_are_translated() {
        let members = ["A".to_owned(), "B".to_owned()];
        let samples = [
            Msg::DocumentEmpty { file: "f" },
            Msg::DocumentHasNoAreas { file: "f" },
            Msg::DocumentNotZip { file: "f", reason: "r" },
            Msg::DocumentNotWord { file: "f" },
            Msg::DocumentBadXml { file: "f", reason: "r" },
            Msg::DocumentHasNoYear { file: "f" },
            Msg::ReadAsWindows1252 { file: "f" },
            Msg::TargetNotEmpty { dir: "d" },
            Msg::Imported { file: "f", dir: "d", areas: 1, activities: 2 },
            Msg::KeptComment { unit: "line", at: 3, text: "t" },
            Msg::AreaFileHeader { number: "3.1", title: "Plan", of_organisation: "de la Red" },
            Msg::CommitteeLine { name: "Comité", members: &members, chair: Some("A") },
        ];
        for msg in samples {
            assert_ne!(Lang::En.text(msg), Lang::Es.text(msg), "{msg:?} is not translated");
        }
        assert_eq!(
            Lang::Es.text(Msg::CommitteeLine { name: "Comité", members: &members, chair: Some("A") }),
            "Comité: A y B (con la presidencia de A)"
        );
        let doubts = [
            DoubtKind::NoTitle { title: "Plan de Trabajo 2024".into() },
            DoubtKind::NoFields,
            DoubtKind::Kept { text: "x".into() },
            DoubtKind::CountAdded { words: vec!["cuatro".into(), "cuatro".into()], total: 8 },
            DoubtKind::AreaWithoutActivities { number: "3.1".into() },
            DoubtKind::DatesInAnotherYear { year: 2024, count: 3, total: 4, plan_year: 2023 },
            DoubtKind::YearFromText { year: 2024 },
            DoubtKind::TableWithoutHeader,
            DoubtKind::ColumnKept { column: "Responsable".into() },
            DoubtKind::AreaNumbered { number: "1.1".into(), name: String::new() },
            DoubtKind::AreaNumbered { number: "1.2".into(), name: "Datos".into() },
        ];
        for doubt in doubts {
            assert_ne!(Lang::En.doubt(&doubt), Lang::Es.doubt(&doubt));
        }
    }

    // Every word in both languages.
    use std::collections::HashSet;
    use strum::IntoEnumIterator;

    use crate::diagnostic::ProblemDiscriminants;
    use crate::schedule::Period;

    /// One message of each kind. A kind without a sample fails
    /// `every_message_is_sampled_and_translated`, which names it.
    fn message_samples() -> Vec<Msg<'static>> {
        let tally = Tally { files: 10, activities: 37, errors: 2, warnings: 1, allowed: 1, unread: 0 };
        vec![
            Msg::NoPlanFound { start: "/x" },
            Msg::CannotOpenDir { dir: "d" },
            Msg::NotADir { dir: "d" },
            Msg::NoPlanFile { dir: "d" },
            Msg::PlanHasErrors { count: 2 },
            Msg::UnknownActivity { number: "9.9.9", nearest: "3.9.3" },
            Msg::NotAnActivityNumber { value: "x" },
            Msg::NoActivities,
            Msg::BadSemester { value: "3" },
            Msg::BadToday { value: "x" },
            Msg::BadDate { value: "2022-13-01" },
            Msg::DateInFuture { date: "2022-08-01", today: "2022-07-15" },
            Msg::DateBeforeApproval { date: "2021-01-01", approved: "2021-11-18" },
            Msg::DoneWhileCancelled { number: "3.1.2", on: "x" },
            Msg::AlreadyDone { number: "3.1.2", on: "x" },
            Msg::TargetReached { number: "3.3.4", done: 4, target: 4 },
            Msg::AlreadyCancelled { number: "3.1.2", on: "x" },
            Msg::NothingToReopen { number: "3.1.2" },
            Msg::EmptyReason,
            Msg::ReadOnlyFile { file: "f" },
            Msg::ReadOnlyDir { dir: "d" },
            Msg::CannotWrite { file: "f" },
            Msg::CannotLock { dir: "d" },
            Msg::FileKeepsChanging { file: "f" },
            Msg::CannotEdit { file: "f", number: "3.1.2", key: "done" },
            Msg::EditNotValid { file: "f" },
            Msg::AmbiguousNumber { file: "f", number: "3.3.2" },
            Msg::CarriedOut { date: "x" },
            Msg::RecordRemoved { date: "x" },
            Msg::NoLongerCancelled,
            Msg::CancelledOn { date: "x" },
            Msg::Changed { number: "3.3.4", title: "Reuniones", what: "w", progress: "2/4" },
            Msg::ValidateSummary(tally),
            Msg::ValidateSummary(Tally { unread: 1, ..tally }),
            Msg::BadHorizon { value: "1y" },
            Msg::AsOf { title: "T", organisation: "O", date: "d" },
            Msg::SummaryNote,
            Msg::ReportFooter { version: "0.1.0", date: "d" },
            Msg::Wrote { path: "p" },
            Msg::CalendarWritten { path: "p", events: 2 },
            Msg::LeftOut { count: 1, numbers: "3.4.2" },
            Msg::CannotWriteOutput { path: "p" },
            Msg::Overview,
            Msg::PlanDirectory { dir: "plan" },
            Msg::FilesRead { files: 10, activities: 37, millis: 3 },
            Msg::Finished { millis: 3 },
            Msg::ManPagesWritten { count: 14, dir: "man" },
            Msg::CannotReadDocument { file: "f" },
            Msg::DocumentEmpty { file: "f" },
            Msg::DocumentTooLarge { file: "f", bytes: 100, limit: 64 },
            Msg::DocumentHasNoAreas { file: "f" },
            Msg::DocumentNotZip { file: "f", reason: "r" },
            Msg::DocumentNotWord { file: "f" },
            Msg::DocumentBadXml { file: "f", reason: "r" },
            Msg::DocumentHasNoYear { file: "f" },
            Msg::ReadAsWindows1252 { file: "f" },
            Msg::TargetNotEmpty { dir: "d" },
            Msg::TargetNotADir { dir: "d" },
            Msg::Imported { file: "f", dir: "d", areas: 1, activities: 2 },
            Msg::ImportedArea { number: "3.1", name: "Servicios", activities: 8, file: "f" },
            Msg::Removed { file: "f" },
            Msg::ToCheck { count: 2 },
            Msg::NothingToCheck,
            Msg::CheckWithValidate { dir: "d" },
            Msg::KeptComment { unit: "line", at: 3, text: "t" },
            Msg::CountComment { words: "cuatro + cuatro" },
            Msg::PlanFileHeader { title: "Plan", of_organisation: "de la Red" },
            Msg::PlanFileLayout { first: "3.1", second: "3.2" },
            Msg::AreaFileHeader { number: "3.1", title: "Plan", of_organisation: "de la Red" },
            Msg::FormatPointer,
            Msg::CommitteeLine { name: "Comité", members: COMMITTEE, chair: Some("A") },
            Msg::Formatted { file: "f" },
            Msg::AllFormatted { count: 2 },
            Msg::NeedFormatting { count: 1 },
            Msg::FormatWouldChange { file: "f" },
            Msg::DiffHeading { from: "a", to: "b" },
            Msg::NoChanges { from: "a", to: "b" },
            Msg::NotAGitRepository { dir: "d" },
            Msg::GitMissing,
            Msg::UnknownRevision { revision: "v9" },
            // Writing the plan from the command line (issue 14).
            Msg::ChangeAddsErrors { count: 2 },
            Msg::EmptyTitleGiven,
            Msg::ZeroTarget,
            Msg::BadScheduleGiven { value: "pronto" },
            Msg::UnknownArea { value: "salud", known: "3.1 Datos" },
            Msg::BadPosition { value: "9", area: "3.1", last: "3.1.6" },
            Msg::TitleRequired,
            Msg::ActivityAdded { number: "3.1.6", title: "Taller", file: "plan/3.1.toml" },
            Msg::NothingToEdit,
            Msg::ActivityEdited { number: "3.1.2", title: "Taller", keys: "place" },
            Msg::HasRecords { number: "3.1.2", count: 2 },
            Msg::ActivityRemoved { number: "3.1.2", title: "Taller" },
            Msg::MoveSameArea { number: "3.1.2", area: "3.1" },
            Msg::ActivityMoved { from: "3.1.2", to: "3.2.7", title: "Taller" },
            Msg::NoRecords { number: "3.1.2" },
            Msg::NoSuchRecord { number: "3.1.2", wanted: 3, count: 2 },
            Msg::NothingToAmend,
            Msg::RecordAmended { date: "d" },
            Msg::AreaExists { number: "3.1", file: "f" },
            Msg::EmptyAreaNameGiven,
            Msg::AreaAdded { number: "3.10", file: "f" },
            Msg::AreaEdited { number: "3.1", file: "f" },
            Msg::AreaHasActivities { number: "3.1", count: 5 },
            Msg::AreaRemoved { number: "3.1", file: "f" },
            Msg::BadAreaNumber { value: "3" },
            Msg::InitNeedsWords,
            Msg::BadYear { value: "22" },
            Msg::DirNotEmpty { dir: "d" },
            Msg::PlanCreated { dir: "d" },
            Msg::PromptTitle,
            Msg::PromptPlace,
            Msg::PromptSchedule,
            Msg::PromptResources,
            Msg::PromptOptional,
            Msg::AreaRequired,
            Msg::GitFailed { message: "m" },
            Msg::NoPlanAtRevision { dir: "plan", revision: "v9" },
            Msg::RevisionHasErrors { revision: "v9", count: 2 },
            Msg::FileChanges { path: "p" },
            Msg::NoChangesToFile { path: "p" },
            Msg::DriverArguments { count: 1 },
            Msg::CannotRead { file: "f" },
            Msg::Migrated { file: "f", from: 0, to: 1 },
            Msg::NothingToMigrate { count: 3, version: 1 },
            Msg::MigrateNotToml { file: "f" },
            Msg::MigrateUnknownVersion { file: "f", version: "7" },
            Msg::MigrateWording { file: "f", number: "3.1.1", wording: "w" },
            Msg::MigrateNoYear { file: "f" },
            Msg::MigrationLeavesErrors { count: 1 },
            Msg::RenumberOtherArea { from: "3.1.5", to: "3.2.1", area: "3.1" },
            Msg::RenumberOutOfRange { to: "3.1.9", area: "3.1", count: 8, last: "3.1.8", nearest: "3.1.8" },
            Msg::NothingToRenumber { number: "3.1.8" },
            // New-user fixes (issue 17).
            Msg::UnknownAreaNumber { area: "3.10", nearest: "3.1, 3.9" },
            Msg::UnknownAreaName { area: "xyz" },
            Msg::UnknownAreaNameNear { area: "ciberseguriad", nearest: "3.3 Ciberseguridad" },
            Msg::NoActivityMatches,
            Msg::SemesterOutsidePlanYear { semester: "2023-S1", year: 2022 },
            Msg::DateOutsidePlanYear { date: "2026-12-01", year: 2022 },
            Msg::OverdueCount { count: 2 },
            Msg::UndatedEvent { year: 2022 },
            // `workplan site` (issue 19).
            Msg::SiteFooter { version: "0.1.0", date: "d" },
            Msg::SiteWritten { dir: "public", files: 14 },
            Msg::SiteNotEmpty { dir: "public" },
            Msg::SiteNotDirectory { dir: "public" },
            Msg::CannotWriteSite { dir: "public" },
            // history
            Msg::NoAreaMatches { area: "x", areas: "3.1, 3.2" },
            Msg::LogUnreadable { files: "plan/3.3-x.toml", commit: "1a2b3c4" },
            Msg::LogPlanCreated { areas: 9, activities: 1 },
            Msg::NoHistory,
            Msg::NoHistoryOf { what: "3.1.4" },
            Msg::NewSameYear { year: 2022 },
            Msg::NewTargetNotEmpty { dir: "d" },
            Msg::NewPlanWritten {
                dir: "d",
                title: "T",
                areas: 9,
                activities: 30,
                from_year: 2022,
                left_out: 1,
            },
            Msg::NewPlanToFill { file: "f" },
            Msg::NewPlanNext { dir: "d" },
            Msg::NewPlanApprovalLater,
            Msg::NewPlanCommitteeLater,
            Msg::NewPlanHasErrors { count: 1 },
            Msg::NewPlanInheritsErrors { count: 2, dir: "d" },
            Msg::DraftAreaFileHeader { number: "3.1", title: "Plan de Trabajo 2023", from_year: 2022 },
            Msg::DiffHeadingOnly { only: "area 3.3", from: "a", to: "b" },
            Msg::NoChangesOnly { only: "area 3.3", from: "a", to: "b" },
            Msg::FocusArea { number: "3.3" },
            Msg::FocusActivity { number: "3.1.4" },
            // safety-files
            Msg::ConfirmationNotShown { reason: "No space left on device" },
            Msg::OutputExists { path: "p" },
            Msg::OutputIsPlanFile { path: "p" },
            Msg::LinkOutside { file: "f" },
            Msg::DocumentPartTooLarge { file: "f", part: "word/document.xml", limit: 64 * 1024 * 1024 },
            Msg::WaitingForLock { dir: "plan" },
            Msg::LockTimedOut { dir: "plan", seconds: 30.0 },
            Msg::BadLockTimeout { value: "x" },
            Msg::ImportInterrupted { dir: "plan" },
            Msg::CannotFinishImport { dir: "plan" },
            Msg::DocumentHasNoActivities { file: "f" },
            Msg::SpreadsheetUnreadable { file: "f", reason: "r" },
            Msg::CsvUnreadable { file: "f", line: 2, reason: "r" },
            Msg::DocumentNotText { file: "f", line: 2 },
            Msg::SpreadsheetHasNoYear { file: "f" },
            Msg::BinaryToTerminal { format: "docx" },
            Msg::PlainTitle { year: 2024 },
            Msg::CannotWriteSpreadsheet { reason: "r" },
        ]
    }

    const COMMITTEE: &[String] = &[];

    /// One problem of each kind (and each shape of message); see [`message_samples`].
    fn problem_samples() -> Vec<Problem> {
        use Problem::*;
        let day = |text: &str| text.parse::<NaiveDate>().expect("a test date");
        let semester = |semester| Period::Semester { year: 2021, semester };
        vec![
            NotUtf8 { offset: 3 },
            Unreadable { kind: std::io::ErrorKind::PermissionDenied, reason: "Permission denied".into() },
            Unreadable { kind: std::io::ErrorKind::Other, reason: "Something odd".into() },
            NotAFile,
            LinkOutside,
            TooLarge { bytes: 70_000_000, limit: 64 * 1024 * 1024 },
            Syntax { message: "expected `=`".into() },
            MissingSchema,
            UnsupportedSchema { found: "2".into() },
            UnknownKey { key: "titel".into(), place: Place::Activity, suggestion: Some("title") },
            UnknownKey { key: "x".into(), place: Place::Record, suggestion: None },
            MissingKey { key: "title", place: Place::Activity },
            WrongType { key: "title".into(), expected: Expected::Text, found: "integer" },
            OutOfRange { key: "target", value: "0".into() },
            OutOfRange { key: "year", value: "22".into() },
            BadNumber { value: "3..1".into() },
            BadSchedule { value: "1er semestre".into(), suggestion: None },
            BadSchedule { value: "2do semestre 2022".into(), suggestion: Some("2022-S2".into()) },
            ImpossibleSchedule { value: "2022-02-30".into() },
            BadFrequency { value: "weekly".into(), suggestion: None },
            BadFrequency { value: "mounth".into(), suggestion: Some("month") },
            NotADate { key: "on".into() },
            DuplicateArea { number: "3.3".into(), first_file: "a.toml".into() },
            NotAnAreaNumber { value: "3".into() },
            UnknownCheck { name: "complete".into(), suggestion: Some("completeness") },
            UnknownCheck { name: "x".into(), suggestion: None },
            NotAllowable { name: "syntax".into() },
            NumberGap { missing: "3.1.4".into(), through: None, next: "3.1.5".into() },
            NumberGap { missing: "3.1.4".into(), through: Some("3.1.6".into()), next: "3.1.7".into() },
            DuplicateActivityNumber { number: "3.1.3".into(), first: "a.toml:8".into() },
            NotInArea { number: "3.2.1".into(), area: "3.1".into() },
            FileNameMismatch { number: "3.1".into(), file_name: "x.toml".into() },
            StrayNumberInTitle { prefix: "3.1.3)".into() },
            ScheduleOutsideYear { period: semester(2), year: 2022, suggestion: Some(semester(2)) },
            ScheduleOutsideYear { period: semester(1), year: 2022, suggestion: None },
            DoneInFuture { on: day("2022-08-01"), today: day("2022-07-15") },
            DoneBeforeApproval { on: day("2021-01-01"), approved: day("2021-11-18") },
            DoneOutsidePeriod { on: day("2022-08-01"), planned: semester(1) },
            // New-user fixes (issue 17).
            DoneOutsidePlanYear { on: day("2026-12-01"), year: 2022, schedule: Some(Schedule::ToBeDefined) },
            DoneTooOften { done: 5, planned: 4 },
            MissingDetails { place: true, schedule: true, resources: false },
            EmptyTitle,
            EmptyAreaName,
            DuplicateActivity { first: "3.1.2".into() },
            UnusedAllowance { check: "completeness" },
            HiddenCharacter { field: "title", character: '\u{1b}' },
            HiddenCharacter { field: "place", character: '\u{202e}' },
            TextTooLong { field: "title", chars: 301, limit: 300 },
        ]
    }

    /// A `{name}` left in a text means a `format!` is missing.
    fn assert_no_placeholder(text: &str) {
        let leftover = text.split('{').skip(1).any(|after| {
            after.split_once('}').is_some_and(|(name, _)| {
                !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            })
        });
        assert!(!leftover, "a placeholder is left in: {text}");
    }

    fn assert_translated(what: &str, en: &str, es: &str) {
        assert!(!en.trim().is_empty() && !es.trim().is_empty(), "{what} is empty in a language");
        assert_no_placeholder(en);
        assert_no_placeholder(es);
        assert_ne!(en, es, "{what} says the same in English and Spanish");
    }

    #[test]
    fn every_label_is_translated() {
        for label in Label::iter() {
            let (en, es) = (Lang::En.label(label), Lang::Es.label(label));
            match label {
                // The same word in both languages.
                Label::Total => assert_eq!(en, es),
                _ => assert_translated(&format!("Label::{label:?}"), en, es),
            }
        }
    }

    #[test]
    fn every_message_is_sampled_and_translated() {
        let samples = message_samples();
        let sampled: HashSet<MsgDiscriminants> = samples.iter().map(MsgDiscriminants::from).collect();
        for kind in MsgDiscriminants::iter() {
            assert!(sampled.contains(&kind), "Msg::{kind:?} has no sample in `message_samples`");
        }
        for msg in samples {
            let (en, es) = (Lang::En.text(msg), Lang::Es.text(msg));
            match msg {
                // Made of the plan's words and of texts already translated.
                Msg::Changed { .. } => assert_eq!(en, es),
                _ => assert_translated(&format!("{msg:?}"), &en, &es),
            }
        }
    }

    #[test]
    fn counted_words_follow_the_one_plural_rule() {
        let overdue = |lang: Lang, count| lang.text(Msg::OverdueCount { count });
        assert_eq!(overdue(Lang::Es, 1), "1 atrasada");
        assert_eq!(overdue(Lang::Es, 2), "2 atrasadas");
        assert_eq!(overdue(Lang::Es, 0), "0 atrasadas");
        assert_eq!(overdue(Lang::En, 1), "1 overdue");
        let errors = |count| Lang::Es.text(Msg::PlanHasErrors { count });
        assert_eq!(
            (errors(1), errors(3)),
            ("no se pudo leer el plan: 1 error".into(), "no se pudo leer el plan: 3 errores".into())
        );
    }

    #[test]
    fn document_dates_read_as_the_approved_document_writes_them() {
        let code = |c: &str| c.parse::<Schedule>().expect("code");
        let es =
            |schedule: &str, every, count| Lang::Es.document_schedule(code(schedule), every, count, 2022);
        assert_eq!(es("2022-S1", None, None), "1er semestre 2022");
        assert_eq!(es("2022", None, None), "Anual");
        assert_eq!(es("2023", None, None), "Anual 2023");
        assert_eq!(es("2022", Some(Frequency::Quarter), Some((4, true))), "Trimestral (4 al año)");
        assert_eq!(es("to-be-defined", None, Some((4, true))), "A definir (4 al año)");
        assert_eq!(es("as-needed", None, None), "Según necesidad");
        assert_eq!(es("2022-03", None, Some((1, false))), "Marzo 2022 (1 vez)");
        assert_eq!(
            es("2022-S2", Some(Frequency::Month), Some((3, false))),
            "Mensual 2do semestre 2022 (3 veces)"
        );
        let en = Lang::En.document_schedule(code("2022"), Some(Frequency::Quarter), Some((4, true)), 2022);
        assert_eq!(en, "Quarterly (4 a year)");
    }

    #[test]
    fn every_problem_is_sampled_and_translated() {
        let samples = problem_samples();
        let sampled: HashSet<ProblemDiscriminants> = samples.iter().map(ProblemDiscriminants::from).collect();
        for kind in ProblemDiscriminants::iter() {
            assert!(sampled.contains(&kind), "Problem::{kind:?} has no sample in `problem_samples`");
        }
        for problem in &samples {
            let ((en, en_hint), (es, es_hint)) = (Lang::En.problem(problem), Lang::Es.problem(problem));
            assert_translated(&format!("{problem:?}"), &en, &es);
            match (en_hint, es_hint) {
                (Some(en), Some(es)) => assert_translated(&format!("the hint of {problem:?}"), &en, &es),
                (None, None) => {}
                _ => panic!("{problem:?} has a hint in one language only"),
            }
        }
    }

    #[test]
    fn statuses_schedules_and_words_are_translated() {
        for status in [Status::Pending, Status::InProgress, Status::Done, Status::Cancelled] {
            assert_translated(&format!("{status:?}"), Lang::En.status(status), Lang::Es.status(status));
        }
        for every in [Frequency::Month, Frequency::Quarter, Frequency::Semester] {
            let (en, es) = (Lang::En.schedule(None, None, None), Lang::Es.schedule(None, None, None));
            assert_eq!(en, es, "no schedule is a dash in both");
            let year = Some(Schedule::Dated(Period::Year(2022)));
            let (en, es) = (
                Lang::En.schedule(year, Some(every), Some(4)),
                Lang::Es.schedule(year, Some(every), Some(4)),
            );
            assert_translated(&format!("{every:?}"), &en, &es);
        }
        for schedule in ["2022", "2022-S1", "2022-Q3", "2022-03", "2022-03-15", "to-be-defined", "as-needed"]
        {
            let schedule: Schedule = schedule.parse().expect("a schedule code");
            let (en, es) = (
                Lang::En.schedule(Some(schedule), None, None),
                Lang::Es.schedule(Some(schedule), None, None),
            );
            assert_translated(&schedule.to_string(), &en, &es);
        }
        for month in 1..=12 {
            assert_translated(&format!("month {month}"), Lang::En.month(month), Lang::Es.month(month));
        }
        assert_translated("warning", Lang::En.severity(false), Lang::Es.severity(false));
        assert_translated("help", Lang::En.help(), Lang::Es.help());
        let denied = std::io::ErrorKind::PermissionDenied;
        assert_translated(
            "an I/O reason",
            &Lang::En.io_reason(denied, "Permission denied"),
            &Lang::Es.io_reason(denied, "Permission denied"),
        );
    }

    #[test]
    fn git_tools_field_names_and_migrate_hints() {
        use crate::compare::Field;
        assert_eq!(Lang::Es.field(Field::Chair), "presidencia");
        assert_ne!(Lang::En.field(Field::Target), Lang::Es.field(Field::Target));
        let old = Problem::UnsupportedSchema { found: "0".into() };
        let new = Problem::UnsupportedSchema { found: "2".into() };
        assert!(Lang::En.problem(&old).1.is_some_and(|hint| hint.contains("workplan migrate")));
        assert!(Lang::En.problem(&new).1.is_some_and(|hint| !hint.contains("migrate")));
    }
}
