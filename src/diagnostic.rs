//! Problems found in plan files, located to the byte.
//!
//! A diagnostic says *what* is wrong as structured data ([`Problem`]); the words people read
//! are chosen later, in their language, by [`crate::i18n`].

use chrono::NaiveDate;

use crate::schedule::{Period, Schedule};
use crate::source::{FileId, Span};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    /// The stable English code used in JSON and GitHub annotations.
    pub fn code(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The family of a problem: a stable name that people can look up in `docs/checks.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Check {
    /// The file could not be read as text: missing, unreadable, not a file, too large, not UTF-8.
    File,
    /// The file is not valid TOML.
    Syntax,
    /// The TOML is valid but does not follow the plan format.
    Schema,
    /// Area and activity numbers: sequential, matching their file and area, not repeated in titles.
    Numbering,
    /// Schedules inside the plan year; completion records plausible and within their period.
    Dates,
    /// Every activity says where, when and with what; titles and area names are not empty.
    Completeness,
    /// Two activities of one area with the same title and schedule.
    Duplicates,
    /// An `allow` entry that suppressed nothing.
    UnusedAllow,
    /// Plan text without control or bidi characters, and of a readable length.
    Text,
}

impl Check {
    /// The stable name used in output, docs and configuration.
    pub fn name(self) -> &'static str {
        match self {
            Check::File => "file",
            Check::Syntax => "syntax",
            Check::Schema => "schema",
            Check::Numbering => "numbering",
            Check::Dates => "dates",
            Check::Completeness => "completeness",
            Check::Duplicates => "duplicates",
            Check::UnusedAllow => "unused-allow",
            Check::Text => "text",
        }
    }

    /// Every check, in the order `docs/checks.md` describes them.
    pub const ALL: [Check; 9] = [
        Check::Numbering,
        Check::Dates,
        Check::Completeness,
        Check::Duplicates,
        Check::Text,
        Check::Schema,
        Check::Syntax,
        Check::File,
        Check::UnusedAllow,
    ];

    /// The check with this stable name.
    pub fn from_name(name: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|check| check.name() == name)
    }

    /// Whether an activity may `allow` this check's warnings: only checks that have warnings, and
    /// not `unused-allow`, which allowing would defeat.
    pub fn can_be_allowed(self) -> bool {
        matches!(self, Check::Dates | Check::Completeness | Check::Duplicates)
    }
}

/// The kind of TOML value a key expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    Integer,
    Date,
    Table,
    ListOfText,
    ListOfTables,
}

/// Where in the plan's structure a key was found, to name it in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    PlanFile,
    Approval,
    Committee,
    AreaFile,
    Activity,
    Record,
    Cancellation,
}

/// What is wrong, with the facts needed to explain it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(strum::EnumDiscriminants), strum_discriminants(derive(strum::EnumIter, Hash)))]
pub enum Problem {
    /// The file's bytes are not UTF-8.
    NotUtf8 {
        offset: usize,
    },
    /// The file could not be read at all.
    Unreadable {
        /// What went wrong, for the words in other languages (cli-lang).
        kind: std::io::ErrorKind,
        /// The system's words.
        reason: String,
    },
    /// A `*.toml` entry that is a directory or another kind of non-file.
    NotAFile,
    /// A symbolic link that leads outside the repository (or the plan directory, outside git):
    /// never read, so that a pull request cannot show `/etc/shadow` or `/proc/self/environ` in CI.
    LinkOutside,
    /// A file larger than the loader reads.
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    /// The TOML parser rejected the file; its own message is kept.
    Syntax {
        message: String,
    },
    /// The file has no `schema` key.
    MissingSchema,
    /// A `schema` this build does not understand.
    UnsupportedSchema {
        found: String,
    },
    UnknownKey {
        key: String,
        place: Place,
        suggestion: Option<&'static str>,
    },
    MissingKey {
        key: &'static str,
        place: Place,
    },
    WrongType {
        key: String,
        expected: Expected,
        found: &'static str,
    },
    /// A number outside the values the key allows (`target = 0`, `year = 22`).
    OutOfRange {
        key: &'static str,
        value: String,
    },
    /// A text where a number like `3.1.2` is expected, but malformed.
    BadNumber {
        value: String,
    },
    /// A schedule code that is not one of the documented forms.
    BadSchedule {
        value: String,
        /// The code a document's date phrase names (`2do semestre 2022` is `2022-S2`).
        suggestion: Option<String>,
    },
    /// A schedule code of the right form naming a day or period that does not exist.
    ImpossibleSchedule {
        value: String,
    },
    /// An `every` that is not a known frequency.
    BadFrequency {
        value: String,
        suggestion: Option<&'static str>,
    },
    /// A date-time or time where only a date belongs.
    NotADate {
        key: String,
    },
    /// Two files describe the same area.
    DuplicateArea {
        number: String,
        first_file: String,
    },
    /// An area file whose number is not an area number (`3.1`).
    NotAnAreaNumber {
        value: String,
    },
    /// An `allow` entry that names no check.
    UnknownCheck {
        name: String,
        suggestion: Option<&'static str>,
    },
    /// An `allow` entry naming a check whose findings cannot be allowed.
    NotAllowable {
        name: String,
    },
    /// Numbers skip from before `missing` straight to `next` (`through` ends a longer gap).
    NumberGap {
        missing: String,
        through: Option<String>,
        next: String,
    },
    /// An activity number used twice in the plan.
    DuplicateActivityNumber {
        number: String,
        first: String,
    },
    /// An activity whose number is not its area's number and one more part.
    NotInArea {
        number: String,
        area: String,
    },
    /// An area whose file name starts with another number.
    FileNameMismatch {
        number: String,
        file_name: String,
    },
    /// A title that begins with a number ("3.1.3) Webinar …").
    StrayNumberInTitle {
        prefix: String,
    },
    /// A dated schedule outside the plan year.
    ScheduleOutsideYear {
        period: Period,
        year: i32,
        /// The same period in the plan year, where it exists.
        suggestion: Option<Period>,
    },
    /// Recorded as done on a day that has not come yet.
    DoneInFuture {
        on: NaiveDate,
        today: NaiveDate,
    },
    /// Recorded as done before the plan was approved.
    DoneBeforeApproval {
        on: NaiveDate,
        approved: NaiveDate,
    },
    /// Recorded as done outside the activity's planned period.
    DoneOutsidePeriod {
        on: NaiveDate,
        planned: Period,
    },
    /// Recorded as done outside the plan's year, for an activity with no dated schedule.
    DoneOutsidePlanYear {
        on: NaiveDate,
        year: i32,
        /// The activity's own schedule (to be defined, as needed), if it has one.
        schedule: Option<Schedule>,
    },
    /// More records than times planned.
    DoneTooOften {
        done: u32,
        planned: u32,
    },
    /// An activity that does not say where, when or with what.
    MissingDetails {
        place: bool,
        schedule: bool,
        resources: bool,
    },
    EmptyTitle,
    EmptyAreaName,
    /// The same title and schedule as an earlier activity of the area.
    DuplicateActivity {
        first: String,
    },
    /// An `allow` entry that suppressed nothing.
    UnusedAllowance {
        check: &'static str,
    },
    /// A control or bidi character in plan text, which a terminal or an editor would obey.
    HiddenCharacter {
        field: &'static str,
        character: char,
    },
    /// A title, place or resources longer than [`crate::check::text`] allows.
    TextTooLong {
        field: &'static str,
        chars: usize,
        limit: usize,
    },
}

impl Problem {
    pub fn check(&self) -> Check {
        match self {
            Problem::NotUtf8 { .. }
            | Problem::Unreadable { .. }
            | Problem::NotAFile
            | Problem::LinkOutside
            | Problem::TooLarge { .. } => Check::File,
            Problem::Syntax { .. } => Check::Syntax,
            Problem::DuplicateArea { .. }
            | Problem::NumberGap { .. }
            | Problem::DuplicateActivityNumber { .. }
            | Problem::NotInArea { .. }
            | Problem::FileNameMismatch { .. }
            | Problem::StrayNumberInTitle { .. } => Check::Numbering,
            // The loader finds impossible schedule codes, since it cannot build a schedule from
            // them; they are date mistakes all the same.
            Problem::ImpossibleSchedule { .. }
            | Problem::ScheduleOutsideYear { .. }
            | Problem::DoneInFuture { .. }
            | Problem::DoneBeforeApproval { .. }
            | Problem::DoneOutsidePeriod { .. }
            | Problem::DoneOutsidePlanYear { .. }
            | Problem::DoneTooOften { .. } => Check::Dates,
            Problem::MissingDetails { .. } | Problem::EmptyTitle | Problem::EmptyAreaName => {
                Check::Completeness
            }
            Problem::DuplicateActivity { .. } => Check::Duplicates,
            Problem::UnusedAllowance { .. } => Check::UnusedAllow,
            Problem::HiddenCharacter { .. } | Problem::TextTooLong { .. } => Check::Text,
            _ => Check::Schema,
        }
    }

    /// How serious the problem is unless an activity allows it: an error, except for what may
    /// be intended (a record outside its period or logged once too often, an activity whose
    /// details are still being defined, a repeated title, an allowance that is no longer needed).
    pub fn severity(&self) -> Severity {
        match self {
            Problem::DoneOutsidePeriod { .. }
            | Problem::DoneOutsidePlanYear { .. }
            | Problem::DoneTooOften { .. }
            | Problem::MissingDetails { .. }
            | Problem::DuplicateActivity { .. }
            | Problem::UnusedAllowance { .. }
            | Problem::TextTooLong { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// Whether the file could not be read as text, so that nothing in it was checked: the run
    /// could not do its job, which is not the same as finding a mistake in the plan.
    pub fn stops_the_run(&self) -> bool {
        self.check() == Check::File
    }
}

/// One finding: a problem at a place in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: FileId,
    /// The exact bytes at fault, where known.
    pub span: Option<Span>,
    /// The activity concerned, where there is one.
    pub activity: Option<String>,
    pub problem: Problem,
}

impl Diagnostic {
    pub fn error(file: FileId, span: Option<Span>, problem: Problem) -> Self {
        Diagnostic { severity: Severity::Error, file, span, activity: None, problem }
    }

    /// A finding with its problem's own severity.
    pub fn new(file: FileId, span: Option<Span>, problem: Problem) -> Self {
        Diagnostic { severity: problem.severity(), file, span, activity: None, problem }
    }

    /// The same finding, attributed to an activity.
    pub fn for_activity(mut self, activity: Option<String>) -> Self {
        self.activity = activity;
        self
    }
}
