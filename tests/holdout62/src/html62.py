# -*- coding: utf-8 -*-
"""Round 62: print the CVs with producer="chromium" as PDFs with headless Chromium, from HTML + CSS in the style of
online CV builders and designer templates (as tests/holdout41/src/builder_pdf.py does for round 41; the templates
here are new).

Usage: python3 html62.py HOLDOUT_DIR WORK_DIR CVS_PY

html=dict(template, ...) -> one HTML file -> chromium --headless --print-to-pdf -> HOLDOUT_DIR/inbox/<file>
templates:
  twopage      a designer template with a sidebar on EVERY page: two fixed A4 pages, each a grid 6.2 cm | 1fr with a
               dark full-height sidebar; pages=[dict(side=[blocks], main=[blocks]), ...]; the experience continues
               on page 2 without a heading, the sidebar of page 2 holds the courses and the referees
  infographic  a colour band with an initials circle (band[0]) beside name, role and an icon row (band[1:]); big
               "kerncijfers" tiles in a row (stats=[(number, label)]); then a grid 1fr | 6.3 cm (main=[blocks], side=[blocks])
               with round icons before the headings, skill dots as letters (●●●○○), bars and a pie chart
  timeline     one column (head=[blocks], body=[blocks]); a horizontal career strip (years above a line with dots,
               titles under them) and a vertical timeline whose periods stand LEFT of a rule with dots, in a narrow
               right-aligned column where they wrap ("okt. 2019 –" / "heden")
blocks: ("title", t) ("sub", t) ("h", t) ("hi", icon, t) ("p", t) ("pb", t) ("small", t) ("bl", [t])
        ("cicon", kind, t) ("iconrow", [(icon, t)]) ("initials", t) ("bars", [(label, percent)])
        ("dots", [(label, of5)]) ("pie", [(label, percent)]) ("ref", name, role, phone)
        ("pjobs", [pos])  period as a pill above the title, employer under it, tasks
        ("ijobs", [pos])  title; "⌂ employer   ◷ period" on one meta line; tasks
        ("strip", [(year, label)], end)   the horizontal career strip
        ("vtl", [pos])    the vertical timeline (period left of the rule)
        ("vtledu", [(period, title, note)])  education on the same vertical timeline
        ("cols2", [blocks], [blocks])  two equal columns
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
h3 { font-size: 10.5pt; margin: 6pt 0 0 0; }
.org { color: #555; font-style: italic; margin-bottom: 1pt; }
.small { font-size: 8.5pt; color: #666; }
.ref { margin-bottom: 6pt; break-inside: avoid; }
.ref b { display: block; }
.bar { height: 4pt; background: #d9dde3; margin: 1pt 0 5pt 0; border-radius: 2pt; }
.bar span { display: block; height: 100%; border-radius: 2pt; }
.dots { float: right; letter-spacing: 1pt; }
.cols2 { display: grid; grid-template-columns: 1fr 1fr; column-gap: 10mm; }
"""

