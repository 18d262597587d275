//! A table of text cells, written as a terminal table, CSV or Markdown.

use comfy_table::{Cell, Color, ContentArrangement, LineStyle, Table, TableStyle};

use super::Style;

/// Rows of text under a header, with an optional colour per cell for terminals.
#[derive(Debug, Default)]
pub struct Grid {
    pub header: Vec<String>,
    pub rows: Vec<Vec<(String, Option<Color>)>>,
}

impl Grid {
    pub fn new(header: Vec<String>) -> Self {
        Grid { header, rows: Vec::new() }
    }

    pub fn push(&mut self, row: Vec<(String, Option<Color>)>) {
        self.rows.push(row);
    }

    /// An aligned table that wraps long cells to fit the width. Box-drawing only on a terminal.
    pub fn to_table(&self, style: Style) -> String {
        let mut table = Table::new();
        let rule = if style.terminal { '─' } else { '-' };
        table
            .load_style(TableStyle::new().header_separator(LineStyle::none().fill(rule).junction(' ')))
            .set_content_arrangement(ContentArrangement::Dynamic);
        if !style.terminal {
            table.force_no_tty();
        }
        if let Some(width) = style.width {
            table.set_width(width);
        }
        if style.color {
            table.enforce_styling();
        }
        if !self.header.is_empty() {
            table.set_header(self.header.iter().map(Cell::new));
        }
        for row in &self.rows {
            table.add_row(row.iter().map(|(text, color)| match color {
                Some(color) if style.color => Cell::new(text).fg(*color),
                _ => Cell::new(text),
            }));
        }
        let mut text = table.lines().map(|line| line.trim_end().to_owned()).collect::<Vec<_>>().join("\n");
        text.push('\n');
        text
    }

    /// A GitHub-flavoured Markdown table; pipes and line breaks in cells are escaped.
    pub fn to_markdown(&self) -> String {
        let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
        let mut out = line(self.header.iter().map(|h| markdown_cell(h)).collect());
        out.push_str(&line(self.header.iter().map(|_| "---".to_owned()).collect()));
        for row in &self.rows {
            out.push_str(&line(row.iter().map(|(text, _)| markdown_cell(text)).collect()));
        }
        out
    }
}

fn markdown_cell(text: &str) -> String {
    text.replace('\\', "\\\\").replace('|', "\\|").replace(['\r', '\n'], " ")
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
