#!/usr/bin/env python3
"""End-to-end throughput of `khaldun code` (the second half of make bench).

  scripts/bench_e2e.py KHALDUN CORPUS.jsonl [--runs 5] [--threads 1 2]

For each thread count, runs `khaldun code --timing` RUNS times on CORPUS
(output to a file) under /usr/bin/time and prints the MEDIAN over the runs
of: documents/s, sentences/s and MB/s by wall clock (coding only, loading
excluded) and by CPU time (user + system of the process, loading
excluded), peak RSS, start-up (loading) time, and the CPU seconds of each
stage (read, segment, tag, match, parse, code, place, write), with the
share of sentences the prefilter did not parse.  Checks that the output is
byte-identical for every thread count.
"""
import argparse
import filecmp
import os
import re
import statistics
import subprocess
import sys
import tempfile

SUMMARY = re.compile(r"khaldun code: ([\d,]+) documents?, ([\d,]+) sentences?, "
                     r"([\d,]+) events? in ([\d.]+) s \(\+([\d.]+) s loading\)")
CPU = re.compile(r"khaldun code: cpu ([\d.]+) s user \+ ([\d.]+) s sys "
                 r"\(\+([\d.]+) s loading\)")
STAGE = re.compile(r"^  (\w+) +([\d.]+) s wall +([\d.]+) s cpu", re.M)
SKIP = re.compile(r"not parsed \(prefilter\) (\d+) \(([\d.]+)%\)")
STAGES = ["read", "segment", "tag", "match", "parse", "code", "place",
          "write"]


def num(s):
    return float(s.replace(",", ""))


def run_once(khaldun, corpus, threads, out, extra):
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        cmd = ["/usr/bin/time", "-f", "%M %e %U %S", "-o", tf.name, khaldun,
               "code", "--threads", str(threads), "--timing", "--no-progress",
               "-o", out] + extra + [corpus]
        p = subprocess.run(cmd, stderr=subprocess.PIPE, text=True)
        if p.returncode not in (0, 1):
            sys.exit(f"bench: {' '.join(cmd)} failed:\n{p.stderr}")
        rss_kb, _, user, sys_ = tf.read().split()[-4:]
    m = SUMMARY.search(p.stderr)
    c = CPU.search(p.stderr)
    if not m or not c:
        sys.exit(f"bench: no summary in the output of khaldun code:\n{p.stderr}")
    docs, sents, events = num(m.group(1)), num(m.group(2)), num(m.group(3))
    secs, load = float(m.group(4)), float(m.group(5))
    load_cpu = float(c.group(3))
    cpu = float(user) + float(sys_) - load_cpu
    r = {"docs": docs, "sentences": sents, "events": events, "wall": secs,
         "load": load, "load_cpu": load_cpu, "cpu": cpu,
         "rss_mb": int(rss_kb) / 1024.0}
    for name, _, cpu_s in STAGE.findall(p.stderr):
        if name in STAGES:
            r["stage_" + name] = float(cpu_s)
    s = SKIP.search(p.stderr)
    if s:
        r["skipped"] = float(s.group(2))
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("khaldun")
    ap.add_argument("corpus")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--extra", default="", help="more khaldun code options")
    a = ap.parse_args()
    mb = os.path.getsize(a.corpus) / 1e6
    extra = a.extra.split()
    outdir = tempfile.mkdtemp(prefix="khaldun-bench-")
    first_out = None
    for t in a.threads:
        out = os.path.join(outdir, f"events-{t}.jsonl")
        runs = [run_once(a.khaldun, a.corpus, t, out, extra)
                for _ in range(a.runs)]
        if first_out is None:
            first_out = out
        identical = filecmp.cmp(first_out, out, shallow=False)
        med = {k: statistics.median(r[k] for r in runs if k in r)
               for k in runs[0]}
        r0 = runs[0]
        print(f"threads={t}: {int(r0['docs']):,} documents, "
              f"{int(r0['sentences']):,} sentences, {int(r0['events']):,} "
              f"events, {mb:.1f} MB; median of {a.runs} runs"
              + ("" if identical else "  OUTPUT DIFFERS FROM threads="
                 f"{a.threads[0]}"))
        print(f"  wall: {med['docs'] / med['wall']:,.0f} documents/s, "
              f"{med['sentences'] / med['wall']:,.0f} sentences/s, "
              f"{mb / med['wall']:.3f} MB/s ({med['wall']:.2f} s)")
        print(f"  cpu:  {med['docs'] / med['cpu']:,.0f} documents/s, "
              f"{med['sentences'] / med['cpu']:,.0f} sentences/s, "
              f"{mb / med['cpu']:.3f} MB/s per cpu-second "
              f"({med['cpu']:.2f} cpu-s; x{med['cpu'] / med['wall']:.2f} "
              "cores busy)")
        print(f"  peak RSS {med['rss_mb']:.0f} MB; start-up (loading) "
              f"{med['load']:.3f} s wall, {med['load_cpu']:.3f} s cpu")
        if "skipped" in med:
            print(f"  prefilter: {med['skipped']:.1f}% of sentences not "
                  "parsed")
        total = sum(med.get("stage_" + s, 0) for s in STAGES)
        row = ", ".join(f"{s} {med['stage_' + s]:.2f}"
                        for s in STAGES if "stage_" + s in med)
        print(f"  stage cpu-s (sum over workers; {total:.2f}): {row}")
        if total > 0:
            print("  stage shares: " + ", ".join(
                f"{s} {100 * med['stage_' + s] / total:.1f}%"
                for s in STAGES if "stage_" + s in med))
        sys.stdout.flush()
    for f in os.listdir(outdir):
        os.remove(os.path.join(outdir, f))
    os.rmdir(outdir)


if __name__ == "__main__":
    main()
