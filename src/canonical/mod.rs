//! The one canonical layout of plan files, which `workplan fmt` writes.
//!
//! Reviewers read plan changes as diffs: when every file is laid out one way, a diff shows only
//! what changed in the plan. The layout is that of `docs/format.md`: keys in the documented
//! order, `key = value` with one space each side, texts as basic strings (`background` and
//! `purpose` as `"""` blocks), one blank line between tables, `done` as a list of one record per
//! line, a final newline, and the file's own line endings. Every comment is kept, before the key
//! or table it preceded, or at the end of its line.
//!
//! The file is read with `toml_edit` into a [`tree`] that forgets the layout but keeps the
//! comments, and [`render`]ed anew; a file already canonical comes back byte for byte.

mod layout;
mod render;
mod tree;

use toml_edit::DocumentMut;

use crate::edit::line_endings;
pub use layout::FileKind;

/// The text is not TOML: there is nothing to lay out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotToml;

/// The text of a plan file in the canonical layout.
pub fn format(text: &str, kind: FileKind) -> Result<String, NotToml> {
    let doc: DocumentMut = line_endings::to_lf(text).parse().map_err(|_| NotToml)?;
    let entries = tree::entries(doc.as_table());
    let trailing = tree::to_the_end(doc.trailing().as_str().unwrap_or_default());
    let canonical = render::file(entries, trailing, kind);
    let crlf = text.contains("\r\n") && line_endings::usually_crlf(text);
    Ok(line_endings::in_style(&canonical, crlf))
}

