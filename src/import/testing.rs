//! Test support: plans generated for property tests, and a plan's content as comparable lines.

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::select;

use crate::diagnostic::Check;
use crate::import::counts;
use crate::model::{Activity, Allowance, Approval, Area, Cancellation, Committee, Plan, PlanInfo, Record};
use crate::number::Number;
use crate::schedule::{Frequency, Period, Schedule};
use crate::source::FileId;

/// Every value of a plan that a document says, one per line, without spans and file ids, so that
/// two plans built from different files compare equal when they say the same. `progress` adds
/// records and cancellations, which a document has only when exported with them.
pub fn content(plan: &Plan, progress: bool) -> Vec<String> {
    content_of(plan, progress, false)
}

/// Like [`content`], with everything a plan file holds, `allow` included.
pub fn file_content(plan: &Plan) -> Vec<String> {
    content_of(plan, true, true)
}

fn content_of(plan: &Plan, progress: bool, files: bool) -> Vec<String> {
    let info = &plan.info;
    let mut lines = vec![
        format!("organisation {:?}", info.organisation),
        format!("title {:?}", info.title),
        format!("year {}", info.year),
        format!("background {:?}", info.background),
        format!("purpose {:?}", info.purpose),
        format!("approval {:?}", info.approval.as_ref().map(|a| (&a.by, a.on))),
        format!("committee {:?}", info.committee.as_ref().map(|c| (&c.name, &c.members, &c.chair))),
    ];
    for area in &plan.areas {
        lines.push(format!("area {} {:?} {:?}", area.number, area.name, area.objective));
        for a in &area.activities {
            lines.push(format!(
                "  activity {} {:?} place={:?} schedule={:?} every={:?} target={:?} resources={:?}",
                a.number_text(),
                a.title,
                a.place,
                a.schedule.map(|s| s.to_string()),
                a.every,
                a.target,
                a.resources
            ));
            if progress {
                let done: Vec<_> = a.done.iter().map(|r| (r.on, &r.note)).collect();
                lines.push(format!("    done={done:?} cancelled={:?}", a.cancelled));
            }
            if files {
                let allow: Vec<_> = a.allow.iter().map(|allowance| allowance.check.name()).collect();
                lines.push(format!("    allow={allow:?}"));
            }
        }
    }
    lines
}

/// Words of plan text, including the characters Markdown would read as markup. None is a number
/// or a count, none starts a line the importer would read as numbered, labelled or dated.
const WORDS: &[&str] = &[
    "datos",
    "abiertos",
    "Región",
    "políticas",
    "gobierno",
    "digital",
    "Perú",
    "Trinidad & Tobago",
    "“citas”",
    "–",
    "(entre paréntesis)",
    "coma,",
    "fin.",
    "*énfasis*",
    "_sub_",
    "C#",
    "[enlace]",
    "<b>",
    "a\\b",
    "`código`",
    "&amp;",
    "nota: x",
    "100%",
    "ñandú",
    "Ünïcode",
    "→",
    "sí.",
];

/// Pieces of text a document would read as structure, or lose, if written as they are: line
/// breaks before an activity, an area or a label, labels after a full stop, Markdown, spaces
/// and backslashes at either end, the escape's own characters.
const HOSTILE: &[&str] = &[
    "\n3.9.4) Otra actividad",
    "\n3.10 Otra área",
    "\n3) Áreas de trabajo",
    "\nLugar: Lima",
    "\nfecha marzo 2024",
    "\nÁrea 2: Datos",
    "\nActividad 3 – Taller",
    "\n- guion",
    "\n1. lista",
    "\n# título",
    "\n> cita",
    "\n",
    "\n\n",
    ". Recursos: BID",
    "; Fecha: marzo",
    "Lugar:",
    " — nota",
    "**negrita**",
    "  ",
    " ",
    "\\",
    "↵",
    "\\:",
    "3.1.2)",
    "Objetivo: x",
    "\n1) ordena",
    "\n2) Finalidad",
    "\n2021. Año",
];

