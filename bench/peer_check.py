#!/usr/bin/python3
"""peer_check.py: the benchmark peer of `labeltool check` for zelfevaluatie/1 files.

Usage: peer_check.py [--normsets DIR] [--today YYYY-MM-DD] FILE_OR_DIR...
       (folders are searched recursively for *.yaml / *.yml)

Does what `labeltool check` does on a zelfevaluatie (docs/formats.md), the way a careful
Python programmer would, in one process:

1. Parse: PyYAML with libyaml's C parser composes the file into a node tree
   (yaml.compose with a yaml.CSafeLoader whose implicit resolvers are switched off, since
   every scalar is text), which keeps the line and column of every node.
2. Walk the node tree once, turning it into plain dicts, lists and strings. Every scalar
   stays text, as labeltool reads it (so nvvk's `1.10:` stays "1.10", and dates stay
   "2026-10-01"); duplicate keys, which PyYAML accepts silently, are reported here; aliases
   are shared, not copied, and their expanded size and the nesting depth are bounded.
3. Validate the structure with jsonschema against a JSON Schema for zelfevaluatie/1 (below;
   required keys, types, additionalProperties false, ID / reference / date patterns). The
   validator is built once and reused. Errors are mapped back to the nodes for positions.
4. The checks of formats.md's "What labeltool check reports": unknown-norm (difflib "did
   you mean"), missing-answer, invalid-score, not-applicable-not-allowed,
   missing-toelichting, missing-evidence, missing-action, due-in-past, out-of-scope,
   unknown-scope, invalid-date, duplicate-key.
5. The summary per theme and in total (answers per scale value, unanswered, share met =
   met / answered-and-applicable, "not applicable" left out) and the verdict by the norm
   set's rule (max_not_met, max_partly_met, min_met_percent); unanswered norms make it
   "incomplete".

Norm sets are found in --normsets DIR (default ../normsets beside this script) by their own
id@version, read once, variants resolved, and cached per process.

Output (stdout): one line per finding, `file:line:col: severity[code]: message` (1-based,
columns in characters), sorted by position within each file, then one summary line per
file, `file: summary[id@version]: VERDICT; ...`. On stderr, a last line with the totals per
code and per verdict. Exit status: 1 when any error was found, else 0 (warnings alone give
0); 2 on usage errors or when libyaml or jsonschema is missing.

Where formats.md is silent, the peer does what labeltool check (commit dce2899) does, and the
two were checked to give the same findings (file, line, column, code), the same summary per
theme and the same verdict on every file of the benchmark corpus (10,000 files) and of a
2,000-file corpus with format errors. So: an answer outside the scope gets only the
out-of-scope warning and is not counted; an answer whose score is not on the
scale (invalid-score, not-applicable-not-allowed) counts as unanswered (so the verdict is
incomplete), but is not a missing-answer, and its toelichting, evidence, action and due date
are not checked; missing-toelichting is for every counted answer that is not met (also
"niet van toepassing"); missing-evidence for met and partly-met answers only; missing-action
is one finding per answer, naming what is missing; an empty toelichting or `evidence: []`
counts as missing; undeclared scopes are reported once each, at the scope list, and match no
norm's applies_to (scope [onbekend] makes every norm with applies_to out of scope); with a
duplicate key the first one counts; missing-answer findings point at the `answers` key,
missing-toelichting and missing-action at the score, missing-evidence and out-of-scope at
the norm ID.
"""

import datetime
import difflib
import os
import re
import sys

try:
    import yaml
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode
    _CLoader = yaml.CSafeLoader
except (ImportError, AttributeError):
    sys.stderr.write(
        "peer_check.py: PyYAML with libyaml is required (yaml.CSafeLoader is missing).\n"
        "  On Debian: apt-get install python3-yaml, and run with /usr/bin/python3.\n")
    sys.exit(2)
try:
    import jsonschema
    _Validator = getattr(jsonschema, "Draft202012Validator", None) or jsonschema.Draft7Validator
except (ImportError, AttributeError):
    sys.stderr.write("peer_check.py: jsonschema is required.\n"
                     "  On Debian: apt-get install python3-jsonschema, and run with /usr/bin/python3.\n")
    sys.exit(2)



