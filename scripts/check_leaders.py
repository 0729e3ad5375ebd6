#!/usr/bin/env python3
"""Lists UN member states whose head of state or head of government has no
current entry in the leaders lexicon (data/lexicons/actors/heads.lex).

  scripts/check_leaders.py [--date YYYY-MM-DD] [--members FILE]

A country is covered when heads.lex has an [actor] with a role line
`CODE ... GOV FROM..[TO]` whose range contains the date (default: today).
Each such entry is classed by its `note:` as head of state (president,
monarch, emir, ...), head of government (prime minister, premier,
chancellor, ...) or both.  Printed:
  - members with no current entry at all (errors; exit status 1);
  - members with a head of government but no head of state, except the
    Commonwealth realms (their head of state, Charles III, is under GBR;
    marked "(realm" in the country's comment line) and countries whose
    comment line says "no head of state" (errors);
  - members with a head of state but no head of government: normal for
    presidential systems, listed for review (not an error).

UN membership comes from npm world-countries (`unMember`, as installed by
scripts/setup_npm.sh in build/npm), minus the Holy See, which that package
marks as a member but is an observer state; --members FILE gives one ISO3
code a line instead.
"""
import argparse
import datetime
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOS = re.compile(r"president|king|queen|emir|sultan|monarch|prince|grand duke|"
                 r"captain regent|supreme leader|emperor|pope|yang di-pertuan|"
                 r"head of state|o le ao|chairman|governor-general|"
                 r"federal council|presidency|leader of the revolution|"
                 r"co-prince|general secretary|commander", re.I)
HOG = re.compile(r"prime minister|premier|chancellor|head of government|"
                 r"council of ministers|"
                 r"taoiseach|minister of state|chief executive|"
                 r"federal council|chief adviser", re.I)
OBSERVERS = {"VAT"}


def members(path):
    if path:
        with open(path) as f:
            return {l.strip() for l in f if l.strip() and not l.startswith("#")}
    npm = os.environ.get("KHALDUN_NPM_DIR", os.path.join(ROOT, "build", "npm"))
    wc = os.path.join(npm, "node_modules", "world-countries", "countries.json")
    with open(wc) as f:
        return {c["cca3"] for c in json.load(f) if c.get("unMember")} - OBSERVERS


def entries(path):
    """Yields (first name, note, [role lines], realm countries) per actor."""
    name, note, roles = None, "", []
    realms = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"# ([A-Z]{3}) \u2014 .*(\(realm|no head of state)",
                         line)
            if m:
                realms.add(m.group(1))
            if line.startswith("["):
                if name:
                    yield name, note, roles
                name, note, roles = None, "", []
                if line.startswith("[actor]"):
                    name = line[len("[actor]"):].split("|")[0].strip()
            elif name and line.strip().startswith("note:"):
                note = line.split(":", 1)[1].strip()
            elif name and line.strip().startswith("role:"):
                roles.append(line.split(":", 1)[1].split("#")[0].strip())
    if name:
        yield name, note, roles
    entries.realms = realms


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--date", default=datetime.date.today().isoformat())
    ap.add_argument("--members")
    ap.add_argument("--heads",
                    default=os.path.join(ROOT, "data", "lexicons", "actors",
                                         "heads.lex"))
    a = ap.parse_args()
    day = a.date
    un = members(a.members)
    hos, hog = {}, {}
    for name, note, roles in entries(a.heads):
        for r in roles:
            parts = r.split()
            rng = parts[-1] if ".." in parts[-1] else None
            if not rng or "GOV" not in parts:
                continue
            lo, hi = rng.split("..")
            if (lo and lo > day) or (hi and hi < day):
                continue
            code = parts[0]
            is_hos, is_hog = bool(HOS.search(note)), bool(HOG.search(note))
            if not is_hos and not is_hog:
                is_hos = is_hog = True  # unclassified note: count for both
            if is_hos:
                hos.setdefault(code, []).append(name)
            if is_hog:
                hog.setdefault(code, []).append(name)
    realms = entries.realms
    none = sorted(c for c in un if c not in hos and c not in hog)
    no_hos = sorted(c for c in un
                    if c in hog and c not in hos and c not in realms)
    no_hog = sorted(c for c in un if c in hos and c not in hog)
    print(f"UN members: {len(un)}; date {day}")
    print(f"with a current head of state or government: {len(un) - len(none)}")
    print(f"no current entry ({len(none)}): {' '.join(none) or '-'}")
    print(f"head of government but no head of state, not a realm "
          f"({len(no_hos)}): {' '.join(no_hos) or '-'}")
    print(f"head of state only (presidential systems; review the others) "
          f"({len(no_hog)}): {' '.join(no_hog) or '-'}")
    return 1 if none or no_hos else 0


if __name__ == "__main__":
    sys.exit(main())
