//! Diagnostics for people: rustc-style, with the source line and a marker under the span.

use std::collections::HashMap;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::source::{FileId, LineIndex, SourceFile, Sources, Span};
use crate::text::{visible, visible_lines};

/// Every diagnostic, each followed by a blank line.
pub fn human(diagnostics: &[Diagnostic], sources: &Sources, lang: Lang, color: bool) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    // Each file's lines are indexed once, so that many findings in a large file cost little.
    let mut lines: HashMap<FileId, LineIndex> = HashMap::new();
    for diagnostic in diagnostics {
        let file = sources.get(diagnostic.file);
        let index = lines.entry(diagnostic.file).or_insert_with(|| LineIndex::new(&file.text));
        out.push_str(&render_one(diagnostic, file, index, lang, &renderer));
        out.push_str("\n\n");
    }
    out
}

fn render_one(
    diagnostic: &Diagnostic,
    file: &SourceFile,
    lines: &LineIndex,
    lang: Lang,
    renderer: &Renderer,
) -> String {
    let (message, hint) = diagnostic.problem.message();
    let (message, hint) = (lang.say(&message), hint.map(|hint| lang.say(&hint)));
    let title = match &diagnostic.activity {
        Some(activity) => format!("{activity}: {message}"),
        None => message,
    };
    // Messages quote plan text and name files that a stranger may have written.
    let title = visible_lines(&title).into_owned();
    let hint = hint.map(|hint| visible_lines(&hint).into_owned());
    let path = visible(&file.display);
    let level = match diagnostic.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    }
    .with_name(lang.severity(diagnostic.severity == Severity::Error));
    let title = level.primary_title(title).id(diagnostic.problem.check().name());
    let group = match &diagnostic.span {
        Some(span) if !file.text.is_empty() => {
            let excerpt = Excerpt::around(&file.text, span, lines);
            title.element(
                Snippet::source(excerpt.text)
                    .line_start(excerpt.first_line)
                    .path(path.as_ref())
                    .annotation(AnnotationKind::Primary.span(excerpt.span)),
            )
        }
        // An empty file has no line to show, but its first line is still the place to look.
        Some(span) => {
            let at = file.line_col(span.start);
            title.element(Origin::path(path.as_ref()).line(at.line).char_column(at.column))
        }
        None => title.element(Origin::path(path.as_ref())),
    };
    let group = match hint {
        Some(hint) => group.element(Level::HELP.with_name(lang.help()).message(hint)),
        None => group,
    };
    renderer.render(&[group as Group<'_>])
}

/// The whole lines around a span, so that rendering costs the size of the lines, not the file.
struct Excerpt<'t> {
    text: &'t str,
    first_line: usize,
    span: Span,
}

impl<'t> Excerpt<'t> {
    fn around(text: &'t str, span: &Span, lines: &LineIndex) -> Self {
        let start = floor_boundary(text, span.start.min(text.len()));
        let end = floor_boundary(text, span.end.clamp(start, text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        Excerpt {
            text: &text[line_start..line_end],
            first_line: lines.line_col(text, line_start).line,
            span: (start - line_start)..(end - line_start),
        }
    }
}

fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_is_the_lines_of_the_span() {
        let text = "a = 1\nb = 2\nc = 3\n";
        let lines = LineIndex::new(text);
        let excerpt = Excerpt::around(text, &(6..7), &lines);
        assert_eq!((excerpt.text, excerpt.first_line, excerpt.span), ("b = 2", 2, 0..1));
        let end = Excerpt::around(text, &(99..99), &lines);
        assert_eq!((end.text, end.first_line), ("", 4));
    }
}
