/*
 * fields_screening.c — references, self-employment, the hourly rate, and the
 * evidence terms of the profile's criteria.
 *
 * References.  Lines of the references section are grouped into entries: a
 * new entry starts when the current one already has contact details (a phone
 * number or e-mail address) and the line is more than contact details, or
 * when the current one already names a person by title (ref.person: "Mw.",
 * "Dhr.", "Naam:") and the line does too.  An entry counts as a named
 * reference when it has contact details or a titled name.  "Referenties op
 * aanvraag" (ref.on_request) sets on_request.
 *
 * A line that names two or more people by title (ref.named: "mevrouw A. de
 * Wit (...) en de heer H. Kamphuis (...)") is that many references, and
 * ends the entry before it; the lines after it that name nobody by title
 * are its continuation (a wrapped sentence), not new entries.  A line that names someone and says "op
 * aanvraag" ("mevrouw J. Bakker en de heer P. Smit, contactgegevens op
 * aanvraag") gives the names; only the contact details are on request, so
 * it does not set on_request.
 *
 * An entry that calls the referee the candidate's own family or business
 * partner (ref.family: "mijn echtgenote", "mijn zakenpartner"), one named
 * before (ref.same), someone she leads (ref.subordinate), someone who cannot
 * be asked (ref.unavailable: "overleden") or the supplier's account manager
 * (ref.agency) is not counted; lines of the supplier's footer or a template's
 * example (ref.ignore) belong to no entry.  Account managers are counted
 * apart (references.agency), and so, when the CV has no references section,
 * are lines that look like a referee's (references.unheaded: a heading set
 * as an image): the check stage answers review for them, never pass.
 *
 * A numbered list run into a paragraph ("Referenties: 1. A. Wessels, ...,
 * 06-... 2. P. Knol, ...") is counted per number instead: numbered_list().
 *
 * ZZP.  Every zzp.indication match outside the references section is
 * evidence (at most ZZP_MAX_EVIDENCE are kept), unless a denial covers it
 * (zzp.negated: "Ik ben geen zzp'er"), it is in the header of a position
 * that has ended, or it is an agency's KvK number (current_indication).
 *
 * Hourly rate.  The first rate.hourly match; its group v is the amount, in
 * Dutch notation ("87,50", "92,-").  Amounts outside 10..500 are ignored.
 *
 * Terms.  For every rule id that a REQ_EVIDENCE requirement names, the
 * matches outside the references section (a referee's job title is not the
 * candidate's experience), one per line, with page and quote.
 */
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include "dates.h"
#include "fields.h"
#include "util.h"

#define ZZP_MAX_EVIDENCE 5
#define TERM_MAX_EVIDENCE 5
#define STRAY_LINES 2        /* a stray referee's contact details: this many lines below the name at most */

/* Does a denial (deny) cover the match [ms, me) of line i (offsets in
 * d->joined): on the line, or wrapped onto it from the line before ("...
 * (geen" / "zzp).") or onto the next one?  A denial covers what it overlaps, not the whole line:
 * "Ik ben geen zzp'er meer: ... zelfstandig ondernemer" still indicates. */
static bool denied(rules_sieve *deny, const cvdoc *d, size_t i, unsigned skip, size_t ms, size_t me)
{
    const cv_line *l = &d->lines[i];
    size_t start = l->at, end = l->at + l->norm.len;
    if (i > 0 && !d->lines[i - 1].blank && !SKIPPED(skip, d->lines[i - 1].section) && d->lines[i - 1].page == l->page)
        start = d->lines[i - 1].at;
    /* and onto the next line: "... werkte ik als zzp'er; mijn KvK-inschrijving is per" /
     * "31 december 2024 beëindigd. Sinds 1 januari 2025 ben ik in loondienst" */
    if (i + 1 < d->n && !d->lines[i + 1].blank && !SKIPPED(skip, d->lines[i + 1].section) &&
        d->lines[i + 1].page == l->page)
        end = d->lines[i + 1].at + d->lines[i + 1].norm.len;
    size_t from = 0;
    rule_match no;
    while (rules_sieve_find(deny, start, end, from, &no) == 1 && no.end > from) {
        if (start + no.end > ms && start + no.start < me)
            return true;
        from = no.end;
    }
    return false;
}

int fields_collect(json *arr, const cvdoc *d, ruleset *rs, const char *id, unsigned skip, int max)
{
    return fields_collect_if(arr, d, rs, id, skip, max, NULL, NULL);
}

int fields_collect_if(json *arr, const cvdoc *d, ruleset *rs, const char *id, unsigned skip, int max,
                      bool (*keep)(const cvdoc *d, size_t i, const rule_match *m, void *ctx), void *ctx)
{
    int hits = 0;
    rule_match m;
    /* "zzp.indication" is denied by "zzp.negated" on the same line (or wrapped onto it) */
    const char *dot = strrchr(id, '.');
    char *negated = dot ? xasprintf("%.*s.negated", (int)(dot - id), id) : xstrdup(id);
    bool has_neg = dot && rules_has(rs, negated);
    /* Each line, and each line with its neighbour, is a piece of d->joined
     * with a space or its edge either side, as a sieve needs. */
    rules_sieve *find = rules_sieve_new(rs, id, d->text);
    rules_sieve *deny = NULL;       /* made at the first match it has to judge */
    for (size_t i = 0; i < d->n; i++) {
        const cv_line *l = &d->lines[i];
        if (SKIPPED(skip, l->section) || l->blank)
            continue;
        /* A phrase may wrap onto the next line ("... six concrete" / "projects
         * and results"): match on this line joined to the next, and count a
         * match only on the line where it starts. */
        size_t end = l->at + l->norm.len;
        if (i + 1 < d->n && !SKIPPED(skip, d->lines[i + 1].section) && !d->lines[i + 1].blank &&
            d->lines[i + 1].page == l->page)
            end = d->lines[i + 1].at + d->lines[i + 1].norm.len;
        /* the first match on this line that no denial covers */
        size_t from = 0;
        bool hit = false;
        while (!hit && rules_sieve_find(find, l->at, end, from, &m) == 1 && m.start < l->norm.len && m.end > from) {
            if (has_neg && !deny)
                deny = rules_sieve_new(rs, negated, d->text);
            hit = !deny || !denied(deny, d, i, skip, l->at + m.start, l->at + m.end);
            from = m.end;
        }
        if (hit && (!keep || keep(d, i, &m, ctx))) {
            hits++;
            if (hits <= max)
                json_push(arr, cvdoc_evidence(d, i, m.rule.id));
        }
    }
    rules_sieve_free(find);
    rules_sieve_free(deny);
    free(negated);
    return hits;
}

