//! The plan's figures (`workplan summary`) as a table, Markdown or JSON.

use anstyle::AnsiColor;
use serde::Serialize;

use super::activities::json;
use super::fit::{columns, flow, pad, width, wrap};
use super::{Grid, Style, markdown};
use crate::i18n::{Label, Lang, Msg};
use crate::model::{PlanInfo, Status};
use crate::progress::{Part, Summary, Tally};
use crate::text::visible;

/// The formats `summary` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SummaryFormat {
    Table,
    Markdown,
    Json,
}

/// Cells of a progress bar.
const BAR_CELLS: u32 = 10;

/// A progress bar with its percent, "███░░░░░░░  30%", or "—" when there is nothing to measure.
pub fn bar(percent: Option<u32>) -> String {
    let Some(percent) = percent else { return "—".into() };
    let mut filled = percent * BAR_CELLS / 100;
    if percent > 0 && filled == 0 {
        filled = 1;
    }
    let empty = BAR_CELLS - filled;
    format!("{}{} {percent:>3}%", "█".repeat(filled as usize), "░".repeat(empty as usize))
}

pub fn render(
    summary: &Summary<'_>,
    info: &PlanInfo,
    format: SummaryFormat,
    lang: Lang,
    style: Style,
) -> anyhow::Result<String> {
    let date = lang.date(summary.today);
    let heading = lang.text(Msg::AsOf { title: &info.title, organisation: &info.organisation, date: &date });
    let note = lang.text(Msg::SummaryNote);
    let areas: Vec<(String, Tally)> = summary
        .areas
        .iter()
        .map(|(area, tally)| (format!("{} {}", area.number, visible(&area.name)), *tally))
        .collect();
    let parts: Vec<(String, Tally)> = summary
        .parts
        .iter()
        .filter(|(part, tally)| matches!(part, Part::FirstHalf | Part::SecondHalf) || tally.total > 0)
        .map(|(part, tally)| (part_name(*part, info.year, lang), *tally))
        .collect();
    Ok(match format {
        SummaryFormat::Json => json(&JsonSummary::of(summary, info))?,
        SummaryFormat::Markdown => format!(
            "## {}\n\n{}\n{}\n{note}\n",
            markdown::inline(&heading),
            grid(Label::Area, &areas, &summary.total, lang).to_markdown(),
            grid(Label::Period, &parts, &summary.total, lang).to_markdown(),
        ),
        SummaryFormat::Table => {
            let table = Table { lang, style, width: columns(style) };
            format!(
                "{}\n\n{}\n{}\n{}\n{}\n",
                wrap(&visible(&heading), table.width),
                table.render(Label::Area, &areas, &summary.total),
                table.render(Label::Period, &parts, &summary.total),
                flow(&legend(lang), table.width),
                wrap(&note, table.width),
            )
        }
    })
}

/// A Markdown table of counts with full words for headers.
fn grid(first: Label, rows: &[(String, Tally)], total: &Tally, lang: Lang) -> Grid {
    let labels = [Label::Total, Label::Done, Label::InProgress, Label::Pending, Label::Overdue];
    let mut header = vec![lang.label(first).to_owned()];
    header.extend(labels.iter().map(|label| lang.label(*label).to_owned()));
    header.extend([Label::CancelledCount, Label::Progress].iter().map(|label| lang.label(*label).to_owned()));
    let mut grid = Grid::new(header);
    let total_row = (lang.label(Label::Total).to_owned(), *total);
    for (name, tally) in rows.iter().chain(std::iter::once(&total_row)) {
        let mut row = vec![(name.clone(), None)];
        row.extend(counts(tally).iter().map(|count| (count.to_string(), None)));
        row.push((bar(tally.percent()), None));
        grid.push(row);
    }
    grid
}

fn counts(tally: &Tally) -> [u32; 6] {
    [tally.total, tally.done, tally.in_progress, tally.pending, tally.overdue, tally.cancelled]
}

/// The glyphs that head the count columns of the terminal table, after "Total": full words
/// would not fit 80 columns in Spanish, so the legend under the table says them.
const GLYPHS: [char; 5] = ['✓', '◐', '○', '!', '×'];

fn legend(lang: Lang) -> Vec<String> {
    let words = [
        lang.describe(&Status::Done),
        lang.describe(&Status::InProgress),
        lang.describe(&Status::Pending),
        lang.label(Label::OverdueStatus),
        lang.describe(&Status::Cancelled),
    ];
    GLYPHS.iter().zip(words).map(|(glyph, word)| format!("{glyph} {word}")).collect()
}

/// The terminal table of counts: a name column that wraps, right-aligned counts, and a bar.
struct Table {
    lang: Lang,
    style: Style,
    width: usize,
}

/// The width of a count column after "Total".
const COUNT: usize = 3;

