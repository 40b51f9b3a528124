/*
 * test_blind.c — blind screening and the other report options
 * (pipeline/report_blind.c, report.c): report_redact() on the kinds of CV
 * lines that carry personal details, and on lines whose evidence must
 * survive; the letters; report_blind_records() on a small batch; the
 * English report; the interview sheet's edge cases.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "profile.h"
#include "report.h"
#include "tap.h"
#include "util.h"

static const char *TOK[] = {"Sanne", "Dijk", "Öztürk", "Jan", "Vries"};

static void red(const char *in, const char *want, const char *name)
{
    char *got = report_redact(in, TOK, sizeof TOK / sizeof *TOK);
    is_str(got, want, name);
    free(got);
}

typedef int (*writer)(FILE *, const profile *, json **, size_t, const report_options *, char **);

static char *render(writer fn, const profile *p, json **recs, size_t n, const report_options *o)
{
    char *buf = NULL;
    size_t sz = 0;
    FILE *f = open_memstream(&buf, &sz);
    char *err = NULL;
    int rc = fn(f, p, recs, n, o, &err);
    fclose(f);
    free(err);
    ok(rc == 0, "writer returns 0");
    return buf;
}

static json *rec(const char *file, const char *name, const char *ev, int rank, int shortlisted)
{
    json *r = json_object();
    json_set_str(r, "schema", "zeef/1");
    json_set_str(r, "file", file);
    json_set_str(r, "sha256", "ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12");
    json_set_str(r, "format", "pdf");
    json_set_str(r, "status", "ok");
    json *c = json_object();
    json_set_str(c, "name", name);
    json_set_str(c, "email", "sanne.vandijk@example.com");
    json_set_str(c, "phone", "06-12340004");
    json_set(r, "candidate", c);
    json *ch = json_object();
    json_set_str(ch, "pages", "pass");
    json_set(r, "checks", ch);
    json *crit = json_object(), *c4 = json_object(), *evs = json_array(), *e = json_object();
    json_set_int(e, "page", 1);
    json_set_str(e, "text", ev);
    json_set_str(e, "rule", "programme.mwd");
    json_push(evs, e);
    json_set_num(c4, "points", 15);
    json_set_num(c4, "max", 15);
    json_set(c4, "evidence", evs);
    json_set(crit, "4", c4);
    json_set(r, "criteria", crit);
    json_set_num(r, "score", 15);
    json_set_bool(r, "eligible", true);
    json_set_int(r, "rank", rank);
    json_set_bool(r, "shortlisted", shortlisted);
    return r;
}

int main(void)
{
    /* ---- report_redact: personal details go ---- */
    red("E-mail: sanne.vandijk@example.com | Telefoon: 06-1234 0005 | Woonplaats: Epe",
        "E-mail: [weggelaten] | Telefoon: [weggelaten] | Woonplaats: [weggelaten]", "contact line");
    red("Bel 06-12340004 of mail sanne@example.nl", "Bel [telefoon] of mail [e-mail]", "bare phone and e-mail");
    red("Mobiel +31 6 12340007", "Mobiel [telefoon]", "international phone");
    red("tel. (0570) 61 23 45", "tel. [telefoon]", "phone after a label");
    red("Geboren: 12-03-1975 te Zwolle", "Geboren: [weggelaten]", "birth date with label");
    red("Geboortedatum 12 maart 1975, Nationaliteit: Nederlandse",
        "Geboortedatum [weggelaten], Nationaliteit: [weggelaten]", "two labels in one line");
    red("Date of birth: 3 June 1980 | Gender: female", "Date of birth: [weggelaten] | Gender: [weggelaten]",
        "English labels");
    red("Geslacht: vrouw", "Geslacht: [weggelaten]", "gender label");
    red("vrouw", "[weggelaten]", "a line that is only a gender");
    red("Leeftijd: 48", "Leeftijd: [weggelaten]", "age label");
    red("Ik ben 48 jaar oud en woon in Epe.", "Ik ben [leeftijd] en woon in Epe.", "age in a sentence");
    red("Adres: Kerkstraat 12, 8011 AB Zwolle", "Adres: [weggelaten]", "address label");
    red("Kerkstraat 12, 8011 AB Zwolle", "Kerkstraat 12, [postcode]", "postcode and place");
    red("Sanne van Dijk-Öztürk, coördinator", "[naam] van [naam]-[naam], coördinator", "name tokens");
    red("SANNE VAN DIJK-ÖZTÜRK", "[naam] VAN [naam]-[naam]", "upper case, accents folded");
    red("Zie linkedin.com/in/sannevandijk of https://example.nl/cv", "Zie [link] of [link]", "links");
    red("KvK-nummer 12345678.", "KvK-nummer [weggelaten].", "KvK number");
    red("Burgerlijke staat: gehuwd", "Burgerlijke staat: [weggelaten]", "marital status");

    /* ---- and the evidence stays ---- */
    red("Coördinator Wmo – Gemeente Zwolle | jan. 2018 – dec. 2020",
        "Coördinator Wmo – Gemeente Zwolle | jan. 2018 – dec. 2020", "a period with 'jan.' is no name");
    red("01-2012 - 12-2015 Teamleider", "01-2012 - 12-2015 Teamleider", "month-year periods are no phone");
    red("2004 – 2008 HBO MWD, Hogeschool Windesheim", "2004 – 2008 HBO MWD, Hogeschool Windesheim", "education");
    red("1 maart 2015 – heden: manager", "1 maart 2015 – heden: manager", "a recent full date stays");
    red("Budget van 2.500.000 euro en 0,94 fte", "Budget van 2.500.000 euro en 0,94 fte", "numbers stay");
    red("2015 en 2016 bij de Dijkstra groep", "2015 en 2016 bij de Dijkstra groep", "no postcode, no part-word");
    red("Teamleider (man/vrouw) gezocht", "Teamleider (man/vrouw) gezocht", "man/vrouw inside a sentence");
    char *n0 = report_redact(NULL, TOK, 1);
    ok(n0 == NULL, "NULL stays NULL");

    /* ---- letters ---- */
    const size_t idx[] = {0, 1, 25, 26, 27, 51, 52, 701, 702};
    const char *want[] = {"A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"};
    for (size_t i = 0; i < sizeof idx / sizeof *idx; i++) {
        char *l = report_blind_letter(idx[i]);
        is_str(l, want[i], "letter");
        free(l);
    }

    /* ---- blind records ---- */
    json *recs[2];
    recs[0] = rec("inbox/Sanne van Dijk-Öztürk.docx", "Sanne van Dijk-Öztürk",
                  "Referentie: Jan de Vries, 06-12349901; HBO MWD Saxion", 1, 1);
    recs[1] = rec("inbox/Jan de Vries.pdf", "Jan de Vries", "Sanne werkte met mij; jan. 2018 – heden", 2, 0);
    report_options nl = {"nl", 1}, en = {"en", 1};
    json **b = report_blind_records(recs, 2, &nl);
    is_str(json_get_str(json_get(b[0], "candidate"), "name"), "Kandidaat A", "A: name");
    is_str(json_get_str(b[1], "file"), "Kandidaat B", "B: file");
    ok(json_is_null(json_get(b[0], "sha256")), "sha256 withheld");
    ok(json_is_null(json_get_path(b[0], "candidate.email")) && json_is_null(json_get_path(b[0], "candidate.phone")),
       "contact withheld");
    const json *ev = json_get_path(b[0], "criteria.4.evidence");
    is_str(json_get_str(ev->items[0], "text"), "Referentie: [naam] de [naam], [telefoon]; HBO MWD Saxion",
           "another candidate's name is redacted too; the evidence stays");
    ev = json_get_path(b[1], "criteria.4.evidence");
    is_str(json_get_str(ev->items[0], "text"), "[naam] werkte met mij; jan. 2018 – heden", "tokens of the whole batch");
    is_str(json_get_str(recs[0], "file"), "inbox/Sanne van Dijk-Öztürk.docx", "the originals are untouched");

    profile p;
    memset(&p, 0, sizeof p);
    p.title = "Coördinator welzijn";
    p.organisation = "Gemeente Heerde";
    p.total_points = 15;
    p.shortlist = 1;
    static requirement crit[] = {{.id = "4", .type = REQ_EDUCATION, .text = "Opleiding MWD", .points = 15}};
    p.criteria = crit;
    p.ncriteria = 1;
    static char *comp[] = {"Verbindend", "Besluitvaardig"};
    p.competencies = comp;
    p.ncompetencies = 2;

    char *html = render(report_write_html_opt, &p, b, 2, &nl);
    ok(strstr(html, "<dt>Blind beoordelen</dt>") != NULL, "blind html says so");
    ok(!strstr(html, "Sanne") && !strstr(html, "Vries") && !strstr(html, "example.com") &&
       !strstr(html, "ab12ab12") && !strstr(html, "06-1234"), "blind html: no personal detail");
    free(html);
    char *iv = render(report_write_interview, &p, b, 2, &nl);
    ok(strstr(iv, "<h1 id=\"iv1\">Kandidaat A</h1>") && !strstr(iv, "Kandidaat B"), "interview: the shortlisted only");
    ok(strstr(iv, "1. Verbindend") && strstr(iv, "2. Besluitvaardig"), "interview: the competencies");
    ok(strstr(iv, "Beoordelaar 1") && strstr(iv, "Beoordelaar 2"), "interview: two assessors");
    ok(strstr(iv, "onvoldoende") && strstr(iv, "voldoende") && strstr(iv, "goed"), "interview: the three marks");
    ok(strstr(iv, "minimaal een <strong>voldoende</strong>") != NULL, "interview: the rule");
    free(iv);
    report_blind_free(b, 2);

    /* ---- English ---- */
    b = report_blind_records(recs, 2, &en);
    html = render(report_write_html_opt, &p, b, 2, &en);
    ok(strstr(html, "<html lang=\"en\">") != NULL, "en: lang attribute");
    ok(strstr(html, ">Eligible</h2>") && strstr(html, "Candidate A") && strstr(html, "Award criteria"), "en: headings");
    ok(!strstr(html, "Geschikt") && !strstr(html, "Gunningscriteria") && !strstr(html, "Kandidaat") &&
       !strstr(html, "voldoet") && !strstr(html, "Nader beoordelen"), "en: no Dutch headings or verdicts");
    free(html);
    char *csv = render(report_write_csv_opt, &p, b, 2, &en);
    ok(strstr(csv, "\"yes\"") && !strstr(csv, "\"ja\""), "en csv: yes/no");
    free(csv);
    iv = render(report_write_interview, &p, b, 2, &en);
    ok(strstr(iv, "Assessor 2") && strstr(iv, "Competency") && strstr(iv, "sufficient"), "en: interview sheet");
    free(iv);
    report_blind_free(b, 2);

    /* ---- interview sheet: no shortlist, no competencies ---- */
    json_set_bool(recs[0], "shortlisted", false);
    iv = render(report_write_interview, &p, recs, 2, NULL);
    ok(strstr(iv, "geen kandidaten op de shortlist") != NULL, "interview: no shortlist said so");
    free(iv);
    json_set_bool(recs[0], "shortlisted", true);
    p.ncompetencies = 0;
    iv = render(report_write_interview, &p, recs, 2, NULL);
    ok(strstr(iv, "Het profiel noemt geen competenties") && strstr(iv, "Sanne van Dijk-Öztürk"),
       "interview: no competencies said so; not blind: the name");
    free(iv);
    iv = render(report_write_interview, NULL, NULL, 0, NULL);
    ok(iv && strstr(iv, "</html>"), "interview: no profile, no records");
    free(iv);
    json_free(recs[0]);
    json_free(recs[1]);
    return tap_done();
}
