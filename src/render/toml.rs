//! The plan as TOML files in the project's layout: `plan.toml` and one file per area.
//!
//! This writes a whole file from the model, for new files (`import`) and for rewriting a file
//! in the canonical layout. The layout is the one of the hand-written `plan/`: header comments,
//! `schema = 1`, then the keys in a fixed order, one blank line between groups and between
//! activities. Comments that the model has no place for are passed alongside it.

use crate::model::{Activity, Area, PlanInfo, Record};
use crate::text::fold;

/// Comments to write into `plan.toml`.
#[derive(Clone, Debug, Default)]
pub struct PlanComments {
    /// Lines before `schema = 1`.
    pub header: Vec<String>,
    /// Lines at the end of the file.
    pub end: Vec<String>,
}

/// Comments to write into an area file.
#[derive(Clone, Debug, Default)]
pub struct AreaComments {
    /// Lines before `schema = 1`.
    pub header: Vec<String>,
    /// Lines after the objective, before the first activity.
    pub after_objective: Vec<String>,
    /// One entry per activity, in order (missing entries mean no comments).
    pub activities: Vec<ActivityComments>,
}

/// Comments to write into an `[[activity]]` table.
#[derive(Clone, Debug, Default)]
pub struct ActivityComments {
    /// Lines before the `[[activity]]` header.
    pub before: Vec<String>,
    /// After the value of `target`, on its line.
    pub target: Option<String>,
    /// Lines at the end of the table.
    pub end: Vec<String>,
}

/// `plan.toml`.
pub fn plan_file(info: &PlanInfo, comments: &PlanComments) -> String {
    let mut blocks = vec![with_header(&comments.header)];
    blocks.push(vec![
        format!("organisation = {}", string(&info.organisation)),
        format!("title = {}", string(&info.title)),
        format!("year = {}", info.year),
    ]);
    for (key, text) in [("background", &info.background), ("purpose", &info.purpose)] {
        if !text.is_empty() {
            blocks.push(vec![format!("{key} = {}", multiline_string(text))]);
        }
    }
    if let Some(approval) = &info.approval {
        blocks.push(vec![
            "[approval]".into(),
            format!("by = {}", string(&approval.by)),
            format!("on = {}", approval.on.format("%Y-%m-%d")),
        ]);
    }
    if let Some(committee) = &info.committee {
        let members: Vec<String> = committee.members.iter().map(|m| string(m)).collect();
        let mut block = vec![
            "[committee]".into(),
            format!("name = {}", string(&committee.name)),
            format!("members = [{}]", members.join(", ")),
        ];
        block.extend(committee.chair.as_ref().map(|chair| format!("chair = {}", string(chair))));
        blocks.push(block);
    }
    push_comments(&mut blocks, &comments.end);
    join(blocks)
}

/// One area's file.
pub fn area_file(area: &Area, comments: &AreaComments) -> String {
    let mut blocks = vec![with_header(&comments.header)];
    let mut head = vec![
        format!("number = {}", string(&area.number.to_string())),
        format!("name = {}", string(&area.name)),
    ];
    if !area.objective.is_empty() {
        head.push(format!("objective = {}", string(&area.objective)));
    }
    blocks.push(head);
    push_comments(&mut blocks, &comments.after_objective);
    let none = ActivityComments::default();
    for (i, activity) in area.activities.iter().enumerate() {
        blocks.push(activity_table(activity, comments.activities.get(i).unwrap_or(&none)));
    }
    join(blocks)
}

/// The file name of an area: its number and its name in lowercase ASCII words,
/// `3.1-servicios-transfronterizos.toml`.
pub fn file_name(area: &Area) -> String {
    let slug = slug(&area.name);
    if slug.is_empty() { format!("{}.toml", area.number) } else { format!("{}-{slug}.toml", area.number) }
}

/// "Reunión anual y ministerial" as `reunion-anual-y-ministerial`.
pub fn slug(name: &str) -> String {
    let folded = fold(name);
    let words: Vec<&str> =
        folded.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.join("-")
}

/// One activity's table as `workplan add` appends it: a blank line, then the table.
pub fn activity_block(activity: &Activity) -> String {
    format!("\n{}\n", activity_table(activity, &ActivityComments::default()).join("\n"))
}

fn activity_table(activity: &Activity, comments: &ActivityComments) -> Vec<String> {
    let mut lines: Vec<String> = comments.before.iter().map(|c| format!("# {}", comment_text(c))).collect();
    lines.push("[[activity]]".to_owned());
    let mut key = |key: &str, value: Option<String>| {
        if let Some(value) = value {
            lines.push(format!("{key} = {value}"));
        }
    };
    key("number", activity.number.as_ref().map(|n| string(&n.to_string())));
    key("title", Some(string(&activity.title)));
    key("place", activity.place.as_deref().map(string));
    key("schedule", activity.schedule.map(|s| string(&s.to_string())));
    key("every", activity.every.map(|e| string(e.code())));
    let target_comment = comments.target.as_deref().map(|c| format!("  # {}", comment_text(c)));
    key("target", activity.target.map(|t| format!("{t}{}", target_comment.unwrap_or_default())));
    key("resources", activity.resources.as_deref().map(string));
    if !activity.done.is_empty() {
        let records: Vec<String> = activity.done.iter().map(|r| format!("  {},", record(r))).collect();
        key("done", Some(format!("[\n{}\n]", records.join("\n"))));
    }
    if let Some(cancelled) = &activity.cancelled {
        let on = cancelled.on.format("%Y-%m-%d");
        key("cancelled", Some(format!("{{ on = {on}, reason = {} }}", string(&cancelled.reason))));
    }
    if !activity.allow.is_empty() {
        let checks: Vec<String> =
            activity.allow.iter().map(|allowance| string(allowance.check.name())).collect();
        key("allow", Some(format!("[{}]", checks.join(", "))));
    }
    lines.extend(comments.end.iter().map(|c| format!("# {}", comment_text(c))));
    lines
}

