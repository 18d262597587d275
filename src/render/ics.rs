//! The plan as an iCalendar file (RFC 5545, `workplan calendar`), for calendar apps.
//!
//! Every activity with a planned period is an all-day event over that period (`DTEND` is the
//! day after the last, as the RFC wants); a recurring one (`every`) is one occurrence per
//! period with a `COUNT`. Unscheduled activities have no day to be shown on and are left out.
//! UIDs come from the organisation, the plan year and the activity number, so that importing a
//! newer file, or a subscribed calendar fetching it again (daily, as the file asks), updates the
//! events instead of duplicating them. The output depends only on the
//! plan and "today" (which gives `DTSTAMP`), so it is reproducible.

use chrono::{Datelike, Months, NaiveDate};

use super::activities::schedule_words;
use super::timeline::status_text;
use crate::i18n::{Label, Lang, Msg};
use crate::model::{Activity, Area, Plan, Status};
use crate::schedule::{DateRange, Frequency};
use crate::text::{is_hidden, visible};

/// The longest a content line may be, in octets, without its CRLF.
const LINE_OCTETS: usize = 75;

/// An iCalendar file and what went into it.
pub struct Calendar {
    pub text: String,
    pub events: usize,
    /// Numbers of the activities left out for having no date.
    pub left_out: Vec<String>,
}

pub fn render(plan: &Plan, today: NaiveDate, lang: Lang) -> Calendar {
    let info = &plan.info;
    let name = format!("{} — {}", info.title, info.organisation);
    let mut out = Lines::default();
    out.raw("BEGIN:VCALENDAR");
    out.raw("VERSION:2.0");
    out.raw(&format!("PRODID:-//workplan//workplan//{}", lang.code().to_uppercase()));
    out.raw("CALSCALE:GREGORIAN");
    out.raw("METHOD:PUBLISH");
    // How often a subscribed calendar should fetch the file again (RFC 7986, and Outlook's name).
    out.raw("REFRESH-INTERVAL;VALUE=DURATION:P1D");
    out.raw("X-PUBLISHED-TTL:P1D");
    out.text("NAME", &name);
    out.text("X-WR-CALNAME", &name);
    let (mut events, mut left_out) = (0, Vec::new());
    for (area, activity) in plan.activities() {
        match activity.planned_range(info.year) {
            Some(range) => {
                event(&mut out, &Event { plan, area, activity, range, today, lang });
                events += 1;
            }
            None => left_out.push(activity.number_text()),
        }
    }
    out.raw("END:VCALENDAR");
    Calendar { text: out.text, events, left_out }
}

/// What one VEVENT is made from.
struct Event<'p> {
    plan: &'p Plan,
    area: &'p Area,
    activity: &'p Activity,
    range: DateRange,
    today: NaiveDate,
    lang: Lang,
}

fn event(out: &mut Lines, event: &Event<'_>) {
    let Event { plan, area, activity, range, today, lang } = *event;
    out.raw("BEGIN:VEVENT");
    out.raw(&format!("UID:{}", uid(&plan.info.organisation, plan.info.year, &activity.number_text())));
    out.raw(&format!("DTSTAMP:{}T000000Z", today.format("%Y%m%d")));
    let (end, rule) = match activity.every {
        Some(every) => {
            let step = months_per(every);
            let count = activity.target.unwrap_or_else(|| periods_in(range, step));
            (range.first.checked_add_months(Months::new(step)), Some(rrule(step, count)))
        }
        None => (range.last.succ_opt(), None),
    };
    out.raw(&format!("DTSTART;VALUE=DATE:{}", range.first.format("%Y%m%d")));
    out.raw(&format!("DTEND;VALUE=DATE:{}", end.unwrap_or(range.last).format("%Y%m%d")));
    if let Some(rule) = rule {
        out.raw(&rule);
    }
    out.text("SUMMARY", &format!("{} {}", activity.number_text(), activity.title));
    out.text("DESCRIPTION", &description(area, activity, plan.info.year, today, lang));
    if let Some(place) = &activity.place {
        out.text("LOCATION", place);
    }
    out.text("CATEGORIES", &area.name);
    let status = if activity.status() == Status::Cancelled { "CANCELLED" } else { "CONFIRMED" };
    out.raw(&format!("STATUS:{status}"));
    // A semester-long span is not a busy semester.
    out.raw("TRANSP:TRANSPARENT");
    out.raw("END:VEVENT");
}

/// A stable, unique id: `red-gealc-2022-3.1.2@workplan`.
pub fn uid(organisation: &str, year: i32, number: &str) -> String {
    let mut slug = String::new();
    for c in crate::text::fold(organisation).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "plan" } else { slug };
    format!("{slug}-{year}-{number}@workplan")
}

fn months_per(every: Frequency) -> u32 {
    match every {
        Frequency::Month => 1,
        Frequency::Quarter => 3,
        Frequency::Semester => 6,
    }
}

