//! Findings for programs: a stable JSON array (documented in `docs/checks.md`) and GitHub Actions
//! workflow commands, which show each finding inline in a pull request.

use std::collections::HashMap;

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::source::{FileId, LineCol, LineIndex, Sources};
use crate::text::{visible, visible_lines};

/// One finding as `--format json` writes it. Field names and codes are a stable interface;
/// `message` and `hint` follow `--lang`.
#[derive(Debug, Serialize)]
pub struct JsonFinding<'a> {
    /// `error` or `warning`.
    pub severity: &'static str,
    /// The check's stable name.
    pub check: &'static str,
    /// The file, relative to the current directory where possible.
    pub file: &'a str,
    /// 1-based line and column (in characters) where the finding starts; null for a whole file.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Where it ends: the position just after its last character.
    pub end_line: Option<usize>,
    pub end_column: Option<usize>,
    /// The activity's number, where the finding is about one.
    pub activity: Option<&'a str>,
    pub message: String,
    pub hint: Option<String>,
}

/// A finding's place in its file: start and end.
type Place = Option<(LineCol, LineCol)>;

/// The findings as a JSON array, one object per finding.
pub fn json(diagnostics: &[Diagnostic], sources: &Sources, lang: Lang) -> anyhow::Result<String> {
    let places = places(diagnostics, sources);
    let findings: Vec<JsonFinding<'_>> = diagnostics
        .iter()
        .zip(places)
        .map(|(diagnostic, place)| {
            let (message, hint) = diagnostic.problem.message();
            let (message, hint) = (lang.say(&message), hint.map(|hint| lang.say(&hint)));
            JsonFinding {
                severity: diagnostic.severity.code(),
                check: diagnostic.problem.check().name(),
                file: &sources.get(diagnostic.file).display,
                line: place.map(|(start, _)| start.line),
                column: place.map(|(start, _)| start.column),
                end_line: place.map(|(_, end)| end.line),
                end_column: place.map(|(_, end)| end.column),
                activity: diagnostic.activity.as_deref(),
                message,
                hint,
            }
        })
        .collect();
    super::activities::json(&findings)
}

/// The findings as GitHub Actions workflow commands, one line each:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
pub fn github(diagnostics: &[Diagnostic], sources: &Sources, lang: Lang) -> String {
    let places = places(diagnostics, sources);
    let mut out = String::new();
    for (diagnostic, place) in diagnostics.iter().zip(places) {
        // Shown in the CI log: plan text and file names with their controls made visible.
        let file = visible(&sources.get(diagnostic.file).display);
        let mut properties = vec![format!("file={}", escape_property(&file))];
        if let Some((start, end)) = place {
            properties.push(format!("line={},col={}", start.line, start.column));
            properties.push(format!("endLine={},endColumn={}", end.line, end.column));
        }
        let check = diagnostic.problem.check().name();
        let title = match &diagnostic.activity {
            Some(activity) => format!("{check} ({})", visible(activity)),
            None => check.to_owned(),
        };
        properties.push(format!("title={}", escape_property(&title)));
        let (message, hint) = diagnostic.problem.message();
        let (message, hint) = (lang.say(&message), hint.map(|hint| lang.say(&hint)));
        let message = match hint {
            Some(hint) => format!("{message}\n{}: {hint}", lang.help()),
            None => message,
        };
        let command = diagnostic.severity.code();
        let message = visible_lines(&message);
        out.push_str(&format!("::{command} {}::{}\n", properties.join(","), escape_data(&message)));
    }
    out
}

/// Where each finding starts and ends, indexing each file's lines once.
fn places(diagnostics: &[Diagnostic], sources: &Sources) -> Vec<Place> {
    let mut lines: HashMap<FileId, LineIndex> = HashMap::new();
    diagnostics
        .iter()
        .map(|diagnostic| {
            let span = diagnostic.span.as_ref()?;
            let text = &sources.get(diagnostic.file).text;
            let index = lines.entry(diagnostic.file).or_insert_with(|| LineIndex::new(text));
            Some((index.line_col(text, span.start), index.line_col(text, span.end)))
        })
        .collect()
}

/// A workflow command's message, escaped as GitHub's toolkit does (`escapeData`).
fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A workflow command's property value (`escapeProperty`): also `:` and `,`, which separate
/// properties.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_githubs_toolkit_does() {
        assert_eq!(escape_data("50% done\r\nnext: a, b"), "50%25 done%0D%0Anext: a, b");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
