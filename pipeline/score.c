/*
 * score.c — zeef-score, the last stage: points, rank, shortlist, reports.
 *
 *     zeef-check ... | zeef-score [--tender PROFILE] [--html FILE] [--csv FILE]
 *                                  [--interview FILE] [--lang nl|en] [--blind KEYFILE]
 *                                  > results.jsonl
 *
 * Reads every checked record of the batch, then:
 *   1. scores the profile's criteria for every readable CV (eligible or
 *      not, so an assessor can see what a CV would have scored): a criterion
 *      gives its full points when its decision (decide.c) is pass, none
 *      otherwise; a criterion that needs review gives none and says so;
 *   2. ranks the eligible candidates: higher score first, then the lower
 *      hourly rate (when the profile's tie_break is hourly_rate; a candidate
 *      without a rate after those with one), then the file name, so the order
 *      is always the same; marks the shortlist;
 *   3. writes the records in the contract's order (eligible by rank, then
 *      review, then not eligible, then unreadable files), with the contract's
 *      fields first, and optionally report.html, report.csv and the
 *      interview sheet (report.c).
 *
 * --blind KEYFILE: the human reports (HTML, CSV, interview sheet, the
 * summary) are written from report_blind_records(): no names, contact
 * details, file names or sha256, personal details redacted from every quote,
 * candidates as "Kandidaat A", "B", … in rank order.  The key (letter, file,
 * sha256, name) goes to KEYFILE, created with mode 0600.  results.jsonl, the
 * machine contract, is written in full: it is the source the key refers to
 * and is not a report to hand to assessors.
 *
 * Scoring needs the whole batch, so this stage reads all records before it
 * writes any.  Ranking is a sort: O(n log n).  What follows the last record
 * is the only part of a pipeline run that cannot overlap with extraction, so
 * it is split: a forked child writes report.html and the interview sheet
 * while this process writes results.jsonl and the CSV and frees the batch
 * (start_reports).  And as much as can be is done per record while the
 * records stream in (then it overlaps with the earlier stages): scoring,
 * the contract order, the sort keys, and each record's results.jsonl line
 * with holes for the values only the ranking gives (scored, write_ahead).
 * All JSON values live in one arena, so the batch is let go in a few frees
 * of large blocks (a free per node touched every page of it after the fork,
 * and the kernel copied each page the parent shares with the report child).
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <malloc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "decide.h"
#include "json.h"
#include "profile.h"
#include "report.h"
#include "stage.h"
#include "util.h"

static const char usage[] =
    "usage: zeef-score [--tender PROFILE] [--html FILE] [--csv FILE] [--interview FILE]\n"
    "                  [--lang nl|en] [--blind KEYFILE] [--summary]\n"
    "                  < checked.jsonl > results.jsonl\n"
    "\n"
    "Scores the profile's weighted criteria for every zeef-check record (each\n"
    "point with quoted evidence), ranks the eligible candidates (ties: lower\n"
    "hourly rate), marks the shortlist and writes the result records in rank\n"
    "order (the zeef/1 contract, see RESULTS.md).\n"
    "\n"
    "Options:\n"
    "  -t, --tender PROFILE  tender profile (default " PROFILE_DEFAULT ")\n"
    "      --html FILE       also write the HTML report to FILE\n"
    "      --csv FILE        also write the CSV report to FILE\n"
    "      --interview FILE  also write the interview sheet of the shortlist to FILE\n"
    "      --lang LANG       language of the reports: nl (default) or en\n"
    "      --blind KEYFILE   blind screening: the reports leave out names, contact\n"
    "                        details, address, birth date, age, gender, nationality\n"
    "                        and file names; candidates are Kandidaat A, B, ...;\n"
    "                        the key goes to KEYFILE (mode 0600)\n"
    "      --summary         print a short ranked summary on stderr\n"
    "  -h, --help            show this help\n";

/* The contract's members, in the contract's order. */
static const char *const contract_keys[] = {
    "schema", "file", "sha256", "format", "status", "error", "pages", "pages_exact", "candidate", "language",
    "education", "experience", "references", "zzp", "hourly_rate", "checks", "knockouts", "criteria", "score",
    "eligible", "rank", "shortlisted",
};

