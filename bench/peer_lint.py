#!/usr/bin/python3
"""peer_lint.py: the benchmark peer of `labeltool lint` for norm-set files (normset/1).

Usage: peer_lint.py PATH...   (files, or folders searched recursively for *.yaml / *.yml)

Does the checks `labeltool lint` does on a norm set, the way a careful Python programmer
would: PyYAML with libyaml's C parser (yaml.CSafeLoader) composes each file into a node
tree (which keeps line and column of every node), and a hand-written walk over that tree
checks the schema of docs/formats.md:

  header `labeltool: normset/1` as first key; required keys; unknown keys at every level
  with a "did you mean" (difflib); types (string, number, date, list, mapping); status,
  meaning and the other enums; id syntax; unique scale values, scope, discipline and level
  ids; theme and norm ids unique across the file; non-empty required texts; applies_to and
  discipline naming only declared scopes and disciplines; duplicate keys in any mapping
  (PyYAML itself silently keeps the last one); duplicate norm titles (a warning).

Findings are printed as `file:line:col: error[code]: message` (1-based, columns in
characters), sorted by file and position. Exit status: 0 clean, 1 findings, 2 usage or
missing libyaml. Runs in a single process (one core); a summary goes to stderr.

It never constructs Python objects from the YAML: it checks the composed nodes directly,
which is faster than yaml.load plus checks and keeps exact positions. Duplicate keys are
found while each mapping's keys are gathered, so they cost nothing extra.
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
        "peer_lint.py: PyYAML with libyaml is required (yaml.CSafeLoader is missing).\n"
        "  On Debian: apt-get install python3-yaml, and run with /usr/bin/python3.\n")
    sys.exit(2)


class Loader(_CLoader):
    """CSafeLoader used only to parse and compose (C code); nothing is constructed."""


T_STR = "tag:yaml.org,2002:str"
T_INT = "tag:yaml.org,2002:int"
T_FLOAT = "tag:yaml.org,2002:float"
T_BOOL = "tag:yaml.org,2002:bool"
T_NULL = "tag:yaml.org,2002:null"
T_TIME = "tag:yaml.org,2002:timestamp"
NUMBER_TAGS = (T_INT, T_FLOAT)

TOP_KEYS = ("labeltool", "id", "version", "name", "owner", "valid_from", "valid_until",
            "language", "status", "status_note", "source", "scale", "verdict", "scopes",
            "disciplines", "maturity_levels", "themes", "extends", "remove", "modify", "add")
BASE_REQUIRED = ("id", "version", "name", "owner", "language", "status",
                 "scale", "verdict", "themes")
VARIANT_REQUIRED = ("id", "version", "name", "owner", "language", "status",
                    "extends")
VARIANT_ONLY = ("extends", "remove", "modify", "add")
SCALE_KEYS = ("value", "meaning", "score")
VERDICT_KEYS = ("max_not_met", "max_partly_met", "min_met_percent", "description")
NAMED_KEYS = ("id", "name")  # scopes and disciplines
LEVEL_KEYS = ("level", "name")
THEME_KEYS = ("id", "title", "description", "norms")
NORM_KEYS = ("id", "title", "text", "guidance", "evidence", "applies_to", "discipline")
REMOVE_KEYS = ("norm", "reason")
MODIFY_KEYS = ("norm", "title", "text", "guidance", "evidence", "applies_to", "discipline")
ADD_KEYS = ("theme", "title", "description", "norms")

STATUSES = ("official", "draft", "illustrative")
MEANINGS = ("met", "partly-met", "not-met", "not-applicable")

SET_ID_RE = re.compile(r"[A-Za-z0-9_-]+\Z")
ID_RE = re.compile(r"[A-Za-z0-9._-]+\Z")
DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")
LANG_RE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\Z")
REF_RE = re.compile(r"[A-Za-z0-9_-]+@[A-Za-z0-9._-]+\Z")

KIND_NAMES = {T_INT: "a number", T_FLOAT: "a number", T_BOOL: "a boolean", T_NULL: "empty",
              T_TIME: "a date", T_STR: "a string"}


def describe(node):
    if type(node) is ScalarNode:
        return KIND_NAMES.get(node.tag, "a scalar")
    if type(node) is MappingNode:
        return "a mapping"
    return "a list"


class FileLint:
    """Lints one file; findings are (line, col, severity, code, message) tuples."""

    def __init__(self):
        self.findings = []
        self.seen_generic = set()

    # -- reporting --------------------------------------------------------------------
    def error(self, node, code, msg):
        m = node.start_mark
        self.findings.append((m.line + 1, m.column + 1, "error", code, msg))

    def warning(self, node, code, msg):
        m = node.start_mark
        self.findings.append((m.line + 1, m.column + 1, "warning", code, msg))

    # -- generic helpers --------------------------------------------------------------
    def mapping(self, node, known, where):
        """Key name -> (key node, value node) of a mapping; reports duplicate, unknown and
        non-string keys. Returns None (after reporting) when node is not a mapping."""
        if type(node) is not MappingNode:
            self.error(node, "type", f"{where} must be a mapping, not {describe(node)}")
            self.check_dups(node)
            return None
        out = {}
        for k, v in node.value:
            if type(k) is not ScalarNode:
                self.error(k, "type", f"keys in {where} must be plain names")
                self.check_dups(k)
                self.check_dups(v)
                continue
            name = k.value
            if name in out:
                first = out[name][0].start_mark
                self.error(k, "duplicate-key",
                           f"duplicate key '{name}' in {where} (first at line {first.line + 1})")
                self.check_dups(v)
                continue
            out[name] = (k, v)
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.error(k, "unknown-key", f"unknown key '{name}' in {where}{hint}")
                self.check_dups(v)
        return out

    def check_dups(self, node):
        """Duplicate keys anywhere below a node the schema does not describe. Each node is
        visited once, so aliases cannot make this blow up."""
        stack = [node]
        seen = self.seen_generic
        while stack:
            n = stack.pop()
            t = type(n)
            if t is ScalarNode or id(n) in seen:
                continue
            seen.add(id(n))
            if t is MappingNode:
                keys = {}
                for k, v in n.value:
                    if type(k) is ScalarNode:
                        if k.value in keys:
                            self.error(k, "duplicate-key", f"duplicate key '{k.value}' "
                                       f"(first at line {keys[k.value].start_mark.line + 1})")
                        else:
                            keys[k.value] = k
                    else:
                        stack.append(k)
                    stack.append(v)
            else:
                stack.extend(n.value)

    def require(self, m, node, keys, where):
        for key in keys:
            if key not in m:
                self.error(node, "missing-key", f"{where} is missing required key '{key}'")

    def string(self, node, what, required=True):
        """Returns the string value, or None after reporting a type/empty problem."""
        if type(node) is not ScalarNode or node.tag != T_STR:
            hint = " (quote it)" if type(node) is ScalarNode and node.tag != T_NULL else ""
            self.error(node, "type", f"{what} must be a string, not {describe(node)}{hint}")
            if type(node) is not ScalarNode:
                self.check_dups(node)
            return None
        if required and not node.value.strip():
            self.error(node, "empty", f"{what} must not be empty")
            return None
        return node.value

    def ident(self, node, what, pattern=ID_RE):
        s = self.string(node, what)
        if s is not None and not pattern.match(s):
            self.error(node, "id-syntax", f"{what} '{s}' may only contain letters, digits "
                       + ("'-' and '_'" if pattern is SET_ID_RE else "'.', '_' and '-'"))
            return None
        return s

    def number(self, node, what, minimum=None, maximum=None, integer=False):
        if type(node) is not ScalarNode or node.tag not in NUMBER_TAGS or (
                integer and node.tag != T_INT):
            kind = "a whole number" if integer else "a number"
            self.error(node, "type", f"{what} must be {kind}, not {describe(node)}")
            if type(node) is not ScalarNode:
                self.check_dups(node)
            return
        try:
            value = float(node.value.replace("_", ""))
        except ValueError:  # .inf, .nan, 0x.., 0o..: valid YAML numbers, odd here
            self.error(node, "type", f"{what} must be a plain number")
            return
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            rng = f"{minimum} to {maximum}" if maximum is not None else f"at least {minimum}"
            self.error(node, "range", f"{what} must be {rng}, not {node.value}")

    def date(self, node, what):
        if type(node) is not ScalarNode or node.tag not in (T_TIME, T_STR):
            self.error(node, "type", f"{what} must be a date YYYY-MM-DD, not {describe(node)}")
            return
        mt = DATE_RE.match(node.value)
        try:
            if not mt:
                raise ValueError
            datetime.date(int(mt.group(1)), int(mt.group(2)), int(mt.group(3)))
        except ValueError:
            self.error(node, "date", f"{what} must be a date YYYY-MM-DD, not '{node.value}'")

    def enum(self, node, what, allowed):
        s = self.string(node, what)
        if s is not None and s not in allowed:
            close = difflib.get_close_matches(s, allowed, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            self.error(node, "invalid-value",
                       f"{what} must be one of {' | '.join(allowed)}, not '{s}'{hint}")

    def seq(self, node, what, nonempty=False):
        if type(node) is not SequenceNode:
            self.error(node, "type", f"{what} must be a list, not {describe(node)}")
            if type(node) is not ScalarNode:
                self.check_dups(node)
            return ()
        if nonempty and not node.value:
            self.error(node, "empty", f"{what} must have at least one entry")
        return node.value

    def string_list(self, node, what):
        for item in self.seq(node, what):
            self.string(item, f"an entry of {what}")

    def ref_list(self, node, what, declared, code, kind):
        """A list of ids that must each be declared (declared None: not checked)."""
        for item in self.seq(node, what):
            s = self.string(item, f"an entry of {what}")
            if s is not None and declared is not None and s not in declared:
                close = difflib.get_close_matches(s, declared, n=1, cutoff=0.6)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.error(item, code, f"{what} names '{s}', which is not a declared {kind}{hint}")

    # -- the norm set -----------------------------------------------------------------
    def lint(self, root):
        if type(root) is not MappingNode:
            self.error(root, "header", "a norm set must be a mapping starting with "
                       "'labeltool: normset/1'")
            return
        first = root.value[0] if root.value else None
        if (first is None or type(first[0]) is not ScalarNode or first[0].value != "labeltool"):
            self.error(root, "header", "the first key must be 'labeltool: normset/1'")
        elif type(first[1]) is not ScalarNode or first[1].value != "normset/1":
            self.error(first[1], "header", "peer_lint.py checks only 'labeltool: normset/1' "
                       f"files, not '{getattr(first[1], 'value', '?')}'")
            return
        top = self.mapping(root, TOP_KEYS, "the norm set")
        variant = "extends" in top
        self.require(top, root, VARIANT_REQUIRED if variant else BASE_REQUIRED, "the norm set")

        if "id" in top:
            self.ident(top["id"][1], "id", SET_ID_RE)
        for key in ("version", "name", "owner", "status_note"):
            if key in top:
                self.string(top[key][1], key)
        for key in ("valid_from", "valid_until"):
            if key in top:
                self.date(top[key][1], key)
        if "language" in top:
            lang = self.string(top["language"][1], "language")
            if lang is not None and not LANG_RE.match(lang):
                self.error(top["language"][1], "invalid-value",
                           f"language '{lang}' is not a BCP 47 tag such as 'nl' or 'nl-BE'")
        if "status" in top:
            st = top["status"][1]
            self.enum(st, "status", STATUSES)
            if "status_note" not in top and not (type(st) is ScalarNode and st.value == "official"):
                self.error(root, "missing-key",
                           "the norm set is missing 'status_note' (required unless status is official)")
        if "source" in top:
            self.string_list(top["source"][1], "source")
        if variant:
            ext = self.string(top["extends"][1], "extends")
            if ext is not None and not REF_RE.match(ext):
                self.error(top["extends"][1], "invalid-value",
                           f"extends must name a norm set as id@version, not '{ext}'")
            if "themes" in top:
                self.error(top["themes"][0], "variant",
                           "a variant may not have 'themes'; use add, modify and remove")
        else:
            for key in VARIANT_ONLY[1:]:
                if key in top:
                    self.error(top[key][0], "variant",
                               f"'{key}' is only allowed in a variant (a norm set with 'extends')")

        if "scale" in top:
            self.scale(top["scale"][1])
        if "verdict" in top:
            self.verdict(top["verdict"][1])
        scopes = self.named(top["scopes"][1], "scopes", "scope") if "scopes" in top else None
        discs = (self.named(top["disciplines"][1], "disciplines", "discipline")
                 if "disciplines" in top else None)
        if "maturity_levels" in top:
            self.levels(top["maturity_levels"][1])
        # Without scopes/disciplines a base norm set may not use applies_to/discipline;
        # a variant inherits them from its base, which is not read here.
        if not variant:
            scopes = scopes if scopes is not None else set()
            discs = discs if discs is not None else set()

        ids = {}
        titles = {}
        if "themes" in top and not variant:
            for theme in self.seq(top["themes"][1], "themes", nonempty=True):
                self.theme(theme, ids, titles, scopes, discs, THEME_KEYS, "a theme")
        if variant:
            if "remove" in top:
                for entry in self.seq(top["remove"][1], "remove"):
                    m = self.mapping(entry, REMOVE_KEYS, "a remove entry")
                    if m is not None:
                        self.require(m, entry, REMOVE_KEYS, "a remove entry")
                        if "norm" in m:
                            self.ident(m["norm"][1], "norm")
                        if "reason" in m:
                            self.string(m["reason"][1], "reason")
            if "modify" in top:
                for entry in self.seq(top["modify"][1], "modify"):
                    m = self.mapping(entry, MODIFY_KEYS, "a modify entry")
                    if m is not None:
                        self.require(m, entry, ("norm",), "a modify entry")
                        if "norm" in m:
                            self.ident(m["norm"][1], "norm")
                        self.norm_fields(m, scopes, discs)
            if "add" in top:
                for entry in self.seq(top["add"][1], "add"):
                    self.theme(entry, ids, titles, scopes, discs, ADD_KEYS, "an add entry")

    def scale(self, node):
        values = {}
        for entry in self.seq(node, "scale", nonempty=True):
            m = self.mapping(entry, SCALE_KEYS, "a scale entry")
            if m is None:
                continue
            self.require(m, entry, ("value", "meaning"), "a scale entry")
            if "value" in m:
                vn = m["value"][1]
                v = self.string(vn, "value")
                if v is not None:
                    if v in values:
                        self.error(vn, "duplicate-value", f"scale value '{v}' appears twice "
                                   f"(first at line {values[v].start_mark.line + 1})")
                    else:
                        values[v] = vn
            if "meaning" in m:
                self.enum(m["meaning"][1], "meaning", MEANINGS)
            if "score" in m:
                self.number(m["score"][1], "score")

    def verdict(self, node):
        m = self.mapping(node, VERDICT_KEYS, "verdict")
        if m is None:
            return
        self.require(m, node, ("description",), "verdict")
        for key in ("max_not_met", "max_partly_met"):
            if key in m:
                self.number(m[key][1], key, minimum=0, integer=True)
        if "min_met_percent" in m:
            self.number(m["min_met_percent"][1], "min_met_percent", minimum=0, maximum=100)
        if "description" in m:
            self.string(m["description"][1], "description")

    def named(self, node, what, kind):
        """scopes / disciplines: returns the set of declared ids."""
        declared = {}
        for entry in self.seq(node, what):
            m = self.mapping(entry, NAMED_KEYS, f"a {kind}")
            if m is None:
                continue
            self.require(m, entry, NAMED_KEYS, f"a {kind}")
            if "id" in m:
                idn = m["id"][1]
                i = self.ident(idn, f"{kind} id")
                if i is not None:
                    if i in declared:
                        self.error(idn, "duplicate-id", f"{kind} id '{i}' appears twice "
                                   f"(first at line {declared[i].start_mark.line + 1})")
                    else:
                        declared[i] = idn
            if "name" in m:
                self.string(m["name"][1], "name")
        return set(declared)

    def levels(self, node):
        seen = {}
        for entry in self.seq(node, "maturity_levels"):
            m = self.mapping(entry, LEVEL_KEYS, "a maturity level")
            if m is None:
                continue
            self.require(m, entry, ("level",), "a maturity level")
            if "level" in m:
                ln = m["level"][1]
                self.number(ln, "level", minimum=0, integer=True)
                if type(ln) is ScalarNode:
                    if ln.value in seen:
                        self.error(ln, "duplicate-id", f"maturity level {ln.value} appears twice")
                    seen[ln.value] = ln
            if "name" in m:
                self.string(m["name"][1], "name")

    def new_id(self, node, ids, kind):
        i = self.ident(node, f"{kind} id")
        if i is None:
            return
        if i in ids:
            other_kind, other = ids[i]
            self.error(node, "duplicate-id", f"{kind} id '{i}' is already used by a "
                       f"{other_kind} at line {other.start_mark.line + 1}")
        else:
            ids[i] = (kind, node)

    def theme(self, node, ids, titles, scopes, discs, keys, where):
        m = self.mapping(node, keys, where)
        if m is None:
            return
        if keys is THEME_KEYS:
            self.require(m, node, ("id", "title", "norms"), where)
            if "id" in m:
                self.new_id(m["id"][1], ids, "theme")
        else:  # a variant's add entry: theme is an existing or a new theme id
            self.require(m, node, ("theme", "norms"), where)
            if "theme" in m:
                self.ident(m["theme"][1], "theme")
        if "title" in m:
            self.string(m["title"][1], "title")
        if "description" in m:
            self.string(m["description"][1], "description", required=False)
        if "norms" not in m:
            return
        for norm in self.seq(m["norms"][1], "norms", nonempty=True):
            nm = self.mapping(norm, NORM_KEYS, "a norm")
            if nm is None:
                continue
            self.require(nm, norm, ("id", "title", "text"), "a norm")
            if "id" in nm:
                self.new_id(nm["id"][1], ids, "norm")
            self.norm_fields(nm, scopes, discs, titles)

    def norm_fields(self, nm, scopes, discs, titles=None):
        if "title" in nm:
            tn = nm["title"][1]
            t = self.string(tn, "title")
            if t is not None and titles is not None:
                if t in titles:
                    self.warning(tn, "duplicate-title", f"norm title '{t}' is also used at "
                                 f"line {titles[t].start_mark.line + 1}")
                else:
                    titles[t] = tn
        if "text" in nm:
            self.string(nm["text"][1], "text")
        if "guidance" in nm:
            self.string(nm["guidance"][1], "guidance", required=False)
        if "evidence" in nm:
            self.string_list(nm["evidence"][1], "evidence")
        if "applies_to" in nm:
            self.ref_list(nm["applies_to"][1], "applies_to", scopes, "unknown-scope", "scope")
        if "discipline" in nm:
            self.ref_list(nm["discipline"][1], "discipline", discs, "unknown-discipline",
                          "discipline")


# -- CISO Assistant libraries ---------------------------------------------------------------
# The checks `labeltool lint` does on CISO Assistant libraries (src/read/ciso_*.cpp and the
# crosswalk row rules): frameworks first, then every set in each library's
# requirement_mapping_set(s) against them, and a set against its reverse in the same file.

CISO_RELATIONS = ("equal", "subset", "superset", "intersect", "not_related")
CISO_INVERSE = {"equal": "equal", "subset": "superset", "superset": "subset",
                "intersect": "intersect", "not_related": "not_related"}
CISO_RATIONALES = ("syntactic", "semantic", "functional")
PLAIN_NULLS = ("null", "Null", "NULL", "~", "")
YAML11_BOOLS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}


def ciso_map(node):
    """Key -> value node of a mapping (the first of a duplicate key: those are reported by
    check_dups); {} for anything else."""
    out = {}
    if type(node) is MappingNode:
        for k, v in node.value:
            if type(k) is ScalarNode and k.value not in out:
                out[k.value] = v
    return out


def ciso_null(node):
    return node is None or (type(node) is ScalarNode and not node.style
                            and node.value in PLAIN_NULLS)


def ciso_text(m, key):
    v = m.get(key)
    if ciso_null(v) or type(v) is not ScalarNode:
        return ""
    return v.value.strip()


def is_ciso(root):
    m = ciso_map(root)
    urn = m.get("urn")
    return (type(urn) is ScalarNode and urn.value[:4].lower() == "urn:" and len(urn.value) > 4
            and type(m.get("objects")) is MappingNode)


class CisoLint(FileLint):
    """One CISO Assistant library; the frameworks found so far are in `frameworks`."""

    def require_text(self, m, node, keys, what):
        ok = True
        for key in keys:
            v = m.get(key)
            if ciso_null(v):
                self.error(v if v is not None else node, "missing-key", f"{what} has no '{key}'")
                ok = False
            elif type(v) is not ScalarNode:
                self.error(v, "wrong-type", f"'{key}' must be text, not {describe(v)}")
                ok = False
        return ok

    def library(self, root):
        m = ciso_map(root)
        for key in ("urn", "ref_id", "locale", "version"):
            v = m.get(key)
            if ciso_null(v):
                self.error(v if v is not None else root, "missing-key",
                           f"the CISO Assistant library has no '{key}'")
            elif type(v) is not ScalarNode:
                self.error(v, "wrong-type", f"'{key}' must be text")
        return m

    @staticmethod
    def first_object(objects, single, plural):
        one = objects.get(single)
        if type(one) is MappingNode:
            return one
        many = objects.get(plural)
        if type(many) is SequenceNode:
            for item in many.value:
                if type(item) is MappingNode:
                    return item
        return None

    # -- a framework --------------------------------------------------------------------
    def framework(self, root, frameworks):
        self.check_dups(root)
        m = self.library(root)
        objects = ciso_map(m["objects"])
        fw = self.first_object(objects, "framework", "frameworks")
        if fw is None:
            return
        fm = ciso_map(fw)
        self.require_text(fm, fw, ("urn", "ref_id"), "the framework")
        ref = ciso_text(m, "ref_id") or ciso_text(m, "urn").split(":")[-1]
        nodes, index = [], {}
        lst = fm.get("requirement_nodes")
        if ciso_null(lst):
            self.error(lst if lst is not None else fw, "missing-key", "no requirement_nodes")
        elif type(lst) is not SequenceNode:
            self.error(lst, "wrong-type", "'requirement_nodes' must be a list")
        else:
            for item in lst.value:
                if type(item) is not MappingNode:
                    self.error(item, "wrong-type", "a requirement node must be a mapping")
                    continue
                nm = ciso_map(item)
                if not self.require_text(nm, item, ("urn",), "this requirement node"):
                    continue
                urn = ciso_text(nm, "urn")
                key = urn.lower()
                if key in index:
                    self.error(nm["urn"], "duplicate-id", f"requirement node '{urn}' twice")
                    continue
                assessable = False
                a = nm.get("assessable")
                if not ciso_null(a):
                    value = (YAML11_BOOLS.get(a.value.lower()) if type(a) is ScalarNode
                             and not a.style else None)
                    if value is None:
                        self.error(a, "wrong-type", "'assessable' must be true or false")
                    else:
                        assessable = value
                depth = None
                d = nm.get("depth")
                if not ciso_null(d) and type(d) is ScalarNode and d.tag == T_INT:
                    depth = int(d.value)
                text = ciso_text(nm, "name") or ciso_text(nm, "description")
                if not text:
                    for q in ciso_map(nm.get("questions")).values():
                        if ciso_text(ciso_map(q), "text"):
                            text = "questions"
                            break
                index[key] = len(nodes)
                nodes.append({"node": item, "m": nm, "key": key, "urn": urn,
                              "ref": ciso_text(nm, "ref_id").lower(), "assessable": assessable,
                              "depth_field": depth, "parent": -1, "text": text})
        for n in nodes:
            p = n["m"].get("parent_urn")
            if ciso_null(p):
                continue
            if type(p) is not ScalarNode:
                self.error(p, "wrong-type", "'parent_urn' must be text")
                continue
            at = index.get(p.value.strip().lower())
            if at is None:
                close = difflib.get_close_matches(p.value.strip().lower(), list(index), n=1)
                self.error(p, "unknown-norm", f"parent_urn '{p.value}' is not a node"
                           + (f" (did you mean '{close[0]}'?)" if close else ""))
            else:
                n["parent"] = at
        # parent_urn loops, cut where they close, as labeltool does
        state = [0] * len(nodes)
        for start in range(len(nodes)):
            if state[start]:
                continue
            path, at = [], start
            while at >= 0 and state[at] == 0:
                state[at] = 1
                path.append(at)
                at = nodes[at]["parent"]
            if at >= 0 and state[at] == 1:
                closer = nodes[path[-1]]
                self.error(closer["m"]["parent_urn"], "invalid-value",
                           f"parent_urn of '{closer['urn']}' makes a loop")
                closer["parent"] = -1
            for i in path:
                state[i] = 2
        level = [0] * len(nodes)
        for i, n in enumerate(nodes):
            chain, at = [], i
            while at >= 0 and not level[at]:
                chain.append(at)
                at = nodes[at]["parent"]
            base = level[at] if at >= 0 else 0
            for j in reversed(chain):
                base += 1
                level[j] = base
        wrong = [n for i, n in enumerate(nodes)
                 if n["depth_field"] is not None and n["depth_field"] != level[i]]
        if wrong:
            self.warning(wrong[0]["m"]["depth"], "inconsistent-depth",
                         f"{len(wrong)} nodes have a depth that disagrees with the tree")
        for n in nodes:
            if n["assessable"] and not n["text"]:
                self.error(n["m"]["urn"], "requirement-without-text",
                           f"requirement '{n['ref'] or n['urn']}' has nothing to assess")
        frameworks[ciso_text(fm, "urn").lower()] = {
            "ref": ref, "nodes": nodes, "index": index,
            "assessable": {n["key"] for n in nodes if n["assessable"]}}

    # -- mapping sets -------------------------------------------------------------------
    def mapping_sets(self, root, frameworks):
        self.check_dups(root)
        m = self.library(root)
        objects = ciso_map(m["objects"])
        one, many = objects.get("requirement_mapping_set"), objects.get("requirement_mapping_sets")
        if one is not None and many is not None:
            key = next(k for k, v in m["objects"].value if v is one)
            self.error(key, "duplicate-key", "both spellings of the mapping set")
        sets = []
        if type(many) is SequenceNode:
            sets = [s for s in many.value if type(s) is MappingNode]
        if not sets and type(one) is MappingNode:
            sets = [one]
        read = []
        for s in sets:
            sm = ciso_map(s)
            self.require_text(sm, s, ("urn", "name", "source_framework_urn",
                                      "target_framework_urn"), "the mapping set")
            sides = []
            for key in ("source_framework_urn", "target_framework_urn"):
                urn = ciso_text(sm, key).lower()
                fw = frameworks.get(urn)
                if urn and fw is None:
                    self.error(sm[key], "unresolved-reference", f"framework '{urn}' not found")
                sides.append(fw)
            rows = sm.get("requirement_mappings")
            pairs = []
            if ciso_null(rows):
                self.error(rows if rows is not None else s, "missing-key", "no rows")
            elif type(rows) is not SequenceNode:
                self.error(rows, "wrong-type", "'requirement_mappings' must be a list")
            else:
                for row in rows.value:
                    pair = self.row(row, sides[0], sides[1])
                    if pair:
                        pairs.append(pair)
            if sides[0] and sides[1]:
                self.row_rules(pairs)
                read.append((ciso_text(sm, "source_framework_urn").lower(),
                             ciso_text(sm, "target_framework_urn").lower(), pairs))
        for i in range(len(read)):
            for j in range(i + 1, len(read)):
                a, b = read[i], read[j]
                if a[0] == b[1] and a[1] == b[0]:
                    self.mirror(a[2], b[2])

    def row(self, row, source, target):
        if type(row) is not MappingNode:
            self.error(row, "wrong-type", "a requirement mapping must be a mapping")
            return None
        rm = ciso_map(row)
        complete = self.require_text(rm, row, ("source_requirement_urn",
                                               "target_requirement_urn", "relationship"),
                                     "this row")
        relation = None
        v = rm.get("relationship")
        if not ciso_null(v) and type(v) is ScalarNode:
            if v.value in CISO_RELATIONS:
                relation = v.value
            else:
                close = difflib.get_close_matches(v.value, CISO_RELATIONS, n=1)
                self.error(v, "invalid-value", f"relationship '{v.value}'"
                           + (f" (did you mean '{close[0]}'?)" if close else ""))
        v = rm.get("rationale")
        if not ciso_null(v):
            if type(v) is not ScalarNode:
                self.error(v, "wrong-type", "'rationale' must be text")
            elif v.value.strip().lower() not in CISO_RATIONALES:
                self.error(v, "invalid-value", f"rationale '{v.value}'")
        strength = None
        v = rm.get("strength_of_relationship")
        if not ciso_null(v):
            if type(v) is not ScalarNode:
                self.error(v, "wrong-type", "'strength_of_relationship' must be a number")
            else:
                try:
                    number = float(v.value)
                except ValueError:
                    number = None
                if number is None or v.style or number != int(number):
                    self.error(v, "wrong-type", "'strength_of_relationship' must be a whole number")
                elif not 0 <= number <= 10:
                    self.error(v, "invalid-value", f"strength {v.value} is not 0 to 10")
                else:
                    strength = int(number)
        ends = []
        for key, side, other, what in (("source_requirement_urn", source, target, "source"),
                                       ("target_requirement_urn", target, source, "target")):
            urn = ciso_text(rm, key)
            if side is None or not urn:
                ends.append(None)
                continue
            low = urn.lower()
            if low in side["assessable"]:
                ends.append(low)
                continue
            ends.append(None)
            if low in side["index"]:
                self.error(rm[key], "mapping-onto-section", f"{what} '{urn}' is a section")
            elif other is not None and low in other["index"]:
                self.error(rm[key], "unknown-norm", f"{what} '{urn}' is in the other framework")
            else:
                tail = low.rsplit(":", 1)[-1]
                names = [n["key"].rsplit(":", 1)[-1] for n in side["nodes"]]
                names += [n["ref"] for n in side["nodes"] if n["ref"]]
                close = difflib.get_close_matches(tail, names, n=1)
                self.error(rm[key], "unknown-norm", f"{what} '{urn}' is not a requirement"
                           + (f" (did you mean '{close[0]}'?)" if close else ""))
        if not complete or relation is None or None in ends:
            return None
        return (ends[0], ends[1], relation, strength, row, rm["relationship"])

    def row_rules(self, pairs):
        """The crosswalk row rules: a pair twice, one pair with two relations, a strength
        that contradicts the relation (the first row of a pair is the one kept)."""
        seen = {}
        for src, tgt, relation, strength, row, rel_node in pairs:
            first = seen.setdefault((src, tgt), (relation, row))
            if first[1] is not row:
                if first[0] == relation:
                    self.warning(row, "duplicate-mapping", f"{src} -> {tgt} is mapped twice")
                else:
                    self.error(rel_node, "conflicting-relation", f"{src} -> {tgt}: two relations")
            if strength is not None:
                equal, unrelated = relation == "equal", relation == "not_related"
                if (equal and strength != 10) or (not equal and strength == 10) or (
                        unrelated and strength != 0):
                    self.warning(rel_node, "strength-mismatch", f"{relation} with {strength}")

    def mirror(self, forward, reverse):
        expected = {}
        for p in forward:
            expected.setdefault((p[1], p[0]), p[2])
        for p in reverse:
            want = expected.get((p[0], p[1]))
            if want is not None and CISO_INVERSE[want] != p[2]:
                self.error(p[5], "reverse-mismatch", f"{p[0]} -> {p[1]} is not the inverse")
        for a, b in ((forward, reverse), (reverse, forward)):
            mirrored = {(p[1], p[0]) for p in b}
            reported = set()
            for p in a:
                if (p[0], p[1]) not in mirrored and (p[0], p[1]) not in reported:
                    reported.add((p[0], p[1]))
                    self.error(p[4], "reverse-mismatch", f"{p[0]} -> {p[1]} has no mirror")


def compose(data):
    """The root node of one file's content, or (None, findings) when it cannot be read."""
    loader = Loader(data)
    try:
        return loader.get_single_node(), None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        msg = ", ".join(x for x in (e.context, e.problem) if x) or "invalid YAML"
        return None, [(line, col, "error", "yaml", msg)]
    except yaml.YAMLError as e:  # e.g. invalid UTF-8 (ReaderError)
        return None, [(1, 1, "error", "yaml", str(e).replace("\n", " "))]
    finally:
        loader.dispose()


