//! The changes between two versions of the plan, as text for a terminal, Markdown for a pull
//! request, or JSON for tools (shape in docs/ci.md).
//!
//! Text and Markdown group the changes as a reviewer asks about them: the plan, areas, added,
//! removed, renumbered, rescheduled, progress, edited. Edited texts show the changed words:
//! `[-old-]{+new+}` in text, ~~old~~ **new** in Markdown.

use serde_json::{Value, json};

use crate::compare::words;
use crate::compare::{Change, Field, Kind, Scope, When};
use crate::i18n::{Label, Lang, Msg};
use crate::model::{Cancellation, Record};
use crate::render::markdown;
use crate::text::visible;

/// How the changes are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangesFormat {
    Text,
    Markdown,
    Json,
}

/// One side of the comparison: a revision as given and the commit it names, or the working
/// tree (neither).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Side {
    pub revision: Option<String>,
    pub commit: Option<String>,
}

/// What was compared: two versions of the plan, or two versions of one file (`git diff`'s
/// external diff driver).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Compared {
    /// Two revisions; `only` names the areas and activities the changes were narrowed to.
    Revisions {
        from: Side,
        to: Side,
        only: Option<String>,
    },
    File(String),
}

pub fn render(changes: &[Change], compared: &Compared, format: ChangesFormat, lang: Lang) -> String {
    match format {
        ChangesFormat::Json => json_document(changes, compared),
        ChangesFormat::Text => Writer { lang, markdown: false }.document(changes, compared),
        ChangesFormat::Markdown => Writer { lang, markdown: true }.document(changes, compared),
    }
}

/// The groups changes are shown in, in order.
const SECTIONS: [Label; 8] = [
    Label::ThePlan,
    Label::Areas,
    Label::Added,
    Label::Removed,
    Label::Renumbered,
    Label::Rescheduled,
    Label::Progress,
    Label::Edited,
];

fn section(change: &Change) -> Label {
    match (change.scope, &change.kind) {
        (Scope::Plan, _) => Label::ThePlan,
        (Scope::Area, _) => Label::Areas,
        (Scope::Activity, Kind::Added { .. }) => Label::Added,
        (Scope::Activity, Kind::Removed) => Label::Removed,
        (Scope::Activity, Kind::Renumbered { .. }) => Label::Renumbered,
        (Scope::Activity, Kind::Rescheduled { .. }) => Label::Rescheduled,
        (
            Scope::Activity,
            Kind::Status { .. }
            | Kind::RecordAdded(_)
            | Kind::RecordRemoved(_)
            | Kind::Cancelled(_)
            | Kind::Uncancelled(_),
        ) => Label::Progress,
        (Scope::Activity, Kind::Edited { .. } | Kind::AreaAdded | Kind::AreaRemoved) => Label::Edited,
    }
}

struct Writer {
    lang: Lang,
    markdown: bool,
}

impl Writer {
    fn document(&self, changes: &[Change], compared: &Compared) -> String {
        let (heading, nothing) = self.titles(compared);
        if changes.is_empty() {
            return format!("{nothing}\n");
        }
        let mut text = if self.markdown { format!("## {heading}\n") } else { format!("{heading}\n") };
        for label in SECTIONS {
            let lines: Vec<String> = changes
                .iter()
                .filter(|change| section(change) == label)
                .map(|change| self.line(change))
                .collect();
            if lines.is_empty() {
                continue;
            }
            let name = self.lang.label(label);
            text.push_str(&if self.markdown { format!("\n### {name}\n\n") } else { format!("\n{name}\n") });
            for line in lines {
                text.push_str(&if self.markdown { format!("- {line}\n") } else { format!("  {line}\n") });
            }
        }
        text
    }

