//! The catalogues against the code: every id in every language with the same variables, every
//! id used, and every message said in every language. The samples reach across the crate (test
//! code only: the module itself depends on nothing above it).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::NaiveDate;
use fluent_syntax::ast;
use strum::IntoEnumIterator;

use super::*;
use crate::check::Tally;
use crate::compare::Field;
use crate::diagnostic::{Expected, Place, Problem, ProblemDiscriminants};
use crate::import::DoubtKind;
use crate::model::Status;
use crate::next_year::{Ending, Origin};
use crate::schedule::{Frequency, Period, Schedule, in_words};

/// Each message of a catalogue and the variables it names, or what is wrong with the file.
fn variables(source: &str) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut names = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut names);
                }
                if messages.insert(message.id.name.to_owned(), names).is_some() {
                    return Err(format!("`{}` is given twice", message.id.name));
                }
            }
            ast::Entry::Junk { content } => return Err(format!("cannot read: {content}")),
            ast::Entry::Term(term) => {
                return Err(format!("a term, `-{}`, which the code cannot name", term.id.name));
            }
            _ => {}
        }
    }
    Ok(messages)
}

fn pattern_variables(pattern: &ast::Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, names);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, names);
            variants.iter().for_each(|variant| pattern_variables(&variant.value, names));
        }
        ast::Expression::Inline(inline) => inline_variables(inline, names),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, names),
        _ => {}
    }
}

/// How a translation differs from the English catalogue: ids missing or extra, variables not
/// the same.
fn differences(english: &str, translation: &str) -> Vec<String> {
    let (english, translation) = match (variables(english), variables(translation)) {
        (Ok(english), Ok(translation)) => (english, translation),
        (english, translation) => return vec![format!("{:?} {:?}", english.err(), translation.err())],
    };
    let mut found = Vec::new();
    for (id, names) in &english {
        match translation.get(id) {
            None => found.push(format!("`{id}` is missing")),
            Some(theirs) if theirs != names => {
                found.push(format!("`{id}` names {theirs:?}, where English names {names:?}"));
            }
            Some(_) => {}
        }
    }
    found.extend(
        translation
            .keys()
            .filter(|id| !english.contains_key(*id))
            .map(|id| format!("`{id}` is not in English")),
    );
    found
}

#[test]
fn every_id_is_in_every_language_with_the_same_variables() {
    for lang in Lang::ALL {
        assert_eq!(differences(Lang::En.source(), lang.source()), Vec::<String>::new(), "{lang:?}");
    }
}

