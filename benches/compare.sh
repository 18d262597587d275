#!/usr/bin/env bash
# Measures workplan against the tools people would reach for instead, on the real plan and on
# synthetic plans of 1k, 10k and 100k activities, and prints a Markdown report.
#
#   benches/compare.sh [RUNS]        # RUNS per command, default 10
#
# taplo runs with --no-schema: it parses and checks syntax, as a bare parse does.
#
# Needs: hyperfine (apt-get install hyperfine), taplo (cargo install taplo-cli, or
# pip install taplo, which ships the same binary), python3 >= 3.11 (tomllib), GNU time
# (/usr/bin/time). Builds workplan and the examples in release mode first.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}

for tool in hyperfine taplo python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/compare.sh: $tool is missing (see the header)" >&2; exit 2; }
done

cargo build --release --quiet --bin workplan --example synthetic_plan --example bare_parse
bin=$PWD/target/release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The plans: name, then the directory.
"$bin/examples/synthetic_plan" 10 100 "$work/1k"
"$bin/examples/synthetic_plan" 100 100 "$work/10k"
"$bin/examples/synthetic_plan" 100 1000 "$work/100k"
"$bin/examples/synthetic_plan" 1 10000 "$work/10k-one-area"
cp -r plan "$work/real"
# The real plan's files name their schema as ../docs/schema/…; taplo 0.9 loads it even with
# --no-schema, so it must be found beside the copy.
mkdir -p "$work/docs" && cp -r docs/schema "$work/docs/"

cat > "$work/read_with_tomllib.py" <<'PY'
import glob, sys, tomllib
for path in glob.glob(sys.argv[1] + "/*.toml"):
    with open(path, "rb") as f:
        tomllib.load(f)
PY

export WORKPLAN_TODAY=2022-12-31 RUST_LOG=error
wp="$bin/workplan"

# Commands measured on each plan: a label, then the shell command (PLAN is replaced).
commands=(
  "workplan validate|$wp --plan PLAN validate"
  "workplan list --format json|$wp --plan PLAN list --format json"
  "workplan summary|$wp --plan PLAN summary"
  "bare toml parse|$bin/examples/bare_parse PLAN"
  "taplo check|taplo check --no-schema PLAN/*.toml"
  "python tomllib|python3 $work/read_with_tomllib.py PLAN"
)

# Peak resident memory of one run, in MB.
peak_mb() {
  /usr/bin/time -f %M sh -c "$1 >/dev/null 2>/dev/null" 2>&1 | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }'
}

echo "| plan | size | command | mean (ms) | σ (ms) | peak memory (MB) | vs bare parse |"
echo "|---|---|---|---:|---:|---:|---:|"
for plan in real 1k 10k 100k; do
  dir="$work/$plan"
  size=$(du -sb "$dir" | awk '{ printf "%.1f MB", $1 / 1048576 }')
  args=()
  for entry in "${commands[@]}"; do args+=("${entry#*|}"); done
  args=("${args[@]//PLAN/$dir}")
  hyperfine --style none --warmup 2 --runs "$runs" --export-json "$work/$plan.json" "${args[@]}" >"$work/hyperfine.log" 2>&1 || { cat "$work/hyperfine.log" >&2; exit 1; }
  bare=$(python3 -c "import json; r = json.load(open('$work/$plan.json'))['results']; print(r[3]['mean'])")
  for i in "${!commands[@]}"; do
    label=${commands[$i]%%|*}
    read -r mean sd <<<"$(python3 -c "import json; r = json.load(open('$work/$plan.json'))['results'][$i]; print(r['mean'] * 1000, (r['stddev'] or 0) * 1000)")"
    ratio=$(python3 -c "print(f'{$mean / 1000 / $bare:.2f}x')")
    printf '| %s | %s | %s | %.1f | %.1f | %s | %s |\n' "$plan" "$size" "$label" "$mean" "$sd" "$(peak_mb "${args[$i]}")" "$ratio"
  done
done

# `done` on one area file of 10,000 activities: each run on a fresh copy.
one="$work/10k-one-area"
edit="$wp --plan $work/edit done 3.1.5000 --on 2022-06-01 --force"
hyperfine --style none --warmup 2 --runs "$runs" --export-json "$work/done.json" \
  --prepare "rm -rf $work/edit && cp -r $one $work/edit" "$edit" \
  --prepare "true" "$bin/examples/bare_parse $one" >/dev/null
read -r done_ms parse_ms <<<"$(python3 -c "import json; r = json.load(open('$work/done.json'))['results']; print(r[0]['mean'] * 1000, r[1]['mean'] * 1000)")"
rm -rf "$work/edit" && cp -r "$one" "$work/edit"
printf '| 10k in one area | %s | workplan done | %.1f | | %s | %.2fx |\n' \
  "$(du -sb "$one" | awk '{ printf "%.1f MB", $1 / 1048576 }')" "$done_ms" "$(peak_mb "$edit")" \
  "$(python3 -c "print($done_ms / $parse_ms)")"

# Growth: the cost of 10x the activities.
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
mean = lambda plan, i: json.load(open(f"{work}/{plan}.json"))["results"][i]["mean"]
print()
for i, label in enumerate(["workplan validate", "workplan list --format json", "workplan summary"]):
    print(f"- {label}: 10k/1k = {mean('10k', i) / mean('1k', i):.1f}x, 100k/10k = {mean('100k', i) / mean('10k', i):.1f}x")
PY
