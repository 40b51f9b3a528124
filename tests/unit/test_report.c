/*
 * test_report.c — report.html and report.csv (pipeline/report.c).
 *
 * Builds a small batch by hand (three eligible candidates of which two have
 * an equal score decided by the hourly rate, one to review, one not
 * eligible, one unreadable file), writes both reports to memory and checks
 * their content: ranking and shortlist marks, section order, escaping of
 * hostile names, the Dutch CSV conventions (BOM, ";", CRLF, decimal comma,
 * quoting, formula neutralisation), one CSV row per record, reproducible
 * output, tolerance of odd records and reporting of write errors.
 *
 * The profile is built by hand (no profile_load), so this test needs no
 * profile file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "json.h"
#include "profile.h"
#include "report.h"
#include "tap.h"
#include "util.h"

#define EVIL_NAME "Eva <script>alert(1)</script> & \"Co\""
#define EVIL_FILE "inbox/Piet;de \"Bouwer\".pdf"

static requirement KOS[] = {
    {.id = "1", .type = REQ_NO_SELF_EMPLOYED, .text = "Inschrijver is geen ZZP-er"},
    {.id = "2", .type = REQ_EDUCATION, .text = "Afgeronde opleiding op minimaal HBO bachelor niveau"},
    {.id = "3", .type = REQ_EXPERIENCE, .text = "Minimaal 5 jaar ervaring als coördinator"},
};
static requirement CRITS[] = {
    {.id = "4", .type = REQ_EDUCATION, .text = "Opleiding MWD", .points = 15},
    {.id = "5", .type = REQ_EXPERIENCE, .text = "Minimaal 6 jaar ervaring", .points = 25},
};

static profile make_profile(void)
{
    profile p;
    memset(&p, 0, sizeof p);
    p.path = "/somewhere/rules/coordinator-welzijn-heerde.profile";
    p.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    p.title = "Coördinator welzijn";
    p.organisation = "Gemeente Heerde";
    p.deadline = "2025-11-25";
    p.hours = "24 uur per week";
    p.duration = "tot en met 30 juni 2026";
    p.shortlist = 2;
    p.tie_break_rate = true;
    p.total_points = 40;
    p.max_pages = 5;
    p.language = "nl";
    p.min_references = 2;
    p.knockouts = KOS;
    p.nknockouts = 3;
    p.criteria = CRITS;
    p.ncriteria = 2;
    return p;
}

static json *detail(const char *decision, const char *reason, int page, const char *text)
{
    json *d = json_object();
    json_set_str(d, "decision", decision);
    json_set_str(d, "reason", reason);
    json *ev = json_array();
    if (text) {
        json *e = json_object();
        json_set_int(e, "page", page);
        json_set_str(e, "text", text);
        json_set_str(e, "rule", "test.rule");
        json_push(ev, e);
    }
    json_set(d, "evidence", ev);
    return d;
}

/* A readable record; decisions "pass" unless given. */
static json *rec_ok(const char *file, const char *name, const char *email, double score,
                    const char *ko3, const char *dutch)
{
    json *r = json_object();
    json_set_str(r, "schema", "zeef/1");
    json_set_str(r, "file", file);
    json_set_str(r, "sha256", "aaaa1111");
    json_set_str(r, "format", "pdf");
    json_set_str(r, "status", "ok");
    json_set_null(r, "error");
    json_set_int(r, "pages", 3);
    json_set_bool(r, "pages_exact", true);
    json *c = json_object();
    json_set_str(c, "name", name);
    json_set_str(c, "email", email);
    json_set_str(c, "phone", "+31 6 12345678");
    json_set(r, "candidate", c);
    json *l = json_object();
    json_set_str(l, "code", "nl");
    json_set_num(l, "dutch_ratio", 0.94);
    json_set(r, "language", l);
    json *ed = json_object();
    json_set_str(ed, "highest_level", "hbo");
    json_set_bool(ed, "hbo_bachelor_completed", true);
    json_set_bool(ed, "mwd", true);
    json *ents = json_array();
    json *ent = json_object();
    json_set_str(ent, "text", "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion");
    json_set_str(ent, "level", "hbo");
    json_set_bool(ent, "completed", true);
    json_set_int(ent, "page", 2);
    json_push(ents, ent);
    json_set(ed, "entries", ents);
    json_set(r, "education", ed);
    json *ex = json_object();
    json_set_int(ex, "coord_months", 86);
    json *pos = json_array();
    json *p1 = json_object();
    json_set_str(p1, "title", "Coördinator sociaal team");
    json_set_str(p1, "employer", "Gemeente Epe");
    json_set_str(p1, "start", "2018-09");
    json_set_null(p1, "end");
    json_set_int(p1, "months", 87);
    json_set_bool(p1, "relevant", true);
    json_set_int(p1, "page", 1);
    json_push(pos, p1);
    json_set(ex, "positions", pos);
    json_set(r, "experience", ex);
    json *refs = json_object();
    json_set_int(refs, "count", 2);
    json_set_bool(refs, "on_request", false);
    json_set(r, "references", refs);
    json_set_bool(r, "zzp", false);
    json_set_null(r, "hourly_rate");

    json *checks = json_object(), *cd = json_object();
    json_set_str(checks, "pages", "pass");
    json_set_str(checks, "dutch", dutch);
    json_set_str(checks, "references", "pass");
    json_set(cd, "pages", detail("pass", "Het cv telt 3 pagina's.", 0, NULL));
    json_set(cd, "dutch", strcmp(dutch, "review") == 0
                              ? detail("review", "Slechts 72% van de woorden is Nederlands.", 1,
                                       "Project lead community care")
                              : detail(dutch, "Het cv is in het Nederlands opgesteld.", 0, NULL));
    json_set(cd, "references", detail("pass", "Twee referenties genoemd.", 3, "Referenties: ..."));
    json_set(r, "checks", checks);
    json_set(r, "check_details", cd);

    json *kos = json_object(), *kd = json_object();
    json_set_str(kos, "1", "pass");
    json_set_str(kos, "2", "pass");
    json_set_str(kos, "3", ko3);
    json_set(kd, "1", detail("pass", "Geen aanwijzing voor ZZP.", 0, NULL));
    json_set(kd, "2", detail("pass", "Afgeronde hbo-bachelor gevonden.", 2, "Bachelor MWD"));
    json_set(kd, "3", strcmp(ko3, "fail") == 0
                          ? detail("fail", "Slechts 38 maanden ervaring als coördinator; vereist is 60.",
                                   2, "2021 - heden coördinator wijkteam")
                          : detail(ko3, "86 maanden ervaring als coördinator.", 1,
                                   "2018 – heden Coördinator sociaal team"));
    json_set(r, "knockouts", kos);
    json_set(r, "knockout_details", kd);

    json *cr = json_object();
    json *c4 = json_object();
    json_set_num(c4, "points", 15);
    json_set_num(c4, "max", 15);
    json *ev4 = json_array();
    json *e4 = json_object();
    json_set_int(e4, "page", 2);
    json_set_str(e4, "text", "Bachelor MWD");
    json_set_str(e4, "rule", "education.mwd");
    json_push(ev4, e4);
    json_set(c4, "evidence", ev4);
    json_set_str(c4, "reason", "Afgeronde hbo-bachelor MWD.");
    json_set(cr, "4", c4);
    json *c5 = json_object();
    json_set_num(c5, "points", score - 15);
    json_set_num(c5, "max", 25);
    json_set(c5, "evidence", json_array());
    json_set_str(c5, "reason", "Ervaring beoordeeld.");
    json_set(cr, "5", c5);
    json_set(r, "criteria", cr);
    json_set_num(r, "score", score);
    json_set_bool(r, "eligible", false);
    json_set_null(r, "rank");
    json_set_bool(r, "shortlisted", false);
    return r;
}

