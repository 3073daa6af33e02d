"""The fixed words of the method that code, flows and content share (ids, never prose)."""

from typing import Literal

TECHNIQUES: tuple[str, ...] = (
    "opening", "nuttigheidsvraag", "perspectiefwisseling", "erkenning", "compliment",
    "samenvatten", "probleemverkenning", "doelvraag", "wondervraag", "uitzonderingsvraag",
    "copingvraag", "hoopvraag", "schaalvraag", "spiegelen", "aanschuiven", "volgende_stap",
    "veiligheid",
)
ANTI_PATTERNS: tuple[str, ...] = ("advies", "waarom_vraag", "oordeel", "geruststellen", "overnemen")
UNKNOWN = "onbekend"
ALL_TECHNIQUES: tuple[str, ...] = TECHNIQUES + ANTI_PATTERNS + (UNKNOWN,)

INTERACTION_TYPES: tuple[str, ...] = ("bezoeker", "klager", "klant")
InteractionType = Literal["bezoeker", "klager", "klant"]

# The circles of empowerment, in the order a conversation walks them.
PHASES: tuple[str, ...] = ("huidige_situatie", "gewenste_situatie", "uitzonderingen", "volgende_stap")
Phase = Literal["huidige_situatie", "gewenste_situatie", "uitzonderingen", "volgende_stap"]

# What a user's answer can signal in the rondleiding (the bot is the worker).
SIGNALS: tuple[str, ...] = (
    "answer",  # any answer; every state needs a way on with it
    "yes", "no", "dont_know",
    "stance_bezoeker", "stance_klager", "stance_klant",
    "overwhelmed", "hopeless", "harmful_decision", "understands_no_change",
)

LANGUAGES: tuple[str, ...] = ("nl", "en")
MODES: tuple[str, ...] = ("rondleiding", "vragenreeks", "oefenen")
