//! Safe on a stranger's pull request (issue 13): what a write may leave behind, which files are
//! read and written, and what each exit code promises. See docs/reliability.md.

use std::fs;
use std::path::Path;

use crate::common::*;

const AREA_3_1: &str = "3.1-servicios-transfronterizos.toml";

/// `workplan --plan DIR ARGS > /dev/full`: every write to standard output fails with "No space
/// left on device".
#[cfg(target_os = "linux")]
fn to_full_disk(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let full = fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full opens");
    std::process::Command::new(assert_cmd::cargo::cargo_bin("workplan"))
        .env("WORKPLAN_TODAY", "2022-07-15")
        .env("WORKPLAN_LANG", "en")
        .arg("--plan")
        .arg(dir)
        .args(args)
        .stdout(full)
        .output()
        .expect("workplan runs")
}

#[cfg(target_os = "linux")]
#[test]
fn a_confirmation_that_cannot_be_printed_does_not_make_a_written_change_exit_2() {
    let plan = copy_plan(&real_plan());
    let before = fs::read_to_string(plan.path().join(AREA_3_1)).expect("area");
    let output = to_full_disk(plan.path(), &["done", "3.1.2", "--on", "2022-03-01"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "the change is made: {stderr}");
    assert!(stderr.contains("the change is written") && stderr.contains("No space left"), "{stderr}");
    let after = fs::read_to_string(plan.path().join(AREA_3_1)).expect("area");
    assert_ne!(after, before, "the record is written");
    // Run again as a script that retries would: the activity is done, so nothing is written twice.
    let again =
        workplan_on(plan.path()).args(["done", "3.1.2", "--on", "2022-03-01"]).output().expect("runs");
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(fs::read_to_string(plan.path().join(AREA_3_1)).expect("area"), after);
}

#[cfg(target_os = "linux")]
#[test]
fn a_dry_run_that_cannot_be_printed_still_exits_2() {
    let plan = copy_plan(&real_plan());
    let output = to_full_disk(plan.path(), &["done", "3.1.2", "--on", "2022-03-01", "--dry-run"]);
    assert_eq!(output.status.code(), Some(2), "nothing was done, and nothing was shown");
}

#[test]
fn the_git_diff_driver_given_missing_files_exits_2_naming_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old = dir.path().join("old.toml");
    let new = dir.path().join("new.toml");
    let (old_arg, new_arg) = (old.to_string_lossy().into_owned(), new.to_string_lossy().into_owned());
    let args = ["git-diff-driver", "plan/3.3-x.toml", &old_arg, "0", "100644", &new_arg, "0", "100644"];
    let stderr = stderr_of(workplan().args(args), 2);
    assert!(stderr.contains("cannot read") && stderr.contains("old.toml"), "{stderr}");
    // `/dev/null` is how git names a side that does not exist: not an error.
    fs::write(&new, fs::read(real_plan().join("3.3-ciberseguridad.toml")).expect("area")).expect("write");
    let args = ["git-diff-driver", "plan/3.3-x.toml", "/dev/null", "0", "100644", &new_arg, "0", "100644"];
    let added = stdout_of(workplan().args(args));
    assert!(added.contains("3.3.1"), "{added}");
}

