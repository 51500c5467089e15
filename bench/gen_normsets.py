#!/usr/bin/python3
"""Generate a corpus of valid labeltool norm-set files (format normset/1) for benchmarks.

Usage:
    gen_normsets.py OUTDIR [--files N] [--mb MB] [--seed S]
    gen_normsets.py --version

Writes N files bench-0001.yaml ... into OUTDIR (created if missing), about MB megabytes
(10^6 bytes) in total. Output is deterministic for a given (version, files, mb, seed):
every file is generated from its own seeded random stream, so the same arguments always
give byte-identical files.

Every file is a valid norm set: it uses only keys from docs/formats.md, has unique theme
and norm ids, unique norm titles, applies_to/discipline naming only declared ids, and
a well-formed scale and verdict. It should lint clean (no errors, no warnings).

Pure stdlib: YAML is written as text (much faster than an emitter).
"""

import argparse
import os
import random
import sys

# Bump when the output changes, so cached corpora are regenerated (run_lint_bench.sh).
GENERATOR_VERSION = "1"

# --- vocabulary ------------------------------------------------------------------------

NOUNS = (
    "organisatie cliënt medewerker werkplan dossier hulpvraag gesprek afspraak beleid "
    "kwaliteit veiligheid privacy klacht signaal evaluatie verslag bestuur team "
    "vrijwilliger netwerk gemeente budget schuld aanvraag traject doel resultaat "
    "rapportage intervisie scholing deskundigheid methode werkwijze overleg procedure "
    "verantwoording toezicht risico incident melding registratie informatie toestemming "
    "samenwerking partner wijk buurt bewoner ondersteuning begeleiding zorg aanbod "
    "wachttijd bereikbaarheid inzet capaciteit middelen jaarplan visie missie cultuur "
    "leiderschap feedback ontwikkeling competentie taak rol verantwoordelijkheid "
    "archief systeem protocol richtlijn handreiking checklist formulier overeenkomst "
    "inkomen uitgave betaling regeling voorziening schuldeiser beschermingsbewind "
    "stabilisatie nazorg preventie vroegsignalering huisbezoek intake plan"
).split()

ADJECTIVES = (
    "actueel aantoonbaar zorgvuldig tijdig helder vastgelegd periodiek systematisch "
    "passend toegankelijk betrouwbaar volledig transparant deskundig veilig duidelijk "
    "gezamenlijk structureel professioneel onafhankelijk concreet meetbaar bekend "
    "schriftelijk jaarlijks regelmatig integraal doelgericht vertrouwelijk adequaat"
).split()

VERBS = (
    "legt vast|evalueert|bespreekt|borgt|onderhoudt|beschrijft|registreert|controleert|"
    "ondersteunt|informeert|betrekt|verantwoordt|actualiseert|toetst|bewaakt|"
    "verbetert|stemt af|rapporteert|organiseert|faciliteert|signaleert|analyseert"
).split("|")

SUBJECTS = (
    "De organisatie|Het bestuur|De sociaal werker|De schuldhulpverlener|De teamleider|"
    "De kwaliteitsfunctionaris|De medewerker|Het team|De directie|De vrijwilligerscoördinator|"
    "De cliëntenraad|De aanbieder|De professional"
).split("|")

CONNECT = (
    "zodat|waarbij|omdat|en zorgt ervoor dat|met als doel dat|op zo'n manier dat|"
    "nadat|voordat|terwijl|zolang"
).split("|")

PREPS = "met|voor|over|binnen|tussen|na|bij|tijdens|volgens|rond".split("|")

THEME_WORDS = (
    "Vakmanschap|Organisatie|Cliëntgerichtheid|Samenwerking|Kwaliteitszorg|Veiligheid|"
    "Privacy en informatie|Deskundigheid|Bedrijfsvoering|Verantwoording|Toegankelijkheid|"
    "Methodisch werken|Vrijwillige inzet|Klachten en signalen|Financiën|Leiderschap|"
    "Preventie|Nazorg|Dienstverlening|Medezeggenschap"
).split("|")

EVIDENCE = (
    "Werkplan|Jaarverslag|Klachtenregeling|Privacyreglement|Scholingsplan|"
    "Verslag intervisie|Verslagen teamoverleg|Cliëntdossiers (steekproef)|"
    "Samenwerkingsovereenkomst|Beleidsplan|Risico-inventarisatie|Incidentenregistratie|"
    "Evaluatieverslag|Functieomschrijvingen|Meldcode huiselijk geweld|Kwaliteitshandboek|"
    "Procesbeschrijving intake|Verslag cliëntenraad|Begroting|Managementrapportage|"
    "Protocol agressie|Vrijwilligersbeleid|Opleidingsregistratie|Auditrapport"
).split("|")

