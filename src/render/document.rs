//! The plan as a document for the assembly, in the structure of the approved one: title block,
//! "1) Antecedentes", "2) Finalidad", "3) Áreas de trabajo", then each numbered area and activity
//! with Objetivo, Lugar, Fecha and Recursos, dates in words.
//!
//! What is written here, `import` reads back into the same plan: the text states every value the
//! document's own structure does not (the organisation, the year, a target the title does not
//! give), in the labelled form the importer knows.

use crate::i18n::{Label, Lang, Message, Msg};
use crate::import::counts;
use crate::import::escape::{escape, escape_line, escape_paragraph};
use crate::model::{Activity, Area, Plan, PlanInfo};
use crate::render::activities::status_words;
use crate::render::markdown;
use crate::schedule::{Frequency, Period, Schedule};

/// The kinds of document written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentFormat {
    Markdown,
    Text,
    /// A Word document: the text document with heading styles ([`super::office::docx`]).
    Docx,
    /// A spreadsheet, one row per activity ([`super::office::xlsx`]).
    Xlsx,
}

/// What to write.
#[derive(Clone, Copy, Debug)]
pub struct DocumentOptions {
    pub format: DocumentFormat,
    /// The language of the document's fixed words ("Objetivo", "Fecha"); the plan's own text is
    /// written as it is.
    pub lang: Lang,
    /// Add each activity's status, records and cancellation.
    pub with_status: bool,
}

/// The whole plan as a document.
pub fn document(plan: &Plan, options: DocumentOptions) -> String {
    let writer = Writer { options, year: plan.info.year };
    let mut blocks = writer.front(&plan.info);
    blocks.extend(writer.sections(&plan.info));
    for area in &plan.areas {
        blocks.extend(writer.area(area));
    }
    let mut text = blocks.join("\n\n");
    text.push('\n');
    text
}

