#!/usr/bin/python3
"""Generate a corpus of zelfevaluatie/1 files (filled-in self-assessments) for benchmarks.

Usage:
    gen_zelfevaluaties.py OUTDIR [--count N] [--seed S] [--normsets DIR] [--format-errors]
    gen_zelfevaluaties.py --version

Writes N files ze-00001.yaml ... into OUTDIR (created if missing), spread over kssw@2019
(about 55%) and nvvk@2021. The norm IDs, themes, scopes, applies_to, evidence lists and scale
values are read from the shipped norm sets (--normsets, default ../normsets beside this
script) with PyYAML, so the corpus follows them when they change.

Output is deterministic for a given (generator version, count, seed, norm-set contents):
every file has its own seeded random stream.

About 60% of the files are clean (for `labeltool check --today 2026-11-23`); the rest have one
to three kinds of finding, as people really make them: answers left out, norm IDs with a
typo (O3 written 03, 2.1 written 2,1, v4, ...), scores outside the scale (Voldoet,
voldoet grotendeels, ...), gaps without toelichting, met answers without evidence, gaps
without action, owner or due date, due dates before 2026-11-23, "niet van toepassing" in a
norm set whose scale does not allow it, answers to norms outside the chosen scope, and scopes
the norm set does not declare. Clean files use "niet van toepassing" only where the scale
allows it (nvvk).

With --format-errors some files also break the format: due dates that are not YYYY-MM-DD
(1-3-2027, 2027-02-30, eind 2027) and duplicate keys (an answer block pasted twice, a second
evidence key). labeltool check exits 2 on those (the file "breaks its format"), so the
benchmark corpus leaves them out; use the flag to compare labeltool and the peer on them.

Standard library only, apart from PyYAML to read the norm sets; the YAML is written as text.
"""

import argparse
import datetime
import os
import random
import sys

# Bump when the output changes, so cached corpora are regenerated (run_check_bench.sh).
GENERATOR_VERSION = "2"

# The date the benchmark checks against (run_check_bench.sh passes --today 2026-11-23).
BENCH_TODAY = datetime.date(2026, 11, 23)

NORMSETS = (("kssw-2019.yaml", 0.55), ("nvvk-2021.yaml", 0.45))

# --- vocabulary ------------------------------------------------------------------------

PLACES = (
    "Amersfoort|Zwolle|Deventer|Leeuwarden|Haarlem|Delft|Tilburg|Breda|Venlo|Assen|Emmen|"
    "Hoorn|Alkmaar|'s-Hertogenbosch|Den Helder|Gouda|Zaanstad|Lelystad|Middelburg|Roermond|"
    "Heerlen|Sittard-Geleen|Apeldoorn|Ede|Veenendaal|Oss|Helmond|Hengelo|Almelo|Kampen|"
    "Meppel|Sneek|Drachten|Harderwijk|Zeist|Nieuwegein|Purmerend|Vlaardingen|Schiedam|"
    "Dordrecht|Gorinchem|Woerden|Bergen op Zoom|Roosendaal|Terneuzen|Goes|Winterswijk|"
    "Doetinchem|Tiel|Culemborg|Hoogeveen|Coevorden|Steenwijkerland|Heerenveen|Den Haag Zuidwest"
).split("|")

REGIONS = ("Twente|Achterhoek|Noord-Limburg|Midden-Holland|West-Brabant|Zuid-Kennemerland|"
           "Drechtsteden|Noordoost-Friesland|Rivierenland|Westfriesland|Zeeuws-Vlaanderen").split("|")

KSSW_ORGS = (
    "Stichting Welzijn {p}|{p} Sociaal Werk|Stichting Buurtwerk {p}|Welzijnsorganisatie {p}|"
    "Sociaal Werk {p}|Stichting Jongerenwerk {p}|Stichting MEE en Welzijn {p}|"
    "Wijkteams {p}|Sociaal Raadslieden {r}|Stichting Maatschappelijk Werk {r}|"
    "Coöperatie Sociaal Werk {r}|Stichting Samen Sterk {p}"
).split("|")

NVVK_ORGS = (
    "Gemeentelijke Kredietbank {p}|Kredietbank {r}|Afdeling Schuldhulpverlening gemeente {p}|"
    "Stadsbank {p}|Plangroep {r}|Budgetbeheer {p} B.V.|Bewindvoering {s} & Partners|"
    "Schuldhulp {r}|Sociale Dienst {r}, team Schulden|Stichting Geldzaken {p}"
).split("|")

