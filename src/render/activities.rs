//! Activities as a table, Markdown, CSV, JSON, or in full (`show`).

use std::io::Write;

use chrono::NaiveDate;
use comfy_table::Color;
use serde::Serialize;

use super::timeline::status_text;
use super::{Format, Grid, Style};
use crate::i18n::{Label, Lang};
use crate::model::{Activity, Area, Status};
use crate::progress::is_overdue;
use crate::text::visible;

/// An activity with the area it belongs to, as commands pass them to rendering.
pub type Entry<'p> = (&'p Area, &'p Activity);

/// The plan year and the day taken as today: what says whether an open activity is overdue.
#[derive(Clone, Copy, Debug)]
pub struct AsOf {
    pub year: i32,
    pub today: NaiveDate,
}

/// Writes the list of activities in the chosen format. JSON and CSV are streamed, one activity
/// at a time, so that listing a very large plan costs no more memory than the plan itself.
pub fn write_list(
    entries: &[Entry<'_>],
    format: Format,
    (lang, as_of): (Lang, AsOf),
    style: Style,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match format {
        Format::Table => out.write_all(grid(entries, lang, as_of).to_table(style).as_bytes())?,
        Format::Markdown => out.write_all(grid(entries, lang, as_of).to_markdown().as_bytes())?,
        Format::Json => {
            // As io::Error, so that a closed pipe is recognised and ends the run quietly.
            serde_json::to_writer_pretty(&mut *out, &JsonList(entries)).map_err(std::io::Error::from)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => csv(entries, out)?,
    }
    Ok(())
}

/// The activities as a JSON array, serialised as they are visited.
struct JsonList<'e, 'p>(&'e [Entry<'p>]);

impl Serialize for JsonList<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|entry| JsonActivity::of(*entry)))
    }
}

fn grid(entries: &[Entry<'_>], lang: Lang, as_of: AsOf) -> Grid {
    let header = [Label::Number, Label::Title, Label::Schedule, Label::Place, Label::Status];
    let mut grid = Grid::new(header.iter().map(|label| lang.label(*label).to_owned()).collect());
    grid.main_column = Some(1);
    for (_, activity) in entries {
        grid.push(vec![
            (activity.number_text(), None),
            (activity.title.clone(), None),
            (schedule_words(activity, lang), None),
            (activity.place.as_deref().unwrap_or_default().to_owned(), None),
            (shown_status(activity, lang, as_of), status_color(activity, as_of)),
        ]);
    }
    grid
}

/// The schedule in the reader's language.
pub fn schedule_words(activity: &Activity, lang: Lang) -> String {
    lang.say(&crate::schedule::in_words(activity.schedule, activity.every, activity.target))
}

/// The status in words, with the count for counted activities: "in progress 2/4".
pub fn status_words(activity: &Activity, lang: Lang) -> String {
    let status = lang.describe(&activity.status());
    if activity.is_counted() && activity.status() != Status::Cancelled {
        format!("{status} {}/{}", activity.times_done(), activity.times_planned())
    } else {
        status.to_owned()
    }
}

/// The status as every view for people says it, "overdue" included (as the timeline, the report
/// and the calendar do).
fn shown_status(activity: &Activity, lang: Lang, as_of: AsOf) -> String {
    status_text(activity, as_of.year, as_of.today, lang)
}

fn status_color(activity: &Activity, as_of: AsOf) -> Option<Color> {
    match activity.status() {
        _ if is_overdue(activity, as_of.year, as_of.today) => Some(Color::Red),
        Status::Pending => None,
        Status::InProgress => Some(Color::Yellow),
        Status::Done => Some(Color::Green),
        Status::Cancelled => Some(Color::DarkGrey),
    }
}

/// One activity in the stable JSON shape documented in `docs/format.md`.
#[derive(Serialize)]
pub struct JsonActivity<'p> {
    number: String,
    area: String,
    area_name: &'p str,
    title: &'p str,
    place: Option<&'p str>,
    schedule: Option<String>,
    every: Option<&'static str>,
    target: Option<u32>,
    resources: Option<&'p str>,
    status: &'static str,
    times_done: u32,
    times_planned: u32,
    done: Vec<JsonRecord<'p>>,
    cancelled: Option<JsonCancellation<'p>>,
}

