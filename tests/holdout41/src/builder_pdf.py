# -*- coding: utf-8 -*-
"""Round 41: print the CVs with producer="builder" or "pandoc" as PDFs with headless Chromium.

Usage: python3 builder_pdf.py HOLDOUT_DIR WORK_DIR CVS_PY

builder  html=dict(template, ...) -> one HTML page in the style of an online CV builder -> Chromium
         templates:
           rightbar  CSS grid 1fr | 6.4 cm, the sidebar on the RIGHT (full-bleed background), headings in small caps
                     (font-variant), main=[blocks], side=[blocks]
           band      a full-width colour band (band=[blocks]) over one column (body=[blocks]); headings with an icon
                     character; "timeline" = a vertical line with dots, each item a grid 1fr | 2.6 cm with the
                     period in the narrow right column
           darkflex  flex row: a dark sidebar left (side=[blocks]) with an initials circle, icons as CSS ::before
                     content, star ratings; main=[blocks] with the period floated right of each title
         blocks: ("title", t) ("sub", t) ("h", t) ("hi", icon, t) ("p", t) ("pb", t) ("small", t)
                 ("icon", icon, t) ("iconrow", [(icon, t)]) ("cicon", kind, t) ("initials", t)
                 ("bars", [(label, percent)]) ("dots", [(label, of5)]) ("stars", [(label, of5)])
                 ("jobs", [pos]) ("timeline", [pos | dict(d, t, e, tasks)]) ("fjobs", [pos])
pandoc   markdown (+ pandoc_args, css) -> pandoc -s -f markdown -t html5 (its own template; --css FILE when css
         is given) -> Chromium (default print margins)

The PDF is written to HOLDOUT_DIR/inbox/<file>; the HTML is kept in WORK_DIR.
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
"""

