//! Problems found in plan files, located to the byte.
//!
//! A diagnostic says *what* is wrong as structured data ([`Problem`]); the words people read
//! are chosen later, in their language, by [`crate::i18n`], from the [`Message`]s a problem
//! makes of its facts.

use chrono::NaiveDate;

use crate::i18n::{Arg, Describe, Message};
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

/// The schema versions this build reads: the loader accepts them, and a problem names them.
pub const SUPPORTED_SCHEMAS: &[i64] = &[1];

/// The schedule codes a plan file may use, for hints.
const SCHEDULE_FORMS: &str =
    "2022, 2022-S1, 2022-Q3, 2022-03, 2022-03/06, 2022-03-15, to-be-defined, as-needed";

impl Problem {
    /// What the problem means and, where there is something to do, a hint: as messages for
    /// [`crate::i18n`] to say in the reader's language.
    pub fn message(&self) -> (Message<'_>, Option<Message<'_>>) {
        use Problem::*;
        let (message, hint) = match self {
            NotUtf8 { offset } => {
                (Message::new("problem-not-utf8").arg("offset", *offset), hint("hint-not-utf8"))
            }
            Unreadable { kind, reason } => (
                Message::new("problem-unreadable").arg("reason", Arg::io_reason(*kind, reason)),
                hint("hint-unreadable"),
            ),
            NotAFile => (Message::new("problem-not-a-file"), hint("hint-not-a-file")),
            // safety-files
            LinkOutside => (Message::new("problem-link-outside"), hint("hint-link-outside")),
            TooLarge { bytes, limit } => (
                Message::new("problem-too-large").arg("mib", mib(*bytes)).arg("limit", mib(*limit)),
                hint("hint-too-large"),
            ),
            Syntax { message } => {
                (Message::new("problem-syntax").arg("message", Arg::TomlError(message.into())), None)
            }
            MissingSchema => (Message::new("problem-missing-schema"), hint("hint-missing-schema")),
            UnsupportedSchema { found } => (
                Message::new("problem-unsupported-schema")
                    .arg("found", found.as_str())
                    .arg("supported", supported_schemas()),
                hint(if is_older_schema(found) { "hint-older-schema" } else { "hint-newer-schema" }),
            ),
            UnknownKey { key, place, suggestion } => (
                Message::new("problem-unknown-key").arg("key", key.as_str()).arg("place", place.message()),
                Some(suggestion.map_or_else(|| Message::new("hint-unknown-key"), did_you_mean)),
            ),
            MissingKey { key, place } => (
                Message::new("problem-missing-key").arg("key", *key).arg("place", place.message()),
                Some(Message::new("hint-missing-key").arg("key", *key)),
            ),
            WrongType { key, expected, found } => (
                Message::new("problem-wrong-type")
                    .arg("key", key.as_str())
                    .arg("expected", expected.message())
                    .arg("found", Message::new("toml-type").arg("found", *found)),
                None,
            ),
            OutOfRange { key, value } => (
                Message::new("problem-out-of-range").arg("key", *key).arg("value", value.as_str()),
                Some(match *key {
                    "year" => Message::new("hint-year-range"),
                    _ => Message::new("hint-count-range").arg("key", *key),
                }),
            ),
            BadNumber { value } => {
                (Message::new("problem-bad-number").arg("value", value.as_str()), hint("hint-bad-number"))
            }
            BadSchedule { value, suggestion } => (
                Message::new("problem-bad-schedule").arg("value", value.as_str()),
                Some(match suggestion {
                    Some(code) => did_you_mean(code),
                    None => Message::new("hint-bad-schedule").arg("forms", SCHEDULE_FORMS),
                }),
            ),
            ImpossibleSchedule { value } => (
                Message::new("problem-impossible-schedule").arg("value", value.as_str()),
                hint("hint-impossible-schedule"),
            ),
            BadFrequency { value, suggestion } => (
                Message::new("problem-bad-frequency").arg("value", value.as_str()),
                Some(suggestion.map_or_else(|| Message::new("hint-bad-frequency"), did_you_mean)),
            ),
            NotADate { key } => {
                (Message::new("problem-not-a-date").arg("key", key.as_str()), hint("hint-not-a-date"))
            }
            DuplicateArea { number, first_file } => (
                Message::new("problem-duplicate-area")
                    .arg("number", number.as_str())
                    .arg("file", first_file.as_str()),
                hint("hint-duplicate-area"),
            ),
            NotAnAreaNumber { value } => (
                Message::new("problem-not-an-area-number").arg("value", value.as_str()),
                hint("hint-not-an-area-number"),
            ),
            UnknownCheck { name, suggestion } => (
                Message::new("problem-unknown-check").arg("name", name.as_str()),
                Some(suggestion.map_or_else(
                    || Message::new("hint-unknown-check").arg("checks", allowable_checks()),
                    did_you_mean,
                )),
            ),
            NotAllowable { name } => (
                Message::new("problem-not-allowable").arg("name", name.as_str()),
                Some(Message::new("hint-not-allowable").arg("checks", allowable_checks())),
            ),
            NumberGap { missing, through: None, next } => (
                Message::new("problem-number-gap")
                    .arg("missing", missing.as_str())
                    .arg("next", next.as_str()),
                hint("hint-number-gap"),
            ),
            NumberGap { missing, through: Some(through), next } => (
                Message::new("problem-number-gaps")
                    .arg("missing", missing.as_str())
                    .arg("through", through.as_str())
                    .arg("next", next.as_str()),
                hint("hint-number-gap"),
            ),
            DuplicateActivityNumber { number, first } => (
                Message::new("problem-duplicate-activity-number")
                    .arg("number", number.as_str())
                    .arg("first", first.as_str()),
                hint("hint-duplicate-activity-number"),
            ),
            NotInArea { number, area } => (
                Message::new("problem-not-in-area").arg("number", number.as_str()).arg("area", area.as_str()),
                Some(Message::new("hint-not-in-area").arg("area", area.as_str())),
            ),
            FileNameMismatch { number, file_name } => (
                Message::new("problem-file-name-mismatch")
                    .arg("number", number.as_str())
                    .arg("file", file_name.as_str()),
                Some(Message::new("hint-file-name-mismatch").arg("number", number.as_str())),
            ),
            StrayNumberInTitle { prefix } => (
                Message::new("problem-stray-number-in-title").arg("prefix", prefix.as_str()),
                hint("hint-stray-number-in-title"),
            ),
            ScheduleOutsideYear { period, year, suggestion } => (
                Message::new("problem-schedule-outside-year")
                    .arg("period", period.message())
                    .arg("code", Schedule::Dated(*period).to_string())
                    .arg("year", *year),
                Some(match suggestion {
                    Some(moved) => Message::new("hint-schedule-moved")
                        .arg("year", *year)
                        .arg("code", Schedule::Dated(*moved).to_string()),
                    None => Message::new("hint-schedule-outside-year").arg("year", *year),
                }),
            ),
            DoneInFuture { on, today } => (
                Message::new("problem-done-in-future")
                    .arg("on", Message::date(*on))
                    .arg("today", Message::date(*today)),
                hint("hint-done-in-future"),
            ),
            DoneBeforeApproval { on, approved } => (
                Message::new("problem-done-before-approval")
                    .arg("on", Message::date(*on))
                    .arg("approved", Message::date(*approved)),
                hint("hint-done-before-approval"),
            ),
            DoneOutsidePeriod { on, planned } => (
                Message::new("problem-done-outside-period")
                    .arg("on", Message::date(*on))
                    .arg("planned", planned.message()),
                hint("hint-done-outside-period"),
            ),
            // New-user fixes (issue 17): a record outside the plan's year names the real schedule.
            DoneOutsidePlanYear { on, year, schedule } => (
                Message::new("problem-done-outside-plan-year")
                    .arg("on", Message::date(*on))
                    .arg("year", *year)
                    .arg("schedule", crate::schedule::in_words(*schedule, None, None)),
                Some(Message::new("hint-done-outside-plan-year").arg("year", *year)),
            ),
            DoneTooOften { done, planned } => (
                Message::new("problem-done-too-often").arg("done", *done).arg("planned", *planned),
                hint("hint-done-too-often"),
            ),
            MissingDetails { place, schedule, resources } => {
                let missing = [
                    (place, "missing-place"),
                    (schedule, "missing-schedule"),
                    (resources, "missing-resources"),
                ]
                .into_iter()
                .filter(|(missing, _)| **missing)
                .map(|(_, id)| Arg::Message(Message::new(id)));
                (
                    Message::new("problem-missing-details").arg("missing", Arg::list(missing, "missing-or")),
                    hint("hint-missing-details"),
                )
            }
            EmptyTitle => (Message::new("problem-empty-title"), hint("hint-empty-title")),
            EmptyAreaName => (Message::new("problem-empty-area-name"), hint("hint-empty-area-name")),
            DuplicateActivity { first } => (
                Message::new("problem-duplicate-activity").arg("first", first.as_str()),
                hint("hint-duplicate-activity"),
            ),
            UnusedAllowance { check } => {
                (Message::new("problem-unused-allowance").arg("check", *check), hint("hint-unused-allowance"))
            }
            // safety-output: control and bidi characters, overlong text.
            HiddenCharacter { field, character } => {
                let id = if crate::text::is_bidi_control(*character) {
                    "problem-bidi-control"
                } else {
                    "problem-control-character"
                };
                let code = format!("{:04X}", u32::from(*character));
                (Message::new(id).arg("field", *field).arg("code", code), hint("hint-hidden-character"))
            }
            TextTooLong { field, chars, limit } => (
                Message::new("problem-text-too-long")
                    .arg("field", *field)
                    .arg("chars", *chars)
                    .arg("limit", *limit),
                hint("hint-text-too-long"),
            ),
        };
        (message, hint)
    }
}

