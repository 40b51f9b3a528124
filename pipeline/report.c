/*
 * report.c — report.html and report.csv of one batch (see report.h).
 *
 * Who reads these: the procurement officer and the assessors, who must be
 * able to defend every decision to a supplier whose candidate was rejected,
 * and a spreadsheet user who filters and sorts.  So every verdict is shown
 * with its reason and the CV text it rests on (with page numbers), and
 * nothing submitted is left out: every record gets a place, also records of
 * files that could not be read and records that are odd or incomplete.
 *
 * Determinism.  Both reports depend only on the records and the profile: no
 * date or time, no absolute paths (the profile is named by its file name and
 * sha256), no locale (numbers are formatted here, with a decimal comma), so
 * a re-run on the same input gives the same bytes.
 *
 * Robustness.  The records come from untrusted CVs and from other stages:
 * any field may be missing, null or of the wrong type, and a record may not
 * even be an object.  Every access goes through json.h's tolerant getters;
 * every string from a record is escaped (HTML) or quoted and neutralised
 * (CSV), invalid UTF-8 becomes U+FFFD, control characters are replaced, and
 * very long quotes and evidence lists are cut (EV_MAX_ITEMS, EV_MAX_BYTES).
 * Both reports are built in memory and written with one fwrite, so a write
 * error is reported once, cleanly.
 *
 * Reasons.  The check stage repeats every review decision's reason in
 * review_reasons as "Knock-out 3: reason" / "Nederlandstalig: reason"; a
 * reason is shown once (sl_has_reason), and the CSV uses the same labels.
 *
 * Classifying a record (the same for both reports):
 *   error      status other than "ok" (as score.c counts it): "Onleesbare bestanden";
 *   eligible   eligible: true: "Geschikt", in the ranked table;
 *   fail       any check or knock-out "fail": "Niet geschikt";
 *   review     everything else, including records with no verdict at all
 *              (a person must look at them; nothing is silently dropped).
 *
 * ---- report.html ----------------------------------------------------------
 *
 * One self-contained file (inline CSS; no fonts, scripts or images), Dutch,
 * printable on A4 (repeated table heads, rows not split, each candidate's
 * detail on its own page).  In order:
 *
 *   <header>  tender title, organisation, deadline, hours and duration; the
 *             CV requirements; the knock-outs (id + text) and the criteria
 *             (id + text + max points) of the profile; the profile's file
 *             name and sha256; a summary of the batch (counts per class).
 *   <main>
 *     Geschikt              the ranked table of eligible candidates: rank,
 *                           name, total, one column per criterion, hourly
 *                           rate, the three CV checks; shortlisted candidates
 *                           carry "★ shortlist" (with a legend), a rank
 *                           decided by the hourly rate says "gelijke score;
 *                           lager uurtarief gaf de doorslag" (tie_break_rate;
 *                           tie_unresolved: "gelijke score; het uurtarief
 *                           gaf geen doorslag"); below it the review_reasons
 *                           of eligible candidates (a criterion that could
 *                           not be decided may change the ranking).
 *     Nader beoordelen      per record: every review decision with its reason
 *                           and evidence, then the review_reasons.
 *     Niet geschikt         per record: every failed check or knock-out with
 *                           its reason and evidence (page + quote), then any
 *                           review points.
 *     Onleesbare bestanden  per file: the problem in plain Dutch (from the
 *                           error code and the format), code, technical
 *                           message, sha256.
 *     Details per kandidaat one section per readable record, in contract
 *                           order: the facts (file, sha256, pages, contact,
 *                           language, ZZP, rate, references), every check
 *                           and knock-out (verdict, reason, evidence), every
 *                           criterion (points/max, reason, evidence), the
 *                           positions with their relevant months and the
 *                           total (experience.coord_months), the education.
 *   <footer>  schema and profile once more.
 *
 * Verdicts are words ("voldoet", "voldoet niet", "nader beoordelen"); the
 * icon (✓ ✗ ?) and colour only repeat them.  Names in lists link to the
 * detail section (#kN, N = the record's 1-based position in recs).
 *
 * ---- report.csv -----------------------------------------------------------
 *
 * For Excel in a Dutch locale: UTF-8 with BOM, ";" between fields, CRLF
 * after every row, numbers unquoted with a decimal comma (87,5; 0,94), every
 * text field quoted with '"' (inner quotes doubled), line breaks and other
 * control characters inside a field replaced by a space (so one row is one
 * line), and a text field that starts with = + - @ (or a tab/CR) gets a
 * leading apostrophe inside the quotes, so no spreadsheet runs it as a
 * formula.  Null or missing values give an empty field.  Yes/no fields are
 * "ja"/"nee", verdicts "voldoet"/"voldoet niet"/"nader beoordelen".
 *
 * One header row, then one row per record in the order given (contract
 * order).  Columns (docs/report-csv.md describes each one):
 *
 *   rank; shortlist; bestand; sha256; status; foutcode; kandidaat; e-mail;
 *   telefoon; totaal; criterium_<id> (one per criterion, profile order);
 *   uurtarief; paginas; paginas_exact; check_paginas; check_nederlands;
 *   check_referenties; knockout_<id> (one per knock-out, profile order);
 *   geschikt; coord_maanden; hbo_bachelor; mwd; zzp; referenties;
 *   nederlands_aandeel; reden
 *
 * Criterion and knock-out ids that occur in records but not in the profile
 * get a column (and an HTML column/row) after the profile's own, so a
 * mismatch between profile and records shows instead of being dropped.
 *
 * ---- interview.html ---------------------------------------------------------
 *
 * report_write_interview(): one A4 page per shortlisted candidate (rank
 * order) for the selection interview (step 4 of the request): rank and score,
 * lines for the date and two assessors, the rule (every competency at least
 * "voldoende", else step 3 is repeated), a table with one row per profile
 * competency and one column per assessor (boxes onvoldoende / voldoende /
 * goed and ruled lines for notes), and a conclusion per assessor.
 *
 * ---- options: language and blind ---------------------------------------------
 *
 * report_options.lang "en": every text this file writes goes through T(),
 * which looks the Dutch text up in the EN table (missing entries stay
 * Dutch; tests/unit/test_blind.c checks the headings and verdicts).  Reasons
 * from the pipeline and CV quotes are shown as they are.  CSV column names
 * stay (they are documented identifiers); its values are translated.
 * report_options.blind: the records come from report_blind_records()
 * (report_blind.c); the header says the report is blind, and file, sha256,
 * e-mail and phone are shown as withheld.
 */
#include "report.h"

#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

/* ---- language ----------------------------------------------------------- */

/* The report being written: set by each report_write_* from its options.
 * (One report at a time; zeef-score writes them one after the other.) */
static bool g_en;      /* English words (--lang en) */
static bool g_blind;   /* blind records (report_blind_records) */

/* The English words of the reports, keyed by the Dutch source text (generated once from
 * report.c; T() looks a string up here when the report language is English). */
