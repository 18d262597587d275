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
pub mod office;
pub mod site;
pub mod summary;
pub mod timeline;
pub mod toml;

pub use grid::Grid;

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
