#!/usr/bin/env python3
"""How many professionally translated articles fail the gate in each direction whose source is
not Indonesian: the negatives for every direction the command line accepts.

usage: benches/directions.py [--bin target/release/mtcheck] [--ntrex ../shared/data/ntrex]

NTREX-128 (github.com/MicrosoftTranslator/NTREX, CC BY-SA 4.0) has the same news sentences in
English, French, Chinese, Japanese, Arabic and Indonesian, each a professional translation of
the English original. Each document is checked as one record in each of the 25 directions whose
source is English, French, Chinese, Japanese or Arabic (target any other of the six); an
article with a major or critical finding fails the gate. Prints, per direction, the articles
that fail and the units checked, then the findings by rule. A finding here is wrong unless the
NTREX translation itself is wrong (some are: the French "Chili" for "Bolivia").
The Indonesian-source directions are measured by the gate scorer on `check corpora`-style
folders instead (see README.md).
"""
import argparse
import collections
import json
import os
import subprocess

FILES = {"id": "ind.txt", "en": "eng.txt", "fr": "fra.txt", "zh": "zho-CN.txt", "ja": "jpn.txt", "ar": "arb.txt"}
SERIOUS = {"major", "critical"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.path.join(here, "..", "target", "release", "mtcheck"))
    ap.add_argument("--ntrex", default=os.path.join(here, "..", "..", "shared", "data", "ntrex"))
    args = ap.parse_args()
    docs = [l.strip() for l in open(os.path.join(args.ntrex, "DOCUMENT_IDS.tsv"), encoding="utf-8")]
    text = {}
    for lang, name in FILES.items():
        lines = open(os.path.join(args.ntrex, name), encoding="utf-8").read().split("\n")
        text[lang] = lines[: len(docs)]
    records = []
    for s in FILES:
        for t in FILES:
            if s == t or s == "id":
                continue
            for doc in dict.fromkeys(docs):
                idx = [i for i, d in enumerate(docs) if d == doc]
                records.append({"id": f"{s}-{t}-{doc}", "src_lang": s, "tgt_lang": t,
                                "src": "\n".join(text[s][i] for i in idx),
                                "hyp": "\n".join(text[t][i] for i in idx)})
    feed = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    run = subprocess.run([args.bin, "check", "--input", "-", "--format", "jsonl"],
                         input=feed, capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        raise SystemExit(f"mtcheck exited {run.returncode}: {run.stderr[-2000:]}")
    per_direction = collections.Counter(f"{r['src_lang']}->{r['tgt_lang']}" for r in records)
    failing = collections.defaultdict(set)
    units = collections.Counter()
    rules = collections.Counter()
    for line in run.stdout.splitlines():
        unit = json.loads(line)
        if "src_range" not in unit:
            continue
        s, t = unit["id"].split("-")[:2]
        units[f"{s}->{t}"] += 1
        for f in unit.get("flags", []):
            if f["severity"] in SERIOUS:
                failing[f"{s}->{t}"].add(unit["id"])
                rules[f["rule"]] += 1
    for d in sorted(per_direction):
        print(f"{d}: {len(failing[d])}/{per_direction[d]} articles fail the gate ({units[d]} units)")
    total = sum(len(v) for v in failing.values())
    print(f"all: {total}/{len(records)} articles fail the gate")
    print("major findings by rule:", ", ".join(f"{r} {n}" for r, n in rules.most_common()) or "none")


if __name__ == "__main__":
    main()
