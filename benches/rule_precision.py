#!/usr/bin/env python3
"""Measures each rule's precision and recall on benches it was not tuned on, and writes the
table that `mtcheck rules` and `mtcheck rules ID` print (src/checks/registry/precision.tsv).

usage: benches/rule_precision.py [--bin target/release/mtcheck] [--data ../shared/data]
                                 [--tools ../shared/tools] [--out src/checks/registry/precision.tsv]

The data are the "check" benches kept beside the repository (never copied into it): sentence
pairs with injected errors and their clean professional translations (qa-bench/check.jsonl),
the same professional translations checked as whole articles (ntrex-check, through
ntrex_corpus.py), and real zh->en machine translation rated by professional MQM raters
(mqm-zhen/check.jsonl). A major or critical flag is:
- right on a sentence pair with an injected error its kind can report, wrong on a clean pair;
- wrong on every professional translation checked as an article;
- right on a machine translation a rater marked with a Major accuracy error, wrong on one no
  rater marked with a Major error.
Recall: the injected errors of the types a rule's kind can report that the rule flagged major.
A rule may be major by default only where its measured precision is at least 0.95 (19 in 20).
"""
import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

SERIOUS = {"major", "critical"}


def run(cmd, **kw):
    return subprocess.run(cmd, check=False, capture_output=True, text=True, **kw)


def units(path):
    out = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        if line.strip():
            u = json.loads(line)
            out[str(u.get("id"))].extend(u.get("flags") or [])
    return out


def main():
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(top, "target", "release", "mtcheck"))
    ap.add_argument("--data", default=os.path.join(top, "..", "shared", "data"))
    ap.add_argument("--tools", default=os.path.join(top, "..", "shared", "tools"))
    ap.add_argument("--out", default=os.path.join(top, "src", "checks", "registry", "precision.tsv"))
    a = ap.parse_args()
    for p in (a.bin, a.data, a.tools):
        if not os.path.exists(p):
            sys.exit(f"rule_precision.py: {p} not found (build with cargo build --release; the benches live in ../shared)")
    sys.path.insert(0, a.tools)
    from score_qa import ACCEPT  # the scorer's own table of which kinds report which error types

    rules = [l.split()[0] for l in run([a.bin, "rules"]).stdout.splitlines()[1:] if "/" in l.split(" ")[0]]
    tally = {r: {"right": 0, "wrong": 0, "caught": 0, "errors": 0} for r in rules}
    kind_of = {r: r.split("/")[0] for r in rules}
    with tempfile.TemporaryDirectory() as tmp:
        # sentence pairs
        qa_bench = os.path.join(a.data, "qa-bench", "check.jsonl")
        qa_out = os.path.join(tmp, "qa.jsonl")
        with open(qa_out, "w") as f:
            subprocess.run([a.bin, "check", "--input", qa_bench, "--format", "jsonl", "--quiet"], stdout=f, stderr=subprocess.DEVNULL, check=False)
        flags = units(qa_out)
        for line in open(qa_bench, encoding="utf-8"):
            b = json.loads(line)
            serious = [f for f in flags.get(b["id"], []) if f["severity"] in SERIOUS]
            ok = set().union(*(ACCEPT[e["type"]] for e in b["errors"])) if b["errors"] else set()
            for r in rules:
                mine = [f for f in serious if f["rule"] == r]
                if b["errors"] and kind_of[r] in ok:
                    tally[r]["errors"] += 1
                    tally[r]["caught"] += bool(mine)
                for _ in mine:
                    if not b["errors"]:
                        tally[r]["wrong"] += 1
                    elif kind_of[r] in ok:
                        tally[r]["right"] += 1
        # professional translations as whole articles
        corpus = os.path.join(tmp, "corpus")
        run([sys.executable, os.path.join(a.tools, "ntrex_corpus.py"), os.path.join(a.data, "ntrex-check"), corpus])
        gate = os.path.join(tmp, "gate.json")
        run([a.bin, "check", corpus, "--format", "json", "--quiet", "--output", gate])
        for art in json.load(open(gate, encoding="utf-8"))["articles"]:
            for f in art.get("flags", []):
                if f["severity"] in SERIOUS and f["rule"] in tally:
                    tally[f["rule"]]["wrong"] += 1
        # real MT rated by professionals
        mqm_bench = os.path.join(a.data, "mqm-zhen", "check.jsonl")
        mqm_out = os.path.join(tmp, "mqm.jsonl")
        with open(mqm_out, "w") as f:
            subprocess.run([a.bin, "check", "--input", mqm_bench, "--format", "jsonl", "--quiet"], stdout=f, stderr=subprocess.DEVNULL, check=False)
        flags = units(mqm_out)
        for line in open(mqm_bench, encoding="utf-8"):
            s = json.loads(line)
            major = [e for r in s["ratings"] for e in r["errors"] if e["severity"] == "Major" or e["category"] == "Non-translation!"]
            accuracy = any(e["category"].startswith("Accuracy/") or e["category"] == "Non-translation!" for e in major)
            for f in flags.get(s["id"], []):
                if f["severity"] in SERIOUS and f["rule"] in tally:
                    if accuracy:
                        tally[f["rule"]]["right"] += 1
                    elif not major:
                        tally[f["rule"]]["wrong"] += 1
    commit = run(["git", "rev-parse", "--short", "HEAD"], cwd=top).stdout.strip() or "unknown"
    today = datetime.date.today().isoformat()
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# Each rule's major and critical flags measured on benches it was not tuned on; written by\n")
        out.write("# benches/rule_precision.py (do not edit by hand: rerun it). The data: NTREX-128 check articles\n")
        out.write("# (CC BY-SA 4.0) as sentence pairs with injected errors and as professional translations, and\n")
        out.write("# real zh->en MT rated by professional MQM raters (WMT23, Apache-2.0).\n")
        out.write(f"# measured\t{today}\t{commit}\n")
        out.write("# rule\tright\twrong\tcaught\terrors\n")
        for r in rules:
            t = tally[r]
            out.write(f"{r}\t{t['right']}\t{t['wrong']}\t{t['caught']}\t{t['errors']}\n")
    print(f"wrote {a.out}")
    for r in rules:
        t = tally[r]
        n = t["right"] + t["wrong"]
        p = f"{t['right'] / n:.2f}" if n else "-"
        print(f"{r:28} right {t['right']:4} wrong {t['wrong']:4} precision {p:>5}  recall {t['caught']}/{t['errors']}")


if __name__ == "__main__":
    main()
