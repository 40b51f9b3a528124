/*
 * fields_contact.c — the candidate's name, e-mail and phone.
 *
 * E-mail and phone are the first matches of contact.email / contact.phone
 * outside the references section (a referee's number is not the
 * candidate's) and outside lines that give someone else's details
 * (contact.other: the supplier's account manager).  The name is, in order of preference:
 *   1. the value of a "Naam: ..." line (contact.name_label), or of a "Naam"
 *      cell, on the same row or on the next line (contact.name_cell);
 *   2. a line near the top of page 1 (the DOCX page header comes first), or of
 *      page 2 when page 1 (a cover letter) gives none
 *      that looks like a person's name: two to six words, no digits,
 *      capitalised apart from particles like "van", "de", "der", and no word
 *      of contact.not_name ("Gemeente", "Coördinator" ...); a leading
 *      "Curriculum Vitae" (contact.name_prefix) is stripped first.  Of
 *      several such lines, the first whose words occur in the e-mail
 *      address wins (femke.smit@... -> "Femke Smit"), else the first.
 *      Lines among the references count only when they match the e-mail
 *      address (a sidebar of referees read before the main text).  A name
 *      a narrow column wrapped onto two lines counts when both are in the
 *      e-mail address (wrapped_name).
 * Otherwise it is null: a wrong name is worse than none.
 */
#include <ctype.h>
#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "fields.h"
#include "util.h"

#define NAME_SEARCH_LINES 30

static const char *const particles[] = {"van", "de", "der", "den", "ter", "te", "ten", "het", "in", "'t",
                                        "op", "la", "le", "du", "da", "di", "von", "zu", "el", "al", "bin"};

static bool is_particle(const char *w, size_t n)
{
    for (size_t i = 0; i < sizeof particles / sizeof *particles; i++)
        if (strlen(particles[i]) == n && strncmp(particles[i], w, n) == 0)
            return true;
    return false;
}

/* A name in capitals only ("MARCO VAN DALEN", small caps in a PDF) as it is
 * spelt: "Marco van Dalen", particles in lower case.  Other names as they
 * are.  Takes and returns a json string. */
static json *title_case_caps(json *name)
{
    const char *s = json_str(name);
    if (!s)
        return name;
    gchar *low = g_utf8_strdown(s, -1);
    gchar *up = g_utf8_strup(s, -1);
    bool caps = strcmp(s, up) == 0 && strcmp(s, low) != 0;
    g_free(up);
    if (!caps) {
        g_free(low);
        return name;
    }
    strbuf sb = STRBUF_INIT;
    for (const char *w = low; *w;) {
        size_t n = strcspn(w, " -");
        if (n && !(is_particle(w, n) && sb.len)) {
            gunichar c = g_utf8_get_char(w);
            char buf[8];
            sb_add(&sb, buf, (size_t)g_unichar_to_utf8(g_unichar_toupper(c), buf));
            const char *rest = g_utf8_next_char(w);
            sb_add(&sb, rest, (size_t)(w + n - rest));
        } else {
            sb_add(&sb, w, n);
        }
        w += n;
        if (*w)
            sb_addc(&sb, *w++);
    }
    g_free(low);
    json *t = json_string(sb.data ? sb.data : "");
    sb_free(&sb);
    json_free(name);
    return t;
}

/* Upper-case first letter, ASCII or a UTF-8 Latin capital. */
static bool capitalised(const unsigned char *w)
{
    if (isupper(w[0]))
        return true;
    /* U+00C0..U+00DE and U+0100.. even code points are capitals in Latin-1/Extended-A: approximate */
    return w[0] == 0xC3 && w[1] >= 0x80 && w[1] <= 0x9E;
}

/* Is s[0..n) a plausible person name?  Words of letters, '-', '.', '\''
 * (fields.h: also what the references count calls a name). */
bool fields_name_like(const char *s, size_t n)
{
    size_t words = 0, caps = 0, i = 0;
    while (i < n) {
        while (i < n && s[i] == ' ')
            i++;
        if (i >= n)
            break;
        size_t st = i;
        while (i < n && s[i] != ' ')
            i++;
        size_t wl = i - st;
        const unsigned char *w = (const unsigned char *)s + st;
        for (size_t k = 0; k < wl; k++) {
            unsigned char c = w[k];
            if (c < 0x80 && !isalpha(c) && c != '-' && c != '.' && c != '\'')
                return false;
        }
        words++;
        if (capitalised(w))
            caps++;
        else if (!is_particle((const char *)w, wl))
            return false;
    }
    return words >= 2 && words <= 6 && caps >= 2;
}

