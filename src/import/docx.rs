//! Word documents (`.docx`): the paragraphs of `word/document.xml`, read straight from the zip
//! archive, with the numbers that Word's automatic numbering puts before them.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{Line, Lines, Unit};

/// Why a `.docx` could not be read.
#[derive(Debug)]
pub enum DocxError {
    /// Not a zip archive, or a damaged one.
    NotZip(String),
    /// A zip archive without `word/document.xml`: not a Word document.
    NoDocument,
    /// The document's XML is damaged.
    BadXml(String),
    /// A part is larger, once unpacked, than any plan document (a zip bomb, or padding that
    /// would push the plan past what is read): refused rather than read in part.
    PartTooLarge { part: String, limit: u64 },
}

/// The largest part read, far above any plan, so that a crafted archive cannot fill memory.
const MAX_PART: u64 = 64 * 1024 * 1024;

/// The paragraphs of a Word document, one line per paragraph (and per manual line break).
pub fn lines(bytes: &[u8]) -> Result<Lines, DocxError> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::NotZip(e.to_string()))?;
    let document = match read_part(&mut archive, "word/document.xml", MAX_PART)? {
        Some(document) => document,
        None => return Err(DocxError::NoDocument),
    };
    let numbering = match read_part(&mut archive, "word/numbering.xml", MAX_PART)? {
        Some(xml) => Numbering::read(&xml)?,
        None => Numbering::default(),
    };
    paragraphs(&document, numbering)
}

