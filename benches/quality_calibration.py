#!/usr/bin/env python3
"""The quality of clean human translations, per direction: every NTREX document as an article
in each of the 30 directions between id, en, fr, zh, ja and ar (every direction the command
line accepts), checked by the release binary; prints the mean unit quality, the mean article
quality, the share of units below 70 and the articles below 70 (a `min-quality = 70` gate).

usage: benches/quality_calibration.py NTREX_DIR [--bin target/release/mtcheck]

NTREX_DIR holds one sentence a line per language (ind.txt, eng.txt, fra.txt, zho-CN.txt,
jpn.txt, arb.txt) and DOCUMENT_IDS.tsv (NTREX-128, as laid out in the shared data folder).
"""
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = {"id": "ind.txt", "en": "eng.txt", "fr": "fra.txt", "zh": "zho-CN.txt", "ja": "jpn.txt", "ar": "arb.txt"}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = str(ROOT / "target/release/mtcheck")
    if "--bin" in sys.argv:
        binary = sys.argv[sys.argv.index("--bin") + 1]
        args = [a for a in args if a != binary]
    if len(args) != 1:
        sys.exit(__doc__)
    nt = Path(args[0])
    docs = [l.strip() for l in open(nt / "DOCUMENT_IDS.tsv", encoding="utf-8")]
    text = {k: open(nt / f, encoding="utf-8").read().split("\n")[: len(docs)] for k, f in FILES.items()}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as inp:
        for src in FILES:
            for tgt in FILES:
                if src == tgt:
                    continue
                for doc in dict.fromkeys(docs):
                    idx = [i for i, d in enumerate(docs) if d == doc]
                    inp.write(json.dumps({"id": f"{src}-{tgt}/{doc}", "src_lang": src, "tgt_lang": tgt,
                                          "src": "\n".join(text[src][i] for i in idx),
                                          "hyp": "\n".join(text[tgt][i] for i in idx)}, ensure_ascii=False) + "\n")
    out = subprocess.run([binary, "check", "--input", inp.name, "--format", "jsonl"],
                         capture_output=True, text=True, check=False)
    Path(inp.name).unlink()
    if out.returncode == 2:
        sys.exit(out.stderr)
    units = defaultdict(list)  # direction -> [(article, quality, weight)]
    for line in out.stdout.splitlines():
        u = json.loads(line)
        w = max(1, len(u["src"]) + len(u["hyp"]))
        serious = any(f["severity"] in ("major", "critical") for f in u.get("flags", []))
        units[u["id"].split("/")[0]].append((u["id"], u["scores"]["quality"], w, serious))
    # the last two columns tell the length model from the checks: the units with a major or
    # critical finding, and the article mean without them (where such a finding is right, the
    # human translation itself has an error: NTREX's Arabic has several)
    print(f"{'direction':<10}{'units':>7}{'unit mean':>11}{'units <70':>11}{'article mean':>14}"
          f"{'articles <70':>14}{'major units':>13}{'mean without':>14}")
    for d in sorted(units):
        us = units[d]
        print(f"{d:<10}{len(us):>7}{sum(q for _, q, _, _ in us) / len(us):>11.1f}"
              f"{100 * sum(1 for _, q, _, _ in us if q < 70) / len(us):>10.1f}%"
              f"{article_mean(us):>14.1f}{sum(1 for q in article_means(us) if q < 70):>8}/"
              f"{len(article_means(us))}{sum(1 for u in us if u[3]):>13}"
              f"{article_mean([u for u in us if not u[3]]):>14.1f}")


def article_means(us):
    """Each article's quality: its units' mean weighted by their length."""
    arts = defaultdict(lambda: [0.0, 0.0])
    for a, q, w, _ in us:
        arts[a][0] += q * w
        arts[a][1] += w
    return [s / w for s, w in arts.values()]


def article_mean(us):
    aq = article_means(us)
    return sum(aq) / len(aq) if aq else float("nan")


if __name__ == "__main__":
    main()