FIRST = ("Anna|Sanne|Fatima|Mohamed|Pieter|Joost|Marloes|Ingrid|Kees|Yasmina|Daan|Lotte|Bram|"
         "Noor|Ahmet|Esther|Willem|Femke|Ruud|Hatice|Jeroen|Miriam|Thijs|Linda|Karim|Ellen").split("|")
LAST = ("de Vries|Jansen|El Amrani|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|"
        "Bos|Vos|Peters|Hendriks|Yilmaz|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Kaya|"
        "van den Berg|Postma|Koster|Prins").split("|")

TEAMS = (
    "Teamoverleg wijkteam {w}|Kwaliteitswerkgroep|Managementteam|Werkgroep zelfevaluatie|"
    "Team {w}|Cliëntenraad (meegelezen)|Ondernemingsraad (meegelezen)|Kernteam schulden"
).split("|")
WIJKEN = "Noord|Zuid|Oost|West|Centrum|Binnenstad|Oud-West|Kanaleneiland|Schilderswijk|De Hoven".split("|")

ROLES = (
    "Teamleider {w}|Kwaliteitsmedewerker|Manager bedrijfsvoering|Directeur-bestuurder|"
    "Coördinator vrijwilligers|Privacy officer|HR-adviseur|Teamleider schuldhulpverlening|"
    "Beleidsmedewerker|Praktijkbegeleider|Functionaris gegevensbescherming|Controller|"
    "Coördinator jongerenwerk|Werkgroep kwaliteit|Aandachtsfunctionaris meldcode"
).split("|")

MONTHS = ("januari februari maart april mei juni juli augustus september oktober november "
          "december").split()

MET_NOTES = (
    "Vast onderdeel van onze werkwijze; zichtbaar in de dossiersteekproef van {maand} {jaar}.",
    "In {jaar} geëvalueerd met het team en de cliëntenraad; er kwamen geen verbeterpunten uit.",
    "Staat beschreven in het kwaliteitshandboek (versie {maand} {jaar}) en wordt jaarlijks getoetst.",
    "Bij de interne audit van {maand} {jaar} is dit in {n} van de {m} dossiers teruggezien.",
    "Wordt elk kwartaal besproken in het teamoverleg; de verslagen liggen ter inzage.",
    "Sinds de herziening van de werkwijze in {jaar} is dit in alle teams ingevoerd.",
    "Opgenomen in het inwerkprogramma voor nieuwe medewerkers en in het scholingsplan.",
)

PARTLY_NOTES = (
    "Nog niet in alle teams ingevoerd; team {w} volgt in {jaar}.",
    "De werkwijze is beschreven, maar wordt nog niet consequent vastgelegd in het cliëntsysteem.",
    "Bij de dossiersteekproef van {maand} voldeden {n} van de {m} dossiers.",
    "Het beleid is vastgesteld; de evaluatie met de cliëntenraad moet nog plaatsvinden.",
    "Door personeelsverloop is de scholing voor nieuwe medewerkers achtergebleven.",
    "Werkt goed bij de vaste medewerkers, invalkrachten en vrijwilligers kennen het nog onvoldoende.",
    "De registratie is op orde, maar de analyse en terugkoppeling naar het team ontbreken nog.",
)

NOT_MET_NOTES = (
    "Hiervoor is nog geen vastgestelde werkwijze.",
    "Door de reorganisatie in {jaar} is dit blijven liggen.",
    "Er is geen registratie; signalen worden alleen mondeling besproken.",
    "Het oude protocol is verlopen en nog niet vervangen.",
    "Er is geen budget vrijgemaakt; dit staat op de agenda van het managementteam.",
)

NA_NOTES = (
    "Wij bieden deze dienst niet aan; de norm is daarom niet van toepassing.",
    "Valt buiten de opdracht van de gemeente aan onze organisatie.",
    "Wij werken niet met ondernemers; deze groep verwijzen wij door.",
    "Deze taak is belegd bij de gemeente zelf en niet bij ons.",
)

EXTRA_LINES = (
    "Zie ook het jaarverslag {jaar}, hoofdstuk kwaliteit.",
    "Besproken met de auditor tijdens het vooroverleg.",
    "De cliëntenraad heeft hierover in {maand} advies gegeven.",
    "Meer voorbeelden zijn op te vragen bij de kwaliteitsmedewerker.",
)

