#!/usr/bin/env python3
"""The news check: what a coder change does to events in real news.

A change that gains CAMEO manual examples may still add wrong events (or
lose right ones) on news.  This script codes fixed samples of the news
corpora with two builds and lists every event that differs, with its
sentence, so that each can be read and judged.

  scripts/news_check.py samples SHARED DIR    # writes DIR/*.jsonl once
  scripts/news_check.py run KHALDUN DIR NAME  # codes them into DIR/NAME/
  scripts/news_check.py diff DIR A B          # events of B not in A, etc.

Samples (deterministic; the texts are third-party and stay outside the
repository, see ../shared/README.md):
  development: reuters.jsonl (the first 2,000 Reuters-21578 bodies of
    scripts/bench_corpus.py), agworld.jsonl (the first 1,500 AG News World
    items of test.csv, dated 2004-09-01), guardian.jsonl (the Guardian
    sample, dated as in the CSV);
  held out (read only to judge, never to find rules): bbc_politics.jsonl
    (the 417 BBC politics files, dated 2005-03-01), agworld_heldout.jsonl
    (AG News World items 1,501-1,900).

Events are compared by (document, sentence, source, target, code); an event
whose (document, sentence, source, target) stays but whose code changes is
listed as recoded.
"""

import csv
import glob
import json
import os
import subprocess
import sys


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as out:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


def ag_world(shared):
    path = os.path.join(shared, "corpora", "ag_news", "test.csv")
    items = []
    with open(path, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f)):
            if row["label"] != "1":
                continue
            text = row["title"].strip() + ".\n\n" + row["description"].replace(
                "\\", " ").strip()
            items.append({"id": "ag-%d" % n, "date": "2004-09-01",
                          "text": text})
    return items


def samples(shared, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    full = os.path.join(out_dir, "reuters_all.jsonl")
    subprocess.run([sys.executable, os.path.join(here, "bench_corpus.py"),
                    shared, full, "--un", "0"], check=True)
    with open(full, encoding="utf-8") as f:
        reuters = [json.loads(line) for _, line in zip(range(2000), f)]
    os.remove(full)
    write_jsonl(os.path.join(out_dir, "reuters.jsonl"), reuters)
    world = ag_world(shared)
    write_jsonl(os.path.join(out_dir, "agworld.jsonl"), world[:1500])
    write_jsonl(os.path.join(out_dir, "agworld_heldout.jsonl"),
                world[1500:1900])
    guardian = []
    path = os.path.join(shared, "corpora", "guardian_sample",
                        "Guardian_SDF_sample.csv")
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            guardian.append({"id": "guardian-" + row[""],
                             "date": row["date"], "text": row["text"]})
    write_jsonl(os.path.join(out_dir, "guardian.jsonl"), guardian)
    bbc = []
    for p in sorted(glob.glob(os.path.join(shared, "corpora", "bbc",
                                           "politics", "*.txt"))):
        with open(p, encoding="latin-1") as f:
            bbc.append({"id": "bbc-politics-" + os.path.basename(p)[:-4],
                        "date": "2005-03-01", "text": f.read()})
    write_jsonl(os.path.join(out_dir, "bbc_politics.jsonl"), bbc)
    for name in sorted(os.listdir(out_dir)):
        if name.endswith(".jsonl"):
            with open(os.path.join(out_dir, name), encoding="utf-8") as f:
                print("%-24s %5d documents" % (name, sum(1 for _ in f)))


def run(khaldun, out_dir, name):
    dest = os.path.join(out_dir, name)
    os.makedirs(dest, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(out_dir, "*.jsonl"))):
        out = os.path.join(dest, os.path.basename(path))
        subprocess.run([khaldun, "code", "--input", "jsonl", "-q", "-o", out,
                        path], check=False)
        with open(out, encoding="utf-8") as f:
            print("%-24s %5d events" % (os.path.basename(path),
                                        sum(1 for _ in f)))


def load(path):
    events = {}
    if not os.path.exists(path):
        return events
    with open(path, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            key = (e["doc"], e["sentence"], e["source"]["code"],
                   e["target"]["code"] if e.get("target") else "")
            events.setdefault(key, []).append(e)
    return events


def diff(out_dir, a, b):
    total = {"new": 0, "gone": 0, "recoded": 0}
    for path in sorted(glob.glob(os.path.join(out_dir, a, "*.jsonl"))):
        name = os.path.basename(path)
        before, after = load(path), load(os.path.join(out_dir, b, name))
        lines = []
        for key in sorted(set(before) | set(after), key=str):
            codes_a = sorted(e["code"] for e in before.get(key, []))
            codes_b = sorted(e["code"] for e in after.get(key, []))
            if codes_a == codes_b:
                continue
            kind = ("new" if not codes_a else
                    "gone" if not codes_b else "recoded")
            total[kind] += 1
            e = (after.get(key) or before.get(key))[0]
            lines.append("  %-7s %s s%d  %s -> %s  %s -> %s\n          %s" % (
                kind, key[0], key[1], key[2], key[3] or "-",
                ",".join(codes_a) or "-", ",".join(codes_b) or "-",
                e["sentence_text"]))
        print("%s: %d -> %d events" % (
            name, sum(len(v) for v in before.values()),
            sum(len(v) for v in after.values())))
        for line in lines:
            print(line)
    print("total: %(new)d new, %(gone)d gone, %(recoded)d recoded" % total)


def main(argv):
    if len(argv) == 4 and argv[1] == "samples":
        samples(argv[2], argv[3])
    elif len(argv) == 5 and argv[1] == "run":
        run(argv[2], argv[3], argv[4])
    elif len(argv) == 5 and argv[1] == "diff":
        diff(argv[2], argv[3], argv[4])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
