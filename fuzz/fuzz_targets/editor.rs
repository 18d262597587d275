//! Any text as an area file, and a record added to one of its activities: the edit either is
//! refused or gives a file in which every byte outside that activity is unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use workplan::edit::{Change, apply};

fuzz_target!(|input: (&str, u8, &str)| {
    let (text, which, note) = input;
    let Some(area) = workplan::load::decode_area(text) else { return };
    let Some(activity) = area.activities.get(usize::from(which) % area.activities.len().max(1)) else { return };
    let Some(number) = &activity.number else { return };
    let on = chrono::NaiveDate::from_ymd_opt(2022, 6, 1).expect("a date");
    let Ok(edited) = apply(text, number, Change::AddRecord { on, note: Some(note) }) else { return };
    let start = activity.spans.table.start;
    assert!(edited.starts_with(&text[..start]), "bytes before the activity changed");
    assert!(workplan::load::decode_area(&edited).is_some(), "the edited file does not load");
});
