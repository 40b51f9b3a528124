/*
 * check.c — zeef-check, the third stage: the formal CV checks and the
 * knock-outs, each pass, fail or review.
 *
 *     zeef-fields ... | zeef-check [--tender PROFILE]
 *
 * For every record with status "ok" it adds:
 *   checks            {"pages", "dutch", "references"}: "pass" | "fail" | "review"
 *   knockouts         {ID: "pass" | "fail" | "review"} for each [knockout ID]
 *   check_details     and knockout_details: the same with reason and evidence
 *   eligible          all checks and all knock-outs pass
 *   review_reasons    the reasons of every "review", for the assessor
 * Error records get null checks and knock-outs and eligible false.  The
 * decisions themselves are in decide.c, shared with the score stage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decide.h"
#include "json.h"
#include "profile.h"
#include "stage.h"
#include "util.h"

static const char usage[] =
    "usage: zeef-check [--tender PROFILE] < fields.jsonl > checked.jsonl\n"
    "\n"
    "Decides the formal CV checks (pages, dutch, references) and the profile's\n"
    "knock-outs for every zeef-fields record: pass, fail or review, each with a\n"
    "reason and quoted evidence (check_details, knockout_details).  Adds\n"
    "eligible (everything passes) and review_reasons.\n"
    "\n"
    "Options:\n"
    "  -t, --tender PROFILE  tender profile (default " PROFILE_DEFAULT ")\n"
    "  -h, --help            show this help\n";

static void add_reason(json *reasons, const char *what, const json *d)
{
    const char *dec = json_get_str(d, "decision");
    if (dec && !strcmp(dec, "review")) {
        char *s = xasprintf("%s: %s", what, json_get_str(d, "reason") ? json_get_str(d, "reason") : "");
        json_push(reasons, json_string(s));
        free(s);
    }
}

static void check_record(json *rec, void *arg)
{
    const profile *p = arg;
    const char *status = json_get_str(rec, "status");
    if (!status || strcmp(status, "ok") != 0) {
        json_set_null(rec, "checks");
        json_set_null(rec, "knockouts");
        json_set_bool(rec, "eligible", false);
        return;
    }
    static const char *const checks[] = {"pages", "dutch", "references"};
    static const char *const names[] = {"Paginalimiet", "Nederlandstalig", "Referenties"};
    json *c = json_object(), *cd = json_object(), *k = json_object(), *kd = json_object();
    json *reasons = json_array();
    bool eligible = true;
    for (size_t i = 0; i < 3; i++) {
        json *d = decide_check(p, checks[i], rec);
        const char *dec = json_get_str(d, "decision");
        eligible &= !strcmp(dec, "pass");
        json_set_str(c, checks[i], dec);
        add_reason(reasons, names[i], d);
        json_set(cd, checks[i], d);
    }
    for (size_t i = 0; i < p->nknockouts; i++) {
        const requirement *r = &p->knockouts[i];
        json *d = decide_requirement(r, rec);
        const char *dec = json_get_str(d, "decision");
        eligible &= !strcmp(dec, "pass");
        json_set_str(k, r->id, dec);
        char *what = xasprintf("Knock-out %s", r->id);
        add_reason(reasons, what, d);
        free(what);
        json_set(kd, r->id, d);
    }
    json_set(rec, "checks", c);
    json_set(rec, "knockouts", k);
    json_set(rec, "check_details", cd);
    json_set(rec, "knockout_details", kd);
    json_set_bool(rec, "eligible", eligible);
    json_set(rec, "review_reasons", reasons);
}

int main(int argc, char **argv)
{
    zeef_progname = "zeef-check";
    const char *tender = stage_options(argc, argv, usage);
    profile *p;
    stage_load_tender(tender, &p, NULL);
    stage_filter(check_record, p);
    profile_free(p);
    return 0;
}
