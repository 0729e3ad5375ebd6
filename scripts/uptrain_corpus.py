#!/usr/bin/env python3
"""Builds the unlabeled news text for uptraining the parser, as JSON Lines.

  scripts/uptrain_corpus.py SHARED OUT.jsonl [--words N]

Uptraining (Petrov et al. 2010): a slow, accurate parser (the BiLSTM
parser, `khaldun train --parser-nn`) parses this text, and the fast
perceptron parser trains on EWT plus those trees (`khaldun train
--parser-extra`); docs/models.md, "Session 9", has the recipe.

Contents, in this order (deterministic: the same bytes on every run):
  1. every article body of FNC-1 (SHARED/corpora/fnc1/train_bodies.csv, then
     competition_test_bodies.csv, rows in file order), id
     "fnc-<train|test>-<Body ID>";
  2. Reuters-21578 bodies as scripts/bench_corpus.py reads them (file and
     story order), until the output holds N whitespace-separated words
     (default 2,200,000; the last story may pass N).

The output is derived into the build directory and never committed (the
texts are third-party, see ../shared/README.md).
"""

import argparse
import csv
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_corpus  # noqa: E402


def fnc(shared, out):
    d = os.path.join(shared, "corpora", "fnc1")
    csv.field_size_limit(1 << 30)
    n = words = 0
    for name, tag in (("train_bodies.csv", "train"),
                      ("competition_test_bodies.csv", "test")):
        path = os.path.join(d, name)
        if not os.path.exists(path):
            sys.exit(f"uptrain_corpus: {path} is missing")
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:
            for row in csv.DictReader(fh):
                text = bench_corpus.CONTROL.sub("", row["articleBody"]).strip()
                if not text:
                    continue
                out.write(json.dumps({"id": f"fnc-{tag}-{row['Body ID']}",
                                      "text": text}, ensure_ascii=False) + "\n")
                n += 1
                words += len(text.split())
    return n, words


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shared")
    ap.add_argument("out")
    ap.add_argument("--words", type=int, default=2_200_000,
                    help="stop adding Reuters stories past this many words")
    a = ap.parse_args()
    tmp = a.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        f, words = fnc(a.shared, out)
        buf = io.StringIO()
        bench_corpus.reuters(a.shared, buf)
        r = 0
        for line in buf.getvalue().splitlines():
            if words >= a.words:
                break
            words += len(json.loads(line)["text"].split())
            out.write(line + "\n")
            r += 1
    os.replace(tmp, a.out)
    print(f"uptrain_corpus: {f} FNC-1 bodies + {r} Reuters-21578 stories, "
          f"{words} words -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
