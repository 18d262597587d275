//! The activities laid out over the plan year (`workplan timeline`): a Gantt-like chart for a
//! terminal, one character per half month, which reads without colour too.

use anstyle::{AnsiColor, Style as Ansi};
use chrono::{Datelike, NaiveDate};

use super::Style;
use super::fit::{columns, flow, pad, truncate, width, wrap};
use crate::i18n::{Label, Lang, Msg};
use crate::model::{Activity, Plan, Status};
use crate::progress::is_overdue;
use crate::schedule::DateRange;
use crate::text::visible;

/// Half months in a year: a cell for the 1st to the 15th, one for the 16th to the end.
const CELLS: usize = 24;

/// Narrowest title column, however narrow the width: the chart fits 60 columns with the
/// longest English and Spanish statuses.
const MIN_TITLE: usize = 8;

/// What one cell of a bar says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Done,
    Planned,
    Overdue,
    Cancelled,
    /// The period ends before the plan year.
    Earlier,
    /// The period starts after the plan year.
    Later,
}

impl Mark {
    fn glyph(self) -> char {
        match self {
            Mark::Done => '█',
            Mark::Planned => '░',
            Mark::Overdue => '!',
            Mark::Cancelled => '×',
            Mark::Earlier => '«',
            Mark::Later => '»',
        }
    }

    fn color(self) -> Option<AnsiColor> {
        match self {
            Mark::Done => Some(AnsiColor::Green),
            Mark::Overdue => Some(AnsiColor::Red),
            Mark::Cancelled => Some(AnsiColor::BrightBlack),
            Mark::Planned | Mark::Earlier | Mark::Later => Some(AnsiColor::Blue),
        }
    }
}

/// The lines that frame the chart: box drawing only where colour is welcome, as in tables.
struct Rules {
    edge: char,
    today: char,
}

impl Rules {
    fn for_style(style: Style) -> Self {
        if style.terminal && style.color {
            Rules { edge: '│', today: '┊' }
        } else {
            Rules { edge: '|', today: ':' }
        }
    }
}

/// A whole chart's fixed parts, worked out once.
struct Layout {
    lang: Lang,
    year: i32,
    color: bool,
    rules: Rules,
    /// The cell of today, when today falls within the plan year.
    today: Option<usize>,
    number: usize,
    title: usize,
}

/// The cell a day falls in, for a day within the plan year.
fn cell(day: NaiveDate) -> usize {
    (day.month0() as usize) * 2 + usize::from(day.day() > 15)
}

pub fn render(plan: &Plan, today: NaiveDate, lang: Lang, style: Style) -> String {
    let year = plan.info.year;
    let widest = |widths: &mut dyn Iterator<Item = usize>, header: Label| {
        widths.max().unwrap_or(0).max(width(&lang.label(header)))
    };
    let number = widest(&mut plan.activities().map(|(_, a)| width(&a.number_text())), Label::Number);
    let status =
        widest(&mut plan.activities().map(|(_, a)| width(&status_text(a, year, today, lang))), Label::Status);
    let total = columns(style);
    // " number  title chart status": the chart is its cells, two edges and the middle rule.
    let fixed = 1 + number + 2 + 1 + (CELLS + 3) + 1 + status;
    let longest = plan.activities().map(|(_, a)| width(&visible(&a.title))).max().unwrap_or(0);
    let layout = Layout {
        lang,
        year,
        color: style.color,
        rules: Rules::for_style(style),
        today: (today.year() == year).then(|| cell(today)),
        number,
        title: longest.min(total.saturating_sub(fixed)).max(MIN_TITLE),
    };
    let date = lang.date(today);
    let heading =
        lang.text(Msg::AsOf { title: &plan.info.title, organisation: &plan.info.organisation, date: &date });
    let heading = visible(&heading);
    let mut out = format!("{}\n\n", wrap(&format!("{}: {heading}", lang.label(Label::Timeline)), total));
    out.push_str(&layout.quarter_row());
    out.push_str(&layout.header_row());
    for area in &plan.areas {
        out.push_str(&layout.area_row(&format!("{} {}", area.number, visible(&area.name))));
        for activity in &area.activities {
            let status = status_text(activity, year, today, lang);
            out.push_str(&layout.activity_row(activity, &status, today));
        }
    }
    out.push('\n');
    out.push_str(&flow(&layout.legend(&date), total));
    out.push('\n');
    out
}

