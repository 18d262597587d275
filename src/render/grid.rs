//! A table of text cells, written as a terminal table, CSV or Markdown.

use comfy_table::{Cell, Color, ContentArrangement, LineStyle, Table, TableStyle};

use super::fit::{self, width, wrap};
use super::{Style, markdown};
use crate::text::visible;

/// The widest a short column (a number, a date, a status) gets when the table must wrap.
const NARROW_COLUMN: usize = 12;

/// The share of a narrow width the main column (titles, objectives) is given by narrowing the
/// others down to their longest words: two fifths.
const MAIN_SHARE: (usize, usize) = (2, 5);

/// The share the main column gets even if the others' words must then be hyphenated: a third,
/// so that a title can be read at 60 columns.
const MAIN_FLOOR: (usize, usize) = (1, 3);

/// The narrowest a column is made, when nothing else fits; its words are hyphenated.
const FLOOR: usize = 4;

/// The spaces comfy-table puts around each cell, and the one between columns.
const CELL_PADDING: usize = 2;
const SEPARATOR: usize = 1;

/// Rows of text under a header, with an optional colour per cell for terminals.
#[derive(Debug, Default)]
pub struct Grid {
    pub header: Vec<String>,
    pub rows: Vec<Vec<(String, Option<Color>)>>,
    /// The column of long text (a title, an objective) that gets most of a narrow width.
    pub main_column: Option<usize>,
}

impl Grid {
    pub fn new(header: Vec<String>) -> Self {
        Grid { header, rows: Vec::new(), main_column: None }
    }

    pub fn push(&mut self, row: Vec<(String, Option<Color>)>) {
        self.rows.push(row);
    }

    /// An aligned table that fits the width: cells are made visible ([`visible`]), columns get
    /// their widths from [`share`], and long cells wrap between words ([`wrap`]). comfy-table
    /// only lays out the wrapped lines, so that the work stays linear in the text.
    pub fn to_table(&self, style: Style) -> String {
        let header: Vec<String> = self.header.iter().map(|text| cell_text(text)).collect();
        let rows: Vec<Vec<String>> =
            self.rows.iter().map(|row| row.iter().map(|(text, _)| cell_text(text)).collect()).collect();
        let count = header.len().max(rows.first().map_or(0, Vec::len));
        let columns: Vec<Column> = (0..count)
            .map(|index| {
                let cells = std::iter::once(header.get(index)).chain(rows.iter().map(|row| row.get(index)));
                Column::measure(cells.flatten().map(String::as_str))
            })
            .collect();
        let room =
            fit::columns(style).saturating_sub(count * CELL_PADDING + count.saturating_sub(1) * SEPARATOR);
        let mut widths = share(&columns, self.main_column, room);
        if let Some(main) = self.main_column.filter(|main| *main < count) {
            let cells = |index: usize| {
                std::iter::once(header.get(index)).chain(rows.iter().map(move |row| row.get(index))).flatten()
            };
            give_back(&mut widths, &columns, main, |index, columns| {
                cells(index).flat_map(|text| wrap(text, columns).lines().map(width).max()).max().unwrap_or(0)
            });
        }
        let fitted = |index: usize, text: &str| wrap(text, widths.get(index).copied().unwrap_or(FLOOR));

        let mut table = Table::new();
        // Box-drawing only where colour is welcome too: not in pipes, files, or under NO_COLOR.
        let rule = if style.terminal && style.color { '─' } else { '-' };
        table
            .load_style(TableStyle::new().header_separator(LineStyle::none().fill(rule).junction(' ')))
            .set_content_arrangement(ContentArrangement::Disabled);
        if !style.terminal {
            table.force_no_tty();
        }
        if style.color {
            table.enforce_styling();
        }
        if !header.is_empty() {
            table.set_header(header.iter().enumerate().map(|(index, text)| Cell::new(fitted(index, text))));
        }
        for (row, texts) in self.rows.iter().zip(&rows) {
            table.add_row(row.iter().zip(texts).enumerate().map(|(index, ((_, color), text))| {
                let cell = Cell::new(fitted(index, text));
                match color {
                    Some(color) if style.color => cell.fg(*color),
                    _ => cell,
                }
            }));
        }
        let mut text = table.lines().map(|line| line.trim_end().to_owned()).collect::<Vec<_>>().join("\n");
        text.push('\n');
        text
    }

    /// A GitHub-flavoured Markdown table; cells are escaped as all Markdown is ([`markdown::inline`]).
    pub fn to_markdown(&self) -> String {
        let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
        let mut out = line(self.header.iter().map(|h| markdown::inline(h)).collect());
        out.push_str(&line(self.header.iter().map(|_| "---".to_owned()).collect()));
        for row in &self.rows {
            out.push_str(&line(row.iter().map(|(text, _)| markdown::inline(text)).collect()));
        }
        out
    }
}

/// A cell's text on one line, to be wrapped: the line breaks of a multi-line text (an objective,
/// a note; LF or CRLF) become spaces, and every other control is made [`visible`].
fn cell_text(text: &str) -> String {
    if text.contains('\n') {
        visible(&text.replace("\r\n", " ").replace('\n', " ")).into_owned()
    } else {
        visible(text).into_owned()
    }
}

/// How much room a column's text wants: all of it on one line, and its longest word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Column {
    natural: usize,
    longest_word: usize,
}

