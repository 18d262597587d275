//! Spreadsheets: `.xlsx` and `.ods` workbooks (read with calamine) and `.csv` files, one row per
//! activity. Every sheet becomes a table of [`Line::row`]s for the outline; a sheet's name
//! stands before its table, as a heading would, unless it is a default name ("Hoja1").

use std::io::Cursor;

use calamine::{Data, Reader, Sheets};

use super::{ImportError, Line, Lines, Unit, text};

/// The most a workbook may hold once uncompressed, far above any plan: a small crafted archive
/// cannot fill memory through calamine, which reads whole sheets.
const MAX_UNCOMPRESSED: u64 = 256 * 1024 * 1024;

/// The sheets of a workbook as lines, and the names of the sheets (which may say the year).
pub fn workbook(bytes: &[u8]) -> Result<(Lines, Vec<String>), ImportError> {
    check_size(bytes, MAX_UNCOMPRESSED)?;
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|error| ImportError::BadSpreadsheet(error.to_string()))?;
    let names = workbook.sheet_names();
    let mut lines = Lines::new(Unit::Row);
    for name in &names {
        let range = read_sheet(&mut workbook, name)?;
        let start = range.start().map_or(0, |(row, _)| row as usize);
        let rows = range.rows().map(|row| row.iter().map(cell_text).collect());
        push_sheet(&mut lines, name, rows.enumerate().map(|(i, cells)| (start + i + 1, cells)));
    }
    Ok((lines, names))
}

/// Refuses a zip archive whose parts say they hold more than `limit` bytes; other files
/// (an old `.xls`) are left to calamine.
fn check_size(bytes: &[u8], limit: u64) -> Result<(), ImportError> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Ok(()) };
    let mut total = 0u64;
    for index in 0..archive.len() {
        let part =
            archive.by_index_raw(index).map_err(|error| ImportError::BadSpreadsheet(error.to_string()))?;
        total = total.saturating_add(part.size());
    }
    if total > limit {
        let reason = format!("{} MiB once uncompressed", total.div_ceil(1024 * 1024));
        return Err(ImportError::BadSpreadsheet(reason));
    }
    Ok(())
}

fn read_sheet(
    workbook: &mut Sheets<Cursor<&[u8]>>,
    name: &str,
) -> Result<calamine::Range<Data>, ImportError> {
    workbook.worksheet_range(name).map_err(|error| ImportError::BadSpreadsheet(error.to_string()))
}

/// A cell as the text a person sees: whole numbers without ".0", dates as `2024-03-15`.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => format!("{number:.0}"),
        Data::Float(number) => number.to_string(),
        Data::Int(number) => number.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(date) => match date.as_datetime() {
            Some(moment) if moment.time() == chrono::NaiveTime::MIN => moment.date().to_string(),
            Some(moment) => moment.to_string(),
            None => date.as_f64().to_string(),
        },
    }
}

/// A sheet's rows (numbered from 1) as one table, after its name; empty rows are left out.
fn push_sheet(lines: &mut Lines, name: &str, rows: impl Iterator<Item = (usize, Vec<String>)>) {
    let mut first = true;
    for (at, cells) in rows {
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if first && !is_default_name(name) {
            lines.push(Line {
                text: name.trim().to_owned(),
                at,
                new_block: true,
                ordinal: None,
                cells: None,
            });
        }
        lines.push(Line::row(cells, at, first));
        first = false;
    }
}

/// "Hoja1", "Sheet 2", "2024", "Actividades": names that say nothing of the plan's content (and
/// the names `export --format xlsx` gives its sheets).
fn is_default_name(name: &str) -> bool {
    let folded = crate::text::fold(name);
    let word = folded.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    matches!(
        word,
        "" | "hoja"
            | "sheet"
            | "tabla"
            | "table"
            | "feuille"
            | "planilha"
            | "plan"
            | "actividades"
            | "activities"
    )
}

/// A CSV file: UTF-8 (with or without a byte-order mark) or Windows-1252, its fields separated by
/// `,`, `;` or tab, whichever the first line uses most. The flag is true when the file was read
/// as Windows-1252.
pub fn csv(bytes: &[u8]) -> Result<(Lines, bool), ImportError> {
    let (text, windows_1252) = text::decode(bytes);
    if let Some((line, _)) = text.lines().enumerate().find(|(_, line)| line.contains(is_not_text)) {
        return Err(ImportError::NotText { line: line + 1 });
    }
    let delimiter = delimiter(text.lines().find(|line| !line.trim().is_empty()).unwrap_or_default());
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // The reader does not count blank lines; the line is counted from the byte offset instead.
    let line_of = |position: Option<&::csv::Position>| {
        let start = position.map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX)).min(text.len());
        // A record's position may be that of the blank lines before it.
        let blank = text.as_bytes()[start..].iter().take_while(|b| matches!(b, b'\r' | b'\n')).count();
        text.as_bytes()[..start + blank].iter().filter(|b| **b == b'\n').count() + 1
    };
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| ImportError::BadCsv {
            line: line_of(error.position()),
            reason: error.to_string(),
        })?;
        let at = line_of(record.position());
        rows.push((at, record.iter().map(str::to_owned).collect()));
    }
    let mut lines = Lines::new(Unit::Line);
    push_sheet(&mut lines, "", rows.into_iter());
    Ok((lines, windows_1252))
}