class Loader(_CLoader):
    """CSafeLoader (libyaml parses and composes in C) without implicit tag resolution: every
    scalar is text here, as in labeltool, so asking the Python resolver whether it looks like
    a number, bool or date for each scalar would be wasted work."""
    yaml_implicit_resolvers = {}


# Plain scalars that mean "nothing" (YAML's null), as labeltool reads them.
NULLS = frozenset(("", "~", "null", "Null", "NULL"))

ID_PATTERN = r"^[A-Za-z0-9._-]{1,128}$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
REF_PATTERN = r"^[A-Za-z0-9_-]+@[A-Za-z0-9._-]+$"
DATE_RE = re.compile(DATE_PATTERN)

MAX_DEPTH = 64             # labeltool's default --max-depth
MAX_ALIAS_NODES = 100_000  # labeltool's default --max-alias-nodes (checked on the whole tree)

TEXT = {"type": "string"}
OPT_TEXT = {"type": ["string", "null"]}
OPT_TEXT_LIST = {"type": ["array", "null"], "items": {"type": "string"}}

ANSWER_SCHEMA = {
    "type": "object",
    "required": ["score"],
    "additionalProperties": False,
    "properties": {
        "score": {"type": "string", "minLength": 1},
        "toelichting": OPT_TEXT,
        "evidence": OPT_TEXT_LIST,
        "action": OPT_TEXT,
        "owner": OPT_TEXT,
        "due": {"type": ["string", "null"], "pattern": DATE_PATTERN},
    },
}

ZELFEVALUATIE_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "labeltool zelfevaluatie/1",
    "type": "object",
    "required": ["labeltool", "normset", "organisation", "date", "answers"],
    "additionalProperties": False,
    "properties": {
        "labeltool": {"const": "zelfevaluatie/1"},
        "normset": {"type": "string", "pattern": REF_PATTERN},
        "organisation": {"type": "string", "minLength": 1},
        "scope": {"type": ["array", "null"],
                  "items": {"type": "string", "pattern": ID_PATTERN}},
        "date": {"type": "string", "pattern": DATE_PATTERN},
        "filled_in_by": OPT_TEXT_LIST,
        # Answer keys are not held to the ID pattern: a key that is not a norm of the
        # set (also '2,1') is an unknown-norm, with a "did you mean".
        "answers": {"type": "object", "additionalProperties": ANSWER_SCHEMA},
    },
}

_Validator.check_schema(ZELFEVALUATIE_SCHEMA)
VALIDATOR = _Validator(ZELFEVALUATIE_SCHEMA)  # built once, reused for every file

# Fields labeltool reads as text (an empty one is "empty-text"); others are "missing-key".
TEXT_FIELDS = ("organisation", "score")

TYPE_NAMES = {"string": "text", "array": "a list", "object": "a mapping", "str": "text",
              "list": "a list", "dict": "a mapping", "NoneType": "nothing"}

# Ways people write "not applicable" (compared lower-cased, trimmed).
NA_WORDS = {"niet van toepassing", "niet-van-toepassing", "n.v.t.", "n.v.t", "nvt",
            "not applicable", "n/a", "na"}

CODES = ("unknown-norm", "missing-answer", "invalid-score", "not-applicable-not-allowed",
         "missing-toelichting", "missing-evidence", "missing-action", "due-in-past",
         "out-of-scope", "unknown-scope", "invalid-date", "duplicate-key")


def did_you_mean(word, candidates):
    """' (did you mean 'X'?)' or ''. A case-insensitive or punctuation-only difference
    wins; otherwise difflib's closest match."""
    low = word.lower()
    strip = re.sub(r"[ ._,-]", "", low)
    for c in candidates:
        if c.lower() == low or re.sub(r"[ ._,-]", "", c.lower()) == strip:
            return f" (did you mean '{c}'?)"
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def nonempty_text(value):
    return isinstance(value, str) and value.strip() != ""


# --- norm sets -----------------------------------------------------------------------------

