//! Markdown documents: numbered headings ("### 3.1) Datos abiertos") or numbered lists, with
//! emphasis ("**Lugar:** Virtual") and escapes read as CommonMark does.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{Line, Lines, Unit};

/// The lines of a Markdown document. A list item keeps its number (`ordinal`), since the
/// Markdown source writes "1." and the structure parser decides what it numbers.
pub fn lines(text: &str) -> Lines {
    let mut builder =
        Builder { lines: Lines::new(Unit::Line), starts: line_starts(text), ..Builder::default() };
    let mut lists: Vec<Option<u64>> = Vec::new();
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        if builder.table(&event, range.start) {
            continue;
        }
        match event {
            Event::Start(Tag::List(first)) => {
                builder.block();
                lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                builder.block();
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                builder.block();
                builder.ordinal = lists.last_mut().and_then(|next| {
                    let number = *next;
                    *next = next.map(|n| n.saturating_add(1));
                    number
                });
            }
            Event::Start(tag) if is_block(&tag) => builder.block(),
            Event::End(tag) if is_block_end(tag) => builder.block(),
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                builder.text(&text, range.start);
            }
            Event::SoftBreak | Event::HardBreak => builder.line_break(),
            Event::Rule => builder.block(),
            _ => {}
        }
    }
    builder.block();
    builder.lines
}

fn is_block(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Paragraph | Tag::Heading { .. } | Tag::BlockQuote(_) | Tag::CodeBlock(_) | Tag::HtmlBlock
    )
}

fn is_block_end(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::Item
    )
}

/// The byte offset where each line starts, to number lines from event offsets.
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect()
}

#[derive(Default)]
struct Builder {
    lines: Lines,
    starts: Vec<usize>,
    current: String,
    at: usize,
    new_block: bool,
    ordinal: Option<u64>,
    /// The table being read: its rows so far, the current row and cell.
    table: Option<TableBuilder>,
}

#[derive(Default)]
struct TableBuilder {
    first: bool,
    row: Vec<String>,
    cell: String,
    at: usize,
}

impl Builder {
    /// Reads a pipe table's events into rows of cells; false for events outside tables.
    fn table(&mut self, event: &Event<'_>, offset: usize) -> bool {
        let at = self.starts.partition_point(|start| *start <= offset);
        match event {
            Event::Start(Tag::Table(_)) => {
                self.block();
                self.table = Some(TableBuilder { first: true, ..TableBuilder::default() });
            }
            Event::End(TagEnd::Table) => {
                self.table = None;
                self.new_block = true;
            }
            _ => {
                let Some(table) = self.table.as_mut() else { return false };
                match event {
                    Event::Start(Tag::TableHead | Tag::TableRow) => table.at = at,
                    Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                        let cells = std::mem::take(&mut table.row);
                        self.lines.push(Line::row(cells, table.at, table.first));
                        table.first = false;
                    }
                    Event::End(TagEnd::TableCell) => {
                        let cell = std::mem::take(&mut table.cell);
                        table.row.push(cell.trim().to_owned());
                    }
                    Event::Text(text) | Event::Code(text) => table.cell.push_str(text),
                    Event::InlineHtml(html) if html.trim().eq_ignore_ascii_case("<br>") => {
                        table.cell.push('\n')
                    }
                    Event::SoftBreak | Event::HardBreak => table.cell.push('\n'),
                    _ => {}
                }
            }
        }
        true
    }

    fn text(&mut self, text: &str, offset: usize) {
        let first_line = self.starts.partition_point(|start| *start <= offset);
        for (i, piece) in text.split('\n').enumerate() {
            if i > 0 {
                self.line_break();
            }
            if self.current.is_empty() {
                self.at = first_line + i;
            }
            self.current.push_str(piece);
        }
    }

    /// Ends the current line; the next one continues the same block.
    fn line_break(&mut self) {
        let text = self.current.trim();
        if !text.is_empty() {
            let line = Line {
                text: text.to_owned(),
                at: self.at,
                new_block: self.new_block,
                ordinal: self.ordinal,
                cells: None,
            };
            self.lines.push(line);
            self.new_block = false;
            self.ordinal = None;
        }
        self.current.clear();
    }

    /// Ends the current block; the next line starts a new one.
    fn block(&mut self) {
        self.line_break();
        self.new_block = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(text: &str) -> Vec<(String, usize, bool, Option<u64>)> {
        lines(text).items.into_iter().map(|l| (l.text, l.at, l.new_block, l.ordinal)).collect()
    }

    #[test]
    fn headings_paragraphs_and_emphasis_become_plain_lines() {
        let text = "# PLAN 2022\n\n### 3.1) Servicios\n\n**Objetivo:** Generar *capacidades*.\n";
        let expected = [
            ("PLAN 2022".to_owned(), 1, true, None),
            ("3.1) Servicios".to_owned(), 3, true, None),
            ("Objetivo: Generar capacidades.".to_owned(), 5, true, None),
        ];
        assert_eq!(seen(text), expected);
    }

    #[test]
    fn soft_breaks_separate_lines_of_one_block() {
        let text = "3.2.2) Reuniones\nFecha: A definir.\nLugar: Virtual\\.\n";
        let lines = seen(text);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1], ("Fecha: A definir.".to_owned(), 2, false, None));
        assert_eq!(lines[2].0, "Lugar: Virtual.", "escapes are undone");
    }

    #[test]
    fn pipe_tables_become_rows_of_cells() {
        let text = "## Datos\n\n| N° | Actividad | Fecha |\n|---|---|---|\n| 1 | **Taller** | marzo 2024 |\n\
                    | 2 | Foro<br>regional | `Q4` |\n\nDespués.\n";
        let rows: Vec<_> = lines(text).items.into_iter().map(|l| (l.at, l.new_block, l.cells)).collect();
        let cells = |row: &[&str]| Some(row.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>());
        assert_eq!(
            rows,
            [
                (1, true, None),
                (3, true, cells(&["N°", "Actividad", "Fecha"])),
                (5, false, cells(&["1", "Taller", "marzo 2024"])),
                (6, false, cells(&["2", "Foro\nregional", "Q4"])),
                (8, true, None),
            ]
        );
    }

    #[test]
    fn list_items_keep_their_numbers() {
        let text = "1) Antecedentes\n\nTexto.\n\n2) Finalidad\n\n- 3.1.1) Dos pilotos\n  - Lugar: Virtual\n\n\
                    3. Tercero\n4. Cuarto\n";
        let lines = seen(text);
        let numbers: Vec<_> = lines.iter().map(|(text, _, _, n)| (text.as_str(), *n)).collect();
        assert_eq!(
            numbers,
            [
                ("Antecedentes", Some(1)),
                ("Texto.", None),
                ("Finalidad", Some(2)),
                ("3.1.1) Dos pilotos", None),
                ("Lugar: Virtual", None),
                ("Tercero", Some(3)),
                ("Cuarto", Some(4)),
            ]
        );
    }
}
