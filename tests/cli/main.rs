//! Integration tests: the real `workplan` binary on the real plan and on fixtures.
//!
//! One test binary with a module per command builds faster than one binary per file.

mod common;
mod list;
// import/export
mod export;
mod import;
