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
    for path in files:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as e:
            out.append(f"{path}:1:1: error[io]: cannot read: {e.strerror}\n")
            errors += 1
            continue
        nbytes += len(data)
        for line, col, sev, code, msg in lint_bytes(data):
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