CSS = {
    "twopage": """
@page { size: A4; margin: 0; }
.page { display: grid; grid-template-columns: 6.2cm 1fr; height: 296.5mm; break-after: page; }
.page:last-child { break-after: auto; }
aside { background: #1d3557; color: #f1faee; padding: 14mm 7mm 10mm 7mm; font-size: 9pt; }
main { padding: 14mm 12mm 10mm 10mm; }
.initials { width: 24mm; height: 24mm; border-radius: 50%; background: #e63946; color: #fff; font-size: 20pt;
            display: flex; align-items: center; justify-content: center; margin: 0 auto 8mm auto; font-weight: bold; }
aside h2 { color: #a8dadc; font-size: 10pt; letter-spacing: .1em; text-transform: uppercase; margin: 10pt 0 5pt 0;
           border-bottom: 1px solid #457b9d; padding-bottom: 2pt; }
main h2 { color: #1d3557; font-size: 12.5pt; letter-spacing: .06em; text-transform: uppercase; margin: 12pt 0 5pt 0;
          border-bottom: 2px solid #e63946; padding-bottom: 2pt; }
h1 { font-size: 25pt; margin: 0; color: #1d3557; }
.sub { font-size: 12pt; color: #e63946; margin: 1pt 0 8pt 0; }
.c-phone::before { content: "☎"; margin-right: 6pt; color: #a8dadc; }
.c-mail::before { content: "✉"; margin-right: 6pt; color: #a8dadc; }
.c-home::before { content: "⌂"; margin-right: 6pt; color: #a8dadc; }
aside .small { color: #a8dadc; }
.bar { background: #457b9d; } .bar span { background: #f1faee; }
.pill { display: inline-block; background: #f1f4f8; color: #1d3557; border: 1px solid #c9d3e0; border-radius: 8pt;
        padding: 0 6pt; font-size: 8.5pt; margin-top: 8pt; }
.job h3 { margin-top: 2pt; }
""",
    "infographic": """
@page { size: A4; margin: 0; }
header.band { background: #134e4a; color: #fff; padding: 11mm 14mm 8mm 14mm; display: flex; align-items: center; gap: 9mm; }
.initials { flex: 0 0 23mm; height: 23mm; border-radius: 50%; background: #f59e0b; color: #134e4a; font-size: 20pt;
            display: flex; align-items: center; justify-content: center; font-weight: bold; }
header.band h1 { font-size: 24pt; margin: 0; }
header.band .sub { font-size: 11.5pt; color: #99f6e4; margin: 1pt 0 5pt 0; }
.iconrow { display: flex; gap: 14pt; font-size: 9pt; }
.iconrow .ico { color: #f59e0b; margin-right: 4pt; }
.stats { display: flex; gap: 5mm; padding: 5mm 14mm 1mm 14mm; }
.stat { flex: 1; background: #f0fdfa; border: 1px solid #99f6e4; border-radius: 6pt; text-align: center; padding: 3mm 2mm; }
.stat .num { font-size: 20pt; font-weight: bold; color: #0f766e; line-height: 1.1; }
.stat .lab { font-size: 8pt; color: #555; }
.grid { display: grid; grid-template-columns: 1fr 6.3cm; column-gap: 7mm; padding: 2mm 14mm 8mm 14mm; }
h2 { font-size: 12pt; color: #134e4a; margin: 9pt 0 4pt 0; display: flex; align-items: center; }
h2 .ico { display: inline-flex; width: 15pt; height: 15pt; border-radius: 50%; background: #0f766e; color: #fff;
          font-size: 8.5pt; align-items: center; justify-content: center; margin-right: 6pt; }
.side { background: #f8fafc; border-left: 3px solid #99f6e4; padding: 0 4mm 4mm 4mm; font-size: 9pt; }
.dots { color: #0f766e; }
.bar span { background: #0f766e; }
.meta { color: #555; font-size: 8.5pt; margin: 1pt 0 2pt 0; }
.meta span { margin-right: 10pt; }
.pie { width: 26mm; height: 26mm; border-radius: 50%; margin: 3pt auto 4pt auto; }
.legend p { font-size: 8.5pt; }
.legend i { display: inline-block; width: 7pt; height: 7pt; margin-right: 4pt; border-radius: 2pt; }
""",
    "timeline": """
@page { size: A4; margin: 12mm 15mm 10mm 15mm; }
body { font-size: 9pt; line-height: 1.3; }
h1 { font-size: 24pt; margin: 0; color: #3b2f63; }
.sub { font-size: 12pt; color: #7c6fb0; margin: 1pt 0 4pt 0; }
.iconrow { display: flex; gap: 16pt; font-size: 9pt; color: #444; }
.iconrow .ico { color: #7c6fb0; margin-right: 4pt; }
h2 { font-size: 11.5pt; color: #3b2f63; text-transform: uppercase; letter-spacing: .08em; margin: 10pt 0 5pt 0; }
.strip { display: flex; margin: 4pt 0 2pt 0; }
.stop { flex: 1; }
.stop .yr { font-weight: bold; color: #3b2f63; font-size: 10pt; padding-left: 2pt; }
.stop .ln { position: relative; border-top: 3px solid #c4bce6; margin: 3pt 0 5pt 0; }
.stop .ln::before { content: ""; position: absolute; left: 0; top: -7pt; width: 10pt; height: 10pt; border-radius: 50%;
                    background: #7c6fb0; }
.stop .lb { font-size: 8.5pt; color: #444; padding-right: 8pt; }
.stop.end { flex: 0 0 14mm; }
.vtl .it { display: grid; grid-template-columns: 2.1cm 1fr; column-gap: 0; }
.vtl .when { text-align: right; padding: 1pt 9pt 0 0; color: #7c6fb0; font-weight: bold; font-size: 8.5pt; }
.vtl .what { border-left: 2px solid #c4bce6; padding: 0 0 7pt 12pt; position: relative; }
.vtl .what::before { content: ""; position: absolute; left: -6pt; top: 2pt; width: 10pt; height: 10pt; border-radius: 50%;
                     background: #fff; border: 2px solid #7c6fb0; box-sizing: border-box; }
.vtl h3 { margin: 0; }
""",
}


def e(t):
    return html.escape(t, quote=False)


def tasks(ts):
    return "<ul>" + "".join(f"<li>{e(t)}</li>" for t in ts) + "</ul>" if ts else ""