/* The name on line i, or NULL (malloc'd). */
static char *name_from_line(const cvdoc *d, size_t i, ruleset *rs)
{
    const cv_line *l = &d->lines[i];
    rule_match m;
    size_t start = 0;
    if (rules_find(rs, "contact.name_prefix", l->norm.s, l->norm.len, 0, &m) == 1)
        start = m.end;
    /* skip separators after a "Curriculum Vitae" prefix */
    while (start < l->norm.len && strchr(" -:|,/", l->norm.s[start]))
        start++;
    /* the name ends where contact details start: "Kees Mulder | kees@... | 06-..." */
    size_t end = start;
    while (end < l->norm.len && !strchr("|,;*", l->norm.s[end]) &&
           !(l->norm.s[end] == ' ' && end + 2 < l->norm.len && l->norm.s[end + 1] == '-' && l->norm.s[end + 2] == ' ') &&
           !(l->orig[l->norm.map[end]] == '\t'))
        end++;
    /* academic titles before and after it ("drs.", "bc.", "MSc") */
    if (rules_has(rs, "contact.name_title") && rules_find(rs, "contact.name_title", l->norm.s + start,
                                                          end - start, 0, &m) == 1 && m.start == 0)
        start += m.end;
    size_t full = end;
    if (rules_has(rs, "contact.name_suffix") &&
        rules_find(rs, "contact.name_suffix", l->norm.s + start, end - start, 0, &m) == 1)
        end = start + m.start;
    if (start >= end || rules_find(rs, "contact.not_name", l->norm.s, end, start, &m) == 1)
        return NULL;
    char *cand = cvdoc_orig_span(d, i, start, end);
    if (fields_name_like(cand, strlen(cand)))
        return cand;
    free(cand);
    /* (not when that leaves no name: "Ina Ba" is a surname) */
    cand = end < full ? cvdoc_orig_span(d, i, start, full) : NULL;
    if (cand && fields_name_like(cand, strlen(cand)))
        return cand;
    free(cand);
    return NULL;
}

/* Does a word of 3+ letters of normalised line i occur in the e-mail's local part? */
static bool in_email(const cvdoc *d, size_t i, const char *local, size_t llen)
{
    const char *s = d->lines[i].norm.s;
    size_t n = d->lines[i].norm.len, k = 0;
    while (k < n) {
        while (k < n && !((s[k] >= 'a' && s[k] <= 'z')))
            k++;
        size_t st = k;
        while (k < n && s[k] >= 'a' && s[k] <= 'z')
            k++;
        size_t wl = k - st;
        if (wl >= 3 && memmem(local, llen, s + st, wl))
            return true;
    }
    return false;
}

/* A name a narrow column wrapped onto two lines ("Lieke" / "Brouwers"):
 * line i one word, the next one to three, both in the e-mail address's local
 * part, together like a name.  Without the e-mail address to confirm it a
 * word alone on a line is no name.  NULL or the joined name (malloc'd). */
static char *wrapped_name(const cvdoc *d, size_t i, ruleset *rs, const char *local)
{
    if (i + 1 >= d->n || d->lines[i + 1].blank || d->lines[i + 1].page != d->lines[i].page ||
        d->lines[i + 1].heading || cvdoc_words(d, i) != 1 || cvdoc_words(d, i + 1) > 3 ||
        !in_email(d, i, local, strlen(local)) || !in_email(d, i + 1, local, strlen(local)))
        return NULL;
    rule_match m;
    for (size_t k = i; k <= i + 1; k++)
        if (rules_find(rs, "contact.not_name", d->lines[k].norm.s, d->lines[k].norm.len, 0, &m) == 1)
            return NULL;
    char *a = cvdoc_orig_span(d, i, 0, d->lines[i].norm.len);
    char *b = cvdoc_orig_span(d, i + 1, 0, d->lines[i + 1].norm.len);
    char *name = xasprintf("%s %s", a, b);
    free(a);
    free(b);
    if (fields_name_like(name, strlen(name)))
        return name;
    free(name);
    return NULL;
}

/* Does line i hold nothing but a phone number or an e-mail address (and
 * punctuation or a label word around it)? */
#define CONTACT_ONLY_REST 12     /* bytes besides it: "tel.: ", "(mobiel)" */

static bool contact_only(const cvdoc *d, ruleset *rs, size_t i)
{
    const normtext *t = &d->lines[i].norm;
    rule_match m;
    if (d->lines[i].blank)
        return false;
    if (rules_find(rs, "contact.phone", t->s, t->len, 0, &m) != 1 &&
        rules_find(rs, "contact.email", t->s, t->len, 0, &m) != 1)
        return false;
    size_t rest = t->len - (m.end - m.start);
    return rest <= CONTACT_ONLY_REST;
}

