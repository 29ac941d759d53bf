#!/usr/bin/env python3
"""Writes a Popolo file N times the UK Commons one (default 10) for the read benchmark.

Persons and memberships are copied N times; copy k > 0 gets new ids ("<uuid>-k") and its memberships point
at the copied persons, so references stay valid. Organizations, events and areas are kept once.
The output is large (about 36 MB for N = 10): it goes to bench/out/ (git-ignored) and is never committed.

usage: bench/gen_popolo_x10.py [source.json] [output.json] [N]
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "data", "political",
                                                            "uk-commons-ep-popolo-v1.0.json")
output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "out", "popolo-x10.json")
copies = int(sys.argv[3]) if len(sys.argv) > 3 else 10

with open(source, encoding="utf-8") as f:
    doc = json.load(f)

persons, memberships = [], []
for k in range(copies):
    suffix = "" if k == 0 else "-%d" % k
    for p in doc["persons"]:
        q = dict(p)
        q["id"] = p["id"] + suffix
        persons.append(q)
    for m in doc["memberships"]:
        q = dict(m)
        q["person_id"] = m["person_id"] + suffix
        memberships.append(q)
doc["persons"] = persons
doc["memberships"] = memberships

os.makedirs(os.path.dirname(output), exist_ok=True)
with open(output, "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
print("%s: %d persons, %d memberships, %d bytes" % (output, len(persons), len(memberships), os.path.getsize(output)))
