#!/usr/bin/python3
"""Lists every expert equal/subset/superset row beside what `labeltool suggest` proposed for it.

Usage: list_suggest_direction.py SUGGESTIONS.json EXPERT [--source-framework F --target-framework F]
                                 [--relation R]...

SUGGESTIONS.json is the output of `labeltool suggest --format json` (run it with --top 5
--min-score 0, as bench/run_suggest_bench.sh does); EXPERT and the framework files as for
bench/eval_suggest.py. One line per expert row: the expert's relation, labeltool's rank and
relation for the pair ("-" when the pair is not among the candidates), the two coverage
figures and the cosine, whether the relation is right, and what it was read from
("containment" or "numbering"). For studying the direction rule,
not for figures: those come from eval_suggest.py.
"""

import argparse

from eval_suggest import suggestion_arguments, suggestions_and_rows


def main():
    parser = argparse.ArgumentParser()
    suggestion_arguments(parser)
    parser.add_argument("--relation", action="append",
                        help="only rows with this expert relation (repeatable)")
    args = parser.parse_args()
    suggested, rows = suggestions_and_rows(args)
    wanted = set(args.relation or ("equal", "subset", "superset"))
    print(f"{'source':10} {'target':10} {'expert':10} {'rank':>4} {'proposed':10} "
          f"{'src_cov':>7} {'tgt_cov':>7} {'cosine':>6}  ok  basis")
    for source, target, relation in rows:
        if relation not in wanted or source not in suggested:
            continue
        candidates = suggested[source]
        found = next(((rank, c) for rank, c in enumerate(candidates, 1) if c["target"] == target),
                     None)
        if found is None:
            print(f"{source:10} {target:10} {relation:10} {'-':>4} {'-':10}")
            continue
        rank, c = found
        ok = "yes" if c["relation"] == relation else "no"
        print(f"{source:10} {target:10} {relation:10} {rank:>4} {c['relation']:10} "
              f"{c['source_covered']:7.3f} {c['target_covered']:7.3f} {c['similarity']:6.3f}  {ok:3} "
              f"{c.get('relation_basis', 'containment')}")


if __name__ == "__main__":
    main()