/* Does line i end in the first part of a phone number ("06-", "tel.:")
 * whose rest is on the next line (a narrow column wrapped it)? */
static bool phone_wraps(const cvdoc *d, size_t i)
{
    const normtext *t = &d->lines[i].norm;
    size_t n = cvdoc_trimmed_len(d, i);
    if (i + 1 >= d->n || !n)
        return false;
    if (t->s[n - 1] == '-' && n >= 2 && t->s[n - 2] >= '0' && t->s[n - 2] <= '9')
        return true;
    /* "+49 241 555" / "0147": a number cut between its groups, the rest
     * starting the next line */
    if (t->s[n - 1] >= '0' && t->s[n - 1] <= '9') {
        size_t a = n, digits = 0;
        while (a > 0 && (strchr(" .-", t->s[a - 1]) || (t->s[a - 1] >= '0' && t->s[a - 1] <= '9'))) {
            a--;
            digits += t->s[a] >= '0' && t->s[a] <= '9';
        }
        while (a < n && t->s[a] == ' ')
            a++;
        const normtext *u = &d->lines[i + 1].norm;
        size_t b = 0;
        while (b < u->len && u->s[b] == ' ')
            b++;
        /* (a number that is whole already, ten digits from 0 or eleven after
         * a '+', does not go on: "06-21844570" / "2<TAB>Bart Jan Hulshof") */
        bool plus = a > 0 && t->s[a - 1] == '+';
        bool whole = plus ? digits >= 11 : digits >= 10;
        if (digits >= 4 && !whole && (plus || t->s[a] == '0') && b < u->len && u->s[b] >= '0' && u->s[b] <= '9' &&
            d->lines[i + 1].page == d->lines[i].page)
            return true;
    }
    return (n >= 3 && !memcmp(t->s + n - 3, "tel", 3)) || (n >= 4 && !memcmp(t->s + n - 4, "tel.", 4)) ||
           (n >= 5 && !memcmp(t->s + n - 5, "tel.:", 5)) || (n >= 4 && !memcmp(t->s + n - 4, "tel:", 4));
}

/* Line i's normalised text into *text, with the next line's when a phone
 * number wraps onto it ("... (06-" / "41827365)", "+31 6 4172" / "9385"). */
static void line_and_wrap(const cvdoc *d, size_t i, strbuf *text)
{
    sb_add(text, d->lines[i].norm.s, d->lines[i].norm.len);
    if (phone_wraps(d, i))
        sb_add(text, d->lines[i + 1].norm.s, d->lines[i + 1].norm.len);
}

/* Is key[0..n) in *seen already?  If not, it is added.  *seen holds the keys
 * so far, each between two '\x1f' (phone numbers' digits, referees' names). */
static bool remember(strbuf *seen, const char *key, size_t n)
{
    if (!seen->len)
        sb_addc(seen, '\x1f');
    strbuf k = STRBUF_INIT;
    sb_addc(&k, '\x1f');
    sb_add(&k, key, n);
    sb_addc(&k, '\x1f');
    bool dup = memmem(seen->data, seen->len, k.data, k.len) != NULL;
    if (!dup)
        sb_add(seen, k.data + 1, k.len - 1);
    sb_free(&k);
    return dup;
}

static bool has_contact(const cvdoc *d, size_t i, ruleset *rs, bool *only)
{
    const cv_line *l = &d->lines[i];
    rule_match m;
    size_t covered = 0;
    bool any = false;
    if (phone_wraps(d, i)) {
        /* judge the line together with the rest of the number */
        strbuf both = STRBUF_INIT;
        line_and_wrap(d, i, &both);
        bool found = rules_find(rs, "contact.phone", both.data, both.len, 0, &m) == 1 && m.end > l->norm.len;
        sb_free(&both);
        if (found) {
            *only = false;
            return true;
        }
    }
    static const char *const ids[] = {"contact.phone", "contact.email"};
    for (size_t k = 0; k < 2; k++) {
        size_t from = 0;
        while (from < l->norm.len && rules_find(rs, ids[k], l->norm.s, l->norm.len, from, &m) == 1) {
            any = true;
            covered += m.end - m.start;
            from = m.end;
        }
    }
    /* "only contact details": little besides the numbers and labels like "tel." */
    size_t words = cvdoc_words(d, i);
    *only = any && (l->norm.len - covered < 16 || words <= 3);
    return any;
}

/* Appends the digits of s[0..n) to sb: a phone number as it compares. */
static void add_digits(strbuf *sb, const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (s[k] >= '0' && s[k] <= '9')
            sb_addc(sb, s[k]);
}

/* A phone number's digits as a Dutch number is dialled at home: "+31 6 4172
 * 9385" and "0031 6 ..." are "0641729385", so one referee listed in two
 * languages is one (phone_seen, phones_on_line). */
static void add_phone_digits(strbuf *sb, const char *s, size_t n)
{
    size_t at = sb->len;
    add_digits(sb, s, n);
    size_t len = sb->len - at;
    const char *d = sb->data ? sb->data + at : "";
    size_t cut = len == 13 && !memcmp(d, "0031", 4) ? 4 : len == 11 && !memcmp(d, "31", 2) ? 2 : 0;
    if (!cut)
        return;
    memmove(sb->data + at + 1, sb->data + at + cut, len - cut);
    sb->data[at] = '0';
    sb->len = at + 1 + len - cut;
    sb->data[sb->len] = '\0';
}