/// The part's text, if the archive has it and it is no larger than `limit` once unpacked. The
/// size the archive declares is checked first, then the bytes actually unpacked, since a crafted
/// archive may declare any size.
fn read_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limit: u64,
) -> Result<Option<String>, DocxError> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(error) => return Err(DocxError::NotZip(error.to_string())),
    };
    let too_large = || DocxError::PartTooLarge { part: name.to_owned(), limit };
    if file.size() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(|e| DocxError::NotZip(e.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    String::from_utf8(bytes).map(Some).map_err(|e| DocxError::BadXml(e.to_string()))
}

fn xml_error(reader: &Reader<&[u8]>, error: impl std::fmt::Display) -> DocxError {
    DocxError::BadXml(format!("{error} (byte {})", reader.buffer_position()))
}

/// The value of an attribute, whatever its namespace prefix (`w:val`).
fn attribute(element: &BytesStart<'_>, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// The value of the `w:val` attribute.
fn val(element: &BytesStart<'_>) -> Option<String> {
    attribute(element, "val")
}

/// A Word table being read: the paragraphs of the current cell, the cells of the current row.
#[derive(Default)]
struct Table {
    /// Tables inside tables are read as the text of their cell.
    depth: usize,
    cell: Lines,
    row: Vec<String>,
    row_at: usize,
    first: bool,
}

impl Table {
    /// Where a finished paragraph goes: the current cell inside a table, else the document.
    fn sink<'l>(&'l mut self, lines: &'l mut Lines) -> &'l mut Lines {
        if self.depth > 0 { &mut self.cell } else { lines }
    }

    fn start(&mut self, name: &str, at: usize) {
        match name {
            "tbl" => {
                self.depth += 1;
                self.first |= self.depth == 1;
            }
            "tr" if self.depth == 1 => self.row_at = at,
            _ => {}
        }
    }

    fn end(&mut self, name: &str, lines: &mut Lines) {
        match name {
            "tbl" => self.depth = self.depth.saturating_sub(1),
            "tc" if self.depth == 1 => {
                let paragraphs: Vec<String> = self.cell.items.drain(..).map(|line| line.text).collect();
                self.row.push(paragraphs.join("\n"));
            }
            "tr" if self.depth == 1 => {
                let cells = std::mem::take(&mut self.row);
                lines.push(Line::row(cells, self.row_at, self.first));
                self.first = false;
            }
            _ => {}
        }
    }
}

/// Walks the document's paragraphs, and the rows of its tables.
fn paragraphs(xml: &str, mut numbering: Numbering) -> Result<Lines, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut lines = Lines::new(Unit::Paragraph);
    let mut paragraph = Paragraph::default();
    let mut table = Table::default();
    let mut count = 0;
    loop {
        let event = reader.read_event().map_err(|e| xml_error(&reader, e))?;
        match event {
            Event::Start(element) => {
                let name = element.local_name();
                if matches!(name.as_ref(), "p" | "tbl" | "tc" | "tr") {
                    paragraph.finish(table.sink(&mut lines), &mut numbering);
                }
                if name.as_ref() == "p" {
                    count += 1;
                    paragraph.at = count;
                }
                table.start(name.as_ref(), count + 1);
                paragraph.open(&element, true);
            }
            Event::Empty(element) => {
                if element.local_name().as_ref() == "p" {
                    count += 1;
                }
                paragraph.open(&element, false);
            }
            Event::End(element) => match element.local_name().as_ref() {
                "p" => paragraph.finish(table.sink(&mut lines), &mut numbering),
                "t" => paragraph.in_text = false,
                "pPr" => paragraph.in_properties = false,
                name @ ("tc" | "tr" | "tbl") => {
                    paragraph.finish(table.sink(&mut lines), &mut numbering);
                    table.end(name, &mut lines);
                }
                _ => {}
            },
            Event::Text(text) if paragraph.in_text => paragraph.current.push_str(&text.xml10_content()),
            Event::CData(text) if paragraph.in_text => {
                paragraph.current.push_str(&text.xml10_content());
            }
            Event::GeneralRef(reference) if paragraph.in_text => {
                paragraph.current.push_str(&resolve(&reference));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    paragraph.finish(table.sink(&mut lines), &mut numbering);
    Ok(lines)
}

/// The text of `&amp;`, `&#233;` and the like.
fn resolve(reference: &quick_xml::events::BytesRef<'_>) -> String {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return c.to_string();
    }
    let entity = format!("&{};", &*reference.xml10_content());
    quick_xml::escape::unescape(&entity).map(|s| s.into_owned()).unwrap_or(entity)
}

/// The paragraph being read.
#[derive(Default)]
struct Paragraph {
    at: usize,
    current: String,
    /// Lines already ended by a manual line break.
    done: Vec<String>,
    in_text: bool,
    in_properties: bool,
    level: Option<usize>,
    num: Option<String>,
}

impl Paragraph {
    /// An element opens (`started`) or stands alone (`<w:br/>`).
    fn open(&mut self, element: &BytesStart<'_>, started: bool) {
        match element.local_name().as_ref() {
            "t" => self.in_text = started,
            "tab" if !self.in_properties => self.current.push('\t'),
            "br" | "cr" => self.line_break(),
            "noBreakHyphen" => self.current.push('-'),
            "pPr" => self.in_properties = started,
            "ilvl" if self.in_properties => self.level = val(element).and_then(|v| v.parse().ok()),
            "numId" if self.in_properties => self.num = val(element),
            _ => {}
        }
    }

    fn line_break(&mut self) {
        self.done.push(std::mem::take(&mut self.current));
    }

    fn finish(&mut self, lines: &mut Lines, numbering: &mut Numbering) {
        self.line_break();
        let label = self.num.as_deref().and_then(|num| numbering.next(num, self.level.unwrap_or(0)));
        let mut new_block = true;
        for (i, text) in self.done.iter().enumerate() {
            let mut text = text.trim().to_owned();
            if i == 0
                && let Some(label) = &label
            {
                text = format!("{label} {text}").trim().to_owned();
            }
            if text.is_empty() {
                continue;
            }
            lines.push(Line { text, at: self.at, new_block, ordinal: None, cells: None });
            new_block = false;
        }
        *self = Paragraph { at: self.at, ..Paragraph::default() };
    }
}

/// Word's automatic numbering (`word/numbering.xml`): which list each paragraph belongs to, and
/// the running counters that give "3.1)" to the paragraph after "3)".
#[derive(Default)]
struct Numbering {
    /// `w:num` id to its abstract definition.
    lists: HashMap<String, String>,
    /// Abstract definition id to its levels.
    levels: HashMap<String, Vec<Level>>,
    /// Abstract definition id to the current counter of each level.
    counters: HashMap<String, Vec<Option<u32>>>,
}

/// Word lists have nine levels, `w:ilvl` 0 to 8.
const LEVELS: usize = 9;

#[derive(Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

impl Numbering {
    fn read(xml: &str) -> Result<Numbering, DocxError> {
        let mut numbering = Numbering::default();
        let mut reader = Reader::from_str(xml);
        let mut abstract_id = None;
        let mut num_id = None;
        let mut level: Option<(usize, Level)> = None;
        loop {
            let event = reader.read_event().map_err(|e| xml_error(&reader, e))?;
            match event {
                Event::Start(element) | Event::Empty(element) => match element.local_name().as_ref() {
                    "abstractNum" => abstract_id = attribute(&element, "abstractNumId"),
                    "num" => num_id = attribute(&element, "numId"),
                    "abstractNumId" => {
                        if let (Some(num), Some(id)) = (&num_id, val(&element)) {
                            numbering.lists.insert(num.clone(), id);
                        }
                    }
                    "lvl" => {
                        let index = attribute(&element, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                        level = (index < LEVELS).then(|| (index, Level { start: 1, ..Level::default() }));
                    }
                    "start" => set_level(&mut level, |l| {
                        l.start = val(&element).and_then(|v| v.parse().ok()).unwrap_or(1)
                    }),
                    "numFmt" => set_level(&mut level, |l| l.format = val(&element).unwrap_or_default()),
                    "lvlText" => set_level(&mut level, |l| l.text = val(&element).unwrap_or_default()),
                    _ => {}
                },
                Event::End(element) => match element.local_name().as_ref() {
                    "lvl" => {
                        if let (Some(id), Some((index, definition))) = (&abstract_id, level.take()) {
                            let levels = numbering.levels.entry(id.clone()).or_default();
                            if levels.len() <= index {
                                levels.resize(index + 1, Level::default());
                            }
                            levels[index] = definition;
                        }
                    }
                    "abstractNum" => abstract_id = None,
                    "num" => num_id = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(numbering)
    }

    /// The label of the next paragraph of list `num` at `level` ("3.1)"), advancing the count.
    fn next(&mut self, num: &str, level: usize) -> Option<String> {
        let id = self.lists.get(num)?.clone();
        let levels = self.levels.get(&id)?;
        let definition = levels.get(level)?;
        let counters = self.counters.entry(id.clone()).or_default();
        if counters.len() <= level {
            counters.resize(level + 1, None);
        }
        counters[level] = Some(counters[level].map_or(definition.start, |n| n.saturating_add(1)));
        counters.truncate(level + 1);
        if definition.format == "bullet" || definition.format == "none" {
            return None;
        }
        let mut label = definition.text.clone();
        for (i, counter) in counters.iter().enumerate() {
            let format = levels.get(i).map_or("decimal", |l| l.format.as_str());
            let shown = counter.map(|n| number_in(format, n)).unwrap_or_default();
            label = label.replace(&format!("%{}", i + 1), &shown);
        }
        Some(label)
    }
}

fn set_level(level: &mut Option<(usize, Level)>, change: impl FnOnce(&mut Level)) {
    if let Some((_, level)) = level {
        change(level);
    }
}

/// A counter in one of Word's number formats.
fn number_in(format: &str, n: u32) -> String {
    let letter = |n: u32| char::from_u32(u32::from(b'a') + (n.max(1) - 1) % 26).unwrap_or('a');
    match format {
        "lowerLetter" => letter(n).to_string(),
        "upperLetter" => letter(n).to_ascii_uppercase().to_string(),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    const DIGITS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut text = String::new();
    for (value, digits) in DIGITS {
        while n >= value {
            text.push_str(digits);
            n -= value;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A Word document with these parts, stored uncompressed.
    fn docx(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options =
            zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        for (name, text) in parts {
            writer.start_file(*name, options).expect("zip entry");
            writer.write_all(text.as_bytes()).expect("zip write");
        }
        writer.finish().expect("zip").into_inner()
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn body(paragraphs: &str) -> String {
        format!(r#"<?xml version="1.0"?><w:document {W}><w:body>{paragraphs}</w:body></w:document>"#)
    }

    fn texts(bytes: &[u8]) -> Vec<(String, usize, bool)> {
        let lines = lines(bytes).expect("readable");
        assert_eq!(lines.unit, Unit::Paragraph);
        lines.items.into_iter().map(|l| (l.text, l.at, l.new_block)).collect()
    }

    #[test]
    fn runs_join_and_breaks_split_lines() {
        let xml = body(
            r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Lugar:</w:t></w:r><w:r><w:t xml:space="preserve"> Trinidad &amp; Tobago</w:t></w:r></w:p>
               <w:p/>
               <w:p><w:r><w:t>Fecha: A definir.</w:t><w:br/><w:t>Recursos:</w:t><w:tab/><w:t>BID</w:t></w:r></w:p>
               <w:p><w:r><w:delText>borrado</w:delText><w:t>Ok&#233;</w:t></w:r></w:p>"#,
        );
        let expected = [
            ("Lugar: Trinidad & Tobago".to_owned(), 1, true),
            ("Fecha: A definir.".to_owned(), 3, true),
            ("Recursos:\tBID".to_owned(), 3, false),
            ("Oké".to_owned(), 4, true),
        ];
        assert_eq!(texts(&docx(&[("word/document.xml", &xml)])), expected);
    }

    #[test]
    fn automatic_numbering_is_written_out() {
        let numbering = format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="7">
                 <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>
                 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2)"/></w:lvl>
                 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
               </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>"#
        );
        let item = |level: u8, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let xml = body(
            &[
                item(0, "Áreas"),
                item(1, "Datos"),
                item(2, "viñeta"),
                item(1, "Ciberseguridad"),
                item(0, "Anexos"),
                item(1, "Uno"),
            ]
            .concat(),
        );
        let lines = texts(&docx(&[("word/document.xml", &xml), ("word/numbering.xml", &numbering)]));
        let lines: Vec<&str> = lines.iter().map(|(text, _, _)| text.as_str()).collect();
        assert_eq!(
            lines,
            ["3) Áreas", "3.1) Datos", "viñeta", "3.2) Ciberseguridad", "4) Anexos", "4.1) Uno"]
        );
    }

    #[test]
    fn tells_what_is_wrong_with_a_bad_file() {
        assert!(matches!(lines(b"PK\x03\x04 but no archive"), Err(DocxError::NotZip(_))));
        assert!(matches!(lines(&docx(&[("other.xml", "<x/>")])), Err(DocxError::NoDocument)));
        let broken = docx(&[("word/document.xml", "<w:document><w:body><w:p></w:body>")]);
        assert!(matches!(lines(&broken), Err(DocxError::BadXml(_))));
    }

    #[test]
    fn a_part_over_the_limit_is_refused_whole() {
        let padded = body(&format!("{}<w:p><w:r><w:t>3.4 Medición</w:t></w:r></w:p>", " ".repeat(2000)));
        let bytes = docx(&[("word/document.xml", &padded)]);
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes.as_slice())).expect("a zip");
        let refused = read_part(&mut archive, "word/document.xml", 1024);
        assert!(
            matches!(refused, Err(DocxError::PartTooLarge { ref part, limit: 1024 }) if part == "word/document.xml")
        );
        let read =
            read_part(&mut archive, "word/document.xml", padded.len() as u64).expect("within the limit");
        assert_eq!(read.as_deref(), Some(padded.as_str()));
    }

    #[test]
    fn absurd_list_levels_are_ignored() {
        let numbering = format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="18446744073709551615">
               <w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/>
               </w:num></w:numbering>"#
        );
        let xml = body(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="4000000000"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"#,
        );
        let lines = texts(&docx(&[("word/document.xml", &xml), ("word/numbering.xml", &numbering)]));
        assert_eq!(lines[0].0, "x");
    }

    #[test]
    fn counters_in_other_formats() {
        assert_eq!(number_in("lowerLetter", 2), "b");
        assert_eq!(number_in("upperRoman", 14), "XIV");
        assert_eq!(number_in("decimal", 10), "10");
    }
}
