//! A plan file as keys, values and the comments around them, whatever its TOML layout.
//!
//! `toml_edit` keeps comments in the *decor* of whatever follows them, and a table may be
//! written with a header, inline or with dotted keys. This tree forgets the layout and keeps
//! what matters to the canonical one: each entry with the comment lines before it and the
//! comment that ends its line.

use toml_edit::{Array, Decor, InlineTable, Item, RawString, Table, Value};

/// A line of a comment block: a comment (from its `#`, without trailing spaces) or a blank line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    Comment(String),
    Blank,
}

/// The comment lines before an entry, a table header or the end of the file.
pub type Block = Vec<Line>;

/// One key and its value.
#[derive(Debug)]
pub struct Entry {
    pub key: String,
    /// The lines before the key (or the table's header).
    pub before: Block,
    pub value: Node,
    /// The comment at the end of the key's line (or the header's).
    pub after: Option<String>,
}

#[derive(Debug)]
pub enum Node {
    /// A text, kept decoded so that it can be quoted canonically.
    Text(String),
    /// Any other value, already in its canonical TOML form.
    Scalar(String),
    Array {
        elements: Vec<Element>,
        closing: Block,
    },
    Table(Vec<Entry>),
}

/// A value in a list, or a table of an array of tables.
#[derive(Debug)]
pub struct Element {
    pub before: Block,
    pub value: Node,
    pub after: Option<String>,
}

/// The entries of a table written with a header (or the document's root, or dotted keys).
pub fn entries(table: &Table) -> Vec<Entry> {
    table.iter().filter_map(|(key, item)| entry(table, key, item)).collect()
}

fn entry(table: &Table, key: &str, item: &Item) -> Option<Entry> {
    let key_before = table.key(key).map(|key| lines(raw(key.leaf_decor().prefix()))).unwrap_or_default();
    let key = key.to_owned();
    match item {
        Item::None => None,
        Item::Value(value) => {
            let (node, mut hoisted) = node(value);
            let mut before = key_before;
            before.append(&mut hoisted);
            Some(Entry { key, before, value: node, after: comment_in(raw(value.decor().suffix())) })
        }
        Item::Table(sub) if sub.is_dotted() => {
            Some(Entry { key, before: key_before, value: Node::Table(entries(sub)), after: None })
        }
        Item::Table(sub) => {
            let (before, after) = header_decor(sub.decor());
            Some(Entry { key, before, value: Node::Table(entries(sub)), after })
        }
        Item::ArrayOfTables(tables) => {
            let elements = tables
                .iter()
                .map(|sub| {
                    let (before, after) = header_decor(sub.decor());
                    Element { before, value: Node::Table(entries(sub)), after }
                })
                .collect();
            Some(Entry {
                key,
                before: key_before,
                value: Node::Array { elements, closing: Vec::new() },
                after: None,
            })
        }
    }
}

fn header_decor(decor: &Decor) -> (Block, Option<String>) {
    (lines(raw(decor.prefix())), comment_in(raw(decor.suffix())))
}

/// A value as a node, and the comments inside it that have no place of their own in the tree
/// (those of an inline table).
fn node(value: &Value) -> (Node, Block) {
    match value {
        Value::String(text) => (Node::Text(text.value().clone()), Vec::new()),
        Value::Integer(int) => (Node::Scalar(int.value().to_string()), Vec::new()),
        Value::Boolean(flag) => (Node::Scalar(flag.value().to_string()), Vec::new()),
        Value::Datetime(datetime) => (Node::Scalar(datetime.value().to_string()), Vec::new()),
        Value::Float(float) => {
            let repr = float.default_repr();
            (Node::Scalar(repr.as_raw().as_str().unwrap_or_default().to_owned()), Vec::new())
        }
        Value::Array(array) => (array_node(array), Vec::new()),
        Value::InlineTable(table) => inline_table(table),
    }
}

/// An array's values with their comments: a comment on a value's line is its `after`; comment
/// lines before a value are its `before`; those before the closing bracket are `closing`.
fn array_node(array: &Array) -> Node {
    let mut list = List::default();
    for value in array.iter() {
        list.gap(raw(value.decor().prefix()));
        let (node, mut hoisted) = node(value);
        let mut before = std::mem::take(&mut list.pending);
        before.append(&mut hoisted);
        list.elements.push(Element { before, value: node, after: None });
        list.on_value_line = true;
        list.gap(raw(value.decor().suffix()));
    }
    list.gap(raw(array.trailing()));
    let mut closing = list.pending;
    closing.retain(|line| line != &Line::Blank);
    Node::Array { elements: list.elements, closing }
}