/* How many different phone numbers line i gives, with a number it wraps onto
 * the next line ("... (06-" / "41827365)"): two referees on one line ("Arjen
 * Kramer (gem. Dalfsen) 06-92817365 · Bea de Jong (gem. Staphorst)
 * 06-92817366"), or in one sentence, are two. */
static int phones_on_line(const cvdoc *d, size_t i, ruleset *rs)
{
    strbuf text = STRBUF_INIT, seen = STRBUF_INIT;
    line_and_wrap(d, i, &text);
    rule_match m;
    size_t from = 0;
    int n = 0;
    while (from < text.len && rules_find(rs, "contact.phone", text.data, text.len, from, &m) == 1 && m.end > from) {
        strbuf digits = STRBUF_INIT;
        add_phone_digits(&digits, text.data + m.vstart, m.vend - m.vstart);
        n += !remember(&seen, digits.data ? digits.data : "", digits.len);
        sb_free(&digits);
        from = m.end;
    }
    sb_free(&text);
    sb_free(&seen);
    return n;
}

/* How many people line i names by title (ref.named), not overlapping; or,
 * when fewer than two, how many different phone numbers it gives. */
static int named_people(const cvdoc *d, size_t i, ruleset *rs)
{
    const normtext *t = &d->lines[i].norm;
    rule_match m;
    size_t from = 0;
    int n = 0;
    while (from < t->len && rules_find(rs, "ref.named", t->s, t->len, from, &m) == 1 && m.end > from) {
        n++;
        from = m.end;
    }
    if (n >= 2)
        return n;
    int phones = phones_on_line(d, i, rs);
    return phones >= 2 ? phones : n;
}

/* The candidate's own contact details as a referee line would show them:
 * the e-mail address in lower case (lines are normalised) and the phone
 * number's digits. */
typedef struct {
    char *email;
    strbuf phone;
} own_details;