def lint_bytes(data):
    """Findings for one file's content, sorted by position."""
    fl = FileLint()
    loader = Loader(data)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        msg = ", ".join(x for x in (e.context, e.problem) if x) or "invalid YAML"
        return [(line, col, "error", "yaml", msg)]
    except yaml.YAMLError as e:  # e.g. invalid UTF-8 (ReaderError)
        return [(1, 1, "error", "yaml", str(e).replace("\n", " "))]
    finally:
        loader.dispose()
    if root is None:
        return [(1, 1, "error", "header", "empty file; expected 'labeltool: normset/1'")]
    fl.lint(root)
    return sorted(set(fl.findings))  # aliased nodes can report twice


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
    if not argv or argv[0] in ("-h", "--help"):
        sys.stderr.write(__doc__)
        return 2 if not argv else 0
    files, missing = collect(argv)
    for p in missing:
        sys.stderr.write(f"peer_lint.py: {p}: no such file or folder\n")
    out = []
    errors = warnings = 0
    nbytes = 0
    frameworks = {}           # CISO Assistant frameworks by lowercased URN
    later = []                # CISO mapping-set libraries: read once every framework is known
    results = {}
    for path in files:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as e:
            results[path] = [(1, 1, "error", "io", f"cannot read: {e.strerror}")]
            continue
        nbytes += len(data)
        root, failed = compose(data)
        if failed is not None:
            results[path] = failed
        elif root is not None and is_ciso(root):
            objects = ciso_map(ciso_map(root)["objects"])
            fl = CisoLint()
            if CisoLint.first_object(objects, "framework", "frameworks") is not None:
                fl.framework(root, frameworks)
                results[path] = fl.findings
            elif CisoLint.first_object(objects, "requirement_mapping_set",
                                       "requirement_mapping_sets") is not None:
                later.append((path, root))
            else:
                fl.check_dups(root)
                results[path] = fl.findings
        else:
            fl = FileLint()
            if root is None:
                results[path] = [(1, 1, "error", "header",
                                  "empty file; expected 'labeltool: normset/1'")]
            else:
                fl.lint(root)
                results[path] = fl.findings
    for path, root in later:
        fl = CisoLint()
        fl.mapping_sets(root, frameworks)
        results[path] = fl.findings
    for path in files:
        for line, col, sev, code, msg in sorted(set(results.get(path, ()))):
            out.append(f"{path}:{line}:{col}: {sev}[{code}]: {msg}\n")
            if sev == "error":
                errors += 1
            else:
                warnings += 1
    sys.stdout.write("".join(out))
    sys.stdout.flush()
    sys.stderr.write(f"peer_lint.py: {len(files)} files, {nbytes / 1e6:.1f} MB, "
                     f"{errors} errors, {warnings} warnings (single process)\n")
    if missing:
        return 2
    return 1 if errors or warnings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