/* Does line i give someone else's details: contact.other on it ("Accountmanager:
 * Petra de Lange, 033-4617290"), or on one of the two lines before when that
 * one breaks off in a comma, a hyphen or a separator ("... (accountmanager), 033-4617290," /
 * "p.delange@flexpool.example.nl"; a column beside it may put a line of its own
 * between them), or on the line just before when that one has given no phone
 * or e-mail yet ("... | Accountmanager: Ellen" / "Postma, 0527-691024")? */
static bool others_details(const cvdoc *d, ruleset *rs, size_t i)
{
    rule_match m;
    if (!rules_has(rs, "contact.other"))
        return false;
    if (rules_find(rs, "contact.other", d->lines[i].norm.s, d->lines[i].norm.len, 0, &m) == 1)
        return true;
    /* the lines below name a person's details only after a person's line */
    const char *person = rules_has(rs, "contact.other_person") ? "contact.other_person" : "contact.other";
    /* a run of lines that hold only a phone number or an e-mail address
     * under that line ("Sandra Lubbers, accountmanager" / "055-5213344" /
     * "sandra.lubbers@example.com") */
    if (contact_only(d, rs, i)) {
        size_t top = i, run = 1;        /* (a print puts blank lines between them) */
        while (top > 0 && run <= 3 && d->lines[top - 1].page == d->lines[i].page &&
               (d->lines[top - 1].blank || contact_only(d, rs, top - 1))) {
            top--;
            run += !d->lines[top].blank;
        }
        if (top > 0 && run <= 3 && d->lines[top - 1].page == d->lines[i].page &&
            rules_find(rs, person, d->lines[top - 1].norm.s, d->lines[top - 1].norm.len, 0, &m) == 1)
            return true;
    }
    for (size_t back = 1; back <= 2 && back <= i; back++) {
        const cv_line *p = &d->lines[i - back];
        if (p->blank || p->page != d->lines[i].page)
            return false;
        size_t n = cvdoc_trimmed_len(d, i - back), e = p->norm.len;
        while (e && p->norm.s[e - 1] == ' ')
            e--;
        /* (or in a separator: "... · 033-2098765 ·" / "sanne.dewit@...") */
        bool cut = (n && (p->norm.s[n - 1] == ',' || p->norm.s[n - 1] == '-')) ||
                   (e && (p->norm.s[e - 1] == '|' || p->norm.s[e - 1] == '*'));     /* '*': a normalised '·' */
        bool gave = rules_find(rs, "contact.phone", p->norm.s, p->norm.len, 0, &m) == 1 ||
                    rules_find(rs, "contact.email", p->norm.s, p->norm.len, 0, &m) == 1;
        /* (!gave: the line above has not given its details yet, "Accountmanager: Ellen") */
        if ((cut && rules_find(rs, "contact.other", p->norm.s, p->norm.len, 0, &m) == 1) ||
            (back == 1 && !gave && rules_find(rs, person, p->norm.s, p->norm.len, 0, &m) == 1))
            return true;
        /* two lines back only past a line of another column, one that gave no
         * details of its own (the list above ended in it otherwise) */
        if (gave)
            return false;
    }
    return false;
}

/* An e-mail address that a narrow column wrapped after a hyphen
 * ("ronald@smeets-" / "sociaal.example.nl"): line i's last word, which holds
 * the '@', joined to the first word of the next line; NULL when line i does
 * not end so or the joined word is no address.  (Not after a dot: "... via
 * jan@example.nl." ends a sentence.) */
static json *wrapped_email(const cvdoc *d, ruleset *rs, size_t i)
{
    const cv_line *l = &d->lines[i];
    size_t e = l->olen;
    while (e && (l->orig[e - 1] == ' ' || l->orig[e - 1] == '\t'))
        e--;
    size_t w = e;
    while (w && l->orig[w - 1] != ' ' && l->orig[w - 1] != '\t')
        w--;
    if (i + 1 >= d->n || e == w || l->orig[e - 1] != '-' ||
        !memchr(l->orig + w, '@', e - w))
        return NULL;
    const cv_line *nx = &d->lines[i + 1];
    size_t a = 0;
    while (a < nx->olen && (nx->orig[a] == ' ' || nx->orig[a] == '\t'))
        a++;
    size_t b = a;
    while (b < nx->olen && nx->orig[b] != ' ' && nx->orig[b] != '\t')
        b++;
    char *word = xasprintf("%.*s%.*s", (int)(e - w), l->orig + w, (int)(b - a), nx->orig + a);
    normtext t = {0};
    text_normalise(word, strlen(word), &t);
    rule_match m;
    json *r = NULL;
    if (rules_find(rs, "contact.email", t.s, t.len, 0, &m) == 1 && m.has_value && m.vstart == 0 &&
        m.vend == t.len)
        r = json_string(word);
    normtext_free(&t);
    free(word);
    return r;
}