static const struct { const char *nl, *en; } EN[] = {
    {"voldoet",
     "meets"},
    {"voldoet niet",
     "does not meet"},
    {"nader beoordelen",
     "to review"},
    {"onbekend oordeel",
     "unknown verdict"},
    {"geen oordeel",
     "no verdict"},
    {"%s schrijven mislukt: %s",
     "writing the %s failed: %s"},
    {"HTML-rapport",
     "HTML report"},
    {"CSV-rapport",
     "CSV report"},
    {"Paginalimiet",
     "Page limit"},
    {"Nederlandstalig",
     "In Dutch"},
    {"Referenties",
     "References"},
    {"Maximaal %d pagina's",
     "At most %d pages"},
    {"Aantal pagina's",
     "Number of pages"},
    {"Opgesteld in het Nederlands",
     "Written in Dutch"},
    {"Minimaal %d referentie%s",
     "At least %d reference%s"},
    {"Knock-out %s",
     "Knock-out %s"},
    {"CV-eis %s",
     "CV requirement %s"},
    {"Geen tekstlaag (gescand document?)",
     "No text layer (a scanned document?)"},
    {"Bestand is beschadigd",
     "The file is damaged"},
    {"Bestand is leeg",
     "The file is empty"},
    {"Bestandsformaat wordt niet ondersteund (bijv. oud .doc)",
     "File format not supported (e.g. legacy .doc)"},
    {"Onveilige XML-constructies (entiteiten)",
     "Unsafe XML constructs (entities)"},
    {"Bestand overschrijdt een limiet",
     "The file exceeds a limit"},
    {"Verwerking duurde te lang",
     "Processing took too long"},
    {"Bestand kon niet worden gelezen",
     "The file could not be read"},
    {"Bestand kon niet worden verwerkt (geen foutcode)",
     "The file could not be processed (no error code)"},
    {"PDF is beveiligd met een wachtwoord",
     "The PDF is protected with a password"},
    {"Document is beveiligd met een wachtwoord",
     "The document is protected with a password"},
    {"Onbekende fout",
     "Unknown error"},
    {"gelijke score; lager uurtarief gaf de doorslag",
     "equal score; the lower hourly rate decided"},
    {"gelijke score; het uurtarief gaf geen doorslag",
     "equal score; the hourly rate did not decide"},
    {"nee",
     "no"},
    {"ja",
     "yes"},
    {"onbekend",
     "unknown"},
    {"<em>naam onbekend</em>",
     "<em>name unknown</em>"},
    {"pagina onbekend",
     "page unknown"},
    {" <span class=\"rule\">(regel ",
     " <span class=\"rule\">(rule "},
    {"<li class=\"muted\">geen vindplaats vastgelegd</li>",
     "<li class=\"muted\">no location recorded</li>"},
    {"<li class=\"muted\">… en nog %zu vindplaats%s</li>",
     "<li class=\"muted\">… and %zu more location%s</li>"},
    {"<br><span class=\"req\">(niet in het profiel)</span>",
     "<br><span class=\"req\">(not in the profile)</span>"},
    {"<strong>CV-eis</strong><br><span class=\"req\">",
     "<strong>CV requirement</strong><br><span class=\"req\">"},
    {"Opgesteld in taal ",
     "Written in language "},
    {"<em>geen toelichting vastgelegd</em>",
     "<em>no explanation recorded</em>"},
    {"<span class=\"muted\">bestand ",
     "<span class=\"muted\">file "},
    {"<title>Beoordeling cv&#39;s — ",
     "<title>CV assessment — "},
    {"aanbesteding",
     "tender"},
    {"<dt>Profiel</dt><dd>",
     "<dt>Profile</dt><dd>"},
    {"</dd>\n<dt>sha256 profiel</dt><dd class=\"hash\">",
     "</dd>\n<dt>sha256 of the profile</dt><dd class=\"hash\">"},
    {"<header>\n<p class=\"muted\">Beoordeling cv&#39;s op knock-outcriteria en gunningscriteria</p>\n<h1>",
     "<header>\n<p class=\"muted\">CV assessment on knock-out criteria and award criteria</p>\n<h1>"},
    {"Aanbesteding (titel onbekend)",
     "Tender (title unknown)"},
    {"</h1>\n<dl class=\"meta\">\n<dt>Opdrachtgever</dt><dd>",
     "</h1>\n<dl class=\"meta\">\n<dt>Contracting authority</dt><dd>"},
    {"</dd>\n<dt>Sluitingsdatum</dt><dd>",
     "</dd>\n<dt>Deadline</dt><dd>"},
    {"<dt>Uren</dt><dd>",
     "<dt>Hours</dt><dd>"},
    {"<dt>Duur</dt><dd>",
     "<dt>Duration</dt><dd>"},
    {"<dt>CV-eisen</dt><dd>",
     "<dt>CV requirements</dt><dd>"},
    {"opgesteld in taal ",
     "written in language "},
    {"<dt>Shortlist</dt><dd>de %d best scorende geschikte kandidaten</dd>\n",
     "<dt>Shortlist</dt><dd>the %d best scoring eligible candidates</dd>\n"},
    {"<dt>Bij gelijke score</dt><dd>het lagere uurtarief geeft de doorslag</dd>\n",
     "<dt>Equal scores</dt><dd>the lower hourly rate decides</dd>\n"},
    {"<dt>Ingediende bestanden</dt><dd>%zu: ",
     "<dt>Files submitted</dt><dd>%zu: "},
    {"<a href=\"#geschikt\">%zu geschikt</a>, ",
     "<a href=\"#geschikt\">%zu eligible</a>, "},
    {"<a href=\"#nader\">%zu nader beoordelen</a>, ",
     "<a href=\"#nader\">%zu to review</a>, "},
    {"<a href=\"#niet-geschikt\">%zu niet geschikt</a>, ",
     "<a href=\"#niet-geschikt\">%zu not eligible</a>, "},
    {"<a href=\"#onleesbaar\">%zu onleesbaar</a></dd>\n",
     "<a href=\"#onleesbaar\">%zu unreadable</a></dd>\n"},
    {"<section aria-labelledby=\"h-ko\">\n<h2 id=\"h-ko\">Knock-outcriteria</h2>\n",
     "<section aria-labelledby=\"h-ko\">\n<h2 id=\"h-ko\">Knock-out criteria</h2>\n"},
    {"<p>Geen knock-outcriteria in het profiel.</p>\n",
     "<p>No knock-out criteria in the profile.</p>\n"},
    {"<table class=\"req-table\">\n<caption>Knock-outcriteria (eisen): een kandidaat die op één ervan niet voldoet, wordt niet verder beoordeeld</caption>\n<thead><tr><th scope=\"col\">Nr.</th><th scope=\"col\">Eis</th></tr></thead>\n<tbody>\n",
     "<table class=\"req-table\">\n<caption>Knock-out criteria (requirements): a candidate who does not meet one of them is not assessed further</caption>\n<thead><tr><th scope=\"col\">No.</th><th scope=\"col\">Requirement</th></tr></thead>\n<tbody>\n"},
    {"<em>niet in het profiel (alleen in de resultaten)</em>",
     "<em>not in the profile (only in the results)</em>"},
    {"<section aria-labelledby=\"h-crit\">\n<h2 id=\"h-crit\">Gunningscriteria</h2>\n",
     "<section aria-labelledby=\"h-crit\">\n<h2 id=\"h-crit\">Award criteria</h2>\n"},
    {"<p>Geen gunningscriteria in het profiel.</p>\n",
     "<p>No award criteria in the profile.</p>\n"},
    {"<table class=\"req-table\">\n<caption>Gunningscriteria en maximale punten</caption>\n<thead><tr><th scope=\"col\">Nr.</th><th scope=\"col\">Criterium</th><th scope=\"col\" class=\"num\">Max. punten</th></tr></thead>\n<tbody>\n",
     "<table class=\"req-table\">\n<caption>Award criteria and maximum points</caption>\n<thead><tr><th scope=\"col\">No.</th><th scope=\"col\">Criterion</th><th scope=\"col\" class=\"num\">Max. points</th></tr></thead>\n<tbody>\n"},
    {"</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"2\">Totaal</th><td class=\"num\">%s</td></tr></tfoot>\n</table>\n",
     "</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"2\">Total</th><td class=\"num\">%s</td></tr></tfoot>\n</table>\n"},
    {" (gelijk met rang ",
     " (equal to rank "},
    {"<h2 id=\"h-geschikt\">Geschikt</h2>\n",
     "<h2 id=\"h-geschikt\">Eligible</h2>\n"},
    {"<p>Geen enkele kandidaat voldoet aan alle CV-eisen en knock-outcriteria.</p>\n",
     "<p>No candidate meets all CV requirements and knock-out criteria.</p>\n"},
    {"<p>Deze kandidaten voldoen aan alle CV-eisen en knock-outcriteria. Ze zijn gerangschikt op totaalscore; bij een gelijke score gaat het lagere uurtarief voor (zonder vermeld uurtarief volgt de kandidaat na wie er wel een noemt).</p>\n",
     "<p>These candidates meet all CV requirements and knock-out criteria. They are ranked by total score; at an equal score the lower hourly rate goes first (a candidate without a stated rate follows those who state one).</p>\n"},
    {"behoort tot de %d best scorende kandidaten die aan de opdrachtgever worden voorgelegd.",
     "is among the %d best scoring candidates put before the contracting authority."},
    {"wordt aan de opdrachtgever voorgelegd.",
     "is put before the contracting authority."},
    {" „%s” = bij gelijke score bepaalde het uurtarief de volgorde.</p>\n",
     " “%s” = at an equal score the hourly rate decided the order.</p>\n"},
    {"<table class=\"rank\">\n<caption>Rangorde van de geschikte kandidaten</caption>\n<thead><tr><th scope=\"col\" class=\"num\">Rang</th><th scope=\"col\">Kandidaat</th><th scope=\"col\" class=\"num\">Totaal</th>",
     "<table class=\"rank\">\n<caption>Ranking of the eligible candidates</caption>\n<thead><tr><th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Candidate</th><th scope=\"col\" class=\"num\">Total</th>"},
    {"<th scope=\"col\" class=\"num\">Uurtarief</th><th scope=\"col\">Pagina&#39;s</th><th scope=\"col\">Nederlands</th><th scope=\"col\">Referenties</th></tr></thead>\n<tbody>\n",
     "<th scope=\"col\" class=\"num\">Hourly rate</th><th scope=\"col\">Pages</th><th scope=\"col\">Dutch</th><th scope=\"col\">References</th></tr></thead>\n<tbody>\n"},
    {"<br><span class=\"d review\"><span aria-hidden=\"true\">?</span> nader beoordelen: %zu punt%s</span>",
     "<br><span class=\"d review\"><span aria-hidden=\"true\">?</span> to review: %zu point%s</span>"},
    {"niet vermeld",
     "not stated"},
    {"<h3>Nader te beoordelen bij geschikte kandidaten</h3>\n<p>Deze punten kunnen de score en dus de rangorde veranderen.</p>\n<ul class=\"items\">\n",
     "<h3>To review for eligible candidates</h3>\n<p>These points may change the score and so the ranking.</p>\n<ul class=\"items\">\n"},
    {"<h2 id=\"h-nader\">Nader beoordelen</h2>\n",
     "<h2 id=\"h-nader\">To review</h2>\n"},
    {"<p>Geen kandidaten om nader te beoordelen.</p>\n</section>\n",
     "<p>No candidates to review.</p>\n</section>\n"},
    {"<p>Bij deze kandidaten kon niet veilig automatisch worden beslist. Een beoordelaar moet de genoemde punten in het cv nakijken.</p>\n",
     "<p>For these candidates no safe automatic decision was possible. An assessor must check the points below in the CV.</p>\n"},
    {"<li>Het resultaat bevat geen eindoordeel en geen reden; beoordeel dit cv volledig handmatig.</li>\n",
     "<li>The result holds no verdict and no reason; assess this CV entirely by hand.</li>\n"},
    {"<h2 id=\"h-niet\">Niet geschikt</h2>\n",
     "<h2 id=\"h-niet\">Not eligible</h2>\n"},
    {"<p>Geen kandidaten afgewezen.</p>\n</section>\n",
     "<p>No candidates rejected.</p>\n</section>\n"},
    {"<p>Deze kandidaten voldoen niet aan ten minste één CV-eis of knock-outcriterium en worden niet verder beoordeeld. Per eis staat de reden en de tekst uit het cv waarop die berust.</p>\n",
     "<p>These candidates do not meet at least one CV requirement or knock-out criterion and are not assessed further. Each requirement shows the reason and the CV text it rests on.</p>\n"},
    {"<p>Daarnaast nader te beoordelen:</p>\n<ul class=\"items\">\n",
     "<p>Also to review:</p>\n<ul class=\"items\">\n"},
    {"<h2 id=\"h-onleesbaar\">Onleesbare bestanden</h2>\n",
     "<h2 id=\"h-onleesbaar\">Unreadable files</h2>\n"},
    {"<p>Alle bestanden konden worden gelezen.</p>\n</section>\n",
     "<p>All files could be read.</p>\n</section>\n"},
    {"<p>Deze bestanden konden niet worden gelezen en zijn dus niet beoordeeld. Vraag zo nodig een leesbare versie op.</p>\n<table class=\"errors\">\n<caption>Onleesbare bestanden</caption>\n<thead><tr><th scope=\"col\">Bestand</th><th scope=\"col\">Probleem</th><th scope=\"col\">Technische melding</th></tr></thead>\n<tbody>\n",
     "<p>These files could not be read and so were not assessed. Ask for a readable version if needed.</p>\n<table class=\"errors\">\n<caption>Unreadable files</caption>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Problem</th><th scope=\"col\">Technical message</th></tr></thead>\n<tbody>\n"},
    {"<em>onbekend</em>",
     "<em>unknown</em>"},
    {"<em>geen melding</em>",
     "<em>no message</em>"},
    {"<dl class=\"meta\">\n<dt>Oordeel</dt><dd>",
     "<dl class=\"meta\">\n<dt>Verdict</dt><dd>"},
    {"<span class=\"d pass\"><span aria-hidden=\"true\">✓</span> geschikt</span>",
     "<span class=\"d pass\"><span aria-hidden=\"true\">✓</span> eligible</span>"},
    {", rang %s",
     ", rank %s"},
    {"<span class=\"d fail\"><span aria-hidden=\"true\">✗</span> niet geschikt</span>",
     "<span class=\"d fail\"><span aria-hidden=\"true\">✗</span> not eligible</span>"},
    {"<span class=\"d review\"><span aria-hidden=\"true\">?</span> nader beoordelen</span>",
     "<span class=\"d review\"><span aria-hidden=\"true\">?</span> to review</span>"},
    {"</dd>\n<dt>Totaalscore</dt><dd>",
     "</dd>\n<dt>Total score</dt><dd>"},
    {" van %s",
     " of %s"},
    {"</dd>\n<dt>Bestand</dt><dd>",
     "</dd>\n<dt>File</dt><dd>"},
    {"</dd>\n<dt>Formaat</dt><dd>",
     "</dd>\n<dt>Format</dt><dd>"},
    {"</dd>\n<dt>Pagina&#39;s</dt><dd>",
     "</dd>\n<dt>Pages</dt><dd>"},
    {" (geschat)",
     " (estimated)"},
    {"niet gevonden",
     "not found"},
    {"</dd>\n<dt>Telefoon</dt><dd>",
     "</dd>\n<dt>Phone</dt><dd>"},
    {"</dd>\n<dt>Taal</dt><dd>",
     "</dd>\n<dt>Language</dt><dd>"},
    {"Nederlands",
     "Dutch"},
    {"; %.0f%% van de woorden Nederlands",
     "; %.0f%% of the words Dutch"},
    {"</dd>\n<dt>Uurtarief</dt><dd>",
     "</dd>\n<dt>Hourly rate</dt><dd>"},
    {"</dd>\n<dt>Referenties</dt><dd>",
     "</dd>\n<dt>References</dt><dd>"},
    {"; &quot;op aanvraag&quot; vermeld",
     "; &quot;on request&quot; stated"},
    {"<table class=\"items\">\n<caption>CV-eisen en knock-outcriteria</caption>\n<thead><tr><th scope=\"col\">Eis</th><th scope=\"col\">Oordeel</th><th scope=\"col\">Toelichting en bewijs uit het cv</th></tr></thead>\n<tbody>\n",
     "<table class=\"items\">\n<caption>CV requirements and knock-out criteria</caption>\n<thead><tr><th scope=\"col\">Requirement</th><th scope=\"col\">Verdict</th><th scope=\"col\">Explanation and evidence from the CV</th></tr></thead>\n<tbody>\n"},
    {"<tr><td colspan=\"3\">Geen oordelen vastgelegd.</td></tr>\n",
     "<tr><td colspan=\"3\">No verdicts recorded.</td></tr>\n"},
    {"<p>Gunningscriteria: niet beoordeeld.</p>\n",
     "<p>Award criteria: not assessed.</p>\n"},
    {"<table class=\"crit\">\n<caption>Gunningscriteria</caption>\n<thead><tr><th scope=\"col\">Criterium</th><th scope=\"col\" class=\"num\">Punten</th><th scope=\"col\">Toelichting en bewijs uit het cv</th></tr></thead>\n<tbody>\n",
     "<table class=\"crit\">\n<caption>Award criteria</caption>\n<thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\" class=\"num\">Points</th><th scope=\"col\">Explanation and evidence from the CV</th></tr></thead>\n<tbody>\n"},
    {"<tr><th scope=\"row\"><strong>Criterium ",
     "<tr><th scope=\"row\"><strong>Criterion "},
    {"<em>niet beoordeeld</em>",
     "<em>not assessed</em>"},
    {"<table class=\"positions\">\n<caption>Werkervaring</caption>\n<thead><tr><th scope=\"col\">Functie</th><th scope=\"col\">Werkgever</th><th scope=\"col\">Periode</th><th scope=\"col\" class=\"num\">Maanden</th><th scope=\"col\">Relevant</th><th scope=\"col\" class=\"num\">Pagina</th></tr></thead>\n<tbody>\n",
     "<table class=\"positions\">\n<caption>Work experience</caption>\n<thead><tr><th scope=\"col\">Position</th><th scope=\"col\">Employer</th><th scope=\"col\">Period</th><th scope=\"col\" class=\"num\">Months</th><th scope=\"col\">Relevant</th><th scope=\"col\" class=\"num\">Page</th></tr></thead>\n<tbody>\n"},
    {"heden",
     "present"},
    {"<tr><td colspan=\"6\">Geen functies gevonden.</td></tr>\n",
     "<tr><td colspan=\"6\">No positions found.</td></tr>\n"},
    {"</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"3\">Relevante ervaring in totaal (overlappende perioden één keer geteld)</th><td colspan=\"3\">",
     "</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"3\">Relevant experience in total (overlapping periods counted once)</th><td colspan=\"3\">"},
    {"geen",
     "none"},
    {"<p>Hoogste niveau: ",
     "<p>Highest level: "},
    {"; afgeronde hbo-bachelor of hoger: ",
     "; completed HBO bachelor or higher: "},
    {"; afgeronde hbo-bachelor MWD / Social Work: ",
     "; completed HBO bachelor MWD / Social Work: "},
    {".</p>\n<table class=\"education\">\n<caption>Opleiding</caption>\n<thead><tr><th scope=\"col\">Opleiding</th><th scope=\"col\">Niveau</th><th scope=\"col\">Afgerond</th><th scope=\"col\" class=\"num\">Pagina</th></tr></thead>\n<tbody>\n",
     ".</p>\n<table class=\"education\">\n<caption>Education</caption>\n<thead><tr><th scope=\"col\">Education</th><th scope=\"col\">Level</th><th scope=\"col\">Completed</th><th scope=\"col\" class=\"num\">Page</th></tr></thead>\n<tbody>\n"},
    {"<tr><td colspan=\"4\">Geen opleidingen gevonden.</td></tr>\n",
     "<tr><td colspan=\"4\">No education found.</td></tr>\n"},
    {"<h2 id=\"h-details\">Details per kandidaat</h2>\n",
     "<h2 id=\"h-details\">Details per candidate</h2>\n"},
    {"<h4>Redenen voor nadere beoordeling</h4>\n<ul>\n",
     "<h4>Reasons for review</h4>\n<ul>\n"},
    {"<p>Geen leesbare cv&#39;s.</p>\n",
     "<p>No readable CVs.</p>\n"},
    {"</main>\n<footer>\n<p>Opgesteld door zeef uit de resultaatrecords (schema zeef/1) en het profiel ",
     "</main>\n<footer>\n<p>Made by zeef from the result records (schema zeef/1) and the profile "},
    {"(onbekend)",
     "(unknown)"},
    {"</span>. Dezelfde invoer geeft altijd hetzelfde rapport.</p>\n</footer>\n</body>\n</html>\n",
     "</span>. The same input always gives the same report.</p>\n</footer>\n</body>\n</html>\n"},
    {"geen eindoordeel in het resultaat; handmatig beoordelen",
     "no verdict in the result; assess by hand"},
    {"<em>weggelaten (blind beoordelen)</em>",
     "<em>withheld (blind screening)</em>"},
    {"<span class=\"muted\">bestandsnaam weggelaten (blind beoordelen)</span>",
     "<span class=\"muted\">file name withheld (blind screening)</span>"},
    {"<a class=\"skip\" href=\"#geschikt\">Direct naar de rangorde</a>\n",
     "<a class=\"skip\" href=\"#geschikt\">Skip to the ranking</a>\n"},
    {"<dt>Blind beoordelen</dt><dd>ja: naam, e-mail, telefoon, adres, geboortedatum en leeftijd, geslacht, nationaliteit, bestandsnamen en sha256 zijn weggelaten, ook uit de geciteerde cv-tekst. De kandidaten heten Kandidaat A, B, … in de volgorde van de resultaten; de sleutel staat in een apart bestand.</dd>\n",
     "<dt>Blind screening</dt><dd>yes: name, e-mail, phone, address, date of birth and age, gender, nationality, file names and sha256 are withheld, also from the quoted CV text. The candidates are called Candidate A, B, … in the order of the results; the key is in a separate file.</dd>\n"},
    {"</ul><p class=\"notes\">Toelichting:</p></td>",
     "</ul><p class=\"notes\">Notes:</p></td>"},
    {"<title>Selectiegesprek — ",
     "<title>Selection interview — "},
    {"Selectiegesprek (stap 4 van de beoordeling) — ",
     "Selection interview (step 4 of the assessment) — "},
    {"</h1>\n<dl class=\"meta\">\n<dt>Rang na cv-beoordeling</dt><dd>",
     "</h1>\n<dl class=\"meta\">\n<dt>Rank after CV assessment</dt><dd>"},
    {"; totaalscore ",
     "; total score "},
    {"</dd>\n<dt>Datum gesprek</dt><dd><span class=\"line\"></span></dd>\n",
     "</dd>\n<dt>Date of interview</dt><dd><span class=\"line\"></span></dd>\n"},
    {"<dt>Beoordelaar %d</dt><dd><span class=\"line\"></span> (naam en functie)</dd>\n",
     "<dt>Assessor %d</dt><dd><span class=\"line\"></span> (name and position)</dd>\n"},
    {"<p class=\"rule\"><strong>Beoordelingsregel:</strong> de kandidaat moet op <strong>elke</strong> competentie minimaal een <strong>voldoende</strong> scoren. Scoort geen van de geselecteerde kandidaten op alle competenties minimaal een voldoende, dan wordt stap 3 van de beoordeling herhaald. Het gesprek wordt gevoerd door minimaal twee vertegenwoordigers van de organisatie; ieder kruist per competentie één oordeel aan.</p>\n",
     "<p class=\"rule\"><strong>Rule:</strong> the candidate must score at least <strong>sufficient</strong> (voldoende) on <strong>every</strong> competency. If none of the selected candidates scores at least sufficient on all competencies, step 3 of the assessment is repeated. The interview is held by at least two representatives of the organisation; each ticks one mark per competency.</p>\n"},
    {"<p><strong>Het profiel noemt geen competenties</strong> (sectie [competencies]); vul ze hieronder zelf in.</p>\n",
     "<p><strong>The profile names no competencies</strong> (section [competencies]); write them in below.</p>\n"},
    {"<table class=\"comp\">\n<caption>Competenties</caption>\n",
     "<table class=\"comp\">\n<caption>Competencies</caption>\n"},
    {"Competentie",
     "Competency"},
    {"<th scope=\"col\">Beoordelaar %d</th>",
     "<th scope=\"col\">Assessor %d</th>"},
    {"<table class=\"sign\">\n<caption>Conclusie</caption>\n<thead><tr><th scope=\"col\">Beoordelaar</th><th scope=\"col\">Op elke competentie minimaal voldoende?</th><th scope=\"col\">Paraaf</th></tr></thead>\n<tbody>\n",
     "<table class=\"sign\">\n<caption>Conclusion</caption>\n<thead><tr><th scope=\"col\">Assessor</th><th scope=\"col\">At least sufficient on every competency?</th><th scope=\"col\">Initials</th></tr></thead>\n<tbody>\n"},
    {"<tr><th scope=\"row\">Beoordelaar %d</th><td>",
     "<tr><th scope=\"row\">Assessor %d</th><td>"},
    {"<span class=\"box\" aria-hidden=\"true\"></span> ja &nbsp; <span class=\"box\" aria-hidden=\"true\"></span> nee",
     "<span class=\"box\" aria-hidden=\"true\"></span> yes &nbsp; <span class=\"box\" aria-hidden=\"true\"></span> no"},
    {"<section class=\"sheet\">\n<h1>Selectiegesprek</h1>\n<p>Er staan geen kandidaten op de shortlist, dus er is geen gespreksformulier.</p>\n</section>\n",
     "<section class=\"sheet\">\n<h1>Selection interview</h1>\n<p>There are no shortlisted candidates, so there is no interview sheet.</p>\n</section>\n"},
    {"gespreksformulier",
     "interview sheet"},
    {"onvoldoende",
     "insufficient (onvoldoende)"},
    {"voldoende",
     "sufficient (voldoende)"},
    {"goed",
     "good (goed)"},
    {"</dd>\n<dt>Ingediend</dt><dd>",
     "</dd>\n<dt>Submitted</dt><dd>"},
    {"%zu keer ontvangen, met dezelfde inhoud (sha256): één inzending",
     "received %zu times with the same content (sha256): one submission"},
    {"<li>en nog %zu</li>",
     "<li>and %zu more</li>"},
    {" (gelijk met rang %s–%s)",
     " (equal to ranks %s–%s)"},
};

