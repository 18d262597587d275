//! Writes a deterministic synthetic plan for benchmarks.
//!
//! `cargo run --release --example synthetic_plan -- AREAS ACTIVITIES_PER_AREA DIR`

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(areas), Some(activities), Some(dir)) = (
        args.first().and_then(|a| a.parse::<usize>().ok()),
        args.get(1).and_then(|a| a.parse::<usize>().ok()),
        args.get(2).map(PathBuf::from),
    ) else {
        eprintln!("usage: synthetic_plan AREAS ACTIVITIES_PER_AREA DIR");
        return ExitCode::from(2);
    };
    if let Err(error) =
        std::fs::create_dir_all(&dir).and_then(|()| synthetic::write_plan(&dir, areas, activities))
    {
        eprintln!("error: cannot write the plan into `{}`: {error}", dir.display());
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
