//! `workplan calendar`: an iCalendar file, checked line by line against RFC 5545's structure.

use std::collections::HashSet;

use crate::common::*;

/// A property: name, parameters (`;VALUE=DATE`), value.
#[derive(Debug)]
struct Property {
    name: String,
    params: String,
    value: String,
}

/// A VEVENT's properties.
type Event = Vec<Property>;

fn get<'e>(event: &'e Event, name: &str) -> Option<&'e Property> {
    event.iter().find(|p| p.name == name)
}

/// The file's structure, checked on the way: CRLF endings, lines of at most 75 octets,
/// BEGIN/END pairs balanced and nested, the calendar's and every event's required properties.
fn parse(ics: &str) -> Vec<Event> {
    assert!(ics.ends_with("\r\n"), "the last line ends with CRLF");
    let physical: Vec<&str> = ics.strip_suffix("\r\n").expect("CRLF").split("\r\n").collect();
    for line in &physical {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'), "a bare LF or CR: {line:?}");
    }
    let mut logical: Vec<String> = Vec::new();
    for line in physical {
        match line.strip_prefix(' ') {
            Some(rest) => logical.last_mut().expect("a folded line follows another").push_str(rest),
            None => logical.push(line.to_owned()),
        }
    }
    let mut stack: Vec<String> = Vec::new();
    let (mut events, mut calendar, mut current): (Vec<Event>, Event, Option<Event>) = (vec![], vec![], None);
    for line in logical {
        let (head, value) = line.split_once(':').expect("NAME:value");
        let (name, params) = head.split_once(';').unwrap_or((head, ""));
        let property = Property { name: name.to_owned(), params: params.to_owned(), value: value.to_owned() };
        match name {
            "BEGIN" => {
                if value == "VEVENT" {
                    assert_eq!(stack, ["VCALENDAR"], "events sit directly in the calendar");
                    current = Some(Vec::new());
                }
                stack.push(value.to_owned());
            }
            "END" => {
                assert_eq!(stack.pop().as_deref(), Some(value), "END matches its BEGIN");
                if value == "VEVENT" {
                    events.push(current.take().expect("an open event"));
                }
            }
            _ => match current.as_mut() {
                Some(event) => event.push(property),
                None => calendar.push(property),
            },
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    assert_eq!(get(&calendar, "VERSION").map(|p| p.value.as_str()), Some("2.0"));
    assert!(get(&calendar, "PRODID").is_some());
    for event in &events {
        for required in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"] {
            assert!(get(event, required).is_some(), "{required} missing in {event:?}");
        }
        assert_eq!(get(event, "DTSTART").map(|p| p.params.as_str()), Some("VALUE=DATE"), "all-day");
    }
    events
}

fn calendar_of(plan: &std::path::Path, args: &[&str]) -> (String, String) {
    let output = workplan_on(plan).args(args).arg("calendar").output().expect("runs");
    assert!(output.status.success());
    (String::from_utf8(output.stdout).expect("UTF-8"), String::from_utf8(output.stderr).expect("UTF-8"))
}

fn event<'e>(events: &'e [Event], number: &str) -> &'e Event {
    events
        .iter()
        .find(|e| get(e, "SUMMARY").is_some_and(|s| s.value.starts_with(&format!("{number} "))))
        .expect("the activity's event")
}

fn value<'e>(event: &'e Event, name: &str) -> &'e str {
    get(event, name).map(|p| p.value.as_str()).expect("the property")
}

#[test]
fn every_dated_activity_is_an_all_day_event() {
    let (ics, stderr) = calendar_of(&fixture("progress"), &[]);
    let events = parse(&ics);
    assert_eq!(events.len(), 34, "37 activities, 3 with no date");
    let s1 = event(&events, "3.1.2");
    assert_eq!((value(s1, "DTSTART"), value(s1, "DTEND")), ("20220101", "20220701"), "DTEND is exclusive");
    let year = event(&events, "3.1.6");
    assert_eq!((value(year, "DTSTART"), value(year, "DTEND")), ("20220101", "20230101"));
    let counted = event(&events, "3.2.2");
    assert_eq!(value(counted, "DTEND"), "20230101", "4 a year, dates to be defined: the whole year");
    assert!(stderr.contains("left out 3 activities with no date yet: 3.2.1, 3.4.1, 3.4.2"), "{stderr}");
}