impl Table {
    fn render(&self, first: Label, rows: &[(String, Tally)], total: &Tally) -> String {
        let label = |l: Label| self.lang.label(l);
        let total_width = width(&label(Label::Total));
        // " name  Total  ✓   ◐ …  bar": counts are separated by one space, the rest by two.
        let fixed = 1 + 2 + total_width + GLYPHS.len() * (1 + COUNT) + 2 + BAR_WIDTH;
        let longest = rows.iter().map(|(name, _)| width(name)).max().unwrap_or(0).max(width(&label(first)));
        let name_width = longest.min(self.width.saturating_sub(fixed)).max(MIN_NAME);
        let mut head = format!(" {}  {:>total_width$}", pad(&label(first), name_width), label(Label::Total));
        for glyph in GLYPHS {
            head.push_str(&format!(" {glyph:>COUNT$}"));
        }
        head.push_str(&format!("  {}", label(Label::Progress)));
        let rule = if self.style.terminal && self.style.color { '─' } else { '-' };
        let rule = format!(" {}\n", rule.to_string().repeat(name_width + fixed - 1));
        let mut out = format!("{}\n{rule}", head.trim_end());
        for (name, tally) in rows {
            out.push_str(&self.row(name, tally, name_width, total_width));
        }
        out.push_str(&rule);
        out.push_str(&self.row(&label(Label::Total), total, name_width, total_width));
        out
    }

    /// One row; a long name wraps onto lines of its own below.
    fn row(&self, name: &str, tally: &Tally, name_width: usize, total_width: usize) -> String {
        let wrapped = wrap(name, name_width);
        let mut lines = wrapped.lines();
        let first = lines.next().unwrap_or("");
        let [all, done, in_progress, pending, overdue, cancelled] = counts(tally);
        let mut line = format!(" {}  {all:>total_width$}", pad(first, name_width));
        for (count, color) in [
            (done, Some(AnsiColor::Green)),
            (in_progress, Some(AnsiColor::Yellow)),
            (pending, None),
            (overdue, Some(AnsiColor::Red)),
            (cancelled, None),
        ] {
            let text = format!(" {count:>COUNT$}");
            line.push_str(&match color {
                Some(color) if count > 0 => self.paint(&text, color),
                _ => text,
            });
        }
        line.push_str(&format!("  {}", self.paint(&bar(tally.percent()), AnsiColor::Green)));
        let mut out = format!("{}\n", line.trim_end());
        for rest in lines {
            out.push_str(&format!(" {rest}\n"));
        }
        out
    }

    fn paint(&self, text: &str, color: AnsiColor) -> String {
        let style = color.on_default();
        if self.style.color { format!("{style}{text}{style:#}") } else { text.to_owned() }
    }
}

/// A bar and its percent: "██████████ 100%".
const BAR_WIDTH: usize = BAR_CELLS as usize + 5;

/// The narrowest the name column gets.
const MIN_NAME: usize = 14;

/// "1st half 2022", "Whole year 2022", "No date yet", …
pub fn part_name(part: Part, year: i32, lang: Lang) -> String {
    match (part.period(year), part) {
        (Some(period), _) => lang.describe(&period),
        (None, Part::OtherYears) => lang.label(Label::OtherYears).to_owned(),
        (None, _) => lang.label(Label::NoDateYet).to_owned(),
    }
}

/// The summary in the stable JSON shape documented in `docs/reports.md`.
#[derive(Serialize)]
struct JsonSummary<'p> {
    organisation: &'p str,
    title: &'p str,
    year: i32,
    today: String,
    areas: Vec<JsonArea<'p>>,
    periods: Vec<JsonPeriod>,
    total: JsonCounts,
}

#[derive(Serialize)]
struct JsonArea<'p> {
    area: String,
    name: &'p str,
    #[serde(flatten)]
    counts: JsonCounts,
}

#[derive(Serialize)]
struct JsonPeriod {
    /// `2022-S1`, `2022-S2`, `2022` (across both halves), `unscheduled` or `other-years`.
    period: String,
    #[serde(flatten)]
    counts: JsonCounts,
}

#[derive(Serialize)]
struct JsonCounts {
    total: u32,
    done: u32,
    in_progress: u32,
    pending: u32,
    overdue: u32,
    cancelled: u32,
    progress_percent: Option<u32>,
}

impl JsonCounts {
    fn of(tally: &Tally) -> Self {
        JsonCounts {
            total: tally.total,
            done: tally.done,
            in_progress: tally.in_progress,
            pending: tally.pending,
            overdue: tally.overdue,
            cancelled: tally.cancelled,
            progress_percent: tally.percent(),
        }
    }
}

impl<'p> JsonSummary<'p> {
    fn of(summary: &Summary<'p>, info: &'p PlanInfo) -> Self {
        JsonSummary {
            organisation: &info.organisation,
            title: &info.title,
            year: info.year,
            today: summary.today.to_string(),
            areas: summary
                .areas
                .iter()
                .map(|(area, tally)| JsonArea {
                    area: area.number.to_string(),
                    name: &area.name,
                    counts: JsonCounts::of(tally),
                })
                .collect(),
            periods: summary
                .parts
                .iter()
                .map(|(part, tally)| JsonPeriod {
                    period: part.code(info.year),
                    counts: JsonCounts::of(tally),
                })
                .collect(),
            total: JsonCounts::of(&summary.total),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_by_tenths_and_show_any_progress() {
        assert_eq!(bar(Some(0)), "░░░░░░░░░░   0%");
        assert_eq!(bar(Some(3)), "█░░░░░░░░░   3%", "some progress is never an empty bar");
        assert_eq!(bar(Some(55)), "█████░░░░░  55%");
        assert_eq!(bar(Some(100)), "██████████ 100%");
        assert_eq!(bar(None), "—");
    }
}