/* The report's words in the report language: the Dutch text itself, or its
 * English entry in EN (the Dutch text when there is none). */
__attribute__((format_arg(1))) static const char *T(const char *nl)
{
    if (!g_en || !nl)
        return nl;
    for (size_t i = 0; i < sizeof EN / sizeof EN[0]; i++)
        if (strcmp(EN[i].nl, nl) == 0)
            return EN[i].en;
    return nl;
}

int report_lang_ok(const char *lang)
{
    return lang && (strcmp(lang, "nl") == 0 || strcmp(lang, "en") == 0);
}

static void set_options(const report_options *o)
{
    g_en = o && o->lang && strcmp(o->lang, "en") == 0;
    g_blind = o && o->blind;
}

#define EV_MAX_ITEMS 12      /* evidence quotes shown per decision */
#define EV_MAX_BYTES 600     /* longest quote shown (cut at a character boundary) */

/* ---- small helpers ------------------------------------------------------ */

typedef struct {
    const char **v;
    size_t n, cap;
} idlist;

static void ids_add(idlist *l, const char *id)
{
    if (!id)
        return;
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i], id) == 0)
            return;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
    }
    l->v[l->n++] = id;
}

/* Adds the keys of an object (any other type: nothing). */
static void ids_add_keys(idlist *l, const json *obj)
{
    if (obj && obj->type == JSON_OBJECT)
        for (size_t i = 0; i < obj->len; i++)
            ids_add(l, obj->keys[i]);
}

typedef struct {
    char **v;
    size_t n, cap;
} strlist;

static void sl_push(strlist *l, char *s)   /* takes s */
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
    }
    l->v[l->n++] = s;
}

