//! Every word the CLI says to people, in the languages it speaks.
//!
//! The words live in Fluent catalogues, one file per language (`src/i18n/en.ftl`, `es.ftl`),
//! embedded in the binary: a translator corrects or adds a language by editing one file. Code names
//! what to say with a [`Msg`] (typed, so the compiler checks each message's values) or a [`Label`];
//! the domain types build a [`Message`] of their own values ([`Describe`]), so this module depends
//! on nothing else in the crate. Machine formats (JSON, CSV codes, GitHub annotations' titles) use
//! stable English codes, not these words.

use std::borrow::Cow;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

mod toml_es;

/// A language the CLI speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    /// Portuguese, as written in Brazil.
    Pt,
    /// French, as written in Haiti.
    Fr,
}

impl Lang {
    /// The language named by a locale such as `es_AR.UTF-8`: Spanish for `es*`, Portuguese for
    /// `pt*`, French for `fr*`, else English.
    pub fn from_locale(locale: &str) -> Lang {
        match locale.get(..2).map(str::to_ascii_lowercase).as_deref() {
            Some("es") => Lang::Es,
            Some("pt") => Lang::Pt,
            Some("fr") => Lang::Fr,
            _ => Lang::En,
        }
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
    /// The words before a diagnostic and its hint.
    Error,
    Warning,
    Help,
    // `workplan site` (issue 19).
    /// The name of the site's navigation, for screen readers.
    SiteContents,
    SiteReport,
    SitePlanDocument,
    SiteWordDocument,
    SiteSpreadsheet,
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
    /// The last line of `validate`: what was checked and found.
    ValidateSummary {
        files: usize,
        activities: usize,
        errors: usize,
        warnings: usize,
        /// Warnings left out because their activity allows their check.
        allowed: usize,
        /// Files that could not be read, whose activities are not counted.
        unread: usize,
    },
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

impl Label {
    /// The label's id in the catalogues.
    fn id(self) -> &'static str {
        use Label::*;
        match self {
            Number => "label-number",
            Title => "label-title",
            Schedule => "label-schedule",
            Place => "label-place",
            Resources => "label-resources",
            Status => "label-status",
            Area => "label-area",
            Name => "label-name",
            Objective => "label-objective",
            Activities => "label-activities",
            Done => "label-done",
            Progress => "label-progress",
            Record => "label-record",
            Cancelled => "label-cancelled",
            Note => "label-note",
            Total => "label-total",
            InProgress => "label-in-progress",
            Pending => "label-pending",
            Overdue => "label-overdue",
            CancelledCount => "label-cancelled-count",
            Period => "label-period",
            NoDateYet => "label-no-date-yet",
            OtherYears => "label-other-years",
            Timeline => "label-timeline",
            ProgressByArea => "label-progress-by-area",
            ProgressByPeriod => "label-progress-by-period",
            OverdueStatus => "label-overdue-status",
            Planned => "label-planned",
            Today => "label-today",
            Earlier => "label-earlier",
            Later => "label-later",
            Line => "label-line",
            Paragraph => "label-paragraph",
            Background => "label-background",
            Purpose => "label-purpose",
            WorkAreas => "label-work-areas",
            Organisation => "label-organisation",
            Year => "label-year",
            ThePlan => "label-the-plan",
            Areas => "label-areas",
            Added => "label-added",
            Removed => "label-removed",
            Renumbered => "label-renumbered",
            Rescheduled => "label-rescheduled",
            Edited => "label-edited",
            WorkingTree => "label-working-tree",
            Error => "label-error",
            Warning => "label-warning",
            Help => "label-help",
            SiteContents => "label-site-contents",
            SiteReport => "label-site-report",
            SitePlanDocument => "label-site-plan-document",
            SiteWordDocument => "label-site-word-document",
            SiteSpreadsheet => "label-site-spreadsheet",
            SiteCalendar => "label-site-calendar",
            SiteData => "label-site-data",
            Row => "label-row",
            Target => "label-target",
            TimesDone => "label-times-done",
        }
    }
}

impl Msg<'_> {
    /// The message's id in the catalogues and its values, named as the catalogues name them.
    pub fn message(&self) -> Message<'_> {
        use Msg::*;
        match *self {
            NoPlanFound { start } => Message::new("no-plan-found").arg("start", start),
            CannotOpenDir { dir } => Message::new("cannot-open-dir").arg("dir", dir),
            NotADir { dir } => Message::new("not-a-dir").arg("dir", dir),
            NoPlanFile { dir } => Message::new("no-plan-file").arg("dir", dir),
            PlanHasErrors { count } => Message::new("plan-has-errors").arg("count", count),
            UnknownActivity { number, nearest } => {
                Message::new("unknown-activity").arg("number", number).arg("nearest", nearest)
            }
            NotAnActivityNumber { value } => Message::new("not-an-activity-number").arg("value", value),
            NoActivities => Message::new("no-activities"),
            BadSemester { value } => Message::new("bad-semester").arg("value", value),
            BadToday { value } => Message::new("bad-today").arg("value", value),
            BadDate { value } => Message::new("bad-date").arg("value", value),
            DateInFuture { date, today } => {
                Message::new("date-in-future").arg("date", date).arg("today", today)
            }
            DateBeforeApproval { date, approved } => {
                Message::new("date-before-approval").arg("date", date).arg("approved", approved)
            }
            DoneWhileCancelled { number, on } => {
                Message::new("done-while-cancelled").arg("number", number).arg("on", on)
            }
            AlreadyDone { number, on } => Message::new("already-done").arg("number", number).arg("on", on),
            TargetReached { number, done, target } => {
                Message::new("target-reached").arg("number", number).arg("done", done).arg("target", target)
            }
            AlreadyCancelled { number, on } => {
                Message::new("already-cancelled").arg("number", number).arg("on", on)
            }
            NothingToReopen { number } => Message::new("nothing-to-reopen").arg("number", number),
            EmptyReason => Message::new("empty-reason"),
            ReadOnlyFile { file } => Message::new("read-only-file").arg("file", file),
            ReadOnlyDir { dir } => Message::new("read-only-dir").arg("dir", dir),
            CannotWrite { file } => Message::new("cannot-write").arg("file", file),
            CannotLock { dir } => Message::new("cannot-lock").arg("dir", dir),
            FileKeepsChanging { file } => Message::new("file-keeps-changing").arg("file", file),
            CannotEdit { file, number, key } => {
                Message::new("cannot-edit").arg("file", file).arg("number", number).arg("key", key)
            }
            EditNotValid { file } => Message::new("edit-not-valid").arg("file", file),
            AmbiguousNumber { file, number } => {
                Message::new("ambiguous-number").arg("file", file).arg("number", number)
            }
            CarriedOut { date } => Message::new("carried-out").arg("date", date),
            RecordRemoved { date } => Message::new("record-removed").arg("date", date),
            NoLongerCancelled => Message::new("no-longer-cancelled"),
            CancelledOn { date } => Message::new("cancelled-on").arg("date", date),
            Changed { number, title, what, progress } => Message::new("changed")
                .arg("number", number)
                .arg("title", title)
                .arg("what", what)
                .arg("progress", progress),
            ValidateSummary { files, activities, errors, warnings, allowed, unread } => {
                Message::new("validate-summary")
                    .arg("files", files)
                    .arg("activities", activities)
                    .arg("errors", errors)
                    .arg("warnings", warnings)
                    .arg("allowed", allowed)
                    .arg("unread", unread)
            }
            BadHorizon { value } => Message::new("bad-horizon").arg("value", value),
            AsOf { title, organisation, date } => {
                Message::new("as-of").arg("title", title).arg("organisation", organisation).arg("date", date)
            }
            SummaryNote => Message::new("summary-note"),
            ReportFooter { version, date } => {
                Message::new("report-footer").arg("version", version).arg("date", date)
            }
            Wrote { path } => Message::new("wrote").arg("path", path),
            CalendarWritten { path, events } => {
                Message::new("calendar-written").arg("path", path).arg("events", events)
            }
            LeftOut { count, numbers } => {
                Message::new("left-out").arg("count", count).arg("numbers", numbers)
            }
            CannotWriteOutput { path } => Message::new("cannot-write-output").arg("path", path),
            CannotReadDocument { file } => Message::new("cannot-read-document").arg("file", file),
            DocumentEmpty { file } => Message::new("document-empty").arg("file", file),
            DocumentTooLarge { file, bytes, limit } => Message::new("document-too-large")
                .arg("file", file)
                .arg("mib", mib(bytes))
                .arg("limit", mib(limit)),
            DocumentHasNoAreas { file } => Message::new("document-has-no-areas").arg("file", file),
            DocumentNotZip { file, reason } => {
                Message::new("document-not-zip").arg("file", file).arg("reason", reason)
            }
            DocumentNotWord { file } => Message::new("document-not-word").arg("file", file),
            DocumentBadXml { file, reason } => {
                Message::new("document-bad-xml").arg("file", file).arg("reason", reason)
            }
            DocumentHasNoYear { file } => Message::new("document-has-no-year").arg("file", file),
            ReadAsWindows1252 { file } => Message::new("read-as-windows1252").arg("file", file),
            TargetNotEmpty { dir } => Message::new("target-not-empty").arg("dir", dir),
            TargetNotADir { dir } => Message::new("target-not-a-dir").arg("dir", dir),
            Imported { file, dir, areas, activities } => Message::new("imported")
                .arg("file", file)
                .arg("dir", dir)
                .arg("areas", areas)
                .arg("activities", activities),
            ImportedArea { number, name, activities, file } => Message::new("imported-area")
                .arg("number", number)
                .arg("name", name)
                .arg("activities", activities)
                .arg("file", file),
            Removed { file } => Message::new("removed").arg("file", file),
            ToCheck { count } => Message::new("to-check").arg("count", count),
            NothingToCheck => Message::new("nothing-to-check"),
            CheckWithValidate { dir } => Message::new("check-with-validate").arg("dir", dir),
            KeptComment { unit, at, text } => {
                Message::new("kept-comment").arg("unit", unit).arg("at", at).arg("text", text)
            }
            CountComment { words } => Message::new("count-comment").arg("words", words),
            PlanFileHeader { title, of_organisation } => {
                Message::new("plan-file-header").arg("title", joined(title, of_organisation))
            }
            PlanFileLayout { first, second } => {
                Message::new("plan-file-layout").arg("first", first).arg("second", second)
            }
            AreaFileHeader { number, title, of_organisation } => Message::new("area-file-header")
                .arg("number", number)
                .arg("title", joined(title, of_organisation)),
            FormatPointer => Message::new("format-pointer"),
            CommitteeLine { name, members, chair } => {
                let members = Arg::list(members.iter().map(|member| Arg::from(member.as_str())), "list-and");
                match chair {
                    Some(chair) => Message::new("committee-line-chaired").arg("chair", chair),
                    None => Message::new("committee-line"),
                }
                .arg("name", name)
                .arg("members", members)
            }
            Overview => Message::new("overview"),
            PlanDirectory { dir } => Message::new("plan-directory").arg("dir", dir),
            FilesRead { files, activities, millis } => Message::new("files-read")
                .arg("files", files)
                .arg("activities", activities)
                .arg("millis", millis),
            Finished { millis } => Message::new("finished").arg("millis", millis),
            ManPagesWritten { count, dir } => {
                Message::new("man-pages-written").arg("count", count).arg("dir", dir)
            }
            Formatted { file } => Message::new("formatted").arg("file", file),
            AllFormatted { count } => Message::new("all-formatted").arg("count", count),
            NeedFormatting { count } => Message::new("need-formatting").arg("count", count),
            FormatWouldChange { file } => Message::new("format-would-change").arg("file", file),
            DiffHeading { from, to } => Message::new("diff-heading").arg("from", from).arg("to", to),
            NoChanges { from, to } => Message::new("no-changes").arg("from", from).arg("to", to),
            NotAGitRepository { dir } => Message::new("not-a-git-repository").arg("dir", dir),
            GitMissing => Message::new("git-missing"),
            UnknownRevision { revision } => Message::new("unknown-revision").arg("revision", revision),
            GitFailed { message } => Message::new("git-failed").arg("message", message),
            NoPlanAtRevision { dir, revision } => {
                Message::new("no-plan-at-revision").arg("dir", dir).arg("revision", revision)
            }
            RevisionHasErrors { revision, count } => {
                Message::new("revision-has-errors").arg("revision", revision).arg("count", count)
            }
            FileChanges { path } => Message::new("file-changes").arg("path", path),
            NoChangesToFile { path } => Message::new("no-changes-to-file").arg("path", path),
            DriverArguments { count } => Message::new("driver-arguments").arg("count", count),
            CannotRead { file } => Message::new("cannot-read").arg("file", file),
            Migrated { file, from, to } => {
                Message::new("migrated").arg("file", file).arg("from", from).arg("to", to)
            }
            NothingToMigrate { count, version } => {
                Message::new("nothing-to-migrate").arg("count", count).arg("version", version)
            }
            MigrateNotToml { file } => Message::new("migrate-not-toml").arg("file", file),
            MigrateUnknownVersion { file, version } => {
                Message::new("migrate-unknown-version").arg("file", file).arg("version", version)
            }
            MigrateWording { file, number, wording } => Message::new("migrate-wording")
                .arg("file", file)
                .arg("number", number)
                .arg("wording", wording),
            MigrateNoYear { file } => Message::new("migrate-no-year").arg("file", file),
            MigrationLeavesErrors { count } => Message::new("migration-leaves-errors").arg("count", count),
            RenumberOtherArea { from, to, area } => {
                Message::new("renumber-other-area").arg("from", from).arg("to", to).arg("area", area)
            }
            RenumberOutOfRange { to, area, count, last, nearest } => Message::new("renumber-out-of-range")
                .arg("to", to)
                .arg("area", area)
                .arg("count", count)
                .arg("last", last)
                .arg("nearest", nearest),
            NothingToRenumber { number } => Message::new("nothing-to-renumber").arg("number", number),
            UnknownAreaNumber { area, nearest } => {
                Message::new("unknown-area-number").arg("area", area).arg("nearest", nearest)
            }
            UnknownAreaName { area } => Message::new("unknown-area-name").arg("area", area),
            UnknownAreaNameNear { area, nearest } => {
                Message::new("unknown-area-name-near").arg("area", area).arg("nearest", nearest)
            }
            NoActivityMatches => Message::new("no-activity-matches"),
            SemesterOutsidePlanYear { semester, year } => {
                Message::new("semester-outside-plan-year").arg("semester", semester).arg("year", year)
            }
            DateOutsidePlanYear { date, year } => {
                Message::new("date-outside-plan-year").arg("date", date).arg("year", year)
            }
            OverdueCount { count } => Message::new("overdue-count").arg("count", count),
            UndatedEvent { year } => Message::new("undated-event").arg("year", year),
            SiteFooter { version, date } => {
                Message::new("site-footer").arg("version", version).arg("date", date)
            }
            SiteWritten { dir, files } => Message::new("site-written").arg("dir", dir).arg("files", files),
            SiteNotEmpty { dir } => Message::new("site-not-empty").arg("dir", dir),
            SiteNotDirectory { dir } => Message::new("site-not-directory").arg("dir", dir),
            CannotWriteSite { dir } => Message::new("cannot-write-site").arg("dir", dir),
            ChangeAddsErrors { count } => Message::new("change-adds-errors").arg("count", count),
            EmptyTitleGiven => Message::new("empty-title-given"),
            ZeroTarget => Message::new("zero-target"),
            BadScheduleGiven { value } => Message::new("bad-schedule-given").arg("value", value),
            UnknownArea { value, known } => {
                Message::new("unknown-area").arg("value", value).arg("known", known)
            }
            BadPosition { value, area, last } => {
                Message::new("bad-position").arg("value", value).arg("area", area).arg("last", last)
            }
            TitleRequired => Message::new("title-required"),
            ActivityAdded { number, title, file } => {
                Message::new("activity-added").arg("number", number).arg("title", title).arg("file", file)
            }
            NothingToEdit => Message::new("nothing-to-edit"),
            ActivityEdited { number, title, keys } => {
                Message::new("activity-edited").arg("number", number).arg("title", title).arg("keys", keys)
            }
            HasRecords { number, count } => {
                Message::new("has-records").arg("number", number).arg("count", count)
            }
            ActivityRemoved { number, title } => {
                Message::new("activity-removed").arg("number", number).arg("title", title)
            }
            MoveSameArea { number, area } => {
                Message::new("move-same-area").arg("number", number).arg("area", area)
            }
            ActivityMoved { from, to, title } => {
                Message::new("activity-moved").arg("from", from).arg("to", to).arg("title", title)
            }
            NoRecords { number } => Message::new("no-records").arg("number", number),
            NoSuchRecord { number, wanted, count } => {
                Message::new("no-such-record").arg("number", number).arg("wanted", wanted).arg("count", count)
            }
            NothingToAmend => Message::new("nothing-to-amend"),
            RecordAmended { date } => Message::new("record-amended").arg("date", date),
            AreaExists { number, file } => {
                Message::new("area-exists").arg("number", number).arg("file", file)
            }
            EmptyAreaNameGiven => Message::new("empty-area-name-given"),
            AreaAdded { number, file } => Message::new("area-added").arg("number", number).arg("file", file),
            AreaEdited { number, file } => {
                Message::new("area-edited").arg("number", number).arg("file", file)
            }
            AreaHasActivities { number, count } => {
                Message::new("area-has-activities").arg("number", number).arg("count", count)
            }
            AreaRemoved { number, file } => {
                Message::new("area-removed").arg("number", number).arg("file", file)
            }
            BadAreaNumber { value } => Message::new("bad-area-number").arg("value", value),
            InitNeedsWords => Message::new("init-needs-words"),
            BadYear { value } => Message::new("bad-year").arg("value", value),
            DirNotEmpty { dir } => Message::new("dir-not-empty").arg("dir", dir),
            PlanCreated { dir } => Message::new("plan-created").arg("dir", dir),
            PromptTitle => Message::new("prompt-title"),
            PromptPlace => Message::new("prompt-place"),
            PromptSchedule => Message::new("prompt-schedule"),
            PromptResources => Message::new("prompt-resources"),
            PromptOptional => Message::new("prompt-optional"),
            AreaRequired => Message::new("area-required"),
            NoAreaMatches { area, areas } => {
                Message::new("no-area-matches").arg("area", area).arg("areas", areas)
            }
            LogUnreadable { files, commit } => {
                Message::new("log-unreadable").arg("files", files).arg("commit", commit)
            }
            LogPlanCreated { areas, activities } => {
                Message::new("log-plan-created").arg("areas", areas).arg("activities", activities)
            }
            NoHistory => Message::new("no-history"),
            NoHistoryOf { what } => Message::new("no-history-of").arg("what", what),
            NewSameYear { year } => Message::new("new-same-year").arg("year", year).arg("next", year + 1),
            NewTargetNotEmpty { dir } => Message::new("new-target-not-empty").arg("dir", dir),
            NewPlanWritten { dir, title, areas, activities, from_year, left_out } => {
                Message::new("new-plan-written")
                    .arg("dir", dir)
                    .arg("title", title)
                    .arg("areas", areas)
                    .arg("activities", activities)
                    .arg("from_year", from_year)
                    .arg("left_out", left_out)
            }
            NewPlanToFill { file } => Message::new("new-plan-to-fill").arg("file", file),
            NewPlanNext { dir } => Message::new("new-plan-next").arg("dir", dir),
            NewPlanApprovalLater => Message::new("new-plan-approval-later"),
            NewPlanCommitteeLater => Message::new("new-plan-committee-later"),
            NewPlanHasErrors { count } => Message::new("new-plan-has-errors").arg("count", count),
            NewPlanInheritsErrors { count, dir } => {
                Message::new("new-plan-inherits-errors").arg("count", count).arg("dir", dir)
            }
            DraftAreaFileHeader { number, title, from_year } => Message::new("draft-area-file-header")
                .arg("number", number)
                .arg("title", title)
                .arg("from_year", from_year),
            DiffHeadingOnly { only, from, to } => {
                Message::new("diff-heading-only").arg("only", only).arg("from", from).arg("to", to)
            }
            NoChangesOnly { only, from, to } => {
                Message::new("no-changes-only").arg("only", only).arg("from", from).arg("to", to)
            }
            FocusArea { number } => Message::new("focus-area").arg("number", number),
            FocusActivity { number } => Message::new("focus-activity").arg("number", number),
            ConfirmationNotShown { reason } => Message::new("confirmation-not-shown").arg("reason", reason),
            OutputExists { path } => Message::new("output-exists").arg("path", path),
            OutputIsPlanFile { path } => Message::new("output-is-plan-file").arg("path", path),
            LinkOutside { file } => Message::new("link-outside").arg("file", file),
            DocumentPartTooLarge { file, part, limit } => Message::new("document-part-too-large")
                .arg("file", file)
                .arg("part", part)
                .arg("limit", limit / (1024 * 1024)),
            WaitingForLock { dir } => Message::new("waiting-for-lock").arg("dir", dir),
            LockTimedOut { dir, seconds } => {
                Message::new("lock-timed-out").arg("dir", dir).arg("seconds", seconds)
            }
            BadLockTimeout { value } => Message::new("bad-lock-timeout").arg("value", value),
            ImportInterrupted { dir } => Message::new("import-interrupted").arg("dir", dir),
            CannotFinishImport { dir } => Message::new("cannot-finish-import").arg("dir", dir),
            DocumentHasNoActivities { file } => Message::new("document-has-no-activities").arg("file", file),
            SpreadsheetUnreadable { file, reason } => {
                Message::new("spreadsheet-unreadable").arg("file", file).arg("reason", reason)
            }
            CsvUnreadable { file, line, reason } => {
                Message::new("csv-unreadable").arg("file", file).arg("line", line).arg("reason", reason)
            }
            DocumentNotText { file, line } => {
                Message::new("document-not-text").arg("file", file).arg("line", line)
            }
            SpreadsheetHasNoYear { file } => Message::new("spreadsheet-has-no-year").arg("file", file),
            BinaryToTerminal { format } => Message::new("binary-to-terminal").arg("format", format),
            PlainTitle { year } => Message::new("plain-title").arg("year", year),
            CannotWriteSpreadsheet { reason } => {
                Message::new("cannot-write-spreadsheet").arg("reason", reason)
            }
        }
    }
}

