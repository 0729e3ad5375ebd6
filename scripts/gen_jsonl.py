#!/usr/bin/env python3
"""Writes an endless (or --bytes long) synthetic JSON Lines news stream.

  scripts/gen_jsonl.py --bytes 2G [--pad 60000] | khaldun code ...

Each record: "id" gen-<n>, a "date", and a "text" of five sentences built
from the templates below (written for this script: actors, events and
filler, so that some sentences are parsed and coded and others are
skipped), followed by `pad` bytes of blank lines, so that a multi-gigabyte
stream can go through `khaldun code` in minutes.  The padding makes the
documents long (memory per document) without adding sentences.
"""
import argparse
import json
import sys

ACTORS = ["Iraq", "Iran", "the United States", "Russia", "China", "France",
          "Egyptian police", "the Kenyan government", "Japan", "Brazil"]
VERBS = ["condemned", "accused", "met with", "praised", "threatened",
         "criticized", "signed an agreement with", "expelled diplomats from"]
FILLER = ["Markets were quiet on Monday.",
          "The weather in the region stayed warm for the season.",
          "Shares of the company rose 3 percent in early trading.",
          "Officials said the figures would be published next week.",
          "The report ran to more than two hundred pages."]


def size(s):
    s = s.strip().upper()
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(s[-1:], 1)
    return int(float(s.rstrip("KMG")) * mult)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bytes", default="0", help="stop after this much "
                    "(suffix K, M, G); 0 = endless")
    ap.add_argument("--pad", type=int, default=60000,
                    help="blank-line bytes appended to each text")
    a = ap.parse_args()
    limit = size(a.bytes)
    pad = "\n" * a.pad
    out = sys.stdout
    written = 0
    n = 0
    while limit == 0 or written < limit:
        i = n
        src = ACTORS[i % len(ACTORS)]
        tgt = ACTORS[(i * 7 + 3) % len(ACTORS)]
        if tgt == src:
            tgt = ACTORS[(i + 1) % len(ACTORS)]
        verb = VERBS[(i // 3) % len(VERBS)]
        text = " ".join([
            f"{src} {verb} {tgt} on Tuesday, officials said.",
            FILLER[i % len(FILLER)],
            f"It said the talks would resume in {2000 + i % 20}.",
            FILLER[(i + 2) % len(FILLER)],
            f"{tgt} rejected the statement.",
        ]) + pad
        rec = {"id": f"gen-{n}", "date": f"20{10 + i % 10}-0{1 + i % 9}-1{i % 10}",
               "text": text}
        line = json.dumps(rec) + "\n"
        try:
            out.write(line)
        except BrokenPipeError:
            break
        written += len(line)
        n += 1
    try:
        out.flush()
    except BrokenPipeError:
        pass


if __name__ == "__main__":
    main()
