# -*- coding: utf-8 -*-
"""Cross-check the hand-entered expectations in cvs.py against the generated inbox, then
write samples/expected/<file>.json.

Usage: python3 expected.py SAMPLES_DIR WORK_DIR

Nothing here decides an outcome on its own: every number (pages, months, criterion points,
education, references, rate) is entered by hand in cvs.py. This script recomputes what it
can from independent sources (the printed date text, the rendered PDF text, pdfinfo, the
DOCX's docProps/app.xml) and stops on any disagreement. Checks, knock-outs, score, eligibility
and rank follow mechanically from those values by the default profile's rules.
"""
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cvs  # noqa: E402

SAMPLES = Path(sys.argv[1]).resolve()
WORK = Path(sys.argv[2]).resolve()
INBOX = SAMPLES / "inbox"
OUT = SAMPLES / "expected"

REF_Y, REF_M = 2025, 11
POINTS = {"4": 15, "5": 25, "6": 15, "7": 20, "8": 25}
SHORTLIST = 3

# keywords by which each criterion is clearly present (at least one) or clearly absent (none)
PRESENT = {
    "6": [r"concrete projecten", r"van beleid naar uitvoering", r"jaarwerkplan"],
    "7": [r"zorgaanbieders", r"zorgverzekeraar", r"patiëntenorganisaties", r"\bPPS\b", r"samenwerkingspartners"],
    "8": [r"projectmatig", r"projectleider", r"veranderopgave", r"verandertraject", r"transitie",
          r"reorganisatie", r"prince2"],
}
ABSENT = {
    "6": PRESENT["6"] + [r"beleid", r"uitvoering", r"policy into", r"omzetten"],
    "7": PRESENT["7"] + [r"zorgaanbieder", r"verzekeraar", r"patiënt", r"patient", r"publiek", r"samenwerking",
                         r"partner", r"insurer", r"care provider"],
    "8": PRESENT["8"] + [r"project(?!en\b)", r"verander", r"transformatie", r"programm", r"change", r"projekt"],
}
ZZP = [r"\bzzp", r"eigen onderneming", r"eenmanszaak", r"\bkvk", r"zelfstandig", r"freelance", r"interim",
       r"ondernemer", r"eigen bedrijf", r"self-employed", r"selbständig", r"selbstständig"]