static void own_details_get(const json *rec, own_details *o)
{
    const json *c = json_get(rec, "candidate");
    const char *email = json_get_str(c, "email"), *phone = json_get_str(c, "phone");
    o->email = email && *email ? xstrdup(email) : NULL;
    for (char *p = o->email; p && *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    o->phone = (strbuf)STRBUF_INIT;
    if (phone)
        add_digits(&o->phone, phone, strlen(phone));
}

/* Does normalised text s hold the candidate's own e-mail address or phone
 * number (a page header repeated on every page)?  Then it is no referee. */
static bool own_contact(const char *s, size_t len, const own_details *o)
{
    if (o->email && memmem(s, len, o->email, strlen(o->email)))
        return true;
    if (o->phone.len < 8)
        return false;
    strbuf got = STRBUF_INIT;
    add_digits(&got, s, len);
    bool hit = got.len && memmem(got.data, got.len, o->phone.data, o->phone.len) != NULL;
    sb_free(&got);
    return hit;
}

/* Does text s call the referee the candidate's own family ("Petra Koopmans
 * (mijn echtgenote)", ref.family) or one named before ("dezelfde referent
 * als hierboven", ref.same), the supplier's account manager (ref.agency),
 * someone the candidate leads (ref.subordinate) or someone who cannot be
 * asked ("(in 2024 overleden)", ref.unavailable)?  Then it is no (new)
 * referee. */
static const char *const not_referee_ids[] = {"ref.family", "ref.same", "ref.agency", "ref.subordinate",
                                               "ref.unavailable"};

static bool not_a_referee(ruleset *rs, const char *s, size_t len)
{
    rule_match m;
    for (size_t k = 0; k < sizeof not_referee_ids / sizeof *not_referee_ids; k++)
        if (rules_has(rs, not_referee_ids[k]) && rules_find(rs, not_referee_ids[k], s, len, 0, &m) == 1)
            return true;
    return false;
}

/* Does a line of the entry [a, b] match rule id? */
static bool entry_matches(const cvdoc *d, ruleset *rs, size_t a, size_t b, const char *id)
{
    rule_match m;
    if (!rules_has(rs, id))
        return false;
    for (size_t i = a; i <= b && i < d->n; i++)
        if (rules_find(rs, id, d->lines[i].norm.s, d->lines[i].norm.len, 0, &m) == 1)
            return true;
    return false;
}

/* ... in any line of the entry [a, b]? */
static bool entry_not_a_referee(const cvdoc *d, ruleset *rs, size_t a, size_t b)
{
    for (size_t k = 0; k < sizeof not_referee_ids / sizeof *not_referee_ids; k++)
        if (entry_matches(d, rs, a, b, not_referee_ids[k]))
            return true;
    return false;
}

/* Is the entry [a, b] the supplier's account manager (ref.agency), and
 * nothing else that makes it no referee? */
static bool entry_is_agency(const cvdoc *d, ruleset *rs, size_t a, size_t b)
{
    if (!entry_matches(d, rs, a, b, "ref.agency"))
        return false;
    for (size_t k = 0; k < sizeof not_referee_ids / sizeof *not_referee_ids; k++)
        if (strcmp(not_referee_ids[k], "ref.agency") != 0 && entry_matches(d, rs, a, b, not_referee_ids[k]))
            return false;
    return true;
}

/* Does the entry starting at line a name a referee already counted ("Karin
 * Lohuis, directeur-bestuurder ..., mobiel 06-..." and "Karin Lohuis
 * (bereikbaar op kantoor) — 055-...": one referee, two numbers)?  The name is
 * the entry's first two words when both are capitalised in the CV; a namesake
 * whose entry gives a position or organisation of its own is another person. */
static bool name_seen(const cvdoc *d, size_t a, strbuf *seen)
{
    const cv_line *l = &d->lines[a];
    const char *o = l->orig;
    size_t n = l->olen, i = 0, words = 0, start = 0, end = 0;
    while (i < n && (o[i] == ' ' || o[i] == '\t'))
        i++;
    start = i;
    while (i < n && words < 2) {
        if (!(o[i] >= 'A' && o[i] <= 'Z'))
            return false;
        while (i < n && o[i] != ' ' && o[i] != ',' && o[i] != '(' && o[i] != '\t')
            i++;
        words++;
        end = i;
        while (i < n && o[i] == ' ')
            i++;
    }
    if (words < 2)
        return false;
    /* a namesake with a position or organisation of her own is someone else
     * ("Anja Bos – wethouder, ..." and "Anja Bos – teamleider Wmo, Stichting
     * Welzijn Olst"); the same name with only other contact details is not */
    static const char *const own[] = {"gemeente", "stichting", "b.v", " bv", "organisatie", "wethouder", "manager",
                                      "directeur", "leider", "coordinator", "co\xC3\xB6rdinator", "hoofd",
                                      "adviseur", "bestuurder"};
    const normtext *t = &l->norm;
    bool described = false;
    for (size_t k = 0; k < sizeof own / sizeof *own && !described; k++)
        described = memmem(t->s, t->len, own[k], strlen(own[k])) != NULL;
    return remember(seen, o + start, end - start) && !described;
}

/* Has a referee already counted the phone number in lines [a, b]?  The same
 * person listed twice with two functions ("Gerrit Lubbers, directeur ...,
 * 06-57390214" / "Gerrit Lubbers, mijn afdelingsmanager ..., 06-57390214")
 * is one referee.  The numbers seen so far are kept in *seen (remember). */
static bool phone_seen(const cvdoc *d, ruleset *rs, size_t a, size_t b, strbuf *seen)
{
    rule_match m;
    for (size_t i = a; i <= b && i < d->n; i++) {
        /* the line, with the rest of a number it wraps ("+31 6 4172" / "9385") */
        strbuf text = STRBUF_INIT;
        line_and_wrap(d, i, &text);
        if (!text.len || rules_find(rs, "contact.phone", text.data, text.len, 0, &m) != 1 || !m.has_value) {
            sb_free(&text);
            continue;
        }
        strbuf digits = STRBUF_INIT;
        add_phone_digits(&digits, text.data + m.vstart, m.vend - m.vstart);
        bool dup = remember(seen, digits.data ? digits.data : "", digits.len);
        sb_free(&digits);
        sb_free(&text);
        return dup;
    }
    return false;
}

static bool ref_line(const cvdoc *d, size_t i)
{
    const cv_line *l = &d->lines[i];
    return l->section == CV_SEC_REFERENCES && !l->heading && !l->table_heading && !l->blank;
}

/* The start of a numbered item: line and offset in its normalised text. */
typedef struct {
    size_t line, off;
} item_start;

/*
 * A numbered list run into a paragraph ("Referenties: 1. Anja Wessels, ...,
 * 06-27384950 2. Pieter Knol, ..., 06-27384951"), where the lines do not
 * separate the referees.  In the run of references lines [a, b), the numbers
 * 1., 2., ... (rule ref.item, group v the number; taken in order from 1, at
 * least two) split the text into items; an item also ends with the line that
 * gives its phone number or e-mail address.  An item with contact details or a
 * titled name, and not the candidate's own details, is a referee: it is
 * counted and quoted from its number.  Returns false when the run holds no
 * such list; then its lines are grouped one by one.
 */
static bool numbered_list(const cvdoc *d, ruleset *rs, size_t a, size_t b, const own_details *own, int *count,
                          json *ev)
{
    item_start *it = NULL;
    size_t n = 0;
    rule_match m;
    for (size_t i = a; i < b; i++) {
        const normtext *t = &d->lines[i].norm;
        size_t from = 0;
        while (from < t->len && rules_find(rs, "ref.item", t->s, t->len, from, &m) == 1 && m.end > from) {
            if (m.vend > m.vstart && strtol(t->s + m.vstart, NULL, 10) == (long)n + 1) {
                it = xreallocarray(it, n + 1, sizeof *it);
                it[n++] = (item_start){i, m.start};
            }
            from = m.end;
        }
    }
    if (n < 2) {
        free(it);
        return false;
    }
    for (size_t k = 0; k < n; k++) {
        size_t end_line = k + 1 < n ? it[k + 1].line : b - 1;
        strbuf norm = STRBUF_INIT, quote = STRBUF_INIT;
        for (size_t i = it[k].line; i <= end_line; i++) {
            const normtext *t = &d->lines[i].norm;
            size_t from = i == it[k].line ? it[k].off : 0;
            size_t to = k + 1 < n && i == it[k + 1].line ? it[k + 1].off : t->len;
            if (to <= from)
                continue;
            if (norm.len)
                sb_addc(&norm, ' ');
            sb_add(&norm, t->s + from, to - from);
            char *o = cvdoc_orig_span(d, i, from, to);
            if (*o && quote.len < 240) {
                if (quote.len)
                    sb_addc(&quote, ' ');
                sb_adds(&quote, o);
            }
            free(o);
            /* an item ends on the line that gives its contact details */
            if (rules_find(rs, "contact.phone", norm.data, norm.len, 0, &m) == 1 ||
                rules_find(rs, "contact.email", norm.data, norm.len, 0, &m) == 1)
                break;
        }
        bool referee = false;
        if (norm.len && !own_contact(norm.data, norm.len, own) && !not_a_referee(rs, norm.data, norm.len)) {
            static const char *const ids[] = {"contact.phone", "contact.email", "ref.named", "ref.person", "ref.role"};
            for (size_t r = 0; r < sizeof ids / sizeof *ids && !referee; r++)
                referee = rules_find(rs, ids[r], norm.data, norm.len, 0, &m) == 1;
        }
        if (referee) {
            (*count)++;
            json *e = json_object();
            json_set_int(e, "page", d->lines[it[k].line].page);
            json_set_str(e, "text", quote.data ? quote.data : "");
            json_set_str(e, "rule", "references.entry");
            json_push(ev, e);
        }
        sb_free(&norm);
        sb_free(&quote);
    }
    free(it);
    return true;
}

/* Is line i a person's name and nothing else ("Ruud Oplaat"): no word of
 * contact.not_name, no contact details? */
static bool bare_name(const cvdoc *d, ruleset *rs, size_t i)
{
    const cv_line *l = &d->lines[i];
    rule_match m;
    char *t = cvdoc_orig_span(d, i, 0, l->norm.len);
    bool name = fields_name_like(t, strlen(t)) &&
                rules_find(rs, "contact.not_name", l->norm.s, l->norm.len, 0, &m) != 1;
    free(t);
    return name;
}

static void references(json *rec, const cvdoc *d, ruleset *rs)
{
    own_details own;
    own_details_get(rec, &own);
    int count = 0;
    bool on_request = false, open = false, cur_contact = false, cur_titled = false, absorb = false;
    bool cur_lower = false;         /* the entry began in lower case: the rest of a sentence */
    bool prev_contact = false;      /* the last references line was only contact details */
    int agency = 0;                 /* entries that name the supplier's account manager */
    json *agency_ev = json_array();
    int bare = 0;                   /* entries that are a name and nothing else */
    json *bare_ev = json_array();
    json *ev = json_array();
    size_t cur_first = 0;
    strbuf phones = STRBUF_INIT;    /* the referees' numbers so far (phone_seen) */
    strbuf names = STRBUF_INIT;     /* ... and their names (name_seen) */
    rule_match m;
    /* runs of references lines that are numbered lists: counted per item */
    bool *listed = xcalloc(d->n ? d->n : 1, sizeof *listed);
    for (size_t a = 0; a < d->n && rules_has(rs, "ref.item");) {
        if (d->lines[a].section != CV_SEC_REFERENCES) {
            a++;
            continue;
        }
        size_t b = a;
        while (b < d->n && d->lines[b].section == CV_SEC_REFERENCES)
            b++;
        if (numbered_list(d, rs, a, b, &own, &count, ev))
            for (size_t i = a; i < b; i++)
                listed[i] = true;
        a = b;
    }
    for (size_t i = 0; i <= d->n; i++) {
        bool end = i == d->n;
        const cv_line *l = end ? NULL : &d->lines[i];
        /* a blank line is no boundary: PDFs put one between the name, the
         * function and the phone number of one referee as readily as between
         * two referees, and the rules above tell entries apart without it */
        if (!end && l->blank && l->section == CV_SEC_REFERENCES)
            continue;
        bool in = !end && ref_line(d, i);
        if (in && (l->furniture ||
                   (rules_has(rs, "ref.ignore") && rules_find(rs, "ref.ignore", l->norm.s, l->norm.len, 0, &m) == 1)))
            in = false;     /* the supplier's footer, a template's example: no referee's line */
        if (in && own_contact(l->norm.s, l->norm.len, &own))
            continue;       /* the candidate's running page header: not a line of the list */
        if (in && open && i > 0 && ref_line(d, i - 1) && phone_wraps(d, i - 1) && cvdoc_words(d, i) <= 2)
            continue;       /* the rest of the phone number above ("06-" / "46210388"): judged with it */
        bool only = false, contact = false, titled = false;
        int named = 0;
        if (in) {
            named = listed[i] ? 0 : named_people(d, i, rs);
            /* "op aanvraag" in the wrapped end of a sentence that named people
             * ("... de heer P. Smit (Stichting Welzijn" / "Ermelo),
             * contactgegevens op aanvraag."): only their details are on request */
            if (named == 0 && !absorb && rules_find(rs, "ref.on_request", l->norm.s, l->norm.len, 0, &m) == 1) {
                on_request = true;
                json_push(ev, cvdoc_evidence(d, i, "ref.on_request"));
                in = false;
            } else if (listed[i]) {
                in = false;     /* counted by numbered_list() */
            } else {
                contact = has_contact(d, i, rs, &only);
                titled = named > 0 || rules_find(rs, "ref.person", l->norm.s, l->norm.len, 0, &m) == 1 ||
                         (rules_has(rs, "ref.role") && rules_find(rs, "ref.role", l->norm.s, l->norm.len, 0, &m) == 1);
            }
        }
        /* a word or two without details or title is the wrapped tail of a
         * table cell above ("afdelingshoofd, gemeente" / "Hattem"), not a
         * new referee; not after a line of only contact details that ended
         * an entry (a sidebar's "06-58203746" / "Joost Leferink" /
         * "afdelingsmanager Samenleving," / ...: the next referee's name;
         * after a table row that ends in a phone number, "Anton Berends |
         * directeur, Welzijnsorganisatie De | 06-..." / "Kern", it is) */
        bool tail = in && !contact && !titled && !named && cvdoc_words(d, i) <= 2 && !prev_contact;
        bool boundary = !in || (cur_contact && !only && !tail) || (cur_titled && titled) || named >= 2;
        if (open && boundary) {
            size_t last = i ? i - 1 : 0;
            if ((cur_contact || cur_titled) && !cur_lower && !entry_not_a_referee(d, rs, cur_first, last) &&
                !phone_seen(d, rs, cur_first, last, &phones) && !name_seen(d, cur_first, &names)) {
                count++;
                json_push(ev, cvdoc_evidence(d, cur_first, "references.entry"));
            } else if ((cur_contact || cur_titled) && entry_is_agency(d, rs, cur_first, last)) {
                /* the supplier's account manager: not counted, but told
                 * apart, so that the check can ask a person (decide.c) */
                agency++;
                json_push(agency_ev, cvdoc_evidence(d, cur_first, "references.agency"));
            } else if (!cur_contact && !cur_titled && !cur_lower && last == cur_first && bare_name(d, rs, cur_first) &&
                       !name_seen(d, cur_first, &names)) {
                /* a name alone: its details may stand elsewhere (a column
                 * break put "Ruud Oplaat" at the foot of the left column
                 * and his function and phone at the top of the right one,
                 * tests/holdout57 Femke Harbers); not counted, but the
                 * check asks a person instead of failing (decide.c) */
                bare++;
                json_push(bare_ev, cvdoc_evidence(d, cur_first, "references.bare"));
            }
            open = false;
        }
        prev_contact = in && contact && only;
        if (!in)
            continue;
        if (named >= 2) {           /* several referees in one sentence */
            count += named;
            json_push(ev, cvdoc_evidence(d, i, "references.entry"));
            absorb = true;
            continue;
        }
        if (absorb && !titled)      /* the sentence goes on in the next line */
            continue;
        absorb = false;
        if (!open) {
            open = true;
            cur_contact = cur_titled = false;
            cur_first = i;
            /* a referee's entry starts with a name, a title ("dhr.", ref.person)
             * or contact details; one that starts in lower case is the rest of
             * a sentence that a column break put under the heading
             * ("jaarwerkplan met vijf concrete projecten;", tests/holdout61
             * Wouter Klaassen) */
            cur_lower = cvdoc_starts_lower(d, i) && !titled && !contact &&
                        !memchr(l->orig, '@', l->olen);
        }
        cur_contact |= contact;
        cur_titled |= titled;
        /* (a name further on starts the entry after all: a table's "huidig
         * leidinggevende" / "Evert Lubbinge" / "directeur-bestuurder, ...") */
        if (cur_lower && i != cur_first && !l->bullet && !cvdoc_starts_lower(d, i) && cvdoc_words(d, i) >= 2 && cvdoc_words(d, i) <= 4 &&
            rules_find(rs, "contact.not_name", l->norm.s, l->norm.len, 0, &m) != 1)
            cur_lower = false;      /* (not "Teamleider Jeugd", "Gemeente Nijkerk": no names) */
    }
    /* Without a references section (its heading an image, say), lines that
     * look like a referee's ("Marjan Pelgrom, teammanager Sociaal Domein,
     * gemeente Olst-Wijhe — 06-...": ref.role with a phone number) outside
     * experience and education are counted apart: the check stage answers
     * review for them, never pass.  With a references section, so is such
     * an entry anywhere outside it whose phone number or e-mail follows
     * within STRAY_LINES lines: a column the layout of a PDF moved away from
     * its heading ("Hanneke Peters, oud-directeur" / "Stichting Welzijn" /
     * "Groesbeek, 06-...", a sidebar that goes on beside the last position,
     * tests/producer h50-Margriet Hulshof). */
    int unheaded = 0;
    json *unheaded_ev = json_array();
    bool headed = d->has_section[CV_SEC_REFERENCES];
    for (size_t i = 0; i < d->n && rules_has(rs, "ref.role"); i++) {
        const cv_line *l = &d->lines[i];
        bool only, contact = false;
        if (l->blank || l->heading || l->section == CV_SEC_REFERENCES ||
            (!headed && (l->section == CV_SEC_EXPERIENCE || l->section == CV_SEC_EDUCATION ||
                         l->section == CV_SEC_COURSES || l->section == CV_SEC_CLAIMS)) ||
            rules_find(rs, "ref.role", l->norm.s, l->norm.len, 0, &m) != 1 ||
            own_contact(l->norm.s, l->norm.len, &own) || not_a_referee(rs, l->norm.s, l->norm.len))
            continue;
        for (size_t k = i; k < d->n && k <= i + (headed ? STRAY_LINES : 0) && !contact; k++)
            contact = !d->lines[k].blank && (k == i || d->lines[k].section == l->section) &&
                      has_contact(d, k, rs, &only) && !own_contact(d->lines[k].norm.s, d->lines[k].norm.len, &own);
        if (!contact)
            continue;
        unheaded++;
        json_push(unheaded_ev, cvdoc_evidence(d, i, "references.unheaded"));
    }
    json *r = json_object();
    json_set_int(r, "count", count);
    json_set_bool(r, "on_request", on_request);
    json_set_bool(r, "section_found", d->has_section[CV_SEC_REFERENCES]);
    json_set_int(r, "unheaded", unheaded);
    json_set(r, "unheaded_evidence", unheaded_ev);
    json_set_int(r, "agency", agency);
    json_set(r, "agency_evidence", agency_ev);
    json_set_int(r, "bare", bare);
    json_set(r, "bare_evidence", bare_ev);
    free(listed);
    sb_free(&phones);
    sb_free(&names);
    free(own.email);
    sb_free(&own.phone);
    json_set(r, "evidence", ev);
    json_set(rec, "references", r);
}

/* Skips spaces and the words and signs that may stand around an amount. */
static size_t skip_amount_words(const char *s, size_t n, size_t i)
{
    for (;;) {
        while (i < n && s[i] == ' ')
            i++;
        if (i + 2 <= n && !memcmp(s + i, ",-", 2))
            i += 2;
        else if (i + 3 <= n && !memcmp(s + i, "\xE2\x82\xAC", 3))
            i += 3;         /* the euro sign */
        else if (i + 4 <= n && !memcmp(s + i, "euro", 4))
            i += 4;
        else if (i + 3 <= n && !memcmp(s + i, "eur", 3))
            i += 3;
        else
            return i;
    }
}

/*
 * A rate stated as a range ("€ 80 - € 90", "80 tot 90 euro") is no promise of
 * its lower end, and the rate breaks ties in the ranking: the range's upper
 * end is taken.  When s[*vstart, *vend) is followed by "-" or "tot" and
 * another amount, that amount replaces it.
 */
static void range_upper(const char *s, size_t n, size_t *vstart, size_t *vend)
{
    size_t i = skip_amount_words(s, n, *vend);
    if (i < n && s[i] == '-')
        i++;
    else if (i + 3 <= n && !memcmp(s + i, "tot", 3) && (i + 3 == n || s[i + 3] == ' '))
        i += 3;
    else
        return;
    i = skip_amount_words(s, n, i);
    size_t a = i;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i - a < 2 || i - a > 3)
        return;
    if (i + 1 < n && (s[i] == ',' || s[i] == '.') && s[i + 1] >= '0' && s[i + 1] <= '9') {
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9' && i - a < 7)
            i++;
    }
    *vstart = a;
    *vend = i;
}

