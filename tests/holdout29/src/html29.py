# -*- coding: utf-8 -*-
"""Print the round-29 CVs with producer="chromium": tests/holdout23/src/html_pdf.py with two more blocks:
  ("rpos", [pos])       each position as one line "<b>title</b> — employer" with its period right-aligned on
                        the same line (a CSS flex row), its tasks as bullets below
  ("rline", left, right) one line, text left and a year right-aligned

Usage: python3 html29.py HOLDOUT_DIR WORK_DIR CVS_PY
"""
import importlib.util
import os

_P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout23", "src", "html_pdf.py")
_spec = importlib.util.spec_from_file_location("html_pdf", _P)
hp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hp)

hp.CSS += """
.rp { display: flex; justify-content: space-between; margin: 4pt 0 1pt 0; }
.rp .when { white-space: nowrap; color: #444; }
"""
_blocks = hp.blocks
e = hp.e


def blocks(bs):
    out = []
    for b in bs:
        if b[0] == "rpos":
            for p in b[1]:
                out.append(f"<div class='rp'><span><b>{e(p['t'])}</b> — {e(p['e'])}</span>"
                           f"<span class='when'>{e(p['d'])}</span></div>")
                out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in p["tasks"]) + "</ul>")
        elif b[0] == "rline":
            out.append(f"<div class='rp'><span>{e(b[1])}</span><span class='when'>{e(b[2])}</span></div>")
        else:
            out.append(_blocks([b]))
    return "\n".join(out)


hp.blocks = blocks

if __name__ == "__main__":
    hp.main()