/// An array being read: its values so far, and the lines waiting for the next value.
#[derive(Default)]
struct List {
    elements: Vec<Element>,
    pending: Block,
    /// Whether the text read so far ends on the last value's line.
    on_value_line: bool,
}

impl List {
    /// Sorts out the text between two values: a comment on the last value's line ends it, the
    /// lines after it go before the next value.
    fn gap(&mut self, text: &str) {
        let mut pieces = text.split('\n');
        let same_line = pieces.next().unwrap_or_default();
        let mut rest: Vec<&str> = pieces.collect();
        if let Some(comment) = comment_in(same_line) {
            match self.elements.last_mut() {
                Some(last) if self.on_value_line && last.after.is_none() => last.after = Some(comment),
                _ => self.pending.push(Line::Comment(comment)),
            }
        }
        if !rest.is_empty() {
            self.on_value_line = false;
        }
        // The last piece is the start of the line of whatever follows: not a line of its own.
        rest.pop();
        self.pending.extend(rest.into_iter().map(line));
    }
}

/// An inline table's entries; its comments (TOML 1.1 allows them in a table spread over lines)
/// are all given back to go before the key that holds it.
fn inline_table(table: &InlineTable) -> (Node, Block) {
    let mut hoisted = Block::new();
    let mut entries = Vec::new();
    for (key, value) in table.iter() {
        if let Some(key) = table.key(key) {
            hoisted.extend(comments_of(raw(key.leaf_decor().prefix())));
        }
        let (node, inner) = node(value);
        hoisted.extend(inner.into_iter().filter(|line| line != &Line::Blank));
        hoisted.extend(comments_of(raw(value.decor().prefix())));
        hoisted.extend(comments_of(raw(value.decor().suffix())));
        entries.push(Entry { key: key.to_owned(), before: Vec::new(), value: node, after: None });
    }
    hoisted.extend(comments_of(raw(table.trailing())));
    (Node::Table(entries), hoisted)
}

/// The lines of a decor that starts at the beginning of a line and ends where an item starts.
pub fn lines(text: &str) -> Block {
    let mut pieces: Vec<&str> = text.split('\n').collect();
    pieces.pop();
    pieces.into_iter().map(line).collect()
}

/// The lines after the file's last item, to its end (blank lines at the very end left out).
pub fn to_the_end(text: &str) -> Block {
    let mut block: Block = text.split('\n').map(line).collect();
    while block.last() == Some(&Line::Blank) {
        block.pop();
    }
    block
}

fn line(text: &str) -> Line {
    match comment_in(text) {
        Some(comment) => Line::Comment(comment),
        None => Line::Blank,
    }
}

/// Every comment in a piece of decor, as lines.
fn comments_of(text: &str) -> Block {
    text.split('\n').filter_map(comment_in).map(Line::Comment).collect()
}

/// The comment in a piece of one line, from its `#`.
fn comment_in(text: &str) -> Option<String> {
    text.find('#').map(|start| text[start..].trim_end().to_owned())
}

/// A piece of decor as text: a parsed document holds its decor as text, a new value none.
fn raw<'a>(decor: impl Into<Option<&'a RawString>>) -> &'a str {
    decor.into().and_then(RawString::as_str).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use toml_edit::DocumentMut;

    fn root(text: &str) -> Vec<Entry> {
        let doc: DocumentMut = text.parse().expect("valid TOML");
        entries(doc.as_table())
    }

    fn comment(text: &str) -> Line {
        Line::Comment(text.into())
    }

    #[test]
    fn comments_before_and_after_a_key_are_its_own() {
        let entries = root("# a\n\n# b\nx = 1  # c\n");
        assert_eq!(entries[0].before, [comment("# a"), Line::Blank, comment("# b")]);
        assert_eq!(entries[0].after.as_deref(), Some("# c"));
    }

    #[test]
    fn a_comment_on_a_values_line_ends_that_value() {
        let entries = root("x = [ # open\n  # lead\n  1, # one\n  2 # two\n  # closing\n] # after\n");
        let Node::Array { elements, closing } = &entries[0].value else { panic!("an array") };
        assert_eq!(elements[0].before, [comment("# open"), comment("# lead")]);
        assert_eq!(elements[0].after.as_deref(), Some("# one"));
        assert_eq!(elements[1].after.as_deref(), Some("# two"));
        assert_eq!(closing, &[comment("# closing")]);
        assert_eq!(entries[0].after.as_deref(), Some("# after"));
    }

    #[test]
    fn comments_inside_an_inline_table_go_before_its_key() {
        let entries = root("x = {\n  # inside\n  a = 1, # after a\n  b = 2,\n}\n");
        assert_eq!(entries[0].before, [comment("# inside"), comment("# after a")]);
    }
}