/// Any text: words and [`HOSTILE`] pieces in any order, at either end too. Never empty.
fn hostile_text(max: usize) -> impl Strategy<Value = String> {
    let pieces: Vec<&str> = WORDS.iter().chain(HOSTILE).copied().collect();
    let separators = select(vec![" ", "", "\n"]);
    proptest::collection::vec((select(pieces), separators), 1..max)
        .prop_map(|pieces| pieces.into_iter().flat_map(|(piece, separator)| [piece, separator]).collect())
}

/// Plain words, or now and then any text, or none.
fn text_or_hostile(min: usize, max: usize) -> impl Strategy<Value = String> {
    prop_oneof![6 => text(min, max), 2 => hostile_text(max + 2), 1 => Just(String::new())]
}

fn text(min: usize, max: usize) -> impl Strategy<Value = String> {
    let first = select(vec!["Apoyo", "Webinar", "Taller", "Informe", "Reuniones", "Programa", "Ñandutí"]);
    (first, proptest::collection::vec(select(WORDS.to_vec()), min..max))
        .prop_map(|(first, rest)| std::iter::once(first).chain(rest).collect::<Vec<_>>().join(" "))
}

fn day(year: i32) -> impl Strategy<Value = NaiveDate> {
    (1u32..=12, 1u32..=28).prop_map(move |(m, d)| NaiveDate::from_ymd_opt(year, m, d).unwrap_or_default())
}

fn schedule(year: i32) -> impl Strategy<Value = Schedule> {
    let other = year + 1;
    prop_oneof![
        Just(Schedule::Dated(Period::Year(year))),
        Just(Schedule::Dated(Period::Year(other))),
        (1u32..=2).prop_map(move |semester| Schedule::Dated(Period::Semester { year, semester })),
        (1u32..=4).prop_map(move |quarter| Schedule::Dated(Period::Quarter { year, quarter })),
        (1u32..=12).prop_map(move |month| Schedule::Dated(Period::Month { year, month })),
        (1u32..12, 1u32..12).prop_map(move |(first, span)| {
            let last = (first + span).min(12).max(first + 1);
            Schedule::Dated(Period::Months { year, first, last })
        }),
        day(year).prop_map(|d| Schedule::Dated(Period::Day(d))),
        Just(Schedule::ToBeDefined),
        Just(Schedule::AsNeeded),
    ]
}

fn frequency() -> impl Strategy<Value = Frequency> {
    select(vec![Frequency::Month, Frequency::Quarter, Frequency::Semester])
}

/// An activity that a document can state in full: a count in the title goes with a target.
fn activity(number: Number, year: i32) -> impl Strategy<Value = Activity> {
    let count = proptest::option::of(select(vec![("Dos", 2u32), ("Tres", 3), ("Cuatro", 4)]));
    let fields = (
        proptest::option::of(text_or_hostile(0, 4)),
        proptest::option::of(schedule(year)),
        proptest::option::of(frequency()),
        proptest::option::of(1u32..12),
        proptest::option::of(text_or_hostile(0, 4)),
    );
    let progress = (
        proptest::collection::vec((day(year), proptest::option::of(text_or_hostile(0, 3))), 0..3),
        proptest::option::of((day(year), text_or_hostile(0, 3))),
    );
    (count, text_or_hostile(0, 5), fields, progress, any::<bool>()).prop_map(
        move |(count, title, (place, schedule, every, target, resources), (done, cancelled), allow)| {
            let title = match count {
                Some((word, _)) => format!("{word} {}", title.to_lowercase()),
                None => title,
            };
            let dated = matches!(schedule, Some(Schedule::Dated(_)));
            // A count that opens the title is the target, unless a date phrase states another.
            let implied = counts::in_title(&title).map(|c| c.total()).filter(|total| *total > 1);
            let target = if schedule.is_some() { target.or(implied) } else { implied };
            Activity {
                number: Some(number.clone()),
                title,
                place: place.map(Into::into),
                schedule,
                every: every.filter(|_| dated),
                target,
                resources: resources.map(Into::into),
                done: done.into_iter().map(|(on, note)| Record { on, note, span: 0..0 }).collect(),
                cancelled: cancelled.map(|(on, reason)| Cancellation { on, reason }),
                allow: if allow {
                    vec![Allowance { check: Check::Completeness, span: 0..0 }]
                } else {
                    Vec::new()
                },
                ..Activity::default()
            }
        },
    )
}

