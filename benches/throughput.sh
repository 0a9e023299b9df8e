#!/usr/bin/env bash
# Throughput of `mtcheck check`: sentence pairs per second and peak memory, on a JSONL corpus
# built from NTREX-128 (../shared/data/ntrex: Indonesian source, human translations into
# eng, fra, zho-CN, jpn and arb), one record per sentence pair, repeated to 50,000 pairs, run
# with 1 and with 2 threads. See benches/README.md.
#
#   benches/throughput.sh                       # build the release binary, 50k pairs, 1 and 2 threads
#   benches/throughput.sh --pairs 10000 --threads "1 2 4" --runs 3
#   benches/throughput.sh --docs                # whole NTREX documents as records (aligner cost)
#   benches/throughput.sh --no-build --bin target/release/mtcheck --ntrex /path/to/ntrex
#
# Needs bash, python3 (to write the JSONL) and GNU time at /usr/bin/time (Debian: apt-get
# install time) for the peak resident memory. Prints one table row per thread count: wall-clock
# seconds and pairs per second, CPU seconds (user + system) and pairs per CPU second (steadier
# when other work shares the machine), and the peak resident set size.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
pairs=50000
threads="1 2"
runs=1
build=1
docs=0
bin="$root/target/release/mtcheck"
ntrex="$root/../shared/data/ntrex"
work="${TMPDIR:-/tmp}/mtcheck-bench"

while [ $# -gt 0 ]; do
  case "$1" in
    --pairs) pairs="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --bin) bin="$2"; shift 2 ;;
    --ntrex) ntrex="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --docs) docs=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "throughput.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

[ -x /usr/bin/time ] || { echo "throughput.sh: /usr/bin/time not found (Debian: apt-get install time)" >&2; exit 2; }
[ -f "$ntrex/ind.txt" ] || { echo "throughput.sh: $ntrex/ind.txt not found (give --ntrex DIR)" >&2; exit 2; }
if [ "$build" = 1 ]; then
  (cd "$root" && cargo build --release --quiet)
fi
[ -x "$bin" ] || { echo "throughput.sh: $bin not found (build it, or give --bin PATH)" >&2; exit 2; }

mkdir -p "$work"
input="$work/ntrex-$([ "$docs" = 1 ] && echo docs || echo pairs)-$pairs.jsonl"
# Records: one per sentence pair (or per NTREX document and language with --docs), cycling
# over the five target languages, repeated until `pairs` sentence pairs; ids are unique.
python3 - "$ntrex" "$pairs" "$docs" "$input" <<'PY'
import json, sys
ntrex, want, docs, out = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", sys.argv[4]
langs = [("eng", "en"), ("fra", "fr"), ("zho-CN", "zh"), ("jpn", "ja"), ("arb", "ar")]
read = lambda name: open(f"{ntrex}/{name}.txt", encoding="utf-8").read().split("\n")[:-1]
src = read("ind")
tgt = {code: read(name) for name, code in langs}
if docs:
    ids = [l.split("\t")[0] for l in open(f"{ntrex}/DOCUMENT_IDS.tsv", encoding="utf-8").read().split("\n")[: len(src)]]
    groups, start = [], 0
    for i in range(1, len(src) + 1):
        if i == len(src) or ids[i] != ids[start]:
            groups.append((start, i)); start = i
    joiner = {"en": " ", "fr": " ", "zh": "", "ja": "", "ar": " "}
    items = [(a, b, code) for a, b in groups for _, code in langs]
    text = lambda lines, code: joiner[code].join(lines)
else:
    items = [(i, i + 1, code) for i in range(len(src)) for _, code in langs]
n, k, lines = 0, 0, []
while n < want:
    a, b, code = items[k % len(items)]
    s = " ".join(src[a:b]) if docs else src[a]
    h = text(tgt[code][a:b], code) if docs else tgt[code][a]
    lines.append(json.dumps({"id": f"r{k}", "src": s, "hyp": h, "src_lang": "id", "tgt_lang": code}, ensure_ascii=False))
    n += b - a; k += 1
open(out, "w", encoding="utf-8").write("\n".join(lines) + "\n")
open(out + ".count", "w").write(f"{k} {n}\n")
print(f"# {out}: {k} records, {n} sentence pairs, {sum(len(l) for l in lines) / 1e6:.1f} MB")
PY
read -r _records n_pairs < "$input.count"

echo "# load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) on $(nproc) cores"
printf '%-8s %10s %10s %10s %12s %12s\n' threads wall-s 'pairs/s' cpu-s 'pairs/cpu-s' 'peak-RSS-MB'
for t in $threads; do
  best=""
  for _ in $(seq "$runs"); do
    log="$work/time-$t.txt"
    code=0
    /usr/bin/time -v -o "$log" "$bin" check --input "$input" --format jsonl --threads "$t" > "$work/out.jsonl" || code=$?
    if [ "$code" -gt 1 ]; then echo "throughput.sh: mtcheck exited $code (see $log)" >&2; exit 1; fi
    read -r secs cpu < <(python3 - "$log" <<'PY'
import sys
wall = cpu = 0.0
for line in open(sys.argv[1]):
    if "Elapsed (wall clock)" in line:
        for p in line.rsplit(": ", 1)[1].strip().split(":"):
            wall = wall * 60 + float(p)
    elif "User time (seconds)" in line or "System time (seconds)" in line:
        cpu += float(line.rsplit(": ", 1)[1])
print(wall, cpu)
PY
)
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)" "$secs" "$best"; then
      best="$secs"; best_cpu="$cpu"; best_rss="$rss"
    fi
  done
  python3 - "$t" "$best" "$best_cpu" "$n_pairs" "$best_rss" <<'PY'
import sys
t, wall, cpu, pairs, rss = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
print(f"{t:<8} {wall:10.2f} {pairs / wall:10.0f} {cpu:10.2f} {pairs / cpu:12.0f} {rss / 1024:12.1f}")
PY
done
