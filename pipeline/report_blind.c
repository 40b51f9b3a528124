/*
 * report_blind.c — blind screening: the records without personal details
 * (see report.h, "blind screening").
 *
 * Anonymous screening means the assessor must not learn who a candidate is
 * from anything in the reports.  The structured contact fields are easy
 * (candidate, file, sha256 are replaced); the hard part is the free text
 * the reports quote as evidence: CV lines can hold a name, an e-mail
 * address, a phone number, an address or a date of birth.  report_redact()
 * takes those out of every string, and is careful not to take out the
 * evidence for the criteria (employers, periods, programmes):
 *
 *   e-mail        anything@host.tld                        -> [e-mail]
 *   link          http(s)://…, www.…, linkedin.com/…       -> [link]
 *   phone         starting with 0, + or (0/(+, 9 to 15 digits, separated by
 *                 spaces, dashes, dots, slashes, brackets   -> [telefoon]
 *                 (" - " stops a number, so "01-2012 - 12-2015" is a period)
 *   postcode      1234 AB (letters upper case in the CV) and the place
 *                 name after it                             -> [postcode]
 *   birth date    a full date (day, month, year; "12-03-1975", "12 maart
 *                 1975") with a year before 2010: nobody born later can
 *                 apply, and periods of work rarely carry a day  -> [datum]
 *   age           "48 jaar oud", "48 years old"             -> [leeftijd]
 *   labels        the value after "geboren", "geboortedatum", "leeftijd",
 *                 "nationaliteit", "geslacht", "adres", "woonplaats",
 *                 "e-mail", "telefoon", "kvk-nummer", … (nl, en, de), up to the next
 *                 separator (| ; • tab, two spaces, ". X", another label)
 *                                                          -> [weggelaten]
 *   gender        a line or segment that is only "man", "vrouw", "male", …
 *   name          every whole word equal (case and accents ignored) to a
 *                 token of the candidate's name or file name, leaving out
 *                 particles (de, van, der…) and words like "cv"  -> [naam]
 *
 * Matching runs on text_normalise()'s folded copy (lower case, no accents,
 * one kind of dash), whose map leads back to the CV's own bytes, so
 * "ÖZTÜRK" is found by the token "Öztürk" and the rest of the quote keeps
 * its original spelling.
 *
 * The letters follow the record order (the contract's rank order: eligible
 * candidates by rank first), so "Kandidaat A" is the best ranked.
 */
#include "report.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"
#include "util.h"

static bool g_en;   /* placeholders in English (set by report_blind_records) */

enum { PH_EMAIL, PH_LINK, PH_PHONE, PH_POSTCODE, PH_DATE, PH_AGE, PH_VALUE, PH_GENDER, PH_NAME };

static const char *placeholder(int k)
{
    static const char *nl[] = {"[e-mail]", "[link]", "[telefoon]", "[postcode]", "[datum]",
                               "[leeftijd]", "[weggelaten]", "[weggelaten]", "[naam]"};
    static const char *en[] = {"[e-mail]", "[link]", "[phone]", "[postcode]", "[date]",
                               "[age]", "[redacted]", "[redacted]", "[name]"};
    return g_en ? en[k] : nl[k];
}

typedef struct {
    size_t a, b;   /* normalised byte range */
    int ph;
} span;

typedef struct {
    span *v;
    size_t n, cap;
} spans;

static void sp_add(spans *s, size_t a, size_t b, int ph)
{
    if (b <= a)
        return;
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->v = xreallocarray(s->v, s->cap, sizeof *s->v);
    }
    s->v[s->n++] = (span){a, b, ph};
}

static int sp_cmp(const void *x, const void *y)
{
    const span *a = x, *b = y;
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    return a->b > b->b ? -1 : a->b < b->b;   /* longer first */
}