/// The status as the chart's last column says it: "overdue 1/4", "done", "pending".
pub fn status_text(activity: &Activity, year: i32, today: NaiveDate, lang: Lang) -> String {
    let word = if is_overdue(activity, year, today) {
        lang.label(Label::OverdueStatus)
    } else {
        lang.describe(&activity.status())
    };
    if activity.is_counted() && activity.status() != Status::Cancelled {
        format!("{word} {}/{}", activity.times_done(), activity.times_planned())
    } else {
        word.to_owned()
    }
}

impl Layout {
    /// Text in a colour, when colour is on.
    fn paint(&self, text: &str, style: Ansi) -> String {
        if self.color { format!("{style}{text}{style:#}") } else { text.to_owned() }
    }

    /// The space before the chart, for rows that only label the chart's columns.
    fn lead(&self) -> String {
        " ".repeat(1 + self.number + 2 + self.title + 1)
    }

    /// The chart's cells between its edges, with the middle rule between the two halves.
    fn chart(&self, cells: &[(char, Option<AnsiColor>)]) -> String {
        let edge = self.rules.edge;
        let mut out = String::from(edge);
        for (index, (glyph, color)) in cells.iter().enumerate() {
            if index == CELLS / 2 {
                out.push(edge);
            }
            let text = glyph.to_string();
            match color {
                Some(color) => out.push_str(&self.paint(&text, color.on_default())),
                None => out.push_str(&text),
            }
        }
        out.push(edge);
        out
    }

    /// Empty cells, with today's marked.
    fn empty_cells(&self) -> Vec<(char, Option<AnsiColor>)> {
        let mut cells = vec![(' ', None); CELLS];
        if let Some(today) = self.today {
            cells[today] = (self.rules.today, Some(AnsiColor::Yellow));
        }
        cells
    }

    /// Quarter labels above their first month: "Q1", "T1".
    fn quarter_row(&self) -> String {
        let mut cells = vec![(' ', None); CELLS];
        for quarter in 0..4 {
            for (offset, c) in self.lang.quarter_short(quarter + 1).chars().enumerate() {
                cells[quarter as usize * 6 + offset] = (c, None);
            }
        }
        format!("{}{}\n", self.lead(), self.chart(&cells).trim_end())
    }

    /// Column titles, and the months' initials under the chart.
    fn header_row(&self) -> String {
        let mut cells = vec![(' ', None); CELLS];
        for month in 0..12 {
            let initial = self.lang.month_initial(month as u32 + 1).chars().next().unwrap_or(' ');
            cells[month * 2] = (initial, None);
        }
        let label = |l: Label| self.lang.label(l);
        let line = format!(
            " {}  {} {} {}",
            pad(&label(Label::Number), self.number),
            pad(&label(Label::Title), self.title),
            self.chart(&cells),
            label(Label::Status)
        );
        format!("{}\n", line.trim_end())
    }

    fn area_row(&self, name: &str) -> String {
        let name = pad(name, self.number + 2 + self.title);
        let name = self.paint(&name, Ansi::new().bold());
        format!(" {name} {}\n", self.chart(&self.empty_cells()))
    }

    fn activity_row(&self, activity: &Activity, status: &str, today: NaiveDate) -> String {
        let chart = match activity.planned_range(self.year) {
            Some(range) => self.chart(&self.bar(activity, range, today)),
            None => self.unscheduled(activity),
        };
        let color = match (is_overdue(activity, self.year, today), activity.status()) {
            (true, _) => Mark::Overdue.color(),
            (false, Status::Done) => Mark::Done.color(),
            (false, Status::Cancelled) => Mark::Cancelled.color(),
            _ => None,
        };
        let status = match color {
            Some(color) => self.paint(status, color.on_default()),
            None => status.to_owned(),
        };
        let line = format!(
            " {}  {} {} {status}",
            pad(&activity.number_text(), self.number),
            pad(&visible(&activity.title), self.title),
            chart
        );
        format!("{}\n", line.trim_end())
    }

