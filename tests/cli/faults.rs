//! Faults and concurrency: a full disk, processes killed while writing, many writers at once.
//! None may lose or corrupt a plan file.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use crate::common::*;
use crate::synthetic;

const AREA_3_1: &str = "3.1-servicios-transfronterizos.toml";

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("workplan")
}

/// A `workplan` process on `dir`, not waited for, with the test environment's "today".
fn spawn(dir: &Path, args: &[&str]) -> Child {
    Command::new(binary())
        .arg("--plan")
        .arg(dir)
        .args(args)
        .env("WORKPLAN_TODAY", "2022-12-31")
        .env_remove("WORKPLAN_DIR")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("workplan starts")
}

/// The dates recorded for each activity of the plan, by number.
fn records(dir: &Path) -> Vec<(String, Vec<String>)> {
    let json = stdout_of(workplan_on(dir).args(["--today", "2022-12-31", "list", "--format", "json"]));
    let activities: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let activities = activities.as_array().expect("an array");
    activities
        .iter()
        .map(|a| {
            let dates = a["done"].as_array().expect("done").iter().map(|r| r["on"].to_string()).collect();
            (a["number"].as_str().expect("number").to_owned(), dates)
        })
        .collect()
}

#[test]
fn eight_writers_on_one_file_for_100_rounds_lose_nothing() {
    let plan = copy_plan(&real_plan());
    let numbers: Vec<String> = (1..=8).map(|n| format!("3.1.{n}")).collect();
    for round in 0..100u32 {
        let day = chrono::NaiveDate::from_yo_opt(2022, round + 1).expect("a day of 2022").to_string();
        let writers: Vec<Child> = numbers
            .iter()
            .map(|number| spawn(plan.path(), &["done", number, "--on", &day, "--force"]))
            .collect();
        for writer in writers {
            let output = writer.wait_with_output().expect("the writer ends");
            assert!(output.status.success(), "round {round}: {}", String::from_utf8_lossy(&output.stderr));
        }
    }
    let recorded = records(plan.path());
    for number in &numbers {
        let dates = &recorded.iter().find(|(n, _)| n == number).expect("the activity").1;
        assert_eq!(dates.len(), 100, "{number} lost records");
    }
    let untouched =
        recorded.iter().filter(|(n, _)| !n.starts_with("3.1.")).all(|(_, dates)| dates.is_empty());
    assert!(untouched, "only the eight activities changed");
}

/// How many writers are killed.
const ROUNDS: u32 = 30;

#[test]
fn a_writer_killed_at_any_moment_leaves_a_loadable_plan() {
    let plan = tempfile::tempdir().expect("temp dir");
    synthetic::write_plan(plan.path(), 1, 2500).expect("a large synthetic plan");
    let area = plan.path().join("3.1-area-sintetica-1.toml");
    let size = fs::metadata(&area).expect("area file").len();
    assert!(size > 500_000, "the area file is large enough to be caught mid-write ({size} bytes)");
    // How long one write takes here, so that the kills below spread over all of it: the read,
    // the edit, the write of the temporary file, the rename. (A calibration, not a speed test.)
    let started = Instant::now();
    let calibration = spawn(plan.path(), &["done", "3.1.2500", "--on", "2022-06-01", "--force"]);
    assert!(calibration.wait_with_output().expect("runs").status.success());
    let whole = started.elapsed();
    let mut landed = 0;
    for round in 0..ROUNDS {
        let number = format!("3.1.{}", round + 1);
        let mut writer = spawn(plan.path(), &["done", &number, "--on", "2022-06-01", "--force"]);
        std::thread::sleep(whole.mul_f64(1.2 * f64::from(round) / f64::from(ROUNDS)));
        let _ = writer.kill();
        let status = writer.wait().expect("the writer ends");
        landed += u32::from(status.success());
        let output = workplan_on(plan.path()).args(["list", "--format", "csv"]).output().expect("list runs");
        assert!(output.status.success(), "round {round}: {}", String::from_utf8_lossy(&output.stderr));
    }
    eprintln!("{landed} of {ROUNDS} writers finished before the kill; the plan loaded after every kill");
}

/// A small tmpfs, unmounted when dropped.
struct TinyDisk {
    dir: tempfile::TempDir,
}

impl TinyDisk {
    /// `None` where this user may not mount (not root, or no tmpfs in this sandbox).
    fn mount(bytes: u64) -> Option<TinyDisk> {
        let dir = tempfile::tempdir().ok()?;
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "tmpfs"])
            .arg(dir.path())
            .stderr(Stdio::null())
            .status()
            .ok()?;
        status.success().then_some(TinyDisk { dir })
    }
}

impl Drop for TinyDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