/// Characters no text file of a plan has: NUL and other control characters but tab and line
/// ends, which text in another encoding (UTF-16 without a byte-order mark) shows.
fn is_not_text(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\r' | '\n')
}

/// The separator the line uses most, of `,`, `;` and tab; quoted text is not counted.
fn delimiter(line: &str) -> u8 {
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in line.bytes() {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(count) = counts.iter_mut().find(|(d, _)| *d == byte) {
            count.1 += 1;
        }
    }
    counts.iter().rev().max_by_key(|(_, count)| *count).map_or(b',', |(d, _)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(lines: &Lines) -> Vec<(usize, Option<Vec<String>>)> {
        lines.items.iter().map(|l| (l.at, l.cells.clone())).collect()
    }

    fn cells(row: &[&str]) -> Option<Vec<String>> {
        Some(row.iter().map(|c| (*c).to_owned()).collect())
    }

    #[test]
    fn reads_csv_with_any_separator() {
        for (separator, text) in [
            (",", "Actividad,Fecha\n\"Taller, regional\",marzo 2024\n"),
            (";", "Actividad;Fecha\n\"Taller, regional\";marzo 2024\n"),
            ("tab", "Actividad\tFecha\n\"Taller, regional\"\tmarzo 2024\n"),
        ] {
            let (lines, windows_1252) = csv(text.as_bytes()).expect(separator);
            assert!(!windows_1252);
            assert_eq!(
                rows(&lines),
                [(1, cells(&["Actividad", "Fecha"])), (2, cells(&["Taller, regional", "marzo 2024"]))],
                "{separator}"
            );
        }
    }

    #[test]
    fn reads_csv_in_the_encodings_spreadsheets_save() {
        let (lines, windows_1252) = csv(b"\xef\xbb\xbfActividad;Lugar\nTaller;Per\xc3\xba\n").expect("BOM");
        assert_eq!((lines.items[0].cells.clone(), windows_1252), (cells(&["Actividad", "Lugar"]), false));
        let (lines, windows_1252) = csv(b"Actividad;Lugar\nTaller;Per\xfa\n").expect("Latin-1");
        assert_eq!((lines.items[1].cells.clone(), windows_1252), (cells(&["Taller", "Perú"]), true));
        let utf16 = b"A\x00c\x00t\x00;\x00F\x00\n\x00";
        assert!(matches!(csv(utf16), Err(ImportError::NotText { line: 1 })));
    }

    #[test]
    fn skips_empty_rows_and_keeps_row_numbers() {
        let (lines, _) = csv(b"Actividad,Fecha\n,\n\nTaller,Q1\n").expect("read");
        assert_eq!(rows(&lines), [(1, cells(&["Actividad", "Fecha"])), (4, cells(&["Taller", "Q1"]))]);
        assert!(lines.items[0].new_block && !lines.items[1].new_block, "one table");
    }

    #[test]
    fn default_sheet_names_are_not_headings() {
        for name in ["Hoja1", "Sheet 2", "hoja", "2024", ""] {
            assert!(is_default_name(name), "{name}");
        }
        for name in ["Datos abiertos", "Plan de Trabajo 2024"] {
            assert!(!is_default_name(name), "{name}");
        }
    }

    #[test]
    fn refuses_a_workbook_too_large_once_uncompressed() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        workbook.add_worksheet().write_string(0, 0, "x".repeat(30_000)).expect("written");
        let bytes = workbook.save_to_buffer().expect("saved");
        assert!(check_size(&bytes, MAX_UNCOMPRESSED).is_ok());
        assert!(
            matches!(check_size(&bytes, 20_000), Err(ImportError::BadSpreadsheet(reason)) if reason.contains("MiB"))
        );
    }

    #[test]
    fn refuses_what_is_not_a_workbook() {
        assert!(matches!(workbook(b"PK\x03\x04 broken"), Err(ImportError::BadSpreadsheet(_))));
        assert!(matches!(workbook(b"not a spreadsheet"), Err(ImportError::BadSpreadsheet(_))));
    }
}
