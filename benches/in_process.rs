//! In-process benchmarks of the parts that grow with a plan: loading, checking, editing, and
//! reading schedule codes; and the fixed cost of the language catalogue. Whole-command figures, with process start and against other tools,
//! come from `benches/compare.sh`; see docs/performance.md.
//!
//! `cargo bench --bench in_process`

#[path = "support/synthetic.rs"]
mod synthetic;

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use workplan::edit::{Change, apply, apply_in};
use workplan::i18n::{Lang, Msg};
use workplan::load;
use workplan::number::Number;
use workplan::render::{Grid, Style};
use workplan::schedule::Schedule;

fn plans(c: &mut Criterion) {
    let mut group = c.benchmark_group("plan");
    group.sample_size(20);
    for (areas, activities) in [(10, 100), (100, 100)] {
        let dir = tempfile::tempdir().expect("temp dir");
        synthetic::write_plan(dir.path(), areas, activities).expect("synthetic plan");
        let size = areas * activities;
        group.bench_function(format!("load {size}"), |b| {
            b.iter(|| load::load(black_box(dir.path()), Lang::En).expect("loads"))
        });
        let loaded = load::load(dir.path(), Lang::En).expect("loads");
        let today = NaiveDate::from_ymd_opt(2022, 12, 31).expect("a date");
        group.bench_function(format!("check {size}"), |b| {
            b.iter(|| workplan::check::run(black_box(&loaded.plan), &loaded.sources, today))
        });
    }
    group.finish();
}

fn edit(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    synthetic::write_plan(dir.path(), 1, 10_000).expect("synthetic plan");
    let text = std::fs::read_to_string(dir.path().join("3.1-area-sintetica-1.toml")).expect("area file");
    let number = "3.1.5000".parse().expect("a number");
    let on = NaiveDate::from_ymd_opt(2022, 6, 1).expect("a date");
    let mut group = c.benchmark_group("edit");
    group.sample_size(20);
    group.bench_function("done on an area of 10000", |b| {
        b.iter(|| apply(black_box(&text), &number, Change::AddRecord { on, note: None }).expect("edits"))
    });
    let area = load::decode_area(&text).expect("the area loads");
    let start = area.activities[4999].spans.table.start;
    let end = area.activities[5000].spans.table.start;
    group.bench_function("done on one activity of an area of 10000", |b| {
        b.iter(|| apply_in(black_box(&text), start..end, &number, Change::AddRecord { on, note: None }))
    });
    group.bench_function("decode an area of 10000", |b| b.iter(|| load::decode_area(black_box(&text))));
    group.finish();
}

/// `renumber` moving the last of 20,000 activities to the front: every table moves and every
/// number changes (it took 4.7 s before it was made linear).
fn renumber(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    synthetic::write_plan(dir.path(), 1, 20_000).expect("synthetic plan");
    let text = std::fs::read_to_string(dir.path().join("3.1-area-sintetica-1.toml")).expect("area file");
    let area: Number = "3.1".parse().expect("a number");
    let mut order: Vec<Number> = (1..=20_000).map(|n| area.child(n)).collect();
    order.rotate_right(1);
    let mut group = c.benchmark_group("renumber");
    group.sample_size(10);
    group.bench_function("move the last of 20000 to the front", |b| {
        b.iter(|| workplan::edit::renumber::renumber(black_box(&text), &area, &order).expect("renumbers"))
    });
    group.finish();
}

/// A table with a 1 MB title without a space, as `list` lays it out for 80 columns (it took
/// 70 s when comfy-table wrapped it).
fn table(c: &mut Criterion) {
    let mut grid = Grid::new(vec!["Number".into(), "Title".into(), "Place".into()]);
    grid.main_column = Some(1);
    grid.push(vec![("3.1.1".into(), None), ("x".repeat(1 << 20), None), ("Virtual.".into(), None)]);
    let mut group = c.benchmark_group("table");
    group.sample_size(10);
    group.bench_function("wrap a 1 MB title", |b| b.iter(|| black_box(&grid).to_table(Style::PLAIN)));
    group.finish();
}

/// `export`'s escape of a 1 MB text of labels and colons ("Lugar: Lugar: …", every colon a
/// candidate label) and of 1 MB of line breaks: linear, as `export` must stay on any plan text.
fn escape(c: &mut Criterion) {
    let labels = "x. Lugar: ".repeat((1 << 20) / 10);
    let breaks = "\n3.9.4) ".repeat((1 << 20) / 8);
    let mut group = c.benchmark_group("escape");
    group.sample_size(10);
    group.bench_function("1 MB of labels", |b| {
        b.iter(|| workplan::import::escape::escape(black_box(&labels)))
    });
    group.bench_function("1 MB of line breaks", |b| {
        b.iter(|| workplan::import::escape::escape_line(black_box(&breaks)))
    });
    group.finish();
}

fn schedules(c: &mut Criterion) {
    let codes =
        ["2022", "2022-S1", "2022-Q3", "2022-03", "2022-03-15", "to-be-defined", "as-needed", "2022-S3"];
    c.bench_function("schedule codes", |b| {
        b.iter(|| codes.iter().filter(|code| black_box(code).parse::<Schedule>().is_ok()).count())
    });
}

/// What a command pays for its words: reading one catalogue (done once per run, as
/// `src/i18n.rs` does) and saying a message with a plural in it.
fn catalogue(c: &mut Criterion) {
    let source = include_str!("../src/i18n/es.ftl");
    c.bench_function("read the Spanish catalogue", |b| {
        b.iter(|| {
            let resource = fluent_bundle::FluentResource::try_new(black_box(source).to_owned()).ok();
            let mut bundle = fluent_bundle::concurrent::FluentBundle::new_concurrent(vec![
                "es".parse().unwrap_or_default(),
            ]);
            bundle.set_use_isolating(false);
            resource.map(|resource| bundle.add_resource(resource).is_ok())
        })
    });
    c.bench_function("say a message", |b| {
        b.iter(|| Lang::Es.text(Msg::PlanHasErrors { count: black_box(3) }))
    });
}

/// How long an editor's save can be lost in (see docs/reliability.md): before, from the first
/// comparison through writing and flushing the temporary file to the rename; now, from the
/// second comparison (one read of the file) to the rename. On the real plan's largest area file.
fn write_window(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let real = concat!(env!("CARGO_MANIFEST_DIR"), "/plan/3.1-servicios-transfronterizos.toml");
    let text = std::fs::read(real).expect("the area file");
    let area = dir.path().join("3.1.toml");
    std::fs::write(&area, &text).expect("write");
    let temporary = dir.path().join(".3.1.toml.abcdef.tmp");
    let mut group = c.benchmark_group("write window");
    group.sample_size(50);
    group.bench_function("before: write and flush the temporary file, rename", |b| {
        b.iter(|| {
            let mut file = std::fs::File::create(&temporary).expect("create");
            std::io::Write::write_all(&mut file, &text).expect("write");
            file.sync_all().expect("sync");
            std::fs::rename(&temporary, &area).expect("rename");
        })
    });
    group.bench_function("now: read and compare the file, rename", |b| {
        b.iter_batched(
            || std::fs::write(&temporary, &text).expect("the temporary file"),
            |()| {
                let same = std::fs::read(&area).expect("read") == text;
                std::fs::rename(&temporary, &area).expect("rename");
                same
            },
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, plans, edit, renumber, table, escape, schedules, catalogue, write_window);
criterion_main!(benches);
