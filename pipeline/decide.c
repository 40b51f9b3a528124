/*
 * decide.c — knock-outs, criteria and CV checks as decisions with reasons
 * (see decide.h).
 *
 * Every decision carries the evidence it rests on, copied from the facts the
 * fields stage found (each with page and quoted text), and a reason in plain
 * Dutch.  When a pass or fail would be a guess, the answer is review and the
 * reason says what a person has to look at.
 */
#include "decide.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

const char *verdict_name(verdict v)
{
    return v == VERDICT_PASS ? "pass" : v == VERDICT_FAIL ? "fail" : "review";
}

static json *decision(verdict v, const char *reason, json *evidence)
{
    json *d = json_object();
    json_set_str(d, "decision", verdict_name(v));
    json_set_str(d, "reason", reason);
    json_set(d, "evidence", evidence ? evidence : json_array());
    return d;
}

static json *ev(int page, const char *text, const char *rule)
{
    json *e = json_object();
    if (page > 0)
        json_set_int(e, "page", page);
    else
        json_set_null(e, "page");
    json_set_str(e, "text", text);
    json_set_str(e, "rule", rule);
    return e;
}

static void copy_all(json *dst, const json *src)
{
    for (size_t i = 0; src && src->type == JSON_ARRAY && i < src->len; i++)
        json_push(dst, json_copy(src->items[i]));
}

/* ---- education ----------------------------------------------------------- */

static json *decide_education(const requirement *r, const json *rec)
{
    const json *entries = json_get_path(rec, "education.entries");
    json *evs = json_array();
    bool pass = false, unknown = false, open_level = false;
    strbuf why = STRBUF_INIT;
    for (size_t i = 0; entries && entries->type == JSON_ARRAY && i < entries->len; i++) {
        const json *e = entries->items[i];
        int lvl = edu_level_parse(json_get_str(e, "level") ? json_get_str(e, "level") : "none");
        /* an associate degree that may be a shortened bachelor (level_open):
         * completed, it leaves an hbo requirement open */
        bool open = lvl == EDU_AD && (int)r->level == EDU_HBO && json_get_bool(e, "level_open", false);
        if (lvl < (int)r->level && !open)
            continue;
        bool prog_ok = true;
        if (r->programme) {
            prog_ok = false;
            const json *progs = json_get(e, "programmes");
            for (size_t k = 0; progs && k < progs->len; k++)
                if (json_str(progs->items[k]) && !strcmp(json_str(progs->items[k]), r->programme))
                    prog_ok = true;
        }
        if (!prog_ok)
            continue;
        const char *completion = json_get_str(e, "completion");
        int page = (int)json_get_num(e, "page", 0);
        const char *text = json_get_str(e, "text");
        if (open) {
            if (!pass && json_get_bool(e, "completed", false)) {
                open_level = true;
                json_push(evs, ev(page, text, r->programme ? r->programme : "education.level"));
            }
            continue;
        }
        if (json_get_bool(e, "completed", false)) {
            if (!pass) {
                json_free(evs);
                evs = json_array();
            }
            pass = true;
            json_push(evs, ev(page, text, r->programme ? r->programme : "education.level"));
        } else if (!pass) {
            json_push(evs, ev(page, text, r->programme ? r->programme : "education.level"));
            if (completion && !strcmp(completion, "unknown"))
                unknown = true;
            else
                sb_addf(&why, "%s%s", why.len ? "; " : "", completion && !strcmp(completion, "ongoing") ? "nog niet afgerond" : "niet afgerond");
        }
    }
    const char *lvl = edu_level_name(r->level);
    json *d;
    if (pass) {
        char *s = xasprintf("Afgeronde opleiding op %s-niveau%s gevonden.", lvl, r->programme ? " in de gevraagde richting" : "");
        d = decision(VERDICT_PASS, s, evs);
        free(s);
    } else if (open_level) {
        char *s = xasprintf("Opleiding van twee jaar aan een hogeschool%s, zonder de naam van de graad: een associate "
                            "degree of een verkorte bachelor? Controleer het diploma.",
                            r->programme ? " in de gevraagde richting" : "");
        d = decision(VERDICT_REVIEW, s, evs);
        free(s);
    } else if (unknown) {
        char *s = xasprintf("Opleiding op %s-niveau%s genoemd, maar het cv zegt niet of die is afgerond.", lvl,
                            r->programme ? " in de gevraagde richting" : "");
        d = decision(VERDICT_REVIEW, s, evs);
        free(s);
    } else {
        char *s = evs->len ? xasprintf("Geen afgeronde opleiding op %s-niveau%s (%s).", lvl,
                                       r->programme ? " in de gevraagde richting" : "", why.data ? why.data : "niet afgerond")
                           : xasprintf("Geen opleiding op %s-niveau%s gevonden in het cv.", lvl,
                                       r->programme ? " in de gevraagde richting" : "");
        d = decision(VERDICT_FAIL, s, evs);
        free(s);
    }
    sb_free(&why);
    return d;
}

