# -*- coding: utf-8 -*-
"""Print the CVs of a holdout set that have producer="chromium" as PDFs: HTML + CSS -> headless Chromium.

Usage: python3 html_pdf.py HOLDOUT_DIR WORK_DIR CVS_PY

Each such CV has html=dict(style, left, right) (a two-column page) or html=dict(style="single", body).
Styles: grid (CSS grid 6 cm | 1fr), flex (flex row, aside 30 %), float (aside float:left, 5.5 cm), single.
Blocks (like tests/holdout/src/layout.py): ("title", t) ("h", t) ("p", t) ("pb", t) ("bl", [t])
("pos", "dateline" | "datebold", [pos]) ("eu", [(left, [line | ("b", t) | ("li", t)])]) a Europass grid
(date or label column 3.6 cm | entry), ("table", hdrs, rows) an HTML table, ("tasks", [pos]) tasks under a
bold title. The PDF is written to HOLDOUT_DIR/inbox/<file>.
"""
import html
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

CSS = """
@page { size: A4; margin: 15mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; margin: 0; color: #222; }
h1 { font-size: 20pt; margin: 0 0 6pt 0; }
h2 { font-size: 12pt; margin: 10pt 0 4pt 0; color: #1d4e89; border-bottom: 1px solid #1d4e89; }
p { margin: 0 0 2pt 0; }
ul { margin: 0 0 4pt 0; padding-left: 14pt; }
aside { background: #e8eef5; padding: 8pt; box-sizing: border-box; }
aside h2 { font-size: 11pt; }
.grid { display: grid; grid-template-columns: 6cm 1fr; column-gap: 10pt; }
.flex { display: flex; flex-direction: row; gap: 10pt; }
.flex aside { flex: 0 0 30%; }
.flex main { flex: 1 1 auto; }
.float aside { float: left; width: 5.5cm; margin-right: 12pt; }
.eu { display: grid; grid-template-columns: 3.6cm 1fr; column-gap: 8pt; row-gap: 4pt; margin-bottom: 4pt; }
.eu .l { color: #555; }
table.exp { border-collapse: collapse; width: 100%; }
table.exp td, table.exp th { border: 1px solid #888; padding: 3pt; vertical-align: top; text-align: left; }
"""


def e(t):
    return html.escape(t, quote=False)


def blocks(bs):
    out = []
    for b in bs:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "pb":
            out.append(f"<p><b>{e(b[1])}</b></p>")
        elif k == "bl":
            out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in b[1]) + "</ul>")
        elif k == "pos":
            for p in b[2]:
                if b[1] == "dateline":
                    out.append(f"<p><b>{e(p['d'])}</b></p><p>{e(p['t'])}, {e(p['e'])}</p>")
                elif b[1] == "datebold":
                    out.append(f"<p><b>{e(p['d'])}</b></p><p><i>{e(p['t'])} — {e(p['e'])}</i></p>")
                else:
                    raise ValueError(b[1])
                out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in p["tasks"]) + "</ul>")
        elif k == "eu":
            rows = []
            for left, lines in b[1]:
                cell, items = [], []
                for x in lines:
                    if isinstance(x, tuple) and x[0] == "li":
                        items.append(f"<li>{e(x[1])}</li>")
                        continue
                    cell.append(f"<p><b>{e(x[1])}</b></p>" if isinstance(x, tuple) else f"<p>{e(x)}</p>")
                if items:
                    cell.append("<ul>" + "".join(items) + "</ul>")
                rows.append(f"<div class='l'>{e(left)}</div><div>{''.join(cell)}</div>")
            out.append("<div class='eu'>" + "".join(rows) + "</div>")
        elif k == "table":
            head = "".join(f"<th>{e(h)}</th>" for h in b[1])
            body = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in b[2])
            out.append(f"<table class='exp'><tr>{head}</tr>{body}</table>")
        elif k == "tasks":
            for p in b[1]:
                out.append(f"<p><b>{e(p['t'])}</b></p>")
                out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in p["tasks"]) + "</ul>")
        else:
            raise ValueError(k)
    return "\n".join(out)


def page(c):
    h = c["html"]
    if h["style"] == "single":
        inner = f"<main>{blocks(h['body'])}</main>"
    else:
        inner = (f"<div class='{h['style']}'><aside>{blocks(h['left'])}</aside>"
                 f"<main>{blocks(h['right'])}</main></div>")
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{e(c['name'] or 'cv')}</title>"
            f"<style>{CSS}</style></head><body>{inner}</body></html>")


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    hdir = work / "html"
    hdir.mkdir(parents=True, exist_ok=True)
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chrome:
        sys.exit("html_pdf.py: chromium not found")
    for c in mod.CVS:
        if c.get("producer") != "chromium":
            continue
        src = hdir / (Path(c["file"]).stem + ".html")
        src.write_text(page(c), encoding="utf-8")
        dst = holdout / "inbox" / c["file"]
        r = subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--user-data-dir={work / 'chromium-profile'}", f"--print-to-pdf={dst}",
                            src.as_uri()], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode or not dst.exists() or not dst.stat().st_size:
            sys.exit(f"html_pdf.py: no PDF for {c['file']}:\n{r.stdout}")
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
