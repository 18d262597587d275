//! Writing the tree of a plan file in the canonical layout.
//!
//! Blank lines follow the layout, not the file: one between groups of the root's keys and one
//! before each table. A comment block keeps its own inner blank lines (one at most in a row);
//! before a table it also keeps whether it was set apart from the table and from what precedes
//! it, so that a comment closing one activity does not move to the next.

use toml_writer::{ToTomlKey, ToTomlValue, TomlKeyBuilder, TomlStringBuilder};

use super::layout::{FileKind, Form, Shape};
use super::tree::{Block, Element, Entry, Line, Node};

/// How far the values of a list written one per line are indented.
const INDENT: &str = "  ";

/// The file's text, with LF line endings and a final newline.
pub fn file(mut entries: Vec<Entry>, trailing: Block, kind: FileKind) -> String {
    let shape = kind.root();
    let mut out = Out::default();
    // The comments before the file's first key head the file, whatever key comes first now.
    if let Some(first) = entries.first_mut() {
        let header = std::mem::take(&mut first.before);
        out.comments(trim(&header));
        if header.last() == Some(&Line::Blank) {
            out.blank();
        }
    }
    entries.sort_by_key(|entry| shape.rank(&entry.key));
    let (tables, values): (Vec<Entry>, Vec<Entry>) =
        entries.into_iter().partition(|entry| is_header(shape, entry));
    let mut group = None;
    for entry in values {
        let this = shape.group(&entry.key);
        if group.is_some_and(|previous| previous != this) {
            out.blank();
        }
        group = Some(this);
        body_entry(&mut out, entry, shape);
    }
    for entry in tables {
        header_tables(&mut out, entry, shape);
    }
    if trailing.first() == Some(&Line::Blank) {
        out.blank();
    }
    out.comments(trim(&trailing));
    out.finish()
}

/// Whether the entry is written as `[key]` or `[[key]]` tables.
fn is_header(shape: Shape, entry: &Entry) -> bool {
    match (shape.form(&entry.key), &entry.value) {
        (Form::Table, Node::Table(_)) => true,
        (Form::Tables, Node::Array { elements, closing }) => {
            !elements.is_empty()
                && closing.is_empty()
                && elements.iter().all(|element| matches!(element.value, Node::Table(_)))
        }
        _ => false,
    }
}

fn header_tables(out: &mut Out, entry: Entry, shape: Shape) {
    let key = key(&entry.key);
    let child = shape.child(&entry.key);
    match entry.value {
        Node::Table(entries) => {
            table(out, &entry.before, &format!("[{key}]"), entry.after.as_deref(), entries, child)
        }
        Node::Array { elements, .. } => {
            for element in elements {
                let Node::Table(entries) = element.value else { continue };
                let header = format!("[[{key}]]");
                table(out, &element.before, &header, element.after.as_deref(), entries, child);
            }
        }
        Node::Text(_) | Node::Scalar(_) => {}
    }
}

/// A table under its header, set apart by a blank line.
fn table(
    out: &mut Out,
    before: &Block,
    header: &str,
    after: Option<&str>,
    mut entries: Vec<Entry>,
    shape: Shape,
) {
    let apart_before = before.first() == Some(&Line::Blank);
    let apart_after = before.last() == Some(&Line::Blank);
    let content = trim(before);
    // A comment set apart from this table but not from what precedes closes what precedes.
    let closes_previous = !apart_before && (apart_after || content.contains(&Line::Blank));
    if !closes_previous {
        out.blank();
    }
    out.comments(content);
    if apart_after || content.is_empty() {
        out.blank();
    }
    out.line(format!("{header}{}", end_comment(after)));
    entries.sort_by_key(|entry| shape.rank(&entry.key));
    for entry in entries {
        body_entry(out, entry, shape);
    }
}

/// `key = value`, with its comments.
fn body_entry(out: &mut Out, entry: Entry, shape: Shape) {
    let name = key(&entry.key);
    let child = shape.child(&entry.key);
    let mut before = trim(&entry.before).to_vec();
    let after = end_comment(entry.after.as_deref());
    match (shape.form(&entry.key), entry.value) {
        (Form::LongText, Node::Text(text)) => {
            out.comments(&before);
            out.line(format!("{name} = {}{after}", long_text(&text)));
        }
        (form, Node::Array { elements, closing }) => {
            let items: Vec<Item> = elements.into_iter().map(|element| item(element, child)).collect();
            let has_comments = !closing.is_empty() || items.iter().any(|item| !item.comments.is_empty());
            out.comments(&before);
            if has_comments || (form == Form::OnePerLine && !items.is_empty()) {
                out.line(format!("{name} = ["));
                for item in items {
                    item.comments.iter().for_each(|comment| out.line(format!("{INDENT}{comment}")));
                    out.line(format!("{INDENT}{},{}", item.text, end_comment(item.after.as_deref())));
                }
                closing.iter().filter_map(comment).for_each(|c| out.line(format!("{INDENT}{c}")));
                out.line(format!("]{after}"));
            } else {
                let texts: Vec<String> = items.into_iter().map(|item| item.text).collect();
                out.line(format!("{name} = [{}]{after}", texts.join(", ")));
            }
        }
        (_, value) => {
            let text = inline(value, child, &mut before);
            out.comments(&before);
            out.line(format!("{name} = {text}{after}"));
        }
    }
}

