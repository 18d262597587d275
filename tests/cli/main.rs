//! Integration tests: the real `workplan` binary on the real plan and on fixtures.
//!
//! One test binary with a module per command builds faster than one binary per file.

mod bad_input;
mod calendar;
mod common;
mod faults;
mod list;
mod list_timing;
mod loading;
mod progress;
mod readme;
mod report;
mod show;
mod summary;
mod timeline;
mod validate;
// cli-lang
mod completions;
mod lang;
mod man;
mod streams;
// git-tools
mod diff;
mod fmt;
mod git_repo;
mod migrate;
mod recipes;
mod renumber;
mod schema;

#[path = "../../benches/support/synthetic.rs"]
mod synthetic;
// import/export
mod export;
mod import;
