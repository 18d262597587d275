//! Integration tests: the real `workplan` binary on the real plan and on fixtures.
//!
//! One test binary with a module per command builds faster than one binary per file.

mod bad_input;
mod calendar;
mod common;
mod completions;
mod diff;
mod faults;
mod fmt;
mod git_repo;
mod hostile;
mod lang;
mod list;
mod list_timing;
mod loading;
mod man;
mod migrate;
mod narrow;
mod progress;
mod readme;
mod recipes;
mod renumber;
mod report;
mod schema;
mod show;
mod streams;
mod summary;
mod timeline;
mod validate;

mod export;
mod import;
#[path = "../../benches/support/synthetic.rs"]
mod synthetic;