    /// The heading, and the line that says there is no change.
    fn titles(&self, compared: &Compared) -> (String, String) {
        let lang = self.lang;
        match compared {
            Compared::Revisions { from, to, only: None } => {
                let (from, to) = (self.side(from), self.side(to));
                (
                    lang.text(Msg::DiffHeading { from: &from, to: &to }),
                    lang.text(Msg::NoChanges { from: &from, to: &to }),
                )
            }
            Compared::Revisions { from, to, only: Some(only) } => {
                let (from, to) = (self.side(from), self.side(to));
                (
                    lang.text(Msg::DiffHeadingOnly { only, from: &from, to: &to }),
                    lang.text(Msg::NoChangesOnly { only, from: &from, to: &to }),
                )
            }
            Compared::File(path) => {
                let path = &visible(path);
                (lang.text(Msg::FileChanges { path }), lang.text(Msg::NoChangesToFile { path }))
            }
        }
    }

    /// "`v2022-approved` (1a2b3c4)", or "the working tree".
    fn side(&self, side: &Side) -> String {
        let quoted =
            |revision: &str| if self.markdown { format!("`{revision}`") } else { revision.to_owned() };
        match (&side.revision, &side.commit) {
            (Some(revision), Some(commit)) => {
                format!("{} ({})", quoted(revision), &commit[..commit.len().min(7)])
            }
            (Some(revision), None) => quoted(revision),
            (None, _) => self.lang.label(Label::WorkingTree).to_owned(),
        }
    }

    fn line(&self, change: &Change) -> String {
        let lang = self.lang;
        let number = self.number(&change.number);
        let title = self.text(&change.title);
        let arrow = self.arrow();
        match &change.kind {
            Kind::Edited { field, from, to } => {
                let edit = self.edit(*field, from.as_deref(), to.as_deref());
                let field = lang.describe(field);
                if change.scope == Scope::Plan {
                    format!("{field}: {edit}")
                } else {
                    format!("{number} {field}: {edit}")
                }
            }
            Kind::AreaRemoved => format!("{}{number} {title}", self.sign('-')),
            Kind::AreaAdded => format!("{}{number} {title}", self.sign('+')),
            Kind::Added { when } => format!("{}{number} {title} ({})", self.sign('+'), self.when(when)),
            Kind::Removed => format!("{}{number} {title}", self.sign('-')),
            Kind::Renumbered { from, .. } => format!("{} {arrow} {number} {title}", self.number(from)),
            Kind::Rescheduled { from, to } => {
                format!("{number}: {} {arrow} {}", self.when(from), self.when(to))
            }
            Kind::Status { from, to } => {
                format!("{number}: {} {arrow} {}", lang.describe(from), lang.describe(to))
            }
            Kind::RecordAdded(record) => format!("{number}: + {}", self.record(record, true)),
            Kind::RecordRemoved(record) => format!("{number}: - {}", self.record(record, false)),
            Kind::Cancelled(cancellation) => format!("{number}: {}", self.cancellation(cancellation)),
            Kind::Uncancelled(cancellation) => format!(
                "{number}: {} ({})",
                lang.text(Msg::NoLongerCancelled),
                self.cancellation(cancellation)
            ),
        }
    }

    fn edit(&self, field: Field, from: Option<&str>, to: Option<&str>) -> String {
        match (from, to) {
            (Some(from), Some(to)) if field.is_text() => {
                let pieces = words::word_diff(from, to);
                if self.markdown {
                    words::markdown(&pieces)
                } else {
                    visible(&words::marked(&pieces)).into_owned()
                }
            }
            (from, to) => {
                let shown =
                    |value: Option<&str>| value.map_or_else(|| "—".to_owned(), |value| self.text(value));
                format!("{} {} {}", shown(from), self.arrow(), shown(to))
            }
        }
    }

    fn when(&self, when: &When) -> String {
        self.lang.say(&crate::schedule::in_words(when.schedule, when.every, when.target))
    }

