/*
 * test_lang.c — language judgement (lib/lang.c) on real CV paragraphs.
 *
 * Needs libexttextcat's models (/usr/share/libexttextcat or ZEEF_TEXTCAT_DIR).
 * The paragraphs here are not in tests/lang/corpus.tsv.
 */
#include "lang.h"
#include "tap.h"

#include <stdlib.h>

static const char *guess(lang_guesser *g, const char *s)
{
    return lang_guess(g, s, strlen(s));
}

static lang_result judge(lang_guesser *g, const char *s)
{
    lang_result r;
    lang_judge(g, s, strlen(s), &r);
    return r;
}

static const char NL_DOC[] =
    "Eva Bakker\n"
    "eva.bakker@example.nl | 06 98765432 | Amersfoort\n"
    "\n"
    "PROFIEL\n"
    "Als Engineering Manager combineer ik technische kennis met oog voor mensen. Ik bouw\n"
    "teams die zelfstandig werken en zorg dat de juiste dingen eerst worden opgepakt.\n"
    "\n"
    "WERKERVARING\n"
    "Engineering Manager\n"
    "Bol.com, Utrecht | 2020 – heden\n"
    "Leiding aan vier development teams van in totaal dertig engineers; verantwoordelijk voor\n"
    "werving, de technische roadmap en de samenwerking met Product.\n"
    "Tech Lead Backend\n"
    "Coolblue, Rotterdam | 2016 – 2020\n"
    "Ontwerpen van de nieuwe order-API en begeleiden van junior developers bij code reviews.\n"
    "\n"
    "OPLEIDING\n"
    "MSc Computer Science, Technische Universiteit Delft\n"
    "\n"
    "Talen: Nederlands (moedertaal), Engels (vloeiend)\n";

static const char AF_DOC[] =
    "Annelie Botha\n"
    "annelie@example.co.za | Pretoria\n"
    "\n"
    "PROFIEL\n"
    "Ek is 'n toegewyde rekenmeester met agt jaar ondervinding in die finansiële sektor. Ek\n"
    "werk akkuraat en hou daarvan om prosesse te verbeter sodat maandeinde vinniger afgehandel word.\n"
    "\n"
    "WERKSERVARING\n"
    "Senior Rekenmeester\n"
    "Absa, Johannesburg | 2018 – tans\n"
    "Verantwoordelik vir die maandelikse bestuursverslae en die voorbereiding van die jaarlikse oudit.\n"
    "\n"
    "KWALIFIKASIES\n"
    "BCom Rekeningkunde, Universiteit van Pretoria\n";

static const char DE_DOC[] =
    "Lukas Weber\n"
    "lukas.weber@example.de | München\n"
    "\n"
    "PROFIL\n"
    "Ich bin ein erfahrener Vertriebsleiter mit einem starken Netzwerk in der Automobilbranche und\n"
    "lege großen Wert auf langfristige Kundenbeziehungen.\n"
    "\n"
    "BERUFSERFAHRUNG\n"
    "Vertriebsleiter Süddeutschland\n"
    "Bosch, Stuttgart | seit 2017\n"
    "Führung eines Teams von acht Außendienstmitarbeitern und Verantwortung für den Umsatz der Region.\n"
    "\n"
    "AUSBILDUNG\n"
    "Diplom-Kaufmann, Ludwig-Maximilians-Universität München\n";

static const char EN_DOC[] =
    "Emily Watson\n"
    "emily.watson@example.com | Bristol\n"
    "\n"
    "PROFILE\n"
    "I am a qualified primary school teacher with six years of classroom experience and a\n"
    "particular interest in supporting children with special educational needs.\n"
    "\n"
    "EXPERIENCE\n"
    "Class Teacher, Year 4\n"
    "St Mary's Primary School, Bristol | 2019 – present\n"
    "Planning and delivering lessons across the curriculum and working closely with parents.\n"
    "\n"
    "EDUCATION\n"
    "PGCE Primary Education, University of Bath\n";