static bool is_ok(const json *rec)
{
    const char *s = json_get_str(rec, "status");
    return s && !strcmp(s, "ok");
}

static void score_record(json *rec, const profile *p)
{
    if (!is_ok(rec)) {
        json_set_null(rec, "criteria");
        json_set_null(rec, "score");
        return;
    }
    json *crit = json_object();
    double total = 0;
    json *reasons = json_get(rec, "review_reasons");
    if (!reasons || reasons->type != JSON_ARRAY) {
        json_set(rec, "review_reasons", json_array());
        reasons = json_get(rec, "review_reasons");
    }
    for (size_t i = 0; i < p->ncriteria; i++) {
        const requirement *r = &p->criteria[i];
        json *d = decide_requirement(r, rec);
        const char *dec = json_get_str(d, "decision");
        double pts = !strcmp(dec, "pass") ? r->points : 0;
        total += pts;
        json *c = json_object();
        json_set_num(c, "points", pts);
        json_set_num(c, "max", r->points);
        json_set(c, "evidence", json_copy(json_get(d, "evidence")));
        json_set_str(c, "decision", dec);
        json_set_str(c, "reason", json_get_str(d, "reason"));
        if (!strcmp(dec, "review")) {
            char *s = xasprintf("Criterium %s (0 punten gegeven, %g mogelijk): %s", r->id, r->points,
                                json_get_str(d, "reason"));
            json_push(reasons, json_string(s));
            free(s);
        }
        json_set(crit, r->id, c);
        json_free(d);
    }
    json_set(rec, "criteria", crit);
    json_set_num(rec, "score", total);
}

/* Sort classes: 0 eligible, 1 review, 2 not eligible, 3 unreadable. */
static int record_class(const json *rec)
{
    if (!is_ok(rec))
        return 3;
    if (json_get_bool(rec, "eligible", false))
        return 0;
    const json *sets[2] = {json_get(rec, "checks"), json_get(rec, "knockouts")};
    bool fail = false;
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; sets[k] && sets[k]->type == JSON_OBJECT && i < sets[k]->len; i++)
            if (json_str(sets[k]->items[i]) && !strcmp(json_str(sets[k]->items[i]), "fail"))
                fail = true;
    return fail ? 2 : 1;
}

/*
 * One record of the batch as the ranking and the writing of results.jsonl
 * need it, made when the record arrives (scored_new).  The sort keys are
 * read from the record once, not by every comparison (json_get in the
 * comparison was most of the sort).  And the record is written out then,
 * as results.jsonl will hold it, but for the values the ranking sets: rank,
 * shortlisted and, for an eligible record, tie_break_rate, whose places
 * (hole[]) are left open, and tie_unresolved, which the ranking may add at
 * the end.  Serialising the records was the largest part of the work after
 * the last record, which cannot overlap with extraction; now it is done
 * while the records stream in, and the end only fills in the holes.
 */
enum { HOLE_RANK, HOLE_SHORTLISTED, HOLE_TIE_RATE, NHOLES };

typedef struct {
    json *rec;
    int cls;                /* record_class() */
    double score;
    const json *rate;       /* hourly_rate when a number, else NULL */
    const char *file;       /* "" when missing */
    bool late;              /* not written ahead (it has a tie_unresolved of its own) */
    size_t start, end;      /* its line in lines[start, end), without the closing '}' */
    size_t hole[NHOLES];    /* where the ranking's values go (offsets into lines) */
    size_t nholes;
} scored;

static strbuf lines = STRBUF_INIT;     /* the records written ahead, one after the other */

/* The members of rec as results.jsonl will have them (contract_order has
 * run: rank and shortlisted are members 20 and 21), with holes. */