/* A letter or digit of the folded text (bytes >= 0x80: other scripts, count as letters). */
static bool is_wordc(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alpha(char c)
{
    return c >= 'a' && c <= 'z';
}

static bool word_start(const char *t, size_t i)
{
    return i == 0 || !is_wordc((unsigned char)t[i - 1]);
}

static bool word_end(const char *t, size_t len, size_t i)
{
    return i >= len || !is_wordc((unsigned char)t[i]);
}

/* ---- e-mail, links ------------------------------------------------------- */

static bool is_email_local(char c)
{
    return is_alpha(c) || is_digit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

static bool is_host(char c)
{
    return is_alpha(c) || is_digit(c) || c == '.' || c == '-';
}

static void find_emails(const char *t, size_t len, spans *out)
{
    for (size_t i = 0; i < len; i++) {
        if (t[i] != '@')
            continue;
        size_t a = i, b = i + 1;
        while (a > 0 && is_email_local(t[a - 1]))
            a--;
        while (b < len && is_host(t[b]))
            b++;
        while (b > i + 1 && (t[b - 1] == '.' || t[b - 1] == '-'))
            b--;
        bool dot = memchr(t + i + 1, '.', b - i - 1) != NULL;
        if (a < i && dot)
            sp_add(out, a, b, PH_EMAIL);
    }
}

static bool is_space_or_end(const char *t, size_t len, size_t i)
{
    return i >= len || t[i] == ' ' || t[i] == '\n';
}

static void find_links(const char *t, size_t len, spans *out)
{
    static const char *starts[] = {"http://", "https://", "www.", "linkedin.com", "mailto:"};
    for (size_t i = 0; i < len; i++) {
        for (size_t k = 0; k < sizeof starts / sizeof *starts; k++) {
            size_t sl = strlen(starts[k]);
            if (len - i < sl || memcmp(t + i, starts[k], sl) != 0 || !word_start(t, i))
                continue;
            size_t b = i + sl;
            while (!is_space_or_end(t, len, b) && t[b] != '|' && t[b] != ';' && t[b] != ')')
                b++;
            while (b > i && (t[b - 1] == '.' || t[b - 1] == ','))
                b--;
            sp_add(out, i, b, PH_LINK);
            i = b;
            break;
        }
    }
}

/* ---- phone numbers ------------------------------------------------------- */

static void find_phones(const char *t, size_t len, spans *out)
{
    for (size_t i = 0; i < len; i++) {
        char c = t[i];
        if (!(c == '+' || c == '0' || c == '('))
            continue;
        if (i > 0 && (is_wordc((unsigned char)t[i - 1]) || t[i - 1] == '+' || t[i - 1] == '-' ||
                      t[i - 1] == '/' || t[i - 1] == '.' || t[i - 1] == ','))
            continue;
        if (c == '(' && !(i + 1 < len && (t[i + 1] == '0' || t[i + 1] == '+')))
            continue;
        size_t j = i, digits = 0, last_digit = i;
        while (j < len) {
            char d = t[j];
            if (is_digit(d)) {
                digits++;
                last_digit = j;
            } else if (d == ' ') {
                /* " - " separates two dates or numbers, not the parts of one */
                if (j + 2 < len && t[j + 1] == '-' && t[j + 2] == ' ')
                    break;
                if (j + 1 < len && t[j + 1] == ' ')
                    break;
            } else if (d == '-') {
                if (j + 1 < len && t[j + 1] == ' ')
                    break;
            } else if (!(d == '+' || d == '(' || d == ')' || d == '.' || d == '/')) {
                break;
            }
            j++;
        }
        /* the number must not run on into a word */
        size_t end = last_digit + 1;
        if (end < len && is_alpha(t[end]))
            continue;
        if (digits >= 9 && digits <= 15) {
            sp_add(out, i, end, PH_PHONE);
            i = end;
        }
    }
}

/* ---- postcodes, dates, age ------------------------------------------------- */

/* orig: the original text; map: normalised -> original offsets. */
static void find_postcodes(const char *t, size_t len, const char *orig, const size_t *map, spans *out)
{
    for (size_t i = 0; i + 6 <= len; i++) {
        if (!word_start(t, i) || t[i] < '1' || t[i] > '9' || !is_digit(t[i + 1]) ||
            !is_digit(t[i + 2]) || !is_digit(t[i + 3]))
            continue;
        size_t k = i + 4;
        if (k < len && t[k] == ' ')
            k++;
        if (k + 2 > len || !is_alpha(t[k]) || !is_alpha(t[k + 1]) || !word_end(t, len, k + 2))
            continue;
        char l1 = orig[map[k]], l2 = orig[map[k + 1]];
        if (!(l1 >= 'A' && l1 <= 'Z' && l2 >= 'A' && l2 <= 'Z'))
            continue;
        size_t b = k + 2;
        /* the place after it: "8011 AB Zwolle" */
        if (b + 1 < len && t[b] == ' ' && is_alpha(t[b + 1]) && orig[map[b + 1]] >= 'A' &&
            orig[map[b + 1]] <= 'Z') {
            size_t e = b + 1;
            while (e < len && (is_wordc((unsigned char)t[e]) || t[e] == '-' || t[e] == '\''))
                e++;
            b = e;
        }
        sp_add(out, i, b, PH_POSTCODE);
        i = b;
    }
}

static const char *const MONTH_WORDS[] = {
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december", "january", "february", "march", "may", "june", "july",
    "august", "october", "januar", "februar", "marz", "mai", "oktober", "dezember",
    "jan", "feb", "mrt", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec",
};

/* Length of a month word at t+i (with an optional '.'), or 0. */
static size_t month_word(const char *t, size_t len, size_t i)
{
    size_t best = 0;
    for (size_t k = 0; k < sizeof MONTH_WORDS / sizeof *MONTH_WORDS; k++) {
        size_t ml = strlen(MONTH_WORDS[k]);
        if (len - i >= ml && memcmp(t + i, MONTH_WORDS[k], ml) == 0 && ml > best &&
            (i + ml >= len || !is_alpha(t[i + ml])))
            best = ml;
    }
    if (best && i + best < len && t[i + best] == '.')
        best++;
    return best;
}

/* Reads 1..max digits at t+*i; returns the count, the value in *v. */
static size_t digits_at(const char *t, size_t len, size_t *i, size_t max, int *v)
{
    size_t k = 0;
    *v = 0;
    while (*i < len && k < max && is_digit(t[*i])) {
        *v = *v * 10 + (t[*i] - '0');
        (*i)++;
        k++;
    }
    return k;
}

#define BIRTH_YEAR_MAX 2009   /* nobody born later applies for these tenders */

static void find_dates(const char *t, size_t len, spans *out)
{
    for (size_t i = 0; i < len; i++) {
        if (!is_digit(t[i]) || !word_start(t, i))
            continue;
        size_t j = i;
        int d, m, y;
        if (digits_at(t, len, &j, 2, &d) == 0 || d < 1 || d > 31)
            continue;
        bool full = false;
        if (j < len && (t[j] == '-' || t[j] == '.' || t[j] == '/')) {
            char sep = t[j++];
            if (digits_at(t, len, &j, 2, &m) && m >= 1 && m <= 12 && j < len && t[j] == sep) {
                j++;
                full = digits_at(t, len, &j, 4, &y) == 4;
            }
        } else if (j < len && t[j] == ' ') {
            j++;
            size_t ml = month_word(t, len, j);
            if (ml) {
                j += ml;
                if (j < len && t[j] == ' ')
                    j++;
                full = digits_at(t, len, &j, 4, &y) == 4;
            }
        }
        if (full && word_end(t, len, j) && y >= 1900 && y <= BIRTH_YEAR_MAX) {
            sp_add(out, i, j, PH_DATE);
            i = j;
        }
    }
}

static void find_age(const char *t, size_t len, spans *out)
{
    static const char *tails[] = {" jaar oud", " years old", " jahre alt", "-jarige", " jarige"};
    for (size_t i = 0; i < len; i++) {
        if (!is_digit(t[i]) || !word_start(t, i))
            continue;
        size_t j = i;
        int v;
        if (digits_at(t, len, &j, 3, &v) == 0 || v < 14 || v > 99)
            continue;
        for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
            size_t tl = strlen(tails[k]);
            if (len - j >= tl && memcmp(t + j, tails[k], tl) == 0) {
                sp_add(out, i, j + tl, PH_AGE);
                break;
            }
        }
    }
}

/* ---- labels with a personal value ------------------------------------------ */

typedef struct {
    const char *w;
    bool bare;   /* also without a colon ("Geboren 12 maart 1975") */
} label;

static const label LABELS[] = {
    {"geboortedatum", true}, {"geboorteplaats", true}, {"geboren", true}, {"geb.", true},
    {"date of birth", true}, {"birth date", true}, {"born", false}, {"dob", false},
    {"geburtsdatum", true}, {"geburtsort", true},
    {"leeftijd", true}, {"age", false}, {"alter", false},
    {"nationaliteit", true}, {"nationality", true}, {"staatsangehorigkeit", true},
    {"geslacht", true}, {"gender", false}, {"sex", false}, {"geschlecht", true},
    {"burgerlijke staat", true}, {"marital status", true}, {"familienstand", true},
    {"adres", false}, {"address", false}, {"anschrift", false}, {"woonadres", true},
    {"woonplaats", true}, {"woonplek", false}, {"city", false}, {"wohnort", true},
    {"postcode", false}, {"e-mail", false}, {"email", false}, {"e-pos", false},
    {"telefoonnummer", false}, {"telefoon", false}, {"telefon", false}, {"tel.", false},
    {"tel", false}, {"mobiel", false}, {"mobile", false}, {"phone", false}, {"gsm", false},
    {"bsn", false}, {"linkedin", false}, {"rijbewijs", false},
    {"kvk-nummer", true}, {"kvk nummer", true}, {"kvk-nr.", true}, {"kvk-nr", true},
    {"btw-nummer", true}, {"btw-id", true}, {"iban", true},
};

/* If a label starts at t+i (word start): the index after its colon (or after
 * the label for a bare one, when followed by a space); 0 otherwise. */
static size_t label_at(const char *t, size_t len, size_t i, bool need_colon)
{
    if (!word_start(t, i))
        return 0;
    for (size_t k = 0; k < sizeof LABELS / sizeof *LABELS; k++) {
        size_t ll = strlen(LABELS[k].w);
        if (len - i < ll || memcmp(t + i, LABELS[k].w, ll) != 0)
            continue;
        size_t j = i + ll;
        if (LABELS[k].w[ll - 1] != '.' && !word_end(t, len, j))
            continue;
        while (j < len && t[j] == ' ')
            j++;
        if (j < len && t[j] == ':')
            return j + 1;
        if (!need_colon && LABELS[k].bare && j > i + ll && j < len)
            return j;
        if (!need_colon && LABELS[k].bare && LABELS[k].w[ll - 1] == '.' && j < len)
            return j;
    }
    return 0;
}

/* True at a separator that ends a labelled value. */
static bool value_end(const char *t, size_t len, size_t j, const char *orig, const size_t *map)
{
    unsigned char c = (unsigned char)t[j];
    if (c == '|' || c == ';' || c == '\n' || c == '\t')
        return true;
    if (c == ' ' && j + 1 < len && t[j + 1] == ' ')
        return true;
    /* "•" U+2022, "·" U+00B7 */
    if (len - j >= 3 && memcmp(t + j, "\xE2\x80\xA2", 3) == 0)
        return true;
    if (len - j >= 2 && memcmp(t + j, "\xC2\xB7", 2) == 0)
        return true;
    /* ". Next sentence" */
    if (c == '.' && j + 2 < len && t[j + 1] == ' ') {
        char o = orig[map[j + 2]];
        if (o >= 'A' && o <= 'Z')
            return true;
    }
    return label_at(t, len, j, true) != 0;
}

static void find_labels(const char *t, size_t len, const char *orig, const size_t *map, spans *out)
{
    for (size_t i = 0; i < len; i++) {
        size_t v = label_at(t, len, i, false);
        if (!v)
            continue;
        while (v < len && t[v] == ' ')
            v++;
        size_t j = v;
        while (j < len && !(j > v && value_end(t, len, j, orig, map)))
            j++;
        while (j > v && (t[j - 1] == ' ' || t[j - 1] == '.' || t[j - 1] == ','))
            j--;
        if (j > v)
            sp_add(out, v, j, PH_VALUE);
        i = j > i ? j - 1 : i;
    }
}

/* A segment that is only a gender word ("man", "vrouw"). */
static void find_gender(const char *t, size_t len, spans *out)
{
    static const char *words[] = {"man", "vrouw", "male", "female", "mannelijk", "vrouwelijk",
                                  "mann", "frau", "weiblich", "mannlich"};
    size_t s = 0;
    for (size_t i = 0; i <= len; i++) {
        bool sep = i == len || t[i] == '|' || t[i] == ';' || t[i] == '\n' || t[i] == ',' ||
                   t[i] == '\t';
        if (!sep)
            continue;
        size_t a = s, b = i;
        while (a < b && (t[a] == ' ' || t[a] == '(' || t[a] == '-'))
            a++;
        while (b > a && (t[b - 1] == ' ' || t[b - 1] == ')' || t[b - 1] == '.'))
            b--;
        for (size_t k = 0; k < sizeof words / sizeof *words; k++)
            if (b - a == strlen(words[k]) && memcmp(t + a, words[k], b - a) == 0)
                sp_add(out, a, b, PH_GENDER);
        s = i + 1;
    }
}

/* ---- names ------------------------------------------------------------------ */

/* A month word followed by a year ("jan. 2018", "mei 2019") is a date, not
 * the first name Jan or Mei. */
static bool month_before_year(const char *t, size_t len, size_t i, size_t e)
{
    if (month_word(t, len, i) < e - i)
        return false;
    size_t k = e;
    if (k < len && t[k] == '.')
        k++;
    while (k < len && t[k] == ' ')
        k++;
    return k < len && is_digit(t[k]);
}

static void find_token(const char *t, size_t len, const char *tok, size_t tl, spans *out)
{
    if (tl == 0)
        return;
    for (const char *p = t; (p = memmem(p, len - (size_t)(p - t), tok, tl)) != NULL; p++) {
        size_t i = (size_t)(p - t);
        if (word_start(t, i) && word_end(t, len, i + tl) && !month_before_year(t, len, i, i + tl))
            sp_add(out, i, i + tl, PH_NAME);
    }
}

static char *redact(const char *s, const char *const *tokens, size_t ntokens, bool fold_tokens);

char *report_redact(const char *s, const char *const *tokens, size_t ntokens)
{
    return redact(s, tokens, ntokens, true);
}

/* tokens already folded by text_normalise (fold_tokens false) or not. */
static char *redact(const char *s, const char *const *tokens, size_t ntokens, bool fold_tokens)
{
    if (!s)
        return NULL;
    size_t olen = strlen(s);
    normtext nt;
    text_normalise(s, olen, &nt);
    const char *t = nt.s;
    size_t len = nt.len;
    spans sp = {0};
    find_labels(t, len, s, nt.map, &sp);
    find_emails(t, len, &sp);
    find_links(t, len, &sp);
    find_phones(t, len, &sp);
    find_postcodes(t, len, s, nt.map, &sp);
    find_dates(t, len, &sp);
    find_age(t, len, &sp);
    find_gender(t, len, &sp);
    for (size_t k = 0; k < ntokens; k++) {
        if (!tokens[k])
            continue;
        if (!fold_tokens) {
            find_token(t, len, tokens[k], strlen(tokens[k]), &sp);
            continue;
        }
        normtext tk;
        text_normalise(tokens[k], strlen(tokens[k]), &tk);
        find_token(t, len, tk.s, tk.len, &sp);
        normtext_free(&tk);
    }
    if (sp.n == 0) {
        normtext_free(&nt);
        return xstrdup(s);
    }
    qsort(sp.v, sp.n, sizeof *sp.v, sp_cmp);
    strbuf out = STRBUF_INIT;
    size_t pos = 0;   /* in the original */
    for (size_t k = 0; k < sp.n;) {
        span cur = sp.v[k++];
        while (k < sp.n && sp.v[k].a < cur.b) {   /* merge overlaps */
            if (sp.v[k].b > cur.b)
                cur.b = sp.v[k].b;
            k++;
        }
        size_t oa = nt.map[cur.a], ob = nt.map[cur.b];
        if (oa < pos)
            oa = pos;
        if (oa > pos)
            sb_add(&out, s + pos, oa - pos);
        sb_adds(&out, placeholder(cur.ph));
        if (ob > pos)
            pos = ob;
    }
    if (pos < olen)
        sb_add(&out, s + pos, olen - pos);
    free(sp.v);
    normtext_free(&nt);
    return sb_detach(&out);
}

/* ---- blind records ------------------------------------------------------------ */

char *report_blind_letter(size_t i)
{
    char buf[32];
    size_t k = sizeof buf - 1;
    buf[k] = '\0';
    i++;
    do {
        i--;
        buf[--k] = (char)('A' + i % 26);
        i /= 26;
    } while (i > 0 && k > 0);
    return xstrdup(buf + k);
}

static bool is_particle(const char *w, size_t n)
{
    static const char *skip[] = {
        "de", "der", "den", "van", "von", "het", "ten", "ter", "te", "du", "da", "di", "la", "le",
        "el", "al", "op", "in", "en", "t", "s", "y", "cv", "curriculum", "vitae", "resume", "def",
        "definitief", "versie", "final", "nieuw", "kopie", "copy", "nl", "pdf", "docx", "doc",
    };
    for (size_t i = 0; i < sizeof skip / sizeof *skip; i++)
        if (strlen(skip[i]) == n && strncmp(skip[i], w, n) == 0)
            return true;
    return false;
}

/* Adds the name tokens of s (words of 2+ letters, not a particle). */
static void add_tokens(strbuf *keep, char ***v, size_t *n, const char *s)
{
    (void)keep;
    if (!s)
        return;
    normtext nt;
    text_normalise(s, strlen(s), &nt);
    size_t i = 0;
    while (i < nt.len) {
        while (i < nt.len && !is_wordc((unsigned char)nt.s[i]))
            i++;
        size_t a = i;
        bool digit = false;
        while (i < nt.len && is_wordc((unsigned char)nt.s[i])) {
            digit |= is_digit(nt.s[i]);
            i++;
        }
        bool dup = false;
        for (size_t k = 0; k < *n && !dup; k++)
            dup = strlen((*v)[k]) == i - a && memcmp((*v)[k], nt.s + a, i - a) == 0;
        if (i - a >= 2 && !digit && !dup && !is_particle(nt.s + a, i - a)) {
            *v = xreallocarray(*v, *n + 1, sizeof **v);
            (*v)[(*n)++] = xstrndup(nt.s + a, i - a);
        }
    }
    normtext_free(&nt);
}

/* The file's base name without its extension (malloc'd, or NULL). */
static char *file_stem(const char *path)
{
    if (!path)
        return NULL;
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    const char *dot = strrchr(b, '.');
    return xstrndup(b, dot && dot > b ? (size_t)(dot - b) : strlen(b));
}

/* A reference line starts with the referee's name: "Anouk Hendriks – teammanager,
 * Gemeente Zwolle – 06-…".  Returns the length of that name (2 to 6 words,
 * capitalised or particles, before a dash, comma, bracket, bar or colon), or 0. */
static size_t leading_name(const char *s)
{
    static const char *part[] = {"de", "van", "der", "den", "ten", "ter", "te", "du", "la", "le",
                                 "von", "'t", "el", "al", "dhr.", "mw.", "mevr.", "mevrouw",
                                 "heer", "drs.", "dr.", "ir.", "mr.", "ing."};
    size_t i = 0, words = 0, caps = 0, end = 0;
    while (s[i] == ' ')
        i++;
    for (;;) {
        size_t a = i;
        while (s[i] && s[i] != ' ' && s[i] != ',' && s[i] != '(' && s[i] != '|' && s[i] != ':')
            i++;
        size_t wl = i - a;
        if (wl == 0)
            break;
        unsigned char c0 = (unsigned char)s[a];
        bool cap = (c0 >= 'A' && c0 <= 'Z') || c0 == 0xC3 || c0 == 0xC4 || c0 == 0xC5;
        bool particle = false;
        for (size_t k = 0; k < sizeof part / sizeof *part && !cap; k++)
            particle |= strlen(part[k]) == wl && strncasecmp(part[k], s + a, wl) == 0;
        bool dash = (wl == 1 && s[a] == '-') || (wl == 3 && (memcmp(s + a, "\xE2\x80\x93", 3) == 0 ||
                                                             memcmp(s + a, "\xE2\x80\x94", 3) == 0));
        if (dash)
            break;
        if (!cap && !particle)
            return 0;
        words++;
        caps += cap;
        end = i;
        if (s[i] != ' ')
            break;
        while (s[i] == ' ')
            i++;
    }
    return words >= 2 && words <= 6 && caps >= 2 ? end : 0;
}

static void redact_tree(json *v, const char *const *tok, size_t ntok, int depth)
{
    if (!v || depth > JSON_MAX_DEPTH + 2)
        return;
    if (v->type == JSON_STRING) {
        char *r = redact(v->s, tok, ntok, false);
        json_string_replace(v, r);
        free(r);
        return;
    }
    /* evidence of a reference: the referee's name goes first */
    const char *rule = v->type == JSON_OBJECT ? json_get_str(v, "rule") : NULL;
    json *text = v->type == JSON_OBJECT ? json_get(v, "text") : NULL;
    if (rule && starts_with(rule, "ref") && text && text->type == JSON_STRING) {
        size_t nl = leading_name(text->s);
        if (nl) {
            char *t = xasprintf("%s%s", placeholder(PH_NAME), text->s + nl);
            json_string_replace(text, t);
            free(t);
        }
    }
    if (v->type == JSON_ARRAY || v->type == JSON_OBJECT)
        for (size_t i = 0; i < v->len; i++)
            redact_tree(v->items[i], tok, ntok, depth + 1);
}

static const char *label_word(const report_options *o)
{
    return o && o->lang && strcmp(o->lang, "en") == 0 ? "Candidate" : "Kandidaat";
}

json **report_blind_records(json **recs, size_t n, const report_options *o)
{
    g_en = o && o->lang && strcmp(o->lang, "en") == 0;
    json **out = xcalloc(n + 1, sizeof *out);
    /* The name tokens of the whole batch, used on every record: a CV may name
     * another candidate (a colleague, a referee with the same surname). */
    char **tok = NULL;
    size_t ntok = 0;
    for (size_t i = 0; i < n; i++) {
        char *stem = file_stem(json_get_str(recs[i], "file"));
        add_tokens(NULL, &tok, &ntok, json_get_str(json_get(recs[i], "candidate"), "name"));
        add_tokens(NULL, &tok, &ntok, stem);
        free(stem);
    }
    for (size_t i = 0; i < n; i++) {
        const json *r = recs[i];
        json *c = json_copy(r);
        if (!c || c->type != JSON_OBJECT) {
            json_free(c);
            c = json_object();
        }
        char *letter = report_blind_letter(i);
        char *lab = xasprintf("%s %s", label_word(o), letter);
        /* the structured personal fields */
        json_remove(c, "candidate");
        json_remove(c, "file");
        json_remove(c, "sha256");
        redact_tree(c, (const char *const *)tok, ntok, 0);
        json *cand = json_object();
        json_set_str(cand, "name", lab);
        json_set_null(cand, "email");
        json_set_null(cand, "phone");
        json_set(c, "candidate", cand);
        json_set_str(c, "file", lab);
        json_set_null(c, "sha256");
        json_set_str(c, "blind_letter", letter);
        free(lab);
        free(letter);
        out[i] = c;
    }
    for (size_t k = 0; k < ntok; k++)
        free(tok[k]);
    free(tok);
    return out;
}

void report_blind_free(json **brecs, size_t n)
{
    for (size_t i = 0; brecs && i < n; i++)
        json_free(brecs[i]);
    free(brecs);
}

/* A quoted CSV field as in report.csv (no formula can start: see report.c). */
static void key_field(strbuf *sb, const char *s, bool last)
{
    if (s) {
        sb_addc(sb, '"');
        if (*s == '=' || *s == '+' || *s == '-' || *s == '@')
            sb_addc(sb, '\'');
        for (; *s; s++) {
            if (*s == '"')
                sb_adds(sb, "\"\"");
            else if ((unsigned char)*s < 0x20)
                sb_addc(sb, ' ');
            else
                sb_addc(sb, *s);
        }
        sb_addc(sb, '"');
    }
    sb_adds(sb, last ? "\r\n" : ";");
}

int report_write_blind_key(FILE *out, json **recs, size_t n, const report_options *o, char **err)
{
    strbuf sb = STRBUF_INIT;
    sb_adds(&sb, "\xEF\xBB\xBF");
    bool en = o && o->lang && strcmp(o->lang, "en") == 0;
    key_field(&sb, en ? "letter" : "letter", false);
    key_field(&sb, en ? "label" : "aanduiding", false);
    key_field(&sb, en ? "file" : "bestand", false);
    key_field(&sb, "sha256", false);
    key_field(&sb, en ? "candidate" : "kandidaat", true);
    for (size_t i = 0; i < n; i++) {
        const json *r = recs[i];
        char *letter = report_blind_letter(i);
        char *lab = xasprintf("%s %s", label_word(o), letter);
        key_field(&sb, letter, false);
        key_field(&sb, lab, false);
        key_field(&sb, json_get_str(r, "file"), false);
        key_field(&sb, json_get_str(r, "sha256"), false);
        key_field(&sb, json_get_str(json_get(r, "candidate"), "name"), true);
        free(letter);
        free(lab);
    }
    int rc = 0;
    if (fwrite(sb.data, 1, sb.len, out) != sb.len || fflush(out) != 0 || ferror(out)) {
        if (err)
            *err = xstrdup(en ? "cannot write the blind key" : "sleutelbestand schrijven mislukt");
        rc = -1;
    }
    sb_free(&sb);
    return rc;
}