/* ---- experience ---------------------------------------------------------- */

static json *decide_experience(const requirement *r, const json *rec)
{
    const json *cls = json_get(json_get_path(rec, "experience.roles"), r->roles);
    int months = (int)json_get_num(cls, "months", 0);
    int min_m = (int)json_get_num(cls, "min_months", 0);
    int max_m = (int)json_get_num(cls, "max_months", 0);
    json *evs = json_array();
    const json *pos = json_get_path(rec, "experience.positions");
    for (size_t i = 0; pos && pos->type == JSON_ARRAY && i < pos->len; i++) {
        const json *q = pos->items[i];
        const char *rel = json_get_str(json_get(json_get(q, "roles"), r->roles), "relevance");
        if (!rel || !strcmp(rel, "no"))
            continue;
        const char *end = json_get_str(q, "end");
        json *e = ev((int)json_get_num(q, "page", 0), json_get_str(q, "quote"), r->roles);
        char *t = xasprintf("%s t/m %s: %d maanden%s", json_get_str(q, "start") ? json_get_str(q, "start") : "?",
                            end ? end : "heden", (int)json_get_num(q, "months", 0),
                            !strcmp(rel, "uncertain") ? ", onzeker of deze functie telt" : "");
        json_set_str(e, "note", t);
        free(t);
        json_push(evs, e);
    }
    int need = r->months;
    char *s;
    json *d;
    if (min_m >= need && json_get_bool(rec, "duo", false)) {
        /* two people offered together: their months are not one candidate's */
        copy_all(evs, json_get(rec, "duo_evidence"));
        s = xasprintf("%d maanden relevante ervaring, maar het cv biedt twee personen samen aan (duo): "
                      "beoordeel de ervaring per persoon (minimaal %d gevraagd).", months, need);
        d = decision(VERDICT_REVIEW, s, evs);
    } else if (min_m >= need) {
        s = xasprintf("%d maanden relevante ervaring (minimaal %d gevraagd).", months, need);
        d = decision(VERDICT_PASS, s, evs);
    } else if (max_m < need && json_get_num(cls, "reversed_periods", 0) > 0) {
        /* a relevant period that ends before it starts: its months cannot be read */
        s = xasprintf("%d maanden relevante ervaring, minder dan de gevraagde %d, maar een relevante periode eindigt "
                      "vóór haar begin: controleer die periode.", months, need);
        d = decision(VERDICT_REVIEW, s, evs);
    } else if (max_m < need) {
        s = xasprintf("%d maanden relevante ervaring, minder dan de gevraagde %d.", months, need);
        d = decision(VERDICT_FAIL, s, evs);
    } else if (months >= need && min_m < need && max_m == months) {
        s = xasprintf("%d maanden relevante ervaring volgens de jaartallen, maar zonder maanden kan het %d zijn "
                      "(minimaal %d gevraagd): controleer de perioden.", months, min_m, need);
        d = decision(VERDICT_REVIEW, s, evs);
    } else {
        s = xasprintf("%d maanden zeker relevante ervaring; met de onzekere functies %d (minimaal %d gevraagd): "
                      "controleer werkgever en domein van de gemarkeerde functies.", months, max_m, need);
        d = decision(VERDICT_REVIEW, s, evs);
    }
    free(s);
    return d;
}

/* ---- evidence terms, self-employment, manual ------------------------------ */

static json *decide_evidence(const requirement *r, const json *rec)
{
    const json *t = json_get(json_get(rec, "terms"), r->terms);
    int hits = (int)json_get_num(t, "hits", 0);
    json *evs = json_array();
    copy_all(evs, json_get(t, "evidence"));
    char *s = hits >= r->min_hits ? xasprintf("Aangetoond in het cv (%d vermelding%s).", hits, hits == 1 ? "" : "en")
                                  : xasprintf("Niet aangetoond in het cv (%d van minimaal %d vermeldingen).", hits, r->min_hits);
    json *d = decision(hits >= r->min_hits ? VERDICT_PASS : VERDICT_FAIL, s, evs);
    free(s);
    return d;
}

