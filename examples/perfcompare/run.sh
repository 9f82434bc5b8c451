#!/usr/bin/env bash
# ssw beside DuckDB on the synthetic national registry (README.md in this
# folder says what is compared and how to read the numbers). From the root
# of an ssw checkout:
#
#   examples/perfcompare/run.sh [WORKERS] [ROUNDS]    defaults: 1000000 workers in post, 3 rounds
#
# Builds examples/perfcompare, installs DuckDB from duckdb/package-lock.json
# (npm ci, into duckdb/node_modules), writes the synthetic registry into a
# temporary folder, then runs duckdb/compare.mjs: both engines, end to end
# and on the aggregation stage, checked to print identical results, and a
# Markdown table on standard output (progress on standard error).
#
# Environment:
#   PERF_KEEP=DIR      write the data files into DIR and keep them; a later run
#                      with the same DIR, size and seed reuses them
#   PERF_SEED=S        seed of the synthetic registry (default 1)
#   PERF_SSW_PAR=P     an extra end-to-end ssw run with P decoding goroutines
#   PERF_SUMMARY=FILE  also write the figures as JSON to FILE
#
# Needs Go, Node 20 or later with npm, and /usr/bin/time (GNU time).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
workers=${1:-1000000}
rounds=${2:-3}
seed=${PERF_SEED:-1}
par=${PERF_SSW_PAR:-0}

die() { echo "run.sh: $*" >&2; exit 2; }
[[ $workers =~ ^[1-9][0-9]*$ ]] || die "WORKERS must be a positive integer, got '$workers'"
[[ $rounds =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer, got '$rounds'"
[[ $seed =~ ^[0-9]+$ ]] || die "PERF_SEED must be a non-negative integer, got '$seed'"
[[ $par =~ ^[0-9]+$ ]] || die "PERF_SSW_PAR must be a non-negative integer, got '$par'"
grep -q '^module github.com/sswkit/ssw$' "$root/go.mod" 2>/dev/null ||
	die "$root is not an ssw checkout (run.sh belongs in examples/perfcompare)"

missing=()
command -v go >/dev/null || missing+=("go: install Go 1.26 or later (the version in go.mod)")
if ! command -v node >/dev/null; then
	missing+=("node: install Node.js 20 or later (Debian: apt-get install nodejs)")
elif ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
	missing+=("node: Node.js $(node --version) is too old; install Node.js 20 or later")
fi
command -v npm >/dev/null || missing+=("npm: install npm (Debian: apt-get install npm)")
[ -x /usr/bin/time ] || missing+=("/usr/bin/time: install GNU time (Debian: apt-get install time)")
if ((${#missing[@]})); then
	printf 'run.sh: missing %s\n' "${missing[@]}" >&2
	exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/perfcompare.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "building examples/perfcompare" >&2
(cd "$root" && go build -o "$tmp/perfcompare" ./examples/perfcompare)

echo "installing DuckDB from duckdb/package-lock.json (npm ci)" >&2
(cd "$here/duckdb" && npm ci --no-audit --no-fund --loglevel=error >&2)

# The hand-written registry of testdata/edge decides every definition of
# duckdb/sql/results.sql (ties, dates on the boundary, frozen posts, byte
# order); both engines must print the same lines on it before anything is timed.
edge=$here/testdata/edge
"$tmp/perfcompare" run -dir "$edge" >"$tmp/edge.ssw" 2>"$tmp/edge.err" &&
	node "$here/duckdb/duck.mjs" run "$edge" >"$tmp/edge.duckdb" 2>>"$tmp/edge.err" ||
	{ cat "$tmp/edge.err" >&2; exit 1; }
if ! cmp -s "$tmp/edge.ssw" "$tmp/edge.duckdb"; then
	echo "run.sh: ssw and DuckDB disagree on testdata/edge (< ssw, > DuckDB):" >&2
	diff "$tmp/edge.ssw" "$tmp/edge.duckdb" >&2 || true
	exit 1
fi
echo "testdata/edge: ssw and DuckDB print the same $(wc -l <"$tmp/edge.ssw") lines" >&2

data=${PERF_KEEP:-$tmp/data}
mkdir -p "$data"
data=$(cd "$data" && pwd)
if [ -n "${PERF_KEEP:-}" ] && [ -f "$data/params.txt" ] && [ -f "$data/workers.jsonl" ] &&
	grep -qx "workers_in_post=$workers" "$data/params.txt" && grep -qx "seed=$seed" "$data/params.txt"; then
	echo "reusing the data in $data" >&2
else
	start=$SECONDS
	rm -f "$data/params.txt" # written last by gen: its presence marks complete data
	"$tmp/perfcompare" gen -dir "$data" -workers "$workers" -seed "$seed"
	echo "generated $(sed -n 's/^worker_records=//p' "$data/params.txt") worker records" \
		"($(($(wc -c <"$data/workers.jsonl") / 1000000)) MB of JSON Lines) in $((SECONDS - start)) s into $data" >&2
fi

command="examples/perfcompare/run.sh $workers $rounds"
[ "$seed" = 1 ] || command="PERF_SEED=$seed $command"
[ "$par" = 0 ] || command="PERF_SSW_PAR=$par $command"
summary=()
[ -z "${PERF_SUMMARY:-}" ] || summary=(--summary "$PERF_SUMMARY")
node "$here/duckdb/compare.mjs" --ssw "$tmp/perfcompare" --data "$data" --rounds "$rounds" \
	--ssw-par "$par" --command "$command" "${summary[@]}"