SCOPES = (
    ("schuldhulpverlening", "Schuldhulpverlening"),
    ("sociaal-werk", "Sociaal werk"),
    ("wijkteams", "Wijkteams"),
    ("maatschappelijke-dienstverlening", "Maatschappelijke dienstverlening"),
    ("jongerenwerk", "Jongerenwerk"),
    ("ouderenwerk", "Ouderenwerk"),
    ("vrijwilligerswerk", "Vrijwilligerswerk"),
    ("beschermd-wonen", "Beschermd wonen"),
)

DISCIPLINES = (
    ("bestuur", "Bestuur en directie"),
    ("staf", "Kwaliteits- en beleidsmedewerkers"),
    ("schuldhulpverleners", "Schuldhulpverleners"),
    ("sociaal-werkers", "Sociaal werkers"),
    ("vrijwilligers", "Vrijwilligers"),
    ("clientenraad", "Cliëntenraad"),
)

OWNERS = (
    "Sociaal Werk Nederland|NVVK|Stichting Benchmark Kwaliteit|Vereniging Voorbeeldlabel|"
    "Platform Kwaliteit Sociaal Domein|Stichting Keurmerk Wijkwerk"
).split("|")

SCALES = (
    # (value, meaning, score or None)
    (("voldoet", "met", 2), ("voldoet deels", "partly-met", 1), ("voldoet niet", "not-met", 0)),
    (("voldoet", "met", 2), ("voldoet deels", "partly-met", 1), ("voldoet niet", "not-met", 0),
     ("niet van toepassing", "not-applicable", None)),
)


def sentence(rng):
    """One Dutch-looking sentence, 10-30 words, ending in a full stop."""
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), "de", rng.choice(ADJECTIVES), rng.choice(NOUNS)]
    for _ in range(rng.randint(1, 3)):
        parts += [rng.choice(PREPS), "de", rng.choice(NOUNS)]
        if rng.random() < 0.5:
            parts += [rng.choice(CONNECT), "de", rng.choice(NOUNS), rng.choice(ADJECTIVES), "is"]
    if rng.random() < 0.3:
        parts[-1] += ","
        parts += ["ook", rng.choice(PREPS), "de", rng.choice(NOUNS)]
    return " ".join(parts) + "."


def wrap(text, width=88):
    """Greedy word wrap, returns the list of lines."""
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


def paragraph(rng, lo, hi):
    return " ".join(sentence(rng) for _ in range(rng.randint(lo, hi)))


def block(out, indent, key, rng, lo, hi, paragraphs=1):
    """Append `key: |` followed by wrapped text indented by indent+2."""
    pad = " " * indent
    out.append(f"{pad}{key}: |\n")
    inner = pad + "  "
    for p in range(paragraphs):
        if p:
            out.append("\n")
        for line in wrap(paragraph(rng, lo, hi)):
            out.append(inner + line + "\n")


def title(rng, used):
    """A unique, short norm title (plain scalar, or quoted when it has a colon)."""
    while True:
        n1, n2 = rng.choice(NOUNS), rng.choice(NOUNS)
        t = f"{n1.capitalize()} {rng.choice(PREPS)} {rng.choice(ADJECTIVES)} {n2}"
        if rng.random() < 0.15:
            t = f'"{n1.capitalize()}: {rng.choice(ADJECTIVES)} {n2}"'
        if t not in used:
            used.add(t)
            return t