/// The document without its activities, one line each: front, sections, and each area's heading
/// and objective. A spreadsheet holds the activities as rows, and this as its first sheet.
pub fn outline_lines(plan: &Plan, options: DocumentOptions) -> Vec<String> {
    let writer = Writer { options, year: plan.info.year };
    let mut blocks = writer.front(&plan.info);
    blocks.extend(writer.sections(&plan.info));
    for area in &plan.areas {
        blocks.extend(writer.area_heading(area));
    }
    blocks
        .iter()
        .flat_map(|block| block.lines())
        .filter(|line| !line.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

struct Writer {
    options: DocumentOptions,
    year: i32,
}

impl Writer {
    fn lang(&self) -> Lang {
        self.options.lang
    }

    fn markdown(&self) -> bool {
        self.options.format == DocumentFormat::Markdown
    }

    /// Text as the format needs it: escaped for Markdown, as is for plain text.
    fn text(&self, text: &str) -> String {
        if self.markdown() { markdown::inline(text) } else { text.to_owned() }
    }

    fn heading(&self, level: usize, text: &str) -> String {
        if self.markdown() { format!("{} {}", "#".repeat(level), self.text(text)) } else { text.to_owned() }
    }

    /// A paragraph of running text: in Markdown, escaped so that it does not start a list.
    fn paragraph(&self, text: &str) -> String {
        if self.markdown() { escape_paragraph_start(&markdown::block(text)) } else { text.to_owned() }
    }

    /// "Lugar: Virtual." as a line, or as a Markdown list item with the label in bold.
    fn labelled(&self, label: &str, value: &str) -> String {
        if self.markdown() {
            format!("- **{label}:** {}", self.text(value))
        } else {
            format!("{label}: {value}")
        }
    }

    /// Title, approving body and date; the organisation and year when neither says them.
    fn front(&self, info: &PlanInfo) -> Vec<String> {
        let lang = self.lang();
        let mut blocks = vec![self.heading(1, &escape_line(&info.title))];
        let mut lines = Vec::new();
        if let Some(approval) = &info.approval {
            lines.push(self.text(&escape_line(&approval.by)));
            lines.push(lang.date(approval.on));
        }
        if !organisation_is_named(info) {
            lines.push(format!(
                "{}: {}",
                lang.label(Label::Organisation),
                self.text(&escape(&info.organisation))
            ));
        }
        if !title_has_year(info) {
            lines.push(format!("{}: {}", lang.label(Label::Year), info.year));
        }
        if let Some(line) = committee_line(info, lang) {
            lines.push(self.text(&line));
        }
        if !lines.is_empty() {
            let separator = if self.markdown() { "  \n" } else { "\n" };
            blocks.push(lines.join(separator));
        }
        blocks
    }

    /// "1) Antecedentes" and "2) Finalidad" with their paragraphs, and "3) Áreas de trabajo".
    fn sections(&self, info: &PlanInfo) -> Vec<String> {
        let lang = self.lang();
        let mut blocks = vec![self.heading(2, &format!("1) {}", lang.label(Label::Background)))];
        blocks.extend(
            info.background
                .split("\n\n")
                .filter(|p| !p.is_empty())
                .map(|p| self.paragraph(&escape_paragraph(p))),
        );
        blocks.push(self.heading(2, &format!("2) {}", lang.label(Label::Purpose))));
        blocks.extend(
            info.purpose
                .split("\n\n")
                .filter(|p| !p.is_empty())
                .map(|p| self.paragraph(&escape_paragraph(p))),
        );
        blocks.push(self.heading(2, &format!("3) {}", lang.label(Label::WorkAreas))));
        blocks
    }

    /// "3.1) Servicios transfronterizos" and its objective.
    fn area_heading(&self, area: &Area) -> Vec<String> {
        let mut blocks = vec![self.heading(3, &format!("{}) {}", area.number, escape(&area.name)))];
        if !area.objective.is_empty() {
            let label = self.lang().label(Label::Objective);
            blocks.push(if self.markdown() {
                format!("**{label}:** {}", self.text(&escape(&area.objective)))
            } else {
                format!("{label}: {}", escape(&area.objective))
            });
        }
        blocks
    }

    fn area(&self, area: &Area) -> Vec<String> {
        let mut blocks = self.area_heading(area);
        for activity in &area.activities {
            blocks.push(self.heading(4, &format!("{}) {}", activity.number_text(), escape(&activity.title))));
            let fields = self.fields(activity);
            if !fields.is_empty() {
                blocks.push(fields.join(if self.markdown() { "\n" } else { "\n\n" }));
            }
        }
        blocks
    }

    /// Lugar, Fecha, Recursos, and with `--with-status` the progress.
    fn fields(&self, activity: &Activity) -> Vec<String> {
        let lang = self.lang();
        let mut lines = Vec::new();
        if let Some(place) = &activity.place {
            lines.push(self.labelled(&lang.label(Label::Place), &escape(place)));
        }
        if let Some(schedule) = activity.schedule {
            let words =
                document_schedule(lang, schedule, activity.every, self.count_to_state(activity), self.year);
            lines.push(self.labelled(&lang.label(Label::Schedule), &format!("{words}.")));
        }
        if let Some(resources) = &activity.resources {
            lines.push(self.labelled(&lang.label(Label::Resources), &escape(resources)));
        }
        if self.options.with_status {
            lines.extend(self.progress(activity));
        }
        lines
    }

    /// The target, when the title does not already say it ("Dos pilotos") or the frequency
    /// calls for it ("Trimestral (4 al año)"), and whether it is a number per year.
    fn count_to_state(&self, activity: &Activity) -> Option<(u32, bool)> {
        let target = activity.target?;
        let in_title = counts::in_title(&activity.title).map(|c| c.total()).filter(|t| *t > 1);
        if activity.every.is_none() && in_title == Some(target) {
            return None;
        }
        let per_year = matches!(
            activity.schedule,
            Some(Schedule::Dated(Period::Year(_)) | Schedule::ToBeDefined | Schedule::AsNeeded) | None
        );
        Some((target, per_year))
    }

    fn progress(&self, activity: &Activity) -> Vec<String> {
        let lang = self.lang();
        let mut lines = vec![self.labelled(&lang.label(Label::Status), &status_words(activity, lang))];
        for record in &activity.done {
            let note = record.note.as_deref().map(|n| format!(" — {}", escape(n))).unwrap_or_default();
            lines.push(self.labelled(&lang.label(Label::Record), &format!("{}{note}", lang.date(record.on))));
        }
        if let Some(cancelled) = &activity.cancelled {
            let reason = if cancelled.reason.is_empty() {
                String::new()
            } else {
                format!(" — {}", escape(&cancelled.reason))
            };
            let value = format!("{}{reason}", lang.date(cancelled.on));
            lines.push(self.labelled(&lang.label(Label::Cancelled), &value));
        }
        lines
    }
}

/// Whether the approving body's name ends with the organisation ("… de la Red GEALC").
fn organisation_is_named(info: &PlanInfo) -> bool {
    info.approval.as_ref().is_some_and(|approval| {
        crate::import::organisation_in(&approval.by).as_deref() == Some(info.organisation.as_str())
    })
}

fn title_has_year(info: &PlanInfo) -> bool {
    info.title.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 4)
        == Some(info.year.to_string().as_str())
}

/// The committee on a line of its own ("Comité Ejecutivo 2021: Argentina y Belice (con la
/// presidencia de Belice)"), when the background does not already name it as the plan has it.
fn committee_line(info: &PlanInfo, lang: Lang) -> Option<String> {
    let committee = info.committee.as_ref()?;
    let named = crate::import::committee_in(&info.background);
    let same = named.as_ref().is_some_and(|n| {
        n.name == committee.name && n.members == committee.members && n.chair == committee.chair
    });
    (!same).then(|| {
        let msg = Msg::CommitteeLine {
            name: &committee.name,
            members: &committee.members,
            chair: committee.chair.as_deref(),
        };
        lang.text(msg)
    })
}

/// A paragraph that would start a list, a quote or a heading underline starts with a backslash.
fn escape_paragraph_start(text: &str) -> String {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && text[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &text[..digits], &text[digits..]);
    }
    if text.starts_with(['-', '+', '=', '>', '~']) {
        return format!("\\{text}");
    }
    text.to_owned()
}

