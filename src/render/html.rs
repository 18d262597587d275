//! The plan as one self-contained HTML page (`workplan report --html`): progress per area as an
//! inline SVG chart, the figures, the timeline and every activity with its status. No script,
//! no external file; a print stylesheet lays it out on paper.
//!
//! Markup is written with maud: every value is HTML-escaped unless explicitly marked, and every
//! element is closed by construction, so a title such as `<b>` or `A & B` cannot break the page.

use chrono::{Datelike, NaiveDate};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::activities::schedule_words;
use super::fit::truncate;
use super::summary::part_name;
use super::timeline::status_text;
use crate::i18n::{Label, Lang, Msg};
use crate::model::{Activity, Area, Plan, PlanInfo, Status};
use crate::progress::{Part, Summary, Tally, is_overdue};

/// The page's styles, screen and print.
const CSS: &str = include_str!("report.css");

/// Widths of the SVG chart, in its own units.
const CHART_LABEL: u32 = 330;
const CHART_BAR: u32 = 330;
const CHART_WIDTH: u32 = 800;
const CHART_ROW: u32 = 26;

/// Characters of an area's name in the chart; the full name is in its tooltip.
const CHART_NAME: usize = 44;

pub fn render(plan: &Plan, summary: &Summary<'_>, lang: Lang) -> String {
    let date = lang.date(summary.today);
    let footer = lang.text(Msg::ReportFooter { version: env!("CARGO_PKG_VERSION"), date: &date });
    page(&Page { info: &plan.info, summary, lang, area: None, links: &[], footer: &footer })
}

/// One page of the report: the whole plan, or one area of it for the site's area pages.
pub struct Page<'a> {
    pub info: &'a PlanInfo,
    /// The summary of the areas the page covers: every one, or the one of an area's page.
    pub summary: &'a Summary<'a>,
    pub lang: Lang,
    /// The area a page is about, whose name and objective head it.
    pub area: Option<&'a Area>,
    /// Links to the site's other pages and files, above the report; none for `report --html`.
    pub links: &'a [Link],
    pub footer: &'a str,
}

/// A link of the site's navigation, relative to the page.
pub struct Link {
    pub href: String,
    pub text: String,
    /// The page the link is on, shown but not linked.
    pub current: bool,
}

pub fn page(page: &Page<'_>) -> String {
    let Page { info, summary, lang, area, links, footer } = *page;
    let areas: Vec<&Area> = summary.areas.iter().map(|(area, _)| *area).collect();
    let date = lang.date(summary.today);
    let heading = lang.text(Msg::AsOf { title: &info.title, organisation: &info.organisation, date: &date });
    let title = match area {
        Some(area) => format!("{} {} — {heading}", area.number, area.name),
        None => heading,
    };
    let page = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                @if !links.is_empty() { (navigation(links, lang)) }
                header {
                    h1 { (info.title) }
                    p.meta { (info.organisation) " · " (date) }
                }
                @if let Some(area) = area {
                    section #area {
                        h2 { (area.number) " " (area.name) }
                        p { strong { (lang.label(Label::Objective)) ": " } (area.objective) }
                    }
                }
                section #progress {
                    h2 { (lang.label(Label::ProgressByArea)) }
                    (chart(summary, lang))
                    (area_table(summary, lang))
                }
                section #periods {
                    h2 { (lang.label(Label::ProgressByPeriod)) }
                    (part_table(summary, info.year, lang))
                    p.note { (lang.text(Msg::SummaryNote)) }
                }
                section #timeline {
                    h2 { (lang.label(Label::Timeline)) }
                    (timeline(&areas, info.year, summary.today, lang))
                }
                section #activities {
                    h2 { (lang.label(Label::Activities)) }
                    (activity_table(&areas, info.year, summary.today, lang))
                }
                footer { (footer) }
            }
        }
    };
    let mut text = page.into_string();
    text.push('\n');
    text
}

/// The site's links, the current page among them unlinked.
fn navigation(links: &[Link], lang: Lang) -> Markup {
    html! {
        nav.site aria-label=(lang.label(Label::SiteContents)) {
            ul {
                @for link in links {
                    li {
                        @if link.current {
                            strong aria-current="page" { (link.text) }
                        } @else {
                            a href=(link.href) { (link.text) }
                        }
                    }
                }
            }
        }
    }
}

