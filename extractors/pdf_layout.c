/*
 * pdf_layout.c — rebuild a PDF page's lines from poppler's character boxes.
 *
 * poppler_page_get_text() returns text in poppler's reading order, which
 * reads tables column by column: an experience table (periode | functie |
 * werkgever) comes out as all periods, then all titles, then all employers,
 * and Europass's left-hand dates lose their positions.  CV parsing needs the
 * opposite: a row of a table on one line.  So we take the box of every
 * character (poppler_page_get_text_layout()) and lay the page out ourselves:
 *
 *   1. Glyphs are grouped into lines by their vertical position and sorted
 *      left to right.  A gap wider than a space becomes ' ', a gap wider than
 *      CELL_GAP line heights (a table cell or a column) becomes '\t'.  A
 *      vertical gap of more than PARA_GAP line heights becomes a blank line.
 *
 *      A narrower gap becomes '\t' too when COLUMN_GAP line heights wide and
 *      the next word starts where cells start on at least two other lines
 *      (±COLUMN_TOL): a narrow table column ("01-2021 t/m 12-" | "Coördinator")
 *      whose cells nearly touch, as Chromium prints them.
 *
 *   2. A page may have a gutter: an x position that few lines cross while
 *      many lines have text on both sides of it (or, when the two columns'
 *      lines do not share rows, that no line crosses while many lie wholly
 *      on either side).  Two kinds of page have one:
 *        - Europass and label/value layouts: the narrow column holds dates and
 *          labels that belong to the text on the same row ("2019 - nu   Teamleider
 *          Participatie").  Rows are kept together, as above.
 *        - A sidebar: the narrow column is a text of its own (contact details,
 *          skills).  Merging rows would glue "06-12345678" to "Profiel", so the
 *          two columns are written one after the other instead, region by
 *          region between lines that span the whole page.
 *      We tell them apart by what the narrow column says: when at least
 *      DATE_SHARE of its pieces hold a year or stand in a row of three cells
 *      or more (a table's column: "Periode | Functie | Werkgever"; a
 *      sidebar's line has two parts, the sidebar's and the main text's), it
 *      is a date column.  The
 *      decision is taken once per document (pdf_layout_columns() over the
 *      votes of all pages): a CV keeps one layout, and a page with only a
 *      few dates (education, references) must not flip it.  Measured on the
 *      PDFs of samples/, tests/holdout*, tests/producer and the 600 bench
 *      CVs: sidebars have 0 to 0.12 of their pieces with a year, Europass CVs
 *      0.18 to 0.5 (the labels of "Persoonlijke informatie" — Naam, E-mail,
 *      Telefoon — are pieces without one; at 0.3, 4 of the 22 bench Europass
 *      PDFs were read as sidebars and lost their dates).
 *
 *      A sidebar may hold years too: education and courses ("2001 – 2005" /
 *      "HBO Maatschappelijk Werk en" / "Dienstverlening"), 0.18 to 0.22 of
 *      its pieces in tests/holdout23's Chromium prints.  There the year is
 *      followed, at the next line, by the column's own text; a date column's
 *      year is followed by a gap (its entry's text is beside it, in the wide
 *      column) or by the next date.  So a narrow column is a sidebar too when
 *      at least TEXT_BELOW of its years have TEXT_LETTERS letters or more on
 *      the column's next line, at most TEXT_GAP line heights below (pandoc's
 *      HTML puts a paragraph's spacing there): measured 1.0 for every sidebar
 *      with years (holdout23 and its producer prints), 0 to 0.25 for every
 *      Europass and table PDF of the test sets and the bench corpus (at 2.5
 *      line heights a Europass reached 0.5).  A text right below several
 *      years is a label of a label/value table ("04-2019 – heden" /
 *      "Organisatie" / "Werkzaamheden", one small table per job), not a
 *      sidebar's entry: it counts for none of them (tests/holdout55 Marieke
 *      Hulshof, which was read as a sidebar).
 *
 *  3. A page without a gutter of its own may still hold a section in two
 *      newspaper columns, the right one short ("Opleiding ... Referenties"
 *      on the left, the second referee and "Beschikbaarheid" at the top of
 *      the right column).  Joined row by row, the referee's lines land in
 *      the education section.  A run of lines that all split cleanly at one
 *      x, where at least COLUMN_RIGHT_MIN right-hand parts start (a column's
 *      left edge), none of them a table's row of three cells or a date
 *      column's period, is written column by column (column_region()).
 *
 *  4. A horizontal timeline: a row of periods, one per job ("● sep 2004 – jun
 *      2010   ● jul 2010 – mrt 2016   ..."), with each job's title and
 *      employer centred in its column on the lines below.  Read row by row,
 *      the titles of four jobs make one line; so the timeline is written
 *      column by column instead, a job's period, then its lines of each
 *      paragraph joined (timeline_end(), emit_timeline()).
 *
 * Everything here works on the page's own coordinates; no font information is
 * needed.  Cost: a sort of the page's glyphs and a scan over its width.
 */
#include "pdf_layout.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define SPACE_GAP   0.12   /* gap / line height above which words are apart */
#define CELL_GAP    1.2    /* gap / line height above which text is in another cell */
#define PARA_GAP    0.6    /* vertical gap / line height for a blank line */
#define COLUMN_GAP  0.6    /* gap / line height above which a word at a column start is in another cell */
#define COLUMN_TOL  1.0    /* points: a word starts at a column start this close to it */
#define DATE_SHARE  0.15
#define TEXT_BELOW  0.5    /* share of the narrow column's years with its own text right below: a sidebar */
#define TEXT_LETTERS 6
#define TEXT_GAP    1.5    /* vertical gap / line height: "right below", a paragraph's spacing included */
#define GUTTER_MIN_WIDTH 4.0
#define LABEL_MIN_LETTERS 4    /* glyphs before a gap that a line start makes a cell's: a word, not a bullet */
#define LABEL_WORDS 3          /* at most this many words in a form's label */
#define LABEL_REPEATS 6        /* labels said again that make a label/value form */
#define LABEL_SHARE 0.25       /* ... and their share of the narrow column's pieces */

typedef struct {
    double x1, y1, x2, y2;
    gunichar c;
} glyph;

typedef struct {
    size_t first, n;      /* glyphs[first .. first+n), sorted by x */
    double top, bottom, height;
    int full;             /* crosses the gutter */
} line;

static int cmp_y(const void *a, const void *b)
{
    const glyph *g = a, *h = b;
    double ca = (g->y1 + g->y2) / 2, cb = (h->y1 + h->y2) / 2;
    if (ca != cb)
        return ca < cb ? -1 : 1;
    return g->x1 < h->x1 ? -1 : g->x1 > h->x1;
}

