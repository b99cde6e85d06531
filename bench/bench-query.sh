#!/usr/bin/env bash
# Query benchmark (not a test): Parley against networkx on one seeded synthetic graph.
#
# Writes a graph of NODES nodes and EDGES edges (default 100,000 and 1,000,000) with
# `parley synth`, then RUNS times (default 3) in the same run: Parley's load time and peak
# memory, 1,000 random shortest paths, 1,000 two-hop ego networks and betweenness from SAMPLES
# sources on a 10,000-node induced sample; the same questions in networkx
# (bench/query_networkx.py); and the same questions end to end through `parley query --batch`.
# Medians go into BENCHMARKS.md under "## Queries". Results: bench/out/query/.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
NODES=${NODES:-100000}
EDGES=${EDGES:-1000000}
QUESTIONS=${QUESTIONS:-1000}
SAMPLE_NODES=${SAMPLE_NODES:-10000}
SAMPLES=${SAMPLES:-500}
NX_EGO=${NX_EGO:-100}  # networkx takes most of a second per ego network: it answers the first NX_EGO
OUT=bench/out/query
PARLEY=.build/release/parley

swift build -c release --product parley
python3 -c 'import networkx' 2>/dev/null || python3 -m pip install --quiet networkx
mkdir -p "$OUT"

params="$NODES $EDGES $QUESTIONS $SAMPLE_NODES"
if [ "$(cat "$OUT/params" 2>/dev/null)" != "$params" ] || [ ! -f "$OUT/graph.json" ]; then
  echo "bench-query: writing the synthetic graph ($NODES nodes, $EDGES edges)"
  "$PARLEY" synth --nodes "$NODES" --edges "$EDGES" --questions "$QUESTIONS" --sample-nodes "$SAMPLE_NODES" --out "$OUT"
  echo "$params" > "$OUT/params"
fi
head -"$NX_EGO" "$OUT/ego.txt" > "$OUT/ego-head.txt"
head -1 "$OUT/paths.txt" > "$OUT/one.txt"  # load plus one question: the baseline of the batch timings

