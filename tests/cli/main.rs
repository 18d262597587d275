//! Integration tests: the real `workplan` binary on the real plan and on fixtures.
//!
//! One test binary with a module per command builds faster than one binary per file.

mod common;
mod list;
mod loading;
mod readme;
mod show;
// reports
mod calendar;
mod list_timing;
mod report;
mod summary;
mod timeline;
