# -*- coding: utf-8 -*-
"""Round 67: print the CVs with producer="chromium" as PDFs with headless Chromium, from HTML + CSS written here (as
tests/holdout62/src/html62.py does for round 62; the templates here are new).

Usage: python3 html67.py HOLDOUT_DIR WORK_DIR CVS_PY

html=dict(template, ...) -> one HTML file -> chromium --headless --print-to-pdf -> HOLDOUT_DIR/inbox/<file>
templates:
  rightside  a two-column page whose RIGHT column is the narrow sidebar (6.3 cm, tinted, a rule on its left): the main
             text (name, profile, experience, education) comes FIRST in the HTML and is drawn on the left, the sidebar
             (contact, skills, languages, referees, rate) comes second and is drawn on the right, level with the
             experience; main=[blocks], side=[blocks]
  boxes      every section a bordered, rounded box (<fieldset>) whose heading is the <legend>, drawn INSIDE the box's
             top border; two boxes side by side in a row ("boxrow"); head=[blocks] above the boxes, body=[blocks]
  band       a large coloured header band across the full width with the name, the role and the contact line in
             white (band=[blocks]); below it one column (body=[blocks])
blocks: ("title", t) ("sub", t) ("h", t) ("p", t) ("pb", t) ("small", t) ("bl", [t]) ("contact", t)
        ("ref", name, role, phone)
        ("jobs", [pos])   title (bold); "employer · period" on the line under it; tasks
        ("fjobs", [pos])  title left and the period right on one line (flex), the employer under it; tasks
        ("box", legend, [blocks])             a fieldset with its legend in the top border
        ("boxrow", [(legend, [blocks]), ...]) boxes side by side (a grid of equal columns)
"""
import html
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

BASE = """
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #222; line-height: 1.35; }
p { margin: 0 0 2pt 0; }
ul { margin: 2pt 0 5pt 0; padding-left: 12pt; }
li { margin-bottom: 1pt; }
h3 { font-size: 10.5pt; margin: 7pt 0 0 0; }
.org { color: #555; margin-bottom: 1pt; }
.small { font-size: 8.5pt; color: #666; }
.ref { margin-bottom: 6pt; break-inside: avoid; }
.ref b { display: block; }
"""

CSS = {
    "rightside": """
@page { size: A4; margin: 0; }
.page { display: grid; grid-template-columns: 1fr 6.3cm; min-height: 296.5mm; }
main { padding: 15mm 9mm 10mm 15mm; }
aside { background: #eef3f0; border-left: 3px solid #2a6f57; padding: 15mm 7mm 10mm 7mm; font-size: 8.8pt; }
h1 { font-size: 25pt; margin: 0; color: #1f4d3d; }
.sub { font-size: 12pt; color: #2a6f57; margin: 1pt 0 6pt 0; }
main h2 { font-size: 12pt; color: #1f4d3d; margin: 11pt 0 3pt 0; border-bottom: 1.5px solid #2a6f57; padding-bottom: 1pt; }
aside h2 { font-size: 9.5pt; color: #2a6f57; text-transform: uppercase; letter-spacing: .08em; margin: 10pt 0 4pt 0; }
aside h2:first-child { margin-top: 2pt; }
.contact { margin-bottom: 3pt; }
""",
    "boxes": """
@page { size: A4; margin: 11mm 13mm 10mm 13mm; }
h1 { font-size: 23pt; margin: 0; color: #5a3e1b; }
.sub { font-size: 11.5pt; color: #8a6d3b; margin: 0 0 6pt 0; }
fieldset { border: 1.3px solid #b08d57; border-radius: 6pt; margin: 0 0 6pt 0; padding: 2pt 10pt 6pt 10pt;
           min-width: 0; }
legend { padding: 0 5pt; font-weight: bold; font-size: 10pt; color: #5a3e1b; text-transform: uppercase;
         letter-spacing: .06em; }
.boxrow { display: grid; column-gap: 5mm; }
.boxrow fieldset { margin-bottom: 6pt; }
.jh { display: flex; justify-content: space-between; align-items: baseline; margin-top: 5pt; }
.jh b { font-size: 10.2pt; }
.jh span { font-size: 8.8pt; color: #8a6d3b; white-space: nowrap; margin-left: 8pt; }
""",
    "band": """
@page { size: A4; margin: 0; }
header.band { background: #6b2d5c; color: #fff; padding: 13mm 16mm 10mm 16mm; }
header.band h1 { font-size: 30pt; margin: 0; color: #fff; letter-spacing: .01em; }
header.band .sub { font-size: 13pt; color: #fff; margin: 2pt 0 6pt 0; }
header.band .contact { font-size: 10pt; color: #fff; }
.body { padding: 6mm 16mm 8mm 16mm; }
h2 { font-size: 12pt; color: #6b2d5c; margin: 10pt 0 3pt 0; padding-bottom: 1pt; border-bottom: 1px solid #d9b8cf; }
""",
}


