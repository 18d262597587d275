//! Areas and activities from the outline's text: date phrases read, counts taken from titles,
//! and every line that could not be placed kept as a comment.

use std::collections::HashSet;

use crate::i18n::{Lang, Msg};
use crate::model::{Activity, Area, Cancellation, Record};
use crate::render::toml::{ActivityComments, AreaComments};
use crate::schedule::Schedule;
use crate::source::FileId;

use super::escape::unescape;
use super::outline::{Field, RawActivity, RawArea, RawField, Text};
use super::{Doubt, DoubtKind, Unit, counts, dates, leading_number};

/// The areas of a plan with their comments and doubts.
pub struct Areas {
    pub areas: Vec<Area>,
    pub comments: Vec<AreaComments>,
    pub doubts: Vec<Doubt>,
}

/// Reads every area; `year` completes date phrases without one.
pub fn areas(raw: &[RawArea], year: i32, lang: Lang, unit: Unit) -> Areas {
    let mut reader = Reader { year, lang, unit, doubts: Vec::new(), seen: HashSet::new() };
    let mut areas = Vec::new();
    let mut comments = Vec::new();
    for (index, raw) in raw.iter().enumerate() {
        let (area, area_comments) = reader.area(raw, FileId(index + 1));
        areas.push(area);
        comments.push(area_comments);
    }
    Areas { areas, comments, doubts: reader.doubts }
}

/// A comment keeping a line of the document verbatim, with where it was.
pub fn kept_comment(text: &Text, lang: Lang, unit: Unit) -> String {
    lang.text(Msg::KeptComment { unit: &unit_word(unit, lang), at: text.at, text: &text.text })
}

fn unit_word(unit: Unit, lang: Lang) -> String {
    let label = match unit {
        Unit::Line => crate::i18n::Label::Line,
        Unit::Paragraph => crate::i18n::Label::Paragraph,
        Unit::Row => crate::i18n::Label::Row,
    };
    lang.label(label)
}

struct Reader {
    year: i32,
    lang: Lang,
    unit: Unit,
    doubts: Vec<Doubt>,
    /// Every area and activity number seen so far, to tell repeats.
    seen: HashSet<String>,
}

impl Reader {
    fn doubt(&mut self, at: usize, activity: Option<&RawActivity>, kind: DoubtKind) {
        let activity = activity.map(|a| a.number.to_string());
        self.doubts.push(Doubt { at, activity, kind });
    }

    fn keep(&mut self, text: &Text, comments: &mut Vec<String>, activity: Option<&RawActivity>) {
        comments.push(kept_comment(text, self.lang, self.unit));
        self.doubt(text.at, activity, DoubtKind::Kept { text: text.text.clone() });
    }

    fn repeated(&mut self, number: String, at: usize, activity: Option<&RawActivity>) {
        if !self.seen.insert(number.clone()) {
            self.doubt(at, activity, DoubtKind::RepeatedNumber { number });
        }
    }

    fn area(&mut self, raw: &RawArea, file: FileId) -> (Area, AreaComments) {
        self.repeated(raw.number.to_string(), raw.at, None);
        if raw.activities.is_empty() {
            self.doubt(raw.at, None, DoubtKind::AreaWithoutActivities { number: raw.number.to_string() });
        }
        let mut comments = AreaComments::default();
        for text in &raw.kept {
            self.keep(text, &mut comments.after_objective, None);
        }
        let mut activities = Vec::new();
        for activity in &raw.activities {
            let (activity, activity_comments) = self.activity(raw, activity);
            activities.push(activity);
            comments.activities.push(activity_comments);
        }
        // Activities of a table without any area go to one named after them, for a person to name.
        let name = if raw.made { self.lang.label(crate::i18n::Label::Activities) } else { raw.name.clone() };
        let area = Area {
            number: raw.number.clone(),
            name: unescape(&name),
            objective: raw.objective.as_ref().map(|o| unescape(&o.text)).unwrap_or_default(),
            activities,
            file,
            spans: Default::default(),
        };
        (area, comments)
    }