#[test]
fn a_full_disk_leaves_the_original_intact_and_says_why() {
    let Some(disk) = TinyDisk::mount(256 * 1024) else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    let dir = disk.dir.path();
    for entry in fs::read_dir(real_plan()).expect("plan") {
        let entry = entry.expect("entry");
        fs::copy(entry.path(), dir.join(entry.file_name())).expect("copy");
    }
    let filler = vec![b'x'; 4096];
    let mut fill = fs::File::create(dir.join("filler")).expect("filler");
    while std::io::Write::write_all(&mut fill, &filler).is_ok() {}
    drop(fill);
    let before = fs::read(dir.join(AREA_3_1)).expect("area");
    let stderr = stderr_of(workplan_on(dir).args(["done", "3.1.2", "--on", "2022-03-01"]), 2);
    assert!(stderr.contains(AREA_3_1), "names the file: {stderr}");
    assert!(stderr.contains("No space left on device"), "says why: {stderr}");
    assert_eq!(fs::read(dir.join(AREA_3_1)).expect("area"), before, "the original is intact");
    let leftovers = fs::read_dir(dir).expect("dir").filter_map(Result::ok);
    let temporaries: Vec<_> =
        leftovers.filter(|e| e.file_name().to_string_lossy().ends_with(".tmp")).collect();
    assert!(temporaries.is_empty(), "no temporary file is left behind");
}

/// The document `import --force` replaces a plan with in the tests below.
fn document() -> PathBuf {
    fixture("import").join("red-gealc-plan-de-trabajo-2022.md")
}

/// The `*.toml` files of a directory and their bytes: the plan it holds.
fn plan_in(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .expect("the plan directory")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .map(|name| (name.clone(), fs::read(dir.join(&name)).expect("a plan file")))
        .collect()
}

/// An old plan of twelve areas (so that the import removes three), and the plan the document
/// makes, as files.
fn old_and_new() -> (tempfile::TempDir, std::collections::BTreeMap<String, Vec<u8>>) {
    let old = tempfile::tempdir().expect("temp dir");
    synthetic::write_plan(old.path(), 12, 40).expect("the old plan");
    let new = tempfile::tempdir().expect("temp dir");
    let out = new.path().join("plan");
    workplan().arg("import").arg(document()).arg("--out").arg(&out).assert().success();
    (old, plan_in(&out))
}

/// How many `import --force` runs are killed.
const IMPORT_KILLS: u32 = 60;

#[test]
fn an_import_killed_at_any_moment_leaves_the_old_plan_or_the_new() {
    let (old_dir, new) = old_and_new();
    let old = plan_in(old_dir.path());
    let import = |dir: &Path| {
        Command::new(binary())
            .arg("import")
            .arg(document())
            .arg("--out")
            .arg(dir)
            .arg("--force")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("workplan starts")
    };
    let calibration = copy_plan(old_dir.path());
    let started = Instant::now();
    assert!(import(calibration.path()).wait().expect("runs").success());
    let whole = started.elapsed();
    let (mut kept_old, mut landed, mut finished_by_next) = (0, 0, 0);
    for round in 0..IMPORT_KILLS {
        let plan = copy_plan(old_dir.path());
        let mut writer = import(plan.path());
        std::thread::sleep(whole.mul_f64(1.2 * f64::from(round) / f64::from(IMPORT_KILLS)));
        let _ = writer.kill();
        writer.wait().expect("the writer ends");
        if plan.path().join(".workplan-journal").exists() {
            let stderr = stderr_of(workplan_on(plan.path()).arg("validate"), 2);
            assert!(stderr.contains("was interrupted"), "a reader refuses a half-done import: {stderr}");
            // The next command that changes the plan finishes the import first.
            workplan_on(plan.path()).args(["renumber", "3.1.1", "3.1.1"]).assert().success();
            finished_by_next += 1;
        }
        let now = plan_in(plan.path());
        assert!(
            now == old || now == new,
            "round {round}: the directory holds neither plan: {:?}",
            now.keys()
        );
        if now == old {
            kept_old += 1;
        } else {
            landed += 1;
        }
    }
    eprintln!(
        "{IMPORT_KILLS} imports killed: {kept_old} left the old plan, {landed} the new one \
         ({finished_by_next} of them finished by the next command)"
    );
}

#[test]
fn an_import_onto_a_full_disk_leaves_the_old_plan() {
    let Some(disk) = TinyDisk::mount(512 * 1024) else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    let dir = disk.dir.path().join("plan");
    fs::create_dir(&dir).expect("mkdir");
    synthetic::write_plan(&dir, 12, 4).expect("the old plan");
    let old = plan_in(&dir);
    // Fill the disk, then free two pages: the import writes a file or two and fails.
    let mut fillers = Vec::new();
    for n in 0.. {
        let path = disk.dir.path().join(format!("filler-{n}"));
        if fs::write(&path, [b'x'; 4096]).is_err() {
            let _ = fs::remove_file(&path);
            break;
        }
        fillers.push(path);
    }
    for path in fillers.iter().rev().take(2) {
        fs::remove_file(path).expect("free a page");
    }
    let stderr = stderr_of(workplan().arg("import").arg(document()).arg("--out").arg(&dir).arg("--force"), 2);
    assert!(stderr.contains("No space left on device"), "says why: {stderr}");
    assert_eq!(plan_in(&dir), old, "the old plan, whole");
    let names: Vec<String> = fs::read_dir(&dir)
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|name| name.ends_with(".toml")), "nothing left behind: {names:?}");
}
