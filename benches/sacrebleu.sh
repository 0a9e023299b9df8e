#!/usr/bin/env bash
# Times `mtcheck score` against the sacreBLEU 2.6.0 command line on the same machine, in the
# same run: sentence-level chrF and corpus BLEU, chrF and TER on ~40,000 lines (NTREX eng-GB vs
# eng-US, repeated 37 times) and on half of them (to show that time grows linearly), checks that
# both print the same text, and prints a Markdown table. See benches/README.md.
#
#   benches/sacrebleu.sh                      # needs ../shared beside the clone, python3, cargo
#   SACRE_REPEATS=3 MTCHECK_REPEATS=5 THREADS=2 benches/sacrebleu.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED="${SHARED:-../shared}"
NTREX="$SHARED/data/ntrex"
THREADS="${THREADS:-2}"
COPIES="${COPIES:-37}"
SACRE_REPEATS="${SACRE_REPEATS:-1}"
MTCHECK_REPEATS="${MTCHECK_REPEATS:-5}"

[ -f "$NTREX/eng-GB.txt" ] || { echo "benches/sacrebleu.sh: $NTREX/eng-GB.txt not found (set SHARED=...)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "installing sacrebleu==2.6.0 into a throwaway virtual environment..." >&2
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet sacrebleu==2.6.0 >&2

echo "building mtcheck (release)..." >&2
cargo build --release --locked --quiet

for _ in $(seq "$COPIES"); do cat "$NTREX/eng-GB.txt"; done > "$work/hyp.txt"
for _ in $(seq "$COPIES"); do cat "$NTREX/eng-US.txt"; done > "$work/ref.txt"
lines=$(wc -l < "$work/hyp.txt")
head -n $((lines / 2)) "$work/hyp.txt" > "$work/hyp-half.txt"
head -n $((lines / 2)) "$work/ref.txt" > "$work/ref-half.txt"

WORK="$work" SACRE="$work/venv/bin/sacrebleu" MTCHECK="$PWD/target/release/mtcheck" \
THREADS="$THREADS" SACRE_REPEATS="$SACRE_REPEATS" MTCHECK_REPEATS="$MTCHECK_REPEATS" \
python3 - <<'PY'
import os, statistics, subprocess, time

work, sacre, mt = os.environ["WORK"], os.environ["SACRE"], os.environ["MTCHECK"]
threads = os.environ["THREADS"]
reps_s, reps_m = int(os.environ["SACRE_REPEATS"]), int(os.environ["MTCHECK_REPEATS"])

def run(cmd, out):
    """Wall seconds and CPU seconds (user + sys) of one run, stdout to `out`."""
    with open(out, "wb") as f:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=f, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return wall, ru.ru_utime + ru.ru_stime

def median_run(cmd, out, reps):
    runs = [run(cmd, out) for _ in range(reps)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)

tasks = [
    ("sentence chrF", ["-m", "chrf", "--sentence-level"], ["-m", "chrf", "--sentence-level"]),
    ("corpus BLEU", ["-m", "bleu", "-f", "text"], ["-m", "bleu"]),
    ("corpus chrF", ["-m", "chrf", "-f", "text"], ["-m", "chrf"]),
    ("corpus TER", ["-m", "ter", "-f", "text"], ["-m", "ter"]),
]
rows = []
for size, suffix in (("full", ""), ("half", "-half")):
    hyp, ref = f"{work}/hyp{suffix}.txt", f"{work}/ref{suffix}.txt"
    n = sum(1 for _ in open(hyp, "rb"))
    for name, s_args, m_args in tasks:
        s_out, m_out = f"{work}/sacre.out", f"{work}/mtcheck.out"
        s_wall, s_cpu = median_run([sacre, ref, "-i", hyp, *s_args], s_out, reps_s)
        m_wall, m_cpu = median_run(
            [mt, "score", "--hyp", hyp, "--ref", ref, "-j", threads, *m_args], m_out, reps_m)
        same = open(s_out, "rb").read() == open(m_out, "rb").read()
        rows.append((name, n, s_wall, s_cpu, m_wall, m_cpu, same))

print(f"| task | lines | sacreBLEU wall s | sacreBLEU CPU s | mtcheck wall s ({threads} threads) "
      f"| mtcheck CPU s | speed-up (wall) | speed-up (CPU) | same output |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
for name, n, sw, sc, mw, mc, same in rows:
    print(f"| {name} | {n:,} | {sw:.2f} | {sc:.2f} | {mw:.3f} | {mc:.3f} | {sw / mw:.0f}x "
          f"| {sc / mc:.0f}x | {'yes' if same else 'NO'} |")
print()
print("Linearity (full / half, ideal 2.0):")
half = {r[0]: r for r in rows if r[1] < rows[0][1]}
for r in rows[: len(tasks)]:
    h = half[r[0]]
    print(f"- {r[0]}: sacreBLEU {r[2] / h[2]:.2f}, mtcheck wall {r[4] / h[4]:.2f}, "
          f"mtcheck CPU {r[5] / h[5]:.2f}")
print(f"\nsacreBLEU runs: median of {reps_s}; mtcheck runs: median of {reps_m}; "
      f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
PY