static json *decide_self_employed(const json *rec)
{
    json *evs = json_array();
    if (json_get_bool(rec, "client_employment", false)) {
        copy_all(evs, json_get(rec, "client_employment_evidence"));
        copy_all(evs, json_get(rec, "zzp_evidence"));
        return decision(VERDICT_REVIEW,
                        "Het cv spreekt van een dienstverband met de opdrachtgever: controleer de "
                        "uitvoeringsvoorwaarde (geen arbeidsrelatie met de opdrachtgever).", evs);
    }
    copy_all(evs, json_get(rec, "zzp_evidence"));
    if (json_get_bool(rec, "zzp", false))
        return decision(VERDICT_REVIEW,
                        "Het cv noemt zelfstandig ondernemerschap (zzp, eigen onderneming of KvK): "
                        "controleer of de inschrijver een zzp'er is.", evs);
    return decision(VERDICT_PASS, "Geen aanwijzing dat de kandidaat als zzp'er inschrijft.", evs);
}

json *decide_requirement(const requirement *r, const json *rec)
{
    switch (r->type) {
    case REQ_EDUCATION: return decide_education(r, rec);
    case REQ_EXPERIENCE: return decide_experience(r, rec);
    case REQ_EVIDENCE: return decide_evidence(r, rec);
    case REQ_NO_SELF_EMPLOYED: return decide_self_employed(rec);
    case REQ_MANUAL: break;
    }
    return decision(VERDICT_REVIEW, "Deze eis wordt niet automatisch beoordeeld: beoordeel handmatig.", NULL);
}

/* ---- CV checks ------------------------------------------------------------ */