/// The kind of a plan file, from its name.
pub fn kind_of(path: &std::path::Path) -> FileKind {
    if path.file_name().is_some_and(|name| name == crate::load::PLAN_FILE) {
        FileKind::Plan
    } else {
        FileKind::Area
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(text: &str) -> String {
        format(text, FileKind::Area).expect("valid TOML")
    }

    const CANONICAL: &str = "\
# Área 3.3
# Formato: docs/format.md
schema = 1

number = \"3.3\"
name = \"Ciberseguridad\"
objective = \"Contribuir.\"

[[activity]]
number = \"3.3.1\"
title = \"Webinar\"
place = \"Virtual.\"
schedule = \"2022-S1\"
target = 2  # dos
resources = \"Tiempo.\"
done = [
  { on = 2022-03-10 },
  { on = 2022-06-02, note = \"Con 14 países\" },  # segunda
]

# Se unificó.
[[activity]]
number = \"3.3.2\"
title = \"Documento\"
cancelled = { on = 2022-05-01, reason = \"Se unificó con 3.3.1\" }
";

    #[test]
    fn a_canonical_file_comes_back_byte_for_byte() {
        assert_eq!(area(CANONICAL), CANONICAL);
        let crlf = CANONICAL.replace('\n', "\r\n");
        assert_eq!(area(&crlf), crlf);
    }

    #[test]
    fn keys_go_in_the_documented_order_with_their_comments() {
        let text = "\
# Área 3.3
# Formato: docs/format.md
number = '3.3'
objective   =   \"Contribuir.\"
name = \"Ciberseguridad\"
schema = 1
[[activity]]
resources = \"Tiempo.\"
schedule = \"2022-S1\"
title = 'Webinar'
number = \"3.3.1\"
# dos
target = 2
place = \"Virtual.\"
";
        let expected = "\
# Área 3.3
# Formato: docs/format.md
schema = 1

number = \"3.3\"
name = \"Ciberseguridad\"
objective = \"Contribuir.\"

[[activity]]
number = \"3.3.1\"
title = \"Webinar\"
place = \"Virtual.\"
schedule = \"2022-S1\"
# dos
target = 2
resources = \"Tiempo.\"
";
        assert_eq!(area(text), expected);
    }

    #[test]
    fn tables_of_records_and_a_cancellation_table_become_lines() {
        let text = "\
schema = 1
number = \"3.3\"
name = \"C\"
[[activity]]
number = \"3.3.1\"
title = \"W\"
[[activity.done]]  # primera
note = \"n\"
on = 2022-03-10
[[activity.done]]
on = 2022-06-02
[[activity]]
number = \"3.3.2\"
title = \"D\"
[activity.cancelled]
# según acta
reason = \"r\"
on = 2022-05-01
";
        let expected = "\
schema = 1

number = \"3.3\"
name = \"C\"

[[activity]]
number = \"3.3.1\"
title = \"W\"
done = [
  { on = 2022-03-10, note = \"n\" },  # primera
  { on = 2022-06-02 },
]

[[activity]]
number = \"3.3.2\"
title = \"D\"
# según acta
cancelled = { on = 2022-05-01, reason = \"r\" }
";
        assert_eq!(area(text), expected);
    }

    #[test]
    fn blank_lines_follow_the_layout_and_comment_blocks_keep_their_place() {
        let text = "\n\n#:schema ../docs/schema/area.schema.json\n\n\nschema = 1\nnumber = \"3.3\"\n\n\n\
                    name = \"C\"\n[[activity]]\nnumber = \"3.3.1\"\n\ntitle = \"W\"\n# closes 3.3.1\n\n\
                    \n# about 3.3.2\n[[activity]]\nnumber = \"3.3.2\"\ntitle = \"D\"\n\n# the end\n\n\n";
        let expected = "#:schema ../docs/schema/area.schema.json\n\nschema = 1\n\nnumber = \"3.3\"\n\
                        name = \"C\"\n\n[[activity]]\nnumber = \"3.3.1\"\ntitle = \"W\"\n# closes 3.3.1\n\n\
                        # about 3.3.2\n[[activity]]\nnumber = \"3.3.2\"\ntitle = \"D\"\n\n# the end\n";
        assert_eq!(area(text), expected);
        assert_eq!(area(expected), expected);
    }

    #[test]
    fn the_plan_file_has_long_texts_and_tables() {
        let text = "\
schema = 1
approval = { on = 2021-11-18, by = \"Asamblea\" }
purpose = \"Ordenar las acciones.\"
year = 2022
title = \"Plan\"
organisation = 'Red'
background = '''Primero.

Segundo.'''
committee.members = [ \"A\" ,\"B\" ]
committee.name = \"Comité\"
";
        let expected = "\
schema = 1

organisation = \"Red\"
title = \"Plan\"
year = 2022

background = \"\"\"
Primero.

Segundo.\"\"\"

purpose = \"\"\"
Ordenar las acciones.\"\"\"

[approval]
by = \"Asamblea\"
on = 2021-11-18

[committee]
name = \"Comité\"
members = [\"A\", \"B\"]
";
        assert_eq!(format(text, FileKind::Plan).expect("TOML"), expected);
        assert_eq!(format(expected, FileKind::Plan).expect("TOML"), expected);
    }

    #[test]
    fn texts_become_basic_strings_whatever_they_hold() {
        let text = "schema = 1\nname = 'dijo \"sí\" \\ luego'\nobjective = \"\"\"\nuno\ndos\"\"\"\n";
        assert_eq!(
            area(text),
            "schema = 1\n\nname = \"dijo \\\"sí\\\" \\\\ luego\"\nobjective = \"uno\\ndos\"\n"
        );
    }

    #[test]
    fn a_list_with_comments_is_spread_one_value_per_line() {
        let text = "schema = 1\n[[activity]]\nallow = [ # por ahora\n  \"completeness\"]\n";
        let expected = "schema = 1\n\n[[activity]]\nallow = [\n  # por ahora\n  \"completeness\",\n]\n";
        assert_eq!(area(text), expected);
        assert_eq!(area(expected), expected);
    }

    #[test]
    fn an_empty_list_of_records_stays_on_one_line() {
        assert_eq!(area("schema = 1\n[[activity]]\ndone = [ ]\n"), "schema = 1\n\n[[activity]]\ndone = []\n");
    }

    #[test]
    fn not_toml_is_refused() {
        assert_eq!(format("a = [", FileKind::Area), Err(NotToml));
    }

    #[test]
    fn the_layout_names_exactly_the_keys_the_loader_knows() {
        use crate::load::keys;
        let same = |layout: &[&str], loader: &[&str]| {
            let mut a = layout.to_vec();
            let mut b = loader.to_vec();
            a.sort_unstable();
            b.sort_unstable();
            assert_eq!(a, b);
        };
        same(layout::PLAN_ORDER, keys::PLAN_KEYS);
        same(layout::APPROVAL_ORDER, keys::APPROVAL_KEYS);
        same(layout::COMMITTEE_ORDER, keys::COMMITTEE_KEYS);
        same(layout::AREA_ORDER, keys::AREA_KEYS);
        same(layout::ACTIVITY_ORDER, keys::ACTIVITY_KEYS);
        same(layout::RECORD_ORDER, keys::RECORD_KEYS);
        same(layout::CANCELLATION_ORDER, keys::CANCELLATION_KEYS);
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::model::{Area, Plan};

    /// Canonical area files with comments, progress records and a cancellation.
    const AREAS: [&str; 4] = [
        include_str!("../../plan/3.1-servicios-transfronterizos.toml"),
        include_str!("../../plan/3.4-medicion-del-gobierno-digital.toml"),
        include_str!("../../tests/fixtures/progress/3.1-servicios-transfronterizos.toml"),
        include_str!("../../tests/fixtures/progress/3.3-ciberseguridad.toml"),
    ];

    /// A statement of a file: the comment lines before it and its own lines (`done = [` … `]`).
    #[derive(Clone, Debug)]
    struct Statement {
        lines: Vec<String>,
    }

    /// A table: its header with the comments before it, and its statements.
    type Table = (Vec<String>, Vec<Statement>);

    /// The file as its head (everything before the first table) and its tables.
    fn split(text: &str) -> (Vec<String>, Vec<Table>) {
        let mut head = Vec::new();
        let mut tables: Vec<Table> = Vec::new();
        let mut comments: Vec<String> = Vec::new();
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            if line.starts_with('#') {
                comments.push(line.to_owned());
            } else if line == "[[activity]]" {
                comments.push(line.to_owned());
                tables.push((std::mem::take(&mut comments), Vec::new()));
            } else if line.is_empty() {
                continue;
            } else {
                let mut own = std::mem::take(&mut comments);
                own.push(line.to_owned());
                if line.ends_with('[') {
                    for inner in lines.by_ref() {
                        own.push(inner.to_owned());
                        if inner == "]" {
                            break;
                        }
                    }
                }
                match tables.last_mut() {
                    Some((_, statements)) => statements.push(Statement { lines: own }),
                    None => head.extend(own),
                }
            }
        }
        head.extend(comments);
        (head, tables)
    }

    /// A key line written another way: spaces around `=`, a literal string where one can be.
    fn respell(line: &str, spaces: usize, literal: bool) -> String {
        let Some((key, value)) = line.split_once(" = ") else { return line.to_owned() };
        let inner = value.strip_prefix('"').and_then(|v| v.strip_suffix('"'));
        let value = match inner {
            Some(inner) if literal && !inner.contains(['\'', '\\', '"']) => format!("'{inner}'"),
            _ => value.to_owned(),
        };
        let pad = " ".repeat(spaces);
        format!("{key}{pad}={pad}{value}")
    }

    fn area(text: &str) -> Area {
        crate::load::decode_area(text).expect("the area loads")
    }

    fn plan(area: Area) -> Plan {
        Plan { info: Default::default(), areas: vec![area] }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// However a plan file is laid out (keys shuffled, quoting and spacing changed, comments
        /// and blank lines added, CRLF endings), `fmt` keeps every comment, says the same plan,
        /// and a second `fmt` changes nothing.
        #[test]
        fn fmt_is_idempotent_and_keeps_the_plan_and_its_comments(
            which in 0..AREAS.len(),
            order in proptest::collection::vec(any::<u16>(), 12),
            respelling in proptest::collection::vec((0usize..3, any::<bool>(), 0u8..6), 12),
            crlf in any::<bool>(),
        ) {
            let (head, tables) = split(AREAS[which]);
            let mut text = head.join("\n");
            text.push('\n');
            let mut inserted = Vec::new();
            for (t, (header, mut statements)) in tables.into_iter().enumerate() {
                text.push_str(&format!("{}\n", header.join("\n")));
                statements.sort_by_key(|s| order[(s.lines.len() * 7 + s.lines[0].len() + t) % order.len()]);
                for (s, statement) in statements.into_iter().enumerate() {
                    let (spaces, literal, extra) = respelling[(s + t) % respelling.len()];
                    if extra == 1 {
                        text.push('\n');
                    }
                    if extra == 2 {
                        let comment = format!("# nota {t}.{s}");
                        text.push_str(&format!("{comment}\n"));
                        inserted.push(comment);
                    }
                    for (l, line) in statement.lines.iter().enumerate() {
                        let mut line = if l + 1 == statement.lines.len() { respell(line, spaces, literal) } else { line.clone() };
                        if extra == 3 && statement.lines.len() == 1 && !line.contains('#') {
                            let comment = format!("# al final {t}.{s}");
                            line.push_str(&format!("   {comment}"));
                            inserted.push(comment);
                        }
                        text.push_str(&format!("{line}\n"));
                    }
                }
                if order[t % order.len()] % 3 == 0 {
                    text.push('\n');
                }
            }
            if crlf {
                text = text.replace('\n', "\r\n");
            }
            let once = format(&text, FileKind::Area).expect("formats");
            let twice = format(&once, FileKind::Area).expect("formats again");
            prop_assert_eq!(&twice, &once, "a second fmt changed the file");
            prop_assert!(crate::compare::compare(&plan(area(&text)), &plan(area(&once))).is_empty());
            let original_comments = AREAS[which].lines().filter_map(|line| line.find('#').map(|at| &line[at..]));
            for comment in original_comments.map(str::to_owned).chain(inserted) {
                prop_assert_eq!(once.matches(comment.as_str()).count(), text.matches(comment.as_str()).count(), "{}", comment);
            }
            prop_assert_eq!(once.contains("\r\n"), crlf);
            if !crlf {
                prop_assert_eq!(format(AREAS[which], FileKind::Area).expect("formats"), AREAS[which]);
            }
        }
    }
}
