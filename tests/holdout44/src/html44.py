# -*- coding: utf-8 -*-
"""Round 44: print the CVs with producer="chromium" as PDFs: HTML + CSS -> headless Chromium (the invocation of
tests/holdout23/src/html_pdf.py).

Usage: python3 html44.py HOLDOUT_DIR WORK_DIR CVS_PY

html=dict(template=...):
  grid      head=[blocks]; jobs=[pos]: each position a CSS grid (3.4 cm | 1fr, grid-template-areas "when what")
            whose HTML holds the block "title — employer" + tasks FIRST and the period LAST; the period is placed
            in the left column and centred vertically (align-self: center); edu=[(years, title, line)] in the same
            grid; tail=[blocks]
  timeline  band=[blocks] (a coloured band); a Gantt-like chart "Loopbaan in één oogopslag": axis=(first, last,
            step) year labels on a line, bars=[(pos, "YYYY-MM", "YYYY-MM")] one labelled bar per row ("title ·
            employer", no dates), placed and sized by the dates; body=[blocks]
  rowrev    a flex row with flex-direction: row-reverse: side=[blocks] is the FIRST element in the HTML and is drawn
            on the RIGHT (6.2 cm, shaded); main=[blocks] on the left; both run over the page break
blocks: ("title", t) ("sub", t) ("h", t) ("p", t) ("pb", t) ("small", t) ("bl", [t])
        ("jobs", [pos]): bold period line, then "title — employer" in italics, then the tasks
"""
import html
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

BASE = """
@page { size: A4; margin: 14mm 15mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; margin: 0; color: #222; line-height: 1.3; }
h1 { font-size: 21pt; margin: 0 0 2pt 0; color: #1d4e89; }
.sub { font-size: 12pt; color: #555; margin: 0 0 6pt 0; font-style: italic; }
h2 { font-size: 12pt; margin: 11pt 0 4pt 0; color: #1d4e89; border-bottom: 1px solid #1d4e89; }
p { margin: 0 0 2pt 0; }
.small { font-size: 9pt; color: #444; }
ul { margin: 1pt 0 4pt 0; padding-left: 14pt; }
li { margin: 0 0 1pt 0; }
"""

CSS = {
    "grid": """
.job { display: grid; grid-template-columns: 3.4cm 1fr; grid-template-areas: "when what"; column-gap: 10pt;
       margin: 0 0 8pt 0; break-inside: avoid; }
.job .what { grid-area: what; }
.job .when { grid-area: when; align-self: center; color: #1d4e89; font-weight: bold; }
.job .what ul { margin-bottom: 0; }
""",
    "timeline": """
.band { background: #1d4e89; color: #fff; padding: 10pt 14pt; margin: 0 0 6pt 0; }
.band h1 { color: #fff; } .band .sub { color: #dde6f2; }
.chart { position: relative; margin: 4pt 14pt 10pt 14pt; }
.axis { position: relative; height: 14pt; border-bottom: 1px solid #888; font-size: 8.5pt; color: #555; }
.axis span { position: absolute; top: 0; transform: translateX(-50%); }
.row { position: relative; height: 17pt; margin-top: 4pt; }
.bar { position: absolute; top: 0; height: 15pt; background: #cfe0f3; border-left: 3px solid #1d4e89;
       font-size: 8pt; line-height: 15pt; padding-left: 3pt; white-space: nowrap; overflow: visible; }
.per { font-weight: bold; color: #1d4e89; margin-top: 7pt; }
""",
    "rowrev": """
.wrap { display: flex; flex-direction: row-reverse; gap: 12pt; align-items: flex-start; }
aside { flex: 0 0 6.2cm; background: #eef3f8; padding: 8pt 10pt; box-sizing: border-box; }
aside h2 { font-size: 11pt; margin-top: 9pt; }
main { flex: 1 1 auto; }
.per { font-weight: bold; color: #1d4e89; margin-top: 7pt; }
""",
}


def e(t):
    return html.escape(t, quote=False)


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
        elif k == "bl":
            out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in b[1]) + "</ul>")
        elif k == "jobs":
            for p in b[1]:
                out.append(f"<p class='per'>{e(p['d'])}</p><p><i>{e(p['t'])} — {e(p['e'])}</i></p>")
                out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in p["tasks"]) + "</ul>")
        else:
            raise ValueError(k)
    return "\n".join(out)


def grid_page(h):
    out = [blocks(h["head"]), "<h2>Werkervaring</h2>"]
    for p in h["jobs"]:
        tasks = "".join(f"<li>{e(t)}</li>" for t in p["tasks"])
        out.append(f"<div class='job'><div class='what'><p><b>{e(p['t'])}</b> — {e(p['e'])}</p><ul>{tasks}</ul></div>"
                   f"<div class='when'>{e(p['d'])}</div></div>")
    out.append("<h2>Opleiding</h2>")
    for years, title, line in h["edu"]:
        out.append(f"<div class='job'><div class='what'><p><b>{e(title)}</b></p><p>{e(line)}</p></div>"
                   f"<div class='when'>{e(years)}</div></div>")
    out.append(blocks(h["tail"]))
    return "\n".join(out)


def ym(s):
    y, m = s.split("-")
    return int(y) + (int(m) - 1) / 12


def timeline_page(h):
    first, last, step = h["axis"]
    span = last - first

    def x(v):
        return f"{(v - first) / span * 100:.2f}%"

    ticks = "".join(f"<span style='left:{x(y)}'>{y}</span>" for y in range(first, last + 1, step))
    rows = []
    for p, a, b in h["bars"]:
        left, right = ym(a), ym(b) + 1 / 12
        rows.append(f"<div class='row'><div class='bar' style='left:{x(left)};width:{(right - left) / span * 100:.2f}%'>"
                    f"{e(p['t'])} · {e(p['e'])}</div></div>")
    chart = (f"<h2>Loopbaan in één oogopslag</h2><div class='chart'><div class='axis'>{ticks}</div>"
             f"{''.join(rows)}</div>")
    return f"<div class='band'>{blocks(h['band'])}</div>{chart}{blocks(h['body'])}"


def rowrev_page(h):
    return f"<div class='wrap'><aside>{blocks(h['side'])}</aside><main>{blocks(h['main'])}</main></div>"


PAGES = {"grid": grid_page, "timeline": timeline_page, "rowrev": rowrev_page}


def page(c):
    h = c["html"]
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Curriculum vitae {e(c['name'])}</title>"
            f"<style>{BASE}{CSS[h['template']]}</style></head><body>{PAGES[h['template']](h)}</body></html>")


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    hdir = work / "html"
    hdir.mkdir(parents=True, exist_ok=True)
    (holdout / "inbox").mkdir(exist_ok=True)
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chrome:
        sys.exit("html44.py: chromium not found")
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
            sys.exit(f"html44.py: no PDF for {c['file']}:\n{r.stdout}")
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
