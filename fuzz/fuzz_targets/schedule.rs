//! Any text as a schedule code: read or refused, never a panic; what is read writes back as is.
#![no_main]

use libfuzzer_sys::fuzz_target;
use workplan::schedule::Schedule;

fuzz_target!(|code: &str| {
    if let Ok(schedule) = code.parse::<Schedule>() {
        assert_eq!(schedule.to_string().parse::<Schedule>(), Ok(schedule));
    }
});