/// Progress per area: a bar per area against a full-width track, with the percent and how many
/// are overdue.
fn chart(summary: &Summary<'_>, lang: Lang) -> Markup {
    let rows = u32::try_from(summary.areas.len()).unwrap_or(u32::MAX);
    let height = rows.saturating_mul(CHART_ROW) + 8;
    let title = lang.label(Label::ProgressByArea);
    html! {
        svg.chart xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {CHART_WIDTH} {height}"))
            role="img" aria-label=(title) {
            title { (title) }
            @for (index, (area, tally)) in summary.areas.iter().enumerate() {
                @let y = u32::try_from(index).unwrap_or(0) * CHART_ROW + 4;
                @let name = format!("{} {}", area.number, area.name);
                @let percent = tally.percent();
                g {
                    title { (name) ": " (percent_text(percent)) }
                    text.label x=(CHART_LABEL - 10) y=(y + 13) text-anchor="end" { (truncate(&name, CHART_NAME)) }
                    rect.track x=(CHART_LABEL) y=(y) width=(CHART_BAR) height="18" rx="3" {}
                    rect.fill x=(CHART_LABEL) y=(y) width=(CHART_BAR * percent.unwrap_or(0) / 100)
                        height="18" rx="3" {}
                    text.value x=(CHART_LABEL + CHART_BAR + 10) y=(y + 13) {
                        (percent_text(percent))
                        @if tally.overdue > 0 {
                            " · " (lang.text(Msg::OverdueCount { count: tally.overdue as usize }))
                        }
                    }
                }
            }
        }
    }
}

fn percent_text(percent: Option<u32>) -> String {
    percent.map_or_else(|| "—".to_owned(), |p| format!("{p}%"))
}

/// A table of counts, one row per group and a total row.
fn counts_table(first: Label, rows: &[(String, Tally)], total: &Tally, lang: Lang) -> Markup {
    let headers =
        [Label::Total, Label::Done, Label::InProgress, Label::Pending, Label::Overdue, Label::CancelledCount];
    html! {
        table.counts {
            thead {
                tr {
                    th scope="col" { (lang.label(first)) }
                    @for label in headers { th.number scope="col" { (lang.label(label)) } }
                    th scope="col" { (lang.label(Label::Progress)) }
                }
            }
            tbody {
                @for (name, tally) in rows { (counts_row(name, tally, false)) }
            }
            tfoot { (counts_row(&lang.label(Label::Total), total, true)) }
        }
    }
}

fn counts_row(name: &str, tally: &Tally, total: bool) -> Markup {
    let counts = [tally.total, tally.done, tally.in_progress, tally.pending, tally.overdue, tally.cancelled];
    html! {
        tr.total[total] {
            th scope="row" { (name) }
            @for count in counts { td.number { (count) } }
            td.number { (percent_text(tally.percent())) }
        }
    }
}

fn area_table(summary: &Summary<'_>, lang: Lang) -> Markup {
    let rows: Vec<(String, Tally)> = summary
        .areas
        .iter()
        .map(|(area, tally)| (format!("{} {}", area.number, area.name), *tally))
        .collect();
    counts_table(Label::Area, &rows, &summary.total, lang)
}

/// Parts of the year, as in the terminal summary: the two halves always, the others when used.
fn part_table(summary: &Summary<'_>, year: i32, lang: Lang) -> Markup {
    let rows: Vec<(String, Tally)> = summary
        .parts
        .iter()
        .filter(|(part, tally)| matches!(part, Part::FirstHalf | Part::SecondHalf) || tally.total > 0)
        .map(|(part, tally)| (part_name(*part, year, lang), *tally))
        .collect();
    counts_table(Label::Period, &rows, &summary.total, lang)
}

/// The class that colours an activity: `done`, `overdue`, `cancelled` or `planned`.
fn mark(activity: &Activity, year: i32, today: NaiveDate) -> &'static str {
    match activity.status() {
        Status::Done => "done",
        Status::Cancelled => "cancelled",
        _ if is_overdue(activity, year, today) => "overdue",
        _ => "planned",
    }
}

