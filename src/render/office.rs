//! The plan as Office files: a Word document for the assembly (`export --format docx`) and a
//! spreadsheet for the committee (`export --format xlsx`). Both say what the Markdown and text
//! documents say, in forms `import` reads back into the same plan.

use std::io::{Cursor, Write};

use chrono::Datelike;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};
use zip::write::SimpleFileOptions;

use super::document::{self, DocumentFormat, DocumentOptions};
use crate::i18n::{Label, Lang};
use crate::import::escape::escape;
use crate::import::leading_number;
use crate::model::{Activity, Area, Plan};
use crate::render::activities::status_words;

/// The plan as a `.docx`: the plain text document, each block a paragraph, its lines joined
/// by line breaks; the title, sections, areas and activities in heading styles.
pub fn docx(plan: &Plan, options: DocumentOptions) -> zip::result::ZipResult<Vec<u8>> {
    let text = document::document(plan, DocumentOptions { format: DocumentFormat::Text, ..options });
    let mut body = String::new();
    for (index, block) in text.split("\n\n").map(str::trim).filter(|b| !b.is_empty()).enumerate() {
        let style = heading_style(index, block);
        body.push_str("<w:p>");
        if let Some(style) = style {
            body.push_str(&format!("<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>"));
        }
        for (i, line) in block.lines().enumerate() {
            if i > 0 {
                body.push_str("<w:r><w:br/></w:r>");
            }
            body.push_str(&format!("<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>", xml_text(line)));
        }
        body.push_str("</w:p>");
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W}\"><w:body>{body}\
         <w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1417\" \
         w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>\
         </w:body></w:document>"
    );
    let language = options.lang.code();
    let parts = [
        ("[Content_Types].xml", CONTENT_TYPES.to_owned()),
        ("_rels/.rels", ROOT_RELATIONSHIPS.to_owned()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELATIONSHIPS.to_owned()),
        ("word/styles.xml", STYLES.replace("{language}", language)),
        ("word/document.xml", document),
    ];
    zip(&parts)
}

/// The style of a block of the text document: the first is the title; "1) Antecedentes",
/// "3.1) Área" and "3.1.1) Actividad" are headings of levels 1 to 3, as the importer reads them.
fn heading_style(index: usize, block: &str) -> Option<&'static str> {
    if index == 0 {
        return Some("Title");
    }
    if block.contains('\n') {
        return None;
    }
    match leading_number(block)?.0.segments().len() {
        1 => Some("Heading1"),
        2 => Some("Heading2"),
        3 => Some("Heading3"),
        _ => None,
    }
}

/// Text for XML: escaped, and without the control characters XML 1.0 cannot hold (a plan file
/// could have them; Word would refuse the whole document).
fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' => out.push(' '),
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