    fn record(&self, record: &Record, added: bool) -> String {
        let date = self.lang.date(record.on);
        let what = if added {
            self.lang.text(Msg::CarriedOut { date: &date })
        } else {
            self.lang.text(Msg::RecordRemoved { date: &date })
        };
        match &record.note {
            Some(note) => format!("{what}: {}", self.text(note)),
            None => what,
        }
    }

    fn cancellation(&self, cancellation: &Cancellation) -> String {
        let date = self.lang.date(cancellation.on);
        format!("{}: {}", self.lang.text(Msg::CancelledOn { date: &date }), self.text(&cancellation.reason))
    }

    fn number(&self, number: &str) -> String {
        if self.markdown { format!("**{number}**") } else { number.to_owned() }
    }

    fn text(&self, text: &str) -> String {
        if self.markdown { markdown::inline(text) } else { visible(text).into_owned() }
    }

    /// `+ ` or `- ` before an added or removed item. Markdown leaves it out: after the list's
    /// own `- ` it would open a nested list, and the section's heading already says which.
    fn sign(&self, sign: char) -> String {
        if self.markdown { String::new() } else { format!("{sign} ") }
    }

    fn arrow(&self) -> &'static str {
        if self.markdown { "→" } else { "->" }
    }
}

fn json_document(changes: &[Change], compared: &Compared) -> String {
    let side = |side: &Side| json!({ "revision": side.revision, "commit": side.commit });
    let changes: Vec<Value> = changes.iter().map(json_change).collect();
    let document = match compared {
        Compared::Revisions { from, to, .. } => {
            json!({ "from": side(from), "to": side(to), "changes": changes })
        }
        Compared::File(path) => json!({ "file": path, "changes": changes }),
    };
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}

/// One change as a line of text, worded as `workplan diff` words it.
pub fn text_line(change: &Change, lang: Lang) -> String {
    Writer { lang, markdown: false }.line(change)
}

/// One change as JSON, in the shape of `workplan diff --format json` (docs/ci.md).
pub fn json_change(change: &Change) -> Value {
    let scope = match change.scope {
        Scope::Plan => "plan",
        Scope::Area => "area",
        Scope::Activity => "activity",
    };
    let number = (!change.number.is_empty()).then_some(change.number.as_str());
    let mut object = json!({ "scope": scope, "number": number, "title": change.title });
    let (kind, details) = match &change.kind {
        Kind::Edited { field, from, to } => {
            ("edited", json!({ "field": field.code(), "from": from, "to": to }))
        }
        Kind::AreaAdded => ("added", json!({})),
        Kind::AreaRemoved | Kind::Removed => ("removed", json!({})),
        Kind::Added { when } => ("added", json!({ "when": json_when(when) })),
        Kind::Renumbered { from, to } => ("renumbered", json!({ "from": from, "to": to })),
        Kind::Rescheduled { from, to } => {
            ("rescheduled", json!({ "from": json_when(from), "to": json_when(to) }))
        }
        Kind::Status { from, to } => ("status", json!({ "from": from.code(), "to": to.code() })),
        Kind::RecordAdded(record) => ("record-added", json_record(record)),
        Kind::RecordRemoved(record) => ("record-removed", json_record(record)),
        Kind::Cancelled(cancellation) => ("cancelled", json_cancellation(cancellation)),
        Kind::Uncancelled(cancellation) => ("uncancelled", json_cancellation(cancellation)),
    };
    if let (Some(object), Value::Object(details)) = (object.as_object_mut(), details) {
        object.insert("kind".into(), kind.into());
        object.extend(details);
    }
    object
}

fn json_when(when: &When) -> Value {
    json!({
        "schedule": when.schedule.map(|schedule| schedule.to_string()),
        "every": when.every.map(|every| every.code()),
        "target": when.target,
    })
}

fn json_record(record: &Record) -> Value {
    json!({ "on": record.on.to_string(), "note": record.note })
}

fn json_cancellation(cancellation: &Cancellation) -> Value {
    json!({ "on": cancellation.on.to_string(), "reason": cancellation.reason })
}
