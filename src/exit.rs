//! The process exit codes, documented in the README and `--help`.

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Everything went well (warnings allowed).
    Success,
    /// The command ran and found problems (for example `validate` found errors).
    Findings,
    /// The command could not run: no plan, unreadable or invalid files, bad arguments.
    Failure,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::Findings => 1,
            Exit::Failure => 2,
        }
    }
}
