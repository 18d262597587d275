//! `workplan records`: an activity's records with the index that `reopen --record` and
//! `done --amend` take.

use anyhow::Result;

use super::Context;
use super::show::find_activity;
use crate::exit::Exit;
use crate::i18n::{Lang, Msg};
use crate::model::Activity;

pub fn run(context: &Context, number: &str) -> Result<Exit> {
    let loaded = context.load_plan()?;
    let (_, activity) = find_activity(&loaded.plan, number, context)?;
    if activity.done.is_empty() {
        context.note(Msg::NoRecords { number: &activity.number_text() })?;
        return Ok(Exit::Success);
    }
    context.print(&listing(activity, context.lang))?;
    Ok(Exit::Success)
}

/// One line per record, oldest first as the file keeps them: `2  2 June 2022 — note`.
fn listing(activity: &Activity, lang: Lang) -> String {
    let width = activity.done.len().to_string().len();
    activity
        .done
        .iter()
        .enumerate()
        .map(|(index, record)| {
            let note =
                record.note.as_deref().map(|note| format!(" — {}", one_line(note))).unwrap_or_default();
            format!("{:>width$}  {}{note}\n", index + 1, lang.date(record.on))
        })
        .collect()
}

/// A note as one line of plain text: a line break or a terminal control in a plan file (which
/// anyone may have written) shows as its escape, so that it can neither make a line look like
/// another record nor reach the terminal.
fn one_line(text: &str) -> String {
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    text.chars()
        .map(|c| if c.is_control() || bidi(c) { c.escape_default().to_string() } else { c.to_string() })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Record;

    #[test]
    fn records_are_numbered_from_one_in_file_order() {
        let record = |on: &str, note: Option<&str>| Record {
            on: on.parse().expect("a test date"),
            note: note.map(str::to_owned),
            span: 0..0,
        };
        let activity = Activity {
            done: vec![record("2022-06-02", Some("Segunda")), record("2022-03-10", None)],
            ..Activity::default()
        };
        assert_eq!(listing(&activity, Lang::En), "1  2 June 2022 — Segunda\n2  10 March 2022\n");
        assert_eq!(listing(&activity, Lang::Es), "1  2 de junio de 2022 — Segunda\n2  10 de marzo de 2022\n");
    }

    #[test]
    fn a_note_cannot_make_a_line_of_its_own_or_reach_the_terminal() {
        assert_eq!(one_line("a\n3  1 July 2022\u{1b}[2J\u{202E}é"), "a\\n3  1 July 2022\\u{1b}[2J\\u{202e}é");
    }
}
