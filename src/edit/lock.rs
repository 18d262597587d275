//! One writer at a time per plan directory.
//!
//! Each edit reads a file, changes it and renames a new file over it. Two processes doing that
//! at once would each write their own change over the other's. Locking the plan file itself would
//! not do: the rename replaces it, and a process that opens the new file takes a lock on another
//! file than the one a waiting process holds. So the lock is an exclusive lock (`flock` on Unix,
//! `LockFileEx` on Windows) on a file that is never replaced, [`LOCK_FILE`] in the plan
//! directory. It is empty, never removed (removing it would let two processes lock two
//! different files), ignored by the loader (not a `*.toml`) and meant to be git-ignored. The
//! operating system releases the lock when the process ends, even if it is killed.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

/// The lock file's name in the plan directory.
pub const LOCK_FILE: &str = ".workplan.lock";

/// The plan directory's lock, held until dropped.
#[derive(Debug)]
pub struct PlanLock {
    _file: File,
}

impl PlanLock {
    /// Waits until no other process holds the lock of `dir`, then takes it.
    pub fn acquire(dir: &Path) -> io::Result<PlanLock> {
        let file = OpenOptions::new().create(true).truncate(false).write(true).open(dir.join(LOCK_FILE))?;
        file.lock()?;
        Ok(PlanLock { _file: file })
    }
}

#[cfg(test)]
mod tests {
    use std::fs::TryLockError;

    use super::*;

    fn try_lock(dir: &Path) -> Result<(), TryLockError> {
        let file = OpenOptions::new().write(true).open(dir.join(LOCK_FILE)).expect("the lock file exists");
        file.try_lock()
    }

    #[test]
    fn a_second_writer_waits_until_the_first_is_done() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let lock = PlanLock::acquire(dir.path()).expect("the lock");
        assert!(matches!(try_lock(dir.path()), Err(TryLockError::WouldBlock)));
        drop(lock);
        assert!(try_lock(dir.path()).is_ok());
    }
}
