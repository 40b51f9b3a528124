/*
 * fields.c — zeef-fields, the second stage: text records in, CV facts out.
 *
 *     find inbox -type f | zeef-extract | zeef-fields [--tender PROFILE]
 *
 * Reads the extract stage's records (JSON Lines), and for every record with
 * status "ok" finds what the tender needs to know about the CV, using the
 * PCRE2 rules the profile names (rules/NAME.rules):
 *
 *   candidate     name, e-mail, phone (fields_contact.c)
 *   language      the dominant language and the share of Dutch (lib/lang.c)
 *   education     entries with level, completion and programme (fields_education.c)
 *   experience    positions with title, employer, period and relevance for
 *                 each role class of the profile; months merged over overlaps
 *                 (fields_experience.c)
 *   references    named references, "op aanvraag" (fields_screening.c)
 *   zzp           self-employment indications, with evidence
 *   hourly_rate   the stated hourly rate
 *   terms         hits of the evidence rules the profile's criteria name
 *
 * Every fact that a decision can rest on carries evidence: the page and the
 * line of the CV, in its own words.  The record's page_text is dropped on
 * output: later stages work from the facts, and results do not carry whole
 * CVs around.  Records with status "error" pass through unchanged.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fields.h"
#include "json.h"
#include "lang.h"
#include "profile.h"
#include "rules.h"
#include "stage.h"
#include "util.h"

static const char usage[] =
    "usage: zeef-fields [--tender PROFILE] < extracted.jsonl > fields.jsonl\n"
    "\n"
    "Reads zeef-extract records and adds what the CV says: candidate (name,\n"
    "e-mail, phone), language (dominant language, share of Dutch), education\n"
    "(entries with level, completion, programme), experience (positions with\n"
    "period and relevance, merged months), references, zzp, hourly_rate and the\n"
    "evidence terms the profile's criteria use.  Every fact quotes its evidence\n"
    "with a page number.  Rules come from the files the profile names.\n"
    "\n"
    "Options:\n"
    "  -t, --tender PROFILE  tender profile (default " PROFILE_DEFAULT ")\n"
    "  -h, --help            show this help\n";

static void add_language(json *rec, lang_guesser *lg, const cvdoc *d)
{
    strbuf all = STRBUF_INIT;
    for (size_t i = 0; i < d->n; i++) {
        sb_add(&all, d->lines[i].orig, d->lines[i].olen);
        sb_addc(&all, '\n');
    }
    lang_result lr;
    lang_judge(lg, all.data ? all.data : "", all.len, &lr);
    sb_free(&all);
    json *l = json_object();
    json_set_str(l, "code", lr.code);
    json_set_num(l, "dutch_ratio", (double)(long)(lr.dutch_ratio * 100 + 0.5) / 100.0);
    json_set_int(l, "judged_words", (long)lr.judged_words);
    json_set_int(l, "total_words", (long)lr.total_words);
    json_set(rec, "language", l);
}

typedef struct {
    const profile *p;
    ruleset *rs;
    lang_guesser *lg;
} fields_ctx;

static void process(json *rec, void *arg)
{
    const fields_ctx *c = arg;
    const profile *p = c->p;
    ruleset *rs = c->rs;
    lang_guesser *lg = c->lg;
    json *pt = json_get(rec, "page_text");
    if (strcmp(json_get_str(rec, "status") ? json_get_str(rec, "status") : "", "ok") != 0) {
        json_remove(rec, "page_text");
        json_remove(rec, "page_furniture");
        return;
    }
    /* pages without any text (an empty last page counts for the page limit,
     * but a reader would not hold it against the CV: check answers review) */
    long blank = 0;
    for (size_t i = 0; pt && pt->type == JSON_ARRAY && i < pt->len; i++) {
        const char *s = json_str(pt->items[i]);
        bool text = false;
        for (; s && *s && !text; s++)
            text = (unsigned char)*s > ' ';
        blank += !text;
    }
    if (blank)
        json_set_int(rec, "blank_pages", blank);
    cvdoc d;
    cvdoc_build(&d, pt, json_get_str(rec, "page_furniture"), rs);
    fields_contact(rec, &d, rs);
    add_language(rec, lg, &d);
    fields_education(rec, &d, rs, p);
    fields_experience(rec, &d, rs, p);
    fields_screening(rec, &d, rs, p);
    cvdoc_free(&d);
    json_remove(rec, "page_text");
    json_remove(rec, "page_furniture");
    if (rules_limit_hits(rs) > 0)
        json_set_int(rec, "rule_limit_hits", rules_limit_hits(rs));
}

int main(int argc, char **argv)
{
    zeef_progname = "zeef-fields";
    const char *tender = stage_options(argc, argv, usage);
    profile *p;
    ruleset *rs;
    stage_load_tender(tender, &p, &rs);
    char *err = NULL;
    lang_guesser *lg = lang_open(&err);
    if (!lg)
        die("cannot load the language models: %s", err ? err : "unknown error");
    fields_ctx c = {p, rs, lg};
    stage_filter(process, &c);
    lang_close(lg);
    rules_free(rs);
    profile_free(p);
    return 0;
}