/// Something to say: a message's id in the catalogues and its named values.
#[derive(Clone, Debug, PartialEq)]
pub struct Message<'a> {
    id: &'static str,
    args: Vec<(&'static str, Arg<'a>)>,
}

/// A value in a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    /// A number, which also chooses the plural form of the words that count with it.
    Number(f64),
    /// Words of their own, said in the same language first.
    Message(Message<'a>),
    /// Items said one after another: "A, B and C", the last two joined by the message `joiner`
    /// (with `$init` and `$last`).
    List {
        items: Vec<Arg<'a>>,
        joiner: &'static str,
    },
    /// A message of the TOML parser, which speaks English; Spanish translates the usual ones.
    TomlError(Cow<'a, str>),
}

impl<'a> Message<'a> {
    pub fn new(id: &'static str) -> Self {
        Message { id, args: Vec::new() }
    }

    /// The message with one more value, named as the catalogues name it.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg<'a>>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// A day in words: "15 March 2022", "15 de marzo de 2022".
    pub fn date(day: NaiveDate) -> Self {
        Message::new("date")
            .arg("day", day.day())
            .arg("month", Message::new(month_id(day.month())))
            .arg("year", day.year())
    }

    /// A month's name: "March", "marzo".
    pub fn month(month: u32) -> Self {
        Message::new(month_id(month))
    }

    /// The ids this message says, its own and those of the messages in it.
    #[cfg(test)]
    fn ids(&self) -> Vec<&'static str> {
        fn arg_ids(arg: &Arg<'_>, ids: &mut Vec<&'static str>) {
            match arg {
                Arg::Message(message) => ids.extend(message.ids()),
                Arg::List { items, joiner } => {
                    if items.len() > 1 {
                        ids.push(joiner);
                    }
                    items.iter().for_each(|item| arg_ids(item, ids));
                }
                Arg::Text(_) | Arg::Number(_) | Arg::TomlError(_) => {}
            }
        }
        let mut ids = vec![self.id];
        self.args.iter().for_each(|(_, arg)| arg_ids(arg, &mut ids));
        ids
    }
}

