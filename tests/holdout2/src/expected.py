# -*- coding: utf-8 -*-
"""Cross-check the hand-entered expectations in holdout2_cvs.py against the generated inbox,
then write tests/holdout2/expected/<file>.json (same format as samples/ and tests/holdout2/).

Usage: python3 expected.py HOLDOUT_DIR WORK_DIR [CVS]

CVS is the module with the CV texts and expectations: a module name next to this script or a path
to a .py file (default: $ZEEF_HOLDOUT_CVS, else holdout2_cvs); the "file" prefix of the records is
tests/<name of HOLDOUT_DIR>/inbox/. tests/holdout3/make-holdout3.sh uses this with holdout3_cvs.py.

Adapted from tests/holdout2/src/expected.py (same checks), plus: the months of every single
position are entered by hand too and compared with the parser; a name may be absent (None: the
file name must then not occur in the rendering); "op aanvraag" phrases that are not references
on request are listed per CV, "zie bijlage" counts as references offered outside the CV; a long
English section must be a real share of the words (20-40 %) yet leave the CV mainly Dutch; a DOCX
without <Pages> is an estimate (pages review when the rendering is within one page of the limit);
the narrowest reading of "2019 – 2019" is one month.

Every number is entered by hand in holdout2_cvs.py. This script re-derives what it can from
independent sources and stops on any disagreement:
  - months: re-parsed from each position's printed date text (its own parser, written for the
    date styles used here) and merged; also the narrowest reading of year-only dates, so that a
    knock-out 3 'review' is exactly where the two readings straddle 60, and criterion 5 is never
    ambiguous (both readings on the same side of 72);
  - the date text, title, employer of every position, the education lines, the names of the
    references, the name / e-mail / phone / rate and each criterion passage are present in the
    rendered text (pdftotext of the PDF, or of the LibreOffice rendering of the DOCX);
  - a criterion with 0 points has none of a broad list of words that a human could read as
    evidence for it, outside the CV's crit_not phrases (round 32: right words that are no evidence --
    negated, hypothetical, a colleague's work, a course, planned; each must be printed); the ZZP words occur exactly when zzp is expected (after removing phrases
    that deny being a zzp'er);
  - pages from pdfinfo, and for DOCX from docProps/app.xml (which must equal the rendering).
Checks, knock-outs, score, eligibility and rank follow mechanically from the default rules.
"""
import importlib.util
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_cvs(arg):
    """The CV module: a name next to this script or a path to a .py file (default holdout2_cvs)."""
    arg = arg or os.environ.get("ZEEF_HOLDOUT_CVS") or "holdout2_cvs"
    if arg.endswith(".py") or os.sep in arg:
        path = os.path.abspath(arg)
        sys.path.insert(0, os.path.dirname(path))
        return _load(Path(path).stem, path)
    return _load(arg, os.path.join(HERE, arg + ".py"))


holdout_cvs = load_cvs(sys.argv[3] if len(sys.argv) > 3 else None)

HOLDOUT = Path(sys.argv[1]).resolve()
WORK = Path(sys.argv[2]).resolve()
INBOX = HOLDOUT / "inbox"
OUT = HOLDOUT / "expected"
PREFIX = f"tests/{HOLDOUT.name}/inbox/"
MAX_PAGES = 5

REF_Y, REF_M = 2025, 11
POINTS = {"4": 15, "5": 25, "6": 15, "7": 20, "8": 25}
SHORTLIST = 3

# words by which a 0-point criterion could look present to a human reader: none may occur
ABSENT = {
    "6": [r"beleid", r"uitvoering", r"omgezet", r"omzetten", r"vertaald", r"jaarwerkplan", r"jaarplan",
          r"concrete", r"policy", r"translated"],
    "7": [r"zorgaanbieder", r"verzekeraar", r"patiënt", r"patient", r"publiek", r"\bpps\b", r"samenwerking",
          r"partner", r"huisarts", r"ketenpartner", r"\bggd\b", r"ggz", r"insurer", r"care provider"],
    "8": [r"project", r"verander", r"transformatie", r"transitie", r"reorganisatie", r"prince2", r"programm",
          r"kwartiermaker", r"implementatie", r"invoering", r"change", r"herinrichting"],
}
ZZP = [r"\bzzp", r"eigen onderneming", r"eenmanszaak", r"\bkvk", r"zelfstandig", r"freelance", r"interim",
       r"ondernemer", r"eigen bedrijf", r"self-employed", r"eigen b\.?v\b", r"grootaandeelhouder"]