wall() {  # wall seconds of a command, its output discarded
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

rm -f "$OUT"/run-*.json
for run in $(seq 1 "$RUNS"); do
  echo "bench-query: run $run of $RUNS"
  cut -d' ' -f1 /proc/loadavg > "$OUT/loadavg-$run.txt"
  /usr/bin/time -f '%M' -o "$OUT/parley-rss-$run.txt" \
    "$PARLEY" bench-query --graph "$OUT/graph.json" --paths "$OUT/paths.txt" --ego "$OUT/ego.txt" \
    --sample "$OUT/sample.json" --samples "$SAMPLES" --ego-head "$NX_EGO" > "$OUT/parley-$run.json"
  batch_load=$(wall "$PARLEY" query --graph "$OUT/graph.json" --batch "$OUT/one.txt")
  batch_paths=$(wall "$PARLEY" query --graph "$OUT/graph.json" --batch "$OUT/paths.txt")
  batch_ego=$(wall "$PARLEY" query --graph "$OUT/graph.json" --batch "$OUT/ego.txt")
  echo "{\"batch_load\": $batch_load, \"batch_paths\": $batch_paths, \"batch_ego\": $batch_ego}" > "$OUT/batch-$run.json"
  python3 bench/query_networkx.py "$OUT/graph.json" "$OUT/paths.txt" "$OUT/ego-head.txt" "$OUT/sample.json" "$SAMPLES" \
    > "$OUT/networkx-$run.json"
done

python3 - "$OUT" "$RUNS" "$QUESTIONS" "$SAMPLES" "$NX_EGO" <<'PY'
import json, statistics, sys, re, pathlib
out, runs, questions, samples, nx_ego = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
def runs_of(name):
    return [json.load(open(f"{out}/{name}-{r}.json")) for r in range(1, runs + 1)]
parley, networkx, batch = runs_of("parley"), runs_of("networkx"), runs_of("batch")
rss = [int(open(f"{out}/parley-rss-{r}.txt").read().split()[-1]) // 1024 for r in range(1, runs + 1)]
loads = [float(open(f"{out}/loadavg-{r}.txt").read()) for r in range(1, runs + 1)]
med = lambda rows, key: statistics.median(row[key] for row in rows)
for row in parley:
    row["ego_members"] = row.pop("ego_members_head")
for key in ("path_hops", "ego_members"):
    if len({row[key] for row in parley + networkx}) != 1:
        sys.exit(f"bench-query: Parley and networkx disagree on {key}")
# Sampled betweenness draws different sources on each side, so the top broker may differ.
p_load = med(parley, "read") + med(parley, "parse") + med(parley, "index")
rows = [
    ("load (read, parse, index)", p_load, med(networkx, "load"), "s"),
    ("load, wall clock", med(parley, "load_wall"), med(networkx, "load_wall"), "s"),
    ("shortest path, per query", med(parley, "paths") / questions * 1e3, med(networkx, "paths") / questions * 1e3, "ms"),
    ("two-hop ego network, per query", med(parley, "ego") / questions * 1e3, med(networkx, "ego") / nx_ego * 1e3, "ms"),
    (f"betweenness, {samples} sources on the sample", med(parley, "betweenness"), med(networkx, "betweenness"), "s"),
]
p, n = parley[0], networkx[0]
lines = [
    "## Queries", "",
    "Date: 2026-11-23. Machine: 2 cores shared with other engineers' builds (load average at the start of each run: "
    f"{', '.join(f'{x:.1f}' for x in loads)}), Debian 12, Swift 6.3.1 release build, "
    f"Python {sys.version.split()[0]}, networkx {__import__('networkx').__version__}.",
    f"Graph: seeded synthetic (`parley synth`), {p['nodes']:,} nodes, {p['edges']:,} edges, written as graph JSON "
    f"({pathlib.Path(out, 'graph.json').stat().st_size / 1e6:.0f} MB); networkx loads it into a MultiGraph with every attribute. "
    f"{questions:,} random shortest paths, {questions:,} random two-hop ego networks (networkx: the first {nx_ego:,} of them, "
    f"average {p['ego_members'] / nx_ego:,.0f} actors each), betweenness from {samples:,} sampled "
    "sources (networkx `k`) on the induced subgraph of 10,000 random nodes. "
    f"Times are CPU seconds of the process (the machine is shared), but the wall-clock load. Median of {runs} runs; both sides agree on every answer they both give (total hops {p['path_hops']:,}, "
    f"total ego members {p['ego_members']:,}); top broker from the sampled betweenness: Parley {p['top']}, networkx {n['top']}. "
    "Per query is the time of all questions over their number. "
    "Script: `bench/bench-query.sh` (`make bench`).", "",
    "| measure | Parley | networkx | Parley faster |", "|---|---:|---:|---:|",
]
for name, a, b, unit in rows:
    lines.append(f"| {name} | {a:.4g} {unit} | {b:.4g} {unit} | {b / a:.0f}× |")
lines += [
    f"| peak memory (whole run) | {statistics.median(rss):,} MB | {int(med(networkx, 'rss_mb')):,} MB (after load) | |",
    "",
    f"Parley's load: read {med(parley, 'read'):.2f} s, parse {med(parley, 'parse'):.2f} s, index {med(parley, 'index'):.2f} s; "
    f"memory after load {int(med(parley, 'rss_mb')):,} MB. "
    f"End to end through `parley query --batch`, wall clock (process start, load, parsing each line, JSON out): start, load and one "
    f"question {med(batch, 'batch_load'):.2f} s; then per path question "
    f"{(med(batch, 'batch_paths') - med(batch, 'batch_load')) / (questions - 1) * 1e3:.3f} ms, "
    f"per ego question {(med(batch, 'batch_ego') - med(batch, 'batch_load')) / (questions - 1) * 1e3:.3f} ms.",
    "",
]
section = "\n".join(lines)
path = pathlib.Path("BENCHMARKS.md")
text = path.read_text() if path.exists() else "# Benchmarks\n\n"
pattern = re.compile(r"^## Queries\n.*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
path.write_text(text)
print(section)
PY
