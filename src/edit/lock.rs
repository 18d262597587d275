//! One writer at a time per plan directory.
//!
//! Each edit reads a file, changes it and renames a new file over it. Two processes doing that
//! at once would each write their own change over the other's. Locking the plan file itself would
//! not do: the rename replaces it, and a process that opens the new file takes a lock on another
//! file than the one a waiting process holds. So the lock is an exclusive `flock` on the plan
//! directory itself, which no edit replaces: nothing is created in the user's repository for
//! `git status` to show, and there is no lock file that a link could stand for. (Windows cannot
//! lock a directory: there the lock is `LockFileEx` on [`LOCK_FILE`] in the plan directory.) The
//! operating system releases the lock when the process ends, even if it is killed.
//!
//! A process that waits says so after [`WAIT_NOTICE`], and gives up after a timeout (see
//! [`timeout`]) rather than hang a script for ever.

use std::fs::{File, TryLockError};
use std::io;
use std::path::Path;
use std::time::{Duration, Instant};

/// The lock file's name in the plan directory, where a directory cannot be locked (Windows).
#[cfg(not(unix))]
pub const LOCK_FILE: &str = ".workplan.lock";

/// How long a writer waits before it says that another process holds the lock.
pub const WAIT_NOTICE: Duration = Duration::from_secs(1);

/// How long a writer waits for the lock when `WORKPLAN_LOCK_TIMEOUT` does not say.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The plan directory's lock, held until dropped.
#[derive(Debug)]
pub struct PlanLock {
    _file: File,
}

/// Why the lock was not taken.
#[derive(Debug)]
pub enum LockError {
    /// The directory (or, on Windows, the lock file) could not be opened or locked.
    Io(io::Error),
    /// Another process held the lock for the whole timeout.
    TimedOut,
}

impl PlanLock {
    /// Takes the lock of `dir`, waiting at most `timeout` for another process to release it;
    /// `waiting` is called once, after [`WAIT_NOTICE`], if it has to wait that long.
    pub fn acquire(dir: &Path, timeout: Duration, mut waiting: impl FnMut()) -> Result<PlanLock, LockError> {
        let file = open(dir).map_err(LockError::Io)?;
        let started = Instant::now();
        let mut told = false;
        let mut pause = Duration::from_millis(5);
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(PlanLock { _file: file }),
                Err(TryLockError::Error(error)) => return Err(LockError::Io(error)),
                Err(TryLockError::WouldBlock) => {}
            }
            let waited = started.elapsed();
            if waited >= timeout {
                return Err(LockError::TimedOut);
            }
            if !told && waited >= WAIT_NOTICE {
                waiting();
                told = true;
            }
            std::thread::sleep(pause.min(timeout - waited));
            pause = (pause * 2).min(Duration::from_millis(100));
        }
    }
}

/// The timeout `WORKPLAN_LOCK_TIMEOUT` gives, in seconds, else [`DEFAULT_TIMEOUT`]. `None` if it
/// is set to something that is not a number of seconds.
pub fn timeout(value: Option<&str>) -> Option<Duration> {
    match value.map(str::trim) {
        None | Some("") => Some(DEFAULT_TIMEOUT),
        Some(text) => {
            text.parse::<f64>().ok().filter(|s| s.is_finite() && *s >= 0.0).map(Duration::from_secs_f64)
        }
    }
}

#[cfg(unix)]
fn open(dir: &Path) -> io::Result<File> {
    File::open(dir)
}

#[cfg(not(unix))]
fn open(dir: &Path) -> io::Result<File> {
    std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(dir.join(LOCK_FILE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_waits_then_gives_up() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let lock = PlanLock::acquire(dir.path(), Duration::ZERO, || {}).expect("the lock");
        let mut told = false;
        let second = PlanLock::acquire(dir.path(), Duration::from_millis(1200), || told = true);
        assert!(matches!(second, Err(LockError::TimedOut)));
        assert!(told, "the wait is announced after a second");
        drop(lock);
        assert!(PlanLock::acquire(dir.path(), Duration::ZERO, || {}).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_leaves_nothing_in_the_directory() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let _lock = PlanLock::acquire(dir.path(), Duration::ZERO, || {}).expect("the lock");
        assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 0);
    }

    #[test]
    fn the_timeout_is_read_in_seconds() {
        assert_eq!(timeout(None), Some(DEFAULT_TIMEOUT));
        assert_eq!(timeout(Some("2.5")), Some(Duration::from_millis(2500)));
        assert_eq!(timeout(Some("0")), Some(Duration::ZERO));
        assert_eq!(timeout(Some("soon")), None);
        assert_eq!(timeout(Some("-1")), None);
    }
}