EN_WORDS = set("the and of in to a i am with is are my for on at as be by or an it this that from "
               "experienced enjoy building who close describe leadership happy interviewed english".split())

MONTHS = {"jan": 1, "feb": 2, "maa": 3, "mrt": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6,
          "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12}
POINT = re.compile(r"(?<!\d)(?P<mm>\d{1,2})[-/](?P<y1>\d{4})(?!\d)"
                   r"|(?:(?<!\d)\d{1,2}\s+)?(?P<mw>[a-z]+)\.?\s+(?P<y2>\d{4})(?!\d)"
                   r"|(?<!\d)(?P<y3>\d{4})(?!\d)"
                   r"|(?P<open>\bheden\b|\bnu\b|\bpresent\b)")


def parse_dates(text):
    """Printed date text -> (start (y, m), end (y, m), start_year_only, end_year_only)."""
    t = text.lower()
    pts = []
    for m in POINT.finditer(t):
        if m.group("mm"):
            mm = int(m.group("mm"))
            assert 1 <= mm <= 12, text
            pts.append(((int(m.group("y1")), mm), False))
        elif m.group("mw"):
            mon = MONTHS.get(m.group("mw")[:3])
            if mon:
                pts.append(((int(m.group("y2")), mon), False))
            else:  # "t/m 2015", "sinds 2021": the word is no month
                pts.append(((int(m.group("y2")), None), True))
        elif m.group("y3"):
            pts.append(((int(m.group("y3")), None), True))
        else:
            pts.append(("open", False))
    if len(pts) == 1 and re.search(r"\b(sinds|vanaf|since)\b", t):
        pts.append(("open", False))
    assert len(pts) == 2, f"cannot parse {text!r}: {pts}"
    (a, ay), (b, by) = pts
    start = (a[0], a[1] or 1)
    end = (REF_Y, REF_M) if b == "open" else (b[0], b[1] or 12)
    end = min(end, (REF_Y, REF_M))  # a contract end after the reference date: not yet experience
    assert start <= end, text
    return start, end, ay, by


def idx(ym):
    return ym[0] * 12 + ym[1] - 1


def merged(spans):
    spans = sorted((idx(a), idx(b)) for a, b in spans)
    total, cur = 0, None
    for a, b in spans:
        if cur and a <= cur[1] + 1:
            cur = (cur[0], max(cur[1], b))
        else:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = (a, b)
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def fail(c, msg):
    sys.exit(f"expected.py: {c['file']}: {msg}")


def months(c):
    """(by the convention, narrowest reading of year-only dates) over the relevant positions."""
    hi, lo = [], []
    for p in c["exp"]:
        start, end, sy, ey = parse_dates(p["d"])
        if (start, end) != (ym(p["span"][0]), ym(p["span"][1])):
            fail(c, f"span {p['span']} disagrees with printed {p['d']!r} -> {start}..{end}")
        if p["yearonly"] != (sy or ey):
            fail(c, f"yearonly flag wrong for {p['d']!r}")
        if merged([(start, end)]) != p["m"]:
            fail(c, f"{p['d']!r}: {p['m']} months by hand, recomputed {merged([(start, end)])}")
        if not p["rel"]:
            continue
        hi.append((start, end))
        a, b = (start[0], 12) if sy else start, (end[0], 1) if ey else end
        lo.append((a, max(a, b)))   # "2019 – 2019": at least one month
    return merged(hi), merged(lo)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def docx_app_pages(path):
    with zipfile.ZipFile(path) as z:
        m = re.search(rb"<Pages>(\d+)</Pages>", z.read("docProps/app.xml"))
    return int(m.group(1)) if m else None


def flat(s):
    return re.sub(r"\s+", " ", s).strip()


def verify(c, e):
    path = INBOX / c["file"]
    with open(path, "rb") as f:
        magic = f.read(8)
    real = "pdf" if magic.startswith(b"%PDF-") else "docx" if magic.startswith(b"PK") else None
    if real != c["fmt"]:
        fail(c, f"content is {real}, spec says {c['fmt']}")
    if real == "pdf":
        rendering = path
    else:
        rendering = WORK / "docx-pdf" / f"{Path(c['file']).stem}.pdf"
        app = docx_app_pages(path)
        want = None if c["post"] == "nopages" else pdf_pages(rendering)
        if app != want:
            fail(c, f"docProps/app.xml says {app} pages, want {want}")
    if (c["post"] == "nopages") != (not e.get("pages_exact", True)):
        fail(c, "pages_exact must be false exactly for a DOCX without <Pages>")
    if pdf_pages(rendering) != e["pages"]:
        fail(c, f"renders as {pdf_pages(rendering)} pages, expectation says {e['pages']}")
    text = flat(pdf_text(rendering))
    low = text.lower()

    nohyph = text.replace("-", "")  # pdftotext joins a word hyphenated at a line end

    def must(s, what):
        if flat(s) not in text and flat(s).replace("-", "") not in nohyph:
            fail(c, f"{what} {s!r} not found in the rendered text")

    for v, what in ((c["name"], "name"), (c["email"], "e-mail"), (c["phone"], "phone")):
        if v is not None:
            must(v, what)
    if c["name"] is None:
        for part in Path(c["file"]).stem.split():
            if re.search(r"\b%s\b" % re.escape(part.lower()), low):
                fail(c, f"name part {part!r} of the file name occurs in the text")
    for s in c["must_have"]:
        must(s, "trap phrase")
    if c["rate"]:
        must(c["rate"], "rate")
    for p in c["exp"]:
        must(p["d"], "date text")
        must(p["t"], "title")
        must(p["e"], "employer")
    for r in c["refs"]:
        must(r, "reference")
    for cid, pts in zip(("4", "5", "6", "7", "8"), e["crit"]):
        if pts not in (0, POINTS[cid]):
            fail(c, f"criterion {cid}: {pts} is not all-or-nothing")
        if cid in ABSENT:
            if pts:
                must(c["crit_text"][cid], f"criterion {cid} passage")
            else:
                if cid in c["crit_text"]:
                    fail(c, f"criterion {cid} has a passage but 0 points")
                clow = low
                for neg in c.get("crit_not", {}).get(cid, []):   # right words, but no evidence (round 32)
                    if flat(neg).lower() not in clow:
                        fail(c, f"criterion {cid} non-evidence phrase {neg!r} not in text")
                    clow = clow.replace(flat(neg).lower(), " ")
                hits = [k for k in ABSENT[cid] if re.search(k, clow)]
                if hits:
                    fail(c, f"criterion {cid} expected absent, but the text has {hits}")
    zlow = low
    for neg in c["zzp_negated"]:
        if neg.lower() not in zlow:
            fail(c, f"negated phrase {neg!r} not in text")
        zlow = zlow.replace(neg.lower(), " ")
    hits = [k for k in ZZP if re.search(k, zlow)]
    if bool(hits) != e["zzp"]:
        fail(c, f"zzp={e['zzp']} but ZZP words found: {hits}")
    if len(c["refs"]) != e["refs"][0]:
        fail(c, f"{len(c['refs'])} reference names listed, expectation counts {e['refs'][0]}")
    rlow = low
    for neg in c["onreq_negated"]:
        if neg.lower() not in rlow:
            fail(c, f"phrase {neg!r} not in text")
        rlow = rlow.replace(neg.lower(), " ")
    on_req = bool(re.search(r"op (verzoek|aanvraag)|zie bijlage", rlow))
    if on_req != e["refs"][1]:
        fail(c, f"references on_request {on_req} != {e['refs'][1]}")
    # Dutch overall: English words are a small share, except for the English CV
    words = re.findall(r"[a-zà-ÿ']+", low)
    en = sum(w in EN_WORDS for w in words) / max(1, len(words))
    if (en > 0.15) != (e.get("lang", "nl") == "en"):
        fail(c, f"share of English function words {en:.2f} disagrees with lang {e.get('lang', 'nl')}")
    if c.get("english") and e.get("lang", "nl") == "nl":
        english = c["english"] if isinstance(c["english"], list) else [c["english"]]  # one passage or several
        for part in english:
            must(part, "English section")
        share = sum(len(part.split()) for part in english) / len(text.split())
        if not 0.20 <= share <= 0.40:
            fail(c, f"the English section is {share:.0%} of the words (want a long one, 20-40 %)")


def record(c):
    e = c["expect"]
    verify(c, e)
    hi, lo = months(c)
    if hi != e["coord"]:
        fail(c, f"coord_months by hand {e['coord']}, recomputed {hi}")
    lang = e.get("lang", "nl")
    level, degree, mwd = e["edu"]
    crit = dict(zip(("4", "5", "6", "7", "8"), e["crit"]))
    if (crit["4"] == 15) != mwd:
        fail(c, "criterion 4 disagrees with mwd")
    if (lo >= 72) != (hi >= 72):
        fail(c, f"criterion 5 would be ambiguous ({lo}..{hi} months)")
    if (crit["5"] == 25) != (hi >= 72):
        fail(c, f"criterion 5 disagrees with {hi} months")
    if degree != (level in ("hbo", "wo")):
        fail(c, "degree flag and level disagree")
    if mwd and not degree:
        fail(c, "mwd without a degree")
    ko3 = "pass" if lo >= 60 else "fail" if hi < 60 else "review"
    count, on_req = e["refs"]
    exact = e.get("pages_exact", True)
    if exact:
        pages = "pass" if e["pages"] <= MAX_PAGES else "fail"
    else:  # an estimate: only safe when clearly away from the limit
        pages = "review" if abs(e["pages"] - MAX_PAGES) <= 1 else "pass" if e["pages"] < MAX_PAGES else "fail"
    checks = {"pages": pages,
              "dutch": "pass" if lang == "nl" else "fail",
              "references": "pass" if count >= 2 else "review" if on_req else "fail"}
    kos = {"1": "review" if e["zzp"] else "pass", "2": "pass" if degree else "fail", "3": ko3}
    score = sum(crit.values())
    eligible = all(v == "pass" for v in list(checks.values()) + list(kos.values()))
    rec = {"file": PREFIX + c["file"], "format": c["fmt"], "status": "ok", "error_code": None,
           "pages": e["pages"], "pages_exact": exact,
           "candidate": {"name": c["name"], "email": c["email"], "phone": c["phone"]},
           "language_code": lang,
           "education": {"highest_level": level, "hbo_bachelor_completed": degree, "mwd": mwd},
           "coord_months": hi, "references": {"count": count, "on_request": on_req}, "zzp": e["zzp"],
           "hourly_rate": e["hourly"], "checks": checks, "knockouts": kos, "criteria_points": crit,
           "score": score, "eligible": eligible, "rank": None, "shortlisted": False, "notes": e["notes"]}
    return rec, lo


def main():
    files = sorted(p.name for p in INBOX.iterdir())
    spec = sorted(c["file"] for c in holdout_cvs.CVS)
    if files != spec:
        sys.exit(f"expected.py: inbox {files} != spec {spec}")
    out = [record(c) for c in holdout_cvs.CVS]
    recs = [r for r, _ in out]
    elig = [r for r in recs if r["eligible"]]
    elig.sort(key=lambda r: (-r["score"], r["hourly_rate"] is None, r["hourly_rate"] or 0))
    for a, b in zip(elig, elig[1:]):
        if (a["score"], a["hourly_rate"]) == (b["score"], b["hourly_rate"]):
            sys.exit(f"expected.py: undecidable tie between {a['file']} and {b['file']}")
    for i, r in enumerate(elig, 1):
        r["rank"], r["shortlisted"] = i, i <= SHORTLIST
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.json"):
        old.unlink()
    for r in recs:
        with open(OUT / f"{r['file'][len(PREFIX):]}.json", "w", encoding="utf-8") as f:
            json.dump(r, f, ensure_ascii=False, indent=2)
            f.write("\n")
    lows = {r["file"]: lo for r, lo in out}
    print(f"{'file':24} {'fmt':4} {'pg':>2} {'mon':>7} chk ko  score rank")
    for r in elig + [r for r in recs if not r["eligible"]]:
        ch = "".join(v[0] for v in r["checks"].values())
        ko = "".join(v[0] for v in r["knockouts"].values())
        mon = f"{lows[r['file']]}..{r['coord_months']}"
        print(f"{r['file'][len(PREFIX):]:24} {r['format']:4} {r['pages']:>2} {mon:>7} {ch} {ko} {r['score']:>5} "
              f"{r['rank']}")


if __name__ == "__main__":
    main()