static void write_ahead(scored *s)
{
    json *rec = s->rec;
    if (s->cls == 0) {
        if (json_get(rec, "tie_unresolved")) {
            s->late = true;     /* rank() may set it in place: write it then */
            return;
        }
        /* rank() gives every eligible record a tie_break_rate (at the end
         * when new); set it now so its place is known */
        json_set_bool(rec, "tie_break_rate", false);
    }
    s->start = lines.len;
    sb_addc(&lines, '{');
    for (size_t i = 0; i < rec->len; i++) {
        if (i)
            sb_addc(&lines, ',');
        json_sb_write_string(&lines, rec->keys[i], strlen(rec->keys[i]));
        sb_addc(&lines, ':');
        int h = i == 20 ? HOLE_RANK : i == 21 ? HOLE_SHORTLISTED
              : s->cls == 0 && !strcmp(rec->keys[i], "tie_break_rate") ? HOLE_TIE_RATE : -1;
        if (h >= 0)
            s->hole[s->nholes++] = lines.len;
        else
            json_sb_write(&lines, rec->items[i]);
    }
    s->end = lines.len;
}

static void scored_init(scored *s, json *rec)
{
    memset(s, 0, sizeof *s);
    s->rec = rec;
    s->cls = record_class(rec);
    s->score = json_get_num(rec, "score", 0);
    const json *rate = json_get(rec, "hourly_rate");
    s->rate = rate && rate->type == JSON_NUMBER ? rate : NULL;
    const char *file = json_get_str(rec, "file");
    s->file = file ? file : "";
    write_ahead(s);
}

static bool g_tie_rate;

static int cmp_rate(const scored *a, const scored *b)
{
    if (!a->rate != !b->rate)
        return a->rate ? -1 : 1;
    if (a->rate && a->rate->n != b->rate->n)
        return a->rate->n < b->rate->n ? -1 : 1;
    return 0;
}

static int cmp_scored(const void *pa, const void *pb)
{
    const scored *a = pa, *b = pb;
    if (a->cls != b->cls)
        return a->cls - b->cls;
    if (a->cls <= 2) {
        if (a->score != b->score)
            return a->score > b->score ? -1 : 1;
        if (a->cls == 0 && g_tie_rate) {
            int r = cmp_rate(a, b);
            if (r)
                return r;
        }
    }
    return strcmp(a->file, b->file);
}

/* Sorts v and sets rank, shortlisted, tie_break_rate and tie_unresolved in
 * the records, for the reports; the values are taken again from the records
 * when the lines are written (write_results). */
static void rank(scored *v, size_t n, const profile *p)
{
    g_tie_rate = p->tie_break_rate;
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_scored);
    long r = 0;
    for (size_t i = 0; i < n; i++) {
        json *rec = v[i].rec;
        if (v[i].cls != 0) {
            json_set_null(rec, "rank");
            json_set_bool(rec, "shortlisted", false);
            continue;
        }
        r++;
        json_set_int(rec, "rank", r);
        json_set_bool(rec, "shortlisted", r <= p->shortlist);
        /* a neighbour with the same score: did the rate decide, or nothing? */
        bool rate_decided = false, undecided = false;
        for (int dir = -1; dir <= 1; dir += 2) {
            if ((dir < 0 && i == 0) || (dir > 0 && i + 1 >= n))
                continue;
            const scored *o = &v[i + (size_t)dir];
            if (o->cls != 0 || o->score != v[i].score)
                continue;
            if (g_tie_rate && cmp_rate(&v[i], o) != 0)
                rate_decided = true;
            else
                undecided = true;
        }
        json_set_bool(rec, "tie_break_rate", rate_decided);
        if (undecided)
            json_set_bool(rec, "tie_unresolved", true);
    }
}

/* The contract's members first (null when absent), then the rest; no page text. */
static void contract_order(json *rec)
{
    json_reorder(rec, contract_keys, sizeof contract_keys / sizeof *contract_keys);
    json_remove(rec, "page_text");
}