ACTIONS = (
    "Werkinstructie opstellen en bespreken in het teamoverleg",
    "Scholing gespreksvoering voor alle uitvoerende medewerkers",
    "Dossiersteekproef herhalen na zes maanden",
    "Registratie in het cliëntsysteem aanpassen en medewerkers instrueren",
    "Beleid laten vaststellen door de directeur-bestuurder",
    "Evaluatie plannen met de cliëntenraad",
    "Inwerkprogramma aanvullen voor invalkrachten en vrijwilligers",
    "Protocol herzien en opnieuw laten vaststellen",
    "Kwartaalrapportage uitbreiden met de effectmeting",
    "Intervisie maandelijks inplannen voor alle teams",
    "Afspraken met ketenpartners vastleggen in een convenant",
)

ACTION_DETAILS = (
    "Eerst in team {w} als pilot, daarna in de andere teams.",
    "Voortgang bespreken in het managementoverleg van {maand}.",
    "Uitvoering samen met de aandachtsfunctionaris.",
)

EVIDENCE_SUFFIX = (" {jaar}", " (versie {maand} {jaar})", ", {maand} {jaar}", "", "", " {jaar}-{jaar2}")

INVALID_SCORES = ("Voldoet", "voldoet grotendeels", "voldoet gedeeltelijk", "ja", "deels",
                  "voldoet deel", "Voldoet Deels", "voldoet nog niet", "voldoende", "+/-",
                  "voldoet (deels)", "in ontwikkeling")

BAD_DATES = ("1-3-2027", "2027-02-30", "maart 2027", "2027-13-01", "01-06-2027", "2027/06/30",
             "Q2 2027", "2027-6-1", "eind 2027", "2026-11-31")

KSSW_NA = ("niet van toepassing", "n.v.t.", "nvt", "n.v.t")


# --- YAML text helpers -----------------------------------------------------------------