/* The amount in s[start, end), in Dutch notation ("87,50", "92"). */
static double amount_at(const char *s, size_t start, size_t end)
{
    char *v = xstrndup(s + start, end - start);
    for (char *c = v; *c; c++)
        if (*c == ',')
            *c = '.';
    double amount = strtod(v, NULL);
    free(v);
    return amount;
}

/* The first rate.hourly match in s[0, len) that starts before `before` and
 * has an amount in 10..500: the amount, or a negative number. */
static double rate_in(ruleset *rs, const char *s, size_t len, size_t before, rule_match *m)
{
    size_t from = 0;
    while (from < before && rules_find(rs, "rate.hourly", s, len, from, m) == 1 && m->start < before) {
        from = m->end;
        if (!m->has_value)
            continue;
        size_t vstart = m->vstart, vend = m->vend;
        range_upper(s, len, &vstart, &vend);
        double amount = amount_at(s, vstart, vend);
        if (amount >= 10 && amount <= 500)
            return amount;
    }
    return -1;
}

/* The stated rate: the first line that states one; or, when a sentence is
 * wrapped ("Mijn uurtarief" / "voor deze opdracht bedraagt € 91,25"), a line
 * read together with the next one. */
static void hourly_rate(json *rec, const cvdoc *d, ruleset *rs)
{
    rule_match m;
    /* the references section last: a rate written under the referees without
     * a heading of its own ("Uurtarief € 91,00 (exclusief btw)") belongs to
     * it only by position */
    for (size_t k = 0; k < 2 * d->n; k++) {
        size_t i = k % d->n;
        const cv_line *l = &d->lines[i];
        if ((l->section == CV_SEC_REFERENCES) != (k >= d->n) || l->blank)
            continue;
        double amount = rate_in(rs, l->norm.s, l->norm.len, l->norm.len, &m);
        size_t next = i + 1;
        if (amount < 0 && next < d->n && !d->lines[next].blank && !d->lines[next].heading &&
            d->lines[next].section == l->section) {
            strbuf both = STRBUF_INIT;
            sb_add(&both, l->norm.s, l->norm.len);
            sb_addc(&both, ' ');
            sb_add(&both, d->lines[next].norm.s, d->lines[next].norm.len);
            amount = rate_in(rs, both.data, both.len, l->norm.len, &m);
            sb_free(&both);
            if (amount >= 0) {
                json *ev = cvdoc_evidence(d, i, m.rule.id);
                char *rest = cvdoc_orig_span(d, next, 0, d->lines[next].norm.len);
                char *text = xasprintf("%s %s", json_get_str(ev, "text"), rest);
                json_set_str(ev, "text", text);
                free(text);
                free(rest);
                json_set_num(rec, "hourly_rate", amount);
                json_set(rec, "hourly_rate_evidence", ev);
                return;
            }
        }
        if (amount >= 0) {
            json_set_num(rec, "hourly_rate", amount);
            json_set(rec, "hourly_rate_evidence", cvdoc_evidence(d, i, m.rule.id));
            return;
        }
    }
    /* no hourly rate: a day rate with the length of the day ("Dagtarief:
     * € 680,- (werkdag van 8 uur)") is that many hours' pay */
    for (size_t i = 0; i < d->n && rules_has(rs, "rate.daily"); i++) {
        const cv_line *l = &d->lines[i];
        if (l->section == CV_SEC_REFERENCES || l->blank)
            continue;
        rule_match h;
        if (rules_find(rs, "rate.daily", l->norm.s, l->norm.len, 0, &m) != 1 || !m.has_value ||
            rules_find(rs, "rate.day_hours", l->norm.s, l->norm.len, 0, &h) != 1 || !h.has_value)
            continue;
        double amount = amount_at(l->norm.s, m.vstart, m.vend), hours = amount_at(l->norm.s, h.vstart, h.vend);
        if (hours < 1 || hours > 12 || amount / hours < 10 || amount / hours > 500)
            continue;
        json_set_num(rec, "hourly_rate", round(amount / hours * 100) / 100);
        json_set(rec, "hourly_rate_evidence", cvdoc_evidence(d, i, m.rule.id));
        return;
    }
    json_set_null(rec, "hourly_rate");
}

