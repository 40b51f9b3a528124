# -*- coding: utf-8 -*-
"""zeef's benchmark: zeef against pdftotext, docx2txt and pandoc on the same files.

    /usr/bin/python3 bench/bench.py --bin BIN --corpus DIR [--big PDF] [--big-raised EXE]
                                    [--runs N] [--check] [--json FILE]

Run it through bench/bench.sh (make bench / make bench-check), which builds, installs
the other tools and finds the corpus.  What it measures and why: docs/bench.md.

Every figure is the wall time of a whole batch (all PDF, or all DOCX files), measured
RUNS times after one untimed warm-up run; the tools take turns within each round, so a
slow moment on the machine hits them alike.  ms/doc is batch time / documents; docs/s
its inverse; "min" and "median" are over the runs; ratios use the medians.
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# target: (description, test on the value)
TARGETS = {
    "pdf_extract_vs_pdftotext": ("zeef-extract / pdftotext (PDF time)", "<=", 1.10),
    "docx2txt_vs_extract": ("docx2txt / zeef-extract (DOCX speed-up)", ">=", 10.0),
    "pandoc_vs_extract": ("pandoc / zeef-extract (DOCX speed-up)", ">=", 50.0),
    "full_vs_extract": ("zeef-full / zeef-extract (time)", "<=", 1.30),
    "jobs2_vs_jobs1": ("zeef-extract -j 2 / -j 1 (throughput)", ">=", 1.80),
    "big_rss_mb": ("500-page PDF: peak RSS of the extract worker (MB)", "<=", 150.0),
    "big_ms": ("500-page PDF: time (ms, limit 20 s)", "<=", 20000.0),
    "scaling": ("per-document time at 8x the documents / at 1x (fields+check+score)", "<=", 1.25),
}


def run_once(cmd, stdin_path=None, cwd=None):
    """Wall seconds and CPU seconds (user+sys of every process it waited for) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(stdin_path or os.devnull, "rb") as fin:
        r = subprocess.run(cmd, stdin=fin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"bench.py: failed (status {r.returncode}): {' '.join(map(str, cmd))}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(jobs, runs):
    """jobs: {name: (cmd, stdin_path, ndocs, runs_or_None)}; round-robin; returns {name: stats}."""
    walls = {k: [] for k in jobs}
    cpus = {k: [] for k in jobs}
    for k, (cmd, stdin, n, own_runs) in jobs.items():   # warm-up: page cache (not for the slow pandoc)
        if own_runs is None:
            run_once(cmd, stdin)
    for i in range(runs):
        for k, (cmd, stdin, n, own_runs) in jobs.items():
            if own_runs is not None and i >= own_runs:
                continue
            w, c = run_once(cmd, stdin)
            walls[k].append(w)
            cpus[k].append(c)
    out = {}
    for k, (cmd, stdin, n, _) in jobs.items():
        med, mn = statistics.median(walls[k]), min(walls[k])
        out[k] = dict(docs=n, runs=len(walls[k]), wall_median_s=med, wall_min_s=mn,
                      ms_per_doc_median=1000 * med / n, ms_per_doc_min=1000 * mn / n,
                      docs_per_s_median=n / med, docs_per_s_best=n / mn,
                      cpu_ms_per_doc_median=1000 * statistics.median(cpus[k]) / n,
                      walls=walls[k])
    return out


def cpu_busy_s():
    """Seconds of CPU time every process on the machine has used (/proc/stat), or None."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            v = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    busy = v[0] + v[1] + v[2] + sum(v[5:8])      # user nice system irq softirq steal
    return busy / os.sysconf("SC_CLK_TCK")


def own_cpu_s():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    s = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime + s.ru_utime + s.ru_stime


def nul_list(paths, dest):
    with open(dest, "wb") as f:
        for p in paths:
            f.write(os.fsencode(p) + b"\0")
    return dest


def peak(bin_dir, exe, pdf):
    """(peak RSS MB, ms, status, record) of `exe -j 1 pdf`, through tests/peakrss."""
    tool = bin_dir.parent / "tests" / "peakrss"
    with tempfile.TemporaryDirectory() as td:
        rep, out = Path(td) / "rep", Path(td) / "out"
        with open(out, "wb") as fo:
            subprocess.run([str(tool), str(rep), str(exe), "-j", "1", str(pdf)], stdout=fo,
                           stderr=subprocess.DEVNULL)
        kb, ms, rc = map(int, rep.read_text().split())
        rec = json.loads(out.read_text(encoding="utf-8"))
    err = rec.get("error") or {}
    text = sum(len(p) for p in rec.get("page_text") or [])
    return dict(rss_mb=kb / 1024, ms=ms, status=rec["status"], code=err.get("code"),
                message=err.get("message"), pages=rec.get("pages"), text_pages=len(rec.get("page_text") or []),
                text_bytes=text)


def fmt_row(name, s):
    return (f"  {name:<28} {s['docs']:>5} {s['docs_per_s_median']:>9.1f} {s['docs_per_s_best']:>9.1f} "
            f"{s['ms_per_doc_median']:>9.2f} {s['ms_per_doc_min']:>9.2f} {s['cpu_ms_per_doc_median']:>9.2f}  "
            f"{s['runs']}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--corpus", required=True, help="folder with PDF and DOCX files (subfolders too)")
    ap.add_argument("--big", help="the 500-page PDF")
    ap.add_argument("--big-raised", help="a zeef-extract built with a page limit above 500")
    ap.add_argument("--tender", default="rules/coordinator-welzijn-heerde.profile")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pandoc-runs", type=int, default=3)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--json")
    a = ap.parse_args()

    bin_dir = Path(a.bin).resolve()
    zx = str(bin_dir / "zeef-extract")
    tender = str(Path(a.tender).resolve())
    corpus = Path(a.corpus).resolve()
    pdfs = sorted(str(p) for p in corpus.rglob("*") if p.suffix.lower() == ".pdf" and p.parent.name != "big")
    docxs = sorted(str(p) for p in corpus.rglob("*") if p.suffix.lower() == ".docx")
    if not pdfs or not docxs:
        sys.exit(f"bench.py: {corpus} needs PDF and DOCX files")
    ncpu = os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="zeef-bench."))
    res = dict(machine=dict(cpus=ncpu, uname=" ".join(os.uname()[i] for i in (0, 2, 4)),
                            model=cpu_model()),
               corpus=str(corpus), pdf=len(pdfs), docx=len(docxs), runs=a.runs)
    try:
        lp, ld = nul_list(pdfs, work / "pdf.list"), nul_list(docxs, work / "docx.list")
        la = nul_list(sorted(pdfs + docxs), work / "all.list")
        n_all = len(pdfs) + len(docxs)

        def full(lst, jobs):
            o = work / "out"
            return ["bash", "-o", "pipefail", "-c",
                    f'mkdir -p "{o}" && "{zx}" -0 -j {jobs} | "{bin_dir}/zeef-fields" --tender "{tender}"'
                    f' | "{bin_dir}/zeef-check" --tender "{tender}" | "{bin_dir}/zeef-score" --tender "{tender}"'
                    f' --html "{o}/report.html" --csv "{o}/report.csv" --interview "{o}/interview.html"'
                    f' > "{o}/results.jsonl"'], lst

        print(f"zeef benchmark: {len(pdfs)} PDF, {len(docxs)} DOCX from {corpus}; {a.runs} runs "
              f"(pandoc {min(a.runs, a.pandoc_runs)}); {ncpu} cores; {res['machine']['model']}", flush=True)
        jobs = {
            "pdf: pdftotext": (["xargs", "-0", "-I{}", "pdftotext", "-q", "{}", "-"], lp, len(pdfs), None),
            "pdf: zeef-extract -j1": ([zx, "-0", "-j", "1"], lp, len(pdfs), None),
            "docx: docx2txt": (["xargs", "-0", "-I{}", "docx2txt", "{}", "-"], ld, len(docxs), None),
            "docx: pandoc -t plain": (["xargs", "-0", "-I{}", "pandoc", "-t", "plain", "{}"], ld, len(docxs),
                                      a.pandoc_runs),
            "docx: zeef-extract -j1": ([zx, "-0", "-j", "1"], ld, len(docxs), None),
            "all: zeef-extract -j1": ([zx, "-0", "-j", "1"], la, n_all, None),
            "all: zeef-extract -j2": ([zx, "-0", "-j", "2"], la, n_all, None),
            f"all: zeef-extract -j{ncpu} (default)": ([zx, "-0"], la, n_all, None),
            f"all: zeef full -j{ncpu} (default)": (*full(la, ncpu), n_all, None),
            "all: zeef full -j1": (*full(la, 1), n_all, None),
            "pdf: zeef full -j1": (*full(lp, 1), len(pdfs), None),
            "docx: zeef full -j1": (*full(ld, 1), len(docxs), None),
        }
        busy0, own0, t0 = cpu_busy_s(), own_cpu_s(), time.perf_counter()
        st = measure(jobs, a.runs)
        busy1, own1, t1 = cpu_busy_s(), own_cpu_s(), time.perf_counter()
        res["tools"] = st
        # CPU time other processes took while we measured: a busy machine makes
        # the 2-worker speed-up and the pipeline ratio meaningless.
        others = None
        if busy0 is not None and busy1 is not None:
            others = max(0.0, ((busy1 - busy0) - (own1 - own0)) / (ncpu * (t1 - t0)))
        res["machine"]["others_cpu_share"] = others

        # Scaling: the stages after extraction on 1x and 8x the corpus's records (copies under new names).
        ext = work / "extract.jsonl"
        with open(la, "rb") as fi, open(ext, "wb") as fo:
            subprocess.run([zx, "-0"], stdin=fi, stdout=fo, stderr=subprocess.DEVNULL, check=True)
        recs = ext.read_bytes().splitlines()
        x8 = work / "extract-x8.jsonl"
        with open(x8, "wb") as fo:
            for k in range(8):
                for line in recs:
                    r = json.loads(line)
                    r["file"] = f"copy{k}/{r['file']}"
                    fo.write(json.dumps(r, ensure_ascii=False).encode() + b"\n")
        rest = ('"$0"/zeef-fields --tender "$1" | "$0"/zeef-check --tender "$1" | '
                '"$0"/zeef-score --tender "$1" --html /dev/null --csv /dev/null --interview /dev/null')
        scale_jobs = {
            "fields|check|score x1": (["bash", "-o", "pipefail", "-c", rest, str(bin_dir), tender], ext, len(recs), None),
            "fields|check|score x8": (["bash", "-o", "pipefail", "-c", rest, str(bin_dir), tender], x8, 8 * len(recs), None),
        }
        sc = measure(scale_jobs, max(3, a.runs // 2 + 1))
        # the stages alone, for where the time goes
        stage_in = {}
        cur = ext
        for stage in ("fields", "check"):
            nxt = work / f"{stage}.jsonl"
            with open(cur, "rb") as fi, open(nxt, "wb") as fo:
                subprocess.run([f"{bin_dir}/zeef-{stage}", "--tender", tender], stdin=fi, stdout=fo, check=True)
            stage_in[stage] = cur
            cur = nxt
        stage_in["score"] = cur
        stage_jobs = {
            "stage: zeef-fields": ([f"{bin_dir}/zeef-fields", "--tender", tender], stage_in["fields"], len(recs), None),
            "stage: zeef-check": ([f"{bin_dir}/zeef-check", "--tender", tender], stage_in["check"], len(recs), None),
            "stage: zeef-score (+reports)": ([f"{bin_dir}/zeef-score", "--tender", tender, "--html", str(work / "r.html"),
                                              "--csv", str(work / "r.csv"), "--interview", str(work / "i.html")],
                                             stage_in["score"], len(recs), None),
        }
        sg = measure(stage_jobs, a.runs)
        res["scaling"], res["stages"] = sc, sg

        big = {}
        if a.big:
            big["limit"] = peak(bin_dir, zx, a.big)
            if a.big_raised:
                big["raised"] = peak(bin_dir, a.big_raised, a.big)
        res["big"] = big
    finally:
        shutil.rmtree(work, ignore_errors=True)

    # ---------------------------------------------------------------- report
    print("\n  %-28s %5s %9s %9s %9s %9s %9s  %s" % ("tool", "docs", "docs/s", "docs/s", "ms/doc", "ms/doc",
                                                   "cpu ms", "runs"))
    print("  %-28s %5s %9s %9s %9s %9s %9s" % ("", "", "median", "best", "median", "min", "/doc"))
    for k, s in list(st.items()) + list(sg.items()) + list(sc.items()):
        print(fmt_row(k, s))

    def med(k):
        return {**st, **sc, **sg}[k]["wall_median_s"]

    def mn(k):
        return {**st, **sc, **sg}[k]["wall_min_s"]

    ratios = {
        "pdf_extract_vs_pdftotext": (med("pdf: zeef-extract -j1") / med("pdf: pdftotext"),
                                     mn("pdf: zeef-extract -j1") / mn("pdf: pdftotext")),
        "docx2txt_vs_extract": (med("docx: docx2txt") / med("docx: zeef-extract -j1"),
                                mn("docx: docx2txt") / mn("docx: zeef-extract -j1")),
        "pandoc_vs_extract": (med("docx: pandoc -t plain") / med("docx: zeef-extract -j1"),
                              mn("docx: pandoc -t plain") / mn("docx: zeef-extract -j1")),
        "full_vs_extract": (med(f"all: zeef full -j{ncpu} (default)") / med(f"all: zeef-extract -j{ncpu} (default)"),
                            mn(f"all: zeef full -j{ncpu} (default)") / mn(f"all: zeef-extract -j{ncpu} (default)")),
        "jobs2_vs_jobs1": (med("all: zeef-extract -j1") / med("all: zeef-extract -j2"),
                           mn("all: zeef-extract -j1") / mn("all: zeef-extract -j2")),
        "scaling": (sc["fields|check|score x8"]["ms_per_doc_median"] / sc["fields|check|score x1"]["ms_per_doc_median"],
                    sc["fields|check|score x8"]["ms_per_doc_min"] / sc["fields|check|score x1"]["ms_per_doc_min"]),
    }
    info = {
        "full_vs_extract_j1": med("all: zeef full -j1") / med("all: zeef-extract -j1"),
        "full_vs_extract_pdf_j1": med("pdf: zeef full -j1") / med("pdf: zeef-extract -j1"),
        "full_vs_extract_docx_j1": med("docx: zeef full -j1") / med("docx: zeef-extract -j1"),
    }
    if big:
        b = big.get("raised") or big["limit"]
        ratios["big_rss_mb"] = (max(x["rss_mb"] for x in big.values()), None)
        ratios["big_ms"] = (max(x["ms"] for x in big.values()), None)
    res["ratios"] = {k: dict(median=v[0], best=v[1]) for k, v in ratios.items()}
    res["info"] = info

    print("\n  ratios (medians; best = from the fastest runs)              value     best  target")
    failed = []
    for k, (v, best) in ratios.items():
        desc, op, target = TARGETS[k]
        if k == "jobs2_vs_jobs1" and ncpu < 2:
            verdict = "skipped (1 core)"
        else:
            good = v <= target if op == "<=" else v >= target
            verdict = "ok" if good else "MISSED"
            if not good:
                failed.append(k)
        bs = f"{best:8.2f}" if best is not None else "        "
        print(f"  {desc:<60} {v:8.2f} {bs}  {op} {target:g}  {verdict}")
    print(f"  {'(info) zeef-full / zeef-extract at -j1, all / PDF / DOCX':<60} "
          f"{info['full_vs_extract_j1']:8.2f} {info['full_vs_extract_pdf_j1']:8.2f} {info['full_vs_extract_docx_j1']:8.2f}")
    others = res["machine"]["others_cpu_share"]
    if others is not None:
        print(f"\n  other processes used {100 * others:.0f}% of this machine's CPU time while the tools ran"
              + ("" if others < 0.10 else
                 " -- the machine was BUSY: the speed-up and the pipeline ratio are not meaningful; run again"
                 " when it is idle"))
    if big:
        print("\n  500-page PDF (%s):" % a.big)
        for k, b in big.items():
            what = ("this build (DOC_MAX_PAGES as built)" if k == "limit"
                    else "page limit raised above 500 (bench build)")
            outcome = (f"{b['status']}" + (f" {b['code']}: {b['message']}" if b["code"] else
                                           f", {b['text_pages']} pages of text, {b['text_bytes']} bytes"))
            print(f"    {what:<44} peak RSS {b['rss_mb']:6.1f} MB, {b['ms']:6d} ms; {outcome}")
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=1), encoding="utf-8")
    if a.check:
        if failed:
            print("\nbench-check: MISSED: " + ", ".join(failed))
            return 1
        print("\nbench-check: every target met")
    return 0


def cpu_model():
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


if __name__ == "__main__":
    sys.exit(main())