/// A value of a list, on one line, with the comments that go on the lines before it.
struct Item {
    text: String,
    comments: Vec<String>,
    after: Option<String>,
}

fn item(element: Element, shape: Shape) -> Item {
    let mut before: Block = element.before.into_iter().filter(|line| line != &Line::Blank).collect();
    let text = inline(element.value, shape, &mut before);
    Item {
        text,
        comments: before.iter().filter_map(comment).map(str::to_owned).collect(),
        after: element.after,
    }
}

/// A value written on one line; comments inside it are added to `comments`.
fn inline(node: Node, shape: Shape, comments: &mut Block) -> String {
    match node {
        Node::Text(text) => basic(&text),
        Node::Scalar(text) => text,
        Node::Array { elements, closing } => {
            let mut texts = Vec::new();
            for element in elements {
                comments.extend(element.before.into_iter().filter(|line| line != &Line::Blank));
                texts.push(inline(element.value, shape, comments));
                comments.extend(element.after.map(Line::Comment));
            }
            comments.extend(closing);
            format!("[{}]", texts.join(", "))
        }
        Node::Table(mut entries) => {
            if entries.is_empty() {
                return "{}".into();
            }
            entries.sort_by_key(|entry| shape.rank(&entry.key));
            let mut pairs = Vec::new();
            for entry in entries {
                comments.extend(entry.before.into_iter().filter(|line| line != &Line::Blank));
                let child = shape.child(&entry.key);
                pairs.push(format!("{} = {}", key(&entry.key), inline(entry.value, child, comments)));
                comments.extend(entry.after.map(Line::Comment));
            }
            format!("{{ {} }}", pairs.join(", "))
        }
    }
}

/// A text as a one-line basic string, escapes and all.
fn basic(text: &str) -> String {
    TomlStringBuilder::new(text).as_basic().to_toml_value()
}

/// A text as a multi-line basic string that starts on the line after its opening quotes.
fn long_text(text: &str) -> String {
    let quoted = TomlStringBuilder::new(text).as_ml_basic().to_toml_value();
    match quoted.strip_prefix("\"\"\"") {
        Some(rest) if !rest.starts_with('\n') => format!("\"\"\"\n{rest}"),
        _ => quoted,
    }
}

fn key(name: &str) -> String {
    let builder = TomlKeyBuilder::new(name);
    builder.as_unquoted().unwrap_or_else(|| builder.as_basic()).to_toml_key()
}

fn end_comment(comment: Option<&str>) -> String {
    comment.map(|comment| format!("  {comment}")).unwrap_or_default()
}

fn comment(line: &Line) -> Option<&str> {
    match line {
        Line::Comment(text) => Some(text),
        Line::Blank => None,
    }
}

/// The block without the blank lines that start or end it.
fn trim(block: &[Line]) -> &[Line] {
    let start = block.iter().position(|line| line != &Line::Blank).unwrap_or(block.len());
    let end = block.iter().rposition(|line| line != &Line::Blank).map_or(start, |end| end + 1);
    &block[start..end]
}

/// The lines written so far, and whether a blank line is due before the next one.
#[derive(Default)]
struct Out {
    lines: Vec<String>,
    blank: bool,
}

impl Out {
    fn line(&mut self, text: String) {
        if self.blank && !self.lines.is_empty() {
            self.lines.push(String::new());
        }
        self.blank = false;
        self.lines.push(text);
    }

    /// Asks for one blank line before the next line (never at the start of the file).
    fn blank(&mut self) {
        self.blank = true;
    }

    /// A comment block: its inner blank lines become one blank line each.
    fn comments(&mut self, block: &[Line]) {
        for line in block {
            match line {
                Line::Comment(text) => self.line(text.clone()),
                Line::Blank => self.blank(),
            }
        }
    }

    fn finish(self) -> String {
        let mut text = self.lines.join("\n");
        text.push('\n');
        text
    }
}