#[test]
fn a_missing_or_misspelt_id_or_variable_is_found() {
    let english = "greeting = Hello, { $name }\nbye = Bye\n";
    assert!(differences(english, english).is_empty());
    let found = differences(english, "greetin = Hola, { $name }\nbye = Adiós\n");
    assert_eq!(found, ["`greeting` is missing", "`greetin` is not in English"]);
    let found = differences(english, "greeting = Hola, { $nombre }\nbye = Adiós\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(!differences(english, "greeting = Hola, { $name\n").is_empty(), "a syntax error");
    assert!(!differences(english, "bye = Adiós\nbye = Chau\n").is_empty(), "an id given twice");
    assert!(matches!(Lang::Es.format(&Message::new("no-such-id")), Err(Missing::Id)));
    // A value the code does not give is an error, not silence.
    assert!(matches!(Lang::En.format(&Message::new("wrote")), Err(Missing::Value(_))));
}

#[test]
fn every_id_in_the_catalogues_is_used_by_the_code() {
    let used: BTreeSet<&str> = every_sample().iter().flat_map(Message::ids).collect();
    let known = variables(Lang::En.source()).expect("the English catalogue reads");
    let unused: Vec<&String> = known.keys().filter(|id| !used.contains(id.as_str())).collect();
    assert!(
        unused.is_empty(),
        "ids no sample uses (a sample missing, or an id the code no longer says): {unused:?}"
    );
    let unknown: Vec<&&str> = used.iter().filter(|id| !known.contains_key(**id)).collect();
    assert!(unknown.is_empty(), "ids the code says that the catalogue lacks: {unknown:?}");
}

#[test]
fn every_sample_is_said_in_every_language() {
    for message in every_sample() {
        let said: Vec<String> = Lang::ALL
            .into_iter()
            .map(|lang| {
                lang.format(&message).unwrap_or_else(|error| panic!("{lang:?} {message:?}: {error:?}"))
            })
            .collect();
        for text in &said {
            assert!(!text.trim().is_empty(), "{message:?} is empty in a language");
            assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'), "isolation marks in {text}");
        }
    }
}

#[test]
fn every_message_is_translated() {
    let samples = message_samples();
    let sampled: HashSet<MsgDiscriminants> = samples.iter().map(MsgDiscriminants::from).collect();
    for kind in MsgDiscriminants::iter() {
        assert!(sampled.contains(&kind), "Msg::{kind:?} has no sample in `message_samples`");
    }
    for msg in samples {
        for lang in Lang::ALL.into_iter().skip(1) {
            let (en, other) = (Lang::En.text(msg), lang.text(msg));
            match msg {
                // Made of the plan's words and of texts already translated.
                Msg::Changed { .. } => {}
                _ => assert_ne!(en, other, "{msg:?} says the same in English and {lang:?}"),
            }
        }
    }
}

#[test]
fn every_label_and_problem_is_translated() {
    for label in Label::iter() {
        for lang in Lang::ALL.into_iter().skip(1) {
            let (en, other) = (Lang::En.label(label), lang.label(label));
            if !SAME_WORD.contains(&(lang, label)) {
                assert_ne!(en, other, "Label::{label:?} is the same in English and {lang:?}");
            }
        }
    }
    let samples = problem_samples();
    let sampled: HashSet<ProblemDiscriminants> = samples.iter().map(ProblemDiscriminants::from).collect();
    for kind in ProblemDiscriminants::iter() {
        assert!(sampled.contains(&kind), "Problem::{kind:?} has no sample in `problem_samples`");
    }
    for problem in &samples {
        let (message, hint) = problem.message();
        for lang in Lang::ALL.into_iter().skip(1) {
            assert_ne!(Lang::En.say(&message), lang.say(&message), "{problem:?} in {lang:?}");
            if let Some(hint) = &hint {
                assert_ne!(Lang::En.say(hint), lang.say(hint), "the hint of {problem:?} in {lang:?}");
            }
        }
    }
}

/// Labels that are rightly the same word in English and another language.
const SAME_WORD: &[(Lang, Label)] = &[
    (Lang::Es, Label::Total),
    (Lang::Es, Label::Error),
    (Lang::Pt, Label::Total),
    (Lang::Fr, Label::Total),
    (Lang::Fr, Label::Note),
    (Lang::Fr, Label::Organisation),
];

#[test]
fn chooses_language_from_the_environment_in_order() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    };
    assert_eq!(Lang::from_env(env(&[])), Lang::En);
    assert_eq!(Lang::from_env(env(&[("LANG", "es_AR.UTF-8")])), Lang::Es);
    assert_eq!(Lang::from_env(env(&[("LANG", "es_AR.UTF-8"), ("LC_ALL", "en_US.UTF-8")])), Lang::En);
    assert_eq!(Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "es_PE")])), Lang::Es);
    assert_eq!(Lang::from_env(env(&[("WORKPLAN_LANG", "es"), ("LC_ALL", "C")])), Lang::Es);
    assert_eq!(Lang::from_env(env(&[("LANG", "pt_BR.UTF-8")])), Lang::Pt);
    assert_eq!(Lang::from_env(env(&[("LANG", "fr_HT.UTF-8")])), Lang::Fr);
    assert_eq!(Lang::from_env(env(&[("LANG", "ht_HT.UTF-8")])), Lang::En, "Haitian Creole has no catalogue");
}

#[test]
fn portuguese_and_french_write_dates_as_their_documents_do() {
    let words = |lang: Lang, code: &str| lang.say(&in_words(Some(code.parse().expect("code")), None, None));
    assert_eq!(words(Lang::Pt, "2022-S1"), "1º semestre de 2022");
    assert_eq!(words(Lang::Fr, "2022-S1"), "1er semestre 2022");
    assert_eq!(words(Lang::Fr, "2022-Q2"), "2e trimestre 2022");
    assert_eq!(words(Lang::Pt, "2022-03"), "março de 2022");
    assert_eq!(words(Lang::Pt, "2022-03-15"), "15 de março de 2022");
    assert_eq!(words(Lang::Fr, "2022-03-01"), "1er mars 2022");
    assert_eq!(words(Lang::Fr, "2022-08-15"), "15 août 2022");
    let year = Some(Schedule::Dated(Period::Year(2022)));
    assert_eq!(Lang::Fr.say(&in_words(year, Some(Frequency::Quarter), Some(4))), "Trimestriel (4 par an)");
    assert_eq!(Lang::Pt.say(&in_words(year, Some(Frequency::Quarter), Some(4))), "Trimestral (4 por ano)");
}

