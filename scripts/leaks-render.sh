#!/usr/bin/env bash
# Leak check of the render tests (run by `make leaks`; see docs/rendering.md, "Leak check").
#
# Valgrind 3.19 (Debian 12) cannot read the DWARF 5 debug info Swift 6 writes, so this uses
# LeakSanitizer (with slow unwinding, since Graphviz has no frame pointers): the test targets are built with AddressSanitizer in .build-leaks (apart from
# .build), the render tests run, and every leak LeakSanitizer reports at exit is printed. The
# check fails when a "Direct leak" (memory no pointer reaches: a definite leak) was allocated on
# a path through Parley's own sources (a frame in Sources/). Since every Graphviz call passes
# through Parley's frames, leaks that Graphviz 2.43 and its font libraries make by themselves are
# suppressed by name in scripts/leaks-render.supp; each says why.
#
# Then a heap-growth check of repeated renders (see the end of this script).
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=.build-leaks
LOG=$SCRATCH/leaks-render.log
swift build --build-tests --sanitize=address --scratch-path "$SCRATCH" >/dev/null
mkdir -p "$SCRATCH"
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=0:fast_unwind_on_malloc=0:malloc_context_size=40
export LSAN_OPTIONS=suppressions=$PWD/scripts/leaks-render.supp:print_suppressions=1
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer || echo /opt/swift/usr/bin/llvm-symbolizer)}
set +e
"$SCRATCH"/debug/ParleyPackageTests.xctest --testing-library swift-testing --filter ParleyRenderTests >"$LOG" 2>&1
status=$?
set -e
if ! grep -q "Test run with .* passed" "$LOG"; then
  tail -40 "$LOG"
  echo "leaks: the render tests did not pass under AddressSanitizer (exit $status); see $LOG" >&2
  exit 1
fi
# One LeakSanitizer report per blank-line-separated block; keep direct leaks through Sources/.
ours=$(awk -v RS= '/Direct leak/ && /\/Sources\// { print; print "" }' "$LOG")
summary=$(grep -E "^SUMMARY: AddressSanitizer" "$LOG" || echo "no leaks reported")
echo "leaks: LeakSanitizer: $summary"
if [ -n "$ours" ]; then
  echo "$ours"
  echo "leaks: definite leak(s) allocated through Parley's code (full log: $LOG)" >&2
  exit 1
fi
echo "leaks: no definite leak from Parley's code (full log: $LOG)"

# cgraph keeps every block reachable from its global state, so LeakSanitizer does not see a graph
# that is never closed. The second check renders the same diagrams round after round (every
# format, dot, neato, sfdp, twopi, the parse-error path) and fails when the heap keeps growing:
# a missing agclose, gvFreeLayout or gvFreeRenderData adds 0.7 to 3.6 MB a round; today's
# growth is about 2 KB.
swift build --product parley-bench-render >/dev/null
echo "leaks: $(.build/debug/parley-bench-render leaks 20)"
