//! A table of text cells, written as a terminal table, CSV or Markdown.

use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle, Width};

use super::{Style, markdown};
use crate::text::visible;

/// Narrower terminals than this are taken to be misreporting their width.
const MIN_TERMINAL_WIDTH: u16 = 40;

/// The widest a short column gets when the table must wrap.
const NARROW_COLUMN: u16 = 14;

/// The width the main column needs to read well; short columns wrap to leave it that much.
const MAIN_COLUMN: usize = 40;

/// The spaces comfy-table puts around each cell.
const CELL_PADDING: usize = 2;

fn to_width(chars: usize) -> u16 {
    u16::try_from(chars).unwrap_or(u16::MAX)
}

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

    /// An aligned table that wraps long cells to fit the width.
    pub fn to_table(&self, style: Style) -> String {
        let mut table = Table::new();
        // Box-drawing only where colour is welcome too: not in pipes, files, or under NO_COLOR.
        let rule = if style.terminal && style.color { '─' } else { '-' };
        table
            .load_style(TableStyle::new().header_separator(LineStyle::none().fill(rule).junction(' ')))
            .set_content_arrangement(ContentArrangement::Dynamic);
        if !style.terminal {
            table.force_no_tty();
        }
        match style.width {
            Some(width) => {
                table.set_width(width);
            }
            // A terminal that reports no usable width (a bare pty, an odd emulator) gets 80.
            None if table.width().is_none_or(|width| width < MIN_TERMINAL_WIDTH) => {
                table.set_width(Style::PLAIN.width.unwrap_or(80));
            }
            None => {}
        }
        if style.color {
            table.enforce_styling();
        }
        if !self.header.is_empty() {
            table.set_header(self.header.iter().map(|text| Cell::new(visible(text))));
        }
        for row in &self.rows {
            table.add_row(row.iter().map(|(text, color)| match color {
                Some(color) if style.color => Cell::new(visible(text)).fg(*color),
                _ => Cell::new(visible(text)),
            }));
        }
        self.share_width(&mut table);
        let mut text = table.lines().map(|line| line.trim_end().to_owned()).collect::<Vec<_>>().join("\n");
        text.push('\n');
        text
    }

    /// Shares a narrow width out: short columns are never narrower than their longest word (no
    /// word is cut in two) and, when the table does not fit, no wider than [`NARROW_COLUMN`], so
    /// that the main column (titles, objectives) keeps room to be read.
    fn share_width(&self, table: &mut Table) {
        let columns = self.header.len().max(self.rows.first().map_or(0, Vec::len));
        let cells = |index: usize| {
            std::iter::once(self.header.get(index).map_or("", String::as_str))
                .chain(self.rows.iter().filter_map(move |row| row.get(index).map(|(text, _)| text.as_str())))
        };
        let widest = |index: usize| cells(index).map(|text| text.chars().count()).max().unwrap_or(0);
        let natural: usize = (0..columns)
            .map(|index| if Some(index) == self.main_column { MAIN_COLUMN } else { widest(index) })
            .map(|width| width + CELL_PADDING)
            .sum();
        let fits = table.width().is_none_or(|width| natural <= usize::from(width));
        for index in (0..columns).filter(|index| Some(*index) != self.main_column) {
            let longest_word = cells(index).flat_map(str::split_whitespace).map(|w| w.chars().count()).max();
            // comfy-table's widths include the cell's padding.
            let lower = to_width(longest_word.unwrap_or(0) + CELL_PADDING);
            let constraint = if fits {
                ColumnConstraint::LowerBoundary(Width::Fixed(lower))
            } else {
                let upper = lower.max(NARROW_COLUMN);
                ColumnConstraint::Boundaries { lower: Width::Fixed(lower), upper: Width::Fixed(upper) }
            };
            if let Some(column) = table.column_mut(index) {
                column.set_constraint(constraint);
            }
        }
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
    fn markdown_escapes_pipes() {
        let markdown = grid().to_markdown();
        assert!(markdown.contains("Lima, Perú \\| sede"));
        assert_eq!(markdown.lines().nth(1), Some("| --- | --- |"));
    }
}
