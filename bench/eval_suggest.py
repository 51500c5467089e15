#!/usr/bin/python3
"""Scores suggestions against an expert crosswalk: precision@1, recall@5, MRR, direction.

Usage: eval_suggest.py SUGGESTIONS.json EXPERT [--source-framework F --target-framework F]

SUGGESTIONS.json is the output of `labeltool suggest --format json` or of peer_suggest.py.
EXPERT is a crosswalk/1 file or a CISO Assistant mapping set (then the two framework files
give the ref_ids behind the URNs). Prints one JSON object with the figures.

Per source norm that the expert maps (rows other than not-related): precision@1 is the
share whose first candidate is an expert target; recall@5 the mean share of its expert
targets among the first five; MRR the mean of 1/rank of the first expert target (0 when none
is among the candidates). Direction: of the expert's equal/subset/superset rows, the share
whose pair was proposed with that relation ("of_proposed": among the pairs proposed at all).
"""

import argparse
import json
from collections import defaultdict

import yaml

from suggest_ids import norm_id

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
RELATIONS = {"equal": "equal", "subset": "subset", "superset": "superset",
             "intersect": "intersects", "intersects": "intersects",
             "not_related": "not-related", "not-related": "not-related"}


def load(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=Loader)


def urn_to_id(framework_path):
    framework = load(framework_path)["objects"]["framework"]
    return {node["urn"]: norm_id(str(node.get("ref_id") or node["urn"].rsplit(":", 1)[-1]))
            for node in framework.get("requirement_nodes") or []}


def expert_rows(path, source_framework, target_framework):
    doc = load(path)
    if "mappings" in doc:
        return [(str(r["source"]), str(r["target"]), RELATIONS[r["relation"]])
                for r in doc["mappings"]]
    src, dst = urn_to_id(source_framework), urn_to_id(target_framework)
    rows = []
    objects = doc["objects"]
    # One set, or a list of them (forward first, then the reverse).
    mapping_set = objects.get("requirement_mapping_set") or objects["requirement_mapping_sets"][0]
    for r in mapping_set["requirement_mappings"]:
        s, t = src.get(r["source_requirement_urn"]), dst.get(r["target_requirement_urn"])
        if s and t:
            rows.append((s, t, RELATIONS.get(r["relationship"], r["relationship"])))
    return rows


def suggestion_arguments(parser):
    """Adds the arguments SUGGESTIONS.json EXPERT [--source-framework --target-framework]."""
    parser.add_argument("suggestions")
    parser.add_argument("expert")
    parser.add_argument("--source-framework")
    parser.add_argument("--target-framework")


def suggestions_and_rows(args):
    """{source: candidates} of the suggestions file, and the expert rows (source, target, relation)."""
    with open(args.suggestions, encoding="utf-8") as handle:
        suggested = {n["source"]: n["candidates"] for n in json.load(handle)["norms"]}
    return suggested, expert_rows(args.expert, args.source_framework, args.target_framework)


def main():
    parser = argparse.ArgumentParser()
    suggestion_arguments(parser)
    args = parser.parse_args()
    suggested, rows = suggestions_and_rows(args)
    targets = defaultdict(set)
    for s, t, relation in rows:
        if relation != "not-related" and s in suggested:
            targets[s].add(t)
    p1 = r5 = mrr = 0.0
    for source, expected in targets.items():
        ranked = [c["target"] for c in suggested[source]]
        if ranked and ranked[0] in expected:
            p1 += 1
        r5 += len(set(ranked[:5]) & expected) / len(expected)
        for rank, target in enumerate(ranked, 1):
            if target in expected:
                mrr += 1 / rank
                break
    n = len(targets) or 1
    directed = right = proposed = right_of_proposed = 0
    by_relation = defaultdict(lambda: [0, 0])
    for s, t, relation in rows:
        if relation not in ("equal", "subset", "superset") or s not in suggested:
            continue
        directed += 1
        by_relation[relation][1] += 1
        candidate = next((c for c in suggested[s] if c["target"] == t), None)
        if candidate is None or "relation" not in candidate:
            continue
        proposed += 1
        if candidate["relation"] == relation:
            right += 1
            right_of_proposed += 1
            by_relation[relation][0] += 1
    report = {"sources": len(targets), "expert_rows": len(rows),
              "precision_at_1": round(p1 / n, 3), "recall_at_5": round(r5 / n, 3),
              "mrr": round(mrr / n, 3)}
    if directed:
        report["direction_rows"] = directed
        report["direction_right"] = round(right / directed, 3)
        report["direction_right_of_proposed"] = round(right_of_proposed / proposed, 3) if proposed else None
        report["direction_by_relation"] = {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_relation.items())}
        sub = [by_relation[k] for k in ("subset", "superset")]
        if sum(v[1] for v in sub):
            report["direction_subset_superset"] = round(sum(v[0] for v in sub) / sum(v[1] for v in sub), 3)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