CSS = {
    "rightbar": """
@page { size: A4; margin: 0; }
.page { display: grid; grid-template-columns: 1fr 6.4cm; min-height: 297mm; }
main { padding: 15mm 9mm 12mm 15mm; }
aside { background: #f3ede4; padding: 15mm 8mm 12mm 8mm; font-size: 9pt; }
h1 { font-size: 24pt; margin: 0; letter-spacing: .02em; color: #3d2b1f; }
.sub { font-size: 12pt; color: #8a5a2b; margin: 0 0 8pt 0; }
h2 { font-variant: small-caps; font-size: 13pt; color: #8a5a2b; border-bottom: 1px solid #d8c8b0;
     margin: 10pt 0 4pt 0; font-weight: bold; }
aside h2 { font-size: 12pt; margin-top: 0; padding-top: 8pt; }
aside h2:first-child { padding-top: 0; }
h3 { font-size: 10.5pt; margin: 7pt 0 0 0; }
.org { color: #6b5b4b; margin-bottom: 1pt; }
.ico { display: inline-block; width: 14pt; color: #8a5a2b; font-weight: bold; }
.small { font-size: 8.5pt; color: #5a4a3a; }
.bar { height: 4pt; background: #ddd2c2; margin: 1pt 0 4pt 0; }
.bar span { display: block; height: 100%; background: #8a5a2b; }
.dots { float: right; color: #8a5a2b; letter-spacing: 1pt; }
""",
    "band": """
@page { size: A4; margin: 12mm 0 12mm 0; }
@page :first { margin-top: 0; }
header.band { background: #23395d; color: #fff; padding: 13mm 16mm 7mm 16mm; }
header.band h1 { font-size: 25pt; margin: 0; }
header.band .sub { font-size: 12pt; color: #c9d6ea; margin: 1pt 0 6pt 0; }
.iconrow { display: flex; gap: 16pt; font-size: 9.5pt; }
.iconrow .ico { color: #f2a541; margin-right: 4pt; }
.wrap { padding: 3mm 16mm 0 16mm; }
h2 { font-size: 12.5pt; color: #23395d; margin: 10pt 0 5pt 0; border-bottom: 1px solid #d0d7e2; }
h2 .ico { color: #c0392b; margin-right: 6pt; }
.tl { border-left: 2px solid #c0392b; margin-left: 4pt; padding-left: 13pt; }
.it { display: grid; grid-template-columns: 1fr 2.6cm; column-gap: 10pt; position: relative; margin-bottom: 6pt; }
.it::before { content: ""; position: absolute; left: -18pt; top: 3pt; width: 8pt; height: 8pt; border-radius: 50%;
              background: #c0392b; }
.it h3 { font-size: 10.5pt; margin: 0; }
.it .org { color: #555; font-style: italic; }
.when { text-align: right; color: #666; font-size: 9pt; }
""",
    "darkflex": """
@page { size: A4; margin: 0; }
.wrap { display: flex; min-height: 297mm; }
aside { flex: 0 0 6cm; background: #2f3e46; color: #eef1f2; padding: 14mm 7mm 10mm 7mm; font-size: 9pt; }
main { flex: 1 1 auto; padding: 14mm 12mm 10mm 10mm; }
.initials { width: 22mm; height: 22mm; border-radius: 50%; background: #84a98c; color: #fff; font-size: 20pt;
            display: flex; align-items: center; justify-content: center; margin: 0 auto 7mm auto; font-weight: bold; }
aside h2 { color: #cad2c5; font-size: 10.5pt; letter-spacing: .08em; text-transform: uppercase; margin: 9pt 0 4pt 0;
           border-bottom: 1px solid #52796f; }
main h2 { color: #2f3e46; font-size: 12pt; letter-spacing: .08em; text-transform: uppercase; margin: 11pt 0 4pt 0;
          border-bottom: 2px solid #84a98c; }
h1 { font-size: 24pt; margin: 0; color: #2f3e46; }
.sub { font-size: 11pt; color: #52796f; margin: 1pt 0 6pt 0; }
.c-phone::before { content: "☎"; margin-right: 6pt; color: #84a98c; }
.c-mail::before { content: "✉"; margin-right: 6pt; color: #84a98c; }
.c-home::before { content: "⌂"; margin-right: 6pt; color: #84a98c; }
.small { font-size: 8.5pt; color: #cad2c5; }
.stars { float: right; color: #f4d35e; letter-spacing: 1pt; }
.job { margin-bottom: 6pt; }
.job .when { float: right; color: #52796f; font-size: 9pt; margin-left: 8pt; }
.job h3 { font-size: 10.5pt; margin: 0; }
.job .org { color: #555; }
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
        elif k == "hi":
            out.append(f"<h2><span class='ico'>{e(b[1])}</span>{e(b[2])}</h2>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "pb":
            out.append(f"<p><b>{e(b[1])}</b></p>")
        elif k == "small":
            out.append(f"<p class='small'>{e(b[1])}</p>")
        elif k == "icon":
            out.append(f"<p><span class='ico'>{e(b[1])}</span>{e(b[2])}</p>")
        elif k == "iconrow":
            out.append("<div class='iconrow'>" + "".join(
                f"<span><span class='ico'>{e(i)}</span>{e(t)}</span>" for i, t in b[1]) + "</div>")
        elif k == "cicon":
            out.append(f"<p class='c-{b[1]}'>{e(b[2])}</p>")
        elif k == "initials":
            out.append(f"<div class='initials'>{e(b[1])}</div>")
        elif k == "bars":
            for label, pct in b[1]:
                out.append(f"<p>{e(label)}</p><div class='bar'><span style='width:{pct}%'></span></div>")
        elif k in ("dots", "stars"):
            on, off = ("●", "○") if k == "dots" else ("★", "☆")
            for label, n in b[1]:
                out.append(f"<p>{e(label)}<span class='{k}'>{on * n}{off * (5 - n)}</span></p>")
        elif k == "jobs":       # title; "employer · period"; tasks
            for p in b[1]:
                out.append(f"<h3>{e(p['t'])}</h3><p class='org'>{e(p['e'])} · {e(p['d'])}</p>{tasks(p['tasks'])}")
        elif k == "timeline":   # grid: title / employer / tasks | period on the right
            items = "".join(f"<div class='it'><div><h3>{e(p['t'])}</h3><p class='org'>{e(p['e'])}</p>"
                            f"{tasks(p['tasks'])}</div><div class='when'>{e(p['d'])}</div></div>" for p in b[1])
            out.append(f"<div class='tl'>{items}</div>")
        elif k == "fjobs":      # the period floated right, before the title in the source
            for p in b[1]:
                out.append(f"<div class='job'><span class='when'>{e(p['d'])}</span><h3>{e(p['t'])}</h3>"
                           f"<p class='org'>{e(p['e'])}</p>{tasks(p['tasks'])}</div>")
        else:
            raise ValueError(k)
    return "\n".join(out)


def page(c):
    h = c["html"]
    t = h["template"]
    if t == "rightbar":
        inner = f"<div class='page'><main>{blocks(h['main'])}</main><aside>{blocks(h['side'])}</aside></div>"
    elif t == "band":
        inner = f"<header class='band'>{blocks(h['band'])}</header><div class='wrap'>{blocks(h['body'])}</div>"
    elif t == "darkflex":
        inner = f"<div class='wrap'><aside>{blocks(h['side'])}</aside><main>{blocks(h['main'])}</main></div>"
    else:
        raise ValueError(t)
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{e(c['name'])} – cv</title>"
            f"<style>{BASE}{CSS[t]}</style></head><body>{inner}</body></html>")


def chromium(src, dst, work):
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chrome:
        sys.exit("builder_pdf.py: chromium not found")
    r = subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={work / 'chromium-profile'}", f"--print-to-pdf={dst}", src.as_uri()],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode or not dst.exists() or not dst.stat().st_size:
        sys.exit(f"builder_pdf.py: no PDF for {dst.name}:\n{r.stdout}")


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    work.mkdir(parents=True, exist_ok=True)
    (holdout / "inbox").mkdir(exist_ok=True)
    for c in mod.CVS:
        stem = Path(c["file"]).stem
        src = work / (stem + ".html")
        if c.get("producer") == "builder":
            src.write_text(page(c), encoding="utf-8")
        elif c.get("producer") == "pandoc":
            md = work / (stem + ".md")
            md.write_text(c["markdown"], encoding="utf-8")
            cmd = ["pandoc", "-s", "-f", "markdown", "-t", "html5", *c["pandoc_args"]]
            if c["css"]:
                css = work / (stem + ".css")
                css.write_text(c["css"], encoding="utf-8")
                cmd += ["--css", css.name]
            subprocess.run(cmd + ["-o", src.name, md.name], check=True, cwd=work)
        else:
            continue
        dst = holdout / "inbox" / c["file"]
        chromium(src, dst, work)
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