class Prepared:
    """A resolved norm set in the shape the checks need."""

    def __init__(self, ref, d):
        self.ref = ref
        self.scale = []           # values, best first
        self.meaning = {}         # value -> meaning
        self.na_value = None      # the scale's not-applicable value, if any
        for s in d.get("scale") or ():
            v, m = str(s["value"]), s["meaning"]
            self.scale.append(v)
            self.meaning[v] = m
            if m == "not-applicable" and self.na_value is None:
                self.na_value = v
        self.verdict = d.get("verdict") or {}
        self.scopes = [str(s["id"]) for s in d.get("scopes") or ()]
        self.scope_set = set(self.scopes)
        self.themes = []          # (theme id, [norm ids])
        self.norms = {}           # norm id -> (theme id, applies_to frozenset or None, has evidence)
        for t in d.get("themes") or ():
            ids = []
            for n in t.get("norms") or ():
                nid = str(n["id"])
                applies = n.get("applies_to")
                self.norms[nid] = (str(t["id"]), frozenset(map(str, applies)) if applies else None,
                                   bool(n.get("evidence")))
                ids.append(nid)
            self.themes.append((str(t["id"]), ids))
        self.norm_ids = list(self.norms)


class Catalog:
    """Norm sets in a folder, by their own id@version; read once, resolved once."""

    def __init__(self, folder):
        self.folder = folder
        self.raw = None
        self.cache = {}

    def _scan(self):
        self.raw = {}
        for dirpath, dirnames, filenames in os.walk(self.folder):
            dirnames.sort()
            for f in sorted(filenames):
                if not f.endswith((".yaml", ".yml")):
                    continue
                try:
                    with open(os.path.join(dirpath, f), "rb") as fh:
                        d = yaml.load(fh, Loader=_CLoader)
                except (OSError, yaml.YAMLError):
                    continue
                if isinstance(d, dict) and d.get("labeltool") == "normset/1" and "id" in d:
                    self.raw.setdefault(f"{d['id']}@{d.get('version')}", d)

    def _resolve(self, ref, seen):
        d = self.raw.get(ref)
        if d is None or ref in seen:
            return None
        if "extends" not in d:
            return d
        base = self._resolve(str(d["extends"]), seen | {ref})
        if base is None:
            return None
        out = dict(base)
        out["themes"] = [dict(t, norms=[dict(n) for n in t.get("norms") or ()])
                         for t in base.get("themes") or ()]
        for key in ("scale", "verdict", "scopes", "disciplines", "maturity_levels"):
            if key in d:
                out[key] = d[key]
        by_id = {str(n["id"]): n for t in out["themes"] for n in t["norms"]}
        for change in d.get("modify") or ():
            n = by_id.get(str(change.get("norm")))
            if n is not None:
                n.update({k: v for k, v in change.items() if k != "norm"})
        for removal in d.get("remove") or ():
            gone = str(removal.get("norm"))
            for t in out["themes"]:
                t["norms"] = [n for n in t["norms"] if str(n["id"]) != gone]
        for addition in d.get("add") or ():
            tid = str(addition.get("theme"))
            theme = next((t for t in out["themes"] if str(t["id"]) == tid), None)
            if theme is None:
                theme = {"id": tid, "title": addition.get("title", tid), "norms": []}
                out["themes"].append(theme)
            theme["norms"].extend(dict(n) for n in addition.get("norms") or ())
        return out

    def get(self, ref):
        """The Prepared norm set for ref, or None."""
        if ref in self.cache:
            return self.cache[ref]
        if self.raw is None:
            self._scan()
        prepared = None
        try:
            d = self._resolve(ref, frozenset())
            if d is not None:
                prepared = Prepared(ref, d)
        except (KeyError, TypeError, AttributeError):
            prepared = None  # a broken norm set: `labeltool lint` tells what is wrong
        self.cache[ref] = prepared
        return prepared

    def known(self):
        if self.raw is None:
            self._scan()
        return sorted(self.raw)


# --- one file ------------------------------------------------------------------------------

class TooBig(Exception):
    pass


def child(node, key):
    """(key node, value node) of the first `key` in a MappingNode, or (None, None)."""
    if type(node) is MappingNode:
        for k, v in node.value:
            if type(k) is ScalarNode and k.value == key:
                return k, v
    return None, None


def locate(root, path):
    """(key node or None, value node) at a jsonschema path (keys and list indexes)."""
    key_node, node = None, root
    for step in path:
        if type(node) is MappingNode:
            key_node, node = child(node, step)
        elif type(node) is SequenceNode and isinstance(step, int) and step < len(node.value):
            key_node, node = None, node.value[step]
        else:
            return key_node, node
        if node is None:
            return None, root
    return key_node, node