fn area(index: u32, year: i32) -> impl Strategy<Value = Area> {
    let number: Number = format!("3.{index}").parse().unwrap_or_else(|_| unreachable!());
    // The first area has an activity: a plan without any is not a plan `import` reads.
    let activities = (usize::from(index == 1)..4).prop_flat_map({
        let number = number.clone();
        move |count| {
            let strategies: Vec<_> =
                (1..=count).map(|i| activity(number.child(u32::try_from(i).unwrap_or(1)), year)).collect();
            strategies
        }
    });
    (text_or_hostile(0, 3), proptest::option::of(text_or_hostile(1, 8)), activities).prop_map(
        move |(name, objective, activities)| Area {
            number: number.clone(),
            name,
            objective: objective.unwrap_or_default(),
            activities,
            file: FileId(usize::try_from(index).unwrap_or(0)),
            spans: Default::default(),
        },
    )
}

fn committee() -> impl Strategy<Value = Committee> {
    let countries = vec!["Argentina", "Belice", "El Salvador", "Panamá", "Trinidad & Tobago", "Perú"];
    (
        select(vec!["Comité Ejecutivo 2021", "Consejo Directivo"]),
        proptest::sample::subsequence(countries, 1..4),
    )
        .prop_flat_map(|(name, members)| {
            let chair = proptest::option::of(select(members.clone()));
            (Just(name), Just(members), chair)
        })
        .prop_map(|(name, members, chair)| Committee {
            name: name.to_owned(),
            members: members.into_iter().map(str::to_owned).collect(),
            chair: chair.map(str::to_owned),
        })
}

fn info(year: i32) -> impl Strategy<Value = PlanInfo> {
    // A paragraph of the plan file is what lies between blank lines: never empty, never holding one.
    let paragraphs = |max| {
        let paragraph = text_or_hostile(1, 12).prop_filter("one paragraph", |p| {
            !p.is_empty() && !p.contains("\n\n") && !p.starts_with('\n') && !p.ends_with('\n')
        });
        proptest::collection::vec(paragraph, 0..max).prop_map(|p| p.join("\n\n"))
    };
    let approval = proptest::option::of((
        select(vec![
            "XV Asamblea Anual de la Red GEALC",
            "Reunión del Consejo de Ministros",
            "Asamblea General",
            " Asamblea\n3.1) General  ",
            "Asamblea **General**: 1) de la Red",
        ]),
        day(2021),
    ));
    (
        any::<bool>(),
        text_or_hostile(0, 3),
        select(vec!["Red GEALC", "Red de Gobierno", "OEA", " Red\n3.1) GEALC ", "Red: x"]),
        paragraphs(3),
        paragraphs(2),
        approval,
        proptest::option::of(committee()),
    )
        .prop_map(
            move |(year_in_title, words, organisation, background, purpose, approval, committee)| {
                let title = if year_in_title {
                    format!("Plan de {words} {year}")
                } else {
                    format!("Plan de {words}")
                };
                PlanInfo {
                    organisation: organisation.to_owned(),
                    title,
                    year,
                    background,
                    purpose,
                    approval: approval.map(|(by, on)| Approval { by: by.to_owned(), on }),
                    committee,
                }
            },
        )
}

/// A plan with up to three areas.
pub fn plan() -> impl Strategy<Value = Plan> {
    (2000i32..2100)
        .prop_flat_map(|year| {
            let areas =
                (1u32..4).prop_flat_map(move |count| (1..=count).map(|i| area(i, year)).collect::<Vec<_>>());
            (info(year), areas)
        })
        .prop_map(|(info, areas)| Plan { info, areas })
}
