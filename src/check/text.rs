//! `text`: plan text holds no control or bidi characters, which a terminal or an editor would
//! obey rather than show, and titles, places and resources stay within a length people read.

use super::Findings;
use crate::diagnostic::Problem;
use crate::model::Plan;
use crate::source::Span;
use crate::text::is_hidden;

/// The longest title, place and resources, in characters, before a warning: several times the
/// longest of a real plan (152, 23 and 73), so that only pasted or generated text is caught.
pub const MAX_TITLE: usize = 300;
pub const MAX_PLACE: usize = 200;
pub const MAX_RESOURCES: usize = 500;

pub(super) fn check(plan: &Plan, findings: &mut Findings) {
    for area in &plan.areas {
        let span = area.spans.name.clone();
        for (field, text) in [("name", area.name.as_str()), ("objective", area.objective.as_str())] {
            if let Some(problem) = hidden(field, text) {
                findings.push(area.file, span.clone(), problem);
            }
        }
    }
    for (area, activity) in plan.activities() {
        let table = Some(activity.spans.table.clone());
        let title_span = activity.spans.title.clone().or_else(|| table.clone());
        let mut report = |span: Option<Span>, problem| findings.activity(area, activity, span, problem);
        let fields = [
            ("title", Some(activity.title.as_str()), MAX_TITLE, title_span),
            ("place", activity.place.as_deref(), MAX_PLACE, table.clone()),
            ("resources", activity.resources.as_deref(), MAX_RESOURCES, table.clone()),
        ];
        for (field, text, limit, span) in fields {
            let Some(text) = text else { continue };
            if let Some(problem) = hidden(field, text) {
                report(span.clone(), problem);
            }
            let chars = text.chars().count();
            if chars > limit {
                report(span, Problem::TextTooLong { field, chars, limit });
            }
        }
        for record in &activity.done {
            if let Some(problem) = record.note.as_deref().and_then(|note| hidden("note", note)) {
                report(Some(record.span.clone()), problem);
            }
        }
        if let Some(problem) = activity.cancelled.as_ref().and_then(|c| hidden("reason", &c.reason)) {
            report(activity.spans.cancelled.clone().or_else(|| table.clone()), problem);
        }
    }
}

/// The first control or bidi character of `text`, as a problem. Line breaks (LF, or CRLF as a
/// multi-line string of a CRLF file holds them) and tabs are ordinary text and are not reported.
fn hidden(field: &'static str, text: &str) -> Option<Problem> {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let line_break = c == '\n' || (c == '\r' && chars.peek() == Some(&'\n'));
        if !line_break && c != '\t' && is_hidden(c) {
            return Some(Problem::HiddenCharacter { field, character: c });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_controls_and_bidi_but_not_line_breaks() {
        assert_eq!(hidden("title", "Webinar\tregional\nx"), None);
        assert_eq!(hidden("objective", "Una línea.\r\nOtra."), None, "a CRLF file's multi-line string");
        assert_eq!(
            hidden("title", "a\u{1b}]0;x\u{7}"),
            Some(Problem::HiddenCharacter { field: "title", character: '\u{1b}' })
        );
        assert_eq!(
            hidden("place", "Lima\u{202e}"),
            Some(Problem::HiddenCharacter { field: "place", character: '\u{202e}' })
        );
        assert_eq!(hidden("note", "x\ry"), Some(Problem::HiddenCharacter { field: "note", character: '\r' }));
    }
}