impl<'a> Arg<'a> {
    /// Items said as a list, the last two joined by the message `joiner`.
    pub fn list(items: impl IntoIterator<Item = Arg<'a>>, joiner: &'static str) -> Self {
        Arg::List { items: items.into_iter().collect(), joiner }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl<'a> From<Message<'a>> for Arg<'a> {
    fn from(message: Message<'a>) -> Self {
        Arg::Message(message)
    }
}

macro_rules! number_args {
    ($($number:ty),*) => {$(
        impl From<$number> for Arg<'_> {
            // Counts, years and milliseconds are far below 2^53, where f64 is still exact.
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(number: $number) -> Self {
                Arg::Number(number as f64)
            }
        }
    )*};
}
number_args!(u32, u64, u128, usize, i32, i64);

impl From<f64> for Arg<'_> {
    fn from(number: f64) -> Self {
        Arg::Number(number)
    }
}

/// A value of the plan that can be said in words, in any language.
pub trait Describe {
    fn message(&self) -> Message<'_>;
}

impl Lang {
    /// Every language, in the order of the catalogues.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Pt, Lang::Fr];

    /// The language's code for documents (`<html lang="pt-BR">`), and the locale whose CLDR
    /// plural rules its catalogue follows.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pt => "pt-BR",
            Lang::Fr => "fr-HT",
        }
    }

    /// The language's catalogue, as the binary embeds it.
    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("i18n/en.ftl"),
            Lang::Es => include_str!("i18n/es.ftl"),
            Lang::Pt => include_str!("i18n/pt.ftl"),
            Lang::Fr => include_str!("i18n/fr.ftl"),
        }
    }

    /// The language's catalogue, read once, when first needed.
    fn bundle(self) -> &'static Bundle {
        static BUNDLES: [OnceLock<Bundle>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
        BUNDLES[self as usize].get_or_init(|| bundle(self))
    }

    /// What a message says in this language.
    pub fn say(self, message: &Message<'_>) -> String {
        self.format(message).unwrap_or_else(|error| match error {
            // A catalogue that lacks an id (the tests forbid it) says it in English rather than
            // nothing.
            Missing::Id if self != Lang::En => Lang::En.say(message),
            Missing::Id => message.id.to_owned(),
            Missing::Value(text) => text,
        })
    }

    /// What a value of the plan is in words.
    pub fn describe(self, what: &impl Describe) -> String {
        self.say(&what.message())
    }

    pub fn text(self, msg: Msg<'_>) -> String {
        self.say(&msg.message())
    }

    pub fn label(self, label: Label) -> String {
        self.say(&Message::new(label.id()))
    }

    /// A date in words: "15 March 2022", "15 de marzo de 2022".
    pub fn date(self, day: NaiveDate) -> String {
        self.say(&Message::date(day))
    }

    /// A quarter in a column header: "Q3", "T3".
    pub fn quarter_short(self, quarter: u32) -> String {
        self.say(&Message::new("quarter-short").arg("quarter", quarter))
    }

    /// A month's initial, for narrow columns: "J" (July), "J" (julio).
    pub fn month_initial(self, month: u32) -> String {
        self.say(&Message::month(month)).chars().take(1).flat_map(char::to_uppercase).collect()
    }

    /// A month's short name, for table headers: "Jul", "jul".
    pub fn month_short(self, month: u32) -> String {
        self.say(&Message::new(MONTHS_SHORT[month_index(month)]))
    }

    /// The word for "error" or "warning" before a diagnostic.
    pub fn severity(self, error: bool) -> String {
        self.label(if error { Label::Error } else { Label::Warning })
    }

    /// "help" before a hint.
    pub fn help(self) -> String {
        self.label(Label::Help)
    }

    /// Why the system refused to read or write a file. English keeps the system's own words;
    /// other languages translate the usual reasons and fall back to the system's words.
    pub fn io_reason(self, kind: std::io::ErrorKind, os_text: &str) -> String {
        self.say(&io_reason(kind, os_text))
    }

    /// The message in this language, or why it cannot be said.
    fn format(self, message: &Message<'_>) -> Result<String, Missing> {
        let bundle = self.bundle();
        let pattern = bundle.get_message(message.id).and_then(|m| m.value()).ok_or(Missing::Id)?;
        let mut args = FluentArgs::with_capacity(message.args.len());
        for (name, arg) in &message.args {
            args.set(*name, self.value(arg));
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() { Ok(text.into_owned()) } else { Err(Missing::Value(text.into_owned())) }
    }

    fn value<'a>(self, arg: &'a Arg<'_>) -> FluentValue<'a> {
        match arg {
            Arg::Text(text) => FluentValue::from(text.as_ref()),
            Arg::Number(number) => FluentValue::from(*number),
            _ => FluentValue::from(self.said(arg)),
        }
    }

    /// A value alone, in words.
    fn said(self, arg: &Arg<'_>) -> String {
        match arg {
            Arg::Text(text) => text.clone().into_owned(),
            Arg::Number(number) => number.to_string(),
            Arg::Message(message) => self.say(message),
            Arg::List { items, joiner } => self.list(items, joiner),
            Arg::TomlError(text) => match self {
                Lang::Es => toml_es::translate(text),
                _ => text.clone().into_owned(),
            },
        }
    }

    /// "A", "A and B", "A, B and C".
    fn list(self, items: &[Arg<'_>], joiner: &'static str) -> String {
        let said: Vec<String> = items.iter().map(|item| self.said(item)).collect();
        match said.as_slice() {
            [] => String::new(),
            [only] => only.clone(),
            [init @ .., last] => {
                self.say(&Message::new(joiner).arg("init", init.join(", ")).arg("last", last.as_str()))
            }
        }
    }
}

/// Why a message could not be said as the catalogue has it.
#[derive(Debug)]
enum Missing {
    /// The catalogue has no such id.
    Id,
    /// The catalogue's text names a value the code did not give (the text, with `{$name}`).
    Value(String),
}

type Bundle = FluentBundle<FluentResource>;

/// A language's catalogue, with no invisible isolation marks around values (terminals and
/// files show them as noise).
fn bundle(lang: Lang) -> Bundle {
    // A catalogue with a syntax error keeps every message it could read; the tests reject it.
    let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(resource, _)| resource);
    let mut bundle = Bundle::new_concurrent(vec![lang.code().parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    // An id given twice keeps its first text; the tests reject that too.
    let _ = bundle.add_resource(resource);
    bundle
}

const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8", "month-9",
    "month-10", "month-11", "month-12",
];

const MONTHS_SHORT: [&str; 12] = [
    "month-short-1",
    "month-short-2",
    "month-short-3",
    "month-short-4",
    "month-short-5",
    "month-short-6",
    "month-short-7",
    "month-short-8",
    "month-short-9",
    "month-short-10",
    "month-short-11",
    "month-short-12",
];

fn month_index(month: u32) -> usize {
    (month.clamp(1, 12) - 1) as usize
}

fn month_id(month: u32) -> &'static str {
    MONTHS[month_index(month)]
}