static json *rec_eligible(const char *file, const char *name, double score, double rate, int rank,
                          bool shortlisted, bool tie)
{
    json *r = rec_ok(file, name, "x@example.nl", score, "pass", "pass");
    json_set_num(r, "hourly_rate", rate);
    json_set_bool(r, "eligible", true);
    json_set_int(r, "rank", rank);
    json_set_bool(r, "shortlisted", shortlisted);
    if (tie)
        json_set_bool(r, "tie_break_rate", true);
    return r;
}

static json *rec_error(void)
{
    json *r = json_object();
    json_set_str(r, "schema", "zeef/1");
    json_set_str(r, "file", "inbox/Geheim.pdf");
    json_set_str(r, "sha256", "bbbb2222");
    json_set_str(r, "format", "pdf");
    json_set_str(r, "status", "error");
    json *e = json_object();
    json_set_str(e, "code", "encrypted");
    json_set_str(e, "message", "PDF document is encrypted <and needs a password>");
    json_set(r, "error", e);
    json_set_null(r, "candidate");
    json_set_null(r, "checks");
    json_set_null(r, "knockouts");
    json_set_null(r, "criteria");
    json_set_null(r, "score");
    json_set_bool(r, "eligible", false);
    json_set_null(r, "rank");
    json_set_bool(r, "shortlisted", false);
    return r;
}

