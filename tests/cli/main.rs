//! Integration tests: the real `workplan` binary on the real plan and on fixtures.
//!
//! One test binary with a module per command builds faster than one binary per file.

mod add;
mod area;
mod bad_input;
mod calendar;
mod common;
mod completions;
mod diff;
mod edit;
mod examples;
mod faults;
mod fmt;
mod git_repo;
mod history;
mod hostile;
mod init;
mod lang;
mod list;
mod list_timing;
mod loading;
mod man;
mod migrate;
mod moving;
mod narrow;
mod progress;
mod readme;
mod recipes;
mod records;
mod remove;
mod renumber;
mod report;
mod safety;
mod schema;
mod show;
mod site;
mod streams;
mod summary;
mod timeline;
mod validate;
mod writing;

mod export;
mod export_office;
mod import;
mod import_layouts;
mod office;
#[path = "../../benches/support/synthetic.rs"]
mod synthetic;