PIE_COLOURS = ["#0f766e", "#14b8a6", "#f59e0b", "#94a3b8", "#134e4a"]


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
        elif k == "hi":
            out.append(f"<h2><span class='ico'>{e(b[1])}</span>{e(b[2])}</h2>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "pb":
            out.append(f"<p><b>{e(b[1])}</b></p>")
        elif k == "small":
            out.append(f"<p class='small'>{e(b[1])}</p>")
        elif k == "bl":
            out.append(tasks(b[1]))
        elif k == "cicon":
            out.append(f"<p class='c-{b[1]}'>{e(b[2])}</p>")
        elif k == "iconrow":
            out.append("<div class='iconrow'>" + "".join(
                f"<span><span class='ico'>{e(i)}</span>{e(t)}</span>" for i, t in b[1]) + "</div>")
        elif k == "initials":
            out.append(f"<div class='initials'>{e(b[1])}</div>")
        elif k == "bars":
            for label, pct in b[1]:
                out.append(f"<p>{e(label)}</p><div class='bar'><span style='width:{pct}%'></span></div>")
        elif k == "dots":
            for label, n in b[1]:
                out.append(f"<p>{e(label)}<span class='dots'>{'●' * n}{'○' * (5 - n)}</span></p>")
        elif k == "pie":
            stops, at = [], 0
            for i, (_, pct) in enumerate(b[1]):
                stops.append(f"{PIE_COLOURS[i]} {at}% {at + pct}%")
                at += pct
            out.append(f"<div class='pie' style='background: conic-gradient({', '.join(stops)})'></div>")
            out.append("<div class='legend'>" + "".join(
                f"<p><i style='background:{PIE_COLOURS[i]}'></i>{e(label)} {pct} %</p>"
                for i, (label, pct) in enumerate(b[1])) + "</div>")
        elif k == "ref":
            out.append(f"<div class='ref'><b>{e(b[1])}</b>{e(b[2])}<br>{e(b[3])}</div>")
        elif k == "pjobs":
            for p in b[1]:
                out.append(f"<div class='job'><span class='pill'>{e(p['d'])}</span><h3>{e(p['t'])}</h3>"
                           f"<p class='org'>{e(p['e'])}</p>{tasks(p['tasks'])}</div>")
        elif k == "ijobs":
            for p in b[1]:
                out.append(f"<h3>{e(p['t'])}</h3><p class='meta'><span>⌂ {e(p['e'])}</span>"
                           f"<span>◷ {e(p['d'])}</span></p>{tasks(p['tasks'])}")
        elif k == "strip":
            stops = "".join(f"<div class='stop'><div class='yr'>{e(y)}</div><div class='ln'></div>"
                            f"<div class='lb'>{e(label)}</div></div>" for y, label in b[1])
            stops += (f"<div class='stop end'><div class='yr'>{e(b[2])}</div><div class='ln'></div>"
                      f"<div class='lb'></div></div>")
            out.append(f"<div class='strip'>{stops}</div>")
        elif k == "vtl":
            out.append("<div class='vtl'>" + "".join(
                f"<div class='it'><div class='when'>{e(p['d'])}</div><div class='what'><h3>{e(p['t'])}</h3>"
                f"<p class='org'>{e(p['e'])}</p>{tasks(p['tasks'])}</div></div>" for p in b[1]) + "</div>")
        elif k == "vtledu":
            out.append("<div class='vtl'>" + "".join(
                f"<div class='it'><div class='when'>{e(d)}</div><div class='what'><h3>{e(t)}</h3>"
                f"<p class='org'>{e(n)}</p></div></div>" for d, t, n in b[1]) + "</div>")
        elif k == "cols2":
            out.append(f"<div class='cols2'><div>{blocks(b[1])}</div><div>{blocks(b[2])}</div></div>")
        else:
            raise ValueError(k)
    return "\n".join(out)


def page(c):
    h = c["html"]
    t = h["template"]
    if t == "twopage":
        inner = "".join(f"<div class='page'><aside>{blocks(pg['side'])}</aside><main>{blocks(pg['main'])}</main></div>"
                        for pg in h["pages"])
    elif t == "infographic":
        stats = "".join(f"<div class='stat'><div class='num'>{e(n)}</div><div class='lab'>{e(lab)}</div></div>"
                        for n, lab in h["stats"])
        band = h["band"]
        inner = (f"<header class='band'>{blocks(band[:1])}<div>{blocks(band[1:])}</div></header>"
                 f"<div class='stats'>{stats}</div>"
                 f"<div class='grid'><div>{blocks(h['main'])}</div><div class='side'>{blocks(h['side'])}</div></div>")
    elif t == "timeline":
        inner = blocks(h["head"]) + blocks(h["body"])
    else:
        raise ValueError(t)
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{e(c['name'])} – cv</title>"
            f"<style>{BASE}{CSS[t]}</style></head><body>{inner}</body></html>")


def chromium(src, dst, work):
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chrome:
        sys.exit("html62.py: chromium not found")
    r = subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={work / 'chromium-profile'}", f"--print-to-pdf={dst}", src.as_uri()],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode or not dst.exists() or not dst.stat().st_size:
        sys.exit(f"html62.py: no PDF for {dst.name}:\n{r.stdout}")


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
