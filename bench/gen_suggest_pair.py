#!/usr/bin/python3
"""Two related norm sets for the speed run of `labeltool suggest` (bench/run_suggest_bench.sh).

Usage: gen_suggest_pair.py OUTDIR NORMS [--seed S]

Writes OUTDIR/a.yaml (gena@1) and OUTDIR/b.yaml (genb@1), each with NORMS norms in themes of
20, Dutch words from bench/gen_normsets.py's vocabulary. Every norm of B rewords a norm of A
(some words dropped, some added, shuffled), in another order. Deterministic for given
arguments. Pure stdlib.
"""

import argparse
import os
import random

from gen_normsets import ADJECTIVES, NOUNS

HEADER = """labeltool: normset/1
id: {id}
version: "1"
name: Generated {id}
owner: labeltool bench
language: nl
status: illustrative
status_note: Generated text for a benchmark; not a real norm set.
scale:
  - {{value: voldoet, meaning: met}}
  - {{value: voldoet niet, meaning: not-met}}
verdict: {{max_not_met: 0, description: Alle normen voldoen.}}
themes:
"""


def write_set(path, set_id, norms):
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEADER.format(id=set_id))
        for start in range(0, len(norms), 20):
            out.write(f"  - id: T{start // 20 + 1}\n    title: Thema {start // 20 + 1}\n    norms:\n")
            for norm_id, title, text in norms[start:start + 20]:
                out.write(f"      - id: {norm_id}\n        title: \"{title}\"\n        text: \"{text}\"\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("norms", type=int)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    words = NOUNS + ADJECTIVES
    os.makedirs(args.outdir, exist_ok=True)
    a, b = [], []
    for i in range(args.norms):
        body = rng.sample(words, 14)
        title = " ".join(body[:3])
        a.append((f"A{i + 1}", f"{title} {i + 1}", " ".join(body) + "."))
        kept = body[:]
        rng.shuffle(kept)
        kept = kept[:11] + rng.sample(words, 3)
        b.append((f"B{i + 1}", f"{' '.join(kept[:3])} {i + 1}", " ".join(kept) + "."))
    rng.shuffle(b)
    write_set(os.path.join(args.outdir, "a.yaml"), "gena", a)
    write_set(os.path.join(args.outdir, "b.yaml"), "genb", b)


if __name__ == "__main__":
    main()