#[test]
fn portuguese_and_french_count_by_their_cldr_rules() {
    // CLDR: 0 takes the singular in French and in Brazilian Portuguese, the plural in Spanish.
    let errors = |lang: Lang, count| lang.text(Msg::PlanHasErrors { count });
    assert_eq!(errors(Lang::Fr, 0), "le plan n’a pas pu être lu : 0 erreur");
    assert_eq!(errors(Lang::Fr, 2), "le plan n’a pas pu être lu : 2 erreurs");
    assert_eq!(errors(Lang::Pt, 1), "não foi possível ler o plano: 1 erro");
    assert_eq!(errors(Lang::Pt, 3), "não foi possível ler o plano: 3 erros");
    assert_eq!(Lang::Pt.text(Msg::OverdueCount { count: 2 }), "2 atrasadas");
    let missing = Problem::MissingDetails { place: true, schedule: true, resources: true };
    assert_eq!(Lang::Fr.say(&missing.message().0), "l’activité n’a pas de lieu, de date ni de ressources");
}

#[test]
fn schedules_read_as_the_document_writes_them() {
    let words = |lang: Lang, schedule, every, target| lang.say(&in_words(schedule, every, target));
    let s1: Schedule = "2022-S1".parse().expect("code");
    assert_eq!(words(Lang::Es, Some(s1), None, None), "1er semestre 2022");
    assert_eq!(words(Lang::En, Some(s1), None, None), "1st half 2022");
    let year: Schedule = "2022".parse().expect("code");
    assert_eq!(words(Lang::Es, Some(year), Some(Frequency::Quarter), Some(4)), "Trimestral (4 al año)");
    assert_eq!(words(Lang::Es, Some(Schedule::ToBeDefined), None, Some(4)), "A definir (4 al año)");
    assert_eq!(words(Lang::Es, Some(year), None, Some(8)), "Anual 2022");
    assert_eq!(words(Lang::Es, Some(Schedule::AsNeeded), None, None), "Según necesidad");
    assert_eq!(words(Lang::En, None, None, None), "—");
    let day: Schedule = "2022-03-15".parse().expect("code");
    assert_eq!(words(Lang::Es, Some(day), None, None), "15 de marzo de 2022");
    assert_eq!(words(Lang::En, Some(day), None, None), "15 March 2022");
    let q4: Schedule = "2022-Q4".parse().expect("code");
    assert_eq!(words(Lang::Es, Some(q4), None, None), "4to trimestre 2022");
    assert_eq!(Lang::Es.month_initial(1), "E");
    assert_eq!(Lang::Es.month_short(8), "ago");
    assert_eq!(Lang::En.quarter_short(3), "Q3");
    assert_eq!(Lang::Es.quarter_short(3), "T3");
}

#[test]
fn counted_words_follow_the_languages_plural_rules() {
    let overdue = |lang: Lang, count| lang.text(Msg::OverdueCount { count });
    assert_eq!(overdue(Lang::Es, 1), "1 atrasada");
    assert_eq!(overdue(Lang::Es, 2), "2 atrasadas");
    assert_eq!(overdue(Lang::Es, 0), "0 atrasadas");
    assert_eq!(overdue(Lang::En, 1), "1 overdue");
    let errors = |count| Lang::Es.text(Msg::PlanHasErrors { count });
    assert_eq!(
        (errors(1), errors(3)),
        ("no se pudo leer el plan: 1 error".into(), "no se pudo leer el plan: 3 errores".into())
    );
    assert_eq!(
        Lang::Es.text(Msg::LeftOut { count: 1, numbers: "3.4.2" }),
        "se omitió 1 actividad sin fecha: 3.4.2"
    );
    let summary = |lang: Lang, allowed, unread| {
        lang.text(Msg::ValidateSummary { files: 1, activities: 1, errors: 0, warnings: 2, allowed, unread })
    };
    assert_eq!(summary(Lang::En, 0, 0), "checked 1 file, 1 activity: 0 errors, 2 warnings");
    assert_eq!(
        summary(Lang::Es, 1, 1),
        "revisados 1 archivo, 1 actividad, sin contar las de 1 archivo que no se pudo leer: 0 errores, 2 avisos (1 permitido)"
    );
}

