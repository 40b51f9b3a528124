# -*- coding: utf-8 -*-
"""Build the CVs of the test tenders (tests/tenders/src/tender_cvs.py) with the sample
helpers: samples/src/render.py lays them out with python-docx, LibreOffice
(headless) turns them into PDF or DOCX the way samples/src/build.py does.

Usage: python3 build.py TENDERS_DIR WORK_DIR
Writes TENDERS_DIR/NAME/inbox/* and TENDERS_DIR/NAME/expected.tsv.
"""
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "samples" / "src"))
TENDERS_DIR = Path(sys.argv[1]).resolve()
WORK = Path(sys.argv[2]).resolve()
# samples/src/build.py reads its folders from argv when imported: give it ours.
sys.argv = [sys.argv[0], str(WORK / "unused"), str(WORK)]
import build as samples_build  # noqa: E402
import tender_cvs as cvs  # noqa: E402
import render  # noqa: E402


def main():
    WORK.mkdir(parents=True, exist_ok=True)
    for tender, people in cvs.TENDERS.items():
        stage = WORK / tender / "stage"
        stage.mkdir(parents=True, exist_ok=True)
        inbox = TENDERS_DIR / tender / "inbox"
        if inbox.exists():
            shutil.rmtree(inbox)
        inbox.mkdir(parents=True)
        for c in people:
            render.render_docx(c, stage / (Path(c["file"]).stem + ".docx"))
        pdfs = [stage / (Path(c["file"]).stem + ".docx") for c in people if c["fmt"] == "pdf"]
        docxs = [stage / (Path(c["file"]).stem + ".docx") for c in people if c["fmt"] == "docx"]
        if pdfs:
            samples_build.soffice("pdf", WORK / tender / "pdf", pdfs)
        if docxs:
            samples_build.soffice("docx:MS Word 2007 XML", WORK / tender / "docx", docxs)
            tmp = WORK / tender / "docx-tmp"
            tmp.mkdir(exist_ok=True)
            for d in docxs:
                samples_build.rezip(WORK / tender / "docx" / d.name, tmp / d.name, None)
            samples_build.soffice("pdf", WORK / tender / "docx-pdf", sorted(tmp.glob("*.docx")))
        rows = []
        for c in people:
            stem = Path(c["file"]).stem
            if c["fmt"] == "pdf":
                shutil.copyfile(WORK / tender / "pdf" / f"{stem}.pdf", inbox / c["file"])
            else:
                n = samples_build.pdf_pages(WORK / tender / "docx-pdf" / f"{stem}.pdf")
                samples_build.rezip(WORK / tender / "docx-tmp" / f"{stem}.docx", inbox / c["file"], n)
            checks, kos, score, outcome, rank = c["expect"]
            rows.append("\t".join([c["file"], checks, kos, str(score), outcome, str(rank) if rank else "-"]))
        (TENDERS_DIR / tender / "expected.tsv").write_text(
            "# file\tchecks (pages dutch references)\tknock-outs\tscore\toutcome\trank\n" + "\n".join(rows) + "\n",
            encoding="utf-8")
        print(f"  {tender}: {len(people)} CVs")


if __name__ == "__main__":
    main()