class FileCheck:
    def __init__(self, catalog, today):
        self.catalog = catalog
        self.today = today
        self.findings = []   # (line, col, seq, severity, code, message)
        self.memo = {}       # id(node) -> (data, expanded size), for aliases
        self.summary = None

    def add(self, node, severity, code, msg):
        m = node.start_mark
        self.findings.append((m.line + 1, m.column + 1, len(self.findings), severity, code, msg))

    def error(self, node, code, msg):
        self.add(node, "error", code, msg)

    def warning(self, node, code, msg):
        self.add(node, "warning", code, msg)

    # -- step 2: nodes -> data, with duplicate keys --------------------------------------
    def to_data(self, node, depth):
        t = type(node)
        if t is ScalarNode:
            return (None if not node.style and node.value in NULLS else node.value), 1
        hit = self.memo.get(id(node))
        if hit is not None:
            return hit
        if depth > MAX_DEPTH:
            self.error(node, "nesting-too-deep", f"nested deeper than {MAX_DEPTH} levels")
            raise TooBig
        size = 1
        if t is MappingNode:
            data = {}
            first = {}
            for k, v in node.value:
                if type(k) is not ScalarNode:
                    self.error(k, "complex-key", "a mapping key must be plain text")
                    continue
                key = k.value
                if key in first:
                    self.error(k, "duplicate-key", f"duplicate key '{key}' (first at line "
                               f"{first[key].start_mark.line + 1}); the first one counts")
                    size += self.to_data(v, depth + 1)[1]  # walked for its own duplicates
                    continue
                first[key] = k
                data[key], n = self.to_data(v, depth + 1)
                size += n
        else:
            data = []
            for item in node.value:
                value, n = self.to_data(item, depth + 1)
                data.append(value)
                size += n
        if size > MAX_ALIAS_NODES:
            self.error(node, "alias-limit", f"the document expands to more than "
                       f"{MAX_ALIAS_NODES} nodes (aliases?)")
            raise TooBig
        self.memo[id(node)] = (data, size)
        return data, size

    # -- step 3: structure -------------------------------------------------------------
    def validate(self, root, data):
        reported = set()
        for err in VALIDATOR.iter_errors(data):
            path = list(err.absolute_path)
            kind = err.validator
            key_node, node = locate(root, path)
            where = key_node or node
            field = path[-1] if path and isinstance(path[-1], str) else None
            if kind == "required":
                for name in err.validator_value:
                    if name not in err.instance and (tuple(path), name) not in reported:
                        reported.add((tuple(path), name))
                        what = "zelfevaluatie" if not path else f"answer '{path[-1]}'"
                        self.error(where, "missing-key", f"{what} has no '{name}'")
            elif kind == "additionalProperties":
                known = list(err.schema.get("properties", ()))
                for name in err.instance:
                    if name not in err.schema.get("properties", ()):
                        k, _ = child(node, name)
                        self.error(k or node, "unknown-key",
                                   f"unknown key '{name}'{did_you_mean(name, known)}")
            elif kind == "type":
                if err.instance is None and len(path) == 2 and path[0] == "answers":
                    self.error(where, "wrong-type", f"the answer for '{field}' is empty; "
                               "it needs at least a score")
                elif err.instance is None:
                    code = "empty-text" if field in TEXT_FIELDS else "missing-key"
                    self.error(where, code, f"'{field}' is empty")
                else:
                    want = err.validator_value
                    want = " or ".join(TYPE_NAMES[t] for t in ([want] if isinstance(want, str) else want)
                                       if t != "null")
                    self.error(node, "wrong-type", f"'{field or path[-2]}' must be {want}, "
                               f"not {TYPE_NAMES[type(err.instance).__name__]}")
            elif kind == "pattern":
                if field in ("date", "due"):
                    self.error(node, "invalid-date",
                               f"'{field}' is '{err.instance}', not a date in the form YYYY-MM-DD")
                elif field == "normset":
                    self.error(node, "invalid-reference",
                               f"normset '{err.instance}' is not of the form id@version")
                else:
                    self.error(node, "invalid-id", f"'{err.instance}' is not a valid ID")
            elif kind == "minLength":
                self.error(where, "empty-text", f"'{field}' is empty")
            else:
                self.error(node, "invalid-value", err.message)

    def real_date(self, node, field):
        """Parses a YYYY-MM-DD that passed the pattern; reports invalid-date if not real."""
        try:
            return datetime.date(int(node.value[0:4]), int(node.value[5:7]), int(node.value[8:10]))
        except ValueError:
            self.error(node, "invalid-date",
                       f"'{field}' is '{node.value}', not a date in the form YYYY-MM-DD")
            return None

    # -- steps 1-5 -----------------------------------------------------------------------
    def check(self, data_bytes):
        try:
            root = yaml.compose(data_bytes, Loader=Loader)
        except yaml.MarkedYAMLError as e:
            mark = e.problem_mark or e.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            msg = ", ".join(x for x in (e.context, e.problem) if x) or "invalid YAML"
            code = "multiple-documents" if "single document" in msg else "yaml-syntax"
            self.findings.append((line, col, 0, "error", code, msg))
            return
        except yaml.YAMLError as e:  # e.g. invalid UTF-8 (ReaderError)
            self.findings.append((1, 1, 0, "error", "yaml-syntax", str(e).replace("\n", " ")))
            return
        if root is None:
            self.findings.append((1, 1, 0, "error", "empty-file", "the file is empty"))
            return
        if type(root) is not MappingNode:
            self.error(root, "root-not-mapping", "the document is not a mapping")
            return
        first = root.value[0] if root.value else None
        if first is None or type(first[0]) is not ScalarNode or first[0].value != "labeltool":
            self.error(root, "missing-header", "the first key must be 'labeltool: zelfevaluatie/1'")
            return
        if type(first[1]) is not ScalarNode or first[1].value != "zelfevaluatie/1":
            self.error(first[1], "unknown-kind", "peer_check.py checks only "
                       f"'labeltool: zelfevaluatie/1' files, not '{getattr(first[1], 'value', '?')}'")
            return
        try:
            data, _ = self.to_data(root, 1)
        except TooBig:
            return
        self.validate(root, data)

        # Real dates (the schema checked the form): the zelfevaluatie's date, and every due.
        date_k, date_v = child(root, "date")
        if type(date_v) is ScalarNode and isinstance(data.get("date"), str) \
                and DATE_RE.match(date_v.value):
            self.real_date(date_v, "date")
        due_dates = {}  # norm id -> date, for the first answer per key
        _, answers_node = child(root, "answers")
        answers = data.get("answers")
        if type(answers_node) is MappingNode and isinstance(answers, dict):
            seen = set()
            for k, v in answers_node.value:
                if type(k) is not ScalarNode or k.value in seen:
                    continue
                seen.add(k.value)
                _, due_node = child(v, "due")
                if type(due_node) is ScalarNode and DATE_RE.match(due_node.value):
                    due_dates[k.value] = self.real_date(due_node, "due")

        ref = data.get("normset")
        if not isinstance(ref, str) or not re.match(REF_PATTERN, ref):
            return
        ns = self.catalog.get(ref)
        ref_k, ref_v = child(root, "normset")
        if ns is None:
            self.error(ref_v, "unresolved-reference", f"no norm set '{ref}' in "
                       f"{self.catalog.folder}{did_you_mean(ref, self.catalog.known())}")
            return

        # Scope: the scopes as listed (an undeclared one is reported, and matches no norm's
        # applies_to); absent or empty means every scope.
        scope = None
        scope_data = data.get("scope")
        if isinstance(scope_data, list):
            _, scope_node = child(root, "scope")
            listed = set()
            for s in scope_data:
                if not isinstance(s, str):
                    continue
                listed.add(s)
                if s not in ns.scope_set:
                    self.error(scope_node, "unknown-scope",
                               f"{ns.ref} has no scope '{s}'{did_you_mean(s, ns.scopes)}")
            scope = listed or None

        # Answers.
        answers_k, _ = child(root, "answers")
        if type(answers_node) is not MappingNode or not isinstance(answers, dict):
            return
        counted = {}   # norm id -> meaning, for answers that count in the summary
        present = set()
        today = self.today
        for k, v in answers_node.value:
            if type(k) is not ScalarNode:
                continue
            nid = k.value
            if nid in present:
                continue  # duplicate key: reported, the first one counts
            present.add(nid)
            norm = ns.norms.get(nid)
            if norm is None:
                self.error(k, "unknown-norm",
                           f"{ns.ref} has no norm '{nid}'{did_you_mean(nid, ns.norm_ids)}")
                continue
            ans = answers.get(nid)
            if not isinstance(ans, dict):
                continue  # reported by the schema
            applies = norm[1]
            if scope is not None and applies is not None and not (applies & scope):
                self.warning(k, "out-of-scope", f"norm {nid} applies to "
                             f"{', '.join(sorted(applies))}, not to the scope of this "
                             "zelfevaluatie; the answer is not counted")
                continue
            score = ans.get("score")
            meaning = None
            if isinstance(score, str) and score:
                meaning = ns.meaning.get(score)
                if meaning is None:
                    _, score_node = child(v, "score")
                    low = score.strip().lower()
                    if ns.na_value is None and low in NA_WORDS:
                        self.error(score_node, "not-applicable-not-allowed",
                                   f"'{score}' for norm {nid}: the scale of {ns.ref} has no "
                                   "not-applicable value; answer " + " | ".join(ns.scale))
                    else:
                        hint = (f" (did you mean '{ns.na_value}'?)" if low in NA_WORDS
                                else did_you_mean(score, ns.scale))
                        self.error(score_node, "invalid-score",
                                   f"'{score}' for norm {nid} is not on the scale of {ns.ref} "
                                   f"({' | '.join(ns.scale)}){hint}")
            if meaning is None:
                continue  # counted as unanswered
            counted[nid] = meaning
            _, score_node = child(v, "score")
            if meaning != "met" and not nonempty_text(ans.get("toelichting")):
                self.error(score_node, "missing-toelichting",
                           f"norm {nid} is '{score}' but has no toelichting")
            if meaning in ("met", "partly-met") and norm[2]:
                ev = ans.get("evidence")
                if not (isinstance(ev, list) and any(nonempty_text(x) for x in ev)):
                    self.warning(k, "missing-evidence", f"norm {nid} lists evidence an "
                                 "auditor will ask for; this answer names none")
            if meaning in ("partly-met", "not-met"):
                missing = [f for f in ("action", "owner", "due") if not nonempty_text(ans.get(f))]
                if missing:
                    self.warning(score_node, "missing-action", f"norm {nid} is '{score}' but "
                                 f"has no {', no '.join(missing)}")
            d = due_dates.get(nid)
            if d is not None and d < today:
                _, due_node = child(v, "due")
                self.warning(due_node, "due-in-past", f"norm {nid}: due date {d.isoformat()} "
                             f"is before today ({today.isoformat()})")

        # Missing answers, and the summary per theme and in total.
        total = {"met": 0, "partly-met": 0, "not-met": 0, "not-applicable": 0, "unanswered": 0}
        themes = []
        for tid, ids in ns.themes:
            counts = dict.fromkeys(total, 0)
            for nid in ids:
                applies = ns.norms[nid][1]
                if scope is not None and applies is not None and not (applies & scope):
                    continue
                if nid not in present:
                    self.error(answers_k, "missing-answer",
                               f"no answer for norm {nid}, which applies to this zelfevaluatie")
                m = counted.get(nid)
                counts[m if m is not None else "unanswered"] += 1
            for key in total:
                total[key] += counts[key]
            themes.append((tid, counts))
        self.summary = (ns, total, themes, self.verdict(ns, total))

    @staticmethod
    def share(counts):
        den = counts["met"] + counts["partly-met"] + counts["not-met"]
        return (100.0 * counts["met"] / den) if den else None

    def verdict(self, ns, total):
        if total["unanswered"]:
            return "incomplete"
        rule = ns.verdict
        if "max_not_met" in rule and total["not-met"] > rule["max_not_met"]:
            return "fail"
        if "max_partly_met" in rule and total["partly-met"] > rule["max_partly_met"]:
            return "fail"
        if "min_met_percent" in rule:
            pct = self.share(total)
            if pct is None or pct < rule["min_met_percent"]:
                return "fail"
        return "pass"

    def summary_line(self, path):
        ns, total, themes, verdict = self.summary
        by_meaning = {}
        for v in ns.scale:
            by_meaning.setdefault(ns.meaning[v], v)

        def counts_text(c):
            parts = [f"{c[m]} {v}" for m, v in by_meaning.items()]
            pct = self.share(c)
            parts.append(f"{c['unanswered']} unanswered")
            return ", ".join(parts) + (f", {pct:.1f}% met" if pct is not None else ", - met")

        theme_text = "; ".join(f"{tid}: {counts_text(c)}" for tid, c in themes)
        return f"{path}: summary[{ns.ref}]: {verdict}; total: {counts_text(total)} | {theme_text}\n"