#[derive(Serialize)]
struct JsonRecord<'p> {
    on: String,
    note: Option<&'p str>,
}

#[derive(Serialize)]
struct JsonCancellation<'p> {
    on: String,
    reason: &'p str,
}

impl<'p> JsonActivity<'p> {
    pub fn of((area, activity): Entry<'p>) -> Self {
        JsonActivity {
            number: activity.number_text(),
            area: area.number.to_string(),
            area_name: &area.name,
            title: &activity.title,
            place: activity.place.as_deref(),
            schedule: activity.schedule.map(|s| s.to_string()),
            every: activity.every.map(|e| e.code()),
            target: activity.target,
            resources: activity.resources.as_deref(),
            status: activity.status().code(),
            times_done: activity.times_done(),
            times_planned: activity.times_planned(),
            done: activity
                .done
                .iter()
                .map(|r| JsonRecord { on: r.on.to_string(), note: r.note.as_deref() })
                .collect(),
            cancelled: activity
                .cancelled
                .as_ref()
                .map(|c| JsonCancellation { on: c.on.to_string(), reason: &c.reason }),
        }
    }
}

/// Pretty JSON with a final newline.
pub fn json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<String> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(text)
}

/// CSV with stable English column names and codes, like the JSON.
fn csv(entries: &[Entry<'_>], out: &mut impl Write) -> std::io::Result<()> {
    // As the io::Error underneath, so that a closed pipe is recognised and ends the run quietly.
    write_csv(entries, out).map_err(|error| {
        let kind = match error.kind() {
            csv::ErrorKind::Io(io) => io.kind(),
            _ => std::io::ErrorKind::Other,
        };
        std::io::Error::new(kind, error)
    })
}

fn write_csv(entries: &[Entry<'_>], out: &mut impl Write) -> csv::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "number",
        "area",
        "title",
        "place",
        "schedule",
        "every",
        "target",
        "resources",
        "status",
        "times_done",
        "times_planned",
    ])?;
    for (area, activity) in entries {
        writer.write_record(
            [
                activity.number_text(),
                area.number.to_string(),
                activity.title.clone(),
                activity.place.as_deref().unwrap_or_default().to_owned(),
                activity.schedule.map(|s| s.to_string()).unwrap_or_default(),
                activity.every.map(|e| e.code().to_owned()).unwrap_or_default(),
                activity.target.map(|t| t.to_string()).unwrap_or_default(),
                activity.resources.as_deref().unwrap_or_default().to_owned(),
                activity.status().code().to_owned(),
                activity.times_done().to_string(),
                activity.times_planned().to_string(),
            ]
            .map(super::csv_cell),
        )?;
    }
    writer.flush()?;
    Ok(())
}

/// One activity in full, as label–value lines wrapped to the width.
pub fn detail((area, activity): Entry<'_>, (lang, as_of): (Lang, AsOf), style: Style) -> String {
    let mut grid = Grid::new(Vec::new());
    grid.main_column = Some(1);
    let mut row =
        |label: Label, value: String| grid.push(vec![(lang.label(label).to_owned(), None), (value, None)]);
    row(Label::Area, format!("{} {}", area.number, area.name));
    row(Label::Objective, area.objective.clone());
    row(Label::Schedule, schedule_words(activity, lang));
    row(Label::Place, activity.place.as_deref().unwrap_or("—").to_owned());
    row(Label::Resources, activity.resources.as_deref().unwrap_or("—").to_owned());
    row(Label::Status, shown_status(activity, lang, as_of));
    for record in &activity.done {
        let note = record.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default();
        row(Label::Record, format!("{}{note}", lang.date(record.on)));
    }
    if let Some(cancelled) = &activity.cancelled {
        row(Label::Cancelled, format!("{} — {}", lang.date(cancelled.on), cancelled.reason));
    }
    // The title wraps beside its number: "3.1.7  Al menos …\n       del grupo …".
    let number = activity.number_text();
    let indent = super::fit::width(&number) + 2;
    let title =
        super::fit::wrap(&visible(&activity.title), super::fit::columns(style).saturating_sub(indent));
    let heading = format!("{number}  {}\n\n", title.replace('\n', &format!("\n{}", " ".repeat(indent))));
    format!("{heading}{}", grid.to_table(style))
}
