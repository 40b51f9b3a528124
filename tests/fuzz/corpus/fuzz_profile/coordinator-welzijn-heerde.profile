# Tender profile: Coördinator welzijn, gemeente Heerde (Flextender, DAS).
# Built from ../shared/tender/coordinator-welzijn-heerde.txt.  The ids of
# knock-outs and criteria are the request's own numbers.  Format: docs/profile.md.

[tender]
id             = coordinator-welzijn-heerde
title          = Coördinator welzijn
organisation   = Gemeente Heerde
hours          = 24 uur per week
duration       = tot en met 30 juni 2026
# Einde inschrijfdatum: dinsdag 25 november 2025, 09:00 uur.  "heden" counts to here.
deadline       = 2025-11-25
shortlist      = 3
# "Bij een gelijke score is het uurtarief doorslaggevend."
tie_break      = hourly_rate
total_points   = 100
rules          = sections.rules contact.rules education.rules screening.rules heerde.rules

[cv]
# CV-eisen: Maximaal 5 pagina's, opgesteld in het Nederlands, minimaal 2 referenties.
max_pages              = 5
language               = nl
min_language_ratio     = 0.6
review_language_ratio  = 0.3
min_references         = 2

[roles coord]
text         = coördinator, manager, teamleider of leidinggevende in het sociaal domein, zorg, welzijn of gebiedsteams, bij een gemeente of welzijnsstichting
role         = role.lead
domain       = domain.social
organisation = org.public_welfare

[knockout 1]
type = no_self_employed
text = Inschrijver voldoet aan de gestelde uitvoeringsvoorwaarde (geen arbeidsrelatie; de inschrijver is geen ZZP-er)

[knockout 2]
type  = education
text  = Aantoonbaar afgeronde opleiding op minimaal HBO bachelor niveau
level = hbo

[knockout 3]
type  = experience
text  = Minimaal 5 jaar aantoonbare werkervaring als coördinator en/of manager binnen het Sociaal Domein bij een gemeente of welzijnsstichting
roles = coord
years = 5

[criterion 4]
type      = education
text      = Aantoonbare afgeronde opleiding op minimaal hbo bachelor niveau richting Maatschappelijk werk en dienstverlening
points    = 15
level     = hbo
programme = programme.mwd

[criterion 5]
type   = experience
text   = Minimaal 6 jaar aantoonbare werkervaring als coördinator of manager in de zorg, welzijn of gebiedsteams bij een gemeente of welzijnsstichting
points = 25
roles  = coord
years  = 6

[criterion 6]
type     = evidence
text     = Aantoonbare werkervaring met het omzetten van beleid naar concrete projecten en resultaten
points   = 15
terms    = evidence.policy_to_projects
min_hits = 1

[criterion 7]
type     = evidence
text     = Aantoonbare werkervaring met samenwerkingspartners op het gebied van welzijn (zorgaanbieders, patiënt, zorgverzekeraar en PPS)
points   = 20
terms    = evidence.welfare_partners
min_hits = 1

[criterion 8]
type     = evidence
text     = Kandidaat heeft aantoonbare werkervaring in projectmatig werken of veranderopgaven
points   = 25
terms    = evidence.projects_change
min_hits = 1

[competencies]
Verbindende en coachende kwaliteiten; in staat een team mee te nemen in ontwikkeling
Communiceert helder en duidelijk, durft anderen aan te spreken en is besluitvaardig
Toont lef en durft innovatief te zijn; kritisch op processen, oplossingsgericht en proactief
Oog voor de wensen en behoeften van zowel inwoners als bestuur
Analysevaardigheden; besluitvaardig bij tegenstellingen, dynamiek en veranderopgaven