/// The months of the plan year the activity is planned in, first and last (1 to 12).
fn months(activity: &Activity, year: i32) -> Option<(u32, u32)> {
    let range = activity.planned_range(year)?;
    if range.last.year() < year || range.first.year() > year {
        return None;
    }
    let first = if range.first.year() < year { 1 } else { range.first.month() };
    let last = if range.last.year() > year { 12 } else { range.last.month() };
    Some((first, last))
}

/// The timeline as a table: a column per month, a bar across the months of each activity.
fn timeline(areas: &[&Area], year: i32, today: NaiveDate, lang: Lang) -> Markup {
    let today_month = (today.year() == year).then(|| today.month());
    html! {
        table.timeline {
            thead {
                tr {
                    th.num scope="col" { (lang.label(Label::Number)) }
                    th.title scope="col" { (lang.label(Label::Title)) }
                    @for month in 1..=12u32 {
                        th.month.today[today_month == Some(month)] scope="col" { (lang.month_short(month)) }
                    }
                    th.status scope="col" { (lang.label(Label::Status)) }
                }
            }
            @for area in areas {
                tbody {
                    tr.area { th colspan="15" scope="colgroup" { (area.number) " " (area.name) } }
                    @for activity in &area.activities {
                        tr {
                            td.num { (activity.number_text()) }
                            td.title { (activity.title) }
                            (timeline_cells(activity, year, today, lang))
                            td.status.(mark(activity, year, today)) { (status_text(activity, year, today, lang)) }
                        }
                    }
                }
            }
        }
    }
}

/// The twelve month cells of one activity: empty ones around its bar, or one note across all
/// twelve when it has no period within the plan year.
fn timeline_cells(activity: &Activity, year: i32, today: NaiveDate, lang: Lang) -> Markup {
    let words = schedule_words(activity, lang);
    let Some((first, last)) = months(activity, year) else {
        let arrow = match activity.planned_range(year) {
            Some(range) if range.last.year() < year => "« ",
            Some(_) => "» ",
            None => "",
        };
        return html! { td.outside colspan="12" { (arrow) (words) } };
    };
    let share = share_style(activity);
    html! {
        @if first > 1 { td colspan=(first - 1) {} }
        td.bar.(mark(activity, year, today)) colspan=(last - first + 1) style=[share] title=(words) { (words) }
        @if last < 12 { td colspan=(12 - last) {} }
    }
}

/// For a counted activity under way, how much of its bar shows as done.
fn share_style(activity: &Activity) -> Option<String> {
    let (done, planned) = (activity.times_done(), activity.times_planned());
    let under_way = activity.status() == Status::InProgress;
    under_way.then(|| format!("--done: {}%", done * 100 / planned.max(1)))
}

fn activity_table(areas: &[&Area], year: i32, today: NaiveDate, lang: Lang) -> Markup {
    let headers = [Label::Number, Label::Title, Label::Schedule, Label::Place, Label::Status, Label::Record];
    html! {
        table.activities {
            thead { tr { @for label in headers { th scope="col" { (lang.label(label)) } } } }
            @for area in areas {
                tbody {
                    tr.area { th colspan="6" scope="colgroup" { (area.number) " " (area.name) } }
                    @for activity in &area.activities { (activity_row(area, activity, year, today, lang)) }
                }
            }
        }
    }
}

fn activity_row(area: &Area, activity: &Activity, year: i32, today: NaiveDate, lang: Lang) -> Markup {
    let number = activity.number_text();
    html! {
        tr.activity id=(format!("activity-{number}")) data-area=(area.number.to_string()) {
            td.num { (number) }
            td { (activity.title) }
            td { (schedule_words(activity, lang)) }
            td { (activity.place.as_deref().unwrap_or("—")) }
            td.status.(mark(activity, year, today)) { (status_text(activity, year, today, lang)) }
            td {
                @if !activity.done.is_empty() {
                    ul {
                        @for record in &activity.done {
                            li {
                                (lang.date(record.on))
                                @if let Some(note) = &record.note { " — " (note) }
                            }
                        }
                    }
                }
                @if let Some(cancelled) = &activity.cancelled {
                    p.cancelled {
                        (lang.label(Label::Cancelled)) ": " (lang.date(cancelled.on)) " — " (cancelled.reason)
                    }
                }
            }
        }
    }
}
