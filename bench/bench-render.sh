#!/usr/bin/env bash
# Rendering benchmark (run by `make bench`; not a test). Release build. Writes the section
# "## Rendering" of BENCHMARKS.md, replacing an earlier one.
#
# 1. 200 ego diagrams (hops 1) of a generated 1,000-node graph rendered to SVG in-process, one
#    Graphviz context, vs one `dot -Tsvg` process per diagram on the same DOT files.
# 2. `--engine auto` on generated graphs of 100, 1,000 and 10,000 nodes, to SVG.
# 3. Where `auto` switches: dot and sfdp side by side at 100 to 400 nodes (one run each).
# Each timing of 1 and 2 is the median of $RUNS runs (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
OUT=bench/out/render
BIN=.build/release/parley-bench-render
mkdir -p "$OUT"
swift build -c release --product parley-bench-render >/dev/null

load_start=$(cut -d' ' -f1 /proc/loadavg)
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
now() { date +%s.%N; }

echo "render: 200 ego diagrams in-process ($RUNS runs)"
inproc=$(for _ in $(seq "$RUNS"); do "$BIN" ego "$OUT/ego" 200 | awk '{ print $1 }'; done | median)
echo "render: the same 200 DOT files, one dot -Tsvg process each ($RUNS runs)"
subproc=$(for _ in $(seq "$RUNS"); do
  start=$(now)
  for f in "$OUT"/ego/ego-*.dot; do dot -Tsvg "$f" -o /dev/null; done
  echo "$(now) - $start" | bc -l
done | median)
speedup=$(echo "$subproc / $inproc" | bc -l)

auto_rows=""
for n in 100 1000 10000; do
  echo "render: auto, $n nodes ($RUNS runs)"
  lines=$(for _ in $(seq "$RUNS"); do "$BIN" auto "$n" auto; done)
  t=$(echo "$lines" | awk '{ print $2 }' | median)
  set -- $(echo "$lines" | head -1)
  auto_rows+="| $n | $4 | $1 | $(printf '%.2f' "$t") |"$'\n'
done

switch_rows=""
for n in 100 200 300 400; do
  echo "render: dot and sfdp, $n nodes"
  d=$("$BIN" auto "$n" dot); s=$("$BIN" auto "$n" sfdp)
  switch_rows+="| $n | $(echo "$d" | awk '{ print $4 }') | $(echo "$d" | awk '{ printf "%.2f", $2 }') | $(echo "$s" | awk '{ printf "%.2f", $2 }') |"$'\n'
done

section=$(cat <<MD
## Rendering

2026-11-22 · 2 cores (shared), Debian 12, Swift 6.3.1 (release build), Graphviz 2.43 ·
\`bash bench/bench-render.sh\` (\`make bench\`) · median of $RUNS runs · generated graphs from
\`SyntheticGraph\` (seeded; about 2.4 edges a node). Load average at the start: $load_start
(the machine is shared; timings vary with it).

### In-process vs one \`dot\` process per diagram

200 ego diagrams (hops 1) of a 1,000-node graph, the same DOT text both ways, to SVG.

| way | seconds | per diagram |
|---|---:|---:|
| in-process, one Graphviz context (\`GraphvizRenderer\`) | $(printf '%.2f' "$inproc") | $(printf '%.1f' "$(echo "$inproc * 5" | bc -l)") ms |
| one \`dot -Tsvg\` process per diagram | $(printf '%.2f' "$subproc") | $(printf '%.1f' "$(echo "$subproc * 5" | bc -l)") ms |

In-process is **$(printf '%.1f' "$speedup")×** faster (goal: ≥ 5×).

### \`--engine auto\` to SVG

| nodes | edges | engine chosen | seconds |
|---:|---:|---|---:|
${auto_rows}
Goal: 10,000 nodes under 30 s.

### Where \`auto\` switches from dot to sfdp

One run each. \`auto\` uses dot up to $(grep -o 'dotNodeLimit = [0-9_]*' Sources/ParleyRender/LayoutChoice.swift | awk '{ print $3 }') nodes and $(grep -o 'dotEdgeLimit = [0-9_]*' Sources/ParleyRender/LayoutChoice.swift | awk '{ print $3 }') edges; dot's time grows
steeply with size (an earlier debug-build run on the loaded machine took 170 s at 800 nodes).

| nodes | edges | dot s | sfdp s |
|---:|---:|---:|---:|
${switch_rows}
MD
)

file=BENCHMARKS.md
[ -f "$file" ] || printf '# Benchmarks\n\n' > "$file"
# Drop an earlier "## Rendering" section (up to the next "## " heading), then append this one.
awk '/^## Rendering$/ { skip = 1; next } /^## / { skip = 0 } !skip' "$file" > "$file.tmp"
printf '%s\n' "$section" >> "$file.tmp"
mv "$file.tmp" "$file"
echo "render: results in $file"