    /// The planned period as a bar: done share first, then what is left, planned or late.
    fn bar(&self, activity: &Activity, range: DateRange, today: NaiveDate) -> Vec<(char, Option<AnsiColor>)> {
        let mut cells = self.empty_cells();
        let (first, last) = (range.first.year(), range.last.year());
        if last < self.year || first > self.year {
            let (index, mark) = if last < self.year { (0, Mark::Earlier) } else { (CELLS - 1, Mark::Later) };
            cells[index] = (mark.glyph(), mark.color());
            return cells;
        }
        let start = if first < self.year { 0 } else { cell(range.first) };
        let end = if last > self.year { CELLS - 1 } else { cell(range.last) };
        let len = end - start + 1;
        let rest = match activity.status() {
            Status::Cancelled => Mark::Cancelled,
            Status::Done => Mark::Done,
            _ if is_overdue(activity, self.year, today) => Mark::Overdue,
            _ => Mark::Planned,
        };
        let done_cells = done_cells(activity, len);
        for (offset, slot) in cells[start..=end].iter_mut().enumerate() {
            let mark = if offset < done_cells && rest != Mark::Cancelled { Mark::Done } else { rest };
            *slot = (mark.glyph(), mark.color());
        }
        cells
    }

    /// An activity with no period: its schedule in words across the chart, rule included.
    fn unscheduled(&self, activity: &Activity) -> String {
        let words = format!(
            " {}",
            self.lang.say(&crate::schedule::in_words(activity.schedule, activity.every, activity.target))
        );
        let text = pad(&truncate(&words, CELLS + 1), CELLS + 1);
        let edge = self.rules.edge;
        format!("{edge}{}{edge}", self.paint(&text, AnsiColor::BrightBlack.on_default()))
    }

    fn legend(&self, date: &str) -> Vec<String> {
        let status = |s: Status| self.lang.describe(&s);
        let label = |l: Label| self.lang.label(l);
        [
            (Mark::Done.glyph(), status(Status::Done).to_owned()),
            (Mark::Planned.glyph(), label(Label::Planned).to_owned()),
            (Mark::Overdue.glyph(), label(Label::OverdueStatus).to_owned()),
            (Mark::Cancelled.glyph(), status(Status::Cancelled).to_owned()),
            (self.rules.today, format!("{} ({date})", label(Label::Today))),
            (Mark::Earlier.glyph(), label(Label::Earlier).to_owned()),
            (Mark::Later.glyph(), label(Label::Later).to_owned()),
        ]
        .iter()
        .map(|(glyph, word)| format!("{glyph} {word}"))
        .collect()
    }
}

/// How many of a bar's `len` cells show as done: all for a done activity, none for a pending
/// one, and for a counted one in progress its share, at least one cell and never all.
fn done_cells(activity: &Activity, len: usize) -> usize {
    let (done, planned) = (activity.times_done() as usize, activity.times_planned().max(1) as usize);
    if done >= planned {
        return len;
    }
    if done == 0 {
        return 0;
    }
    let share = (len * done + planned / 2) / planned;
    share.clamp(1, len.saturating_sub(1).max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("test date")
    }

    #[test]
    fn a_cell_is_half_a_month() {
        assert_eq!(cell(day("2022-01-01")), 0);
        assert_eq!(cell(day("2022-01-15")), 0);
        assert_eq!(cell(day("2022-01-16")), 1);
        assert_eq!(cell(day("2022-07-15")), 12);
        assert_eq!(cell(day("2022-12-31")), 23);
    }

    #[test]
    fn counted_activities_show_their_share_done() {
        let record = crate::model::Record { on: day("2022-03-01"), note: None, span: 0..0 };
        let mut activity = Activity { target: Some(4), ..Activity::default() };
        assert_eq!(done_cells(&activity, 24), 0);
        activity.done = vec![record.clone()];
        assert_eq!(done_cells(&activity, 24), 6);
        assert_eq!(done_cells(&activity, 2), 1, "at least one cell");
        activity.done = vec![record.clone(); 3];
        assert_eq!(done_cells(&activity, 2), 1, "never all before it is done");
        activity.done = vec![record; 4];
        assert_eq!(done_cells(&activity, 2), 2);
    }
}
