#!/usr/bin/env bash
# The PDF page layout (extractors/pdf_layout.c) on committed PDFs: a page with
# a narrow column either keeps its rows together (Europass, date columns) or
# writes the sidebar apart from the main column.  Each case below is one of
# the two, and a wrong choice shows in the extracted text.
. "$(dirname "$0")/lib/tap.sh"
J="$ZEEF_BUILD/tests/jget"
T="$ZEEF_ROOT/tests"

page1() { "$BIN/zeef-extract" "$1" 2>/dev/null | "$J" page_text.0; }
# after FILE LINE -> the line that follows the first line equal to LINE on page 1
after() { page1 "$1" | awk -v l="$2" 'found { print; exit } $0 == l { found = 1 }'; }
# row FILE START -> the first line of page 1 that starts with START
row() { page1 "$1" | awk -v s="$2" 'index($0, s) == 1 { print; exit }'; }

# Europass: the period in the left column stays on its row.
is "Europass (LibreOffice): period and title on one row" \
    "$(row "$T/layouts/inbox/Marit Hoogland.pdf" "oktober 2022")" $'oktober 2022 tot en\tTeamleider Wmo en Jeugd'
is "Europass (Chromium grid): period and title on one row" \
    "$(row "$T/holdout23/inbox/Ilse Bosman.pdf" "april 2020")" $'april 2020 – heden\tCoördinator Jeugd en Gezin'

# Sidebars whose education and courses carry years (tests/holdout23, Chromium
# CSS grid and flexbox): the year stays with its entry, not with the main
# column's line beside it.
is "sidebar with education years (CSS grid): the entry under its period" \
    "$(after "$T/holdout23/inbox/Mirjam Hoogeveen.pdf" "2001 – 2005")" "HBO Maatschappelijk Werk en"
is "sidebar with course years (flexbox): the course under its year" \
    "$(after "$T/holdout23/inbox/Rutger Aalbers.pdf" "2016")" "Prince2 Foundation"
is "... and the main column's position whole" \
    "$(after "$T/holdout23/inbox/Rutger Aalbers.pdf" "juni 2018 – heden")" "Teamleider Wmo en Jeugd — Gemeente Epe"

# A sidebar and a main column both centred (a Chromium print, tests/producer):
# their lines do not share rows, yet the columns are apart.
is "centred columns whose lines do not share rows: the main column's position whole" \
    "$(after "$T/producer/inbox/h15-Daniel Hughes.pdf" "Work experience")" \
    "Team Leader Social Domain | Gemeente Apeldoorn"

# A heading at the margin under a floated sidebar, above text across the page
# (Chromium float): it heads that text, after the main column.
is "a heading under a float stays with the text below it" \
    "$(after "$T/holdout23/inbox/Joris Veenstra.pdf" "Referenties")" \
    "Anja Hofman, afdelingshoofd Samenleving, gemeente Nunspeet, 06-18394057"

# Words hyphenated at a line's end are joined again (extractors/pdf.c:
# dehyphenate); a compound's own hyphen stays.
like "a hyphenated programme name is whole again (Chromium, U+2010)" \
    "$(page1 "$T/holdout27/inbox/Anouk Verhoef.pdf")" 'HBO Maatschappelijk'
like "... and \"niet af-\" / \"gerond\" is \"niet afgerond\"" \
    "$(page1 "$T/holdout27/inbox/Ilse Hendriks.pdf")" 'niet afgerond'
like "a compound's hyphen stays when its word is joined (\"publiek-\" / \"private\")" \
    "$(page1 "$T/holdout14/inbox/Kevin Ramdin.pdf")" 'publiek-private'
like "... and an e-mail address's (\"ronald@smeets-\" / \"sociaal.example.nl\")" \
    "$(page1 "$T/producer/inbox/h14-Ronald Smeets.pdf")" 'ronald@smeets-sociaal\.example\.nl'
# A label/value form whose labels hold no years (werk.nl, tests/holdout59): its
# rows stay together, not the labels of a page before their values.
is "a form's labels beside their values (werk.nl)" \
    "$(row "$T/holdout59/inbox/Ingrid Hakvoort.pdf" "Functienaam")" $'Functienaam\tTeamleider Wijkteams'