PLAIN_BAD_START = set("-?:,[]{}#&*!|>'\"%@` ")
YAML_SPECIAL = {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"}


def q(text, flow=False):
    """text as a YAML scalar: plain when that is safe, else double-quoted."""
    need = (not text or text[0] in PLAIN_BAD_START or text[-1] == " " or ": " in text
            or " #" in text or text.endswith(":") or text.lower() in YAML_SPECIAL
            or text[0].isdigit() or "\t" in text)
    if flow and not need:
        need = any(c in text for c in ",[]{}")
    if not need:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrap(text, width=84):
    lines, cur = [], ""
    for word in text.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = word if not cur else cur + " " + word
    if cur:
        lines.append(cur)
    return lines


def text_field(out, pad, key, text, rng):
    """key: value, as a plain/quoted scalar, or a | block for longer texts."""
    if len(text) > 90 or "\n" in text or rng.random() < 0.1:
        out.append(f"{pad}{key}: {'|' if rng.random() < 0.7 else '>-'}\n")
        for para in text.split("\n"):
            for line in wrap(para):
                out.append(f"{pad}  {line}\n")
    else:
        out.append(f"{pad}{key}: {q(text)}\n")


# --- the norm sets ---------------------------------------------------------------------

class NormSet:
    def __init__(self, path):
        import yaml  # only here: the rest of the generator is stdlib
        with open(path, "rb") as f:
            d = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        self.ref = f"{d['id']}@{d['version']}"
        self.key = d["id"]
        self.scopes = [s["id"] for s in d.get("scopes") or ()]
        self.scale = {}
        for s in d["scale"]:
            self.scale.setdefault(s["meaning"], s["value"])
        self.themes = []
        self.norms = []  # (id, theme id, title, applies_to or None, evidence list)
        for t in d["themes"]:
            self.themes.append((t["id"], t["title"]))
            for n in t["norms"]:
                self.norms.append((n["id"], t["id"], n["title"], n.get("applies_to"),
                                   list(n.get("evidence") or ())))
        self.ids = {n[0] for n in self.norms}


def typo(rng, norm_id, ids):
    """A realistic mistyped version of norm_id that is not a real id (or None)."""
    cands = []
    if norm_id[0] == "O":
        cands.append("0" + norm_id[1:])               # letter O typed as zero
    if norm_id[0].isalpha():
        cands.append(norm_id[0].lower() + norm_id[1:])  # v4
        cands.append(norm_id[0] + "-" + norm_id[1:])    # V-4
        cands.append(norm_id[0] + "0" + norm_id[1:] if len(norm_id) == 2 else norm_id + "a")
    if "." in norm_id:
        a, b = norm_id.split(".", 1)
        cands.append(f"{a},{b}")                       # Dutch decimal comma
        cands.append(f"{a}.{b}.")                      # trailing dot
        cands.append(f"{a}.{int(b) + 12}")             # a number the theme does not have
        cands.append(f"{a}{b}")                        # dot forgotten
    cands = [c for c in cands if c not in ids]
    return rng.choice(cands) if cands else None


# --- one file --------------------------------------------------------------------------

FAULTS = (  # (name, weight)
    ("missing-answer", 20), ("unknown-norm", 12), ("invalid-score", 12),
    ("missing-toelichting", 15), ("missing-evidence", 20), ("missing-action", 18),
    ("due-in-past", 15), ("out-of-scope", 8), ("unknown-scope", 4),
    ("not-applicable-not-allowed", 6), ("invalid-date", 5), ("duplicate-key", 5),
)
FORMAT_FAULTS = ("invalid-date", "duplicate-key")


def fmt_date(d):
    return d.isoformat()


def gen_file(index, seed, ns, format_errors=False):
    rng = random.Random(f"{GENERATOR_VERSION}/{seed}/{index}")
    fill = {  # values for the text templates
        "jaar": "", "jaar2": "", "maand": "", "w": "", "n": "", "m": "",
    }

    day = datetime.date(2025, 9, 1) + datetime.timedelta(days=rng.randint(0, 445))

    def fmt(template):
        # Years and months in texts lie before the date of the zelfevaluatie.
        year = rng.choice((day.year - 2, day.year - 1, day.year - 1, day.year, day.year))
        fill["jaar"] = str(year)
        fill["jaar2"] = str(year + 1)
        fill["maand"] = rng.choice(MONTHS if year < day.year else MONTHS[:day.month])
        fill["w"] = rng.choice(WIJKEN)
        m = rng.randint(8, 30)
        fill["m"] = str(m)
        fill["n"] = str(rng.randint(max(1, m - 5), m))
        return template.format(**fill)

    def person():
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    clean = rng.random() < 0.6
    faults = set()
    if not clean:
        names = [f for f, _ in FAULTS if format_errors or f not in FORMAT_FAULTS]
        weights = [w for f, w in FAULTS if format_errors or f not in FORMAT_FAULTS]
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            faults.add(rng.choices(names, weights)[0])
        if ns.key != "kssw":
            faults.discard("not-applicable-not-allowed")
        if not faults:
            faults.add("missing-evidence")

    # Scope: absent (every scope), one or two scopes.
    r = rng.random()
    if r < 0.3 or not ns.scopes:
        scope = None
    elif r < 0.8:
        scope = [rng.choice(ns.scopes)]
    else:
        scope = rng.sample(ns.scopes, 2)
    in_scope = [n for n in ns.norms
                if scope is None or n[3] is None or set(n[3]) & set(scope)]
    out_scope = [n for n in ns.norms if n not in in_scope]
    if "out-of-scope" in faults and not out_scope:
        faults.discard("out-of-scope")
        faults.add("missing-action")

    out = []
    w = out.append
    w("labeltool: zelfevaluatie/1\n")
    if rng.random() < 0.5:
        w(f"# Zelfevaluatie {ns.ref}, ingevuld met het sjabloon van labeltool.\n")
    w(f"normset: {ns.ref}\n")
    orgs = KSSW_ORGS if ns.key == "kssw" else NVVK_ORGS
    org = rng.choice(orgs).format(p=rng.choice(PLACES), r=rng.choice(REGIONS), s=rng.choice(LAST))
    w(f"organisation: {q(org)}\n")
    scope_out = list(scope) if scope else None
    if "unknown-scope" in faults:
        bad = rng.choice(("wijkteams", "schuldhulp", "sociaalwerk", "Jongerenwerk",
                          "budget-beheer", "bewindvoering", "raadslieden"))
        scope_out = (scope_out or []) + [bad]
    if scope_out is not None:
        if rng.random() < 0.7:
            w(f"scope: [{', '.join(scope_out)}]\n")
        else:
            w("scope:\n")
            for s in scope_out:
                w(f"  - {s}\n")
    w(f"date: {fmt_date(day)}\n")
    if rng.random() < 0.85:
        who = [person() for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.5:
            who.append(rng.choice(TEAMS).format(w=rng.choice(WIJKEN)))
        if rng.random() < 0.5:
            w(f"filled_in_by: [{', '.join(q(x, flow=True) for x in who)}]\n")
        else:
            w("filled_in_by:\n")
            for x in who:
                w(f"  - {q(x)}\n")
    w("\nanswers:\n")

    # Which answers carry which fault.
    def pick(k_lo, k_hi, pool):
        return set(rng.sample(pool, min(len(pool), rng.randint(k_lo, k_hi)))) if pool else set()

    ids_in = [n[0] for n in in_scope]
    drop = pick(1, 4, ids_in) if "missing-answer" in faults else set()
    typos = pick(1, 2, ids_in) if "unknown-norm" in faults else set()
    bad_score = pick(1, 2, ids_in) if "invalid-score" in faults else set()
    kssw_na = pick(1, 2, ids_in) if "not-applicable-not-allowed" in faults else set()
    dup = pick(1, 1, ids_in) if "duplicate-key" in faults else set()
    extra = pick(1, 3, [n[0] for n in out_scope]) if "out-of-scope" in faults else set()
    quote_keys = rng.random() < 0.75  # nvvk IDs like "1.1": quoted, as the template writes them
    titles_as_comments = rng.random() < 0.6
    p_met = rng.uniform(0.72, 0.97)
    p_na = rng.uniform(0.0, 0.12) if "not-applicable" in ns.scale else 0.0

    # Gap-related faults need gaps: pick them after the scores are known.
    answers = []
    for norm in ns.norms:
        nid = norm[0]
        if norm in out_scope and nid not in extra:
            continue
        if nid in drop:
            continue
        r = rng.random()
        if norm in out_scope:
            meaning = "met"
        elif r < p_na:
            meaning = "not-applicable"
        elif r < p_na + p_met:
            meaning = "met"
        elif r < p_na + p_met + (1 - p_met - p_na) * 0.8:
            meaning = "partly-met"
        else:
            meaning = "not-met"
        answers.append([norm, meaning])
    gaps = [a for a in answers if a[1] in ("partly-met", "not-met")]
    mets = [a for a in answers if a[1] in ("met", "partly-met")]
    if not gaps and faults & {"missing-toelichting", "missing-action", "due-in-past", "invalid-date"}:
        a = rng.choice(answers)
        a[1] = "partly-met"
        gaps = [a]

    def sample_ids(pool, lo, hi):
        return {a[0][0] for a in rng.sample(pool, min(len(pool), rng.randint(lo, hi)))} if pool else set()

    no_note = sample_ids(gaps, 1, 2) if "missing-toelichting" in faults else set()
    no_evidence = sample_ids(mets, 1, 5) if "missing-evidence" in faults else set()
    no_action = sample_ids(gaps, 1, 3) if "missing-action" in faults else set()
    past_due = sample_ids(gaps, 1, 3) if "due-in-past" in faults else set()
    bad_date = sample_ids(gaps, 1, 1) if "invalid-date" in faults else set()

    current_theme = None
    for norm, meaning in answers:
        nid, theme, title, applies, evidence = norm
        if titles_as_comments and theme != current_theme:
            current_theme = theme
            w(f"\n  # {theme}: {dict(ns.themes)[theme]}\n")
        key = nid
        if nid in typos:
            key = typo(rng, nid, ns.ids) or nid
        # Keys are written plain (a template may quote nvvk's numeric IDs like "1.1"; both
        # are text to labeltool, whose reader never turns scalars into numbers).
        key_text = f'"{key}"' if (quote_keys and key[0].isdigit()) else key
        block = []
        b = block.append
        b(f"  {key_text}:" + (f"  # {title}\n" if titles_as_comments else "\n"))

        score = ns.scale[meaning]
        if nid in bad_score:
            score = rng.choice(INVALID_SCORES)
        elif nid in kssw_na:
            score = rng.choice(KSSW_NA)
            meaning = "not-applicable"
        b(f"    score: {q(score)}\n")

        # toelichting
        note = None
        if meaning == "met":
            if rng.random() < 0.35:
                note = fmt(rng.choice(MET_NOTES))
        elif meaning == "partly-met":
            note = fmt(rng.choice(PARTLY_NOTES))
        elif meaning == "not-met":
            note = fmt(rng.choice(NOT_MET_NOTES))
        else:
            note = fmt(rng.choice(NA_NOTES))
        if note and rng.random() < 0.2:
            note += "\n" + fmt(rng.choice(EXTRA_LINES))
        if nid in no_note and meaning in ("partly-met", "not-met"):
            note = None if rng.random() < 0.7 else ""
        if note is not None:
            if note == "":
                b('    toelichting: ""\n')
            else:
                text_field(block, "    ", "toelichting", note, rng)

        # evidence: always for met and partly met; sometimes for not met; never for n.v.t.
        items = []
        if evidence and (meaning in ("met", "partly-met") or
                         (meaning == "not-met" and rng.random() < 0.3)):
            for ev in rng.sample(evidence, rng.randint(1, len(evidence))):
                items.append(ev + fmt(rng.choice(EVIDENCE_SUFFIX)))
        if nid in no_evidence:
            items = []
            if rng.random() < 0.3:
                b("    evidence: []\n")
        if items:
            if rng.random() < 0.5 and sum(len(x) for x in items) < 120:
                b(f"    evidence: [{', '.join(q(x, flow=True) for x in items)}]\n")
            else:
                b("    evidence:\n")
                for x in items:
                    b(f"      - {q(x)}\n")
        if nid in dup and rng.random() < 0.5 and items:
            b(f"    evidence: [{q(items[0], flow=True)}]\n")  # key written twice

        # action, owner, due for gaps
        if meaning in ("partly-met", "not-met"):
            fields = ["action", "owner", "due"]
            if nid in no_action:
                drop_n = rng.choice((1, 1, 2, 3))
                for f in rng.sample(fields, drop_n):
                    fields.remove(f)
            if "action" in fields:
                act = rng.choice(ACTIONS)
                if rng.random() < 0.25:
                    act += ".\n" + fmt(rng.choice(ACTION_DETAILS))
                text_field(block, "    ", "action", act, rng)
            if "owner" in fields:
                owner = (rng.choice(ROLES).format(w=rng.choice(WIJKEN)) if rng.random() < 0.7
                         else person())
                b(f"    owner: {q(owner)}\n")
            if "due" in fields:
                if nid in bad_date:
                    due = rng.choice(BAD_DATES)
                    b(f"    due: {q(due) if rng.random() < 0.5 else due}\n")
                else:
                    if nid in past_due:
                        d = BENCH_TODAY - datetime.timedelta(days=rng.randint(1, 400))
                    else:
                        d = BENCH_TODAY + datetime.timedelta(days=rng.randint(8, 400))
                    b(f"    due: {fmt_date(d)}\n")
        out.extend(block)
        if nid in dup:
            # The answer pasted twice, as happens when two people fill in one file; the
            # second copy changes the score (a duplicate key in 'answers').
            block[1] = f"    score: {ns.scale['met'] if meaning != 'met' else ns.scale['partly-met']}\n"
            if titles_as_comments:
                block[0] = block[0].replace("  # ", "  # (aangepast) ", 1)
            out.extend(block)
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--count", type=int, default=10000, help="number of files (default 10000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--normsets", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                       os.pardir, "normsets"),
                    help="folder with kssw-2019.yaml and nvvk-2021.yaml (default ../normsets)")
    ap.add_argument("--format-errors", action="store_true",
                    help="also write invalid due dates and duplicate keys (labeltool check exits 2)")
    ap.add_argument("--version", action="store_true", help="print the generator version and exit")
    args = ap.parse_args(argv)
    if args.version:
        print(GENERATOR_VERSION)
        return 0
    if not args.outdir:
        ap.error("OUTDIR is required")
    if args.count < 1:
        ap.error("--count must be >= 1")
    try:
        sets = [(NormSet(os.path.join(args.normsets, f)), share) for f, share in NORMSETS]
    except ImportError:
        sys.exit("gen_zelfevaluaties.py: PyYAML is needed to read the norm sets "
                 "(apt-get install python3-yaml, run with /usr/bin/python3)")
    except OSError as e:
        sys.exit(f"gen_zelfevaluaties.py: cannot read norm set: {e}")
    os.makedirs(args.outdir, exist_ok=True)
    chooser = random.Random(f"{GENERATOR_VERSION}/{args.seed}/sets")
    total = 0
    for i in range(1, args.count + 1):
        ns = chooser.choices([s for s, _ in sets], [share for _, share in sets])[0]
        data = gen_file(i, args.seed, ns, args.format_errors).encode("utf-8")
        with open(os.path.join(args.outdir, f"ze-{i:05d}.yaml"), "wb") as f:
            f.write(data)
        total += len(data)
    print(f"wrote {args.count} files, {total / 1e6:.1f} MB to {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