impl Describe for Place {
    fn message(&self) -> Message<'_> {
        Message::new(match self {
            Place::PlanFile => "place-plan-file",
            Place::Approval => "place-approval",
            Place::Committee => "place-committee",
            Place::AreaFile => "place-area-file",
            Place::Activity => "place-activity",
            Place::Record => "place-record",
            Place::Cancellation => "place-cancellation",
        })
    }
}

impl Describe for Expected {
    fn message(&self) -> Message<'_> {
        Message::new(match self {
            Expected::Text => "expected-text",
            Expected::Integer => "expected-integer",
            Expected::Date => "expected-date",
            Expected::Table => "expected-table",
            Expected::ListOfText => "expected-list-of-text",
            Expected::ListOfTables => "expected-list-of-tables",
        })
    }
}

fn hint(id: &'static str) -> Option<Message<'static>> {
    Some(Message::new(id))
}

fn did_you_mean(known: &str) -> Message<'_> {
    Message::new("did-you-mean").arg("known", known)
}

fn mib(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

/// Whether a `schema` value names a version older than those supported: `migrate` upgrades it.
fn is_older_schema(found: &str) -> bool {
    let oldest = SUPPORTED_SCHEMAS.iter().min().copied().unwrap_or(1);
    found.parse::<i64>().is_ok_and(|version| (0..oldest).contains(&version))
}

fn supported_schemas() -> String {
    let versions: Vec<String> = SUPPORTED_SCHEMAS.iter().map(i64::to_string).collect();
    versions.join(", ")
}

/// The names of the checks an activity may allow, for hints.
fn allowable_checks() -> String {
    let names: Vec<&str> =
        Check::ALL.into_iter().filter(|check| check.can_be_allowed()).map(Check::name).collect();
    names.join(", ")
}