/// `--note` and `--reason` lose the spaces around them, as the README says, and nothing else.
#[test]
fn notes_and_reasons_are_trimmed_as_documented() {
    let plan = copy_plan(&real_plan());
    let area = plan.path().join("3.3-ciberseguridad.toml");
    workplan_on(plan.path())
        .args(["done", "3.3.1", "--on", "2022-03-01", "--note", "  dos  espacios\n"])
        .assert()
        .success();
    assert!(fs::read_to_string(&area).expect("area").contains(r#"note = "dos  espacios" }"#));
    workplan_on(plan.path())
        .args(["done", "3.3.2", "--on", "2022-03-01", "--note", " \t "])
        .assert()
        .success();
    assert!(
        fs::read_to_string(&area).expect("area").contains("  { on = 2022-03-01 },\n"),
        "a blank note is none"
    );
    let stderr = stderr_of(workplan_on(plan.path()).args(["cancel", "3.3.3", "--reason", "   "]), 2);
    assert!(!stderr.is_empty());
    workplan_on(plan.path())
        .args(["cancel", "3.3.3", "--on", "2022-03-01", "--reason", " Se unificó "])
        .assert()
        .success();
    assert!(fs::read_to_string(&area).expect("area").contains(r#"reason = "Se unificó" }"#));
}

/// A measurement, not a check (`cargo test --test cli -- --ignored editor_saves --nocapture`): an
/// "editor" saves an area file 200 times (read, add a comment line, write beside it and rename)
/// while `done` writes records to the same file; prints how many of the editor's saves were lost.
/// The figures are in docs/reliability.md.
#[test]
#[ignore = "a measurement: run by hand"]
fn editor_saves_against_writers() {
    let plan = copy_plan(&real_plan());
    let area = plan.path().join(AREA_3_1);
    const SAVES: usize = 200;
    let editor = {
        let area = area.clone();
        std::thread::spawn(move || {
            for save in 0..SAVES {
                let text = fs::read_to_string(&area).expect("the editor reads");
                let beside = area.with_extension("toml~");
                fs::write(&beside, format!("{text}# save {save}\n")).expect("the editor writes");
                fs::rename(&beside, &area).expect("the editor renames");
                std::thread::sleep(std::time::Duration::from_millis(3));
            }
        })
    };
    let mut writes = 0;
    while !editor.is_finished() {
        let number = format!("3.1.{}", writes % 8 + 1);
        let _ = workplan_on(plan.path()).args(["done", &number, "--on", "2022-03-01", "--force"]).output();
        writes += 1;
    }
    editor.join().expect("the editor ends");
    let text = fs::read_to_string(&area).expect("area");
    let lost = (0..SAVES).filter(|save| !text.contains(&format!("# save {save}\n"))).count();
    eprintln!("{lost} of {SAVES} editor saves lost against {writes} runs of `done`");
}

#[test]
fn output_files_never_replace_the_plan_and_replace_others_only_with_force() {
    let plan = copy_plan(&real_plan());
    let plan_toml = plan.path().join("plan.toml");
    let before = fs::read(&plan_toml).expect("plan.toml");
    for args in [&["calendar"][..], &["report", "--html"], &["export"], &["schema", "area"]] {
        let what = args.join(" ");
        for force in [false, true] {
            let mut command = workplan_on(plan.path());
            command.args(args).arg("-o").arg(&plan_toml);
            if force {
                command.arg("--force");
            }
            let stderr = stderr_of(&mut command, 2);
            assert!(stderr.contains("is a file of the plan"), "{what}: {stderr}");
        }
        // A new `*.toml` in the plan directory would be read as an area file.
        let stray = plan.path().join("3.10-nueva.toml");
        stderr_of(workplan_on(plan.path()).args(args).arg("-o").arg(&stray), 2);
        assert!(!stray.exists(), "{what}");
    }
    assert_eq!(fs::read(&plan_toml).expect("plan.toml"), before, "the plan is intact");

    let out = tempfile::tempdir().expect("temp dir");
    let page = out.path().join("plan.html");
    fs::write(&page, "mine").expect("write");
    let stderr = stderr_of(workplan_on(plan.path()).args(["report", "--html", "-o"]).arg(&page), 2);
    assert!(stderr.contains("already exists") && stderr.contains("--force"), "{stderr}");
    assert_eq!(fs::read_to_string(&page).expect("page"), "mine");
    workplan_on(plan.path()).args(["report", "--html", "--force", "-o"]).arg(&page).assert().success();
    assert!(fs::read_to_string(&page).expect("page").starts_with("<!DOCTYPE html>"));
}

/// A link or a hard link to a plan file is the plan file, whatever its name.
#[cfg(unix)]
#[test]
fn output_through_a_link_to_a_plan_file_is_refused() {
    let plan = copy_plan(&real_plan());
    let out = tempfile::tempdir().expect("temp dir");
    let area = plan.path().join(AREA_3_1);
    let before = fs::read(&area).expect("area");
    let hard = out.path().join("calendar.ics");
    fs::hard_link(&area, &hard).expect("hard link");
    let soft = out.path().join("report.html");
    std::os::unix::fs::symlink(&area, &soft).expect("symlink");
    for (args, path) in [(&["calendar"][..], &hard), (&["report", "--html"], &soft)] {
        let stderr = stderr_of(workplan_on(plan.path()).args(args).arg("--force").arg("-o").arg(path), 2);
        assert!(stderr.contains("is a file of the plan"), "{stderr}");
    }
    assert_eq!(fs::read(&area).expect("area"), before);
}

/// What a run printed, both streams together.
fn everything(output: &std::process::Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// A pull request adds `plan/3.10-x.toml` as a link to a file outside the repository: `validate`
/// in CI must not print that file, in any format, and must exit 2 naming the link.
#[cfg(unix)]
#[test]
fn a_link_out_of_the_repository_is_never_read() {
    let repo = crate::git_repo::Repo::with_plan(&real_plan());
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let secret = elsewhere.path().join("secret.toml");
    fs::write(&secret, "schema = 1\nnumber = \"3.10\"\nname = \"TOKEN=hunter2\"\n").expect("write");
    let mut targets = vec![secret];
    if Path::new("/proc/self/environ").exists() {
        targets.push("/proc/self/environ".into());
    }
    for target in targets {
        let link = repo.plan().join("3.10-x.toml");
        let _ = fs::remove_file(&link);
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        for format in ["human", "json", "github"] {
            let output = repo
                .workplan()
                .env("CI_SECRET", "hunter2")
                .args(["validate", "--format", format])
                .output()
                .expect("runs");
            let all = everything(&output);
            assert_eq!(output.status.code(), Some(2), "{format}: {all}");
            assert!(!all.contains("hunter2"), "{format} shows the target: {all}");
            assert!(all.contains("3.10-x.toml"), "{format} names the link: {all}");
        }
        let all = everything(&repo.workplan().args(["list"]).output().expect("runs"));
        assert!(!all.contains("hunter2") && all.contains("leads outside the repository"), "{all}");
    }
}

/// Inside the repository a link is fine; outside git, the plan directory is the limit.
#[cfg(unix)]
#[test]
fn a_link_inside_the_repository_is_read_and_outside_git_the_plan_directory_is_the_limit() {
    let repo = crate::git_repo::Repo::with_plan(&real_plan());
    let shared = repo.root().join("compartido");
    fs::create_dir(&shared).expect("mkdir");
    fs::rename(repo.plan().join("3.3-ciberseguridad.toml"), shared.join("3.3.toml")).expect("move");
    std::os::unix::fs::symlink("../compartido/3.3.toml", repo.plan().join("3.3-ciberseguridad.toml"))
        .expect("symlink");
    repo.workplan().args(["show", "3.3.1"]).assert().success();

    let root = repository_copy();
    let area = root.path().join("plan/3.3-ciberseguridad.toml");
    fs::rename(&area, root.path().join("3.3.toml")).expect("move");
    std::os::unix::fs::symlink("../3.3.toml", &area).expect("symlink");
    let output = workplan_on(&root.path().join("plan")).arg("validate").output().expect("runs");
    let all = everything(&output);
    assert_eq!(output.status.code(), Some(2), "{all}");
    assert!(all.contains("3.3-ciberseguridad.toml") && all.contains("symbolic link"), "{all}");
}

/// A Word document whose `word/document.xml` holds 70 MiB of spaces before area 3.4, deflated
/// to well under the 64 MiB document limit: the part itself is over the 64 MiB part limit.
fn padded_docx() -> Vec<u8> {
    use std::io::Write;
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    writer.start_file("word/document.xml", options).expect("zip entry");
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let paragraph = |text: &str| format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>");
    let head = format!(
        "<?xml version=\"1.0\"?><w:document {w}><w:body>{}{}{}",
        paragraph("Plan de Trabajo 2022"),
        paragraph("3.3 Ciberseguridad"),
        paragraph("3.3.1) Webinar. 1er semestre 2022.")
    );
    writer.write_all(head.as_bytes()).expect("zip write");
    let spaces = vec![b' '; 1024 * 1024];
    for _ in 0..70 {
        writer.write_all(&spaces).expect("zip write");
    }
    let tail = format!("{}</w:body></w:document>", paragraph("3.4 Medición"));
    writer.write_all(tail.as_bytes()).expect("zip write");
    writer.finish().expect("zip").into_inner()
}

#[test]
fn a_docx_part_over_the_limit_is_refused_not_cut() {
    let dir = tempfile::tempdir().expect("temp dir");
    let document = dir.path().join("plan.docx");
    fs::write(&document, padded_docx()).expect("write");
    let out = dir.path().join("plan");
    let stderr = stderr_of(workplan().args(["import"]).arg(&document).arg("--out").arg(&out), 2);
    assert!(stderr.contains("word/document.xml") && stderr.contains("64 MiB"), "{stderr}");
    assert!(!out.exists(), "nothing is written");
}

/// Holds the plan directory's lock as another `workplan` would, until dropped.
#[cfg(unix)]
fn hold_lock(dir: &Path) -> fs::File {
    let file = fs::File::open(dir).expect("the directory opens");
    file.lock().expect("the lock");
    file
}

#[cfg(unix)]
#[test]
fn a_writer_kept_waiting_says_so_then_gives_up_writing_nothing() {
    let plan = copy_plan(&real_plan());
    let area = plan.path().join(AREA_3_1);
    let before = fs::read(&area).expect("area");
    let held = hold_lock(plan.path());
    let stderr = stderr_of(
        workplan_on(plan.path()).env("WORKPLAN_LOCK_TIMEOUT", "1.5").args([
            "done",
            "3.1.2",
            "--on",
            "2022-03-01",
        ]),
        2,
    );
    assert!(stderr.contains("waiting: another workplan process"), "{stderr}");
    assert!(stderr.contains("for 1.5 s: gave up, nothing was written"), "{stderr}");
    assert_eq!(fs::read(&area).expect("area"), before);
    drop(held);
    let stderr =
        stderr_of(workplan_on(plan.path()).env("WORKPLAN_LOCK_TIMEOUT", "pronto").args(["done", "3.1.2"]), 2);
    assert!(stderr.contains("WORKPLAN_LOCK_TIMEOUT"), "{stderr}");
    workplan_on(plan.path()).args(["done", "3.1.2", "--on", "2022-03-01"]).assert().success();
}

/// After a write, a refused write or a no-op, `git status` shows only what the command changed.
/// (Windows, which cannot lock a directory, keeps a lock file.)
#[cfg(unix)]
#[test]
fn the_repository_stays_clean() {
    let repo = crate::git_repo::Repo::with_plan(&real_plan());
    let status = || repo.git(&["status", "--porcelain", "--untracked-files=all", "--ignored"]);
    repo.workplan().args(["done", "3.3.1", "--on", "2022-03-01", "--dry-run"]).assert().success();
    repo.workplan().args(["done", "3.9.9", "--on", "2022-03-01"]).assert().code(2);
    repo.workplan().args(["renumber", "3.1.8", "3.1.8"]).assert().success();
    repo.workplan().arg("fmt").assert().success();
    assert_eq!(status(), "", "nothing to see after a dry run, a refusal and no-ops");
    repo.workplan().args(["done", "3.3.1", "--on", "2022-03-01"]).assert().success();
    assert_eq!(status(), " M plan/3.3-ciberseguridad.toml\n");
}

#[test]
fn the_next_writer_removes_what_a_killed_one_left() {
    let plan = copy_plan(&real_plan());
    let ours = plan.path().join(format!(".{AREA_3_1}.Ab12Cd.tmp"));
    let theirs = plan.path().join(".informe.html.Ab12Cd.tmp");
    fs::write(&ours, "half a file").expect("write");
    fs::write(&theirs, "someone else's").expect("write");
    workplan_on(plan.path()).args(["list"]).assert().success();
    assert!(ours.exists(), "a reader removes nothing");
    workplan_on(plan.path()).args(["done", "3.1.2", "--on", "2022-03-01"]).assert().success();
    assert!(!ours.exists(), "workplan's own temporary file is removed");
    assert!(theirs.exists(), "a file of another name is left alone");
}

/// An area file named in Latin-1 (`3.3-ciberseguridad-caf\xE9.toml`) is the area it says.
#[cfg(target_os = "linux")]
#[test]
fn a_file_name_that_is_not_utf8_gives_no_false_numbering_error() {
    use std::os::unix::ffi::OsStrExt;
    let plan = copy_plan(&real_plan());
    let name = std::ffi::OsStr::from_bytes(b"3.3-ciberseguridad-caf\xE9.toml");
    fs::rename(plan.path().join("3.3-ciberseguridad.toml"), plan.path().join(name)).expect("rename");
    let output = workplan_on(plan.path()).args(["validate", "--format", "json"]).output().expect("runs");
    let findings = String::from_utf8_lossy(&output.stdout);
    assert!(!findings.contains("\"numbering\""), "{findings}");
    assert_eq!(output.status.code(), Some(0), "{findings}");
}

/// A pull request that commits a journal cannot make `validate` rename or remove anything, nor a
/// writer run what it says.
#[test]
fn a_committed_journal_is_never_run_by_a_reader_and_a_bad_one_by_no_one() {
    let plan = copy_plan(&real_plan());
    fs::write(plan.path().join(".workplan-journal"), format!("remove\t{AREA_3_1}\nremove\t../README.md\n"))
        .expect("write");
    let stderr = stderr_of(workplan_on(plan.path()).arg("validate"), 2);
    assert!(stderr.contains("was interrupted"), "{stderr}");
    let stderr = stderr_of(workplan_on(plan.path()).args(["done", "3.1.2", "--on", "2022-03-01"]), 2);
    assert!(stderr.contains("cannot finish the import") && stderr.contains("remove it"), "{stderr}");
    assert!(plan.path().join(AREA_3_1).exists(), "nothing was removed");
}

/// `calendar -o FILE 2> /dev/full`: the file is written, so the run succeeds though its note
/// cannot be shown.
#[cfg(target_os = "linux")]
#[test]
fn a_note_that_cannot_be_shown_after_writing_a_file_does_not_make_it_exit_2() {
    let out = tempfile::tempdir().expect("temp dir");
    for (args, name) in [
        (&["calendar"][..], "plan.ics"),
        (&["report", "--html"], "plan.html"),
        (&["schema", "area"], "area.json"),
    ] {
        let path = out.path().join(name);
        let full = fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full opens");
        let status = std::process::Command::new(assert_cmd::cargo::cargo_bin("workplan"))
            .arg("--plan")
            .arg(real_plan())
            .args(args)
            .arg("-o")
            .arg(&path)
            .stderr(full)
            .status()
            .expect("runs");
        assert_eq!(status.code(), Some(0), "{args:?}");
        assert!(path.exists(), "{args:?}");
    }
}

/// `fmt` with a read-only file among those it would change refuses before writing any of them.
#[cfg(unix)]
#[test]
fn fmt_refuses_a_read_only_file_before_writing_any() {
    use std::os::unix::fs::PermissionsExt;
    let plan = copy_plan(&real_plan());
    let (first, second) = (plan.path().join(AREA_3_1), plan.path().join("3.2-datos-abiertos.toml"));
    for path in [&first, &second] {
        let text = fs::read_to_string(path).expect("area");
        fs::write(path, text.replacen("title = ", "title   =   ", 1)).expect("write");
    }
    fs::set_permissions(&second, fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = fs::read_to_string(&first).expect("area");
    let stderr = stderr_of(workplan_on(plan.path()).arg("fmt"), 2);
    assert!(stderr.contains("3.2-datos-abiertos.toml"), "{stderr}");
    assert!(fs::read_to_string(&first).expect("area") == before, "the first file is not formatted either");
}

/// The writing commands of `plan_change` (add, edit, move …) confirm as `done` does: a
/// confirmation that cannot be printed once the file is written is a warning, not exit 2, and
/// plan text in it is made visible.
#[cfg(target_os = "linux")]
#[test]
fn the_writing_commands_confirm_as_done_does() {
    let plan = copy_plan(&real_plan());
    let output = to_full_disk(plan.path(), &["edit", "3.1.2", "--place", "Lima"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "the change is made: {stderr}");
    assert!(stderr.contains("the change is written"), "{stderr}");
    let area = fs::read_to_string(plan.path().join(AREA_3_1)).expect("area");
    assert!(area.contains("place = \"Lima\""), "{area}");
    let added = workplan_on(plan.path())
        .args(["add", "--area", "3.1", "--title", "Taller\u{1b}[2J regional", "--force"])
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&added.stdout);
    assert!(stdout.contains("Taller␛[2J regional") && !stdout.contains('\u{1b}'), "{stdout}");
}