/// A schedule as a plan document writes it after "Fecha:": "1er semestre 2022", "Anual" (the
/// plan year), "Trimestral (4 al año)", "A definir (4 al año)". `count` is a number of times to
/// state, and whether it is a number per year.
pub(crate) fn document_schedule(
    lang: Lang,
    schedule: Schedule,
    every: Option<Frequency>,
    count: Option<(u32, bool)>,
    plan_year: i32,
) -> String {
    let mut words: Vec<String> = every.map(|every| lang.describe(&every)).into_iter().collect();
    if every.is_none() || schedule != Schedule::Dated(Period::Year(plan_year)) {
        let annual = || lang.say(&Message::new("schedule-annual"));
        words.push(match schedule {
            Schedule::Dated(Period::Year(year)) if year == plan_year => annual(),
            Schedule::Dated(Period::Year(year)) => format!("{} {year}", annual()),
            _ => lang.describe(&schedule),
        });
    }
    if let Some((times, per_year)) = count {
        let id = if per_year { "times-a-year" } else { "times" };
        words.push(format!("({})", lang.say(&Message::new(id).arg("times", times))));
    }
    let text = words.join(" ");
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_the_approved_document_writes_them() {
        let code = |c: &str| c.parse::<Schedule>().expect("code");
        let es =
            |schedule: &str, every, count| document_schedule(Lang::Es, code(schedule), every, count, 2022);
        assert_eq!(es("2022-S1", None, None), "1er semestre 2022");
        assert_eq!(es("2022", None, None), "Anual");
        assert_eq!(es("2023", None, None), "Anual 2023");
        assert_eq!(es("2022", Some(Frequency::Quarter), Some((4, true))), "Trimestral (4 al año)");
        assert_eq!(es("to-be-defined", None, Some((4, true))), "A definir (4 al año)");
        assert_eq!(es("as-needed", None, None), "Según necesidad");
        assert_eq!(es("2022-03", None, Some((1, false))), "Marzo 2022 (1 vez)");
        assert_eq!(
            es("2022-S2", Some(Frequency::Month), Some((3, false))),
            "Mensual 2do semestre 2022 (3 veces)"
        );
        let en = document_schedule(Lang::En, code("2022"), Some(Frequency::Quarter), Some((4, true)), 2022);
        assert_eq!(en, "Quarterly (4 a year)");
    }
    use crate::import::testing;
    use crate::import::{DoubtKind, Format, import};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// `import(export(plan))` is the plan, in both formats and both languages.
        #[test]
        fn import_reads_back_what_export_writes(
            plan in testing::plan(),
            markdown in any::<bool>(),
            english in any::<bool>(),
            with_status in any::<bool>(),
        ) {
            let format = if markdown { DocumentFormat::Markdown } else { DocumentFormat::Text };
            let lang = if english { Lang::En } else { Lang::Es };
            let text = document(&plan, DocumentOptions { format, lang, with_status });
            let read_as = if markdown { Format::Markdown } else { Format::Text };
            let imported = import(text.as_bytes(), read_as);
            let imported = match imported {
                Ok(imported) => imported,
                Err(error) => return Err(TestCaseError::fail(format!("{error:?} on\n{text}"))),
            };
            prop_assert_eq!(testing::content(&imported.plan, with_status), testing::content(&plan, with_status), "{}", text);
            let not_understood: Vec<_> = imported
                .doubts
                .iter()
                .filter(|d| matches!(d.kind, DoubtKind::Kept { .. } | DoubtKind::ScheduleNotRead { .. }))
                .collect();
            prop_assert!(not_understood.is_empty(), "{:?} in\n{}", not_understood, text);
        }
    }

    #[test]
    fn escapes_what_markdown_would_read_as_markup() {
        assert_eq!(escape_paragraph_start("1. uno"), "1\\. uno");
        assert_eq!(escape_paragraph_start("- guion"), "\\- guion");
        assert_eq!(escape_paragraph_start("Texto 1."), "Texto 1.");
    }
}