static void terms(json *rec, const cvdoc *d, ruleset *rs, const profile *p)
{
    json *t = json_object();
    for (int pass = 0; pass < 2; pass++) {
        const requirement *list = pass ? p->criteria : p->knockouts;
        size_t n = pass ? p->ncriteria : p->nknockouts;
        for (size_t k = 0; k < n; k++) {
            const char *id = list[k].terms;
            if (list[k].type != REQ_EVIDENCE || !id || json_get(t, id))
                continue;
            json *ev = json_array();
            int hits = fields_collect(ev, d, rs, id, SECTION(CV_SEC_REFERENCES) | SECTION(CV_SEC_CLAIMS), TERM_MAX_EVIDENCE);
            json *jt = json_object();
            json_set_int(jt, "hits", hits);
            json_set(jt, "evidence", ev);
            json_set(t, id, jt);
        }
    }
    json_set(rec, "terms", t);
}

/*
 * Which ZZP indications count (fields_collect_if's keep):
 *
 * A ZZP indication in a position that has ended is past ("2012 – 2015:
 * Freelance trainer ...", "Zelfstandig adviseur (zzp) – Lammers Advies" /
 * "2009 – 2013"): the tender asks whether the candidate is self-employed
 * now.  It must be a position's header in the experience section: a short
 * line with a period that ended before the reference date, on the line itself
 * or alone on the next one (past a blank line).  A sentence ("Ik werk als
 * zzp'er.") is no header.
 *
 * A KvK number on the supplier's lines is the agency's: zzp.agency
 * (detachering, uitzendbureau, payroll, Waadi ...) on its line, the line
 * above ("Sociaal Werkt Detachering B.V." / "Hanzeweg 8 · KvK 70123456") or
 * a short line below that ends it ("... ingeschreven conform de" / "Waadi"), unless
 * those lines carry the candidate's surname ("Jansen Detachering", a
 * one-person firm is the candidate's own).  Only the registration is
 * discounted: "zzp'er, bemiddeld via X Detachering B.V." still counts.
 */
