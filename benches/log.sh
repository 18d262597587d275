#!/usr/bin/env bash
# Times `workplan log` on a generated repository with a long history, and prints a Markdown table.
#
#   benches/log.sh [COMMITS] [RUNS]     # default 3000 commits, 5 runs per command
#
# The repository: the first commit holds plan/ (the real plan); of the others, one in three
# changes only NOTES.md (outside the plan) and the rest each change one activity's place in one
# area file, in turn. It is written with one `git fast-import`, so that building it takes seconds.
# Needs git, hyperfine (apt-get install hyperfine) and GNU time (/usr/bin/time). Builds workplan in
# release mode first. Besides hyperfine's wall-clock table, it prints the processor time of one
# `workplan log`, which a busy machine changes far less.
set -euo pipefail
cd "$(dirname "$0")/.."
commits=${1:-3000}
runs=${2:-5}

for tool in git hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/log.sh: $tool is missing (see the header)" >&2; exit 2; }
done

cargo build --release --quiet --bin workplan
bin=$PWD/target/release/workplan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=$work/repo
git init -q -b main "$repo"

areas=(plan/3.*.toml)
# One file of the stream: `M 644 inline PATH`, then its bytes with their count.
file() {
  printf 'M 644 inline %s\ndata %d\n' "$1" "$(wc -c < "$2")"
  cat "$2"
  printf '\n'
}

for ((i = 1; i <= commits; i++)); do
  printf 'commit refs/heads/main\ncommitter Bench <bench@example.org> %d +0000\n' $((1640995200 + i * 3600))
  printf 'data %d\ncommit %d\n' $((${#i} + 7)) "$i"
  if ((i == 1)); then
    for path in plan/*.toml; do file "$path" "$path"; done
  elif ((i % 3 == 0)); then
    echo "notes $i" > "$work/notes"
    file NOTES.md "$work/notes"
  else
    path=${areas[$((i % ${#areas[@]}))]}
    # The n-th place of the file (n from the commit), with the commit's number added.
    awk -v n=$((i / ${#areas[@]} % 4 + 1)) -v i="$i" \
      '/^place = / { seen++; if (seen == n) sub(/"$/, " (" i ")\"") } { print }' "$path" > "$work/area"
    file "$path" "$work/area"
  fi
done | git -C "$repo" fast-import --quiet
git -C "$repo" checkout -q main

plan_commits=$(git -C "$repo" rev-list --count HEAD -- plan)
echo "Repository: $commits commits, $plan_commits of them touching plan/."
/usr/bin/time -f "workplan log: %e s elapsed, %U s user, %S s system, %M KB peak memory" \
  "$bin" --plan "$repo/plan" log > /dev/null
hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/log.md" \
  -n "workplan log" "$bin --plan $repo/plan log > /dev/null" \
  -n "workplan log 3.1.2" "$bin --plan $repo/plan log 3.1.2 > /dev/null" \
  -n "workplan log 3.3" "$bin --plan $repo/plan log 3.3 > /dev/null" \
  -n "workplan log --format json" "$bin --plan $repo/plan log --format json > /dev/null" \
  -n "git log -- plan (baseline)" "git -C $repo log --format=%H -- plan > /dev/null" >&2
cat "$work/log.md"