static json *first_value(const cvdoc *d, ruleset *rs, const char *id)
{
    rule_match m;
    bool email = !strcmp(id, "contact.email");
    for (size_t i = 0; i < d->n; i++) {
        const cv_line *l = &d->lines[i];
        if (l->section == CV_SEC_REFERENCES || others_details(d, rs, i))
            continue;
        json *wrapped = email ? wrapped_email(d, rs, i) : NULL;
        if (wrapped)
            return wrapped;
        if (rules_find(rs, id, l->norm.s, l->norm.len, 0, &m) == 1) {
            size_t s = m.has_value ? m.vstart : m.start, e = m.has_value ? m.vend : m.end;
            char *v = cvdoc_orig_span(d, i, s, e);
            json *r = json_string(v);
            free(v);
            return r;
        }
    }
    return json_null();
}

void fields_contact(json *rec, const cvdoc *d, ruleset *rs)
{
    json *cand = json_object();
    json *name = NULL;
    rule_match m;
    for (size_t i = 0; i < d->n && !name; i++) {
        const cv_line *l = &d->lines[i];
        if (l->section == CV_SEC_REFERENCES)
            continue;
        if (rules_find(rs, "contact.name_label", l->norm.s, l->norm.len, 0, &m) == 1 && m.has_value) {
            char *v = cvdoc_orig_span(d, i, m.vstart, m.vend);
            /* the value ends where other details start: "Kandidaat: Tessa
             * Hoekman — € 90,- per uur" */
            static const char *const ends[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " | ", ",", " (", "\t"};
            for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
                char *cut = strstr(v, ends[k]);
                if (cut)
                    *cut = '\0';
            }
            if (fields_name_like(v, strlen(v)))
                name = json_string(v);
            free(v);
        } else if (!name && rules_has(rs, "contact.name_cell")) {
            /* a table row: "Naam<TAB>Eva de Vries" */
            size_t l0, l1;
            const char *c0 = cvdoc_cell(d, i, 0, &l0), *c1 = cvdoc_cell(d, i, 1, &l1);
            normtext c = {0};
            if (c1)
                text_normalise(c0, l0, &c);
            if (c1 && rules_find(rs, "contact.name_cell", c.s, c.len, 0, &m) == 1) {
                char *cell = xstrndup(c1, l1);
                char *t = cell + strspn(cell, " ");
                size_t tl = strlen(t);
                while (tl && t[tl - 1] == ' ')
                    t[--tl] = '\0';
                if (fields_name_like(t, tl))
                    name = json_string(t);
                free(cell);
            }
            if (c1)
                normtext_free(&c);
            /* a DOCX table's cells are lines of their own: "Naam" / "Eva de Vries" */
            if (!c1 && !name && i + 1 < d->n && !d->lines[i + 1].blank &&
                rules_find(rs, "contact.name_cell", l->norm.s, l->norm.len, 0, &m) == 1) {
                char *t = cvdoc_orig_span(d, i + 1, 0, d->lines[i + 1].norm.len);
                if (fields_name_like(t, strlen(t)))
                    name = json_string(t);
                free(t);
            }
        }
    }
    json *email = first_value(d, rs, "contact.email");
    const char *em = json_str(email);
    size_t llen = em && strchr(em, '@') ? (size_t)(strchr(em, '@') - em) : 0;
    char *lower = em ? g_utf8_strdown(em, (gssize)llen) : NULL;
    size_t seen = 0;
    char *first = NULL;
    for (size_t i = 0; i < d->n && !name && seen < NAME_SEARCH_LINES; i++) {
        const cv_line *l = &d->lines[i];
        if (l->page > 2 || (l->page == 2 && (name || first)))
            break;      /* page 2 only after a cover page or letter without the name */
        if (l->blank)
            continue;
        seen++;
        if (l->heading || l->table_heading || others_details(d, rs, i))
            continue;
        char *c = name_from_line(d, i, rs);
        bool mail = c && lower && in_email(d, i, lower, strlen(lower));
        if (!c && lower)
            mail = (c = wrapped_name(d, i, rs, lower)) != NULL;
        if (!c)
            continue;
        /* a referee's name is no candidate's, unless it is the one in the
         * e-mail address (a sidebar of referees read before the main text) */
        if (l->section == CV_SEC_REFERENCES && !mail) {
            free(c);
            continue;
        }
        if (mail) {
            name = json_string(c);
            free(c);
        } else if (!first) {
            first = c;
        } else {
            free(c);
        }
    }
    if (!name && first)
        name = json_string(first);
    free(first);
    g_free(lower);
    if (name)
        name = title_case_caps(name);
    json_set(cand, "name", name ? name : json_null());
    json_set(cand, "email", email);
    json_set(cand, "phone", first_value(d, rs, "contact.phone"));
    json_set(rec, "candidate", cand);
}