#define PAST_HEADER_WORDS 12
typedef struct {
    const profile *p;
    ruleset *rs;
    char *surname;          /* normalised, or NULL */
} zzp_ctx;

static bool in_past_position(const cvdoc *d, size_t i, const profile *p)
{
    if (d->lines[i].section != CV_SEC_EXPERIENCE || cvdoc_words(d, i) > PAST_HEADER_WORDS)
        return false;
    date_range r;
    const normtext *t = &d->lines[i].norm;
    bool ranged = date_range_find(t->s, t->len, 0, p->ref_y, p->ref_m, &r) == 1;
    size_t j = i + 1;
    if (j < d->n && d->lines[j].blank)
        j++;
    if (!ranged && j < d->n && !d->lines[j].blank && cvdoc_words(d, j) <= 6) {
        const normtext *n = &d->lines[j].norm;
        ranged = date_range_find(n->s, n->len, 0, p->ref_y, p->ref_m, &r) == 1;
    }
    return ranged && !r.end_open && date_month_index(r.end_y, r.end_m) < date_month_index(p->ref_y, p->ref_m);
}

/* Does line i carry the candidate's surname? */
static bool names_candidate(const cvdoc *d, size_t i, const zzp_ctx *z)
{
    const normtext *t = &d->lines[i].norm;
    return z->surname && memmem(t->s, t->len, z->surname, strlen(z->surname));
}