static void sl_free(strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

/* True when a ends in ": " + b. */
static bool ends_with_label(const char *a, const char *b)
{
    size_t an = strlen(a), bn = strlen(b);
    return bn > 0 && an >= bn + 2 && strcmp(a + an - bn, b) == 0 && a[an - bn - 2] == ':' &&
           a[an - bn - 1] == ' ';
}

/* True when reason already occurs in l: the same text, or one of them is the
 * other with a "label: " in front (the pipeline's review_reasons repeat the
 * decisions' reasons as "Knock-out 3: reason"). */
static bool sl_has_reason(const strlist *l, const char *reason)
{
    for (size_t i = 0; i < l->n; i++) {
        const char *e = l->v[i];
        if (strcmp(e, reason) == 0 || ends_with_label(e, reason) || ends_with_label(reason, e))
            return true;
    }
    return false;
}

static bool get_num(const json *v, double *out)
{
    if (v && v->type == JSON_NUMBER && isfinite(v->n)) {
        *out = v->n;
        return true;
    }
    return false;
}

/* 1 true, 0 false, -1 absent or not a boolean. */
static int get_tri(const json *v)
{
    if (v && v->type == JSON_BOOL)
        return v->b ? 1 : 0;
    return -1;
}

static const char *nonempty(const char *s)
{
    return s && *s ? s : NULL;
}

/* The last path component ("inbox/Jan.pdf" -> "Jan.pdf"). */
static const char *base_name(const char *path)
{
    if (!path)
        return NULL;
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* A number with a decimal comma, shortest exact form ("87,5", "80", "0,94");
 * "" when not finite.  Independent of the C locale's LC_NUMERIC. */
static void fmt_num(char buf[64], double x)
{
    if (!isfinite(x)) {
        buf[0] = '\0';
        return;
    }
    if (x == 0)
        x = 0;   /* no "-0" */
    if (x == floor(x) && fabs(x) < 1e15) {
        /* what %.15g gives, without printf: the reports write thousands */
        long long v = (long long)x;
        unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
        char d[24], *e = d + sizeof d, *q = e;
        do
            *--q = (char)('0' + u % 10);
        while (u /= 10);
        if (v < 0)
            *--q = '-';
        memcpy(buf, q, (size_t)(e - q));
        buf[e - q] = '\0';
        return;
    }
    snprintf(buf, 64, "%.15g", x);
    for (char *s = buf; *s; s++)
        if (*s == '.')
            *s = ',';
}

/* Euro amount in Dutch notation: "€ 1.250,00"; "" when not finite. */
static void fmt_money(char buf[96], double x)
{
    if (!isfinite(x)) {
        buf[0] = '\0';
        return;
    }
    if (fabs(x) >= 1e13) {   /* absurd, but do not overflow */
        char n[64];
        fmt_num(n, x);
        snprintf(buf, 96, "€ %s", n);
        return;
    }
    long long c = llround(x * 100);
    bool neg = c < 0;
    if (neg)
        c = -c;
    long long e = c / 100;
    char digits[32], grouped[48];
    int nd = snprintf(digits, sizeof digits, "%lld", e);
    size_t g = 0;
    for (int i = 0; i < nd; i++) {
        if (i > 0 && (nd - i) % 3 == 0)
            grouped[g++] = '.';
        grouped[g++] = digits[i];
    }
    grouped[g] = '\0';
    snprintf(buf, 96, "€ %s%s,%02lld", neg ? "-" : "", grouped, c % 100);
}

/*
 * Decodes the UTF-8 sequence at s (n bytes left).  Returns its length and
 * sets *cp, or returns 0 for an invalid sequence (then one byte is skipped
 * and replaced by U+FFFD).
 */

static const char REPLACEMENT[] = "\xEF\xBF\xBD";   /* U+FFFD */

/* ---- the report context ------------------------------------------------- */

typedef enum { CAT_ELIGIBLE, CAT_REVIEW, CAT_FAIL, CAT_ERROR } category;

typedef enum { DEC_MISSING, DEC_PASS, DEC_FAIL, DEC_REVIEW, DEC_UNKNOWN } decision;

typedef struct {
    const profile *p;
    json **recs;
    size_t n;
    idlist checks, kos, crits;   /* ids in column order (borrowed strings) */
    category *cat;               /* per record */
    strbuf sb;
} ctx;

/* A check or knock-out of one record. */
typedef struct {
    bool knockout;
    const char *id;
    decision d;
    const char *raw;         /* the decision string as found (for unknown values) */
    const json *detail;      /* {"decision","reason","evidence"} or NULL */
} item;

static decision parse_decision(const char *s)
{
    if (!s)
        return DEC_MISSING;
    if (strcmp(s, "pass") == 0)
        return DEC_PASS;
    if (strcmp(s, "fail") == 0)
        return DEC_FAIL;
    if (strcmp(s, "review") == 0)
        return DEC_REVIEW;
    return DEC_UNKNOWN;
}

static const char *decision_word(decision d)
{
    switch (d) {
    case DEC_PASS: return T("voldoet");
    case DEC_FAIL: return T("voldoet niet");
    case DEC_REVIEW: return T("nader beoordelen");
    case DEC_UNKNOWN: return T("onbekend oordeel");
    case DEC_MISSING: break;
    }
    return T("geen oordeel");
}

static const requirement *find_req(const requirement *v, size_t n, const char *id)
{
    for (size_t i = 0; v && i < n; i++)
        if (v[i].id && strcmp(v[i].id, id) == 0)
            return &v[i];
    return NULL;
}

static const requirement *find_ko(const ctx *c, const char *id)
{
    return c->p ? find_req(c->p->knockouts, c->p->nknockouts, id) : NULL;
}

static const requirement *find_crit(const ctx *c, const char *id)
{
    return c->p ? find_req(c->p->criteria, c->p->ncriteria, id) : NULL;
}

static item make_item(const json *r, bool knockout, const char *id)
{
    item it = {knockout, id, DEC_MISSING, NULL, NULL};
    const json *dec = json_get(json_get(r, knockout ? "knockouts" : "checks"), id);
    const json *det = json_get(json_get(r, knockout ? "knockout_details" : "check_details"), id);
    it.detail = det && det->type == JSON_OBJECT ? det : NULL;
    it.raw = json_str(dec);
    if (!it.raw)
        it.raw = json_get_str(it.detail, "decision");
    it.d = parse_decision(it.raw);
    return it;
}

/* All checks, then all knock-outs, of a record; *n set.  Items absent from
 * the record are left out. */
static item *record_items(const ctx *c, const json *r, size_t *n)
{
    item *v = xcalloc(c->checks.n + c->kos.n + 1, sizeof *v);
    size_t k = 0;
    for (size_t i = 0; i < c->checks.n; i++) {
        item it = make_item(r, false, c->checks.v[i]);
        if (it.d != DEC_MISSING || it.detail)
            v[k++] = it;
    }
    for (size_t i = 0; i < c->kos.n; i++) {
        item it = make_item(r, true, c->kos.v[i]);
        if (it.d != DEC_MISSING || it.detail)
            v[k++] = it;
    }
    *n = k;
    return v;
}

/* Like the pipeline (score.c): only status "ok" is a readable record. */
static bool is_error_record(const json *r)
{
    const char *st = json_get_str(r, "status");
    return !st || strcmp(st, "ok") != 0;
}

static category classify(const ctx *c, const json *r)
{
    if (is_error_record(r))
        return CAT_ERROR;
    if (get_tri(json_get(r, "eligible")) == 1)
        return CAT_ELIGIBLE;
    size_t n;
    item *it = record_items(c, r, &n);
    bool fail = false;
    for (size_t i = 0; i < n; i++)
        if (it[i].d == DEC_FAIL)
            fail = true;
    free(it);
    return fail ? CAT_FAIL : CAT_REVIEW;
}

static void ctx_init(ctx *c, const profile *p, json **recs, size_t n)
{
    memset(c, 0, sizeof *c);
    c->p = p;
    c->recs = recs;
    c->n = recs ? n : 0;
    ids_add(&c->checks, "pages");
    ids_add(&c->checks, "dutch");
    ids_add(&c->checks, "references");
    if (p) {
        for (size_t i = 0; p->knockouts && i < p->nknockouts; i++)
            ids_add(&c->kos, p->knockouts[i].id);
        for (size_t i = 0; p->criteria && i < p->ncriteria; i++)
            ids_add(&c->crits, p->criteria[i].id);
    }
    for (size_t i = 0; i < c->n; i++) {
        const json *r = c->recs[i];
        ids_add_keys(&c->checks, json_get(r, "checks"));
        ids_add_keys(&c->checks, json_get(r, "check_details"));
        ids_add_keys(&c->kos, json_get(r, "knockouts"));
        ids_add_keys(&c->kos, json_get(r, "knockout_details"));
        ids_add_keys(&c->crits, json_get(r, "criteria"));
    }
    c->cat = xcalloc(c->n + 1, sizeof *c->cat);
    for (size_t i = 0; i < c->n; i++)
        c->cat[i] = classify(c, c->recs[i]);
}

static void ctx_free(ctx *c)
{
    free(c->checks.v);
    free(c->kos.v);
    free(c->crits.v);
    free(c->cat);
    sb_free(&c->sb);
}

/* Writes the buffer; 0 or -1 with *err. */
static int ctx_flush(ctx *c, FILE *out, char **err, const char *what)
{
    errno = 0;
    size_t len = c->sb.len;
    size_t w = len ? fwrite(c->sb.data, 1, len, out) : 0;
    int rc = 0;
    if (w != len || fflush(out) != 0 || ferror(out)) {
        int e = errno ? errno : EIO;
        if (err)
            *err = xasprintf(T("%s schrijven mislukt: %s"), what, strerror(e));
        rc = -1;
    }
    return rc;
}

/* A short name for a check, as the check stage names it in review_reasons
 * (check.c): used in the CSV reason column. */
static const char *check_name(const char *id)
{
    if (strcmp(id, "pages") == 0)
        return T("Paginalimiet");
    if (strcmp(id, "dutch") == 0)
        return T("Nederlandstalig");
    if (strcmp(id, "references") == 0)
        return T("Referenties");
    return NULL;
}

/* The requirement of a check in words, from the profile ("Maximaal 5 pagina's"). */
static char *check_requirement(const ctx *c, const char *id)
{
    const profile *p = c->p;
    if (strcmp(id, "pages") == 0)
        return p && p->max_pages > 0 ? xasprintf(T("Maximaal %d pagina's"), p->max_pages)
                                     : xstrdup(T("Aantal pagina's"));
    if (strcmp(id, "dutch") == 0) {
        if (!p || !p->language || strcmp(p->language, "nl") == 0)
            return xstrdup(T("Opgesteld in het Nederlands"));
        return NULL;   /* other language: the caller prints the code, escaped */
    }
    if (strcmp(id, "references") == 0)
        return p && p->min_references > 0
                   ? xasprintf(T("Minimaal %d referentie%s"), p->min_references,
                               p->min_references == 1 ? "" : "s")
                   : xstrdup(T("Referenties"));
    return NULL;
}

/* "Knock-out 3" / "Paginalimiet" (plain text, for reasons; id may be untrusted). */
static char *item_short_label(const item *it)
{
    if (it->knockout)
        return xasprintf(T("Knock-out %s"), it->id);
    const char *nm = check_name(it->id);
    return nm ? xstrdup(nm) : xasprintf(T("CV-eis %s"), it->id);
}

/* The reasons of a record's failed (want_fail) and/or review decisions, then
 * its review_reasons, without repeats, as "label: reason". */
static void record_reasons(const ctx *c, const json *r, bool want_fail, bool want_review,
                           strlist *out)
{
    size_t n;
    item *it = record_items(c, r, &n);
    for (int pass = 0; pass < 2; pass++) {
        decision want = pass == 0 ? DEC_FAIL : DEC_REVIEW;
        if ((want == DEC_FAIL && !want_fail) || (want == DEC_REVIEW && !want_review))
            continue;
        for (size_t i = 0; i < n; i++) {
            if (it[i].d != want)
                continue;
            char *label = item_short_label(&it[i]);
            const char *reason = nonempty(json_get_str(it[i].detail, "reason"));
            char *s = reason ? xasprintf("%s: %s", label, reason)
                             : xasprintf("%s: %s", label, decision_word(want));
            free(label);
            if (!reason || !sl_has_reason(out, reason))
                sl_push(out, s);
            else
                free(s);
        }
    }
    free(it);
    const json *rr = json_get(r, "review_reasons");
    if (want_review && rr && rr->type == JSON_ARRAY)
        for (size_t i = 0; i < rr->len; i++) {
            const char *s = nonempty(json_str(rr->items[i]));
            if (s && !sl_has_reason(out, s))
                sl_push(out, xstrdup(s));
        }
}

/* The problem of an unreadable file in plain Dutch. */
static const char *error_words(const char *code, const char *format)
{
    static const struct { const char *code, *words; } tab[] = {
        {"no_text", "Geen tekstlaag (gescand document?)"},
        {"corrupt", "Bestand is beschadigd"},
        {"empty", "Bestand is leeg"},
        {"unsupported_format", "Bestandsformaat wordt niet ondersteund (bijv. oud .doc)"},
        {"unsafe_xml", "Onveilige XML-constructies (entiteiten)"},
        {"too_large", "Bestand overschrijdt een limiet"},
        {"timeout", "Verwerking duurde te lang"},
        {"io", "Bestand kon niet worden gelezen"},
    };
    if (!code)
        return T("Bestand kon niet worden verwerkt (geen foutcode)");
    if (strcmp(code, "encrypted") == 0)
        return format && strcmp(format, "pdf") == 0 ? T("PDF is beveiligd met een wachtwoord")
                                                    : T("Document is beveiligd met een wachtwoord");
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (strcmp(code, tab[i].code) == 0)
            return T(tab[i].words);
    return T("Onbekende fout");
}

/* True when record r was ranked by the hourly rate against an equal score. */
static bool tie_by_rate(const json *r)
{
    return get_tri(json_get(r, "tie_break_rate")) == 1;
}

static const char TIE_TEXT[] = "gelijke score; lager uurtarief gaf de doorslag";
static const char TIE_OPEN_TEXT[] = "gelijke score; het uurtarief gaf geen doorslag";

/* True when r has an equal score to a neighbour that the rate did not decide. */
static bool tie_unresolved(const json *r)
{
    return get_tri(json_get(r, "tie_unresolved")) == 1;
}

/* The review_reasons of a record (the strings only). */
static size_t review_reason_count(const json *r)
{
    const json *rr = json_get(r, "review_reasons");
    size_t k = 0;
    for (size_t i = 0; rr && rr->type == JSON_ARRAY && i < rr->len; i++)
        k += nonempty(json_str(rr->items[i])) != NULL;
    return k;
}

/* The eligible records in rank order (stable: contract order among equals).
 * qsort on (rank, position): n log n, whatever order the records come in. */
typedef struct {
    double rank;
    size_t idx;
} rank_key;

static int cmp_rank_key(const void *pa, const void *pb)
{
    const rank_key *a = pa, *b = pb;
    if (a->rank != b->rank)
        return a->rank < b->rank ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static size_t *eligible_order(const ctx *c, size_t *n)
{
    rank_key *keys = xcalloc(c->n + 1, sizeof *keys);
    size_t k = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (c->cat[i] != CAT_ELIGIBLE)
            continue;
        keys[k].rank = INFINITY;          /* missing ranks last */
        get_num(json_get(c->recs[i], "rank"), &keys[k].rank);
        keys[k++].idx = i;
    }
    if (k > 1)
        qsort(keys, k, sizeof *keys, cmp_rank_key);
    size_t *v = xcalloc(c->n + 1, sizeof *v);
    for (size_t i = 0; i < k; i++)
        v[i] = keys[i].idx;
    free(keys);
    *n = k;
    return v;
}

/* ---- HTML --------------------------------------------------------------- */

/* Escaped text, at most max bytes of input (0: no limit; cut at a character
 * boundary, then "…").  Invalid UTF-8 and control characters become U+FFFD. */
/* Bytes that h_esc_n copies as they are: printable ASCII but & < > " '. */
static const unsigned char h_plain[128] = {
    [0x20] = 1, 1, 0 /* " */, 1, 1, 1, 0 /* & */, 0 /* ' */, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0 /* < */, 1, 0 /* > */, 1,      /* 0x30 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,      /* 0x40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,      /* 0x50 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,      /* 0x60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0 /* DEL */};

static void h_esc_n(strbuf *sb, const char *s, size_t max)
{
    if (!s)
        return;
    const unsigned char *u = (const unsigned char *)s;
    size_t len = strlen(s), i = 0;
    size_t end = max && max < len ? max : len;     /* no run goes past the cut */
    while (i < len) {
        if (max && i >= max) {
            sb_adds(sb, "…");
            return;
        }
        /* a run copied in one go: printable ASCII that needs no escape, and
         * characters beyond ASCII that are kept as they are (most of a quote) */
        size_t start = i;
        while (i < end) {
            if (u[i] < 0x80) {
                if (!h_plain[u[i]])
                    break;
                i++;
                continue;
            }
            uint32_t cp;
            size_t k = utf8_decode(u + i, len - i, &cp);
            if (k == 0 || cp <= 0x9F || cp == 0xFFFE || cp == 0xFFFF)
                break;          /* the careful way below */
            i += k;
        }
        if (i > start) {
            sb_add(sb, s + start, i - start);
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode(u + i, len - i, &cp);
        if (k == 0) {
            sb_adds(sb, REPLACEMENT);
            i++;
            continue;
        }
        switch (cp) {
        case '&': sb_adds(sb, "&amp;"); break;
        case '<': sb_adds(sb, "&lt;"); break;
        case '>': sb_adds(sb, "&gt;"); break;
        case '"': sb_adds(sb, "&quot;"); break;
        case '\'': sb_adds(sb, "&#39;"); break;
        case '\t': case '\n': case '\r': sb_addc(sb, ' '); break;
        default:
            if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xFFFE ||
                cp == 0xFFFF)
                sb_adds(sb, REPLACEMENT);
            else
                sb_add(sb, s + i, k);
        }
        i += k;
    }
}

static void h_esc(strbuf *sb, const char *s)
{
    h_esc_n(sb, s, 0);
}

/* Escaped s, or the (trusted) fallback when s is missing or empty. */
static void h_or(strbuf *sb, const char *s, const char *fallback)
{
    if (nonempty(s))
        h_esc(sb, s);
    else
        sb_adds(sb, fallback);
}

/* What blind screening leaves out. */
static void h_withheld(strbuf *sb)
{
    sb_adds(sb, T("<em>weggelaten (blind beoordelen)</em>"));
}

static void h_num(strbuf *sb, const json *v, const char *fallback)
{
    double x;
    char buf[64];
    if (get_num(v, &x)) {
        fmt_num(buf, x);
        sb_adds(sb, buf);
    } else {
        sb_adds(sb, fallback);
    }
}

static void h_money(strbuf *sb, const json *v, const char *fallback)
{
    double x;
    char buf[96];
    if (get_num(v, &x)) {
        fmt_money(buf, x);
        sb_adds(sb, buf);
    } else {
        sb_adds(sb, fallback);
    }
}

static void h_yesno(strbuf *sb, const json *v)
{
    int t = get_tri(v);
    sb_adds(sb, t == 1 ? T("ja") : t == 0 ? T("nee") : T("onbekend"));
}

static void h_decision(strbuf *sb, decision d, const char *raw)
{
    static const char *cls[] = {"none", "pass", "fail", "review", "none"};
    static const char *icon[] = {"–", "✓", "✗", "?", "–"};
    sb_addf(sb, "<span class=\"d %s\"><span aria-hidden=\"true\">%s</span> %s", cls[d], icon[d],
            decision_word(d));
    if (d == DEC_UNKNOWN && raw) {
        sb_adds(sb, " (");
        h_esc_n(sb, raw, 40);
        sb_adds(sb, ")");
    }
    sb_adds(sb, "</span>");
}

static const char *MONTHS_EN[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *MONTHS_LONG_EN[] = {"January", "February", "March", "April", "May", "June",
                                       "July", "August", "September", "October", "November",
                                       "December"};
static const char *MONTHS[] = {"jan", "feb", "mrt", "apr", "mei", "jun",
                               "jul", "aug", "sep", "okt", "nov", "dec"};
static const char *MONTHS_LONG[] = {"januari", "februari", "maart", "april", "mei", "juni",
                                    "juli", "augustus", "september", "oktober", "november",
                                    "december"};

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* "2015-03" -> "mrt 2015", "2015" -> "2015", anything else escaped as is. */
static void h_yearmonth(strbuf *sb, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (n == 7 && all_digits(s, 4) && s[4] == '-' && all_digits(s + 5, 2)) {
        int m = (s[5] - '0') * 10 + (s[6] - '0');
        if (m >= 1 && m <= 12) {
            const char *mon = g_en ? MONTHS_EN[m - 1] : MONTHS[m - 1];
            sb_addf(sb, "%s %.4s", mon, s);
            return;
        }
    }
    h_or(sb, s, "?");
}

/* "2025-11-25" -> "25 november 2025", anything else escaped as is. */
static void h_date(strbuf *sb, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (n == 10 && all_digits(s, 4) && s[4] == '-' && all_digits(s + 5, 2) && s[7] == '-' &&
        all_digits(s + 8, 2)) {
        int m = (s[5] - '0') * 10 + (s[6] - '0');
        int d = (s[8] - '0') * 10 + (s[9] - '0');
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
            if (g_en)
                sb_addf(sb, "%d %s %.4s", d, MONTHS_LONG_EN[m - 1], s);
            else
                sb_addf(sb, "%d %s %.4s", d, MONTHS_LONG[m - 1], s);
            return;
        }
    }
    h_or(sb, s, T("onbekend"));
}

static void h_months(strbuf *sb, double m)
{
    char buf[64];
    fmt_num(buf, m);
    if (g_en)
        sb_addf(sb, "%s month%s", buf, m == 1 ? "" : "s");
    else
        sb_addf(sb, "%s maand%s", buf, m == 1 ? "" : "en");
    if (m >= 12 && m == floor(m) && m < 1e6) {
        long y = (long)m / 12, r = (long)m % 12;
        if (g_en)
            sb_addf(sb, " (%ld year%s", y, y == 1 ? "" : "s");
        else
            sb_addf(sb, " (%ld jaar", y);
        if (r && g_en)
            sb_addf(sb, " and %ld month%s", r, r == 1 ? "" : "s");
        else if (r)
            sb_addf(sb, " en %ld maand%s", r, r == 1 ? "" : "en");
        sb_adds(sb, ")");
    }
}

/* The candidate's name (escaped) or a placeholder with the file name. */
static void h_name(strbuf *sb, const json *r)
{
    const char *name = nonempty(json_get_str(json_get(r, "candidate"), "name"));
    if (name) {
        h_esc(sb, name);
    } else {
        sb_adds(sb, T("<em>naam onbekend</em>"));
        const char *f = nonempty(base_name(json_get_str(r, "file")));
        if (f) {
            sb_adds(sb, " (");
            h_esc(sb, f);
            sb_adds(sb, ")");
        }
    }
}

static void h_name_link(strbuf *sb, const json *r, size_t idx)
{
    sb_addf(sb, "<a href=\"#k%zu\">", idx + 1);
    h_name(sb, r);
    sb_adds(sb, "</a>");
}

/* The evidence list of a decision or criterion. */
static void h_evidence(strbuf *sb, const json *ev)
{
    if (!ev || ev->type != JSON_ARRAY || ev->len == 0)
        return;
    sb_adds(sb, "<ul class=\"ev\">");
    size_t shown = 0, i = 0;
    for (; i < ev->len && shown < EV_MAX_ITEMS; i++) {
        const json *e = ev->items[i];
        const char *text = nonempty(json_get_str(e, "text"));
        double page;
        bool has_page = get_num(json_get(e, "page"), &page);
        if (!text && !has_page)
            continue;
        shown++;
        sb_adds(sb, "<li>");
        if (has_page) {
            char buf[64];
            fmt_num(buf, page);
            sb_add(sb, "p. ", 3);
            sb_adds(sb, buf);
        } else {
            sb_adds(sb, T("pagina onbekend"));
        }
        if (text) {
            sb_adds(sb, ": <q>“");
            h_esc_n(sb, text, EV_MAX_BYTES);
            sb_adds(sb, "”</q>");
        }
        const char *rule = nonempty(json_get_str(e, "rule"));
        if (rule) {
            sb_adds(sb, T(" <span class=\"rule\">(regel "));
            h_esc_n(sb, rule, 100);
            sb_adds(sb, ")</span>");
        }
        sb_adds(sb, "</li>");
    }
    if (shown == 0)
        sb_adds(sb, T("<li class=\"muted\">geen vindplaats vastgelegd</li>"));
    else if (i < ev->len)
        sb_addf(sb, T("<li class=\"muted\">… en nog %zu vindplaats%s</li>"), ev->len - i,
                ev->len - i == 1 ? "" : "en");
    sb_adds(sb, "</ul>");
}

/* The label of a check or knock-out: "CV-eis: Maximaal 5 pagina's" /
 * "Knock-out 3" + requirement text. */
static void h_item_label(const ctx *c, strbuf *sb, const item *it)
{
    if (it->knockout) {
        sb_adds(sb, "<strong>Knock-out ");
        h_esc_n(sb, it->id, 40);
        sb_adds(sb, "</strong>");
        const requirement *rq = find_ko(c, it->id);
        if (rq && nonempty(rq->text)) {
            sb_adds(sb, "<br><span class=\"req\">");
            h_esc(sb, rq->text);
            sb_adds(sb, "</span>");
        } else if (!rq) {
            sb_adds(sb, T("<br><span class=\"req\">(niet in het profiel)</span>"));
        }
        return;
    }
    sb_adds(sb, T("<strong>CV-eis</strong><br><span class=\"req\">"));
    char *req = check_requirement(c, it->id);
    if (req) {
        h_esc(sb, req);
        free(req);
    } else if (strcmp(it->id, "dutch") == 0) {
        sb_adds(sb, T("Opgesteld in taal "));
        h_esc_n(sb, c->p ? c->p->language : NULL, 20);
    } else {
        h_esc_n(sb, it->id, 60);
    }
    sb_adds(sb, "</span>");
}

/* One decision as a block (for the review and fail sections). */
static void h_item_block(const ctx *c, strbuf *sb, const item *it)
{
    sb_adds(sb, "<li>");
    h_item_label(c, sb, it);
    sb_adds(sb, "<br>");
    h_decision(sb, it->d, it->raw);
    sb_adds(sb, " — ");
    h_or(sb, json_get_str(it->detail, "reason"), T("<em>geen toelichting vastgelegd</em>"));
    h_evidence(sb, json_get(it->detail, "evidence"));
    sb_adds(sb, "</li>");
}

/* The file line under a name: "Jan.pdf". */
static void h_file_line(strbuf *sb, const json *r)
{
    if (g_blind) {
        sb_adds(sb, T("<span class=\"muted\">bestandsnaam weggelaten (blind beoordelen)</span>"));
        return;
    }
    sb_adds(sb, T("<span class=\"muted\">bestand "));
    h_or(sb, base_name(json_get_str(r, "file")), T("onbekend"));
    sb_adds(sb, "</span>");
}

static void html_head(ctx *c)
{
    strbuf *sb = &c->sb;
    const profile *p = c->p;
    sb_adds(sb,
            "<!DOCTYPE html>\n"
            "<html lang=\"");
    sb_adds(sb, g_en ? "en" : "nl");
    sb_adds(sb, "\">\n"
            "<head>\n"
            "<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"generator\" content=\"zeef\">\n");
    sb_adds(sb, T("<title>Beoordeling cv&#39;s — "));
    h_or(sb, p ? p->title : NULL, T("aanbesteding"));
    sb_adds(sb, "</title>\n<style>\n");
    sb_adds(sb,
            "@page { size: A4; margin: 15mm }\n"
            "html { background: #fff }\n"
            "body { margin: 0 auto; max-width: 62rem; padding: 1rem; color: #1a1a1a; background: #fff;"
            " font: 10.5pt/1.45 Arial, Helvetica, sans-serif }\n"
            "h1 { font-size: 1.6em; margin: 0 0 .3em }\n"
            "h2 { font-size: 1.3em; border-bottom: 2px solid #1a1a1a; padding-bottom: .15em; margin: 1.6em 0 .5em }\n"
            "h3 { font-size: 1.12em; margin: 1.2em 0 .4em }\n"
            "h4 { font-size: 1em; margin: 1em 0 .3em }\n"
            "a { color: #0b4f9c }\n"
            "a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px }\n"
            ".skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .3em .6em }\n"
            ".skip:focus { left: 1rem }\n"
            "table { width: 100%; border-collapse: collapse; margin: .4em 0 1em }\n"
            "caption { text-align: left; font-weight: bold; padding: .3em 0 }\n"
            "th, td { border: 1px solid #767676; padding: .25em .4em; text-align: left; vertical-align: top }\n"
            "td { word-break: break-word; overflow-wrap: anywhere }\n"
            "th { background: #ececec }\n"
            "table.items tbody th, table.crit tbody th { width: 30% }\n"
            ".num { text-align: right; white-space: nowrap }\n"
            "thead { display: table-header-group }\n"
            "tfoot { display: table-row-group }\n"
            "tr, li { break-inside: avoid; page-break-inside: avoid }\n"
            "dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: .4em 0 }\n"
            "dl.meta dt { font-weight: bold }\n"
            "dl.meta dd { margin: 0; overflow-wrap: anywhere }\n"
            ".hash { font-family: \"Courier New\", Courier, monospace; font-size: .85em; word-break: break-all }\n"
            ".muted, .req, .rule { color: #4a4a4a }\n"
            ".req { font-size: .92em }\n"
            ".rule { font-size: .85em }\n"
            ".d { white-space: nowrap; font-weight: bold; padding: 0 .3em; border: 1px solid currentColor; border-radius: 3px }\n"
            ".pass { color: #1b5e20; background: #e8f5e9 }\n"
            ".fail { color: #8e0000; background: #fdecea }\n"
            ".review { color: #6b4700; background: #fff3d6 }\n"
            ".none { color: #4a4a4a; background: #f2f2f2 }\n"
            ".star { font-weight: bold; white-space: nowrap }\n"
            ".tie { font-size: .9em }\n"
            "ul.ev { margin: .2em 0 .2em 1.2em; padding: 0 }\n"
            "ul.items { padding-left: 1.2em }\n"
            "ul.items > li { margin-bottom: .5em }\n"
            "q { quotes: none }\n"
            "#details { break-before: page; page-break-before: always }\n"
            "section.detail + section.detail { break-before: page; page-break-before: always }\n"
            "footer { margin-top: 2em; font-size: .9em; color: #4a4a4a }\n"
            "@media print {\n"
            "  body { max-width: none; padding: 0; font-size: 9.5pt }\n"
            "  a { color: inherit; text-decoration: none }\n"
            "  h2, h3, h4, caption { break-after: avoid; page-break-after: avoid }\n"
            "  .skip { display: none }\n"
            "  table.rank { font-size: 8.5pt }\n"
            "  table.rank th, table.rank td { padding: .2em .25em }\n"
            "  table.rank .d { padding: 0 .15em }\n"
            "}\n");
    sb_adds(sb, "</style>\n</head>\n<body>\n");
}

/* The profile's file name and sha256. */
static void h_profile_id(const ctx *c, strbuf *sb)
{
    const profile *p = c->p;
    sb_adds(sb, T("<dt>Profiel</dt><dd>"));
    h_or(sb, p ? base_name(p->path) : NULL, T("onbekend"));
    sb_adds(sb, T("</dd>\n<dt>sha256 profiel</dt><dd class=\"hash\">"));
    h_or(sb, p ? p->sha256 : NULL, T("onbekend"));
    sb_adds(sb, "</dd>\n");
}

static void html_header(ctx *c)
{
    strbuf *sb = &c->sb;
    const profile *p = c->p;
    size_t cnt[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < c->n; i++)
        cnt[c->cat[i]]++;

    sb_adds(sb, T("<a class=\"skip\" href=\"#geschikt\">Direct naar de rangorde</a>\n"));
    sb_adds(sb, T("<header>\n<p class=\"muted\">Beoordeling cv&#39;s op knock-outcriteria en gunningscriteria</p>\n<h1>"));
    h_or(sb, p ? p->title : NULL, T("Aanbesteding (titel onbekend)"));
    sb_adds(sb, T("</h1>\n<dl class=\"meta\">\n<dt>Opdrachtgever</dt><dd>"));
    h_or(sb, p ? p->organisation : NULL, T("onbekend"));
    sb_adds(sb, T("</dd>\n<dt>Sluitingsdatum</dt><dd>"));
    h_date(sb, p ? p->deadline : NULL);
    sb_adds(sb, "</dd>\n");
    if (p && nonempty(p->hours)) {
        sb_adds(sb, T("<dt>Uren</dt><dd>"));
        h_esc(sb, p->hours);
        sb_adds(sb, "</dd>\n");
    }
    if (p && nonempty(p->duration)) {
        sb_adds(sb, T("<dt>Duur</dt><dd>"));
        h_esc(sb, p->duration);
        sb_adds(sb, "</dd>\n");
    }
    if (p) {
        sb_adds(sb, T("<dt>CV-eisen</dt><dd>"));
        bool any = false;
        const char *ids[] = {"pages", "dutch", "references"};
        for (size_t i = 0; i < 3; i++) {
            char *req = check_requirement(c, ids[i]);
            if (!req && i == 1 && nonempty(p->language)) {
                sb_adds(sb, any ? "; " : "");
                sb_adds(sb, T("opgesteld in taal "));
                h_esc_n(sb, p->language, 20);
                any = true;
            }
            if (req) {
                sb_adds(sb, any ? "; " : "");
                h_esc(sb, req);
                any = true;
                free(req);
            }
        }
        sb_adds(sb, "</dd>\n");
        if (p->shortlist > 0)
            sb_addf(sb, T("<dt>Shortlist</dt><dd>de %d best scorende geschikte kandidaten</dd>\n"),
                    p->shortlist);
        if (p->tie_break_rate)
            sb_adds(sb, T("<dt>Bij gelijke score</dt><dd>het lagere uurtarief geeft de doorslag</dd>\n"));
    }
    h_profile_id(c, sb);
    if (g_blind)
        sb_adds(sb, T("<dt>Blind beoordelen</dt><dd>ja: naam, e-mail, telefoon, adres, geboortedatum"
                      " en leeftijd, geslacht, nationaliteit, bestandsnamen en sha256 zijn weggelaten,"
                      " ook uit de geciteerde cv-tekst. De kandidaten heten Kandidaat A, B, … in de"
                      " volgorde van de resultaten; de sleutel staat in een apart bestand.</dd>\n"));
    sb_addf(sb, T("<dt>Ingediende bestanden</dt><dd>%zu: "), c->n);
    sb_addf(sb, T("<a href=\"#geschikt\">%zu geschikt</a>, "), cnt[CAT_ELIGIBLE]);
    sb_addf(sb, T("<a href=\"#nader\">%zu nader beoordelen</a>, "), cnt[CAT_REVIEW]);
    sb_addf(sb, T("<a href=\"#niet-geschikt\">%zu niet geschikt</a>, "), cnt[CAT_FAIL]);
    sb_addf(sb, T("<a href=\"#onleesbaar\">%zu onleesbaar</a></dd>\n"), cnt[CAT_ERROR]);
    sb_adds(sb, "</dl>\n");

    /* knock-outs */
    sb_adds(sb, T("<section aria-labelledby=\"h-ko\">\n<h2 id=\"h-ko\">Knock-outcriteria</h2>\n"));
    if (c->kos.n == 0) {
        sb_adds(sb, T("<p>Geen knock-outcriteria in het profiel.</p>\n"));
    } else {
        sb_adds(sb, T("<table class=\"req-table\">\n<caption>Knock-outcriteria (eisen): een kandidaat"
                    " die op één ervan niet voldoet, wordt niet verder beoordeeld</caption>\n"
                    "<thead><tr><th scope=\"col\">Nr.</th><th scope=\"col\">Eis</th></tr></thead>\n<tbody>\n"));
        for (size_t i = 0; i < c->kos.n; i++) {
            const requirement *rq = find_ko(c, c->kos.v[i]);
            sb_adds(sb, "<tr><th scope=\"row\">");
            h_esc_n(sb, c->kos.v[i], 40);
            sb_adds(sb, "</th><td>");
            h_or(sb, rq ? rq->text : NULL, T("<em>niet in het profiel (alleen in de resultaten)</em>"));
            sb_adds(sb, "</td></tr>\n");
        }
        sb_adds(sb, "</tbody>\n</table>\n");
    }
    sb_adds(sb, "</section>\n");

    /* criteria */
    sb_adds(sb, T("<section aria-labelledby=\"h-crit\">\n<h2 id=\"h-crit\">Gunningscriteria</h2>\n"));
    if (c->crits.n == 0) {
        sb_adds(sb, T("<p>Geen gunningscriteria in het profiel.</p>\n"));
    } else {
        sb_adds(sb, T("<table class=\"req-table\">\n<caption>Gunningscriteria en maximale punten</caption>\n"
                    "<thead><tr><th scope=\"col\">Nr.</th><th scope=\"col\">Criterium</th>"
                    "<th scope=\"col\" class=\"num\">Max. punten</th></tr></thead>\n<tbody>\n"));
        double total = 0;
        for (size_t i = 0; i < c->crits.n; i++) {
            const requirement *rq = find_crit(c, c->crits.v[i]);
            sb_adds(sb, "<tr><th scope=\"row\">");
            h_esc_n(sb, c->crits.v[i], 40);
            sb_adds(sb, "</th><td>");
            h_or(sb, rq ? rq->text : NULL, T("<em>niet in het profiel (alleen in de resultaten)</em>"));
            sb_adds(sb, "</td><td class=\"num\">");
            if (rq && isfinite(rq->points)) {
                char buf[64];
                fmt_num(buf, rq->points);
                sb_adds(sb, buf);
                total += rq->points;
            } else {
                sb_adds(sb, "?");
            }
            sb_adds(sb, "</td></tr>\n");
        }
        char buf[64];
        fmt_num(buf, p && p->total_points > 0 ? p->total_points : total);
        sb_addf(sb, T("</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"2\">Totaal</th>"
                    "<td class=\"num\">%s</td></tr></tfoot>\n</table>\n"), buf);
    }
    sb_adds(sb, "</section>\n</header>\n");
}

/* The verdict of one check in a table cell. */
static void h_check_cell(strbuf *sb, const json *r, const char *id)
{
    item it = make_item(r, false, id);
    sb_adds(sb, "<td>");
    h_decision(sb, it.d, it.raw);
    sb_adds(sb, "</td>");
}

/* The ranks of the other eligible records with the same score as r ("2, 3"). */
static void h_tie_partners(const ctx *c, strbuf *sb, const size_t *order, size_t ne, size_t pos)
{
    /* order is by rank, so the candidates with the same score are the run
     * around pos: found in time and written in space proportional to the
     * run (a thousand equal scores must not make the report quadratic).
     * Up to TIE_LIST others are named; a longer run is given as a range. */
    enum { TIE_LIST = 4 };
    double s, t;
    if (!get_num(json_get(c->recs[order[pos]], "score"), &s))
        return;
    size_t a = pos, b = pos + 1;
    while (a > 0 && get_num(json_get(c->recs[order[a - 1]], "score"), &t) && t == s)
        a--;
    while (b < ne && get_num(json_get(c->recs[order[b]], "score"), &t) && t == s)
        b++;
    if (b - a < 2)
        return;
    char buf[64], buf2[64];
    double rk;
    if (b - a - 1 > TIE_LIST) {
        double r1 = 0, r2 = 0;
        get_num(json_get(c->recs[order[a]], "rank"), &r1);
        get_num(json_get(c->recs[order[b - 1]], "rank"), &r2);
        fmt_num(buf, r1);
        fmt_num(buf2, r2);
        sb_addf(sb, T(" (gelijk met rang %s–%s)"), buf, buf2);
        return;
    }
    bool first = true;
    for (size_t k = a; k < b; k++) {
        if (k == pos)
            continue;
        if (get_num(json_get(c->recs[order[k]], "rank"), &rk))
            fmt_num(buf, rk);
        else
            snprintf(buf, sizeof buf, "?");
        sb_adds(sb, first ? T(" (gelijk met rang ") : ", ");
        sb_adds(sb, buf);
        first = false;
    }
    sb_adds(sb, ")");
}

static void html_eligible(ctx *c)
{
    strbuf *sb = &c->sb;
    size_t ne;
    size_t *order = eligible_order(c, &ne);
    sb_adds(sb, "<section id=\"geschikt\" aria-labelledby=\"h-geschikt\">\n");
    sb_adds(sb, T("<h2 id=\"h-geschikt\">Geschikt</h2>\n"));
    if (ne == 0) {
        sb_adds(sb, T("<p>Geen enkele kandidaat voldoet aan alle CV-eisen en knock-outcriteria.</p>\n"));
        sb_adds(sb, "</section>\n");
        free(order);
        return;
    }
    sb_adds(sb, T("<p>Deze kandidaten voldoen aan alle CV-eisen en knock-outcriteria. Ze zijn"
                " gerangschikt op totaalscore; bij een gelijke score gaat het lagere uurtarief"
                " voor (zonder vermeld uurtarief volgt de kandidaat na wie er wel een noemt).</p>\n"));
    sb_adds(sb, "<p class=\"legend\"><span class=\"star\">★ shortlist</span> = ");
    if (c->p && c->p->shortlist > 0)
        sb_addf(sb, T("behoort tot de %d best scorende kandidaten die aan de opdrachtgever worden"
                    " voorgelegd."), c->p->shortlist);
    else
        sb_adds(sb, T("wordt aan de opdrachtgever voorgelegd."));
    sb_addf(sb, T(" „%s” = bij gelijke score bepaalde het uurtarief de volgorde.</p>\n"), T(TIE_TEXT));

    sb_adds(sb, T("<table class=\"rank\">\n<caption>Rangorde van de geschikte kandidaten</caption>\n"
                "<thead><tr><th scope=\"col\" class=\"num\">Rang</th><th scope=\"col\">Kandidaat</th>"
                "<th scope=\"col\" class=\"num\">Totaal</th>"));
    for (size_t i = 0; i < c->crits.n; i++) {
        const requirement *rq = find_crit(c, c->crits.v[i]);
        sb_adds(sb, "<th scope=\"col\" class=\"num\">Crit. ");
        h_esc_n(sb, c->crits.v[i], 20);
        if (rq && isfinite(rq->points)) {
            char buf[64];
            fmt_num(buf, rq->points);
            sb_addf(sb, "<br><span class=\"muted\">max %s</span>", buf);
        }
        sb_adds(sb, "</th>");
    }
    sb_adds(sb, T("<th scope=\"col\" class=\"num\">Uurtarief</th><th scope=\"col\">Pagina&#39;s</th>"
                "<th scope=\"col\">Nederlands</th><th scope=\"col\">Referenties</th></tr></thead>\n<tbody>\n"));
    for (size_t k = 0; k < ne; k++) {
        size_t i = order[k];
        const json *r = c->recs[i];
        bool sl = get_tri(json_get(r, "shortlisted")) == 1;
        sb_addf(sb, "<tr%s><td class=\"num\">", sl ? " class=\"shortlist\"" : "");
        h_num(sb, json_get(r, "rank"), "?");
        sb_adds(sb, "</td><th scope=\"row\">");
        h_name_link(sb, r, i);
        if (sl)
            sb_adds(sb, " <span class=\"star\">★ shortlist</span>");
        if (tie_by_rate(r) || tie_unresolved(r)) {
            sb_addf(sb, "<br><span class=\"tie\">%s", tie_by_rate(r) ? T(TIE_TEXT) : T(TIE_OPEN_TEXT));
            h_tie_partners(c, sb, order, ne, k);
            sb_adds(sb, "</span>");
        }
        size_t nrr = review_reason_count(r);
        if (nrr)
            sb_addf(sb, T("<br><span class=\"d review\"><span aria-hidden=\"true\">?</span> nader"
                        " beoordelen: %zu punt%s</span>"), nrr, nrr == 1 ? "" : "en");
        sb_adds(sb, "</th><td class=\"num\"><strong>");
        h_num(sb, json_get(r, "score"), "–");
        sb_adds(sb, "</strong></td>");
        for (size_t j = 0; j < c->crits.n; j++) {
            sb_adds(sb, "<td class=\"num\">");
            h_num(sb, json_get(json_get(json_get(r, "criteria"), c->crits.v[j]), "points"), "–");
            sb_adds(sb, "</td>");
        }
        sb_adds(sb, "<td class=\"num\">");
        h_money(sb, json_get(r, "hourly_rate"), T("niet vermeld"));
        sb_adds(sb, "</td>");
        h_check_cell(sb, r, "pages");
        h_check_cell(sb, r, "dutch");
        h_check_cell(sb, r, "references");
        sb_adds(sb, "</tr>\n");
    }
    sb_adds(sb, "</tbody>\n</table>\n");

    /* review points of eligible candidates (e.g. a criterion that got 0 points
     * because it could not be decided): they may change the ranking */
    bool any = false;
    for (size_t k = 0; k < ne; k++) {
        const json *r = c->recs[order[k]];
        const json *rr = json_get(r, "review_reasons");
        if (!review_reason_count(r))
            continue;
        if (!any)
            sb_adds(sb, T("<h3>Nader te beoordelen bij geschikte kandidaten</h3>\n<p>Deze punten"
                        " kunnen de score en dus de rangorde veranderen.</p>\n<ul class=\"items\">\n"));
        any = true;
        sb_adds(sb, "<li>");
        h_name_link(sb, r, order[k]);
        sb_adds(sb, "<ul>");
        for (size_t j = 0; j < rr->len; j++) {
            const char *t = nonempty(json_str(rr->items[j]));
            if (!t)
                continue;
            sb_adds(sb, "<li>");
            h_esc(sb, t);
            sb_adds(sb, "</li>");
        }
        sb_adds(sb, "</ul></li>\n");
    }
    if (any)
        sb_adds(sb, "</ul>\n");
    sb_adds(sb, "</section>\n");
    free(order);
}

static void html_review(ctx *c)
{
    strbuf *sb = &c->sb;
    sb_adds(sb, "<section id=\"nader\" aria-labelledby=\"h-nader\">\n");
    sb_adds(sb, T("<h2 id=\"h-nader\">Nader beoordelen</h2>\n"));
    size_t cnt = 0;
    for (size_t i = 0; i < c->n; i++)
        cnt += c->cat[i] == CAT_REVIEW;
    if (cnt == 0) {
        sb_adds(sb, T("<p>Geen kandidaten om nader te beoordelen.</p>\n</section>\n"));
        return;
    }
    sb_adds(sb, T("<p>Bij deze kandidaten kon niet veilig automatisch worden beslist. Een beoordelaar"
                " moet de genoemde punten in het cv nakijken.</p>\n"));
    for (size_t i = 0; i < c->n; i++) {
        if (c->cat[i] != CAT_REVIEW)
            continue;
        const json *r = c->recs[i];
        sb_adds(sb, "<article class=\"case\">\n<h3>");
        h_name_link(sb, r, i);
        sb_adds(sb, "</h3>\n<p>");
        h_file_line(sb, r);
        sb_adds(sb, "</p>\n<ul class=\"items\">\n");
        size_t n;
        item *it = record_items(c, r, &n);
        strlist seen = {0};
        size_t shown = 0;
        for (size_t k = 0; k < n; k++) {
            if (it[k].d != DEC_REVIEW && it[k].d != DEC_UNKNOWN)
                continue;
            h_item_block(c, sb, &it[k]);
            const char *reason = nonempty(json_get_str(it[k].detail, "reason"));
            if (reason)
                sl_push(&seen, xstrdup(reason));
            shown++;
        }
        const json *rr = json_get(r, "review_reasons");
        for (size_t k = 0; rr && rr->type == JSON_ARRAY && k < rr->len; k++) {
            const char *s = nonempty(json_str(rr->items[k]));
            if (!s || sl_has_reason(&seen, s))
                continue;
            sl_push(&seen, xstrdup(s));
            sb_adds(sb, "<li>");
            h_decision(sb, DEC_REVIEW, NULL);
            sb_adds(sb, " — ");
            h_esc(sb, s);
            sb_adds(sb, "</li>\n");
            shown++;
        }
        if (shown == 0)
            sb_adds(sb, T("<li>Het resultaat bevat geen eindoordeel en geen reden; beoordeel dit cv"
                        " volledig handmatig.</li>\n"));
        sl_free(&seen);
        free(it);
        sb_adds(sb, "</ul>\n</article>\n");
    }
    sb_adds(sb, "</section>\n");
}

static void html_fail(ctx *c)
{
    strbuf *sb = &c->sb;
    sb_adds(sb, "<section id=\"niet-geschikt\" aria-labelledby=\"h-niet\">\n");
    sb_adds(sb, T("<h2 id=\"h-niet\">Niet geschikt</h2>\n"));
    size_t cnt = 0;
    for (size_t i = 0; i < c->n; i++)
        cnt += c->cat[i] == CAT_FAIL;
    if (cnt == 0) {
        sb_adds(sb, T("<p>Geen kandidaten afgewezen.</p>\n</section>\n"));
        return;
    }
    sb_adds(sb, T("<p>Deze kandidaten voldoen niet aan ten minste één CV-eis of knock-outcriterium"
                " en worden niet verder beoordeeld. Per eis staat de reden en de tekst uit het cv"
                " waarop die berust.</p>\n"));
    for (size_t i = 0; i < c->n; i++) {
        if (c->cat[i] != CAT_FAIL)
            continue;
        const json *r = c->recs[i];
        sb_adds(sb, "<article class=\"case\">\n<h3>");
        h_name_link(sb, r, i);
        sb_adds(sb, "</h3>\n<p>");
        h_file_line(sb, r);
        sb_adds(sb, "</p>\n<ul class=\"items\">\n");
        size_t n;
        item *it = record_items(c, r, &n);
        for (size_t k = 0; k < n; k++)
            if (it[k].d == DEC_FAIL)
                h_item_block(c, sb, &it[k]);
        bool any_review = false;
        for (size_t k = 0; k < n; k++)
            if (it[k].d == DEC_REVIEW)
                any_review = true;
        sb_adds(sb, "</ul>\n");
        if (any_review) {
            sb_adds(sb, T("<p>Daarnaast nader te beoordelen:</p>\n<ul class=\"items\">\n"));
            for (size_t k = 0; k < n; k++)
                if (it[k].d == DEC_REVIEW)
                    h_item_block(c, sb, &it[k]);
            sb_adds(sb, "</ul>\n");
        }
        free(it);
        sb_adds(sb, "</article>\n");
    }
    sb_adds(sb, "</section>\n");
}

/* A document that arrived more than once is one submission.  zeef's drop
 * folder (dropcommon.c) gives such a record an "arrivals" array, one member
 * per arrival of the same bytes (same sha256): {"arrival", "file",
 * "received", ...}.  With two or more, the report says so and lists each
 * arrival's file name and time (in a blind report only the count). */
static void h_arrivals(strbuf *sb, const json *r, const char *before)
{
    const json *arr = json_get(r, "arrivals");
    if (!arr || arr->type != JSON_ARRAY || arr->len < 2)
        return;
    sb_adds(sb, before);
    sb_addf(sb, T("%zu keer ontvangen, met dezelfde inhoud (sha256): één inzending"), arr->len);
    if (!g_blind) {
        sb_adds(sb, "<ul class=\"arrivals\">");
        for (size_t i = 0; i < arr->len && i < EV_MAX_ITEMS; i++) {
            sb_adds(sb, "<li>");
            h_or(sb, json_get_str(arr->items[i], "file"), T("onbekend"));
            const char *when = nonempty(json_get_str(arr->items[i], "received"));
            if (when) {
                sb_adds(sb, " <span class=\"muted\">");
                h_esc_n(sb, when, 40);
                sb_adds(sb, "</span>");
            }
            sb_adds(sb, "</li>");
        }
        if (arr->len > EV_MAX_ITEMS)
            sb_addf(sb, T("<li>en nog %zu</li>"), arr->len - EV_MAX_ITEMS);
        sb_adds(sb, "</ul>");
    }
}


static void html_errors(ctx *c)
{
    strbuf *sb = &c->sb;
    sb_adds(sb, "<section id=\"onleesbaar\" aria-labelledby=\"h-onleesbaar\">\n");
    sb_adds(sb, T("<h2 id=\"h-onleesbaar\">Onleesbare bestanden</h2>\n"));
    size_t cnt = 0;
    for (size_t i = 0; i < c->n; i++)
        cnt += c->cat[i] == CAT_ERROR;
    if (cnt == 0) {
        sb_adds(sb, T("<p>Alle bestanden konden worden gelezen.</p>\n</section>\n"));
        return;
    }
    sb_adds(sb, T("<p>Deze bestanden konden niet worden gelezen en zijn dus niet beoordeeld. Vraag"
                " zo nodig een leesbare versie op.</p>\n"
                "<table class=\"errors\">\n<caption>Onleesbare bestanden</caption>\n"
                "<thead><tr><th scope=\"col\">Bestand</th><th scope=\"col\">Probleem</th>"
                "<th scope=\"col\">Technische melding</th></tr></thead>\n<tbody>\n"));
    for (size_t i = 0; i < c->n; i++) {
        if (c->cat[i] != CAT_ERROR)
            continue;
        const json *r = c->recs[i];
        const json *e = json_get(r, "error");
        const char *code = nonempty(json_get_str(e, "code"));
        sb_adds(sb, "<tr><th scope=\"row\">");
        h_or(sb, json_get_str(r, "file"), T("<em>onbekend</em>"));
        sb_adds(sb, "<br><span class=\"hash\">sha256 ");
        if (g_blind)
            h_withheld(sb);
        else
            h_or(sb, json_get_str(r, "sha256"), T("onbekend"));
        sb_adds(sb, "</span>");
        h_arrivals(sb, r, "<br>");
        sb_adds(sb, "</th><td>");
        sb_adds(sb, error_words(code, json_get_str(r, "format")));
        if (code) {
            sb_adds(sb, " <span class=\"muted\">(");
            h_esc_n(sb, code, 60);
            sb_adds(sb, ")</span>");
        }
        sb_adds(sb, "</td><td>");
        h_or(sb, json_get_str(e, "message"), T("<em>geen melding</em>"));
        sb_adds(sb, "</td></tr>\n");
    }
    sb_adds(sb, "</tbody>\n</table>\n</section>\n");
}

/* The facts of one readable record. */
static void h_facts(const ctx *c, strbuf *sb, const json *r, size_t idx)
{
    const json *cand = json_get(r, "candidate");
    const json *lang = json_get(r, "language");
    const json *refs = json_get(r, "references");
    double x;
    sb_adds(sb, T("<dl class=\"meta\">\n<dt>Oordeel</dt><dd>"));
    switch (c->cat[idx]) {
    case CAT_ELIGIBLE:
        sb_adds(sb, T("<span class=\"d pass\"><span aria-hidden=\"true\">✓</span> geschikt</span>"));
        if (get_num(json_get(r, "rank"), &x)) {
            char buf[64];
            fmt_num(buf, x);
            sb_addf(sb, T(", rang %s"), buf);
        }
        if (get_tri(json_get(r, "shortlisted")) == 1)
            sb_adds(sb, " <span class=\"star\">★ shortlist</span>");
        if (tie_by_rate(r))
            sb_addf(sb, " (%s)", T(TIE_TEXT));
        else if (tie_unresolved(r))
            sb_addf(sb, " (%s)", T(TIE_OPEN_TEXT));
        break;
    case CAT_FAIL:
        sb_adds(sb, T("<span class=\"d fail\"><span aria-hidden=\"true\">✗</span> niet geschikt</span>"));
        break;
    default:
        sb_adds(sb, T("<span class=\"d review\"><span aria-hidden=\"true\">?</span> nader beoordelen</span>"));
        break;
    }
    sb_adds(sb, T("</dd>\n<dt>Totaalscore</dt><dd>"));
    h_num(sb, json_get(r, "score"), "–");
    if (c->p && c->p->total_points > 0) {
        char buf[64];
        fmt_num(buf, c->p->total_points);
        sb_addf(sb, T(" van %s"), buf);
    }
    sb_adds(sb, T("</dd>\n<dt>Bestand</dt><dd>"));
    if (g_blind)
        h_withheld(sb);
    else
        h_or(sb, json_get_str(r, "file"), T("onbekend"));
    sb_adds(sb, "</dd>\n<dt>sha256</dt><dd class=\"hash\">");
    if (g_blind)
        h_withheld(sb);
    else
        h_or(sb, json_get_str(r, "sha256"), T("onbekend"));
    h_arrivals(sb, r, T("</dd>\n<dt>Ingediend</dt><dd>"));
    sb_adds(sb, T("</dd>\n<dt>Formaat</dt><dd>"));
    const char *fmt = json_get_str(r, "format");
    if (fmt && strcmp(fmt, "pdf") == 0)
        sb_adds(sb, "PDF");
    else if (fmt && strcmp(fmt, "docx") == 0)
        sb_adds(sb, "Word (DOCX)");
    else
        h_or(sb, fmt, T("onbekend"));
    sb_adds(sb, T("</dd>\n<dt>Pagina&#39;s</dt><dd>"));
    h_num(sb, json_get(r, "pages"), T("onbekend"));
    if (get_tri(json_get(r, "pages_exact")) == 0)
        sb_adds(sb, T(" (geschat)"));
    sb_adds(sb, "</dd>\n<dt>E-mail</dt><dd>");
    if (g_blind)
        h_withheld(sb);
    else
        h_or(sb, json_get_str(cand, "email"), T("niet gevonden"));
    sb_adds(sb, T("</dd>\n<dt>Telefoon</dt><dd>"));
    if (g_blind)
        h_withheld(sb);
    else
        h_or(sb, json_get_str(cand, "phone"), T("niet gevonden"));
    sb_adds(sb, T("</dd>\n<dt>Taal</dt><dd>"));
    const char *code = json_get_str(lang, "code");
    if (code && strcmp(code, "nl") == 0)
        sb_adds(sb, T("Nederlands"));
    else
        h_or(sb, code, T("onbekend"));
    if (get_num(json_get(lang, "dutch_ratio"), &x))
        sb_addf(sb, T("; %.0f%% van de woorden Nederlands"), round(x * 100) + 0.0);
    sb_adds(sb, "</dd>\n<dt>ZZP</dt><dd>");
    h_yesno(sb, json_get(r, "zzp"));
    sb_adds(sb, T("</dd>\n<dt>Uurtarief</dt><dd>"));
    h_money(sb, json_get(r, "hourly_rate"), T("niet vermeld"));
    sb_adds(sb, T("</dd>\n<dt>Referenties</dt><dd>"));
    h_num(sb, json_get(refs, "count"), T("onbekend"));
    if (get_tri(json_get(refs, "on_request")) == 1)
        sb_adds(sb, T("; &quot;op aanvraag&quot; vermeld"));
    sb_adds(sb, "</dd>\n</dl>\n");
}

static void h_detail_items(const ctx *c, strbuf *sb, const json *r)
{
    size_t n;
    item *it = record_items(c, r, &n);
    sb_adds(sb, T("<table class=\"items\">\n<caption>CV-eisen en knock-outcriteria</caption>\n"
                "<thead><tr><th scope=\"col\">Eis</th><th scope=\"col\">Oordeel</th>"
                "<th scope=\"col\">Toelichting en bewijs uit het cv</th></tr></thead>\n<tbody>\n"));
    if (n == 0)
        sb_adds(sb, T("<tr><td colspan=\"3\">Geen oordelen vastgelegd.</td></tr>\n"));
    for (size_t k = 0; k < n; k++) {
        sb_adds(sb, "<tr><th scope=\"row\">");
        h_item_label(c, sb, &it[k]);
        sb_adds(sb, "</th><td>");
        h_decision(sb, it[k].d, it[k].raw);
        sb_adds(sb, "</td><td>");
        h_or(sb, json_get_str(it[k].detail, "reason"), T("<em>geen toelichting vastgelegd</em>"));
        h_evidence(sb, json_get(it[k].detail, "evidence"));
        sb_adds(sb, "</td></tr>\n");
    }
    sb_adds(sb, "</tbody>\n</table>\n");
    free(it);
}

static void h_detail_criteria(const ctx *c, strbuf *sb, const json *r)
{
    const json *crit = json_get(r, "criteria");
    if (!crit || crit->type != JSON_OBJECT) {
        sb_adds(sb, T("<p>Gunningscriteria: niet beoordeeld.</p>\n"));
        return;
    }
    sb_adds(sb, T("<table class=\"crit\">\n<caption>Gunningscriteria</caption>\n"
                "<thead><tr><th scope=\"col\">Criterium</th><th scope=\"col\" class=\"num\">Punten</th>"
                "<th scope=\"col\">Toelichting en bewijs uit het cv</th></tr></thead>\n<tbody>\n"));
    for (size_t k = 0; k < c->crits.n; k++) {
        const char *id = c->crits.v[k];
        const json *e = json_get(crit, id);
        const requirement *rq = find_crit(c, id);
        sb_adds(sb, T("<tr><th scope=\"row\"><strong>Criterium "));
        h_esc_n(sb, id, 40);
        sb_adds(sb, "</strong>");
        if (rq && nonempty(rq->text)) {
            sb_adds(sb, "<br><span class=\"req\">");
            h_esc(sb, rq->text);
            sb_adds(sb, "</span>");
        }
        sb_adds(sb, "</th><td class=\"num\">");
        h_num(sb, json_get(e, "points"), "–");
        sb_adds(sb, " / ");
        double mx;
        if (get_num(json_get(e, "max"), &mx)) {
            char buf[64];
            fmt_num(buf, mx);
            sb_adds(sb, buf);
        } else if (rq && isfinite(rq->points)) {
            char buf[64];
            fmt_num(buf, rq->points);
            sb_adds(sb, buf);
        } else {
            sb_adds(sb, "?");
        }
        const char *cd = json_get_str(e, "decision");
        if (cd && strcmp(cd, "pass") != 0 && strcmp(cd, "fail") != 0) {
            sb_adds(sb, "<br>");
            h_decision(sb, parse_decision(cd), cd);
        }
        sb_adds(sb, "</td><td>");
        if (!e)
            sb_adds(sb, T("<em>niet beoordeeld</em>"));
        else
            h_or(sb, json_get_str(e, "reason"), T("<em>geen toelichting vastgelegd</em>"));
        h_evidence(sb, json_get(e, "evidence"));
        sb_adds(sb, "</td></tr>\n");
    }
    sb_adds(sb, "</tbody>\n</table>\n");
}

static void h_detail_positions(strbuf *sb, const json *r)
{
    const json *exp = json_get(r, "experience");
    const json *pos = json_get(exp, "positions");
    double cm;
    bool has_cm = get_num(json_get(exp, "coord_months"), &cm);
    sb_adds(sb, T("<table class=\"positions\">\n<caption>Werkervaring</caption>\n"
                "<thead><tr><th scope=\"col\">Functie</th><th scope=\"col\">Werkgever</th>"
                "<th scope=\"col\">Periode</th><th scope=\"col\" class=\"num\">Maanden</th>"
                "<th scope=\"col\">Relevant</th><th scope=\"col\" class=\"num\">Pagina</th></tr></thead>\n<tbody>\n"));
    size_t rows = 0;
    for (size_t k = 0; pos && pos->type == JSON_ARRAY && k < pos->len; k++) {
        const json *e = pos->items[k];
        if (!e || e->type != JSON_OBJECT)
            continue;
        rows++;
        sb_adds(sb, "<tr><td>");
        h_or(sb, json_get_str(e, "title"), T("<em>onbekend</em>"));
        sb_adds(sb, "</td><td>");
        h_or(sb, json_get_str(e, "employer"), T("<em>onbekend</em>"));
        sb_adds(sb, "</td><td>");
        h_yearmonth(sb, json_get_str(e, "start"));
        sb_adds(sb, " – ");
        const json *end = json_get(e, "end");
        if (json_is_null(end))
            sb_adds(sb, T("heden"));
        else
            h_yearmonth(sb, json_str(end));
        sb_adds(sb, "</td><td class=\"num\">");
        h_num(sb, json_get(e, "months"), "?");
        sb_adds(sb, "</td><td>");
        h_yesno(sb, json_get(e, "relevant"));
        sb_adds(sb, "</td><td class=\"num\">");
        h_num(sb, json_get(e, "page"), "?");
        sb_adds(sb, "</td></tr>\n");
    }
    if (rows == 0)
        sb_adds(sb, T("<tr><td colspan=\"6\">Geen functies gevonden.</td></tr>\n"));
    sb_adds(sb, T("</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"3\">Relevante ervaring in totaal"
                " (overlappende perioden één keer geteld)</th><td colspan=\"3\">"));
    if (has_cm)
        h_months(sb, cm);
    else
        sb_adds(sb, T("onbekend"));
    sb_adds(sb, "</td></tr></tfoot>\n</table>\n");
}

static void h_level(strbuf *sb, const char *lv)
{
    static const struct { const char *k, *v; } tab[] = {
        {"wo", "WO"}, {"hbo", "HBO"}, {"ad", "Associate degree"}, {"mbo", "MBO"}, {"none", "geen"},
    };
    for (size_t i = 0; lv && i < sizeof tab / sizeof tab[0]; i++)
        if (strcmp(lv, tab[i].k) == 0) {
            sb_adds(sb, T(tab[i].v));
            return;
        }
    h_or(sb, lv, T("onbekend"));
}

static void h_detail_education(strbuf *sb, const json *r)
{
    const json *ed = json_get(r, "education");
    const json *en = json_get(ed, "entries");
    sb_adds(sb, T("<p>Hoogste niveau: "));
    h_level(sb, json_get_str(ed, "highest_level"));
    sb_adds(sb, T("; afgeronde hbo-bachelor of hoger: "));
    h_yesno(sb, json_get(ed, "hbo_bachelor_completed"));
    sb_adds(sb, T("; afgeronde hbo-bachelor MWD / Social Work: "));
    h_yesno(sb, json_get(ed, "mwd"));
    sb_adds(sb, T(".</p>\n<table class=\"education\">\n<caption>Opleiding</caption>\n"
                "<thead><tr><th scope=\"col\">Opleiding</th><th scope=\"col\">Niveau</th>"
                "<th scope=\"col\">Afgerond</th><th scope=\"col\" class=\"num\">Pagina</th></tr></thead>\n<tbody>\n"));
    size_t rows = 0;
    for (size_t k = 0; en && en->type == JSON_ARRAY && k < en->len; k++) {
        const json *e = en->items[k];
        if (!e || e->type != JSON_OBJECT)
            continue;
        rows++;
        sb_adds(sb, "<tr><td>");
        h_or(sb, json_get_str(e, "text"), T("<em>onbekend</em>"));
        sb_adds(sb, "</td><td>");
        h_level(sb, json_get_str(e, "level"));
        sb_adds(sb, "</td><td>");
        h_yesno(sb, json_get(e, "completed"));
        sb_adds(sb, "</td><td class=\"num\">");
        h_num(sb, json_get(e, "page"), "?");
        sb_adds(sb, "</td></tr>\n");
    }
    if (rows == 0)
        sb_adds(sb, T("<tr><td colspan=\"4\">Geen opleidingen gevonden.</td></tr>\n"));
    sb_adds(sb, "</tbody>\n</table>\n");
}

static void html_details(ctx *c)
{
    strbuf *sb = &c->sb;
    sb_adds(sb, "<section id=\"details\" aria-labelledby=\"h-details\">\n");
    sb_adds(sb, T("<h2 id=\"h-details\">Details per kandidaat</h2>\n"));
    size_t shown = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (c->cat[i] == CAT_ERROR)
            continue;
        const json *r = c->recs[i];
        shown++;
        sb_addf(sb, "<section class=\"detail\" id=\"k%zu\" aria-labelledby=\"h-k%zu\">\n"
                    "<h3 id=\"h-k%zu\">", i + 1, i + 1, i + 1);
        h_name(sb, r);
        sb_adds(sb, "</h3>\n");
        h_facts(c, sb, r, i);
        h_detail_items(c, sb, r);
        h_detail_criteria(c, sb, r);
        h_detail_positions(sb, r);
        h_detail_education(sb, r);
        const json *rr = json_get(r, "review_reasons");
        if (rr && rr->type == JSON_ARRAY && rr->len > 0) {
            sb_adds(sb, T("<h4>Redenen voor nadere beoordeling</h4>\n<ul>\n"));
            for (size_t k = 0; k < rr->len; k++) {
                const char *s = nonempty(json_str(rr->items[k]));
                if (!s)
                    continue;
                sb_adds(sb, "<li>");
                h_esc(sb, s);
                sb_adds(sb, "</li>\n");
            }
            sb_adds(sb, "</ul>\n");
        }
        sb_adds(sb, "</section>\n");
    }
    if (shown == 0)
        sb_adds(sb, T("<p>Geen leesbare cv&#39;s.</p>\n"));
    sb_adds(sb, "</section>\n");
}

int report_write_html(FILE *out, const profile *p, json **recs, size_t n, char **err)
{
    return report_write_html_opt(out, p, recs, n, NULL, err);
}

int report_write_html_opt(FILE *out, const profile *p, json **recs, size_t n,
                          const report_options *o, char **err)
{
    set_options(o);
    ctx c;
    ctx_init(&c, p, recs, n);
    html_head(&c);
    html_header(&c);
    sb_adds(&c.sb, "<main>\n");
    html_eligible(&c);
    html_review(&c);
    html_fail(&c);
    html_errors(&c);
    html_details(&c);
    sb_adds(&c.sb, T("</main>\n<footer>\n<p>Opgesteld door zeef uit de resultaatrecords (schema zeef/1)"
                   " en het profiel "));
    h_or(&c.sb, p ? base_name(p->path) : NULL, T("(onbekend)"));
    sb_adds(&c.sb, ", sha256 <span class=\"hash\">");
    h_or(&c.sb, p ? p->sha256 : NULL, T("onbekend"));
    sb_adds(&c.sb, T("</span>. Dezelfde invoer geeft altijd hetzelfde rapport.</p>\n</footer>\n"
                   "</body>\n</html>\n"));
    int rc = ctx_flush(&c, out, err, T("HTML-rapport"));
    ctx_free(&c);
    return rc;
}

/* ---- CSV ---------------------------------------------------------------- */

static void csv_sep(strbuf *sb, bool *first)
{
    if (!*first)
        sb_addc(sb, ';');
    *first = false;
}

/* A quoted text field; NULL gives an empty field. */
static void csv_text(strbuf *sb, bool *first, const char *s)
{
    csv_sep(sb, first);
    if (!s)
        return;
    strbuf t = STRBUF_INIT;
    const unsigned char *u = (const unsigned char *)s;
    size_t len = strlen(s), i = 0;
    while (i < len) {
        uint32_t cp;
        size_t k = utf8_decode(u + i, len - i, &cp);
        if (k == 0) {
            sb_adds(&t, REPLACEMENT);
            i++;
            continue;
        }
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
            sb_addc(&t, ' ');
        else if (cp == '"')
            sb_adds(&t, "\"\"");
        else
            sb_add(&t, s + i, k);
        i += k;
    }
    sb_addc(sb, '"');
    /* formula injection: = + - @ (and tab/CR, now spaces, checked on the original) */
    char f = s[0];
    if (f == '=' || f == '+' || f == '-' || f == '@' || f == '\t' || f == '\r')
        sb_addc(sb, '\'');
    if (t.len)
        sb_add(sb, t.data, t.len);
    sb_addc(sb, '"');
    sb_free(&t);
}

static void csv_num(strbuf *sb, bool *first, const json *v)
{
    csv_sep(sb, first);
    double x;
    if (get_num(v, &x)) {
        char buf[64];
        fmt_num(buf, x);
        sb_adds(sb, buf);
    }
}

static void csv_bool(strbuf *sb, bool *first, const json *v)
{
    int t = get_tri(v);
    csv_text(sb, first, t == 1 ? T("ja") : t == 0 ? T("nee") : NULL);
}

static void csv_decision(strbuf *sb, bool *first, const item *it)
{
    if (it->d == DEC_MISSING)
        csv_text(sb, first, NULL);
    else if (it->d == DEC_UNKNOWN)
        csv_text(sb, first, it->raw);
    else
        csv_text(sb, first, decision_word(it->d));
}

int report_write_csv(FILE *out, const profile *p, json **recs, size_t n, char **err)
{
    return report_write_csv_opt(out, p, recs, n, NULL, err);
}

int report_write_csv_opt(FILE *out, const profile *p, json **recs, size_t n,
                         const report_options *o, char **err)
{
    set_options(o);
    ctx c;
    ctx_init(&c, p, recs, n);
    strbuf *sb = &c.sb;
    sb_adds(sb, "\xEF\xBB\xBF");

    /* header */
    static const char *head1[] = {"rank", "shortlist", "bestand", "sha256", "status", "foutcode",
                                  "kandidaat", "e-mail", "telefoon", "totaal"};
    static const char *head2[] = {"uurtarief", "paginas", "paginas_exact", "check_paginas",
                                  "check_nederlands", "check_referenties"};
    static const char *head3[] = {"geschikt", "coord_maanden", "hbo_bachelor", "mwd", "zzp",
                                  "referenties", "nederlands_aandeel", "reden"};
    bool first = true;
    for (size_t i = 0; i < sizeof head1 / sizeof head1[0]; i++)
        csv_text(sb, &first, head1[i]);
    for (size_t i = 0; i < c.crits.n; i++) {
        char *h = xasprintf("criterium_%s", c.crits.v[i]);
        csv_text(sb, &first, h);
        free(h);
    }
    for (size_t i = 0; i < sizeof head2 / sizeof head2[0]; i++)
        csv_text(sb, &first, head2[i]);
    for (size_t i = 0; i < c.kos.n; i++) {
        char *h = xasprintf("knockout_%s", c.kos.v[i]);
        csv_text(sb, &first, h);
        free(h);
    }
    for (size_t i = 0; i < sizeof head3 / sizeof head3[0]; i++)
        csv_text(sb, &first, head3[i]);
    sb_adds(sb, "\r\n");

    for (size_t i = 0; i < c.n; i++) {
        const json *r = c.recs[i];
        const json *cand = json_get(r, "candidate");
        const json *err_o = json_get(r, "error");
        const json *ed = json_get(r, "education");
        first = true;
        csv_num(sb, &first, json_get(r, "rank"));
        csv_bool(sb, &first, json_get(r, "shortlisted"));
        csv_text(sb, &first, json_get_str(r, "file"));
        csv_text(sb, &first, json_get_str(r, "sha256"));
        csv_text(sb, &first, json_get_str(r, "status"));
        csv_text(sb, &first, json_get_str(err_o, "code"));
        csv_text(sb, &first, json_get_str(cand, "name"));
        csv_text(sb, &first, json_get_str(cand, "email"));
        csv_text(sb, &first, json_get_str(cand, "phone"));
        csv_num(sb, &first, json_get(r, "score"));
        for (size_t k = 0; k < c.crits.n; k++)
            csv_num(sb, &first, json_get(json_get(json_get(r, "criteria"), c.crits.v[k]), "points"));
        csv_num(sb, &first, json_get(r, "hourly_rate"));
        csv_num(sb, &first, json_get(r, "pages"));
        csv_bool(sb, &first, json_get(r, "pages_exact"));
        static const char *checks[] = {"pages", "dutch", "references"};
        for (size_t k = 0; k < 3; k++) {
            item it = make_item(r, false, checks[k]);
            csv_decision(sb, &first, &it);
        }
        for (size_t k = 0; k < c.kos.n; k++) {
            item it = make_item(r, true, c.kos.v[k]);
            csv_decision(sb, &first, &it);
        }
        csv_bool(sb, &first, json_get(r, "eligible"));
        csv_num(sb, &first, json_get_path(r, "experience.coord_months"));
        csv_bool(sb, &first, json_get(ed, "hbo_bachelor_completed"));
        csv_bool(sb, &first, json_get(ed, "mwd"));
        csv_bool(sb, &first, json_get(r, "zzp"));
        csv_num(sb, &first, json_get_path(r, "references.count"));
        csv_num(sb, &first, json_get_path(r, "language.dutch_ratio"));

        /* reden */
        strlist rs = {0};
        if (c.cat[i] == CAT_ERROR) {
            const char *code = nonempty(json_get_str(err_o, "code"));
            const char *msg = nonempty(json_get_str(err_o, "message"));
            const char *w = error_words(code, json_get_str(r, "format"));
            sl_push(&rs, msg ? xasprintf("%s: %s", w, msg) : xstrdup(w));
        } else {
            if (c.cat[i] == CAT_ELIGIBLE && tie_by_rate(r))
                sl_push(&rs, xstrdup(T(TIE_TEXT)));
            else if (c.cat[i] == CAT_ELIGIBLE && tie_unresolved(r))
                sl_push(&rs, xstrdup(T(TIE_OPEN_TEXT)));
            record_reasons(&c, r, true, true, &rs);
            if (rs.n == 0 && c.cat[i] == CAT_REVIEW)
                sl_push(&rs, xstrdup(T("geen eindoordeel in het resultaat; handmatig beoordelen")));
        }
        strbuf joined = STRBUF_INIT;
        for (size_t k = 0; k < rs.n; k++) {
            if (k)
                sb_adds(&joined, " | ");
            sb_adds(&joined, rs.v[k]);
        }
        csv_text(sb, &first, rs.n ? joined.data : NULL);
        sb_free(&joined);
        sl_free(&rs);
        sb_adds(sb, "\r\n");
    }
    int rc = ctx_flush(&c, out, err, T("CSV-rapport"));
    ctx_free(&c);
    return rc;
}

/* ---- interview sheet ------------------------------------------------------ */

/* The marks an assessor can give one competency, as boxes to tick on paper. */
static void iv_marks(strbuf *sb)
{
    static const char *marks[] = {"onvoldoende", "voldoende", "goed"};
    sb_adds(sb, "<td><ul class=\"marks\">");
    for (size_t i = 0; i < 3; i++) {
        sb_adds(sb, "<li><span class=\"box\" aria-hidden=\"true\"></span> ");
        sb_adds(sb, T(marks[i]));
        sb_adds(sb, "</li>");
    }
    sb_adds(sb, T("</ul><p class=\"notes\">Toelichting:</p></td>"));
}

int report_write_interview(FILE *out, const profile *p, json **recs, size_t n,
                           const report_options *o, char **err)
{
    set_options(o);
    ctx c;
    ctx_init(&c, p, recs, n);
    strbuf *sb = &c.sb;
    int nassessors = 2;
    sb_adds(sb, "<!DOCTYPE html>\n<html lang=\"");
    sb_adds(sb, g_en ? "en" : "nl");
    sb_adds(sb, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<meta name=\"generator\" content=\"zeef\">\n");
    sb_adds(sb, T("<title>Selectiegesprek — "));
    h_or(sb, p ? p->title : NULL, T("aanbesteding"));
    sb_adds(sb, "</title>\n<style>\n"
                "@page { size: A4; margin: 12mm }\n"
                "html { background: #fff }\n"
                "body { margin: 0 auto; max-width: 62rem; padding: 1rem; color: #1a1a1a; background: #fff;"
                " font: 10pt/1.4 Arial, Helvetica, sans-serif }\n"
                "h1 { font-size: 1.45em; margin: .1em 0 .3em }\n"
                "table { width: 100%; border-collapse: collapse; margin: .4em 0 .8em; table-layout: fixed }\n"
                "caption { text-align: left; font-weight: bold; padding: .3em 0 }\n"
                "th, td { border: 1px solid #767676; padding: .3em .4em; text-align: left; vertical-align: top }\n"
                "thead th { background: #ececec }\n"
                "tbody th { font-weight: normal }\n"
                "tr { break-inside: avoid; page-break-inside: avoid }\n"
                "col.comp { width: 28% }\n"
                "dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .4em 0 }\n"
                "dl.meta dt { font-weight: bold }\n"
                "dl.meta dd { margin: 0 }\n"
                ".line { display: inline-block; min-width: 16em; border-bottom: 1px solid #1a1a1a }\n"
                ".muted { color: #4a4a4a }\n"
                ".rule { border: 2px solid #1a1a1a; padding: .4em .6em; margin: .6em 0 }\n"
                "ul.marks { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2em .9em;"
                " font-size: .95em }\n"
                ".box { display: inline-block; width: .9em; height: .9em; border: 1.5px solid #1a1a1a;"
                " vertical-align: -.1em }\n"
                ".notes { margin: .3em 0 0; min-height: 5.6em; color: #4a4a4a;"
                " background: repeating-linear-gradient(transparent 0 1.35em, #b0b0b0 1.35em 1.4em) }\n"
                ".sheet + .sheet { break-before: page; page-break-before: always }\n"
                ".sign td { height: 3em }\n"
                "@media print { body { max-width: none; padding: 0 } }\n"
                "</style>\n</head>\n<body>\n<main>\n");

    size_t ne;
    size_t *order = eligible_order(&c, &ne);
    size_t sheets = 0;
    for (size_t k = 0; k < ne; k++) {
        const json *r = c.recs[order[k]];
        if (get_tri(json_get(r, "shortlisted")) != 1)
            continue;
        sheets++;
        sb_addf(sb, "<section class=\"sheet\" aria-labelledby=\"iv%zu\">\n<p class=\"muted\">", sheets);
        sb_adds(sb, T("Selectiegesprek (stap 4 van de beoordeling) — "));
        h_or(sb, p ? p->title : NULL, T("aanbesteding"));
        if (p && nonempty(p->organisation)) {
            sb_adds(sb, ", ");
            h_esc(sb, p->organisation);
        }
        sb_addf(sb, "</p>\n<h1 id=\"iv%zu\">", sheets);
        h_name(sb, r);
        sb_adds(sb, T("</h1>\n<dl class=\"meta\">\n<dt>Rang na cv-beoordeling</dt><dd>"));
        h_num(sb, json_get(r, "rank"), "?");
        sb_adds(sb, T("; totaalscore "));
        h_num(sb, json_get(r, "score"), "–");
        if (p && p->total_points > 0) {
            char buf[64];
            fmt_num(buf, p->total_points);
            sb_addf(sb, T(" van %s"), buf);
        }
        sb_adds(sb, T("</dd>\n<dt>Datum gesprek</dt><dd><span class=\"line\"></span></dd>\n"));
        for (int a = 1; a <= nassessors; a++)
            sb_addf(sb, T("<dt>Beoordelaar %d</dt><dd><span class=\"line\"></span> (naam en functie)</dd>\n"), a);
        sb_adds(sb, "</dl>\n");
        sb_adds(sb, T("<p class=\"rule\"><strong>Beoordelingsregel:</strong> de kandidaat moet op"
                      " <strong>elke</strong> competentie minimaal een <strong>voldoende</strong>"
                      " scoren. Scoort geen van de geselecteerde kandidaten op alle competenties"
                      " minimaal een voldoende, dan wordt stap 3 van de beoordeling herhaald. Het"
                      " gesprek wordt gevoerd door minimaal twee vertegenwoordigers van de"
                      " organisatie; ieder kruist per competentie één oordeel aan.</p>\n"));
        if (!p || p->ncompetencies == 0) {
            sb_adds(sb, T("<p><strong>Het profiel noemt geen competenties</strong> (sectie"
                          " [competencies]); vul ze hieronder zelf in.</p>\n"));
        }
        sb_adds(sb, T("<table class=\"comp\">\n<caption>Competenties</caption>\n"));
        sb_adds(sb, "<colgroup><col class=\"comp\">");
        for (int a = 1; a <= nassessors; a++)
            sb_adds(sb, "<col>");
        sb_adds(sb, "</colgroup>\n<thead><tr><th scope=\"col\">");
        sb_adds(sb, T("Competentie"));
        sb_adds(sb, "</th>");
        for (int a = 1; a <= nassessors; a++)
            sb_addf(sb, T("<th scope=\"col\">Beoordelaar %d</th>"), a);
        sb_adds(sb, "</tr></thead>\n<tbody>\n");
        size_t nc = p ? p->ncompetencies : 0;
        for (size_t i = 0; i < (nc ? nc : 3); i++) {
            sb_addf(sb, "<tr><th scope=\"row\">%zu. ", i + 1);
            if (nc)
                h_esc(sb, p->competencies[i]);
            else
                sb_adds(sb, "<span class=\"line\"></span>");
            sb_adds(sb, "</th>");
            for (int a = 1; a <= nassessors; a++)
                iv_marks(sb);
            sb_adds(sb, "</tr>\n");
        }
        sb_adds(sb, "</tbody>\n</table>\n");
        sb_adds(sb, T("<table class=\"sign\">\n<caption>Conclusie</caption>\n<thead><tr><th scope=\"col\">"
                      "Beoordelaar</th><th scope=\"col\">Op elke competentie minimaal voldoende?</th>"
                      "<th scope=\"col\">Paraaf</th></tr></thead>\n<tbody>\n"));
        for (int a = 1; a <= nassessors; a++) {
            sb_addf(sb, T("<tr><th scope=\"row\">Beoordelaar %d</th><td>"), a);
            sb_adds(sb, T("<span class=\"box\" aria-hidden=\"true\"></span> ja &nbsp; "
                          "<span class=\"box\" aria-hidden=\"true\"></span> nee"));
            sb_adds(sb, "</td><td></td></tr>\n");
        }
        sb_adds(sb, "</tbody>\n</table>\n</section>\n");
    }
    if (sheets == 0)
        sb_adds(sb, T("<section class=\"sheet\">\n<h1>Selectiegesprek</h1>\n<p>Er staan geen kandidaten"
                      " op de shortlist, dus er is geen gespreksformulier.</p>\n</section>\n"));
    sb_adds(sb, "</main>\n</body>\n</html>\n");
    free(order);
    int rc = ctx_flush(&c, out, err, T("gespreksformulier"));
    ctx_free(&c);
    return rc;
}