fn zip(parts: &[(&str, String)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut archive = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        archive.start_file(*name, options)?;
        archive.write_all(text.as_bytes())?;
    }
    Ok(archive.finish()?.into_inner())
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" \
ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" \
ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
</Types>";

const ROOT_RELATIONSHIPS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" \
Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" \
Target=\"word/document.xml\"/></Relationships>";

const DOCUMENT_RELATIONSHIPS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" \
Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" \
Target=\"styles.xml\"/></Relationships>";

/// The styles the document uses: Normal, Title and three heading levels.
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/>\
<w:sz w:val=\"22\"/><w:lang w:val=\"{language}\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:keepNext/><w:spacing w:before=\"360\"/><w:outlineLvl w:val=\"0\"/></w:pPr>\
<w:rPr><w:b/><w:sz w:val=\"30\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:keepNext/><w:spacing w:before=\"240\"/><w:outlineLvl w:val=\"1\"/></w:pPr>\
<w:rPr><w:b/><w:sz w:val=\"26\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:keepNext/><w:spacing w:before=\"200\"/><w:outlineLvl w:val=\"2\"/></w:pPr>\
<w:rPr><w:b/><w:sz w:val=\"22\"/></w:rPr></w:style>\
</w:styles>";

/// The plan as an `.xlsx` for the committee: a sheet "Actividades" with one row per activity,
/// its status, times carried out and records, under a frozen header row with filters; before
/// it a sheet "Plan" with the document's front, sections and areas, one line a row, so that
/// `import` reads the whole plan back.
pub fn xlsx(plan: &Plan, options: DocumentOptions) -> Result<Vec<u8>, XlsxError> {
    let lang = options.lang;
    let mut workbook = Workbook::new();
    // Dated by the plan, not by the clock, so that the same plan gives the same file (a site
    // kept in git changes only where the plan did).
    let day = super::site::as_of(plan);
    let year = u16::try_from(day.year()).unwrap_or(1900);
    let created = ExcelDateTime::from_ymd(year, day.month() as u8, day.day() as u8)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let wrap = Format::new().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
    let bold = Format::new().set_bold();

    let sheet = workbook.add_worksheet();
    sheet.set_name("Plan")?;
    sheet.set_column_width(0, 100)?;
    let text_options = DocumentOptions { format: DocumentFormat::Text, with_status: false, ..options };
    for (row, line) in (0u32..).zip(document::outline_lines(plan, text_options)) {
        sheet.write_string_with_format(row, 0, line, &wrap)?;
    }

    let sheet = workbook.add_worksheet();
    sheet.set_name(lang.label(Label::Activities))?;
    let header = [
        (lang.label(Label::Area), 28.0),
        (lang.label(Label::Number), 8.0),
        (lang.label(Label::Title), 50.0),
        (lang.label(Label::Place), 20.0),
        (lang.label(Label::Schedule), 22.0),
        (lang.label(Label::Resources), 36.0),
        (lang.label(Label::Target), 8.0),
        (lang.label(Label::Status), 14.0),
        (lang.label(Label::TimesDone), 10.0),
        (lang.label(Label::Record), 40.0),
        (lang.label(Label::Cancelled), 30.0),
    ];
    for (column, (name, width)) in (0u16..).zip(header) {
        sheet.write_string_with_format(0, column, name, &bold)?;
        sheet.set_column_width(column, width)?;
    }
    let mut row = 0u32;
    for area in &plan.areas {
        for activity in &area.activities {
            row += 1;
            let cells = activity_cells(area, activity, plan.info.year, lang);
            for (column, cell) in (0u16..).zip(cells) {
                match cell {
                    Cell::Text(text) if !text.is_empty() => {
                        sheet.write_string_with_format(row, column, text, &wrap)?;
                    }
                    Cell::Text(_) => {}
                    Cell::Number(number) => {
                        sheet.write_number(row, column, f64::from(number))?;
                    }
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, row, 10)?;
    workbook.save_to_buffer()
}

enum Cell {
    Text(String),
    Number(u32),
}

/// One activity's row: the values `import` reads, then its progress.
fn activity_cells(area: &Area, activity: &Activity, year: i32, lang: Lang) -> Vec<Cell> {
    let text = |value: Option<&str>| Cell::Text(value.unwrap_or_default().to_owned());
    let schedule = activity
        .schedule
        .map(|s| crate::render::document::document_schedule(lang, s, activity.every, None, year));
    let records: Vec<String> = activity
        .done
        .iter()
        .map(|record| {
            let note = record.note.as_deref().map(|n| format!(" — {}", escape(n))).unwrap_or_default();
            format!("{}{note}", lang.date(record.on))
        })
        .collect();
    let cancelled = activity.cancelled.as_ref().map(|c| {
        let reason = if c.reason.is_empty() { String::new() } else { format!(" — {}", escape(&c.reason)) };
        format!("{}{reason}", lang.date(c.on))
    });
    vec![
        Cell::Text(format!("{}) {}", area.number, escape(&area.name))),
        Cell::Text(activity.number_text()),
        Cell::Text(escape(&activity.title)),
        text(activity.place.as_deref().map(escape).as_deref()),
        text(schedule.as_deref()),
        text(activity.resources.as_deref().map(escape).as_deref()),
        activity.target.map_or(Cell::Text(String::new()), Cell::Number),
        Cell::Text(status_words(activity, lang)),
        Cell::Number(u32::try_from(activity.done.len()).unwrap_or(u32::MAX)),
        Cell::Text(records.join("\n")),
        text(cancelled.as_deref()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::testing;
    use crate::import::{DoubtKind, Format as ImportFormat, import};
    use proptest::prelude::*;

    fn options(english: bool, with_status: bool) -> DocumentOptions {
        let lang = if english { Lang::En } else { Lang::Es };
        DocumentOptions { format: DocumentFormat::Docx, lang, with_status }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// `import(export --format docx)` is the plan, records included when exported with them.
        #[test]
        fn import_reads_back_the_word_document(plan in testing::plan(), english in any::<bool>(), with_status in any::<bool>()) {
            let bytes = docx(&plan, options(english, with_status)).expect("written");
            let imported = import(&bytes, ImportFormat::Docx).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            prop_assert_eq!(testing::content(&imported.plan, with_status), testing::content(&plan, with_status));
            let kept: Vec<_> = imported.doubts.iter().filter(|d| matches!(d.kind, DoubtKind::Kept { .. })).collect();
            prop_assert!(kept.is_empty(), "{:?}", kept);
        }

        /// `import(export --format xlsx)` is the plan, records and cancellations always included.
        #[test]
        fn import_reads_back_the_spreadsheet(plan in testing::plan(), english in any::<bool>()) {
            let bytes = xlsx(&plan, options(english, true)).expect("written");
            let imported = import(&bytes, ImportFormat::Spreadsheet).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            prop_assert_eq!(testing::content(&imported.plan, true), testing::content(&plan, true));
            let kept: Vec<_> = imported.doubts.iter().filter(|d| matches!(d.kind, DoubtKind::Kept { .. } | DoubtKind::ColumnKept { .. } | DoubtKind::TableWithoutHeader)).collect();
            prop_assert!(kept.is_empty(), "{:?}", kept);
        }
    }

    #[test]
    fn text_from_plan_files_cannot_break_the_xml() {
        assert_eq!(xml_text("a & b <c> \u{1b}[31m\u{0}"), "a &amp; b &lt;c&gt; [31m");
    }

    #[test]
    fn headings_are_styled_as_the_importer_reads_them() {
        assert_eq!(heading_style(0, "Plan de Trabajo 2022"), Some("Title"));
        assert_eq!(heading_style(3, "1) Antecedentes"), Some("Heading1"));
        assert_eq!(heading_style(5, "3.1) Datos"), Some("Heading2"));
        assert_eq!(heading_style(6, "3.1.1) Taller"), Some("Heading3"));
        assert_eq!(heading_style(7, "Lugar: Virtual."), None);
        assert_eq!(heading_style(8, "3.1.1) Taller\nLugar: x"), None);
    }
}