static bool agency_line(const cvdoc *d, size_t i, const zzp_ctx *z)
{
    rule_match m;
    const normtext *t = &d->lines[i].norm;
    return rules_find(z->rs, "zzp.agency", t->s, t->len, 0, &m) == 1 && !names_candidate(d, i, z);
}

static bool current_indication(const cvdoc *d, size_t i, const rule_match *m, void *ctx)
{
    const zzp_ctx *z = ctx;
    if (in_past_position(d, i, z->p))
        return false;
    /* in the references a referee's work ("Piet Smit, zelfstandig adviseur")
     * is not the candidate's, but the candidate's own words are: "ik werk op
     * eigen titel" under the referees, after a heading zeef does not know */
    rule_match fm;
    const normtext *t = &d->lines[i].norm;
    if (d->lines[i].section == CV_SEC_REFERENCES &&
        !(rules_has(z->rs, "position.sentence") &&
          rules_find(z->rs, "position.sentence", t->s, t->len, 0, &fm) == 1) &&
        !names_candidate(d, i, z))
        return false;       /* (the candidate's own line, a page footer with her name, counts) */
    const char *s = d->lines[i].norm.s + m->start;
    size_t n = m->end - m->start;
    bool registration = (n >= 3 && !memcmp(s, "kvk", 3)) || (n >= 20 && !memcmp(s, "kamer van koophandel", 20));
    if (!registration || !rules_has(z->rs, "zzp.agency"))
        return true;
    bool above = i > 0 && !d->lines[i - 1].blank && d->lines[i - 1].page == d->lines[i].page;
    /* (and the wrapped end of the line: "... · KvK 82746193 · ingeschreven
     * conform de" / "Waadi") */
    bool below = i + 1 < d->n && !d->lines[i + 1].blank && d->lines[i + 1].page == d->lines[i].page &&
                 cvdoc_words(d, i + 1) <= 3;
    return !(agency_line(d, i, z) || (above && agency_line(d, i - 1, z)) || (below && agency_line(d, i + 1, z)));
}

/* The candidate's surname, normalised: the last word of candidate.name. */
static char *surname_of(const json *rec)
{
    const char *name = json_get_str(json_get(rec, "candidate"), "name");
    if (!name)
        return NULL;
    const char *w = strrchr(name, ' ');
    w = w ? w + 1 : name;
    normtext t = {0};
    text_normalise(w, strlen(w), &t);
    bool word = t.len >= 3;
    for (size_t k = 0; k < t.len && word; k++)      /* a name, not "B.V." */
        word = (t.s[k] >= 'a' && t.s[k] <= 'z') || t.s[k] == '-' || t.s[k] == '\'' || (unsigned char)t.s[k] >= 0x80;
    char *out = word ? xstrndup(t.s, t.len) : NULL;
    normtext_free(&t);
    return out;
}

void fields_screening(json *rec, const cvdoc *d, ruleset *rs, const profile *p)
{
    references(rec, d, rs);
    json *zev = json_array();
    zzp_ctx zc = {p, rs, surname_of(rec)};
    int z = fields_collect_if(zev, d, rs, "zzp.indication", 0, ZZP_MAX_EVIDENCE, current_indication, &zc);
    free(zc.surname);
    json_set_bool(rec, "zzp", z > 0);
    json_set(rec, "zzp_evidence", zev);
    /* two people offered together in one CV (a duo): their careers are not one candidate's */
    if (rules_has(rs, "cv.duo")) {
        json *dev = json_array();
        int n = fields_collect(dev, d, rs, "cv.duo", SECTION(CV_SEC_REFERENCES), ZZP_MAX_EVIDENCE);
        json_set_bool(rec, "duo", n > 0);
        json_set(rec, "duo_evidence", dev);
    }
    /* the other half of the tender's condition: no employment with the client */
    if (rules_has(rs, "employment.with_client")) {
        json *eev = json_array();
        int e = fields_collect(eev, d, rs, "employment.with_client", SECTION(CV_SEC_REFERENCES), ZZP_MAX_EVIDENCE);
        json_set_bool(rec, "client_employment", e > 0);
        json_set(rec, "client_employment_evidence", eev);
    }
    hourly_rate(rec, d, rs);
    terms(rec, d, rs, p);
}
