//! Narrow terminals and `COLUMNS`: the title gets the room, words break only at spaces (a word
//! wider than its column is hyphenated), and every line fits.

use crate::common::*;

fn at(columns: &str, args: &[&str]) -> String {
    stdout_of(workplan_on(&real_plan()).env("COLUMNS", columns).args(args))
}

/// The width of the column that starts under `label` in the header line.
fn column_width(table: &str, label: &str) -> usize {
    let rule = table.lines().nth(1).expect("a rule under the header");
    let header = table.lines().next().expect("a header");
    let start = header.find(label).expect("the label") - 1;
    rule[start..].split(' ').next().map_or(0, str::len)
}

#[test]
fn columns_is_honoured_for_every_table_and_chart() {
    for columns in ["60", "72", "100"] {
        let limit: usize = columns.parse().expect("a number");
        for args in [
            &["list"][..],
            &["show", "3.1.7"],
            &["areas"],
            &["summary"],
            &["timeline"],
            &["--lang", "es", "list"],
        ] {
            let text = at(columns, args);
            let widest = text.lines().map(|line| line.chars().count()).max().unwrap_or(0);
            assert!(widest <= limit, "{args:?} at {columns} has a line of {widest}:\n{text}");
        }
    }
    let wide = at("120", &["list"]);
    assert!(wide.lines().any(|line| line.chars().count() > 80), "COLUMNS=120 is used, not 80:\n{wide}");
}

#[test]
fn at_60_columns_the_title_gets_the_room() {
    let table = at("60", &["list"]);
    assert!(table.lines().all(|line| line.chars().count() <= 60), "{table}");
    assert!(column_width(&table, "Title") > column_width(&table, "Place"), "{table}");
    assert!(column_width(&table, "Title") >= "interoperabilidad".len(), "{table}");
    // The words of the titles are whole: "interoperabilidad" is never cut in two.
    assert!(table.contains("interoperabilidad"), "{table}");
    assert!(!table.contains("interopera\n") && !table.contains("interopera-"), "{table}");
}

/// The text of the `index`th column of each row line below the rule, as the rule's dashes span it.
fn column_lines(table: &str, index: usize) -> Vec<String> {
    let lines: Vec<&str> = table.lines().collect();
    let rule = lines.iter().position(|line| line.starts_with("--")).expect("a rule");
    let mut spans = Vec::new();
    let mut start = None;
    for (at, c) in lines[rule].chars().chain([' ']).enumerate() {
        match (c, start) {
            ('-', None) => start = Some(at),
            (' ', Some(from)) => {
                spans.push(from..at);
                start = None;
            }
            _ => {}
        }
    }
    let span = spans[index].clone();
    lines[rule + 1..]
        .iter()
        .map(|line| line.chars().skip(span.start).take(span.len()).collect::<String>().trim().to_owned())
        .collect()
}

#[test]
fn a_word_wider_than_its_column_is_hyphenated_not_cut() {
    let table = at("40", &["list", "--area", "3.1"]);
    assert!(table.lines().all(|line| line.chars().count() <= 40), "{table}");
    // At 40 columns "interoperabilidad" (17) is wider than the title column: it is broken with
    // a hyphen, and nothing of it is lost.
    let titles = column_lines(&table, 1);
    assert!(titles.iter().any(|line| line.ends_with('-')), "{table}");
    let joined: String = titles.iter().map(|line| line.trim_end_matches('-')).collect();
    assert!(joined.contains("interoperabilidad"), "{joined}\n{table}");
}

#[test]
fn shows_heading_wraps_beside_its_number() {
    let text = at("60", &["show", "3.1.7"]);
    let heading: Vec<&str> = text.lines().take_while(|line| !line.is_empty()).collect();
    assert!(heading.len() > 1, "a long title wraps:\n{text}");
    assert!(heading.iter().all(|line| line.chars().count() <= 60), "{text}");
    assert!(heading[0].starts_with("3.1.7  Al menos"), "{text}");
    assert!(heading[1..].iter().all(|line| line.starts_with("       ")), "continuations align: {text}");
}

#[test]
fn a_megabyte_title_without_spaces_wraps_in_one_pass() {
    let plan = copy_plan(&real_plan());
    let path = plan.path().join("3.1-servicios-transfronterizos.toml");
    let text = std::fs::read_to_string(&path).expect("the area file");
    let title = "x".repeat(1 << 20);
    std::fs::write(&path, text.replacen("Dos pilotos de interoperabilidad regional", &title, 1))
        .expect("write");
    let table = stdout_of(workplan_on(plan.path()).args(["list", "--area", "3.1"]));
    assert!(table.lines().all(|line| line.chars().count() <= 80));
    assert_eq!(table.matches('x').count(), 1 << 20, "every character is shown");
}

/// docs/cli.md: `COLUMNS=60 workplan list --area 3.9`.
#[test]
fn the_width_example_of_the_docs_runs() {
    let text = at("60", &["list", "--area", "3.9"]);
    assert!(text.lines().all(|line| line.chars().count() <= 60), "{text}");
    assert!(text.contains("3.9.3") && text.contains("Perú."), "{text}");
}