# A horizontal timeline (tests/holdout59): written job by job, period, title and
# employer each whole, not the four titles on one line.
is "a horizontal timeline: the job's title under its period" \
    "$(after "$T/holdout59/inbox/Sander Oudeboon.pdf" "apr 2016 – mei 2020")" "Coördinator Jeugd- en Jongerenwerk"
is "... and its employer, hyphenated at a line's end, whole" \
    "$(after "$T/holdout59/inbox/Sander Oudeboon.pdf" "Coördinator Jeugd- en Jongerenwerk")" "Stichting Welzijn Twello-Terwolde"

# A sidebar that goes on over page 2 (tests/producer, Chromium prints of DOCX
# sidebars): the page too short to show its gutter takes page 1's, and the
# main column comes first there, so that it goes on under its own heading.
page2() { "$BIN/zeef-extract" "$1" 2>/dev/null | "$J" page_text.1; }
is "a sidebar's referee on page 2 apart from the position beside him" \
    "$(page2 "$T/producer/inbox/h50-Margriet Hulshof.pdf" | head -1)" "Teamleider Welzijn en Maatschappelijk Werk"
is "... page 2 goes on with the main column's position" \
    "$(page2 "$T/producer/inbox/h43-Evelien Verstraeten.pdf" | head -1)" "waaronder een huiskamer in Sas van Gent en"

# Newspaper columns inside a page without a gutter (tests/holdout57, tests/holdout62):
# the short right column comes after the left one, so a referee's details
# follow his name, and two sections side by side stay apart.
is "newspaper columns: the second referee's details after his name (AbiWord)" \
    "$(page2 "$T/holdout57/inbox/Femke Harbers.pdf" | awk 'f && NF { print; exit } $0 == "Ruud Oplaat" { f = 1 }')" \
    "afdelingshoofd Sociaal Domein, gemeente Lochem,"
is "... two sections side by side under headings in capitals" \
    "$(after "$T/holdout62/inbox/Yvette Scholten.pdf" "REFERENTIES")" "Marieke Haverkamp"
is "... a label | value table stays in rows" \
    "$(row "$T/holdout31/inbox/Noor Bakhuizen.pdf" "Tarief")" $'Tarief\t€ 89,50 per uur excl. btw'

# A sidebar whose courses end in their year ("Oplossingsgericht coachen, 2019") is a
# sidebar, not a date column: only a year that leads a piece votes for rows
# (tests/holdout62 Mirthe Lamberink, whose referees were read into the main column).
is "a sidebar with course years: its referees under their heading" \
    "$(page2 "$T/holdout62/inbox/Mirthe Lamberink.pdf" | awk 'f { print; exit } $0 == "REFERENTIES" { f = 1 }')" "Jacqueline Vos"

# An infographic's number tiles ("17 jaar | 22 | 3 | 450") are no table's row:
# the page's skills column stays apart from the positions (tests/holdout62).
is "number tiles do not make a sidebar a date column" \
    "$(after "$T/holdout62/inbox/Naomi Hulshof.pdf" "Teamleider Sociaal Wijkteam")" "⌂ Gemeente Zwolle ◷ feb. 2022 – heden"

# Sections in three columns side by side, the first column's heading a line above
# (tests/holdout67 Ilse Boerrigter: her referees were read across the columns).
is "three columns side by side: the referees under their heading" \
    "$(after "$T/holdout67/inbox/Ilse Boerrigter.pdf" "Referenties")" "Gerda Mulderij"
# ... and a table whose period wraps onto the row under it stays a table, not a
# sidebar (tests/holdout67 Tim Oosterwijk)
is "a four-column table with a wrapped period column keeps its rows" \
    "$(row "$T/holdout67/inbox/Tim Oosterwijk.pdf" "Coördinator	" | cut -f 1,2,5)" $'Coördinator\tGemeente\taugustus 2021 –'
is "two headings side by side in a box: the right column under its own heading" \
    "$(after "$T/holdout67/inbox/Sanne Lubbers.pdf" "TARIEF EN BESCHIKBAARHEID")" "Uurtarief: € 86,00 per uur excl. btw"

# Section headings in a margin column beside their text, each alone (Word text
# boxes, tests/holdout68 Dennis Rikkers): rows, so each heading heads its section.
is "headings in a margin column stay with their sections" \
    "$(row "$T/holdout68/inbox/Dennis Rikkers.pdf" "Werkervaring")" $'Werkervaring\tTeamleider Jeugd | Gemeente Harderwijk'

done_testing