    fn activity(&mut self, area: &RawArea, raw: &RawActivity) -> (Activity, ActivityComments) {
        self.repeated(raw.number.to_string(), raw.at, Some(raw));
        if !raw.number.starts_with(&area.number) {
            self.doubt(raw.at, Some(raw), DoubtKind::OutsideItsArea { area: area.number.to_string() });
        }
        let title = unescape(&raw.title);
        if leading_number(&title).is_some() {
            self.doubt(raw.at, Some(raw), DoubtKind::NumberInTitle { title: title.clone() });
        }
        let mut activity = Activity { number: Some(raw.number.clone()), title, ..Activity::default() };
        let mut comments = ActivityComments::default();
        let mut stated_count = None;
        let mut taken: HashSet<Field> = HashSet::new();
        for field in &raw.fields {
            let whole = Text { at: field.at, text: format!("{}: {}", field.label, field.value) };
            let repeats = matches!(
                field.field,
                Field::Place | Field::Schedule | Field::Resources | Field::Cancelled | Field::Target
            ) && !taken.insert(field.field);
            if repeats {
                comments.end.push(kept_comment(&whole, self.lang, self.unit));
                self.doubt(field.at, Some(raw), DoubtKind::RepeatedField { text: whole.text.clone() });
                continue;
            }
            if !self.field(&mut activity, &mut stated_count, raw, field) {
                self.keep(&whole, &mut comments.end, Some(raw));
            }
        }
        if !taken.iter().any(|f| matches!(f, Field::Place | Field::Schedule | Field::Resources)) {
            self.doubt(raw.at, Some(raw), DoubtKind::NoFields);
        }
        comments.target = self.target(&mut activity, stated_count, raw);
        for text in &raw.kept {
            self.keep(text, &mut comments.end, Some(raw));
        }
        comments.end.extend(raw.columns.iter().map(|text| kept_comment(text, self.lang, self.unit)));
        (activity, comments)
    }

    /// Puts a field's value into the activity; false when the value could not be read.
    fn field(
        &mut self,
        activity: &mut Activity,
        stated_count: &mut Option<u32>,
        raw: &RawActivity,
        field: &RawField,
    ) -> bool {
        match field.field {
            Field::Place => activity.place = Some(unescape(&field.value).into()),
            Field::Resources => activity.resources = Some(unescape(&field.value).into()),
            Field::Status => {}
            Field::Schedule => {
                let Some(when) = dates::when(&field.value, self.year) else {
                    self.doubt(field.at, Some(raw), DoubtKind::ScheduleNotRead { text: field.value.clone() });
                    return false;
                };
                self.check_year(when, field, raw);
                activity.schedule = Some(when.schedule);
                activity.every = when.every;
                *stated_count = when.target;
            }
            Field::Done => match dated_note(&field.value) {
                Some((on, note)) => activity.done.push(Record { on, note, span: 0..0 }),
                None => return false,
            },
            Field::Cancelled => match dated_note(&field.value) {
                Some((on, reason)) => {
                    activity.cancelled = Some(Cancellation { on, reason: reason.unwrap_or_default() });
                }
                None => return false,
            },
            Field::Target => match counts::words(&field.value).as_slice() {
                [count] => match counts::number(count) {
                    Some(count) => *stated_count = Some(count),
                    None => return false,
                },
                _ => return false,
            },
            Field::Objective => return false,
        }
        true
    }

    fn check_year(&mut self, when: dates::When, field: &RawField, raw: &RawActivity) {
        let text = field.value.clone();
        if when.year_assumed {
            self.doubt(field.at, Some(raw), DoubtKind::YearAssumed { text, year: self.year });
        } else if let Schedule::Dated(period) = when.schedule
            && period.year() != self.year
        {
            self.doubt(field.at, Some(raw), DoubtKind::OutsidePlanYear { text });
        }
    }

    /// The target: the count the date phrase states, else the one the title states. Returns the
    /// comment to write after it when the title's counts were added up.
    fn target(&mut self, activity: &mut Activity, stated: Option<u32>, raw: &RawActivity) -> Option<String> {
        let in_title = counts::in_title(&activity.title);
        if let Some(stated) = stated {
            activity.target = Some(stated);
            if let Some(count) = in_title.filter(|c| c.total() > 1 && c.total() != stated) {
                let kind = DoubtKind::CountsDisagree { title: count.total(), schedule: stated };
                self.doubt(raw.at, Some(raw), kind);
            }
            return None;
        }
        let count = in_title.filter(|count| count.total() > 1)?;
        activity.target = Some(count.total());
        if !count.is_sum() {
            return None;
        }
        let words = count.words.join(" + ");
        self.doubt(
            raw.at,
            Some(raw),
            DoubtKind::CountAdded { words: count.words.clone(), total: count.total() },
        );
        Some(self.lang.text(Msg::CountComment { words: &words }))
    }
}

/// "10 de marzo de 2022 — nota": a date and an optional note, as `export --with-status`
/// writes records and cancellations.
fn dated_note(text: &str) -> Option<(chrono::NaiveDate, Option<String>)> {
    let (date, note) = [" — ", " – ", " - "]
        .iter()
        .find_map(|dash| text.split_once(dash))
        .map_or((text, None), |(date, note)| (date, Some(note.trim())));
    Some((dates::day(date)?, note.filter(|n| !n.is_empty()).map(unescape)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_with_and_without_notes() {
        let (on, note) = dated_note("10 de marzo de 2022 — Con 120 participantes — récord").expect("read");
        assert_eq!(on.to_string(), "2022-03-10");
        assert_eq!(note.as_deref(), Some("Con 120 participantes — récord"));
        assert_eq!(dated_note("March 10, 2022").map(|(_, note)| note), Some(None));
        assert_eq!(dated_note("pronto — nota"), None);
    }
}
