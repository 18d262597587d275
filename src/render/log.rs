//! The plan's history (`workplan log`): one block per commit, newest first, for people; one JSON
//! document for tools (shape in docs/history.md).

use serde_json::{Value, json};

use super::changes::{json_change, text_line};
use crate::compare::{Kind, Scope};
use crate::history::Entry;
use crate::i18n::{Lang, Msg};
use crate::text::visible;

/// How the history is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// The history; `whole` when it is the plan's (not narrowed), so that a commit that created the
/// plan is summed up rather than listed activity by activity.
pub fn render(entries: &[Entry], whole: bool, format: LogFormat, lang: Lang) -> String {
    match format {
        LogFormat::Json => json_document(entries),
        LogFormat::Text => {
            entries.iter().map(|entry| text_entry(entry, whole, lang)).collect::<Vec<_>>().join("\n")
        }
    }
}

/// `2022-10-05  Ana Pérez  1a2b3c4  Registra el seminario`, then a line per change.
fn text_entry(entry: &Entry, whole: bool, lang: Lang) -> String {
    let commit = &entry.commit;
    let date = commit.date.get(..10).unwrap_or(&commit.date);
    let short = short(&commit.hash);
    let mut text = format!("{date}  {}  {short}  {}\n", visible(&commit.author), visible(&commit.subject));
    let mut lines: Vec<String> = Vec::new();
    if !entry.unreadable.is_empty() {
        let files = entry.unreadable.join(", ");
        lines.push(lang.text(Msg::LogUnreadable { files: &visible(&files), commit: short }));
    } else if whole && entry.created {
        let count = |scope, added: fn(&Kind) -> bool| {
            entry.changes.iter().filter(|change| change.scope == scope && added(&change.kind)).count()
        };
        lines.push(lang.text(Msg::LogPlanCreated {
            areas: count(Scope::Area, |kind| *kind == Kind::AreaAdded),
            activities: count(Scope::Activity, |kind| matches!(kind, Kind::Added { .. })),
        }));
    } else {
        lines.extend(entry.changes.iter().map(|change| text_line(change, lang)));
    }
    for line in lines {
        text.push_str(&format!("  {line}\n"));
    }
    text
}

fn short(hash: &str) -> &str {
    hash.get(..7).unwrap_or(hash)
}

fn json_document(entries: &[Entry]) -> String {
    let commits: Vec<Value> = entries
        .iter()
        .map(|entry| {
            let commit = &entry.commit;
            json!({
                "commit": commit.hash,
                "date": commit.date,
                "author": commit.author,
                "subject": commit.subject,
                "created": entry.created,
                "unreadable": entry.unreadable,
                "changes": entry.changes.iter().map(json_change).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&json!({ "commits": commits })).unwrap_or_default();
    text.push('\n');
    text
}