# --- driver --------------------------------------------------------------------------------

def collect(paths):
    files, missing = [], []
    for p in paths:
        if os.path.isdir(p):
            found = []
            for dirpath, dirnames, filenames in os.walk(p):
                for f in filenames:
                    if f.endswith((".yaml", ".yml")):
                        found.append(os.path.join(dirpath, f))
            files.extend(sorted(found))
        elif os.path.isfile(p):
            files.append(p)
        else:
            missing.append(p)
    return files, missing


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    normsets = os.path.join(here, os.pardir, "normsets")
    today = datetime.date.today()
    paths = []
    it = iter(argv)
    for arg in it:
        if arg in ("-h", "--help"):
            sys.stdout.write(__doc__)
            return 0
        if arg in ("--normsets", "--today"):
            value = next(it, None)
            if value is None:
                sys.stderr.write(f"peer_check.py: {arg} needs a value\n")
                return 2
            if arg == "--normsets":
                normsets = value
            else:
                try:
                    today = datetime.date.fromisoformat(value)
                except ValueError:
                    sys.stderr.write(f"peer_check.py: --today {value}: not a date YYYY-MM-DD\n")
                    return 2
        elif arg.startswith("--normsets="):
            normsets = arg.split("=", 1)[1]
        elif arg.startswith("--today="):
            try:
                today = datetime.date.fromisoformat(arg.split("=", 1)[1])
            except ValueError:
                sys.stderr.write(f"peer_check.py: {arg}: not a date YYYY-MM-DD\n")
                return 2
        elif arg.startswith("-") and arg != "-":
            sys.stderr.write(f"peer_check.py: unknown option {arg}\n")
            return 2
        else:
            paths.append(arg)
    if not paths:
        sys.stderr.write("usage: peer_check.py [--normsets DIR] [--today YYYY-MM-DD] FILE_OR_DIR...\n")
        return 2
    if not os.path.isdir(normsets):
        sys.stderr.write(f"peer_check.py: --normsets {normsets}: no such folder\n")
        return 2

    catalog = Catalog(normsets)
    files, missing = collect(paths)
    for p in missing:
        sys.stderr.write(f"peer_check.py: {p}: no such file or folder\n")
    out = []
    per_code = {}
    verdicts = {}
    errors = warnings = nbytes = 0
    for path in files:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as e:
            out.append(f"{path}:1:1: error[file-unreadable]: cannot read: {e.strerror}\n")
            errors += 1
            per_code["file-unreadable"] = per_code.get("file-unreadable", 0) + 1
            continue
        nbytes += len(data)
        fc = FileCheck(catalog, today)
        fc.check(data)
        fc.findings.sort()
        for line, col, _, sev, code, msg in fc.findings:
            out.append(f"{path}:{line}:{col}: {sev}[{code}]: {msg}\n")
            per_code[code] = per_code.get(code, 0) + 1
            if sev == "error":
                errors += 1
            else:
                warnings += 1
        if fc.summary is not None:
            out.append(fc.summary_line(path))
            verdicts[fc.summary[3]] = verdicts.get(fc.summary[3], 0) + 1
        else:
            verdicts["not-checked"] = verdicts.get("not-checked", 0) + 1
    sys.stdout.write("".join(out))
    sys.stdout.flush()
    codes = [c for c in CODES if c in per_code] + sorted(c for c in per_code if c not in CODES)
    sys.stderr.write(
        f"peer_check.py: {len(files)} files, {nbytes / 1e6:.1f} MB, {errors} errors, "
        f"{warnings} warnings; " + " ".join(f"{c}={per_code[c]}" for c in codes) +
        "; verdicts " + " ".join(f"{v}={n}" for v, n in sorted(verdicts.items())) +
        " (single process)\n")
    if missing:
        return 2
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