def gen_file(index, seed, target_bytes):
    rng = random.Random(f"{GENERATOR_VERSION}/{seed}/{index}")
    out = []
    w = out.append
    set_id = f"bench-{index:04d}"
    w("labeltool: normset/1\n")
    w(f"# Generated by bench/gen_normsets.py v{GENERATOR_VERSION} (seed {seed}); not a real label.\n")
    w(f"id: {set_id}\n")
    w('version: "1"\n')
    w(f"name: Benchmarklabel {index} {rng.choice(THEME_WORDS).lower()} en {rng.choice(NOUNS)}\n")
    w(f"owner: {rng.choice(OWNERS)}\n")
    if rng.random() < 0.7:
        y = rng.randint(2015, 2024)
        w(f"valid_from: {y}-{rng.randint(1, 12):02d}-01\n")
        if rng.random() < 0.5:
            w(f"valid_until: {y + rng.randint(2, 5)}-12-31\n")
    w("language: nl\n")
    w("status: illustrative\n")
    w("status_note: >-\n")
    for line in wrap("Gegenereerd voor de benchmark van labeltool. " + paragraph(rng, 1, 3)):
        w("  " + line + "\n")
    if rng.random() < 0.5:
        w("source:\n")
        for k in range(rng.randint(1, 3)):
            w(f"  - https://example.org/labels/{set_id}/bron-{k + 1}\n")

    scale = rng.choice(SCALES)
    w("\nscale:\n")
    for value, meaning, score in scale:
        w(f"  - value: {value}\n    meaning: {meaning}\n")
        if score is not None:
            w(f"    score: {score}\n")

    w("\nverdict:\n")
    w(f"  max_not_met: {rng.randint(0, 3)}\n")
    if rng.random() < 0.7:
        w(f"  max_partly_met: {rng.randint(3, 15)}\n")
    if rng.random() < 0.7:
        w(f"  min_met_percent: {rng.choice((60, 70, 75, 80, 85, 90))}\n")
    w("  description: >-\n")
    for line in wrap("Illustratief: " + paragraph(rng, 1, 2)):
        w("    " + line + "\n")

    scopes = rng.sample(SCOPES, rng.randint(2, len(SCOPES)))
    w("\nscopes:\n")
    for sid, sname in scopes:
        w(f"  - id: {sid}\n    name: {sname}\n")
    disciplines = rng.sample(DISCIPLINES, rng.randint(3, len(DISCIPLINES)))
    w("\ndisciplines:\n")
    for did, dname in disciplines:
        w(f"  - id: {did}\n    name: {dname}\n")
    if rng.random() < 0.5:
        w("\nmaturity_levels:\n")
        for lvl in range(1, rng.randint(3, 5) + 1):
            w(f"  - level: {lvl}\n")
            if rng.random() < 0.8:
                w(f"    name: {rng.choice(ADJECTIVES).capitalize()} {rng.choice(NOUNS)}\n")

    scope_ids = [s[0] for s in scopes]
    disc_ids = [d[0] for d in disciplines]
    used_titles = set()
    size = sum(len(s) for s in out)  # characters; close enough to bytes for sizing
    w("\nthemes:\n")
    t = 0
    while size < target_bytes or t < 2:
        t += 1
        tid = f"T{t:02d}"
        chunk = []
        c = chunk.append
        c(f"  - id: {tid}\n")
        c(f"    title: {rng.choice(THEME_WORDS)} {t}\n")
        if rng.random() < 0.7:
            block(chunk, 4, "description", rng, 1, 3)
        c("    norms:\n")
        for n in range(1, rng.randint(10, 40) + 1):
            c(f"      - id: {tid}.{n:02d}\n")
            c(f"        title: {title(rng, used_titles)}\n")
            block(chunk, 8, "text", rng, 1, 4, paragraphs=rng.choice((1, 1, 1, 2)))
            if rng.random() < 0.7:
                block(chunk, 8, "guidance", rng, 1, 3)
            if rng.random() < 0.8:
                c("        evidence:\n")
                for ev in rng.sample(EVIDENCE, rng.randint(1, 5)):
                    c(f"          - {ev}\n")
            if rng.random() < 0.5:
                c(f"        applies_to: [{', '.join(rng.sample(scope_ids, rng.randint(1, len(scope_ids))))}]\n")
            if rng.random() < 0.8:
                picks = rng.sample(disc_ids, rng.randint(1, min(3, len(disc_ids))))
                if rng.random() < 0.5:
                    c(f"        discipline: [{', '.join(picks)}]\n")
                else:
                    c("        discipline:\n")
                    for d in picks:
                        c(f"          - {d}\n")
        out.extend(chunk)
        size += sum(len(s) for s in chunk)
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--files", type=int, default=250, help="number of files (default 250)")
    ap.add_argument("--mb", type=float, default=55.0, help="total size in MB, 10^6 bytes (default 55)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--version", action="store_true", help="print the generator version and exit")
    args = ap.parse_args(argv)
    if args.version:
        print(GENERATOR_VERSION)
        return 0
    if not args.outdir:
        ap.error("OUTDIR is required")
    if args.files < 1 or args.mb <= 0:
        ap.error("--files must be >= 1 and --mb > 0")
    os.makedirs(args.outdir, exist_ok=True)
    mean = args.mb * 1e6 / args.files
    sizer = random.Random(f"{GENERATOR_VERSION}/{args.seed}/sizes")
    total = 0
    for i in range(1, args.files + 1):
        # Vary file sizes (0.5x - 1.5x the mean) so the corpus is not uniform.
        target = mean * sizer.uniform(0.5, 1.5)
        # Undershoot: the last theme overshoots the target, and sizes count characters, not bytes.
        data = gen_file(i, args.seed, target * 0.925).encode("utf-8")
        with open(os.path.join(args.outdir, f"bench-{i:04d}.yaml"), "wb") as f:
            f.write(data)
        total += len(data)
    print(f"wrote {args.files} files, {total / 1e6:.1f} MB to {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
