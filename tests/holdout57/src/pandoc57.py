# -*- coding: utf-8 -*-
"""Round 57, producer "pandoc": a CV written in Markdown and converted by pandoc's DOCX writer (Debian's pandoc
2.17), with pandoc's own reference.docx.

Usage: python3 pandoc57.py HOLDOUT_DIR WORK_DIR CVS_PY

What pandoc makes of it: the YAML title block becomes paragraphs in the styles Title and Subtitle; the
contact line a "First Paragraph" with a w:hyperlink for the autolink; headings Heading1 with a bookmark each;
each position a definition list item (style "Definition Term" for the period, "Definition" for the title, the
employer and the bullets, which are a pandoc numbering list with "Compact" paragraphs); the education a pipe
table (style "Table", a header row, grid widths from the dashes); docProps/app.xml and core.xml copied from the
reference document, so app.xml says <Pages>1</Pages> (and 83 words) whatever the document's real length. The
file is kept exactly as pandoc wrote it (SOURCE_DATE_EPOCH fixes its dates); WORK_DIR/docx-pdf/<stem>.pdf is
LibreOffice's rendering, for the checker.
"""
import importlib.util
import os
import subprocess
import sys
from pathlib import Path


def markdown(c):
    d = c["doc"]
    L = ["---", f"title: {d['name']}", f"subtitle: {d['role']}", "lang: nl-NL", "---", "",
         f"{d['city']} · {d['phone']} · <{d['email']}>", ""]
    L += [t + "\n" for t in d["profile"]]
    L += ["# Werkervaring", ""]
    for p in d["jobs"]:
        L.append(p["d"])
        L.append(f":   **{p['t']}**, {p['e']}")
        L.append("")
        L += [f"    - {t}" for t in p["tasks"]]
        L.append("")
    L += ["# Opleiding", "", "| Periode | Opleiding | Instelling | Diploma |",
          "|-------------|------------------------------------|-------------------------|----------------------|"]
    for e in d["edu"]:
        L.append(f"| {e['d']} | {e['t']} | {e['s']}, {e['place']} | {e['st']} |")
    L += ["", "# Referenties", ""]
    L += [f"- {n}, {r}, {ph}" for n, r, ph in d["refs"]]
    L += ["", "# Tarief", "", f"Uurtarief: {d['rate']}, beschikbaar {d['avail']}.", ""]
    return "\n".join(L)


def main():
    holdout, work, cvs_py = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    spec = importlib.util.spec_from_file_location(cvs_py.stem, cvs_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    root, work = work, work / "pandoc"
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1761987600")
    for c in mod.CVS:
        if c.get("producer") != "pandoc":
            continue
        stem = Path(c["file"]).stem
        src = work / f"{stem}.md"
        src.write_text(markdown(c), encoding="utf-8")
        dst = holdout / "inbox" / c["file"]
        subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", "-o", str(dst), str(src)], check=True, env=env)
        r = subprocess.run(["soffice", f"-env:UserInstallation=file://{root / 'lo-profile'}", "--headless",
                            "--norestore", "--convert-to", "pdf", "--outdir", str(root / "docx-pdf"),
                            str(dst)], capture_output=True, text=True)
        if r.returncode:
            sys.exit(f"pandoc57.py: rendering {dst} failed: {r.stdout}{r.stderr}")
        print(f"  {c['file']}")


if __name__ == "__main__":
    main()
