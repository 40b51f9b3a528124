# -*- coding: utf-8 -*-
"""Round 57, producer "weasy": HTML + CSS printed to PDF by WeasyPrint (Debian's weasyprint 57), the engine many web
CV builders run on their servers.

Usage: python3 weasy57.py HOLDOUT_DIR WORK_DIR CVS_PY

The page: a header as a flex row (name and role left, place / phone / e-mail right-aligned in a column), a thin
accent rule, then sections whose entries are flex rows "period (3.4 cm, grey, right-aligned) | content" (title in
bold, employer on the next line in the accent colour, tasks as a list with custom markers). The referees and the
rate are rows of the same kind with a label in the left column. Fonts: Liberation Sans (fonts-liberation2).
"""
import html
import importlib.util
import subprocess
import sys
from pathlib import Path

CSS = """
@page { size: A4; margin: 16mm 17mm 16mm 17mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; color: #222; line-height: 1.32; }
header { display: flex; justify-content: space-between; align-items: flex-end;
         border-bottom: 2pt solid #7a3b69; padding-bottom: 3mm; margin-bottom: 2mm; }
header h1 { font-size: 23pt; margin: 0; color: #7a3b69; font-weight: bold; }
header .role { font-size: 12pt; color: #555; margin-top: 1mm; }
header .contact { text-align: right; font-size: 9.2pt; color: #444; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 0.6pt; color: #7a3b69; margin: 5mm 0 1.5mm 0; }
.row { display: flex; margin-bottom: 2.4mm; }
.row .when { flex: 0 0 34mm; color: #666; text-align: right; padding-right: 5mm; }
.row .what { flex: 1 1 auto; }
.row .what b { display: block; }
.row .what .emp { color: #7a3b69; }
ul { margin: 0.8mm 0 0 0; padding-left: 4.5mm; }
li { margin-bottom: 0.6mm; list-style-type: '▸ '; }
p { margin: 0 0 1.5mm 0; }
"""


def esc(s):
    return html.escape(s, quote=False)


def page(c):
    d = c["doc"]
    H = [f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>CV {esc(d['name'])}</title>"
         f"<meta name='author' content='{esc(d['name'])}'><style>{CSS}</style></head><body>",
         f"<header><div><h1>{esc(d['name'])}</h1><div class='role'>{esc(d['role'])}</div></div>"
         f"<div class='contact'>{esc(d['city'])}<br>{esc(d['phone'])}<br>{esc(d['email'])}</div></header>",
         "<h2>Profiel</h2>"]
    H += [f"<p>{esc(t)}</p>" for t in d["profile"]]
    H.append("<h2>Werkervaring</h2>")
    for p in d["jobs"]:
        tasks = "".join(f"<li>{esc(t)}</li>" for t in p["tasks"])
        H.append(f"<div class='row'><div class='when'>{esc(p['d'])}</div><div class='what'><b>{esc(p['t'])}</b>"
                 f"<span class='emp'>{esc(p['e'])}</span><ul>{tasks}</ul></div></div>")
    H.append("<h2>Opleiding</h2>")
    for e in d["edu"]:
        H.append(f"<div class='row'><div class='when'>{esc(e['d'])}</div><div class='what'><b>{esc(e['t'])}</b>"
                 f"{esc(e['s'])}, {esc(e['place'])} — {esc(e['st'])}</div></div>")
    H.append("<h2>Cursussen en talen</h2>")
    for y, t in d["courses"]:
        H.append(f"<div class='row'><div class='when'>{esc(y)}</div><div class='what'>{esc(t)}</div></div>")
    H.append(f"<div class='row'><div class='when'>Talen</div><div class='what'>"
             f"{esc(', '.join(f'{a} ({b})' for a, b in d['langs']))}</div></div>")
    H.append("<h2>Referenties</h2>")
    for n, r, ph in d["refs"]:
        H.append(f"<div class='row'><div class='when'>{esc(ph)}</div><div class='what'><b>{esc(n)}</b>"
                 f"{esc(r)}</div></div>")
    H.append("<h2>Tarief en beschikbaarheid</h2>")
    H.append(f"<div class='row'><div class='when'>Uurtarief</div><div class='what'>{esc(d['rate'])}</div></div>")
    H.append(f"<div class='row'><div class='when'>Beschikbaar</div><div class='what'>{esc(d['avail'])}</div></div>")
    H.append("</body></html>")
    return "\n".join(H)


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    work = work / "weasy"
    work.mkdir(parents=True, exist_ok=True)
    for c in mod.CVS:
        if c.get("producer") != "weasy":
            continue
        src = work / f"{Path(c['file']).stem}.html"
        src.write_text(page(c), encoding="utf-8")
        r = subprocess.run(["weasyprint", str(src), str(holdout / "inbox" / c["file"])], capture_output=True,
                           text=True, env={"SOURCE_DATE_EPOCH": "1761987600", "PATH": "/usr/bin:/bin"})
        if r.returncode:
            sys.exit(f"weasy57.py: {c['file']}: {r.stderr}")
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
