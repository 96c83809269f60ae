"""The words speaker resolution reads names by: kinds of organization, title words, the
words that end an organization's name. One vocabulary, so extending it is a one-line change."""

from __future__ import annotations

ORG_LABELS = ("ORG", "NORP", "GPE", "FAC", "LOC")

ORG_NOUNS = frozenset("""group organisation organization union agency ministry bank company firm court commission
committee council government federation association authority board department office police army military party
campaign coalition network institute foundation collective alliance manufacturer developer operator carrier airline
insurer retailer producer regulator club league university hospital charity embassy consulate tribunal panel
prosecutor prosecution service bureau secretariat movement trust fund centre center mission""".split())  # noqa: SIM905

NAME_STOP = frozenset({"the", "of", "and", "for"})

# "the ministry said": a singular definite description standing for the organization named last.
STANDS_FOR_LAST_ORG = frozenset("""group organisation organization union agency ministry bank company firm commission
committee council federation association authority board department office campaign coalition network institute
foundation collective alliance manufacturer developer operator carrier airline insurer retailer producer regulator club
league charity alliance bureau secretariat movement trust fund""".split())  # noqa: SIM905

TITLE_WORDS = frozenset("""president vice prime minister secretary senator governor mayor councilmember councillor
councilor judge justice chief captain general colonel major lieutenant sergeant officer detective coach winger striker
goalkeeper manager director chairman chairwoman chair spokesman spokeswoman spokesperson ambassador commissioner
deputy finance foreign interior health defence defense justice economy energy trade labour labor education
opposition leader professor lawyer attorney prosecutor inspector superintendent father sister brother pope king queen
prince princess executive founder""".split())  # noqa: SIM905

# Kinds of organization: "the group" stands for a rights group named before, not for the ministry
# named since; "the company" not for the regulator.
GROUP_LIKE = frozenset("""group organisation organization campaign coalition network collective alliance movement
foundation trust institute centre center watch monitor rights international forum front charity""".split())  # noqa: SIM905

COMPANY_LIKE = frozenset("""company firm manufacturer developer operator carrier airline airlines insurer retailer
producer properties inc corp ltd llc plc services holdings partners systems metals mining foods motors
telecom""".split())  # noqa: SIM905

ORG_WORDS = ORG_NOUNS | frozenset("""inc corp ltd llc plc co news times post wire press radio tv media open cup
league united city airlines air bank university school hospital watch rights international forum front
institute centre center services properties estates metals holdings partners systems energy mining foods motors
s.a. ag gmbh corps river valley province region city town bridge port street square mountains island""".split())  # noqa: SIM905