static char *render(int (*fn)(FILE *, const profile *, json **, size_t, char **),
                    const profile *p, json **recs, size_t n, size_t *len, int *rc)
{
    char *buf = NULL;
    size_t sz = 0;
    FILE *f = open_memstream(&buf, &sz);
    char *err = NULL;
    *rc = fn(f, p, recs, n, &err);
    fclose(f);
    free(err);
    *len = sz;
    return buf;
}

/* Position of needle in hay (at or after from), or -1. */
static long pos_of(const char *hay, const char *needle, long from)
{
    if (from < 0)
        return -1;
    const char *s = strstr(hay + from, needle);
    return s ? (long)(s - hay) : -1;
}

/* The substring [from, end of the first `until` after from). malloc'd. */
static char *slice(const char *hay, long from, const char *until)
{
    if (from < 0)
        return xstrdup("");
    const char *e = strstr(hay + from, until);
    size_t n = e ? (size_t)(e - (hay + from)) : strlen(hay + from);
    return xstrndup(hay + from, n);
}

static size_t count_of(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *s = strstr(hay, needle); s; s = strstr(s + 1, needle))
        n++;
    return n;
}

/* Splits a CSV line (without CRLF) into fields; quoted fields unquoted.
 * Returns the number of fields; fields[] malloc'd. */
static size_t csv_split(const char *line, char ***fields)
{
    size_t n = 0, cap = 64;
    char **v = xcalloc(cap, sizeof *v);
    const char *s = line;
    for (;;) {
        strbuf f = STRBUF_INIT;
        if (*s == '"') {
            s++;
            while (*s) {
                if (*s == '"' && s[1] == '"') {
                    sb_addc(&f, '"');
                    s += 2;
                } else if (*s == '"') {
                    s++;
                    break;
                } else {
                    sb_addc(&f, *s++);
                }
            }
        } else {
            while (*s && *s != ';')
                sb_addc(&f, *s++);
        }
        if (n == cap)
            v = xreallocarray(v, cap *= 2, sizeof *v);
        v[n++] = sb_detach(&f);
        if (*s != ';')
            break;
        s++;
    }
    *fields = v;
    return n;
}

static void free_fields(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static long col_index(char **head, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(head[i], name) == 0)
            return (long)i;
    return -1;
}