/* results.jsonl: the lines written ahead with the ranking's values filled in. */
static void write_results(const scored *v, size_t n)
{
    static const char *const hole_key[NHOLES] = {"rank", "shortlisted", "tie_break_rate"};
    strbuf val = STRBUF_INIT;
    for (size_t i = 0; i < n; i++) {
        const scored *s = &v[i];
        if (s->late) {
            stage_write(s->rec);
            continue;
        }
        size_t at = s->start;
        for (size_t h = 0; h < s->nholes; h++) {
            fwrite(lines.data + at, 1, s->hole[h] - at, stdout);
            sb_reset(&val);
            int k = h == 0 ? HOLE_RANK : h == 1 ? HOLE_SHORTLISTED : HOLE_TIE_RATE;
            json_sb_write(&val, json_get(s->rec, hole_key[k]));
            fwrite(val.data, 1, val.len, stdout);
            at = s->hole[h];
        }
        fwrite(lines.data + at, 1, s->end - at, stdout);
        const json *tu = s->cls == 0 ? json_get(s->rec, "tie_unresolved") : NULL;
        if (tu) {
            sb_reset(&val);
            sb_adds(&val, ",\"tie_unresolved\":");
            json_sb_write(&val, tu);
            fwrite(val.data, 1, val.len, stdout);
        }
        fputs("}\n", stdout);
    }
    sb_free(&val);
    if (fflush(stdout) != 0 || ferror(stdout))
        die("cannot write to stdout: %s", strerror(errno));
}

typedef int (*report_fn)(FILE *, const profile *, json **, size_t, const report_options *, char **);

static void write_report(const char *path, report_fn fn, const profile *p, json **recs, size_t n,
                         const report_options *o)
{
    FILE *f = fopen(path, "w");
    if (!f)
        die("cannot write %s: %s", path, strerror(errno));
    char *err = NULL;
    if (fn(f, p, recs, n, o, &err) < 0)
        die("cannot write %s: %s", path, err ? err : "write error");
    if (fclose(f) != 0)
        die("cannot write %s: %s", path, strerror(errno));
}

/* The blind key: a new file only the owner can read (mode 0600 whatever the umask). */
static void write_key(const char *path, json **recs, size_t n, const report_options *o)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        die("cannot write %s: %s", path, strerror(errno));
    if (fchmod(fd, 0600) != 0)
        die("cannot set the mode of %s: %s", path, strerror(errno));
    FILE *f = fdopen(fd, "w");
    if (!f)
        die("cannot write %s: %s", path, strerror(errno));
    char *err = NULL;
    if (report_write_blind_key(f, recs, n, o, &err) < 0)
        die("cannot write %s: %s", path, err ? err : "write error");
    if (fclose(f) != 0)
        die("cannot write %s: %s", path, strerror(errno));
}

/*
 * Writes the HTML report and the interview sheet (either may be NULL) in a
 * forked child, which only reads the records: its copy of them goes with it
 * when it exits.  Returns the child's pid, or 0 when there was nothing to do
 * or fork failed and they were written here.
 */
static pid_t start_reports(const char *html, const char *interview, const profile *p, json **recs, size_t n,
                           const report_options *o)
{
    if (!html && !interview)
        return 0;
    fflush(stdout);     /* nothing buffered for the child to write twice */
    fflush(stderr);
    pid_t pid = fork();
    if (pid != 0 && pid != -1)
        return pid;
    if (html)
        write_report(html, report_write_html_opt, p, recs, n, o);
    if (interview)
        write_report(interview, report_write_interview, p, recs, n, o);
    if (pid == 0)
        _exit(0);       /* write_report dies (exit status 2) on any error */
    return 0;
}

static void finish_reports(pid_t pid)
{
    int status;
    if (pid <= 0)
        return;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            die("waiting for the report writer: %s", strerror(errno));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        die("the HTML report or the interview sheet could not be written (see above)");
}

static void summary(json **recs, size_t n)
{
    static const char *const cls[] = {"geschikt", "nader beoordelen", "niet geschikt", "onleesbaar"};
    size_t count[4] = {0};
    for (size_t i = 0; i < n; i++)
        count[record_class(recs[i])]++;
    fprintf(stderr, "%zu bestanden: %zu geschikt, %zu nader beoordelen, %zu niet geschikt, %zu onleesbaar\n", n,
            count[0], count[1], count[2], count[3]);
    for (size_t i = 0; i < n; i++) {
        const json *r = recs[i];
        int c = record_class(r);
        const char *name = json_get_str(json_get(r, "candidate"), "name");
        const char *file = json_get_str(r, "file");
        const json *rate = json_get(r, "hourly_rate");
        char ratebuf[32] = "-";
        if (rate && rate->type == JSON_NUMBER)
            snprintf(ratebuf, sizeof ratebuf, "%.2f", rate->n);
        if (c == 0)
            fprintf(stderr, "  %2ld. %-28s %5g punten  tarief %-7s %s\n", (long)json_get_num(r, "rank", 0),
                    name ? name : "(naam onbekend)", json_get_num(r, "score", 0), ratebuf,
                    json_get_bool(r, "shortlisted", false) ? "shortlist" : "");
        else if (c == 3)
            fprintf(stderr, "   -  %-28s %s (%s)\n", file ? file : "?", cls[c],
                    json_get_str(json_get(r, "error"), "code") ? json_get_str(json_get(r, "error"), "code") : "?");
        else
            fprintf(stderr, "   -  %-28s %s\n", name ? name : (file ? file : "?"), cls[c]);
    }
}