#[test]
fn lists_and_io_reasons_read_naturally() {
    let members = ["A".to_owned(), "B".to_owned(), "C".to_owned()];
    assert_eq!(
        Lang::Es.text(Msg::CommitteeLine { name: "Comité", members: &members, chair: Some("A") }),
        "Comité: A, B y C (con la presidencia de A)"
    );
    assert_eq!(Lang::En.text(Msg::CommitteeLine { name: "C", members: &members[..1], chair: None }), "C: A");
    let missing = Problem::MissingDetails { place: true, schedule: true, resources: true };
    assert_eq!(Lang::Es.say(&missing.message().0), "la actividad no tiene lugar, fecha ni recursos");
    let denied = std::io::ErrorKind::PermissionDenied;
    assert_eq!(Lang::Es.io_reason(denied, "Permission denied"), "permiso denegado");
    assert_eq!(Lang::En.io_reason(denied, "Permission denied"), "Permission denied");
    assert_eq!(Lang::Es.io_reason(std::io::ErrorKind::Other, "odd"), "odd");
}

#[test]
fn git_tools_field_names_and_migrate_hints() {
    assert_eq!(Lang::Es.describe(&Field::Chair), "presidencia");
    let hint = |found: &str| {
        let problem = Problem::UnsupportedSchema { found: found.into() };
        Lang::En.say(&problem.message().1.expect("a hint"))
    };
    assert!(hint("0").contains("workplan migrate"));
    assert!(!hint("2").contains("migrate"));
}

/// Every message the code can say, each shape once: the ids they use are all the catalogue's.
fn every_sample() -> Vec<Message<'static>> {
    let mut samples: Vec<Message<'static>> = Vec::new();
    samples.extend(message_samples().iter().map(|msg| owned(msg.message())));
    samples.extend(Label::iter().map(|label| Message::new(label.id())));
    for problem in problem_samples() {
        let (message, hint) = problem.message();
        samples.push(owned(message));
        samples.extend(hint.map(owned));
    }
    samples.extend(doubt_samples().iter().map(|doubt| owned(doubt.message())));
    samples.extend(
        [Status::Pending, Status::InProgress, Status::Done, Status::Cancelled].map(|s| owned(s.message())),
    );
    samples.extend(FIELDS.iter().map(|field| owned(field.message())));
    let year = Some(Schedule::Dated(Period::Year(2022)));
    for every in [Frequency::Month, Frequency::Quarter, Frequency::Semester] {
        samples.push(in_words(year, Some(every), Some(4)));
    }
    for code in
        ["2022", "2022-S1", "2022-Q3", "2022-03", "2022-03/06", "2022-03-15", "to-be-defined", "as-needed"]
    {
        let schedule: Schedule = code.parse().expect("a schedule code");
        samples.push(in_words(Some(schedule), None, None));
        samples.push(in_words(Some(schedule), None, Some(2)));
    }
    samples.push(in_words(None, None, None));
    samples.extend((1..=12).map(Message::month));
    samples.extend(MONTHS_SHORT.map(Message::new));
    samples.extend(["schedule-annual", "times"].map(|id| Message::new(id).arg("times", 2)));
    samples.push(Message::new("quarter-short").arg("quarter", 3));
    samples.push(owned(io_reason(std::io::ErrorKind::NotFound, "No such file or directory")));
    samples.extend(origin_samples().iter().map(|origin| owned(origin.message())));
    samples
}