fn record(record: &Record) -> String {
    let on = record.on.format("%Y-%m-%d");
    match &record.note {
        Some(note) => format!("{{ on = {on}, note = {} }}", string(note)),
        None => format!("{{ on = {on} }}"),
    }
}

/// The header comments, then `schema = 1`.
fn with_header(header: &[String]) -> Vec<String> {
    let mut lines: Vec<String> = header.iter().map(|c| format!("# {}", comment_text(c))).collect();
    lines.push(format!("schema = {}", crate::load::SUPPORTED_SCHEMAS.last().copied().unwrap_or(1)));
    lines
}

fn push_comments(blocks: &mut Vec<Vec<String>>, comments: &[String]) {
    if !comments.is_empty() {
        blocks.push(comments.iter().map(|c| format!("# {}", comment_text(c))).collect());
    }
}

/// Groups of lines separated by one blank line, ending with a newline.
fn join(blocks: Vec<Vec<String>>) -> String {
    let mut text = blocks.iter().map(|block| block.join("\n")).collect::<Vec<_>>().join("\n\n");
    text.push('\n');
    text
}

/// A comment's text on one line: TOML comments cannot hold line breaks or control characters.
fn comment_text(text: &str) -> String {
    text.chars().map(|c| if c.is_control() && c != '\t' { ' ' } else { c }).collect()
}

/// A TOML basic string: `"…"`, with quotes, backslashes and control characters escaped.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            _ => push_char(&mut out, c),
        }
    }
    out.push('"');
    out
}

/// A TOML multi-line basic string opening with a line break: `"""` newline, the text, `"""`.
/// Line breaks are written as they are; quotes only where three in a row would close the string.
pub fn multiline_string(text: &str) -> String {
    let mut out = String::from("\"\"\"\n");
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if matches!(chars.peek(), Some('"') | None) => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push('\n'),
            _ => push_char(&mut out, c),
        }
    }
    out.push_str("\"\"\"");
    out
}

fn push_char(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::testing;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Loading what the writer wrote gives the plan back, without a single diagnostic.
        #[test]
        fn the_loader_reads_back_what_the_writer_writes(plan in testing::plan()) {
            let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
            let write = |name: &str, text: String| std::fs::write(dir.path().join(name), text);
            write("plan.toml", plan_file(&plan.info, &PlanComments::default()))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            for area in &plan.areas {
                let comments = AreaComments { header: vec!["x\ny".into()], ..AreaComments::default() };
                write(&file_name(area), area_file(area, &comments)).map_err(|e| TestCaseError::fail(e.to_string()))?;
            }
            let loaded = crate::load::load(dir.path(), crate::i18n::Lang::En)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
            prop_assert_eq!(testing::file_content(&loaded.plan), testing::file_content(&plan));
        }
    }

    fn parses_back(toml_value: &str) -> String {
        let document: toml::Table = toml::from_str(&format!("x = {toml_value}")).expect("valid TOML");
        document["x"].as_str().expect("a string").to_owned()
    }

    #[test]
    fn strings_read_back_as_written() {
        for text in
            ["", "plain", "“curly” and \"straight\"", "back\\slash", "tab\tand\nline", "\u{7f}\u{1}", "á"]
        {
            assert_eq!(parses_back(&string(text)), text);
        }
    }

    #[test]
    fn multiline_strings_read_back_as_written() {
        for text in [
            "one",
            "a\n\nb",
            "\nstarts with a break",
            "ends with a quote\"",
            "three \"\"\" quotes",
            "\"\"",
            "cr\r\n",
        ] {
            assert_eq!(parses_back(&multiline_string(text)), text, "{text:?}");
        }
    }

    #[test]
    fn slugs_are_lowercase_ascii_words() {
        assert_eq!(
            slug("Reunión anual y ministerial de la Red Gealc"),
            "reunion-anual-y-ministerial-de-la-red-gealc"
        );
        assert_eq!(slug("Medición del gobierno digital"), "medicion-del-gobierno-digital");
        assert_eq!(slug("  ¿Qué? — año 2022 "), "que-ano-2022");
        assert_eq!(slug("—"), "");
    }

    #[test]
    fn comments_stay_on_one_line() {
        assert_eq!(comment_text("a\nb\u{0}c\td"), "a b c\td");
    }
}