#[test]
fn recurring_activities_repeat_with_their_count() {
    let (ics, _) = calendar_of(&fixture("progress"), &[]);
    let events = parse(&ics);
    let quarterly = event(&events, "3.3.4");
    assert_eq!(value(quarterly, "RRULE"), "FREQ=MONTHLY;INTERVAL=3;COUNT=4");
    assert_eq!((value(quarterly, "DTSTART"), value(quarterly, "DTEND")), ("20220101", "20220401"));
    assert!(get(event(&events, "3.1.7"), "RRULE").is_none(), "a count without a frequency is one span");
}

#[test]
fn uids_are_unique_and_stable_across_days() {
    let (ics, _) = calendar_of(&fixture("progress"), &[]);
    let (later, _) = calendar_of(&fixture("progress"), &["--today", "2022-11-30"]);
    let uids = |ics: &str| -> Vec<String> { parse(ics).iter().map(|e| value(e, "UID").to_owned()).collect() };
    let first = uids(&ics);
    assert_eq!(first.iter().collect::<HashSet<_>>().len(), first.len(), "unique");
    assert_eq!(first, uids(&later), "the same events, to be updated on import");
    assert!(first.contains(&"red-gealc-2022-3.3.4@workplan".to_owned()));
    assert!(ics.contains("DTSTAMP:20220715T000000Z\r\n"), "DTSTAMP comes from --today");
    assert_eq!(ics, calendar_of(&fixture("progress"), &[]).0, "reproducible");
}

#[test]
fn text_is_escaped_and_cancellations_are_marked() {
    let (ics, _) = calendar_of(&fixture("progress"), &["--lang", "es"]);
    let events = parse(&ics);
    let cancelled = event(&events, "3.6.3");
    assert_eq!(value(cancelled, "STATUS"), "CANCELLED");
    assert!(
        value(cancelled, "DESCRIPTION").contains("Sin fondos\\; se pospone a 2023\\, según acta del Comité"),
        "{}",
        value(cancelled, "DESCRIPTION")
    );
    assert!(value(cancelled, "DESCRIPTION").contains("\\nEstado: cancelada"), "lines joined by \\n");
    assert_eq!(value(event(&events, "3.9.3"), "LOCATION"), "Lima\\, Perú.");
}

#[test]
fn a_known_day_is_a_one_day_event() {
    let plan = copy_plan(&approved_plan());
    let file = plan.path().join("3.9-reunion-anual-y-ministerial-de-la-red-gealc.toml");
    let text = std::fs::read_to_string(&file).expect("area file");
    let text = text.replace(
        "title = \"Realización de la reunión y aprobación de documentos.\"\nplace = \"Lima, Perú.\"\nschedule = \"2022-S2\"",
        "title = \"Realización de la reunión y aprobación de documentos.\"\nplace = \"Lima, Perú.\"\nschedule = \"2022-11-17\"",
    );
    assert!(text.contains("2022-11-17"));
    std::fs::write(&file, text).expect("write");
    let (ics, _) = calendar_of(plan.path(), &[]);
    let meeting =
        event(&parse(&ics), "3.9.3").iter().map(|p| (p.name.clone(), p.value.clone())).collect::<Vec<_>>();
    assert!(meeting.contains(&("DTSTART".into(), "20221117".into())));
    assert!(meeting.contains(&("DTEND".into(), "20221118".into())));
}

#[test]
fn writes_the_file_with_o_and_says_how_many_events() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("plan.ics");
    let stderr = stderr_of(workplan_on(&real_plan()).args(["calendar", "-o"]).arg(&path), 0);
    assert!(stderr.contains("wrote 34 events to"), "{stderr}");
    let ics = std::fs::read_to_string(&path).expect("written");
    assert_eq!(parse(&ics).len(), 34);
}

#[test]
fn a_year_long_event_with_no_date_says_what_it_means() {
    let (ics, _) = calendar_of(&real_plan(), &[]);
    let events = parse(&ics);
    let counted = value(event(&events, "3.2.2"), "DESCRIPTION");
    assert!(counted.contains("No date set yet: shown across 2022\\, the plan's year"), "{counted}");
    let dated = value(event(&events, "3.1.2"), "DESCRIPTION");
    assert!(!dated.contains("No date set yet"), "{dated}");
    let (ics, _) = calendar_of(&real_plan(), &["--lang", "es"]);
    let events = parse(&ics);
    let spanish = value(event(&events, "3.2.2"), "DESCRIPTION");
    assert!(spanish.contains("Aún sin fecha: se muestra en todo 2022"), "{spanish}");
}
