# -*- coding: utf-8 -*-
"""Round 57, producer "latex": the CV as a moderncv LaTeX document, typeset by pdflatex (Debian's texlive).

Usage: python3 latex57.py HOLDOUT_DIR WORK_DIR CVS_PY

moderncv 2.x, style "classic", colour blue, sans (Latin Modern Sans, T1), babel dutch (Dutch hyphenation
patterns), fontawesome5 icons before the phone and e-mail (moderncv's default). Positions and education are
\\cventry{period}{title}{employer}{place}{grade}{description}: the period right-aligned in the narrow left "hints"
column, "title, employer, place, grade." on one line to its right, the description (an itemize) below. Courses,
languages, referees and the rate are \\cvitem{label}{text}. SOURCE_DATE_EPOCH fixes the dates in the PDF.
"""
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

EPOCH = "1761987600"    # 2025-11-01 09:00 UTC

ESC = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
       "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}


def tex(s):
    s = "".join(ESC.get(ch, ch) for ch in s)
    s = s.replace("–", "--").replace("€", r"\texteuro{}")
    return s


def document(c):
    d = c["doc"]
    first, last = d["name"].split(" ", 1)
    L = [r"\documentclass[11pt,a4paper,sans]{moderncv}",
         r"\moderncvstyle{classic}",
         r"\moderncvcolor{blue}",
         r"\usepackage[T1]{fontenc}",
         r"\usepackage{lmodern}",
         r"\usepackage[utf8]{inputenc}",
         r"\usepackage{textcomp}",
         r"\usepackage[dutch]{babel}",
         r"\usepackage[scale=0.78]{geometry}",
         r"\setlength{\hintscolumnwidth}{4.3cm}",
         r"\name{%s}{%s}" % (tex(first), tex(last)),
         r"\title{%s}" % tex(d["role"]),
         r"\address{%s}{}{}" % tex(d["city"]),
         r"\phone[mobile]{%s}" % tex(d["phone"]),
         r"\email{%s}" % d["email"],
         r"\begin{document}",
         r"\makecvtitle",
         r"\section{Profiel}",
         r"\cvitem{}{%s}" % tex(" ".join(d["profile"])),
         r"\section{Werkervaring}"]
    for p in d["jobs"]:
        emp, place = p["e"], ""
        items = "\n".join(r"\item %s" % tex(t) for t in p["tasks"])
        L.append(r"\cventry{%s}{%s}{%s}{%s}{}{\begin{itemize}%s\end{itemize}}"
                 % (tex(p["d"]), tex(p["t"]), tex(emp), tex(place), items))
    L.append(r"\section{Opleiding}")
    for e in d["edu"]:
        L.append(r"\cventry{%s}{%s}{%s}{%s}{\textit{%s}}{}" % (tex(e["d"]), tex(e["t"]), tex(e["s"]),
                                                             tex(e["place"]), tex(e["st"])))
    L.append(r"\section{Cursussen}")
    for y, t in d["courses"]:
        L.append(r"\cvitem{%s}{%s}" % (y, tex(t)))
    L.append(r"\section{Talen}")
    for lang, lvl in d["langs"]:
        L.append(r"\cvitemwithcomment{%s}{%s}{}" % (tex(lang), tex(lvl)))
    L.append(r"\section{Referenties}")
    for name, role, phone in d["refs"]:
        L.append(r"\cvitem{}{%s, %s, telefoon %s}" % (tex(name), tex(role), tex(phone)))
    L.append(r"\section{Tarief en beschikbaarheid}")
    L.append(r"\cvitem{Uurtarief}{%s}" % tex(d["rate"]))
    L.append(r"\cvitem{Beschikbaar}{%s}" % tex(d["avail"]))
    L.append(r"\end{document}")
    return "\n".join(L) + "\n"


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    work = work / "latex"
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1")
    for c in mod.CVS:
        if c.get("producer") != "latex":
            continue
        stem = "cv"
        (work / f"{stem}.tex").write_text(document(c), encoding="utf-8")
        for _ in range(2):
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"{stem}.tex"],
                               cwd=work, env=env, capture_output=True, text=True)
            if r.returncode:
                sys.exit(f"latex57.py: {c['file']}: pdflatex failed:\n{r.stdout[-3000:]}")
        shutil.copyfile(work / f"{stem}.pdf", holdout / "inbox" / c["file"])
        shutil.copyfile(work / f"{stem}.tex", work / f"{Path(c['file']).stem}.tex")
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
