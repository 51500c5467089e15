#!/usr/bin/python3
"""gen_big_normset.py: one large norm set for the findings benchmark.

Usage: gen_big_normset.py OUT.yaml --norms N [--without-text]

Writes a valid normset/1 file with N norms in themes of 1,000 (deterministic: no
randomness). With --without-text every norm lacks its `text`, so `labeltool lint` reports
two findings per norm (its missing key, and the empty text the integrity rules see):
the case of a file with hundreds of thousands of findings, where memory must not grow with
a copy of the source line per finding.
"""
import argparse


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--norms", type=int, default=100_000)
    ap.add_argument("--without-text", action="store_true")
    args = ap.parse_args()
    parts = ["labeltool: normset/1\nid: big\nversion: \"1\"\nname: Big\nowner: Bench\n"
             "language: nl\nstatus: illustrative\nstatus_note: Generated for the benchmark.\n"
             "scale:\n  - {value: voldoet, meaning: met, score: 2}\n"
             "  - {value: voldoet niet, meaning: not-met, score: 0}\n"
             "verdict:\n  max_not_met: 0\n  description: Geen norm voldoet niet.\nthemes:\n"]
    for n in range(args.norms):
        if n % 1000 == 0:
            parts.append(f"  - id: T{n // 1000}\n    title: Thema {n // 1000}\n    norms:\n")
        parts.append(f"      - id: N{n}\n        title: Norm {n}\n")
        if not args.without_text:
            parts.append(f"        text: De organisatie doet {n}.\n")
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("".join(parts))


if __name__ == "__main__":
    main()