int main(void)
{
    profile p = make_profile();
    json *recs[6];
    recs[0] = rec_eligible("inbox/Anna.pdf", "Anna Jansen", 40, 95, 1, true, false);
    /* an eligible candidate with a criterion the pipeline could not decide */
    json_set_str(json_get_path(recs[0], "criteria.5"), "decision", "review");
    json *rr0 = json_array();
    json_push(rr0, json_string("Criterium 5 (0 punten gegeven, 25 mogelijk): Datums onduidelijk."));
    json_set(recs[0], "review_reasons", rr0);
    recs[1] = rec_eligible("inbox/Bas.docx", "Bas Bakker", 35, 80, 2, true, true);
    recs[2] = rec_eligible("inbox/Eva.pdf", EVIL_NAME, 35, 87.5, 3, false, true);
    json_set_str(json_get(recs[2], "candidate"), "email", "=HYPERLINK(\"http://x\")");
    recs[3] = rec_ok("inbox/Rik.pdf", "Rik Review", "rik@example.nl", 30, "pass", "review");
    json *rr = json_array();
    json_push(rr, json_string("Nederlandstalig: Slechts 72% van de woorden is Nederlands."));
    json_push(rr, json_string("Einddatum van de laatste functie is onduidelijk."));
    json_set(recs[3], "review_reasons", rr);
    recs[4] = rec_ok(EVIL_FILE, "Piet Afgewezen", "piet@example.nl", 20, "fail", "pass");
    recs[5] = rec_error();
    /* The same bytes dropped twice (zeef's drop folder): one record, two arrivals. */
    json *arr = json_array();
    const char *arrived[][2] = {{"Geheim.pdf", "2026-11-02T08:00:00Z"},
                                {"Geheim <kopie>.pdf", "2026-11-03T09:30:00Z"}};
    for (size_t i = 0; i < 2; i++) {
        json *a = json_object();
        json_set_int(a, "arrival", (long)i + 1);
        json_set_str(a, "file", arrived[i][0]);
        json_set_str(a, "received", arrived[i][1]);
        json_push(arr, a);
    }
    json_set(recs[5], "arrivals", arr);
    json *one = json_array();   /* a single arrival is no duplicate: nothing said */
    json *a1 = json_object();
    json_set_str(a1, "file", "Bas.docx");
    json_push(one, a1);
    json_set(recs[1], "arrivals", one);
    size_t n = 6;

    /* ---- HTML ---- */
    size_t hlen;
    int rc;
    char *html = render(report_write_html, &p, recs, n, &hlen, &rc);
    is_int(rc, 0, "html: returns 0");
    ok(hlen == strlen(html), "html: no NUL bytes");
    ok(starts_with(html, "<!DOCTYPE html>"), "html: doctype");
    ok(strstr(html, "<html lang=\"nl\">") != NULL, "html: lang nl");
    ok(strstr(html, "@page { size: A4; margin: 15mm }") != NULL, "html: A4 page rule");
    ok(strstr(html, "break-before: page") && strstr(html, "page-break-before: always"),
       "html: page breaks between detail sections");
    ok(strstr(html, "thead { display: table-header-group }") != NULL, "html: thead repeats");
    ok(strstr(html, "word-break: break-word") != NULL, "html: cells wrap");
    ok(!strstr(html, "<script") && !strstr(html, "<link") && !strstr(html, "src=") &&
           !strstr(html, "@font-face") && !strstr(html, "url("),
       "html: self-contained (no script, link, src, fonts, url)");
    ok(strstr(html, "Eva &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;") != NULL,
       "html: hostile name escaped");
    ok(strstr(html, "encrypted &lt;and needs a password&gt;") != NULL,
       "html: technical message escaped");
    ok(count_of(html, "2 keer ontvangen, met dezelfde inhoud (sha256): één inzending") == 1,
       "html: a document dropped twice is one submission, said once");
    ok(strstr(html, "<li>Geheim.pdf <span class=\"muted\">2026-11-02T08:00:00Z</span></li>"
                    "<li>Geheim &lt;kopie&gt;.pdf <span class=\"muted\">2026-11-03T09:30:00Z</span></li>") != NULL,
       "html: both arrivals listed, names escaped");
    ok(count_of(html, "keer ontvangen") == 1, "html: a single arrival says nothing");

    /* header */
    ok(strstr(html, "<header>") && strstr(html, "<main>") && strstr(html, "</main>"),
       "html: header and main");
    ok(strstr(html, "<h1>Coördinator welzijn</h1>") != NULL, "html: title");
    ok(strstr(html, "Gemeente Heerde") != NULL, "html: organisation");
    ok(strstr(html, "25 november 2025") != NULL, "html: deadline in Dutch");
    ok(strstr(html, "24 uur per week") && strstr(html, "tot en met 30 juni 2026"),
       "html: hours and duration");
    ok(strstr(html, "coordinator-welzijn-heerde.profile") && !strstr(html, "/somewhere/"),
       "html: profile by file name, not path");
    ok(strstr(html, p.sha256) != NULL, "html: profile sha256");
    ok(strstr(html, "Minimaal 5 jaar ervaring als coördinator") != NULL, "html: knock-out text");
    ok(strstr(html, "Opleiding MWD</td><td class=\"num\">15</td>") != NULL,
       "html: criterion with max points");
    {
        static const char *mon[] = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
                                    "augustus", "september", "oktober", "november", "december"};
        time_t now = time(NULL);
        struct tm tm;
        localtime_r(&now, &tm);
        char iso[32], nl[64];
        strftime(iso, sizeof iso, "%Y-%m-%d", &tm);
        snprintf(nl, sizeof nl, "%d %s %d", tm.tm_mday, mon[tm.tm_mon], tm.tm_year + 1900);
        ok(!strstr(html, iso) && !strstr(html, nl), "html: today's date is not printed");
    }

    /* section order */
    long s_gesch = pos_of(html, "<h2 id=\"h-geschikt\">Geschikt</h2>", 0);
    long s_nader = pos_of(html, "<h2 id=\"h-nader\">Nader beoordelen</h2>", 0);
    long s_niet = pos_of(html, "<h2 id=\"h-niet\">Niet geschikt</h2>", 0);
    long s_onl = pos_of(html, "<h2 id=\"h-onleesbaar\">Onleesbare bestanden</h2>", 0);
    long s_det = pos_of(html, "<h2 id=\"h-details\">Details per kandidaat</h2>", 0);
    ok(s_gesch > 0 && s_gesch < s_nader && s_nader < s_niet && s_niet < s_onl && s_onl < s_det,
       "html: sections Geschikt < Nader beoordelen < Niet geschikt < Onleesbare bestanden < Details");

    /* ranked table */
    char *table = slice(html, pos_of(html, "<table class=\"rank\">", 0), "</table>");
    long ta = pos_of(table, "Anna Jansen", 0), tb = pos_of(table, "Bas Bakker", 0),
         te = pos_of(table, "Eva &lt;script&gt;", 0);
    ok(ta > 0 && ta < tb && tb < te, "html: ranked table in rank order");
    ok(!strstr(table, "Rik Review") && !strstr(table, "Piet Afgewezen") && !strstr(table, "Geheim"),
       "html: only eligible candidates in ranked table");
    ok(strstr(table, "<caption>") && strstr(table, "scope=\"col\"") && strstr(table, "scope=\"row\""),
       "html: table has caption and th scope");
    ok(strstr(table, "Crit. 4") && strstr(table, "Crit. 5"), "html: one column per criterion");
    is_int(count_of(table, "<tr"), 4, "html: header row + 3 candidate rows");
    char *row_a = slice(table, ta, "</tr>");
    char *row_b = slice(table, tb, "</tr>");
    char *row_e = slice(table, te, "</tr>");
    ok(strstr(row_a, "★ shortlist") && strstr(row_b, "★ shortlist") && !strstr(row_e, "shortlist"),
       "html: shortlist marked in text (ranks 1-2, not 3)");
    ok(strstr(row_b, "gelijke score; lager uurtarief gaf de doorslag") &&
           strstr(row_b, "gelijk met rang 3") && !strstr(row_a, "gelijke score"),
       "html: rate-decided tie explained");
    ok(strstr(row_e, "€ 87,50") != NULL, "html: hourly rate in Dutch format");
    ok(strstr(row_a, "<strong>40</strong>") != NULL, "html: total score");
    ok(strstr(row_a, "voldoet") != NULL, "html: checks as words");
    ok(strstr(html, "★ shortlist</span> = behoort tot de 2 best scorende") != NULL,
       "html: shortlist legend");
    {
        char *gesch = slice(html, s_gesch, "<h2 id=\"h-nader\"");
        ok(strstr(gesch, "Nader te beoordelen bij geschikte kandidaten") &&
               strstr(gesch, "Criterium 5 (0 punten gegeven, 25 mogelijk): Datums onduidelijk."),
           "html: review points of eligible candidates shown with the ranking");
        free(gesch);
    }
    free(row_a);
    free(row_b);
    free(row_e);
    free(table);

    /* review section */
    char *nader = slice(html, s_nader, "<h2 id=\"h-niet\"");
    ok(strstr(nader, "Rik Review") && !strstr(nader, "Piet Afgewezen"), "html: review section holds the review record");
    ok(strstr(nader, "Slechts 72% van de woorden is Nederlands.") &&
           strstr(nader, "Einddatum van de laatste functie is onduidelijk."),
       "html: review decision reason and review_reasons");
    is_int(count_of(nader, "Slechts 72% van de woorden is Nederlands."), 1,
           "html: a reason given twice is shown once");
    ok(strstr(nader, "nader beoordelen") != NULL, "html: review as words");
    free(nader);

    /* fail section */
    char *niet = slice(html, s_niet, "<h2 id=\"h-onleesbaar\"");
    ok(strstr(niet, "Piet Afgewezen") != NULL, "html: not-eligible section holds the failed record");
    ok(strstr(niet, "Knock-out 3") && strstr(niet, "voldoet niet") &&
           strstr(niet, "Slechts 38 maanden ervaring als coördinator; vereist is 60."),
       "html: failed knock-out with reason");
    ok(strstr(niet, "p. 2: <q>“2021 - heden coördinator wijkteam”</q>") != NULL,
       "html: evidence quoted with page");
    ok(!strstr(niet, "Knock-out 2"), "html: passed knock-outs not listed as reasons");
    free(niet);

    /* error section */
    char *onl = slice(html, s_onl, "<h2 id=\"h-details\"");
    ok(strstr(onl, "PDF is beveiligd met een wachtwoord") && strstr(onl, "inbox/Geheim.pdf"),
       "html: encrypted PDF in plain Dutch");
    free(onl);

    /* details */
    char *det = html + s_det;
    is_int(count_of(det, "<section class=\"detail\""), 5, "html: one detail section per readable record");
    ok(pos_of(det, "id=\"h-k1\">Anna", 0) < pos_of(det, "id=\"h-k4\">Rik", 0) &&
           pos_of(det, "id=\"h-k4\">Rik", 0) < pos_of(det, "id=\"h-k5\">Piet", 0) &&
           !strstr(det, "Geheim.pdf\n"),
       "html: details in contract order");
    ok(strstr(det, "sep 2018 – heden") != NULL, "html: open end shown as heden");
    ok(strstr(det, "86 maanden (7 jaar en 2 maanden)") != NULL, "html: total relevant months");
    ok(strstr(det, "Bachelor Maatschappelijk Werk en Dienstverlening, Saxion") != NULL,
       "html: education entries");
    ok(strstr(det, "15 / 15") && strstr(det, "Afgeronde hbo-bachelor MWD.") &&
           strstr(det, "p. 2: <q>“Bachelor MWD”</q>"),
       "html: criterion points, reason and evidence");
    ok(strstr(det, "aaaa1111") != NULL, "html: file sha256 in detail");

    /* reproducible */
    size_t hlen2;
    char *html2 = render(report_write_html, &p, recs, n, &hlen2, &rc);
    ok(hlen == hlen2 && memcmp(html, html2, hlen) == 0, "html: same input, same bytes");
    free(html2);

    /* ---- CSV ---- */
    size_t clen;
    char *csv = render(report_write_csv, &p, recs, n, &clen, &rc);
    is_int(rc, 0, "csv: returns 0");
    ok(clen >= 3 && memcmp(csv, "\xEF\xBB\xBF", 3) == 0, "csv: UTF-8 BOM");
    is_int(count_of(csv, "\r\n"), n + 1, "csv: header + one row per record");
    is_int(count_of(csv, "\n"), n + 1, "csv: no bare line feeds");
    ok(clen >= 2 && csv[clen - 2] == '\r' && csv[clen - 1] == '\n', "csv: ends with CRLF");

    /* split into lines */
    char *lines[16];
    size_t nl = 0;
    for (char *s = csv + 3; *s && nl < 16;) {
        char *e = strstr(s, "\r\n");
        if (!e)
            break;
        lines[nl++] = xstrndup(s, (size_t)(e - s));
        s = e + 2;
    }
    is_int(nl, 7, "csv: 7 lines");
    is_str(lines[0],
           "\"rank\";\"shortlist\";\"bestand\";\"sha256\";\"status\";\"foutcode\";\"kandidaat\";"
           "\"e-mail\";\"telefoon\";\"totaal\";\"criterium_4\";\"criterium_5\";\"uurtarief\";"
           "\"paginas\";\"paginas_exact\";\"check_paginas\";\"check_nederlands\";"
           "\"check_referenties\";\"knockout_1\";\"knockout_2\";\"knockout_3\";\"geschikt\";"
           "\"coord_maanden\";\"hbo_bachelor\";\"mwd\";\"zzp\";\"referenties\";"
           "\"nederlands_aandeel\";\"reden\"",
           "csv: header row");
    char **head;
    size_t nh = csv_split(lines[0], &head);
    is_int(nh, 29, "csv: 29 columns");
    for (size_t i = 1; i < nl; i++) {
        char **f;
        size_t nf = csv_split(lines[i], &f);
        is_int(nf, nh, "csv: row has as many fields as the header");
        free_fields(f, nf);
    }
    ok(starts_with(lines[1], "1;\"ja\";\"inbox/Anna.pdf\";") &&
           starts_with(lines[2], "2;\"ja\";\"inbox/Bas.docx\";") &&
           starts_with(lines[3], "3;\"nee\";\"inbox/Eva.pdf\";"),
       "csv: eligible rows in rank order with shortlist");
    ok(strstr(lines[3], ";87,5;") != NULL, "csv: decimal comma (87,5)");
    ok(strstr(lines[3], ";0,94;") != NULL, "csv: ratio with decimal comma (0,94)");
    ok(strstr(lines[3], "\"Eva <script>alert(1)</script> & \"\"Co\"\"\"") != NULL,
       "csv: inner quotes doubled");
    ok(strstr(lines[3], "\"'=HYPERLINK(\"\"http://x\"\")\"") != NULL,
       "csv: formula neutralised with apostrophe");
    ok(strstr(lines[3], "\"'+31 6 12345678\"") != NULL, "csv: leading + neutralised");
    ok(strstr(lines[5], "\"inbox/Piet;de \"\"Bouwer\"\".pdf\"") != NULL,
       "csv: field with ; and \" quoted");
    ok(strstr(lines[2], "gelijke score; lager uurtarief gaf de doorslag") != NULL,
       "csv: tie explained in reden");

    char **f;
    size_t nf = csv_split(lines[5], &f);
    long ci = col_index(head, nh, "knockout_3"), cr = col_index(head, nh, "reden"),
         cg = col_index(head, nh, "geschikt"), cb = col_index(head, nh, "bestand");
    ok(ci >= 0 && strcmp(f[ci], "voldoet niet") == 0, "csv: failed knock-out as words");
    ok(cg >= 0 && strcmp(f[cg], "nee") == 0, "csv: geschikt nee");
    ok(cb >= 0 && strcmp(f[cb], EVIL_FILE) == 0, "csv: file name round-trips");
    ok(cr >= 0 && strstr(f[cr], "Knock-out 3: Slechts 38 maanden"), "csv: fail reason");
    free_fields(f, nf);

    nf = csv_split(lines[4], &f);
    ok(cr >= 0 && strcmp(f[cr], "Nederlandstalig: Slechts 72% van de woorden is Nederlands. | "
                                "Einddatum van de laatste functie is onduidelijk.") == 0,
       "csv: review reasons joined with \" | \", without repeats");
    long cn = col_index(head, nh, "check_nederlands");
    ok(cn >= 0 && strcmp(f[cn], "nader beoordelen") == 0, "csv: review as words");
    free_fields(f, nf);

    nf = csv_split(lines[6], &f);
    long cs = col_index(head, nh, "status"), cf = col_index(head, nh, "foutcode"),
         ct = col_index(head, nh, "totaal");
    ok(strcmp(f[cs], "error") == 0 && strcmp(f[cf], "encrypted") == 0 && f[ct][0] == '\0',
       "csv: error row with code and empty score");
    ok(strstr(f[cr], "PDF is beveiligd met een wachtwoord") != NULL, "csv: error reason in Dutch");
    free_fields(f, nf);
    free_fields(head, nh);
    for (size_t i = 0; i < nl; i++)
        free(lines[i]);
    free(csv);
    free(html);

    /* ---- odd records: never crash, never drop ---- */
    json *odd[5];
    odd[0] = json_object();
    static const char ODD[] =
        "{\"status\":\"ok\",\"candidate\":\"x\",\"checks\":[1],\"criteria\":{\"9\":7},"
        "\"experience\":{\"positions\":[null,1,{\"end\":5}]},\"score\":\"hoog\","
        "\"knockouts\":{\"1\":\"maybe\"},\"check_details\":{\"pages\":{\"evidence\":[{},3]}},"
        "\"review_reasons\":[1,null,\"\"],\"file\":\"\\u0007bad\\nname\"}";
    odd[1] = json_parse(ODD, strlen(ODD), NULL);
    odd[2] = json_null();
    odd[3] = NULL;
    odd[4] = json_object();
    json_set_str(odd[4], "status", "error");
    json_set_str(odd[4], "file", "x.docx");
    json_set_str(odd[4], "format", "docx");
    json_set(odd[4], "error", json_parse("{\"code\":\"encrypted\"}", strlen("{\"code\":\"encrypted\"}"), NULL));
    json_set(odd[4], "candidate", json_string("\xff\xfe invalid utf8"));
    ok(odd[1] != NULL, "odd: test record parses");
    html = render(report_write_html, &p, odd, 5, &hlen, &rc);
    is_int(rc, 0, "odd: html written");
    ok(strstr(html, "Document is beveiligd met een wachtwoord") != NULL,
       "odd: encrypted DOCX worded as document");
    ok(strstr(html, "</html>") != NULL, "odd: html complete");
    free(html);
    csv = render(report_write_csv, &p, odd, 5, &clen, &rc);
    is_int(rc, 0, "odd: csv written");
    is_int(count_of(csv, "\r\n"), 6, "odd: one row per record, also odd ones");
    is_int(count_of(csv, "\n"), 6, "odd: control characters do not break rows");
    ok(strstr(csv, "\"maybe\"") != NULL, "odd: unknown decision kept as text");
    free(csv);

    /* no profile, no records */
    html = render(report_write_html, NULL, NULL, 0, &hlen, &rc);
    is_int(rc, 0, "empty: html without profile or records");
    ok(strstr(html, "Geen enkele kandidaat") != NULL, "empty: says there are no eligible candidates");
    free(html);
    csv = render(report_write_csv, NULL, NULL, 0, &clen, &rc);
    is_int(count_of(csv, "\r\n"), 1, "empty: csv has only the header");
    free(csv);
    for (size_t i = 0; i < 5; i++)
        json_free(odd[i]);

    /* write errors are reported */
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        char *err = NULL;
        rc = report_write_csv(full, &p, recs, n, &err);
        is_int(rc, -1, "write error: -1");
        ok(err && strstr(err, "CSV-rapport"), "write error: message (%s)", err ? err : "none");
        free(err);
        fclose(full);
    } else {
        ok(1, "# SKIP no /dev/full");
        ok(1, "# SKIP no /dev/full");
    }

    for (size_t i = 0; i < n; i++)
        json_free(recs[i]);
    return tap_done();
}