/// A message that borrows nothing, with the same ids and values.
fn owned(message: Message<'_>) -> Message<'static> {
    fn arg(value: Arg<'_>) -> Arg<'static> {
        match value {
            Arg::Text(text) => Arg::Text(Cow::Owned(text.into_owned())),
            Arg::Number(number) => Arg::Number(number),
            Arg::Message(message) => Arg::Message(owned(message)),
            Arg::List { items, joiner } => Arg::List { items: items.into_iter().map(arg).collect(), joiner },
            Arg::TomlError(text) => Arg::TomlError(Cow::Owned(text.into_owned())),
        }
    }
    Message {
        id: message.id,
        args: message.args.into_iter().map(|(name, value)| (name, arg(value))).collect(),
    }
}

const FIELDS: [Field; 16] = [
    Field::Organisation,
    Field::Title,
    Field::Year,
    Field::Background,
    Field::Purpose,
    Field::ApprovedBy,
    Field::ApprovedOn,
    Field::Committee,
    Field::Members,
    Field::Chair,
    Field::Name,
    Field::Objective,
    Field::Place,
    Field::Resources,
    Field::Target,
    Field::Allow,
];

/// How a carried activity ended, each way once (history: new YEAR).
fn origin_samples() -> Vec<Origin> {
    let on = NaiveDate::from_ymd_opt(2022, 10, 5).unwrap_or_default();
    [
        Ending::NotCarriedOut,
        Ending::CarriedOut { on },
        Ending::Partly { done: 2, planned: 4, last: on },
        Ending::Cancelled { on, reason: "sin fondos".into() },
    ]
    .into_iter()
    .map(|ending| Origin { year: 2022, number: "3.1.4".into(), ending })
    .collect()
}

fn doubt_samples() -> Vec<DoubtKind> {
    use DoubtKind::*;
    vec![
        TitleRecased { written: "PLAN".into(), title: "Plan".into() },
        TitleFromFirstLine { title: "Plan".into() },
        NoTitle { title: "Plan".into() },
        OrganisationFromAssembly { organisation: "Red".into() },
        NoOrganisation,
        YearFromApproval { year: 2022 },
        Kept { text: "x".into() },
        ScheduleNotRead { text: "cuando se pueda".into() },
        YearAssumed { text: "marzo".into(), year: 2022 },
        OutsidePlanYear { text: "2021".into() },
        NumberInTitle { title: "3.1.3) T".into() },
        NoFields,
        CountAdded { words: vec!["cuatro".into(), "cuatro".into()], total: 8 },
        CountsDisagree { title: 2, schedule: 4 },
        OutsideItsArea { area: "3.1".into() },
        RepeatedNumber { number: "3.1.2".into() },
        RepeatedField { text: "Lugar".into() },
        // Import of tables, spreadsheets and other layouts (issue 16).
        AreaWithoutActivities { number: "3.1".into() },
        DatesInAnotherYear { year: 2023, count: 8, total: 9, plan_year: 2024 },
        YearFromText { year: 2024 },
        TableWithoutHeader,
        ColumnKept { column: "Responsable".into() },
        AreaNumbered { number: "1".into(), name: String::new() },
        AreaNumbered { number: "2".into(), name: "Salud".into() },
        YearFromName { year: 2024, name: "plan-2024.xlsx".into() },
        YearFromDates { year: 2024 },
    ]
}

/// One message of each kind. A kind without a sample fails `every_message_is_translated`, which
/// names it.
fn message_samples() -> Vec<Msg<'static>> {
    let tally = Tally { files: 10, activities: 37, errors: 2, warnings: 1, allowed: 1, unread: 0 };
    let Tally { files, activities, errors, warnings, allowed, .. } = tally;
    vec![
        Msg::NoPlanFound { start: "/x" },
        Msg::CannotOpenDir { dir: "d" },
        Msg::NotADir { dir: "d" },
        Msg::NoPlanFile { dir: "d" },
        Msg::PlanHasErrors { count: 2 },
        Msg::UnknownActivity { number: "9.9.9", nearest: "3.9.3" },
        Msg::NotAnActivityNumber { value: "x" },
        Msg::NoActivities,
        Msg::BadSemester { value: "3" },
        Msg::BadToday { value: "x" },
        Msg::BadDate { value: "2022-13-01" },
        Msg::DateInFuture { date: "2022-08-01", today: "2022-07-15" },
        Msg::DateBeforeApproval { date: "2021-01-01", approved: "2021-11-18" },
        Msg::DoneWhileCancelled { number: "3.1.2", on: "x" },
        Msg::AlreadyDone { number: "3.1.2", on: "x" },
        Msg::TargetReached { number: "3.3.4", done: 4, target: 4 },
        Msg::AlreadyCancelled { number: "3.1.2", on: "x" },
        Msg::NothingToReopen { number: "3.1.2" },
        Msg::EmptyReason,
        Msg::ReadOnlyFile { file: "f" },
        Msg::ReadOnlyDir { dir: "d" },
        Msg::CannotWrite { file: "f" },
        Msg::CannotLock { dir: "d" },
        Msg::FileKeepsChanging { file: "f" },
        Msg::CannotEdit { file: "f", number: "3.1.2", key: "done" },
        Msg::EditNotValid { file: "f" },
        Msg::AmbiguousNumber { file: "f", number: "3.3.2" },
        Msg::CarriedOut { date: "x" },
        Msg::RecordRemoved { date: "x" },
        Msg::NoLongerCancelled,
        Msg::CancelledOn { date: "x" },
        Msg::Changed { number: "3.3.4", title: "Reuniones", what: "w", progress: "2/4" },
        Msg::ValidateSummary { files, activities, errors, warnings, allowed, unread: 0 },
        Msg::ValidateSummary { files, activities, errors, warnings, allowed, unread: 1 },
        Msg::BadHorizon { value: "1y" },
        Msg::AsOf { title: "T", organisation: "O", date: "d" },
        Msg::SummaryNote,
        Msg::ReportFooter { version: "0.1.0", date: "d" },
        Msg::Wrote { path: "p" },
        Msg::CalendarWritten { path: "p", events: 2 },
        Msg::LeftOut { count: 1, numbers: "3.4.2" },
        Msg::CannotWriteOutput { path: "p" },
        Msg::Overview,
        Msg::PlanDirectory { dir: "plan" },
        Msg::FilesRead { files: 10, activities: 37, millis: 3 },
        Msg::Finished { millis: 3 },
        Msg::ManPagesWritten { count: 14, dir: "man" },
        Msg::CannotReadDocument { file: "f" },
        Msg::DocumentEmpty { file: "f" },
        Msg::DocumentTooLarge { file: "f", bytes: 100, limit: 64 },
        Msg::DocumentHasNoAreas { file: "f" },
        Msg::DocumentNotZip { file: "f", reason: "r" },
        Msg::DocumentNotWord { file: "f" },
        Msg::DocumentBadXml { file: "f", reason: "r" },
        Msg::DocumentHasNoYear { file: "f" },
        Msg::ReadAsWindows1252 { file: "f" },
        Msg::TargetNotEmpty { dir: "d" },
        Msg::TargetNotADir { dir: "d" },
        Msg::Imported { file: "f", dir: "d", areas: 1, activities: 2 },
        Msg::ImportedArea { number: "3.1", name: "Servicios", activities: 8, file: "f" },
        Msg::Removed { file: "f" },
        Msg::ToCheck { count: 2 },
        Msg::NothingToCheck,
        Msg::CheckWithValidate { dir: "d" },
        Msg::KeptComment { unit: "line", at: 3, text: "t" },
        Msg::CountComment { words: "cuatro + cuatro" },
        Msg::PlanFileHeader { title: "Plan", of_organisation: "de la Red" },
        Msg::PlanFileLayout { first: "3.1", second: "3.2" },
        Msg::AreaFileHeader { number: "3.1", title: "Plan", of_organisation: "de la Red" },
        Msg::FormatPointer,
        Msg::CommitteeLine { name: "Comité", members: COMMITTEE, chair: Some("A") },
        Msg::CommitteeLine { name: "Comité", members: COMMITTEE, chair: None },
        Msg::Formatted { file: "f" },
        Msg::AllFormatted { count: 2 },
        Msg::NeedFormatting { count: 1 },
        Msg::FormatWouldChange { file: "f" },
        Msg::DiffHeading { from: "a", to: "b" },
        Msg::NoChanges { from: "a", to: "b" },
        Msg::NotAGitRepository { dir: "d" },
        Msg::GitMissing,
        Msg::UnknownRevision { revision: "v9" },
        Msg::GitFailed { message: "m" },
        Msg::NoPlanAtRevision { dir: "plan", revision: "v9" },
        Msg::RevisionHasErrors { revision: "v9", count: 2 },
        Msg::FileChanges { path: "p" },
        Msg::NoChangesToFile { path: "p" },
        Msg::DriverArguments { count: 1 },
        Msg::CannotRead { file: "f" },
        Msg::Migrated { file: "f", from: 0, to: 1 },
        Msg::NothingToMigrate { count: 3, version: 1 },
        Msg::MigrateNotToml { file: "f" },
        Msg::MigrateUnknownVersion { file: "f", version: "7" },
        Msg::MigrateWording { file: "f", number: "3.1.1", wording: "w" },
        Msg::MigrateNoYear { file: "f" },
        Msg::MigrationLeavesErrors { count: 1 },
        Msg::RenumberOtherArea { from: "3.1.5", to: "3.2.1", area: "3.1" },
        Msg::RenumberOutOfRange { to: "3.1.9", area: "3.1", count: 8, last: "3.1.8", nearest: "3.1.8" },
        Msg::NothingToRenumber { number: "3.1.8" },
        // New-user fixes (issue 17).
        Msg::UnknownAreaNumber { area: "3.10", nearest: "3.1, 3.9" },
        Msg::UnknownAreaName { area: "xyz" },
        Msg::UnknownAreaNameNear { area: "ciberseguriad", nearest: "3.3 Ciberseguridad" },
        Msg::NoActivityMatches,
        Msg::SemesterOutsidePlanYear { semester: "2023-S1", year: 2022 },
        Msg::DateOutsidePlanYear { date: "2026-12-01", year: 2022 },
        Msg::OverdueCount { count: 2 },
        Msg::UndatedEvent { year: 2022 },
        // `workplan site` (issue 19).
        Msg::SiteFooter { version: "0.1.0", date: "d" },
        Msg::SiteWritten { dir: "public", files: 14 },
        Msg::SiteNotEmpty { dir: "public" },
        Msg::SiteNotDirectory { dir: "public" },
        Msg::CannotWriteSite { dir: "public" },
        Msg::ChangeAddsErrors { count: 2 },
        Msg::EmptyTitleGiven,
        Msg::ZeroTarget,
        Msg::BadScheduleGiven { value: "pronto" },
        Msg::UnknownArea { value: "salud", known: "3.1 Datos" },
        Msg::BadPosition { value: "9", area: "3.1", last: "3.1.6" },
        Msg::TitleRequired,
        Msg::ActivityAdded { number: "3.1.6", title: "Taller", file: "plan/3.1.toml" },
        Msg::NothingToEdit,
        Msg::ActivityEdited { number: "3.1.2", title: "Taller", keys: "place" },
        Msg::HasRecords { number: "3.1.2", count: 2 },
        Msg::ActivityRemoved { number: "3.1.2", title: "Taller" },
        Msg::MoveSameArea { number: "3.1.2", area: "3.1" },
        Msg::ActivityMoved { from: "3.1.2", to: "3.2.7", title: "Taller" },
        Msg::NoRecords { number: "3.1.2" },
        Msg::NoSuchRecord { number: "3.1.2", wanted: 3, count: 2 },
        Msg::NothingToAmend,
        Msg::RecordAmended { date: "d" },
        Msg::AreaExists { number: "3.1", file: "f" },
        Msg::EmptyAreaNameGiven,
        Msg::AreaAdded { number: "3.10", file: "f" },
        Msg::AreaEdited { number: "3.1", file: "f" },
        Msg::AreaHasActivities { number: "3.1", count: 5 },
        Msg::AreaRemoved { number: "3.1", file: "f" },
        Msg::BadAreaNumber { value: "3" },
        Msg::InitNeedsWords,
        Msg::BadYear { value: "22" },
        Msg::DirNotEmpty { dir: "d" },
        Msg::PlanCreated { dir: "d" },
        Msg::PromptTitle,
        Msg::PromptPlace,
        Msg::PromptSchedule,
        Msg::PromptResources,
        Msg::PromptOptional,
        Msg::AreaRequired,
        Msg::NoAreaMatches { area: "x", areas: "3.1, 3.2" },
        Msg::LogUnreadable { files: "plan/3.3-x.toml", commit: "1a2b3c4" },
        Msg::LogPlanCreated { areas: 9, activities: 1 },
        Msg::NoHistory,
        Msg::NoHistoryOf { what: "3.1.4" },
        Msg::NewSameYear { year: 2022 },
        Msg::NewTargetNotEmpty { dir: "d" },
        Msg::NewPlanWritten { dir: "d", title: "T", areas: 9, activities: 30, from_year: 2022, left_out: 1 },
        Msg::NewPlanToFill { file: "f" },
        Msg::NewPlanNext { dir: "d" },
        Msg::NewPlanApprovalLater,
        Msg::NewPlanCommitteeLater,
        Msg::NewPlanHasErrors { count: 1 },
        Msg::NewPlanInheritsErrors { count: 2, dir: "d" },
        Msg::DraftAreaFileHeader { number: "3.1", title: "Plan de Trabajo 2023", from_year: 2022 },
        Msg::DiffHeadingOnly { only: "area 3.3", from: "a", to: "b" },
        Msg::NoChangesOnly { only: "area 3.3", from: "a", to: "b" },
        Msg::FocusArea { number: "3.3" },
        Msg::FocusActivity { number: "3.1.4" },
        Msg::ConfirmationNotShown { reason: "No space left on device" },
        Msg::OutputExists { path: "p" },
        Msg::OutputIsPlanFile { path: "p" },
        Msg::LinkOutside { file: "f" },
        Msg::DocumentPartTooLarge { file: "f", part: "word/document.xml", limit: 64 * 1024 * 1024 },
        Msg::WaitingForLock { dir: "plan" },
        Msg::LockTimedOut { dir: "plan", seconds: 30.0 },
        Msg::BadLockTimeout { value: "x" },
        Msg::ImportInterrupted { dir: "plan" },
        Msg::CannotFinishImport { dir: "plan" },
        Msg::DocumentHasNoActivities { file: "f" },
        Msg::SpreadsheetUnreadable { file: "f", reason: "r" },
        Msg::CsvUnreadable { file: "f", line: 2, reason: "r" },
        Msg::DocumentNotText { file: "f", line: 2 },
        Msg::SpreadsheetHasNoYear { file: "f" },
        Msg::BinaryToTerminal { format: "docx" },
        Msg::PlainTitle { year: 2024 },
        Msg::CannotWriteSpreadsheet { reason: "r" },
    ]
}

const COMMITTEE: &[String] = &[String::new(), String::new()];

/// One problem of each kind (and each shape of message); see [`message_samples`].
fn problem_samples() -> Vec<Problem> {
    use Problem::*;
    let day = |text: &str| text.parse::<NaiveDate>().expect("a test date");
    let semester = |semester| Period::Semester { year: 2021, semester };
    vec![
        NotUtf8 { offset: 3 },
        Unreadable { kind: std::io::ErrorKind::PermissionDenied, reason: "Permission denied".into() },
        NotAFile,
        LinkOutside,
        TooLarge { bytes: 70_000_000, limit: 64 * 1024 * 1024 },
        Syntax { message: "expected `=`".into() },
        MissingSchema,
        UnsupportedSchema { found: "2".into() },
        UnsupportedSchema { found: "0".into() },
        UnknownKey { key: "titel".into(), place: Place::Activity, suggestion: Some("title") },
        UnknownKey { key: "x".into(), place: Place::Record, suggestion: None },
        MissingKey { key: "title", place: Place::PlanFile },
        MissingKey { key: "on", place: Place::Approval },
        MissingKey { key: "name", place: Place::Committee },
        MissingKey { key: "number", place: Place::AreaFile },
        MissingKey { key: "reason", place: Place::Cancellation },
        WrongType { key: "title".into(), expected: Expected::Text, found: "integer" },
        WrongType { key: "target".into(), expected: Expected::Integer, found: "string" },
        WrongType { key: "on".into(), expected: Expected::Date, found: "float" },
        WrongType { key: "approval".into(), expected: Expected::Table, found: "array" },
        WrongType { key: "members".into(), expected: Expected::ListOfText, found: "table" },
        WrongType { key: "activity".into(), expected: Expected::ListOfTables, found: "boolean" },
        OutOfRange { key: "target", value: "0".into() },
        OutOfRange { key: "year", value: "22".into() },
        BadNumber { value: "3..1".into() },
        BadSchedule { value: "1er semestre".into(), suggestion: None },
        BadSchedule { value: "2do semestre 2022".into(), suggestion: Some("2022-S2".into()) },
        ImpossibleSchedule { value: "2022-02-30".into() },
        BadFrequency { value: "weekly".into(), suggestion: None },
        BadFrequency { value: "mounth".into(), suggestion: Some("month") },
        NotADate { key: "on".into() },
        DuplicateArea { number: "3.3".into(), first_file: "a.toml".into() },
        NotAnAreaNumber { value: "3".into() },
        UnknownCheck { name: "complete".into(), suggestion: Some("completeness") },
        UnknownCheck { name: "x".into(), suggestion: None },
        NotAllowable { name: "syntax".into() },
        NumberGap { missing: "3.1.4".into(), through: None, next: "3.1.5".into() },
        NumberGap { missing: "3.1.4".into(), through: Some("3.1.6".into()), next: "3.1.7".into() },
        DuplicateActivityNumber { number: "3.1.3".into(), first: "a.toml:8".into() },
        NotInArea { number: "3.2.1".into(), area: "3.1".into() },
        FileNameMismatch { number: "3.1".into(), file_name: "x.toml".into() },
        StrayNumberInTitle { prefix: "3.1.3)".into() },
        ScheduleOutsideYear { period: semester(2), year: 2022, suggestion: Some(semester(2)) },
        ScheduleOutsideYear { period: semester(1), year: 2022, suggestion: None },
        DoneInFuture { on: day("2022-08-01"), today: day("2022-07-15") },
        DoneBeforeApproval { on: day("2021-01-01"), approved: day("2021-11-18") },
        DoneOutsidePeriod { on: day("2022-08-01"), planned: semester(1) },
        // New-user fixes (issue 17).
        DoneOutsidePlanYear { on: day("2026-12-01"), year: 2022, schedule: Some(Schedule::ToBeDefined) },
        DoneTooOften { done: 5, planned: 4 },
        MissingDetails { place: true, schedule: true, resources: false },
        MissingDetails { place: false, schedule: false, resources: true },
        EmptyTitle,
        EmptyAreaName,
        DuplicateActivity { first: "3.1.2".into() },
        UnusedAllowance { check: "completeness" },
        // safety-output.
        HiddenCharacter { field: "title", character: '\u{1b}' },
        HiddenCharacter { field: "place", character: '\u{202e}' },
        TextTooLong { field: "title", chars: 301, limit: 300 },
    ]
}
