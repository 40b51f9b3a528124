/*
 * eval.c — measures language judgement on tests/lang/corpus.tsv.
 *
 *   tests/lang/run-eval.sh            (builds and runs this)
 *
 * Methods, each scored as correct / all paragraphs (no answer = wrong):
 *   (a) libexttextcat, default fpdb.conf (all ~160 models), top candidate, raw text
 *   (b) libexttextcat restricted to lib/lang.c's LANGS, top candidate, raw text
 *   (b') as (b) on lib/lang.c's normalised (lower-cased, letters-only) text
 *   (c) lang_guess(): (b') + function-word vote  — what zeef uses
 * Ratios are given against (a), the named baseline.  Then the per-document
 * Dutch share of a few whole CV texts via lang_judge().
 *
 * It includes lib/lang.c directly so it can reuse the module's normaliser and
 * language list for (b) and (b') without widening the module's API.
 */
#include "../../lib/lang.c"

#include <ctype.h>

typedef struct {
    char lang[8];
    char *text;
} item;

static const char *const EVAL_LANGS[] = {"nl", "en", "de", "af"};
#define NEVAL 4

/* Top candidate of a textcat handle, mapped to its ISO code ("nl--utf8" -> "nl"). */
static const char *tc_top(void *h, candidate_t *cand, const char *s, size_t n, char *buf, size_t bufsz)
{
    int cnt = textcat_ClassifyFull(h, s, n, cand);
    if (cnt <= 0)
        return NULL;
    snprintf(buf, bufsz, "%s", cand[0].name);
    char *dash = strchr(buf, '-');
    if (dash)
        *dash = '\0';
    return buf;
}

typedef struct {
    const char *name;
    int ok[NEVAL], n[NEVAL], none[NEVAL], ok_short, n_short, false_nl;
} score;

static void tally(score *sc, int li, size_t words, const char *want, const char *got)
{
    sc->n[li]++;
    bool good = got && strcmp(got, want) == 0;
    sc->ok[li] += good;
    sc->none[li] += got == NULL;
    sc->false_nl += strcmp(want, "nl") != 0 && got && strcmp(got, "nl") == 0;
    if (words <= 8) {
        sc->n_short++;
        sc->ok_short += good;
    }
}

static double acc_all(const score *sc)
{
    int ok = 0, n = 0;
    for (int i = 0; i < NEVAL; i++)
        ok += sc->ok[i], n += sc->n[i];
    return n ? (double)ok / n : 0;
}

static void print_score(const score *sc, const score *base)
{
    printf("%-34s", sc->name);
    int none = 0;
    for (int i = 0; i < NEVAL; i++) {
        printf(" %5.1f%%", 100.0 * sc->ok[i] / (sc->n[i] ? sc->n[i] : 1));
        none += sc->none[i];
    }
    double a = acc_all(sc), b = acc_all(base);
    printf(" | %5.1f%%  %5.1f%%  %4d  %4d  x%.3f  x%.2f\n", 100 * a,
           100.0 * sc->ok_short / (sc->n_short ? sc->n_short : 1), none, sc->false_nl, b ? a / b : 0,
           (1 - a) > 0 ? (1 - b) / (1 - a) : 0.0);
}

static void *restricted(const char *dir)
{
    char tmpl[] = "/tmp/zeef-eval-XXXXXX";
    int fd = mkstemp(tmpl);
    if (fd < 0)
        return NULL;
    FILE *f = fdopen(fd, "w");
    if (!f)
        return NULL;
    for (size_t i = 0; i < NLANGS; i++)
        fprintf(f, "%s.lm %s\n", LANGS[i], LANGS[i]);
    fclose(f);
    void *h = special_textcat_Init(tmpl, dir);
    unlink(tmpl);
    return h;
}

