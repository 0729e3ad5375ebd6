#!/usr/bin/env python3
"""Builds the fixed `make bench` corpus as JSON Lines (id, date, text).

  scripts/bench_corpus.py SHARED OUT.jsonl [--un N]

Contents, in this order (deterministic: the same bytes on every run):
  1. every <BODY> of Reuters-21578 (SHARED/corpora/reuters21578/reut2-*.sgm,
     files and stories in file order), id "reuters-<NEWID>", date from
     <DATE> ("26-FEB-1987 15:01:01.79" -> 1987-02-26); SGML character
     references (&lt; &#3; ...) are decoded and control characters dropped;
  2. the first N (default 1,000) UN General Debate speeches
     (SHARED/corpora/un_general_debates/**/*.txt in sorted path order), id
     the file stem ("USA_55_2000"), date September 15 of the session year
     (the General Debate is held in the second half of September; the day is
     nominal).

The output is derived at bench time into the build directory and is never
committed (the texts are third-party, see ../shared/README.md).
"""

import argparse
import html
import json
import os
import re
import sys

MONTHS = {m: i + 1 for i, m in enumerate(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}

STORY = re.compile(rb"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
NEWID = re.compile(rb'NEWID="(\d+)"')
DATE = re.compile(rb"<DATE>\s*(\d+)-([A-Za-z]{3})-(\d{4})")
BODY = re.compile(rb"<BODY>(.*?)</BODY>", re.S)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
UN_YEAR = re.compile(r"_(\d{4})$")


def clean(raw: bytes) -> str:
    # Reuters-21578 is ASCII with a few Latin-1 bytes.
    text = html.unescape(raw.decode("latin-1"))
    return CONTROL.sub("", text)


def reuters(shared, out):
    d = os.path.join(shared, "corpora", "reuters21578")
    files = sorted(f for f in os.listdir(d)
                   if f.startswith("reut2-") and f.endswith(".sgm"))
    if not files:
        sys.exit(f"bench_corpus: no reut2-*.sgm in {d}")
    n = 0
    for f in files:
        with open(os.path.join(d, f), "rb") as fh:
            data = fh.read()
        for m in STORY.finditer(data):
            body = BODY.search(m.group(2))
            if not body:
                continue
            text = clean(body.group(1)).strip()
            if not text:
                continue
            rec = {"id": "reuters-" + NEWID.search(m.group(1)).group(1).decode()}
            dm = DATE.search(m.group(2))
            if dm and dm.group(2).upper().decode() in MONTHS:
                rec["date"] = "%s-%02d-%02d" % (
                    dm.group(3).decode(), MONTHS[dm.group(2).upper().decode()],
                    int(dm.group(1)))
            rec["text"] = text
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def un(shared, out, limit):
    root = os.path.join(shared, "corpora", "un_general_debates")
    paths = []
    for dirpath, _, names in os.walk(root):
        for name in names:
            if name.endswith(".txt") and name != "README.txt" \
                    and name != "LICENSE.txt":
                paths.append(os.path.join(dirpath, name))
    paths.sort()
    n = 0
    for p in paths[:limit]:
        stem = os.path.splitext(os.path.basename(p))[0]
        with open(p, "rb") as fh:
            text = CONTROL.sub("", fh.read().decode("utf-8", "replace")).strip()
        if not text:
            continue
        rec = {"id": stem}
        y = UN_YEAR.search(stem)
        if y:
            rec["date"] = y.group(1) + "-09-15"
        rec["text"] = text
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shared")
    ap.add_argument("out")
    ap.add_argument("--un", type=int, default=1000,
                    help="UN General Debate speeches to include")
    a = ap.parse_args()
    tmp = a.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        r = reuters(a.shared, out)
        u = un(a.shared, out, a.un)
    os.replace(tmp, a.out)
    print(f"bench_corpus: {r} Reuters-21578 bodies + {u} UN speeches -> "
          f"{a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