def e(t):
    return html.escape(t, quote=False)


def tasks(ts):
    return "<ul>" + "".join(f"<li>{e(t)}</li>" for t in ts) + "</ul>" if ts else ""


def blocks(bs):
    out = []
    for b in bs:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "sub":
            out.append(f"<p class='sub'>{e(b[1])}</p>")
        elif k == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "pb":
            out.append(f"<p><b>{e(b[1])}</b></p>")
        elif k == "small":
            out.append(f"<p class='small'>{e(b[1])}</p>")
        elif k == "contact":
            out.append(f"<p class='contact'>{e(b[1])}</p>")
        elif k == "bl":
            out.append(tasks(b[1]))
        elif k == "ref":
            out.append(f"<div class='ref'><b>{e(b[1])}</b>{e(b[2])}<br>{e(b[3])}</div>")
        elif k == "jobs":
            for p in b[1]:
                out.append(f"<h3>{e(p['t'])}</h3><p class='org'>{e(p['e'])} · {e(p['d'])}</p>{tasks(p['tasks'])}")
        elif k == "fjobs":
            for p in b[1]:
                out.append(f"<div class='jh'><b>{e(p['t'])}</b><span>{e(p['d'])}</span></div>"
                           f"<p class='org'>{e(p['e'])}</p>{tasks(p['tasks'])}")
        elif k == "box":
            out.append(f"<fieldset><legend>{e(b[1])}</legend>{blocks(b[2])}</fieldset>")
        elif k == "boxrow":
            n = len(b[1])
            out.append(f"<div class='boxrow' style='grid-template-columns: repeat({n}, 1fr)'>" + "".join(
                f"<fieldset><legend>{e(lg)}</legend>{blocks(bb)}</fieldset>" for lg, bb in b[1]) + "</div>")
        else:
            raise ValueError(k)
    return "\n".join(out)


def page(c):
    h = c["html"]
    t = h["template"]
    if t == "rightside":
        inner = f"<div class='page'><main>{blocks(h['main'])}</main><aside>{blocks(h['side'])}</aside></div>"
    elif t == "boxes":
        inner = blocks(h["head"]) + blocks(h["body"])
    elif t == "band":
        inner = f"<header class='band'>{blocks(h['band'])}</header><div class='body'>{blocks(h['body'])}</div>"
    else:
        raise ValueError(t)
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{e(c['name'])} – cv</title>"
            f"<style>{BASE}{CSS[t]}</style></head><body>{inner}</body></html>")


def chromium(src, dst, work):
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chrome:
        sys.exit("html67.py: chromium not found")
    r = subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={work / 'chromium-profile'}", f"--print-to-pdf={dst}", src.as_uri()],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode or not dst.exists() or not dst.stat().st_size:
        sys.exit(f"html67.py: no PDF for {dst.name}:\n{r.stdout}")


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    work.mkdir(parents=True, exist_ok=True)
    (holdout / "inbox").mkdir(exist_ok=True)
    for c in mod.CVS:
        if c.get("producer") != "chromium":
            continue
        stem = Path(c["file"]).stem
        src = work / (stem + ".html")
        src.write_text(page(c), encoding="utf-8")
        dst = holdout / "inbox" / c["file"]
        chromium(src, dst, work)
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
