#!/usr/bin/env python3
"""Bootstrap the baseline facts of every ISO 3166-1 country pack (jurisdictions/packs/<CODE>.toml).

Offline and reproducible: every value comes from the pinned packages in requirements.txt.

  currency        Unicode CLDR territory currency data via babel (current legal tender)
  time_zones      IANA tz database zone.tab via the tzdata package
  languages       Unicode CLDR territory info via babel (official + de facto official)
  weekend         Unicode CLDR weekData via babel locale data
  data_residency  Cadre policy table below (EU/EEA, CN, RU; everything else unresearched)

Packs are hand-maintained after the bootstrap: an existing pack file is never overwritten
unless --force is given. Output is deterministic (fixed key order, sorted lists, fixed
as-of date for the currency look-up).

Usage:  python jurisdictions/tools/gen_baseline.py [--force] [--as-of YYYY-MM-DD] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.resources
import re
import sys
import tomllib
import zoneinfo
from collections import defaultdict
from pathlib import Path

import babel
import babel.core
import babel.languages
import babel.numbers
import pycountry
import tzdata
from babel import Locale, localedata

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
sys.path.insert(0, str(Path(__file__).resolve().parent))
import toml_out  # noqa: E402

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "packs"

# The currency look-up asks CLDR which currencies are legal tender on this date. It is fixed
# (the bootstrap date) so that re-running the generator gives the same output.
DEFAULT_AS_OF = dt.date(2026, 11, 25)

CLDR_VERSION = babel.core.get_global("cldr")["version"]
TZ_VERSION = tzdata.IANA_VERSION
UNRESEARCHED_DATE = "1970-01-01"

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

# --- currency -------------------------------------------------------------------------------
EURO_CASH_DATE = dt.date(2002, 1, 1)

# Known-stale CLDR values: flagged (verified = false), never replaced by a guess.
CURRENCY_REVIEW = {
    "BG": (
        "Unicode CLDR {cldr} predates Bulgaria's changeover to the euro on 2026-01-01 (final "
        "legal acts adopted by the Council of the EU on 2025-07-08, conversion rate 1.95583 BGN "
        "per EUR), so BGN is probably no longer the currency; review and add a EUR version."
    ),
}

# --- data residency -------------------------------------------------------------------------
EU_MEMBERS = {
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
}
EEA_EFTA = {"IS", "LI", "NO"}
# Territories with their own ISO 3166-1 code that are part of the EU (TFEU Art. 349 outermost
# regions, Åland). Not researched here: only flagged in the note for whoever refines them.
EU_TERRITORIES_FLAG = {"AX", "GF", "GP", "MF", "MQ", "RE", "YT"}

GDPR_SOURCE = (
    "Regulation (EU) 2016/679 (GDPR), Chapter V; Cadre policy: EU/EEA personal data stays in "
    "the eu zone by default"
)
GDPR_URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj"


def residency(code: str) -> dict:
    if code in EU_MEMBERS:
        return dict(zones=["eu"], effective_from="2018-05-25", source=GDPR_SOURCE,
                    source_url=GDPR_URL, verified=True, note=None)
    if code in EEA_EFTA:
        return dict(
            zones=["eu"], effective_from="2018-07-20",
            source=GDPR_SOURCE + "; incorporated into the EEA Agreement by EEA Joint Committee "
                                 "Decision No 154/2018",
            source_url=GDPR_URL, verified=True,
            note="The GDPR applies in the EEA EFTA states (IS, LI, NO) from 2018-07-20, when "
                 "EEA Joint Committee Decision No 154/2018 (adopted 2018-07-06) entered into "
                 "force, not from the EU date 2018-05-25.")
    if code == "CN":
        return dict(zones=["cn"], effective_from="2021-11-01",
                    source="Personal Information Protection Law of the PRC, Art. 40; "
                           "Cybersecurity Law Art. 37",
                    source_url=None, verified=True, note=None)
    if code == "RU":
        return dict(zones=["ru"], effective_from="2015-09-01",
                    source="Federal Law No. 242-FZ amending 152-FZ, Art. 18(5)",
                    source_url=None, verified=True, note=None)
    note = "not researched yet; review before relying on it"
    if code in EU_TERRITORIES_FLAG:
        note += (". Flag for the reviewer: this territory is part of the EU (outermost region "
                 "or Åland), so the GDPR and the eu zone probably apply as in its member state.")
    return dict(zones=["any"], effective_from=UNRESEARCHED_DATE,
                source="No data-localization statute identified", source_url=None,
                verified=False, note=note)


# --- CLDR / IANA look-ups -------------------------------------------------------------------
def currency_fact(code: str, as_of: dt.date) -> dict | None:
    source = f"ISO 4217 / Unicode CLDR {CLDR_VERSION} territory currency data"
    found = babel.numbers.get_territory_currencies(
        code, start_date=as_of, tender=True, non_tender=False, include_details=True)
    if not found:
        return None
    # The schema holds one currency. Several legal tenders (e.g. PA: PAB and USD): take the
    # territory's own ISO 4217 currency (code starting with the country code), else the one
    # CLDR lists as tender here for longest; the others go in the note.
    own = [c for c in found if c["currency"].startswith(code)]
    pool = own or found
    chosen = sorted(pool, key=lambda c: (c["from"] or dt.date.min, c["currency"]))[0]
    others = sorted((c for c in found if c is not chosen), key=lambda c: c["currency"])
    cur, start = chosen["currency"], chosen["from"]
    notes = []
    verified = True
    if cur == "EUR":
        eff = max(start, EURO_CASH_DATE) if start else EURO_CASH_DATE
        notes.append(
            "effective_from is the date euro banknotes and coins became legal tender here "
            "(the cash changeover; 2002-01-01 for the members that adopted the euro as book "
            f"money on 1999-01-01 or 2001-01-01). Unicode CLDR {CLDR_VERSION} gives "
            f"{start.isoformat() if start else 'no date'} as the start of EUR for {code}. "
            "The same rule is applied to every territory whose currency is EUR.")
    elif start:
        eff = start
        notes.append(f"effective_from is Unicode CLDR {CLDR_VERSION}'s start date ('from') "
                     f"for {cur} in {code}.")
    else:
        eff = None
        notes.append(f"effective date not researched; fact current as of CLDR {CLDR_VERSION}")
    if others:
        rule = ("the territory's own currency" if own
                else "no own currency; the one CLDR lists as tender here for longest")
        notes.append(
            f"CLDR {CLDR_VERSION} lists several legal tenders for {code}: "
            + ", ".join(f"{c['currency']} (from {c['from'].isoformat() if c['from'] else '?'})"
                        for c in sorted(found, key=lambda c: c["currency"]))
            + f"; value is {cur} ({rule}). Also legal tender: "
            + ", ".join(c["currency"] for c in others) + ".")
    if code in CURRENCY_REVIEW:
        verified = False
        notes.append(CURRENCY_REVIEW[code].format(cldr=CLDR_VERSION))
    return dict(value=cur,
                effective_from=eff.isoformat() if eff else UNRESEARCHED_DATE,
                source=source, verified=verified, note=" ".join(notes))


def load_zone_tab() -> dict[str, list[str]]:
    text = (importlib.resources.files("tzdata") / "zoneinfo" / "zone.tab").read_text("utf-8")
    zones: dict[str, list[str]] = defaultdict(list)
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        zones[fields[0]].append(fields[2])
    return zones


def time_zones_fact(code: str, zone_tab: dict[str, list[str]], available: set[str]) -> dict:
    source = f"IANA time zone database {TZ_VERSION}, zone.tab (tzdata package)"
    names = sorted(set(zone_tab.get(code, [])))
    kept = [z for z in names if z in available]
    dropped = [z for z in names if z not in available]
    notes = []
    verified = True
    if not names:
        verified = False
        notes.append(f"IANA tz {TZ_VERSION} zone.tab lists no time zone for {code}; left "
                     "empty rather than guessed.")
    else:
        notes.append(f"effective date not researched; fact current as of IANA tz {TZ_VERSION}")
    if dropped:
        verified = False
        notes.append("Dropped, not found in zoneinfo.available_timezones(): "
                     + ", ".join(dropped) + ".")
    return dict(value=kept, effective_from=UNRESEARCHED_DATE, source=source,
                verified=verified, note=" ".join(notes))


BCP47 = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")


def languages_fact(code: str) -> dict:
    source = (f"Unicode CLDR {CLDR_VERSION} territory info (official and de facto official "
              "languages)")
    langs = sorted({lang.replace("_", "-")
                    for lang in babel.languages.get_official_languages(code, de_facto=True)})
    bad = [lang for lang in langs if not BCP47.match(lang)]
    if bad:
        raise SystemExit(f"{code}: unexpected language tag(s) from CLDR: {bad}")
    if not langs:
        return dict(value=[], effective_from=UNRESEARCHED_DATE, source=source, verified=False,
                    note=f"Unicode CLDR {CLDR_VERSION} lists no official or de facto official "
                         f"language for {code}; left empty rather than guessed.")
    return dict(value=langs, effective_from=UNRESEARCHED_DATE, source=source, verified=True,
                note=f"effective date not researched; fact current as of CLDR {CLDR_VERSION}")


def territory_locales() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for ident in sorted(localedata.locale_identifiers()):
        loc = Locale.parse(ident)
        if loc.territory:
            out[loc.territory].append(ident)
    return out


def weekend_days(start: int, end: int) -> list[str]:
    days, d = [], start
    while True:
        days.append(d)
        if d == end:
            break
        d = (d + 1) % 7
    return [DAYS[i] for i in sorted(days)]


def weekend_fact(code: str, locales: dict[str, list[str]]) -> dict:
    source = f"Unicode CLDR {CLDR_VERSION} weekData (weekendStart/weekendEnd)"
    idents = locales.get(code)
    if idents:
        pairs = {(Locale.parse(i).weekend_start, Locale.parse(i).weekend_end) for i in idents}
        if len(pairs) != 1:
            raise SystemExit(f"{code}: CLDR locales disagree on the weekend: {pairs}")
        (start, end), = pairs
        return dict(value=weekend_days(start, end), effective_from=UNRESEARCHED_DATE,
                    source=source, verified=True,
                    note=f"effective date not researched; fact current as of CLDR "
                         f"{CLDR_VERSION}")
    root = localedata.load("root")["week_data"]
    return dict(value=weekend_days(root["weekend_start"], root["weekend_end"]),
                effective_from=UNRESEARCHED_DATE, source=source, verified=False,
                note=f"babel ships no CLDR {CLDR_VERSION} locale for {code}, so its "
                     "territory-specific weekData could not be read; value is CLDR's world "
                     "default ('001'), which applies to every territory CLDR does not list.")


# --- writing --------------------------------------------------------------------------------
FACT_KEYS = ["effective_from", "value", "zones", "source", "source_url", "verified", "note"]


def render(country, facts: list[tuple[str, dict | None, str]]) -> str:
    name = country.name
    official = getattr(country, "official_name", None) or name
    lines = [
        f"# {name} — Cadre jurisdiction pack (bootstrapped by tools/gen_baseline.py; "
        "hand-maintained from here on)",
        *toml_out.pairs([("schema", 1), ("code", country.alpha_2), ("kind", "country"),
                         ("name", name), ("official_name", official)]),
    ]
    for kind, fact, absent in facts:
        lines.append("")
        if fact is None:
            lines.append(f"# [[{kind}]] omitted: {absent}")
            continue
        lines.append(f"[[{kind}]]")
        lines += toml_out.pairs((k, fact.get(k)) for k in FACT_KEYS)
    return "\n".join(lines) + "\n"


def check(text: str, code: str, available: set[str]) -> list[str]:
    """Problems found in a pack's text (empty list: fine)."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        return [f"does not parse: {e}"]
    problems = []
    for key, want in [("schema", 1), ("code", code), ("kind", "country")]:
        if doc.get(key) != want:
            problems.append(f"{key} is {doc.get(key)!r}, expected {want!r}")
    for key in ("name", "official_name"):
        if not isinstance(doc.get(key), str) or not doc[key]:
            problems.append(f"missing {key}")
    for kind in ("currency", "time_zones", "languages", "weekend", "data_residency"):
        for v in doc.get(kind, []):
            for req in ("effective_from", "source", "verified"):
                if req not in v:
                    problems.append(f"[[{kind}]] lacks {req}")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(v.get("effective_from", ""))):
                problems.append(f"[[{kind}]] effective_from not YYYY-MM-DD")
    for v in doc.get("time_zones", []):
        for z in v.get("value", []):
            if z not in available:
                problems.append(f"unknown time zone {z}")
    for v in doc.get("weekend", []):
        if any(d not in DAYS for d in v.get("value", [])):
            problems.append("bad weekend day")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true",
                    help="overwrite existing pack files (they are hand-maintained!)")
    ap.add_argument("--as-of", type=dt.date.fromisoformat, default=DEFAULT_AS_OF,
                    help="date on which CLDR legal tender is looked up "
                         f"(default {DEFAULT_AS_OF})")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="packs directory")
    args = ap.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    available = zoneinfo.available_timezones()
    zone_tab = load_zone_tab()
    locales = territory_locales()

    countries = sorted(pycountry.countries, key=lambda c: c.alpha_2)
    written = skipped = 0
    problems: dict[str, list[str]] = {}
    for country in countries:
        code = country.alpha_2
        path = args.out / f"{code}.toml"
        if path.exists() and not args.force:
            skipped += 1
        else:
            facts = [
                ("currency", currency_fact(code, args.as_of),
                 f"Unicode CLDR {CLDR_VERSION} lists no legal-tender currency for {code} "
                 "(nothing to state; not guessed)"),
                ("time_zones", time_zones_fact(code, zone_tab, available), ""),
                ("languages", languages_fact(code), ""),
                ("weekend", weekend_fact(code, locales), ""),
                ("data_residency", residency(code), ""),
            ]
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(render(country, facts))
            written += 1
        found = check(path.read_text(encoding="utf-8"), code, available)
        if found:
            problems[code] = found

    print(f"gen_baseline: {len(countries)} ISO 3166-1 codes; {written} pack(s) written, "
          f"{skipped} existing left alone{' (use --force to overwrite)' if skipped else ''}; "
          f"CLDR {CLDR_VERSION} (babel {babel.__version__}), IANA tz {TZ_VERSION}, "
          f"pycountry {pycountry_version()}, currency as of {args.as_of}")
    for code, found in sorted(problems.items()):
        for p in found:
            print(f"  {code}: {p}", file=sys.stderr)
    return 1 if problems else 0


def pycountry_version() -> str:
    from importlib.metadata import version
    return version("pycountry")


if __name__ == "__main__":
    sys.exit(main())
