//! Any bytes as an area file: the decoder never panics, whatever it says about them.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = workplan::load::decode_area(text);
    }
});