int main(int argc, char **argv)
{
    zeef_progname = "zeef-score";
#ifdef M_MXFAST
    /* This stage keeps every record of the batch and frees them all at the
     * end; without glibc's fastbins that costs a fifth less time (no
     * consolidation of hundreds of thousands of small chunks; docs/bench.md). */
    mallopt(M_MXFAST, 0);
#endif
    const char *tender = NULL, *html = NULL, *csv = NULL, *interview = NULL, *keyfile = NULL;
    report_options ro = {"nl", 0};
    bool want_summary = false;
    static const struct option longopts[] = {
        {"tender", required_argument, NULL, 't'}, {"html", required_argument, NULL, 'H'},
        {"csv", required_argument, NULL, 'C'},    {"summary", no_argument, NULL, 'S'},
        {"interview", required_argument, NULL, 'I'}, {"lang", required_argument, NULL, 'L'},
        {"blind", required_argument, NULL, 'B'},  {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int c;
    while ((c = getopt_long(argc, argv, "t:h", longopts, NULL)) != -1) {
        switch (c) {
        case 't': tender = optarg; break;
        case 'H': html = optarg; break;
        case 'C': csv = optarg; break;
        case 'S': want_summary = true; break;
        case 'I': interview = optarg; break;
        case 'L':
            if (!report_lang_ok(optarg)) {
                fprintf(stderr, "zeef-score: --lang: unknown language '%s' (nl or en)\n", optarg);
                return 2;
            }
            ro.lang = optarg;
            break;
        case 'B': keyfile = optarg; ro.blind = 1; break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    if (optind < argc) {
        fputs(usage, stderr);
        return 2;
    }
    profile *p;
    stage_load_tender(tender, &p, NULL);

    /* Every JSON value of this process lives in one arena (json.h): the
     * batch is dropped at the end in a few frees of large blocks instead of
     * a free per node, which touched every page of the batch (and made the
     * kernel copy each one, shared with the report writer since the fork). */
    json_arena *arena = json_arena_new();
    json_use_arena(arena);

    scored *v = NULL;
    size_t n = 0, cap = 0;
    json *rec;
    long lineno = 0;
    int r;
    while ((r = stage_read(stdin, &rec, &lineno)) != 0) {
        if (r < 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            v = xreallocarray(v, cap, sizeof *v);
        }
        /* all a record needs that does not depend on the others, done as
         * it arrives: this overlaps with the earlier stages */
        score_record(rec, p);
        contract_order(rec);
        scored_init(&v[n++], rec);
    }
    rank(v, n, p);
    json **recs = xcalloc(n + 1, sizeof *recs);
    for (size_t i = 0; i < n; i++)
        recs[i] = v[i].rec;
    /* the human reports: blind copies when asked */
    json **hrecs = ro.blind ? report_blind_records(recs, n, &ro) : recs;
    if (keyfile)
        write_key(keyfile, recs, n, &ro);
    pid_t reports = start_reports(html, interview, p, hrecs, n, &ro);
    write_results(v, n);
    if (csv)
        write_report(csv, report_write_csv_opt, p, hrecs, n, &ro);
    if (want_summary)
        summary(hrecs, n);
    if (ro.blind)
        report_blind_free(hrecs, n);
    /* no json_free of each record: all of them are in the arena */
    json_use_arena(NULL);
    json_arena_free(arena);
    free(recs);
    free(v);
    sb_free(&lines);
    profile_free(p);
    json_lines_done();
    finish_reports(reports);
    return 0;
}