int main(void)
{
    char *err = NULL;
    lang_guesser *g = lang_open(&err);
    if (!ok(g != NULL, "lang_open loads the models")) {
        printf("# %s\n", err ? err : "(no message)");
        free(err);
        return tap_done();
    }
    ok(err == NULL, "no error message on success");

    /* Paragraphs */
    is_str(guess(g, "Ik heb vijf jaar gewerkt als verpleegkundige op de afdeling interne geneeskunde en "
                    "ben nu op zoek naar een functie in de wijkzorg."),
           "nl", "Dutch paragraph");
    is_str(guess(g, "Als Senior Data Engineer bij een verzekeraar verantwoordelijk voor de data pipelines "
                    "en de migratie naar de cloud."),
           "nl", "Dutch paragraph with English job title is nl");
    is_str(guess(g, "Eerder werkzaam als Product Manager en Growth Lead bij diverse start-ups."), "nl",
           "Dutch line with two English titles is nl");
    is_str(guess(g, "Teamleider Klantenservice – Gemeente Apeldoorn"), "nl", "short Dutch line");
    is_str(guess(g, "ERVARING MET HET BEGELEIDEN VAN STAGIAIRS EN NIEUWE COLLEGA'S"), "nl",
           "upper-case Dutch line");
    is_str(guess(g, "Ek het vyf jaar as verpleegkundige in 'n privaat hospitaal gewerk en soek nou 'n pos "
                    "in gemeenskapsgesondheid."),
           "af", "Afrikaans paragraph");
    is_str(guess(g, "Verantwoordelik vir die opleiding van nuwe personeel by die tak in Kaapstad."), "af",
           "Afrikaans line");
    is_str(guess(g, "Ich habe fünf Jahre als Krankenpfleger auf der Intensivstation gearbeitet und suche "
                    "nun eine Stelle in der ambulanten Pflege."),
           "de", "German paragraph");
    is_str(guess(g, "Verantwortlich für die Einarbeitung neuer Kollegen in der Filiale Bremen."), "de",
           "German line");
    is_str(guess(g, "I worked for five years as a nurse on an intensive care ward and am now looking for "
                    "a role in community care."),
           "en", "English paragraph");
    is_str(guess(g, "Responsible for training new staff at the Manchester branch."), "en", "English line");

    /* Too short or nothing to judge */
    is_str(guess(g, "Rijbewijs B"), NULL, "two words are too short to judge");
    is_str(guess(g, "06-12345678 | 2019 – 2021"), NULL, "numbers only: no judgement");
    is_str(lang_guess(g, "", 0), NULL, "empty text");
    {
        /* invalid UTF-8 and a text without a terminating NUL */
        static const char bad[] = {'d', 'e', ' ', '\xff', '\xc3', ' ', 'k', 'l', 'a', 'n', 't',
                                   ' ', '\xe2', '\x82', 'v', 'a', 'n', ' ', 'h', 'e', 't'};
        const char *c = lang_guess(g, bad, sizeof bad);
        ok(c == NULL || strlen(c) == 2, "invalid UTF-8 is survived");
    }

    /* Documents */
    lang_result r = judge(g, NL_DOC);
    ok(r.dutch_ratio >= 0.6, "Dutch CV with English titles: dutch_ratio %.2f >= 0.6", r.dutch_ratio);
    is_str(r.code, "nl", "Dutch CV: dominant language nl");
    ok(r.judged_words > 0 && r.judged_words <= r.total_words, "judged %zu of %zu words", r.judged_words,
       r.total_words);

    r = judge(g, AF_DOC);
    ok(r.dutch_ratio <= 0.2, "Afrikaans CV: dutch_ratio %.2f <= 0.2", r.dutch_ratio);
    is_str(r.code, "af", "Afrikaans CV: dominant language af");

    r = judge(g, DE_DOC);
    ok(r.dutch_ratio <= 0.2, "German CV: dutch_ratio %.2f <= 0.2", r.dutch_ratio);
    is_str(r.code, "de", "German CV: dominant language de");

    r = judge(g, EN_DOC);
    ok(r.dutch_ratio <= 0.2, "English CV: dutch_ratio %.2f <= 0.2", r.dutch_ratio);
    is_str(r.code, "en", "English CV: dominant language en");

    r = judge(g, "Jan Smit\n\n06-12345678\n");
    ok(r.judged_words == 0 && r.dutch_ratio == 0 && r.code == NULL, "nothing judgeable: ratio 0, code NULL");
    ok(r.total_words == 2, "total_words counts unjudged words too (%zu)", r.total_words);

    lang_close(g);

    /* Missing data */
    setenv("ZEEF_TEXTCAT_DIR", "/nonexistent/zeef-textcat", 1);
    err = NULL;
    g = lang_open(&err);
    ok(g == NULL && err != NULL && strstr(err, "/nonexistent/zeef-textcat") != NULL,
       "missing models: NULL and an error naming the directory (%s)", err ? err : "(null)");
    free(err);
    lang_close(g);
    return tap_done();
}