/// How many periods of `step` months fit in the range, at least one.
fn periods_in(range: DateRange, step: u32) -> u32 {
    let month_index = |day: NaiveDate| day.year() * 12 + day.month0() as i32;
    let months = month_index(range.last) - month_index(range.first) + 1;
    (u32::try_from(months).unwrap_or(1) / step).max(1)
}

fn rrule(step: u32, count: u32) -> String {
    format!("RRULE:FREQ=MONTHLY;INTERVAL={step};COUNT={count}")
}

/// The activity's details, one per line, in the reader's language.
fn description(area: &Area, activity: &Activity, year: i32, today: NaiveDate, lang: Lang) -> String {
    let label = |l: Label| lang.label(l);
    let mut lines = vec![
        format!("{}: {} {}", label(Label::Area), area.number, area.name),
        format!("{}: {}", label(Label::Schedule), schedule_words(activity, lang)),
        format!("{}: {}", label(Label::Status), status_text(activity, year, today, lang)),
    ];
    // A counted activity with no date yet is an event across the plan year: say what that means,
    // lest "To be defined" on a year-long event read as a mistake.
    if activity.schedule.and_then(|schedule| schedule.period()).is_none() {
        lines.insert(2, lang.text(Msg::UndatedEvent { year }));
    }
    if let Some(resources) = &activity.resources {
        lines.push(format!("{}: {resources}", label(Label::Resources)));
    }
    for record in &activity.done {
        let note = record.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default();
        lines.push(format!("{}: {}{note}", label(Label::Record), lang.date(record.on)));
    }
    if let Some(cancelled) = &activity.cancelled {
        lines.push(format!(
            "{}: {} — {}",
            label(Label::Cancelled),
            lang.date(cancelled.on),
            cancelled.reason
        ));
    }
    lines.join("\n")
}

/// Content lines, each folded and ended with CRLF.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    /// A line written as is: its value has nothing to escape.
    fn raw(&mut self, line: &str) {
        self.text.push_str(&fold_line(line));
        self.text.push_str("\r\n");
    }

    /// A property with a TEXT value, escaped.
    fn text(&mut self, name: &str, value: &str) {
        self.raw(&format!("{name}:{}", escape(value)));
    }
}

/// A TEXT value as RFC 5545 §3.3.11 wants it: `\`, `;` and `,` escaped, newlines as `\n`. The
/// other control characters, which the RFC forbids, and bidi controls are shown as
/// [`visible`] shows them; a carriage return before a newline is dropped.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\t' => out.push(c),
            // What `visible` gives is itself escaped (its `\u{85}` has a backslash).
            c if is_hidden(c) => out.push_str(&escape(&visible(c.encode_utf8(&mut [0; 4])))),
            _ => out.push(c),
        }
    }
    out
}

/// A line folded into lines of at most 75 octets (RFC 5545 §3.1), never inside a UTF-8
/// character; each continuation starts with a space, which counts towards its 75.
fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_values() {
        assert_eq!(
            escape("Lima, Perú; sede\\norte\r\nsegunda línea"),
            "Lima\\, Perú\\; sede\\\\norte\\nsegunda línea"
        );
    }

    #[test]
    fn no_control_character_reaches_a_text_value() {
        let escaped = escape("a\u{1b}]0;x\u{7}\tb\rc\u{0}\u{85}\u{202e}");
        assert_eq!(escaped, "a␛]0\\;x␇\tb␍c␀\\\\u{85}\\\\u{202E}");
        assert!(!escaped.chars().any(|c| c.is_control() && c != '\t'), "{escaped:?}");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "Reunión ".repeat(30));
        let folded = fold_line(&line);
        for physical in folded.split("\r\n") {
            assert!(physical.len() <= LINE_OCTETS, "{} octets: {physical}", physical.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), line, "unfolding gives the line back");
        let short = "UID:x@workplan";
        assert_eq!(fold_line(short), short);
    }

    #[test]
    fn uids_are_stable_and_plain() {
        assert_eq!(uid("Red GEALC", 2022, "3.1.2"), "red-gealc-2022-3.1.2@workplan");
        assert_eq!(
            uid("Agencia de Gobierno Electrónico (AGESIC)", 2023, "1.2"),
            "agencia-de-gobierno-electronico-agesic-2023-1.2@workplan"
        );
        assert_eq!(uid("", 2022, "1.1"), "plan-2022-1.1@workplan");
    }

    #[test]
    fn recurring_periods_count_what_fits() {
        let range = crate::schedule::Period::Year(2022).range();
        assert_eq!(periods_in(range, 3), 4);
        assert_eq!(periods_in(range, 1), 12);
        assert_eq!(periods_in(crate::schedule::Period::Semester { year: 2022, semester: 2 }.range(), 3), 2);
        assert_eq!(periods_in(crate::schedule::Period::Day(range.first).range(), 3), 1);
        assert_eq!(rrule(3, 4), "RRULE:FREQ=MONTHLY;INTERVAL=3;COUNT=4");
    }
}