/// "Plan de Trabajo 2022" and "de la Red GEALC", with a space when both are there.
fn joined(title: &str, of_organisation: &str) -> String {
    format!("{title} {of_organisation}").trim().to_owned()
}

fn mib(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

/// Why the system refused a file: the kind, which the catalogues translate, and the system's
/// own words for it.
fn io_reason(kind: std::io::ErrorKind, os_text: &str) -> Message<'_> {
    use std::io::ErrorKind::*;
    let kind = match kind {
        NotFound => "not-found",
        PermissionDenied => "permission-denied",
        AlreadyExists => "already-exists",
        IsADirectory => "is-a-directory",
        NotADirectory => "not-a-directory",
        DirectoryNotEmpty => "directory-not-empty",
        StorageFull => "storage-full",
        QuotaExceeded => "quota-exceeded",
        ReadOnlyFilesystem => "read-only-filesystem",
        FileTooLarge => "file-too-large",
        ResourceBusy => "resource-busy",
        TimedOut => "timed-out",
        Interrupted => "interrupted",
        OutOfMemory => "out-of-memory",
        _ => "other",
    };
    Message::new("io-reason").arg("kind", kind).arg("system", os_text)
}

impl Arg<'_> {
    /// A system's reason for refusing a file, said in the language of the message around it.
    pub fn io_reason(kind: std::io::ErrorKind, os_text: &str) -> Arg<'_> {
        Arg::Message(io_reason(kind, os_text))
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

/// "a", "a or b", "a, b or c" (with the language's "or"), for the parser's messages in Spanish.
fn join_words(words: &[&str], or: &str) -> String {
    match words {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [init @ .., last] => format!("{} {or} {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests;
