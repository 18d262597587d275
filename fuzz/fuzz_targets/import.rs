//! Any bytes as a plan document, in each format: imported or refused, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use workplan::import::{Format, import};

fuzz_target!(|data: &[u8]| {
    for format in [Format::Text, Format::Markdown, Format::Docx, Format::Csv, Format::Spreadsheet] {
        let _ = import(data, format);
    }
});
