//! Turning results into text for people (tables, Markdown, diagnostics) and for programs (JSON,
//! CSV). Nothing here decides *what* to show; commands do.

pub mod activities;
pub mod areas;
pub mod changes;
pub mod diagnostics;
pub mod diff;
pub mod document;
pub mod findings;
pub mod fit;
mod grid;
pub mod html;
pub mod ics;
pub mod import_summary;
pub mod log;
pub mod markdown;
pub mod office;
pub mod site;
pub mod summary;
pub mod timeline;
pub mod toml;

pub use grid::Grid;

/// A CSV cell that a spreadsheet cannot run: text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return, which Excel, LibreOffice and Google Sheets read as a formula, gets a leading
/// `'`, as OWASP recommends ("CSV injection"). Every CSV output writes its cells through this.
pub fn csv_cell(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text }
}

/// How list-like results are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// An aligned table for a terminal.
    Table,
    /// A stable JSON document for programs.
    Json,
    /// Comma-separated values for spreadsheets.
    Csv,
    /// A Markdown table to paste into documents and pull requests.
    Markdown,
}

/// What the output device can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    /// Whether output goes to a terminal (fitted width) or to a pipe or file.
    pub terminal: bool,
    /// Whether to use colour.
    pub color: bool,
    /// The width to fit tables in; `None` lets a terminal decide.
    pub width: Option<u16>,
}

impl Style {
    /// Plain output for pipes and files: no colour, 80 columns.
    pub const PLAIN: Style = Style { terminal: false, color: false, width: Some(80) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_that_a_spreadsheet_would_run_are_quoted() {
        for formula in ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"] {
            assert_eq!(csv_cell(formula.into()), format!("'{formula}"));
        }
        for plain in ["Virtual.", "3.1.2", "0", "Lima = sede", "", "'ya"] {
            assert_eq!(csv_cell(plain.into()), plain);
        }
    }
}