static int cmp_x(const void *a, const void *b)
{
    const glyph *g = a, *h = b;
    return g->x1 < h->x1 ? -1 : g->x1 > h->x1;
}

static void add_glyph(strbuf *sb, gunichar c)
{
    char buf[8];
    int n = g_unichar_to_utf8(c, buf);
    sb_add(sb, buf, (size_t)n);
}

/* The x where cells start: after a gap wider than CELL_GAP line heights,
 * sorted; each line adds each of its cell starts once. */
typedef struct {
    double *x;
    size_t n;
} column_starts;

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* How many cells start within COLUMN_TOL of x. */
static size_t starts_near(const column_starts *cs, double x)
{
    size_t lo = 0, hi = cs->n;
    while (lo < hi) {               /* first start >= x - COLUMN_TOL */
        size_t mid = lo + (hi - lo) / 2;
        if (cs->x[mid] < x - COLUMN_TOL)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t k = lo;
    while (k < cs->n && cs->x[k] <= x + COLUMN_TOL)
        k++;
    return k - lo;
}

/* Appends glyphs [a, b) of a line (sorted by x), with spaces and tabs for gaps. */
static void emit_run(strbuf *sb, const glyph *g, size_t a, size_t b, double h, const column_starts *cs,
                     const column_starts *ls)
{
    size_t word = a;        /* where the word before a gap began */
    for (size_t i = a; i < b; i++) {
        if (i > a) {
            double gap = g[i].x1 - g[i - 1].x2;
            if (gap > CELL_GAP * h || (gap > COLUMN_GAP * h && starts_near(cs, g[i].x1) >= 2) ||
                (gap > COLUMN_GAP * h && i - word >= LABEL_MIN_LETTERS && starts_near(ls, g[i].x1) >= 2)) {
                sb_addc(sb, '\t');
                word = i;
            } else if (gap > SPACE_GAP * h) {
                sb_addc(sb, ' ');
                word = i;
            }
        }
        add_glyph(sb, g[i].c);
    }
}

/* Does g[a, b) hold a year: four digits 1950..2100, or two after an
 * apostrophe ("'16 – '21")? */
static bool has_year(const glyph *g, size_t a, size_t b)
{
    int digits = 0, y = 0;
    for (size_t i = a; i <= b; i++) {
        bool d = i < b && g[i].c >= '0' && g[i].c <= '9';
        if (d) {
            digits++;
            if (digits <= 4)
                y = y * 10 + (int)(g[i].c - '0');
            continue;
        }
        if (digits == 4 && y >= 1950 && y <= 2100)
            return true;
        if (digits == 2 && i >= a + 3 &&
            (g[i - 3].c == '\'' || g[i - 3].c == 0x2019 || g[i - 3].c == 0x2018 || g[i - 3].c == 0xB4))
            return true;
        digits = 0;
        y = 0;
    }
    return false;
}

/* Words of a period, not of a text: "oktober 2022 tot en" / "met heden". */
static const char *const date_words[] = {
    "tot", "en", "met", "t", "m", "heden", "nu", "sinds", "vanaf", "present", "now", "current", "today", "to",
    "from", "since", "until", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december", "january", "february", "march", "may", "june", "july",
    "august", "october", "jan", "feb", "mrt", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct",
    "nov", "dec",
};

/* Does g[a, b) hold a text's words rather than a date's: TEXT_LETTERS letters
 * or more outside date_words ("HBO Maatschappelijk Werk en", "Lean Green
 * Belt"; not "met heden")?  Words are split where emit_run() puts a space. */
static bool has_text(const glyph *g, size_t a, size_t b, double h)
{
    size_t letters = 0, i = a;
    while (i < b) {
        char w[16];
        size_t n = 0, len = 0;
        for (; i < b && g_unichar_isalpha(g[i].c); i++) {
            if (n < sizeof w - 1)
                w[n++] = (char)(g[i].c < 0x80 ? g_ascii_tolower((gchar)g[i].c) : '?');
            len++;
            if (i + 1 < b && g[i + 1].x1 - g[i].x2 > SPACE_GAP * h) {
                i++;
                break;
            }
        }
        if (!len) {
            i++;
            continue;
        }
        w[n] = '\0';
        bool date = false;
        for (size_t k = 0; k < sizeof date_words / sizeof *date_words && !date; k++)
            date = !strcmp(w, date_words[k]);
        if (!date)
            letters += len;
    }
    return letters >= TEXT_LETTERS;
}

/* Does g[a, b) start with a period: a year in its first word ("01-2021 t/m
 * 12-", "2019 – nu"), or a month's name and a year ("september 2014
 * Coördinator Wmo-team"; not "Teamcoaching, 2022")? */
/* The end of the word that starts at g[a] (before b): the next gap wider
 * than a space. */
static size_t word_end(const glyph *g, size_t a, size_t b, double h)
{
    size_t e = a;
    while (e < b && !(e > a && g[e].x1 - g[e - 1].x2 > SPACE_GAP * h))
        e++;
    return e;
}

static bool leads_with_year(const glyph *g, size_t a, size_t b, double h)
{
    size_t e1 = word_end(g, a, b, h);
    if (has_year(g, a, e1))
        return true;
    size_t e2 = word_end(g, e1, b, h);
    return e1 < b && !has_text(g, a, e1, h) && has_year(g, e1, e2);
}

/* Words in g[a, b): runs apart by more than a space's gap. */
static size_t words_in(const glyph *g, size_t a, size_t b, double h)
{
    size_t n = a < b;
    for (size_t i = a + 1; i < b; i++)
        n += g[i].x1 - g[i - 1].x2 > SPACE_GAP * h;
    return n;
}

/* A heading as a piece: one to three words of four letters or more in all,
 * the first a capital letter, nothing but letters ('&', '/' aside). */
static bool heading_piece(const glyph *g, size_t a, size_t b, double h)
{
    if (a >= b || !g_unichar_isupper(g[a].c) || words_in(g, a, b, h) > 3)
        return false;
    size_t letters = 0;
    for (size_t i = a; i < b; i++) {
        if (g_unichar_isalpha(g[i].c))
            letters++;
        else if (g[i].c != '&' && g[i].c != '/' && g[i].c != '\'')
            return false;       /* (no digit, colon, dash: "Ja – Bachelor" is a cell's answer) */
    }
    return letters >= 4;        /* (not "Ja") */
}

/* The letters and digits of g[a, b), lower case (ASCII; others as '?'). */
static char *piece_text(const glyph *g, size_t a, size_t b)
{
    char *t = xcalloc(b - a + 1, 1);
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        if (g_unichar_isalnum(g[i].c))
            t[n++] = g[i].c < 0x80 ? (char)g_ascii_tolower((gchar)g[i].c) : '?';
    return t;
}

/* How many cells line l has: parts apart by more than CELL_GAP line heights. */
static size_t cells(const glyph *g, const line *l)
{
    size_t n = 1;
    for (size_t i = l->first + 1; i < l->first + l->n; i++)
        n += g[i].x1 - g[i - 1].x2 > CELL_GAP * l->height;
    return n;
}

/* Is line l a row of three cells or more that holds a year? */
static bool year_row(const glyph *g, const line *l)
{
    return cells(g, l) >= 3 && has_year(g, l->first, l->first + l->n);
}

/* Index of the first glyph of line l right of x (or l->first + l->n). */
static size_t split_at(const glyph *g, const line *l, double x)
{
    size_t i = l->first;
    while (i < l->first + l->n && (g[i].x1 + g[i].x2) / 2 < x)
        i++;
    return i;
}

/* Could g[a, b) be a form's label ("Functienaam", "Postcode en woonplaats"):
 * at most LABEL_WORDS words of letters only?  Returns its text (piece_text)
 * or NULL. */
static char *label_piece(const glyph *g, size_t a, size_t b, double h)
{
    size_t words = 1, letters = 0;
    for (size_t i = a; i < b; i++) {
        if (i > a && g[i].x1 - g[i - 1].x2 > SPACE_GAP * h)
            words++;
        if (g_unichar_isdigit(g[i].c))
            return NULL;
        letters += g_unichar_isalpha(g[i].c) != 0;
    }
    return words <= LABEL_WORDS && letters >= 3 ? piece_text(g, a, b) : NULL;
}

/* Finds a gutter; returns its x or -1.  For every x across the text width it
 * counts the lines that cross x (a glyph or a word space covers it) and the
 * lines that have text on both sides of x with a wide gap there. */
static double find_gutter(const glyph *g, line *lines, size_t nl, double xmin, double xmax)
{
    if (nl < 6)
        return -1;
    double w = xmax - xmin;
    if (!(w > 50) || w > 100000)
        return -1;
    size_t steps = (size_t)w + 1;
    int *cross = xcalloc(steps, sizeof *cross), *both = xcalloc(steps, sizeof *both);
    /* lines wholly left of x (ending before it) and wholly right of it */
    int *ends = xcalloc(steps + 1, sizeof *ends), *starts = xcalloc(steps + 1, sizeof *starts);
    for (size_t k = 0; k < nl; k++) {
        double a = g[lines[k].first].x1, b = a;
        for (size_t i = lines[k].first; i < lines[k].first + lines[k].n; i++)
            b = fmax(b, g[i].x2);
        ends[(size_t)fmin(fmax(b - xmin + 1, 0), (double)steps)]++;
        starts[(size_t)fmin(fmax(a - xmin, 0), (double)steps)]++;
    }
    for (size_t s = 1; s <= steps; s++)
        ends[s] += ends[s - 1];         /* ends[s]: lines ending at or before xmin + s - 1 */
    for (size_t s = steps; s > 0; s--)
        starts[s - 1] += starts[s];     /* starts[s]: lines starting at or after xmin + s */
    for (size_t k = 0; k < nl; k++) {
        const line *l = &lines[k];
        size_t end = l->first + l->n;
        /* merged intervals: glyphs joined across gaps narrower than a wide space */
        size_t i = l->first;
        double prev_b = g[l->first].x1;
        while (i < end) {
            double a = g[i].x1, b = g[i].x2;
            size_t j = i + 1;
            while (j < end && g[j].x1 - b <= 0.6 * l->height) {
                b = fmax(b, g[j].x2);
                j++;
            }
            /* the gap before this interval has text on both sides */
            for (double x = prev_b; i > l->first && x < a; x += 1.0)
                both[(size_t)(x - xmin)]++;
            for (double x = a; x <= b && x <= xmax; x += 1.0)
                cross[(size_t)(x - xmin)]++;
            prev_b = b;
            i = j;
        }
    }
    /* the candidate x with the fewest crossing lines, then the most split lines;
     * it must lie in a run of at least GUTTER_MIN_WIDTH candidates */
    double best = -1;
    int best_cross = 0, best_both = 0;
    size_t run = 0;
    for (size_t s = 0; s < steps; s++) {
        double rel = (double)s / w;
        bool cand = rel > 0.12 && rel < 0.75 && cross[s] <= (int)(0.2 * (double)nl) &&
                    both[s] >= 5 && both[s] >= (int)(0.12 * (double)nl);
        /* two columns whose lines do not share rows (a sidebar and a main
         * column both centred, as Chromium printed tests/producer's
         * h15-Daniel Hughes): nothing crosses, some lines lie wholly on each
         * side, and each side has a fifth of the lines.  Over the 666 test
         * and bench PDFs this finds a gutter in that one page only. */
        int left_only = ends[s], right_only = s + 1 <= steps ? starts[s + 1] : 0;
        cand = cand || (rel > 0.12 && rel < 0.75 && cross[s] == 0 && left_only >= 3 && right_only >= 3 &&
                        left_only + both[s] >= 5 && right_only + both[s] >= 5 &&
                        left_only + both[s] >= (int)(0.2 * (double)nl) && right_only + both[s] >= (int)(0.2 * (double)nl));
        run = cand ? run + 1 : 0;
        if (run < GUTTER_MIN_WIDTH)
            continue;
        /* judge the middle of the last GUTTER_MIN_WIDTH candidates */
        size_t m = s - (size_t)(GUTTER_MIN_WIDTH / 2);
        if (best < 0 || cross[m] < best_cross || (cross[m] == best_cross && both[m] > best_both)) {
            best = xmin + (double)m;
            best_cross = cross[m];
            best_both = both[m];
        }
    }
    free(cross);
    free(both);
    free(ends);
    free(starts);
    return best;
}

struct pdf_page_layout {
    glyph *g;
    size_t n;
    line *lines;
    size_t nl;
    double gx;              /* the gutter, or -1 */
    column_starts cols;
    column_starts line_starts;  /* where lines begin, past the page's left edge */
    size_t pieces, years;   /* pieces of text in the narrow column, and those with a year */
    size_t years_text;      /* ... those with a year and narrow-column text right below */
    bool left_narrow;       /* the gutter's narrow column (a sidebar) is on the left */
    bool heading_column;    /* the narrow column holds only section headings, each alone */
    double xmin, xmax;      /* where the page's text starts and ends */
    char **labels;          /* narrow-column pieces that may be a form's labels (label_piece) */
    size_t nlabels;
};

pdf_page_layout *pdf_layout_analyse(const char *text, const PopplerRectangle *rects, guint nrects)
{
    pdf_page_layout *pl = xcalloc(1, sizeof *pl);
    pl->gx = -1;
    glyph *g = xcalloc(nrects ? nrects : 1, sizeof *g);
    size_t n = 0;
    const char *p = text;
    for (guint i = 0; i < nrects && p && *p; i++) {
        gunichar c = g_utf8_get_char_validated(p, -1);
        if (c == (gunichar)-1 || c == (gunichar)-2) {
            c = 0xFFFD;
            p++;
        } else {
            p = g_utf8_next_char(p);
        }
        if (g_unichar_isspace(c) || c == 0)
            continue;
        const PopplerRectangle *r = &rects[i];
        if (!isfinite(r->x1) || !isfinite(r->y1) || !isfinite(r->x2) || !isfinite(r->y2))
            continue;
        g[n].x1 = fmin(r->x1, r->x2);
        g[n].x2 = fmax(r->x1, r->x2);
        g[n].y1 = fmin(r->y1, r->y2);
        g[n].y2 = fmax(r->y1, r->y2);
        g[n].c = c;
        n++;
    }
    pl->g = g;
    pl->n = n;
    if (!n)
        return pl;
    qsort(g, n, sizeof *g, cmp_y);

    /* 1. lines */
    line *lines = NULL;
    size_t nl = 0, cap = 0;
    for (size_t i = 0; i < n;) {
        double top = g[i].y1, bottom = g[i].y2;
        double center = (top + bottom) / 2, h = bottom - top;
        size_t j = i + 1;
        while (j < n) {
            double c = (g[j].y1 + g[j].y2) / 2;
            if (c - center > 0.5 * fmax(h, 1.0))
                break;
            top = fmin(top, g[j].y1);
            bottom = fmax(bottom, g[j].y2);
            j++;
        }
        qsort(g + i, j - i, sizeof *g, cmp_x);
        if (nl == cap) {
            cap = cap ? cap * 2 : 64;
            lines = xreallocarray(lines, cap, sizeof *lines);
        }
        /* the mean glyph height stands for the font size */
        double hs = 0;
        for (size_t k = i; k < j; k++)
            hs += g[k].y2 - g[k].y1;
        lines[nl++] = (line){i, j - i, top, bottom, fmax(hs / (double)(j - i), 1.0), 0};
        i = j;
    }
    pl->lines = lines;
    pl->nl = nl;
    pl->xmin = INFINITY;
    pl->xmax = -INFINITY;
    for (size_t k = 0; k < nl; k++) {
        pl->xmin = fmin(pl->xmin, g[lines[k].first].x1);
        pl->xmax = fmax(pl->xmax, g[lines[k].first + lines[k].n - 1].x2);
    }
    for (size_t k = 0; k < nl; k++)
        for (size_t i = lines[k].first + 1; i < lines[k].first + lines[k].n; i++)
            if (g[i].x1 - g[i - 1].x2 > CELL_GAP * lines[k].height) {
                pl->cols.x = xreallocarray(pl->cols.x, pl->cols.n + 1, sizeof *pl->cols.x);
                pl->cols.x[pl->cols.n++] = g[i].x1;
            }
    if (pl->cols.n)
        qsort(pl->cols.x, pl->cols.n, sizeof *pl->cols.x, cmp_double);
    /* lines that begin further right than the page's left edge: the right
     * cell of a borderless table whose left cell holds a heading
     * ("Werkervaring  Coördinator Welzijn" / "Gemeente Epe · jun. 2018 –
     * heden"): a word there after a COLUMN_GAP is in that cell */
    double left = INFINITY;
    for (size_t k = 0; k < nl; k++)
        left = fmin(left, g[lines[k].first].x1);
    for (size_t k = 0; k < nl; k++)
        if (g[lines[k].first].x1 > left + COLUMN_TOL) {
            pl->line_starts.x = xreallocarray(pl->line_starts.x, pl->line_starts.n + 1, sizeof *pl->line_starts.x);
            pl->line_starts.x[pl->line_starts.n++] = g[lines[k].first].x1;
        }
    if (pl->line_starts.n)
        qsort(pl->line_starts.x, pl->line_starts.n, sizeof *pl->line_starts.x, cmp_double);

    /* 2. a gutter, and what its narrow column holds */
    double gx = find_gutter(g, lines, nl, pl->xmin, pl->xmax);
    if (gx > 0) {
        size_t nleft = 0, nright = 0, yl = 0, yr = 0, tl = 0, tr = 0;
        /* the texts right below years, per side, to drop repeated ones */
        char **below[2] = {NULL, NULL};
        size_t nbelow[2] = {0, 0};
        /* per side: the last piece's bottom, and whether it held a year */
        double last_bottom[2] = {-1, -1};
        bool last_year[2] = {false, false};
        /* per side: headings standing alone, the column empty on the line
         * above each (a column of section headings beside the text, not a
         * sidebar) */
        size_t lone[2] = {0, 0}, last_k[2] = {SIZE_MAX, SIZE_MAX};
        /* per side: pieces beside text on the other side that may be labels */
        char **labels[2] = {NULL, NULL};
        size_t nlabels[2] = {0, 0};
        for (size_t k = 0; k < nl; k++) {
            line *l = &lines[k];
            size_t s = split_at(g, l, gx);
            double gap = s > l->first && s < l->first + l->n ? g[s].x1 - g[s - 1].x2 : INFINITY;
            /* written across both columns: text runs over the gutter with a word
             * space there, no gap of COLUMN_GAP ("Coachen van vrijwilligers" in
             * the sidebar and "sinds september 2022" in the main column can
             * nearly touch) */
            l->full = gap <= COLUMN_GAP * l->height;
            /* the votes count the pieces apart by a cell's gap, as they did */
            if (gap <= CELL_GAP * l->height)
                continue;
            /* (a row of three cells or more with a year, or right under one: a
             * table's, its period wrapped ("Sociaal | Dalfsen | ... | heden",
             * tests/holdout67 Tim Oosterwijk); not a row of an infographic's
             * number tiles, "17 jaar | 22 | 3 | 450") */
            bool row = cells(g, l) >= 3 &&
                       (has_year(g, l->first, l->first + l->n) || (k > 0 && year_row(g, &lines[k - 1])));
            bool paired = s > l->first && s < l->first + l->n;
            for (int side = 0; side < 2; side++) {
                size_t a = side ? s : l->first, b = side ? l->first + l->n : s;
                if (a >= b)
                    continue;
                char *label = paired ? label_piece(g, a, b, l->height) : NULL;
                if (label) {
                    labels[side] = xreallocarray(labels[side], nlabels[side] + 1, sizeof *labels[side]);
                    labels[side][nlabels[side]++] = label;
                }
                /* (a year that leads the piece: a date column's "2019 – nu", not
                 * a sidebar's course "Oplossingsgericht coachen, 2019") */
                bool y = row || leads_with_year(g, a, b, l->height);
                *(side ? &nright : &nleft) += 1;
                *(side ? &yr : &yl) += y;
                /* a year with the column's own text on the next line, or past a
                 * paragraph's spacing: a sidebar's entry ("2001 - 2005" / "HBO
                 * Maatschappelijk Werk") */
                if (!y && last_year[side] && l->top - last_bottom[side] <= TEXT_GAP * l->height &&
                    has_text(g, a, b, l->height)) {
                    below[side] = xreallocarray(below[side], nbelow[side] + 1, sizeof *below[side]);
                    below[side][nbelow[side]++] = piece_text(g, a, b);
                }
                /* (no text of this column on the line above: a list of skills
                 * has its items on consecutive lines) */
                lone[side] += heading_piece(g, a, b, l->height) && (last_k[side] == SIZE_MAX || k - last_k[side] >= 2);
                last_k[side] = k;
                last_year[side] = y;
                last_bottom[side] = l->bottom;
            }
        }
        /* the narrow column: the one on the short side of the gutter */
        double xmin = pl->xmin, xmax = pl->xmax;
        /* A text under several years is a form's label ("04-2019 – heden" /
         * "Organisatie", under every job of a label/value table), no entry
         * of a sidebar: only texts below one year count. */
        for (int side = 0; side < 2; side++) {
            for (size_t x = 0; x < nbelow[side]; x++) {
                bool again = false;
                for (size_t y2 = 0; y2 < nbelow[side] && !again; y2++)
                    again = y2 != x && !strcmp(below[side][x], below[side][y2]);
                *(side ? &tr : &tl) += !again;
            }
            for (size_t x = 0; x < nbelow[side]; x++)
                free(below[side][x]);
            free(below[side]);
        }
        bool left_narrow = gx - xmin <= xmax - gx;
        int narrow = left_narrow ? 0 : 1;
        pl->left_narrow = left_narrow;
        pl->labels = labels[narrow];
        pl->nlabels = nlabels[narrow];
        for (size_t x = 0; x < nlabels[!narrow]; x++)
            free(labels[!narrow][x]);
        free(labels[!narrow]);
        pl->pieces = left_narrow ? nleft : nright;
        pl->heading_column = pl->pieces >= 4 && 5 * lone[narrow] >= 4 * pl->pieces;   /* (a one-line section puts two headings on consecutive lines) */
        pl->years = left_narrow ? yl : yr;
        pl->years_text = left_narrow ? tl : tr;
        pl->gx = gx;
    }
    return pl;
}

/* A sidebar that goes on over a page too short to show its gutter (a
 * referee's lines beside the last position's): the gutter of the page
 * before, when few of this page's lines cross it (as find_gutter() asks)
 * and both sides have text. */
void pdf_layout_continue(pdf_page_layout *pl, const pdf_page_layout *prev)
{
    if (pl->gx > 0 || !prev || prev->gx <= 0 || pl->nl == 0)
        return;
    double gx = prev->gx;
    const glyph *g = pl->g;
    bool left_narrow = gx - pl->xmin <= pl->xmax - gx;
    size_t cross = 0, left = 0, right = 0, years = 0;
    for (size_t k = 0; k < pl->nl; k++) {
        const line *l = &pl->lines[k];
        size_t s = split_at(g, l, gx);
        double gap = s > l->first && s < l->first + l->n ? g[s].x1 - g[s - 1].x2 : INFINITY;
        if (gap <= COLUMN_GAP * l->height || (s > l->first && g[s - 1].x2 > gx) ||
            (s < l->first + l->n && g[s].x1 < gx)) {
            cross++;
            continue;
        }
        left += s > l->first;
        right += s < l->first + l->n;
        /* (a narrow column of dates beside their entries is no sidebar) */
        years += left_narrow ? s > l->first && has_year(g, l->first, s)
                             : s < l->first + l->n && has_year(g, s, l->first + l->n);
    }
    size_t narrow = left_narrow ? left : right;
    if (left == 0 || right == 0 || (double)cross > 0.2 * (double)pl->nl ||
        (double)years >= DATE_SHARE * (double)narrow)
        return;
    for (size_t k = 0; k < pl->nl; k++) {
        line *l = &pl->lines[k];
        size_t s = split_at(g, l, gx);
        double gap = s > l->first && s < l->first + l->n ? g[s].x1 - g[s - 1].x2 : INFINITY;
        l->full = gap <= COLUMN_GAP * l->height || (s > l->first && g[s - 1].x2 > gx) ||
                  (s < l->first + l->n && g[s].x1 < gx);
    }
    pl->gx = gx;
    pl->left_narrow = left_narrow;
}

void pdf_layout_vote(const pdf_page_layout *pl, pdf_layout_votes *v)
{
    v->pieces += pl->pieces;
    v->years += pl->years;
    v->years_text += pl->years_text;
    v->heading_columns += pl->heading_column;
    if (pl->nlabels) {
        v->labels = xreallocarray(v->labels, v->nlabels + pl->nlabels, sizeof *v->labels);
        for (size_t i = 0; i < pl->nlabels; i++)
            v->labels[v->nlabels++] = xstrdup(pl->labels[i]);
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* How many of the narrow column's labels are said again in the document:
 * a form that repeats "Functienaam", "Werkgever", "Periode" for every job. */
static size_t repeated_labels(const pdf_layout_votes *v)
{
    if (v->nlabels < 2)
        return 0;
    char **s = xmalloc(v->nlabels * sizeof *s);
    memcpy(s, v->labels, v->nlabels * sizeof *s);
    qsort(s, v->nlabels, sizeof *s, cmp_str);
    size_t n = 0;
    for (size_t i = 0; i < v->nlabels; i++)
        n += (i > 0 && !strcmp(s[i], s[i - 1])) || (i + 1 < v->nlabels && !strcmp(s[i], s[i + 1]));
    free(s);
    return n;
}

bool pdf_layout_columns(const pdf_layout_votes *v)
{
    if (v->pieces == 0)
        return false;
    /* section headings in a margin column beside their text ("Werkervaring"
     * beside the positions, each heading alone with the section's height
     * below it; tests/holdout68 Dennis Rikkers): rows, so each heading
     * stays with its section */
    if (v->heading_columns)
        return false;
    /* a form's labels beside their values: rows, whatever the years say */
    size_t rep = repeated_labels(v);
    if (rep >= LABEL_REPEATS && (double)rep >= LABEL_SHARE * (double)v->pieces)
        return false;
    return (double)v->years < DATE_SHARE * (double)v->pieces ||
           (double)v->years_text >= TEXT_BELOW * (double)v->years;
}

void pdf_layout_votes_free(pdf_layout_votes *v)
{
    for (size_t i = 0; i < v->nlabels; i++)
        free(v->labels[i]);
    free(v->labels);
    v->labels = NULL;
    v->nlabels = 0;
}

/*
 * Horizontal timelines (step 4).  A piece is a run of a line's glyphs between
 * gaps wider than CELL_GAP line heights.
 */
#define TIMELINE_MIN_JOBS 3
#define TIMELINE_MAX_LINES 8   /* lines under the periods */
#define TIMELINE_GAP 3.0       /* vertical gap / line height that ends the timeline */

typedef struct {
    size_t a, b;           /* glyphs [a, b) */
} piece;

/* Line l's pieces into *out (malloc'd); returns how many. */
static size_t line_pieces(const glyph *g, const line *l, piece **out)
{
    size_t n = 0, a = l->first, end = l->first + l->n;
    piece *ps = NULL;
    for (size_t i = a + 1; i <= end; i++)
        if (i == end || g[i].x1 - g[i - 1].x2 > CELL_GAP * l->height) {
            ps = xreallocarray(ps, n + 1, sizeof *ps);
            ps[n++] = (piece){a, i};
            a = i;
        }
    *out = ps;
    return n;
}

/* The centres of pieces ps[0..np) (malloc'd): a timeline's columns. */
static double *piece_centres(const glyph *g, const piece *ps, size_t np)
{
    double *cx = xcalloc(np ? np : 1, sizeof *cx);
    for (size_t i = 0; i < np; i++)
        cx[i] = (g[ps[i].a].x1 + g[ps[i].b - 1].x2) / 2;
    return cx;
}

/* The column of x among a timeline's periods (centres cx[0..k)): the one
 * whose centre is nearest. */
static size_t timeline_column(const double *cx, size_t k, double x)
{
    size_t best = 0;
    for (size_t i = 1; i < k; i++)
        if (fabs(cx[i] - x) < fabs(cx[best] - x))
            best = i;
    return best;
}

/* Does line k start a horizontal timeline: TIMELINE_MIN_JOBS pieces or more,
 * each a period and nothing else (has_year, no has_text), and below it lines
 * whose every piece lies within one period's column (left of the midpoint to
 * the next period, right of the one to the previous)?  Returns the index of
 * the timeline's last line, or k when there is none. */
static size_t timeline_end(const pdf_page_layout *pl, size_t k)
{
    const glyph *g = pl->g;
    const line *l = &pl->lines[k];
    piece *ps;
    size_t np = line_pieces(g, l, &ps), last = k;
    bool periods = np >= TIMELINE_MIN_JOBS;
    for (size_t i = 0; i < np && periods; i++)
        periods = has_year(g, ps[i].a, ps[i].b) && !has_text(g, ps[i].a, ps[i].b, l->height);
    if (!periods) {
        free(ps);
        return k;
    }
    double *cx = piece_centres(g, ps, np);
    free(ps);
    double prev_bottom = l->bottom;
    for (size_t j = k + 1; j < pl->nl && j <= k + TIMELINE_MAX_LINES; j++) {
        const line *m = &pl->lines[j];
        bool para = m->top - prev_bottom > PARA_GAP * m->height;
        if (m->top - prev_bottom > TIMELINE_GAP * m->height)
            break;
        piece *qs;
        size_t nq = line_pieces(g, m, &qs);
        /* a paragraph starts in two columns at least ("Wat ik deed" under
         * the timeline is a heading of the page) */
        bool fits = !para || nq >= 2;
        size_t prev_col = SIZE_MAX;
        for (size_t i = 0; i < nq && fits; i++) {
            double x1 = g[qs[i].a].x1, x2 = g[qs[i].b - 1].x2;
            size_t c = timeline_column(cx, np, (x1 + x2) / 2);
            double lo = c ? (cx[c - 1] + cx[c]) / 2 : -INFINITY, hi = c + 1 < np ? (cx[c] + cx[c + 1]) / 2 : INFINITY;
            /* one piece a column, within it, left to right */
            fits = x1 >= lo && x2 <= hi && (prev_col == SIZE_MAX || c > prev_col);
            prev_col = c;
        }
        free(qs);
        if (!fits)
            break;
        last = j;
        prev_bottom = m->bottom;
    }
    free(cx);
    return last;
}

/* Writes the timeline of lines k..last column by column: each job's period,
 * then per paragraph (lines apart by PARA_GAP) its pieces in that column
 * joined, a word hyphenated at a line's end ("Twello-" / "Terwolde") whole;
 * a blank line after each job. */
static void emit_timeline(const pdf_page_layout *pl, size_t k, size_t last, strbuf *sb)
{
    const glyph *g = pl->g;
    piece *ps;
    size_t np = line_pieces(g, &pl->lines[k], &ps);
    double *cx = piece_centres(g, ps, np);
    for (size_t c = 0; c < np; c++) {
        if (c > 0)
            sb_addc(sb, '\n');
        /* (without the dot that marks the period on the time line: "●") */
        size_t a = ps[c].a;
        while (a + 1 < ps[c].b && !g_unichar_isalnum(g[a].c))
            a++;
        emit_run(sb, g, a, ps[c].b, pl->lines[k].height, &pl->cols, &pl->line_starts);
        sb_addc(sb, '\n');
        strbuf para = STRBUF_INIT;
        for (size_t j = k + 1; j <= last; j++) {
            const line *m = &pl->lines[j];
            if (para.len && m->top - pl->lines[j - 1].bottom > PARA_GAP * m->height) {
                sb_add(sb, para.data, para.len);
                sb_addc(sb, '\n');
                sb_reset(&para);
            }
            piece *qs;
            size_t nq = line_pieces(g, m, &qs);
            for (size_t i = 0; i < nq; i++) {
                if (timeline_column(cx, np, (g[qs[i].a].x1 + g[qs[i].b - 1].x2) / 2) != c)
                    continue;
                bool cut = para.len >= 2 && para.data[para.len - 1] == '-' && para.data[para.len - 2] != ' ';
                if (para.len && !cut)
                    sb_addc(&para, ' ');
                emit_run(&para, g, qs[i].a, qs[i].b, m->height, &pl->cols, &pl->line_starts);
            }
            free(qs);
        }
        if (para.len) {
            sb_add(sb, para.data, para.len);
            sb_addc(sb, '\n');
        }
        sb_free(&para);
    }
    free(ps);
    free(cx);
}

/*
 * Newspaper columns inside a page (step 3).
 */
#define COLUMN_RIGHT_MIN 3      /* right-hand parts that start at the column's edge */
#define COLUMN_EDGE_TOL 2.0     /* points: "start at the edge" */
#define REGION_LEFT_WORDS 4     /* words of a left part that is text, not a label */

/* Is g[a, b) written in capitals: three letters or more, none in lower case? */
static bool capitals(const glyph *g, size_t a, size_t b)
{
    size_t letters = 0;
    for (size_t i = a; i < b; i++) {
        if (g_unichar_islower(g[i].c))
            return false;
        letters += g_unichar_isalpha(g[i].c) != 0;
    }
    return letters >= 3;
}


/* How line l stands to a column edge at x0: 0 left of it only, 1 right of it
 * only, 2 split cleanly at it (a cell's gap), -1 across it. */
static int edge_fit(const glyph *g, const line *l, double x0)
{
    size_t s = split_at(g, l, x0), end = l->first + l->n;
    double h = l->height;
    if (s == end)
        return g[end - 1].x2 < x0 - 0.5 * h ? 0 : -1;
    if (g[s].x1 < x0 - COLUMN_EDGE_TOL)
        return -1;
    if (s == l->first)
        return 1;
    return g[s - 1].x2 < x0 - 0.5 * h && g[s].x1 - g[s - 1].x2 > CELL_GAP * h ? 2 : -1;
}

/* Does line l's part right of x0 start at x0 (a column's left edge)? */
static bool at_edge(const glyph *g, const line *l, double x0)
{
    size_t s = split_at(g, l, x0);
    return s < l->first + l->n && fabs(g[s].x1 - x0) <= COLUMN_EDGE_TOL;
}

/* The newspaper-column region that starts at line k: sets *x0 to its edge
 * and returns its last line, or k - 1 when none starts there.  Only on a
 * page without a gutter: lines k.. that fit one edge (edge_fit() >= 0), the
 * edge where line k's right-hand part starts, between 0.3 and 0.7 of the
 * text's width; COLUMN_RIGHT_MIN right parts at the edge and as many lines
 * with text on either side; no row of three cells (a table) and no part
 * that is a period alone (a date column). */
static size_t column_region(const pdf_page_layout *pl, size_t k, double *x0)
{
    const glyph *g = pl->g;
    const line *l = &pl->lines[k];
    if (pl->gx > 0)
        return k - 1;
    double xmin = pl->xmin, xmax = pl->xmax;
    size_t s = l->first + 1;
    while (s < l->first + l->n && g[s].x1 - g[s - 1].x2 <= CELL_GAP * l->height)
        s++;
    if (s >= l->first + l->n || !(xmax > xmin))
        return k - 1;
    double x = g[s].x1, rel = (x - xmin) / (xmax - xmin);
    if (!(rel > 0.3 && rel < 0.7))
        return k - 1;
    /* two headings side by side ("REFERENTIES | TARIEF EN BESCHIKBAARHEID"):
     * the right column's text may start a little left of its heading (a box's
     * padding, tests/holdout67 Sanne Lubbers) */
    bool headings = capitals(g, l->first, s) && capitals(g, s, l->first + l->n);
    if (headings && k + 1 < pl->nl) {
        const line *n1 = &pl->lines[k + 1];
        size_t s1 = split_at(g, n1, x - 1.5 * l->height);
        if (s1 > n1->first && s1 < n1->first + n1->n && g[s1].x1 < x && g[s1].x1 > x - 1.5 * l->height &&
            g[s1].x1 - g[s1 - 1].x2 > CELL_GAP * n1->height)
            x = g[s1].x1;
    }
    size_t last = k - 1, right = 0, left = 0, edge = 0, paired = 0, prose = 0;
    for (size_t j = k; j < pl->nl; j++) {
        const line *m = &pl->lines[j];
        int fit = edge_fit(g, m, x);
        if (fit < 0 || cells(g, m) >= 3)
            break;
        size_t sp = split_at(g, m, x);
        if (fit == 2) {
            paired++;
            prose += words_in(g, m->first, sp, m->height) >= REGION_LEFT_WORDS;
        }
        if (fit == 2 && (leads_with_year(g, m->first, sp, m->height) ||
                         leads_with_year(g, sp, m->first + m->n, m->height)))
            break;      /* a period beside text: a table's or a date column's row */
        left += fit != 1;
        right += fit != 0;
        edge += at_edge(g, m, x);
        last = j;
    }
    /* a label | value table ("Tarief | € 92,50 per uur", "Ellen Brouwer |
     * bestuurder ...") has short left parts beside its values; a newspaper
     * column's lines beside the other column are text */
    if (last + 1 == k || edge < COLUMN_RIGHT_MIN || left < COLUMN_RIGHT_MIN || right < COLUMN_RIGHT_MIN ||
        (2 * prose < paired && !headings))
        return k - 1;   /* (unless the region starts with two headings side by side: "CURSUSSEN | REFERENTIES") */
    *x0 = x;
    return last;
}

/* Writes lines k..last left column first, then the right one. */
static void emit_region(const pdf_page_layout *pl, size_t k, size_t last, double x0, strbuf *sb)
{
    const glyph *g = pl->g;
    for (int side = 0; side < 2; side++) {
        double prev = -1;
        if (side)
            sb_addc(sb, '\n');
        for (size_t j = k; j <= last; j++) {
            const line *m = &pl->lines[j];
            size_t sp = split_at(g, m, x0);
            size_t a = side ? sp : m->first, b = side ? m->first + m->n : sp;
            if (a >= b)
                continue;
            if (prev >= 0 && m->top - prev > PARA_GAP * m->height)
                sb_addc(sb, '\n');
            prev = m->bottom;
            emit_run(sb, g, a, b, m->height, &pl->cols, &pl->line_starts);
            sb_addc(sb, '\n');
        }
    }
}

/* Is g[a, b) a period: it leads with a year, or its first word is a date's
 * ("vanaf juni 2022", "sinds 2019") and it holds a year; not a course's
 * "professionals (2020)"? */
static bool period_piece(const glyph *g, size_t a, size_t b, double h)
{
    if (leads_with_year(g, a, b, h))
        return true;
    return !has_text(g, a, word_end(g, a, b, h), h) && has_year(g, a, b);
}

/* Sections in three columns or more side by side ("professionals (2020) |
 * Talen | Referenties", the first column's heading a line above; tests/
 * holdout67 Ilse Boerrigter): a line of MULTI_MIN_COLUMNS pieces or more
 * whose pieces after the first are headings (heading_piece()), and the lines
 * below it whose every piece lies within one of the columns those headings
 * start.  Returns the last line
 * of the region (k - 1 when none) and the columns' left edges in edges[]
 * (*ncols of them, the first column's edge is the page's left). */
#define MULTI_MIN_COLUMNS 3
#define MULTI_MAX_COLUMNS 6


static size_t multi_region(const pdf_page_layout *pl, size_t k, double *edges, size_t *ncols)
{
    const glyph *g = pl->g;
    const line *l = &pl->lines[k];
    piece *ps;
    size_t np = line_pieces(g, l, &ps);
    /* (the first piece the first column's text, its heading above: a table's
     * header row names its first column too, "Naam | Functie | Organisatie",
     * and its rows lead with a period, "2019 – heden | Coördinator Wmo |
     * Gemeente Zwolle") */
    bool ok = np >= MULTI_MIN_COLUMNS && np <= MULTI_MAX_COLUMNS &&
              !heading_piece(g, ps[0].a, ps[0].b, l->height) && !period_piece(g, ps[0].a, ps[0].b, l->height);
    for (size_t i = 1; i < np && ok; i++)
        ok = heading_piece(g, ps[i].a, ps[i].b, l->height);
    if (!ok) {
        free(ps);
        return k - 1;
    }
    edges[0] = -INFINITY;
    for (size_t i = 1; i < np; i++)
        edges[i] = g[ps[i].a].x1;
    *ncols = np;
    free(ps);
    size_t last = k, busy = 0;      /* lines below k with text in two columns or more */
    for (size_t j = k + 1; j < pl->nl; j++) {
        const line *m = &pl->lines[j];
        piece *qs;
        size_t nq = line_pieces(g, m, &qs);
        bool fits = true;
        size_t prev = SIZE_MAX, used = 0;
        for (size_t i = 0; i < nq && fits; i++) {
            double x1 = g[qs[i].a].x1, x2 = g[qs[i].b - 1].x2;
            size_t c = *ncols - 1;
            while (c > 0 && x1 < edges[c] - COLUMN_EDGE_TOL)
                c--;
            fits = (prev == SIZE_MAX || c > prev) && (c + 1 == *ncols || x2 < edges[c + 1] - 0.5 * m->height);
            prev = c;
            used++;
        }
        free(qs);
        if (!fits)
            break;
        busy += used >= 2;
        last = j;
    }
    return busy >= 2 ? last : k - 1;
}

/* Writes lines k..last column by column (edges[] as multi_region() found them). */
static void emit_columns(const pdf_page_layout *pl, size_t k, size_t last, const double *edges, size_t ncols,
                         strbuf *sb)
{
    const glyph *g = pl->g;
    for (size_t c = 0; c < ncols; c++) {
        double prev = -1;
        if (c)
            sb_addc(sb, '\n');
        for (size_t j = k; j <= last; j++) {
            const line *m = &pl->lines[j];
            piece *qs;
            size_t nq = line_pieces(g, m, &qs);
            for (size_t i = 0; i < nq; i++) {
                size_t col = ncols - 1;
                while (col > 0 && g[qs[i].a].x1 < edges[col] - COLUMN_EDGE_TOL)
                    col--;
                if (col != c)
                    continue;
                if (prev >= 0 && m->top - prev > PARA_GAP * m->height)
                    sb_addc(sb, '\n');
                prev = m->bottom;
                emit_run(sb, g, qs[i].a, qs[i].b, m->height, &pl->cols, &pl->line_starts);
                sb_addc(sb, '\n');
            }
            free(qs);
        }
    }
}

/* Is line k, on one side of the gutter only, the start of what follows the
 * two columns: a heading at the margin above text across the page
 * ("Referenties" under a floated sidebar, then the referees)?  So it is when
 * only such one-sided lines come between it and a line across the gutter,
 * and no line of the other column: the columns have ended above it. */
static bool heads_full_block(const pdf_page_layout *pl, size_t k)
{
    const glyph *g = pl->g;
    bool left = false, right = false;
    for (size_t j = k; j < pl->nl; j++) {
        const line *l = &pl->lines[j];
        if (l->full)
            return j > k;
        size_t s = split_at(g, l, pl->gx);
        left = left || s > l->first;
        right = right || s < l->first + l->n;
        if (left && right)
            return false;
    }
    return false;
}

char *pdf_layout_text(const pdf_page_layout *pl, bool columns, bool continued)
{
    strbuf sb = STRBUF_INIT;
    const glyph *g = pl->g;
    double gx = pl->gx;
    if (gx <= 0)
        columns = false;
    /* the column written second in a two-column region, kept until its end:
     * the right one, but on a page that goes on from the one before, in its
     * first region the sidebar, so that the main column's text goes on
     * under the heading it had (experience) and the sidebar's under its own */
    strbuf later = STRBUF_INIT;
    bool main_first = continued && pl->left_narrow;
    double prev_bottom = -1;
    for (size_t k = 0; k < pl->nl; k++) {
        const line *l = &pl->lines[k];
        bool para = prev_bottom >= 0 && l->top - prev_bottom > PARA_GAP * l->height;
        prev_bottom = l->bottom;
        if (!columns || l->full || (later.len && heads_full_block(pl, k))) {
            if (columns && later.len) {   /* end of a two-column region */
                sb_add(&sb, later.data, later.len);
                sb_reset(&later);
                main_first = false;
            }
            if (para)
                sb_addc(&sb, '\n');
            size_t last = columns ? k : timeline_end(pl, k);
            if (last > k) {
                emit_timeline(pl, k, last, &sb);
                prev_bottom = pl->lines[last].bottom;
                k = last;
                continue;
            }
            double x0 = 0;
            last = columns ? k - 1 : column_region(pl, k, &x0);
            if (last + 1 > k) {
                emit_region(pl, k, last, x0, &sb);
                prev_bottom = pl->lines[last].bottom;
                k = last;
                continue;
            }
            double edges[MULTI_MAX_COLUMNS];
            size_t ncols = 0;
            last = multi_region(pl, k, edges, &ncols);     /* (in columns too: across the gutter) */
            if (last + 1 > k) {
                emit_columns(pl, k, last, edges, ncols, &sb);
                prev_bottom = pl->lines[last].bottom;
                k = last;
                continue;
            }
            emit_run(&sb, g, l->first, l->first + l->n, l->height, &pl->cols, &pl->line_starts);
            sb_addc(&sb, '\n');
            continue;
        }
        size_t s = split_at(g, l, gx);
        strbuf *left = main_first ? &later : &sb, *right = main_first ? &sb : &later;
        if (s > l->first) {
            if (para)
                sb_addc(left, '\n');
            emit_run(left, g, l->first, s, l->height, &pl->cols, &pl->line_starts);
            sb_addc(left, '\n');
        }
        if (s < l->first + l->n) {
            if (para)
                sb_addc(right, '\n');
            emit_run(right, g, s, l->first + l->n, l->height, &pl->cols, &pl->line_starts);
            sb_addc(right, '\n');
        }
    }
    if (later.len) {
        sb_addc(&sb, '\n');
        sb_add(&sb, later.data, later.len);
    }
    sb_free(&later);
    return sb_detach(&sb);
}

void pdf_layout_free(pdf_page_layout *pl)
{
    if (!pl)
        return;
    free(pl->g);
    free(pl->lines);
    free(pl->cols.x);
    free(pl->line_starts.x);
    for (size_t i = 0; i < pl->nlabels; i++)
        free(pl->labels[i]);
    free(pl->labels);
    free(pl);
}
