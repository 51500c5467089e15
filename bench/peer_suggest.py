#!/usr/bin/python3
"""The peer of `labeltool suggest`: what a user would write with scikit-learn.

Usage: peer_suggest.py A B [--top K]

A and B are norm-set files (labeltool normset/1) or CISO Assistant framework files. For every
norm of A, prints the K norms of B with the highest cosine of scikit-learn's TfidfVectorizer
(default settings, fitted on the norms of both sets; title, text and guidance joined) as JSON
in the shape of `labeltool suggest --format json` ({"norms": [{"source", "candidates":
[{"target", "score"}]}]}). Norm IDs are made as labeltool makes them for CISO files.
"""

import argparse
import json
import sys

import numpy as np
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer

from suggest_ids import norm_id

try:
    Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - Debian's python3-yaml has libyaml
    Loader = yaml.SafeLoader


def norms_of(path):
    """[(id, text)] of the norms of a normset/1 or CISO Assistant framework file."""
    with open(path, encoding="utf-8") as handle:
        doc = yaml.load(handle, Loader=Loader)
    out = []
    if isinstance(doc, dict) and "themes" in doc:
        for theme in doc.get("themes") or []:
            for norm in theme.get("norms") or []:
                parts = [norm.get("title"), norm.get("text"), norm.get("guidance")]
                out.append((str(norm["id"]), " ".join(str(p) for p in parts if p)))
        return out
    framework = doc["objects"]["framework"]
    for node in framework.get("requirement_nodes") or []:
        if not node.get("assessable"):
            continue
        parts = [node.get("name"), node.get("description"), node.get("annotation")]
        ref = node.get("ref_id") or node["urn"].rsplit(":", 1)[-1]
        out.append((norm_id(str(ref)), " ".join(str(p) for p in parts if p)))
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args()
    a, b = norms_of(args.a), norms_of(args.b)
    vectorizer = TfidfVectorizer()
    matrix = vectorizer.fit_transform([text for _, text in a] + [text for _, text in b])
    left, right = matrix[: len(a)], matrix[len(a):]
    cosine = (left @ right.T).toarray()  # rows are L2-normalised: the product is the cosine
    norms = []
    for i, (source, _) in enumerate(a):
        row = cosine[i]
        order = np.argsort(-row, kind="stable")[: args.top]
        candidates = [{"target": b[j][0], "score": float(row[j])} for j in order if row[j] > 0]
        norms.append({"source": source, "candidates": candidates})
    json.dump({"norms": norms}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