impl Column {
    fn measure<'t>(cells: impl Iterator<Item = &'t str>) -> Self {
        cells.fold(Column::default(), |column, text| Column {
            natural: column.natural.max(width(text)),
            longest_word: column.longest_word.max(text.split_whitespace().map(width).max().unwrap_or(0)),
        })
    }
}

/// The width of each column's text within `room`. When everything fits on one line, each gets
/// its natural width. Otherwise the short columns are narrowed, widest first, down to their
/// longest word so that the main column gets up to two fifths of the room; if it still has less than a
/// third, they are narrowed further (their words hyphenated) until it has. Room the main
/// column does not need goes back to them.
fn share(columns: &[Column], main: Option<usize>, room: usize) -> Vec<usize> {
    let mut widths: Vec<usize> = columns.iter().map(|column| column.natural).collect();
    if widths.iter().sum::<usize>() <= room {
        return widths;
    }
    let main = main.filter(|index| *index < columns.len());
    // The main column's share, or its longest word where that is more (up to two fifths),
    // so that its words are the last to be hyphenated.
    let main_wants = |share: (usize, usize)| {
        main.map_or(0, |index| {
            let column = columns[index];
            let word = column.longest_word.min(room * MAIN_SHARE.0 / MAIN_SHARE.1);
            column.natural.min((room * share.0 / share.1).max(word).max(FLOOR))
        })
    };
    let others: Vec<usize> = (0..columns.len()).filter(|index| Some(*index) != main).collect();
    for &index in &others {
        let column = columns[index];
        widths[index] = column.natural.min(column.longest_word.max(NARROW_COLUMN)).min(room);
    }
    let whole_words = |index: usize| columns[index].longest_word.max(FLOOR).min(columns[index].natural);
    narrow(&mut widths, &others, room.saturating_sub(main_wants(MAIN_SHARE)), whole_words);
    narrow(&mut widths, &others, room.saturating_sub(main_wants(MAIN_FLOOR)), |_| FLOOR);
    let used: usize = others.iter().map(|index| widths[*index]).sum();
    if let Some(index) = main {
        widths[index] = columns[index].natural.min(room.saturating_sub(used).max(FLOOR));
    }
    let mut spare = room.saturating_sub(widths.iter().sum());
    for &index in &others {
        let more = columns[index].natural.saturating_sub(widths[index]).min(spare);
        widths[index] += more;
        spare -= more;
    }
    widths
}

/// A short column whose wrapped lines come out narrower than its width ("1st half 2022" in 12
/// columns takes 8) gives the rest to the main column. `used(index, width)` is the widest line
/// of the column's cells once wrapped to `width`.
fn give_back(widths: &mut [usize], columns: &[Column], main: usize, used: impl Fn(usize, usize) -> usize) {
    let mut freed = 0;
    for index in (0..widths.len()).filter(|index| *index != main) {
        let used = used(index, widths[index]).min(widths[index]);
        freed += widths[index] - used;
        widths[index] = used;
    }
    widths[main] = columns[main].natural.min(widths[main] + freed);
}

/// Narrows the widest of `indices` one column at a time, never below `floor`, until their sum
/// is within `budget` or none can give more. Each step is one column, and widths are at most
/// the room, so this costs the room times the number of columns at worst.
fn narrow(widths: &mut [usize], indices: &[usize], budget: usize, floor: impl Fn(usize) -> usize) {
    let mut total: usize = indices.iter().map(|index| widths[*index]).sum();
    while total > budget {
        let widest = indices
            .iter()
            .copied()
            .filter(|index| widths[*index] > floor(*index))
            .max_by_key(|index| widths[*index]);
        let Some(index) = widest else { break };
        widths[index] -= 1;
        total -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Grid {
        let mut grid = Grid::new(vec!["Número".into(), "Lugar".into()]);
        grid.push(vec![("3.9.3".into(), None), ("Lima, Perú | sede".into(), None)]);
        grid.push(vec![("3.1.1".into(), None), ("Virtual".into(), Some(Color::Green))]);
        grid
    }

    #[test]
    fn accented_text_stays_aligned() {
        let table = grid().to_table(Style::PLAIN);
        let lines: Vec<&str> = table.lines().collect();
        let column = |line: &str, needle: &str| line.find(needle).map(|byte| line[..byte].chars().count());
        assert_eq!(column(lines[0], "Lugar"), column(lines[2], "Lima"));
        assert_eq!(column(lines[2], "Lima"), column(lines[3], "Virtual"));
    }

    #[test]
    fn plain_tables_have_no_colour_or_box_drawing() {
        let table = grid().to_table(Style::PLAIN);
        assert!(!table.contains('\u{1b}'), "no escape codes");
        assert!(!table.contains('─'));
        assert!(table.lines().all(|line| line.chars().count() <= 80));
    }

    #[test]
    fn line_breaks_are_spaces_and_controls_show() {
        assert_eq!(cell_text("Una línea.\r\nOtra.\nY otra."), "Una línea. Otra. Y otra.");
        assert_eq!(cell_text("a\u{1b}[2J\rb"), "a␛[2J␍b");
    }

    #[test]
    fn markdown_escapes_pipes() {
        let markdown = grid().to_markdown();
        assert!(markdown.contains("Lima, Perú \\| sede"));
        assert_eq!(markdown.lines().nth(1), Some("| --- | --- |"));
    }
}
