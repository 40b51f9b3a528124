# -*- coding: utf-8 -*-
"""Layout cases for zeef that the blind holdout sets do not pin down, written by the developers
(not blind): each CV is an ordinary one in a layout whose text layer once came out wrong.

Built and checked like the holdout sets (tests/holdout2/src/build.py and expected.py, see
tests/layouts/make-layouts.sh); tests/holdout2/src/cvset.py lists the fields.  Every person, phone
number and e-mail address is made up.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "holdout2", "src"))
from cvset import REF, collector, pos  # noqa: E402,F401  (the shared helpers)

CVS = []
cv = collector(CVS)

# ------------------------------------------------------------------------- Marit Hoogland (pdf)
# Europass with a "Persoonlijke informatie" block of eight label rows (Naam, E-mail, ...): in the left
# column eight labels without a year against four date pieces ("oktober 2022 tot en met" wraps, "heden"
# below it). Read as a sidebar, the dates were written apart from their positions and the CV lost its
# months (the bench corpus had four such Europass PDFs out of 22).
MH6 = ("Voorbeeld van beleid naar resultaat: de Heerder nota 'Samen sterk in de kernen' heb ik vertaald naar een "
       "jaarwerkplan met concrete projecten (een ontmoetingsplek per kern, een mantelzorgpunt) en meetbare doelen.")
MH7 = ("Samenwerking met zorgaanbieders, huisartsen, de GGD Noord- en Oost-Gelderland en zorgverzekeraar Menzis, "
       "en een publiek-private samenwerking (PPS) met een woningcorporatie.")
MH8 = ("Projectleider van het verandertraject naar één sociaal team voor de hele gemeente, met projectplan en "
       "stuurgroep.")
mh = [pos("oktober 2022 tot en met heden", "Teamleider Wmo en Jeugd", "Gemeente Heerde",
          ["Leiding aan het team Wmo en jeugd (14 consulenten); werkverdeling, kwaliteit en budget.", MH6, MH8],
          ("2022-10", REF), 38, True),
      pos("okt. 2014 – juli 2022", "Coördinator Welzijn", "Stichting Welzijn Epe",
          ["Coördinatie van het ouderenwerk en de mantelzorgondersteuning (9 beroepskrachten).", MH7],
          ("2014-10", "2022-07"), 94, True),
      pos("03-2011 t/m 09-2014", "Wmo-consulent", "Gemeente Olst-Wijhe",
          ["Keukentafelgesprekken, onderzoeksverslagen en beschikkingen."],
          ("2011-03", "2014-09"), 43, False)]
cv(file="Marit Hoogland.pdf", fmt="pdf", layout="single",
   name="Marit Hoogland", email="marit.hoogland@example.nl", phone="06-41827365",
   rate="€ 88,- per uur excl. btw",
   exp=mh, crit_text={"6": MH6, "7": MH7, "8": MH8}, refs=["Gerben Dijkhuis", "Sylvia Pauw"],
   body=[("title", "Marit Hoogland"),
         ("h", "Persoonlijke informatie"),
         ("rows", [("Naam", ["Marit Hoogland"]), ("E-mail", ["marit.hoogland@example.nl"]),
                   ("Telefoon", ["06-41827365"]), ("Woonplaats", ["Heerde"]), ("Nationaliteit", ["Nederlandse"]),
                   ("Rijbewijs", ["B"]), ("Beschikbaar", ["per direct, 32 uur"]),
                   ("Tarief", ["€ 88,- per uur excl. btw"])]),
         ("h", "Profiel"),
         ("p", "Teamleider in het sociaal domein die rust en richting brengt. Ik verbind beleid en uitvoering en "
               "werk graag met inwoners, vrijwilligers en partners in de kernen."),
         ("h", "Werkervaring"),
         ("eu_pos", mh),
         ("h", "Opleiding"),
         ("p", "HBO Maatschappelijk Werk en Dienstverlening, Saxion Hogeschool Deventer — diploma behaald 2010"),
         ("h", "Referenties"),
         ("p", "Gerben Dijkhuis, afdelingshoofd Samenleving, gemeente Heerde, 06-41827366"),
         ("p", "Sylvia Pauw, directeur Stichting Welzijn Epe, 06-41827367")],
   expect=dict(pages=2, edu=("hbo", True, True), coord=132, refs=(2, False), zzp=False, hourly=88.0,
               crit=(15, 25, 15, 20, 25),
               notes="Teamleider Wmo en Jeugd, Gemeente Heerde 'oktober 2022 tot en met heden' = 2022-10..2025-11 = 38 "
                     "+ Coördinator Welzijn, Stichting Welzijn Epe 'okt. 2014 – juli 2022' = 94 -> 132 (no overlap); "
                     "Wmo-consulent not relevant. HBO MWD diploma behaald: ko 2 pass, criterion 4 = 15; 132 >= 72: "
                     "criterion 5 = 25; criteria 6-8 from the task lines."))