/* Whole CV texts, one line per paragraph/PDF line. */
static const struct { const char *name; const char *text; } DOCS[] = {
    {"nl CV, English job titles (PDF lines)",
     "Sanne de Vries\n"
     "sanne.devries@example.nl | 06-12345678 | Utrecht\n"
     "\n"
     "PROFIEL\n"
     "Gedreven Product Owner met acht jaar ervaring in de financiële sector. Ik vertaal\n"
     "klantbehoeften naar een heldere backlog en werk graag samen met development teams.\n"
     "\n"
     "WERKERVARING\n"
     "Senior Product Owner\n"
     "Rabobank, Utrecht | 2019 – heden\n"
     "Verantwoordelijk voor de roadmap van het betaalplatform en de afstemming met\n"
     "stakeholders binnen en buiten de bank.\n"
     "Scrum Master\n"
     "Achmea, Zeist | 2016 – 2019\n"
     "Begeleiden van drie teams bij de overstap naar Scrum; faciliteren van planning en retrospectives.\n"
     "Business Analyst\n"
     "ING, Amsterdam | 2014 – 2016\n"
     "Opstellen van user stories en analyseren van processen in het hypotheekdomein.\n"
     "\n"
     "OPLEIDING\n"
     "Master Bedrijfskunde, Rijksuniversiteit Groningen\n"
     "\n"
     "VAARDIGHEDEN\n"
     "Jira, Confluence, SQL, Power BI\n"
     "Stakeholder management, Agile coaching\n"
     "Talen: Nederlands (moedertaal), Engels (vloeiend)\n"},
    {"nl CV (DOCX paragraphs)",
     "Curriculum Vitae\n"
     "Mark Jansen\n"
     "Ik ben een ervaren teamleider in de thuiszorg en ben op zoek naar een nieuwe uitdaging in de regio Zwolle.\n"
     "Teamleider Thuiszorg – Zorggroep Noord (2018 – heden)\n"
     "Aansturen van een team van twintig wijkverpleegkundigen en verzorgenden, roosters maken en de kwaliteit bewaken.\n"
     "Wijkverpleegkundige – Buurtzorg (2012 – 2018)\n"
     "Indiceren van zorg, contact met huisartsen en begeleiden van stagiairs.\n"
     "Opleiding: HBO-V, Hogeschool Windesheim\n"
     "Rijbewijs B\n"},
    {"af CV",
     "Pieter van der Merwe\n"
     "pieter@example.co.za | +27 82 555 0101 | Stellenbosch\n"
     "\n"
     "PROFIEL\n"
     "Ek is 'n ervare projekbestuurder met tien jaar ondervinding in die boubedryf. Ek werk\n"
     "graag saam met kliënte en sorg dat projekte betyds en binne die begroting voltooi word.\n"
     "\n"
     "WERKSERVARING\n"
     "Projekbestuurder\n"
     "Boland Konstruksie, Paarl | 2017 – tans\n"
     "Verantwoordelik vir die beplanning en uitvoering van residensiële projekte.\n"
     "Terreinbestuurder\n"
     "Kaap Bouers, Kaapstad | 2012 – 2017\n"
     "Toesig oor subkontrakteurs en die gehalte van die werk op die terrein.\n"
     "\n"
     "KWALIFIKASIES\n"
     "BSc Bourekenkunde, Universiteit van Stellenbosch\n"
     "Tale: Afrikaans (moedertaal), Engels (vlot)\n"},
    {"de CV",
     "Lebenslauf\n"
     "Julia Becker\n"
     "julia.becker@example.de | +49 170 1234567 | Köln\n"
     "\n"
     "BERUFSERFAHRUNG\n"
     "Projektleiterin Digitalisierung\n"
     "Stadtwerke Köln | seit 2019\n"
     "Verantwortlich für die Einführung eines neuen Kundenportals und die Steuerung externer Dienstleister.\n"
     "Sachbearbeiterin Vertrieb\n"
     "RheinEnergie AG | 2015 – 2019\n"
     "Betreuung von Geschäftskunden und Erstellung von Angeboten.\n"
     "\n"
     "AUSBILDUNG\n"
     "Bachelor of Arts Betriebswirtschaftslehre, Universität zu Köln\n"
     "Sprachen: Deutsch (Muttersprache), Englisch (verhandlungssicher)\n"},
    {"fy CV",
     "Sjoukje Hoekstra\n"
     "Drachten | 06-58204719 | sjoukje@example.nl\n"
     "\n"
     "PROFYL\n"
     "Ik bin in betûfte teamlieder yn it sosjaal domein. Tsien jier lang haw ik lieding jûn oan it\n"
     "sosjaal team fan de gemeente; sûnt novimber bin ik beskikber foar in nije opdracht.\n"
     "\n"
     "WURKÛNDERFINING\n"
     "Teamlieder Sosjaal Team\n"
     "Gemeente Smellingerlân | 2015 – 2025\n"
     "Lieding oan it sosjaal team fan fyftjin meiwurkers; formaasje, wervingen en budzjet.\n"
     "\n"
     "OPLIEDING\n"
     "Bachelor Social Work, NHL Hegeskoalle Ljouwert\n"
     "Talen: Frysk (memmetaal), Nederlânsk (goed), Ingelsk (redlik)\n"},
    {"en CV",
     "James Carter\n"
     "james.carter@example.com | +44 7700 900123 | Leeds\n"
     "\n"
     "PROFILE\n"
     "Experienced operations manager with a background in logistics and a track record of\n"
     "improving warehouse performance while keeping costs under control.\n"
     "\n"
     "EXPERIENCE\n"
     "Operations Manager\n"
     "Northern Freight Ltd, Leeds | 2018 – present\n"
     "Responsible for a team of forty staff across two sites and for the annual budget.\n"
     "Shift Supervisor\n"
     "Yorkshire Distribution, Wakefield | 2013 – 2018\n"
     "Planned shifts, trained new starters and reported on daily output.\n"
     "\n"
     "EDUCATION\n"
     "BA Business Management, Leeds Beckett University\n"},
    {"mixed: nl CV with an English section",
     "PROFIEL\n"
     "Ik ben een analytische data engineer die graag complexe vraagstukken oplost voor klanten in de zorg.\n"
     "Mijn ervaring ligt bij het bouwen van datapijplijnen en het opzetten van dashboards voor managers.\n"
     "PUBLICATIONS\n"
     "A study of data quality in hospital information systems, presented at a conference in Berlin in 2021.\n"},
};

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "tests/lang/corpus.tsv";
    bool verbose = argc > 2 && strcmp(argv[2], "-v") == 0;
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 2;
    }
    item *items = NULL;
    size_t nitems = 0, cap = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t r;
    while ((r = getline(&line, &lcap, f)) > 0) {
        while (r > 0 && (line[r - 1] == '\n' || line[r - 1] == '\r'))
            line[--r] = '\0';
        char *tab = strchr(line, '\t');
        if (!tab || tab - line >= 8 || line[0] == '#')
            continue;
        if (nitems == cap) {
            cap = cap ? 2 * cap : 256;
            item *ni = realloc(items, cap * sizeof *items);
            if (!ni)
                return 2;
            items = ni;
        }
        memcpy(items[nitems].lang, line, (size_t)(tab - line));
        items[nitems].lang[tab - line] = '\0';
        items[nitems].text = strdup(tab + 1);
        if (!items[nitems].text)
            return 2;
        nitems++;
    }
    free(line);
    fclose(f);

    char *dir = data_dir();
    char *fpdb = NULL;
    if (!dir || asprintf(&fpdb, "%sfpdb.conf", dir) < 0)
        return 2;
    void *full = special_textcat_Init(fpdb, dir);
    void *small = restricted(dir);
    char *err = NULL;
    lang_guesser *g = lang_open(&err);
    if (!full || !small || !g) {
        fprintf(stderr, "eval: cannot load models from %s: %s\n", dir, err ? err : "textcat init failed");
        return 2;
    }
    candidate_t *cf = textcat_GetClassifyFullOutput(full), *cs = textcat_GetClassifyFullOutput(small);
    if (!cf || !cs)
        return 2;

    score sa = {.name = "(a) textcat, full fpdb.conf"};
    score sb = {.name = "(b) textcat, restricted"};
    score sbn = {.name = "(b') restricted + normalised"};
    score sc = {.name = "(c) lang_guess (b' + func. words)"};
    char b1[64], b2[64], b3[64];
    for (size_t i = 0; i < nitems; i++) {
        int li = -1;
        for (int k = 0; k < NEVAL; k++)
            if (strcmp(items[i].lang, EVAL_LANGS[k]) == 0)
                li = k;
        if (li < 0)
            continue;
        const char *s = items[i].text;
        size_t n = strlen(s);
        norm_text t;
        if (normalise(s, n, &t) < 0)
            return 2;
        const char *ga = tc_top(full, cf, s, n, b1, sizeof b1);
        const char *gb = tc_top(small, cs, s, n, b2, sizeof b2);
        const char *gbn = tc_top(small, cs, t.s, t.len, b3, sizeof b3);
        const char *gc = lang_guess(g, s, n);
        tally(&sa, li, t.words, items[i].lang, ga);
        tally(&sb, li, t.words, items[i].lang, gb);
        tally(&sbn, li, t.words, items[i].lang, gbn);
        tally(&sc, li, t.words, items[i].lang, gc);
        if (verbose && (!gc || strcmp(gc, items[i].lang) != 0 || !ga || strcmp(ga, items[i].lang) != 0))
            printf("%s a=%-4s b=%-4s b'=%-4s c=%-4s | %s\n", items[i].lang, ga ? ga : "-", gb ? gb : "-",
                   gbn ? gbn : "-", gc ? gc : "-", s);
        norm_free(&t);
    }

    printf("Paragraph accuracy on %s (%zu paragraphs; no answer counts as wrong)\n", path, nitems);
    printf("restricted set:");
    for (size_t i = 0; i < NLANGS; i++)
        printf(" %s", LANGS[i]);
    printf("\n\n%-34s", "method");
    for (int i = 0; i < NEVAL; i++) {
        char hdr[16];
        snprintf(hdr, sizeof hdr, "%s(%d)", EVAL_LANGS[i], sa.n[i]);
        printf(" %6s", hdr);
    }
    printf(" |   all   <=8wd  none  ->nl  acc/(a)  err(a)/err\n");
    print_score(&sa, &sa);
    print_score(&sb, &sa);
    print_score(&sbn, &sa);
    print_score(&sc, &sa);
    printf("\n<=8wd: accuracy on the %d paragraphs of at most 8 words; none: paragraphs without an answer;\n"
           "->nl: en/de/af paragraphs wrongly judged Dutch (these inflate a foreign CV's Dutch share).\n"
           "acc/(a): accuracy relative to baseline (a); err(a)/err: how many times fewer errors than (a).\n",
           sa.n_short);

    printf("\nWhole documents (lang_judge):\n");
    for (size_t i = 0; i < sizeof DOCS / sizeof DOCS[0]; i++) {
        lang_result res;
        lang_judge(g, DOCS[i].text, strlen(DOCS[i].text), &res);
        printf("  %-40s dutch_ratio %.2f  code %-3s judged %zu/%zu words\n", DOCS[i].name, res.dutch_ratio,
               res.code ? res.code : "-", res.judged_words, res.total_words);
    }

    textcat_ReleaseClassifyFullOutput(full, cf);
    textcat_ReleaseClassifyFullOutput(small, cs);
    textcat_Done(full);
    textcat_Done(small);
    lang_close(g);
    for (size_t i = 0; i < nitems; i++)
        free(items[i].text);
    free(items);
    free(dir);
    free(fpdb);
    return 0;
}
