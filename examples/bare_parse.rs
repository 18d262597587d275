//! The baseline for benchmarks: read every `*.toml` of a directory and parse it with the `toml`
//! crate, doing nothing else. `workplan validate` is measured against this.
//!
//! `cargo run --release --example bare_parse -- DIR`

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: bare_parse DIR");
        return ExitCode::from(2);
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("error: cannot read `{dir}`");
        return ExitCode::from(2);
    };
    let mut tables = 0usize;
    for path in entries.filter_map(Result::ok).map(|entry| entry.path()) {
        if path.extension().is_some_and(|ext| ext == "toml") {
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            match text.parse::<toml::Table>() {
                Ok(table) => tables += table.len(),
                Err(error) => eprintln!("{}: {error}", path.display()),
            }
        }
    }
    println!("{tables} top-level keys");
    ExitCode::SUCCESS
}
