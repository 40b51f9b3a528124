# -*- coding: utf-8 -*-
"""Round 64: print the CV with producer="chromium" as a PDF with headless Chromium, from HTML + CSS in the style of a
Canva CV template (as tests/holdout62/src/html62.py does for round 62; the template here is new).

Usage: python3 html64.py HOLDOUT_DIR WORK_DIR CVS_PY

html=dict(template="canva", side=[blocks], main=[blocks]) -> one HTML file -> chromium --headless --print-to-pdf ->
HOLDOUT_DIR/inbox/<file>

template "canva": a beige left column (6.6 cm, its colour repeated on every page by a fixed background) that opens
with a PHOTO PLACEHOLDER BOX (a rounded grey frame with a head-and-shoulders silhouette, as the template ships it
when no photo is dropped in), then contact, skills, languages, hobbies; the main column with the name in a large
serif, the role in spaced small capitals, and the experience and education on a LEFT TIMELINE: a thin vertical rule
with a dot per entry, the period small and coloured above the title, the employer in italics under it.
blocks: ("photo",) ("title", t) ("sub", t) ("h", t) ("p", t) ("pb", t) ("bl", [t]) ("ci", label, t)
        ("ref", name, role, phone) ("tl", [pos]) ("tledu", [(period, title, note)])
"""
import html
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

CSS = """
@page { size: A4; margin: 11mm 0 11mm 0; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.3pt; color: #2b2b2b; line-height: 1.35; }
.bg { position: fixed; left: 0; top: -11mm; bottom: -11mm; width: 6.6cm; background: #efe6da; z-index: -1; }
.wrap { display: grid; grid-template-columns: 6.6cm 1fr; }
aside { padding: 0 6mm 0 7mm; font-size: 8.8pt; }
main { padding: 0 13mm 0 9mm; }
p { margin: 0 0 2pt 0; }
ul { margin: 2pt 0 4pt 0; padding-left: 11pt; }
li { margin-bottom: 1pt; }
.photo { width: 36mm; height: 42mm; border-radius: 5mm; background: #cbbfb0; margin: 2mm auto 7mm auto; position: relative;
         overflow: hidden; border: 3px solid #fff; }
.photo::before { content: ""; position: absolute; left: 11mm; top: 8mm; width: 13mm; height: 13mm; border-radius: 50%;
                 background: #e9e1d6; }
.photo::after { content: ""; position: absolute; left: 5mm; top: 24mm; width: 25mm; height: 22mm; border-radius: 12mm 12mm 0 0;
                background: #e9e1d6; }
aside h2 { font-size: 9.5pt; color: #7a5230; letter-spacing: .12em; margin: 10pt 0 4pt 0; border-bottom: 1px solid #c9b49c;
           padding-bottom: 2pt; font-weight: bold; }
.ci { margin-bottom: 3pt; }
.ci b { display: block; font-size: 7.8pt; color: #7a5230; font-weight: normal; letter-spacing: .05em; }
h1 { font-family: 'Liberation Serif', Georgia, serif; font-size: 27pt; font-weight: normal; margin: 2mm 0 0 0; color: #3d2b1f; }
.sub { font-variant: small-caps; letter-spacing: .1em; color: #a0703f; font-size: 11.5pt; margin: 0 0 6pt 0; }
main h2 { font-size: 11pt; color: #3d2b1f; letter-spacing: .1em; margin: 11pt 0 5pt 0; font-weight: bold; }
.tl { border-left: 2px solid #d2bba0; margin-left: 4pt; padding-left: 13pt; }
.it { position: relative; padding-bottom: 5pt; break-inside: avoid; }
.it::before { content: ""; position: absolute; left: -18.5pt; top: 1.5pt; width: 9pt; height: 9pt; border-radius: 50%;
              background: #a0703f; border: 2px solid #efe6da; }
.when { font-size: 8.3pt; font-weight: bold; color: #a0703f; margin: 0; }
h3 { font-size: 10.2pt; margin: 0; color: #2b2b2b; }
.org { font-style: italic; color: #5c5c5c; margin-bottom: 1pt; }
.ref { margin-bottom: 5pt; }
.ref b { display: block; }
"""


def e(t):
    return html.escape(t, quote=False)


def tasks(ts):
    return "<ul>" + "".join(f"<li>{e(t)}</li>" for t in ts) + "</ul>" if ts else ""


def blocks(bs):
    out = []
    for b in bs:
        k = b[0]
        if k == "photo":
            out.append("<div class='photo'></div>")
        elif k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "sub":
            out.append(f"<p class='sub'>{e(b[1])}</p>")
        elif k == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "pb":
            out.append(f"<p><b>{e(b[1])}</b></p>")
        elif k == "bl":
            out.append(tasks(b[1]))
        elif k == "ci":
            out.append(f"<p class='ci'><b>{e(b[1])}</b>{e(b[2])}</p>")
        elif k == "ref":
            out.append(f"<div class='ref'><b>{e(b[1])}</b>{e(b[2])}<br>{e(b[3])}</div>")
        elif k == "tl":
            out.append("<div class='tl'>" + "".join(
                f"<div class='it'><p class='when'>{e(p['d'])}</p><h3>{e(p['t'])}</h3>"
                f"<p class='org'>{e(p['e'])}</p>{tasks(p['tasks'])}</div>" for p in b[1]) + "</div>")
        elif k == "tledu":
            out.append("<div class='tl'>" + "".join(
                f"<div class='it'><p class='when'>{e(d)}</p><h3>{e(t)}</h3><p class='org'>{e(n)}</p></div>"
                for d, t, n in b[1]) + "</div>")
        else:
            raise ValueError(k)
    return "\n".join(out)


def page(c):
    h = c["html"]
    if h["template"] != "canva":
        raise ValueError(h["template"])
    inner = (f"<div class='bg'></div><div class='wrap'><aside>{blocks(h['side'])}</aside>"
             f"<main>{blocks(h['main'])}</main></div>")
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{e(c['name'])} – cv</title>"
            f"<style>{CSS}</style></head><body>{inner}</body></html>")


def chromium(src, dst, work):
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chrome:
        sys.exit("html64.py: chromium not found")
    r = subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={work / 'chromium-profile'}", f"--print-to-pdf={dst}", src.as_uri()],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode or not dst.exists() or not dst.stat().st_size:
        sys.exit(f"html64.py: no PDF for {dst.name}:\n{r.stdout}")


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
