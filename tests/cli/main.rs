//! Integration tests: the real `workplan` binary on the real plan and on fixtures.
//!
//! One test binary with a module per command builds faster than one binary per file.

mod bad_input;
mod common;
mod faults;
mod list;
mod loading;
mod progress;
mod readme;
mod show;

#[path = "../../benches/support/synthetic.rs"]
mod synthetic;
mod validate;
// import/export
mod export;
mod import;