# ------------------------------------------------------------------ months
MONTHS = {"jan": 1, "feb": 2, "maa": 3, "mrt": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6,
          "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12, "des": 12}
POINT = re.compile(r"(?P<mm>\d{2})[-/](?P<y1>\d{4})|(?P<mw>[a-z]+)\.?\s+(?P<y2>\d{4})|(?P<y3>\d{4})"
                   r"|(?P<open>heden|\bnu\b|present|heute)")


def parse_dates(text):
    """The printed date text -> ((y, m), (y, m), start_year_only, end_year_only)."""
    t = text.lower()
    pts = []
    for m in POINT.finditer(t):
        if m.group("mm"):
            pts.append(((int(m.group("y1")), int(m.group("mm"))), False))
        elif m.group("mw"):
            mon = MONTHS.get(m.group("mw")[:3])
            if mon:
                pts.append(((int(m.group("y2")), mon), False))
            else:  # "sinds 2021": a word that is no month
                pts.append(((int(m.group("y2")), None), True))
        elif m.group("y3"):
            pts.append(((int(m.group("y3")), None), True))
        else:
            pts.append(("open", False))
    if len(pts) == 1 and re.search(r"sinds|vanaf|seit|since", t):
        pts.append(("open", False))
    assert len(pts) == 2, f"cannot parse {text!r}"
    (a, ay), (b, by) = pts
    start = (a[0], a[1] or 1)
    end = (REF_Y, REF_M) if b == "open" else (b[0], b[1] or 12)
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


def months(c):
    """(max, min): by the convention, and with year-only dates read as narrowly as possible."""
    hi, lo = [], []
    for p in c["exp"]:
        start, end, sy, ey = parse_dates(p["d"])
        assert (start, end) == (ym(p["span"][0]), ym(p["span"][1])), \
            f"{c['file']}: span {p['span']} disagrees with printed {p['d']!r} -> {start}..{end}"
        assert bool(p.get("yearonly")) == sy, f"{c['file']}: yearonly flag wrong for {p['d']!r}"
        if not p["rel"]:
            continue
        hi.append((start, end))
        lo.append(((start[0], 12) if sy else start, (end[0], 1) if ey else end))
    return merged(hi), merged(lo)


# ------------------------------------------------------------------ text and pages
def pdf_text(path, password=None):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-upw", password] if password else []) + [str(path), "-"]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def docx_app_pages(path):
    with zipfile.ZipFile(path) as z:
        m = re.search(rb"<Pages>(\d+)</Pages>", z.read("docProps/app.xml"))
    return int(m.group(1)) if m else None


def fail(c, msg):
    sys.exit(f"expected.py: {c['file']}: {msg}")


def verify_readable(c, e):
    path = INBOX / c["file"]
    stem = Path(c["file"]).stem
    with open(path, "rb") as f:
        magic = f.read(8)
    real = "pdf" if magic.startswith(b"%PDF-") else "docx" if magic.startswith(b"PK") else None
    if real != c["fmt"]:
        fail(c, f"content is {real}, spec says {c['fmt']}")
    if real == "pdf":
        text, rendered = pdf_text(path), pdf_pages(path)
        exact = True
    else:
        render = WORK / "docx-pdf" / f"{stem}.pdf"
        text, rendered = pdf_text(render), pdf_pages(render)
        app = docx_app_pages(path)
        exact = app is not None
        if exact and app != rendered:
            fail(c, f"docProps/app.xml says {app} pages, rendering has {rendered}")
    if rendered != e["pages"]:
        fail(c, f"renders as {rendered} pages, expectation says {e['pages']}")
    if exact != e.get("pages_exact", True):
        fail(c, f"pages_exact is {exact}")
    flat = re.sub(r"\s+", " ", text)
    low = flat.lower()
    for v in (c["name"], c["email"], c["phone"]):
        if v not in flat:
            fail(c, f"{v!r} not found in the rendered text")
    if c["rate"] and c["rate"] not in flat:
        fail(c, "rate line not found in the rendered text")
    for cid, pts in zip(("4", "5", "6", "7", "8"), e["crit"]):
        if pts not in (0, POINTS[cid]):
            fail(c, f"criterion {cid}: {pts} points is not all-or-nothing")
        if cid in PRESENT:
            if pts and not any(re.search(k, low) for k in PRESENT[cid]):
                fail(c, f"criterion {cid} expected but no keyword in the text")
            if not pts:
                hits = [k for k in ABSENT[cid] if re.search(k, low)]
                if hits:
                    fail(c, f"criterion {cid} expected absent, but text has {hits}")
    zzp_hits = [k for k in ZZP if re.search(k, low)]
    if bool(zzp_hits) != e["zzp"]:
        fail(c, f"zzp={e['zzp']} but ZZP words found: {zzp_hits}")
    refs_named = 0 if isinstance(c["refs"], str) else len(c["refs"])
    on_request = isinstance(c["refs"], str) and "op aanvraag" in c["refs"]
    if (refs_named, on_request) != e["refs"]:
        fail(c, f"references {(refs_named, on_request)} != {e['refs']}")


def record(c):
    e = c["expect"]
    rec = {"file": f"samples/inbox/{c['file']}"}
    if "error" in e:
        fmt, code = e["error"]
        rec.update(format=fmt, status="error", error_code=code, pages=None, pages_exact=None,
                   candidate=None, language_code=None, education=None, coord_months=None,
                   references=None, zzp=None, hourly_rate=None, checks=None, knockouts=None,
                   criteria_points=None, score=None, eligible=False, rank=None, shortlisted=False,
                   notes=e["notes"])
        return rec
    verify_readable(c, e)
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
    ko3 = "pass" if lo >= 60 else "fail" if hi < 60 else "review"
    count, on_req = e["refs"]
    checks = {"pages": "pass" if e["pages"] <= 5 else "fail",
              "dutch": "pass" if lang == "nl" else "fail",
              "references": "pass" if count >= 2 else "review" if on_req else "fail"}
    kos = {"1": "review" if e["zzp"] else "pass", "2": "pass" if degree else "fail", "3": ko3}
    score = sum(crit.values())
    eligible = all(v == "pass" for v in list(checks.values()) + list(kos.values()))
    rec.update(format=c["fmt"], status="ok", error_code=None, pages=e["pages"],
               pages_exact=e.get("pages_exact", True),
               candidate={"name": c["name"], "email": c["email"], "phone": c["phone"]},
               language_code=lang,
               education={"highest_level": level, "hbo_bachelor_completed": degree, "mwd": mwd},
               coord_months=hi, references={"count": count, "on_request": on_req}, zzp=e["zzp"],
               hourly_rate=e["hourly"], checks=checks, knockouts=kos, criteria_points=crit,
               score=score, eligible=eligible, rank=None, shortlisted=False, notes=e["notes"])
    return rec


def main():
    files = sorted(p.name for p in INBOX.iterdir())
    spec = sorted(c["file"] for c in cvs.CVS)
    if files != spec:
        sys.exit(f"expected.py: inbox {files} != spec {spec}")
    recs = [record(c) for c in cvs.CVS]
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
        name = r["file"].split("/", 2)[2]
        with open(OUT / f"{name}.json", "w", encoding="utf-8") as f:
            json.dump(r, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"{'file':32} {'status':6} {'pg':>2} {'mon':>4} chk   ko    score rank")
    order = elig + [r for r in recs if not r["eligible"]]
    for r in order:
        ch = "".join(v[0] for v in (r["checks"] or {}).values()) or "-"
        ko = "".join(v[0] for v in (r["knockouts"] or {}).values()) or "-"
        print(f"{r['file'][14:]:32} {r['status']:6} {str(r['pages']):>2} {str(r['coord_months']):>4} "
              f"{ch:5} {ko:5} {str(r['score']):>5} {str(r['rank'])}")


if __name__ == "__main__":
    main()