json *decide_check(const profile *p, const char *check, const json *rec)
{
    char *s = NULL;
    json *d;
    if (!strcmp(check, "pages")) {
        const json *pg = json_get(rec, "pages");
        bool exact = json_get_bool(rec, "pages_exact", false);
        int n = (int)json_get_num(rec, "pages", -1);
        json *evs = json_array();
        if (json_is_null(pg) || n < 0) {
            return decision(VERDICT_REVIEW, "Aantal pagina's onbekend.", evs);
        }
        char *t = xasprintf("%d pagina's%s", n, exact ? "" : " (geschat)");
        json_push(evs, ev(n, t, exact ? "pages" : "pages.estimate"));   /* the last page */
        free(t);
        int a4 = (int)json_get_num(rec, "pages_a4", 0);
        if (p->max_pages <= 0)
            d = decision(VERDICT_PASS, "Geen paginalimiet.", evs);
        else if (exact && n <= p->max_pages && a4 > p->max_pages)
            s = xasprintf("%d pagina's, maar langer dan A4: op A4 beslaat het cv %d pagina's, meer dan de toegestane %d. "
                          "Beoordeel de lengte.", n, a4, p->max_pages),
            d = decision(VERDICT_REVIEW, s, evs);
        else if (exact && n <= p->max_pages)
            s = xasprintf("%d pagina's, maximaal %d toegestaan.", n, p->max_pages), d = decision(VERDICT_PASS, s, evs);
        else if (exact && n - (int)json_get_num(rec, "blank_pages", 0) <= p->max_pages)
            s = xasprintf("%d pagina's, meer dan de toegestane %d, maar %d daarvan zonder tekst: beoordeel of die meetellen.",
                          n, p->max_pages, (int)json_get_num(rec, "blank_pages", 0)),
            d = decision(VERDICT_REVIEW, s, evs);
        else if (exact)
            s = xasprintf("%d pagina's, meer dan de toegestane %d.", n, p->max_pages), d = decision(VERDICT_FAIL, s, evs);
        else if (n < p->max_pages)
            s = xasprintf("Geschat %d pagina's, ruim binnen de toegestane %d.", n, p->max_pages), d = decision(VERDICT_PASS, s, evs);
        else if (n > p->max_pages + 1)
            s = xasprintf("Geschat %d pagina's, duidelijk meer dan de toegestane %d.", n, p->max_pages), d = decision(VERDICT_FAIL, s, evs);
        else
            s = xasprintf("Geschat %d pagina's, dicht bij de limiet van %d: tel de pagina's na.", n, p->max_pages),
            d = decision(VERDICT_REVIEW, s, evs);
        free(s);
        return d;
    }
    if (!strcmp(check, "dutch")) {
        const json *lang = json_get(rec, "language");
        double ratio = json_get_num(lang, "dutch_ratio", 0);
        const char *code = json_get_str(lang, "code");
        int judged = (int)json_get_num(lang, "judged_words", 0);
        json *evs = json_array();
        char *t = xasprintf("taal: %s, aandeel Nederlands %.0f%% van %d beoordeelde woorden", code ? code : "onbekend",
                            ratio * 100, judged);
        json_push(evs, ev(0, t, "language"));
        free(t);
        bool dutch = !strcmp(p->language, "nl");
        if (!dutch) {
            /* other languages: the dominant language decides */
            verdict v = code && !strcmp(code, p->language) ? VERDICT_PASS : VERDICT_REVIEW;
            return decision(v, v == VERDICT_PASS ? "Cv is in de gevraagde taal opgesteld." : "Taal van het cv nagaan.", evs);
        }
        if (judged < 40)
            return decision(VERDICT_REVIEW, "Te weinig lopende tekst om de taal te beoordelen.", evs);
        if (ratio >= p->min_language_ratio)
            s = xasprintf("Cv is in het Nederlands opgesteld (%.0f%% Nederlandse tekst).", ratio * 100),
            d = decision(VERDICT_PASS, s, evs);
        else if (ratio >= p->review_language_ratio)
            s = xasprintf("Cv is deels Nederlands (%.0f%%): beoordeel of het in het Nederlands is opgesteld.", ratio * 100),
            d = decision(VERDICT_REVIEW, s, evs);
        else
            s = xasprintf("Cv is niet in het Nederlands opgesteld (%.0f%% Nederlandse tekst, hoofdtaal %s).", ratio * 100,
                          code ? code : "onbekend"),
            d = decision(VERDICT_FAIL, s, evs);
        free(s);
        return d;
    }
    /* references */
    const json *ref = json_get(rec, "references");
    int count = (int)json_get_num(ref, "count", 0);
    bool on_request = json_get_bool(ref, "on_request", false);
    bool section = json_get_bool(ref, "section_found", false);
    json *evs = json_array();
    copy_all(evs, json_get(ref, "evidence"));
    int need = p->min_references;
    int agency = (int)json_get_num(ref, "agency", 0), unheaded = (int)json_get_num(ref, "unheaded", 0);
    int bare = (int)json_get_num(ref, "bare", 0);
    if (count >= need)
        s = xasprintf("%d referenties met naam genoemd (minimaal %d).", count, need), d = decision(VERDICT_PASS, s, evs);
    else if (on_request)
        s = xasprintf("Referenties 'op aanvraag' en %d met naam (minimaal %d gevraagd): beoordeel of dit volstaat.", count, need),
        d = decision(VERDICT_REVIEW, s, evs);
    else if (section && count == 0)
        s = xasprintf("Er is een kopje referenties, maar geen referentie herkend (minimaal %d): controleer.", need),
        d = decision(VERDICT_REVIEW, s, evs);
    else if (count + agency >= need) {
        /* the supplier's account manager among the referees: not counted,
         * but whether the request accepts one is for a person to say */
        copy_all(evs, json_get(ref, "agency_evidence"));
        s = xasprintf("%d referentie%s met naam en %d van de aanbiedende partij (accountmanager; minimaal %d): "
                      "beoordeel of die meetelt.", count, count == 1 ? "" : "s", agency, need);
        d = decision(VERDICT_REVIEW, s, evs);
    }
    else if (count + bare >= need) {
        /* names without details: theirs may stand elsewhere in the CV */
        copy_all(evs, json_get(ref, "bare_evidence"));
        s = xasprintf("%d referentie%s met naam en gegevens en %d naam zonder gegevens (minimaal %d): "
                      "controleer of die gegevens elders in het cv staan.", count, count == 1 ? "" : "s", bare, need);
        d = decision(VERDICT_REVIEW, s, evs);
    }
    else if (count + unheaded >= need) {
        /* referee-like lines without a references heading (an image, say),
         * or away from it (a PDF's column moved them) */
        copy_all(evs, json_get(ref, "unheaded_evidence"));
        if (section)
            s = xasprintf("%d referentie%s onder het kopje en %d elders in het cv die op een referent lijk%s "
                          "(minimaal %d): controleer.", count, count == 1 ? "" : "s", unheaded,
                          unheaded == 1 ? "t" : "en", need);
        else
            s = xasprintf("Geen kopje referenties, maar %d regel%s die op een referent lijk%s (minimaal %d): controleer.",
                          unheaded, unheaded == 1 ? "" : "s", unheaded == 1 ? "t" : "en", need);
        d = decision(VERDICT_REVIEW, s, evs);
    }
    else
        s = xasprintf("%d referentie%s met naam, minimaal %d gevraagd.", count, count == 1 ? "" : "s", need),
        d = decision(VERDICT_FAIL, s, evs);
    free(s);
    return d;
}
