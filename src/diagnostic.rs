//! Problems found in plan files, located to the byte.
//!
//! A diagnostic says *what* is wrong as structured data ([`Problem`]); the words people read
//! are chosen later, in their language, by [`crate::i18n`].

use crate::source::{FileId, Span};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
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
}

impl Check {
    /// The stable name used in output, docs and configuration.
    pub fn name(self) -> &'static str {
        match self {
            Check::File => "file",
            Check::Syntax => "syntax",
            Check::Schema => "schema",
        }
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
pub enum Problem {
    /// The file's bytes are not UTF-8.
    NotUtf8 {
        offset: usize,
    },
    /// The file could not be read at all.
    Unreadable {
        reason: String,
    },
    /// A `*.toml` entry that is a directory or another kind of non-file.
    NotAFile,
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
}

impl Problem {
    pub fn check(&self) -> Check {
        match self {
            Problem::NotUtf8 { .. }
            | Problem::Unreadable { .. }
            | Problem::NotAFile
            | Problem::TooLarge { .. } => Check::File,
            Problem::Syntax { .. } => Check::Syntax,
            _ => Check::Schema,
        }
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

    /// The same finding, attributed to an activity.
    pub fn for_activity(mut self, activity: Option<String>) -> Self {
        self.activity = activity;
        self
    }
}
