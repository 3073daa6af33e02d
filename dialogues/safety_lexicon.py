"""The safety detector's vocabulary: spelling variants, emoji, pronouns, idioms and distress rules.

Data only; `safety.py` compiles it once at import time. Rules are regular expressions over the
*canonical* form of one clause: lowercase ASCII words separated by single spaces, after
variants, contractions and emoji have been mapped (see `safety._canonical_tokens`). Dutch
and English rules are both always applied, because people mix languages and the session's
language says little about what a distressed person types.

Macros in rule texts (expanded by `safety._expand`):
  {I}      first-person subject            {ME}     first-person object or reflexive
  {G}      up to three filler words that are no negation and no other person
  {G1}     up to one such filler word
  {PILL}   a medicine word                 {METHOD} an object used to end one's life
  {MORE}   "meer"/"langer" (no longer)     {DEATH}  dead / to die
  {CHORE}  not followed by a word of cooking, camping, moving house or the pharmacy
"""

from __future__ import annotations

# -- tokens --------------------------------------------------------------------------

# Words that, next to one method emoji, make it a plan rather than chat ("🚆 ik ben er klaar mee").
EMOJI_DESPAIR = (
    r"\b(?:klaar mee|klaar met alles|genoeg|einde|het eind|niet meer|kan niet|wil niet|sorry|vaarwel|doei|"
    r"tot ziens|afscheid|dag allemaal|zin|over en uit|het is op|done|enough|the end|no more|can not|goodbye|bye|"
    r"farewell|over it|it is over|forgive me|vergeef)\b"
)

# Emoji that stand for a method, a wish to die, or laughter. Mapped to words before tokenising.
EMOJI: dict[str, str] = {
    "💊": " pillen ", "💉": " spuit ", "🔪": " mes ", "🗡": " mes ", "🪒": " scheermes ",
    "🪢": " touw ", "🔫": " pistool ", "🌉": " brug ", "🚆": " trein ", "🚂": " trein ",
    "🚄": " trein ", "🚅": " trein ", "🚈": " trein ", "🚇": " trein ", "🚉": " trein ",
    "🛤": " spoor ", "⚰": " doodskist ", "🪦": " grafsteen ", "💀": " doodshoofd ", "☠": " doodshoofd ", "🩸": " bloed ",
    "😂": " haha ", "🤣": " haha ", "😆": " haha ", "😹": " haha ", "🍷": " drank ", "🍺": " drank ",
    "🥃": " drank ", "🍾": " drank ", "🍸": " drank ",
}
METHOD_EMOJI = frozenset("💊🔪🗡🪒🪢🔫⚰🪦💉🌉🛤")
# A skull is also laughter ("I'm dead 💀"): a plan only next to words of despair or a time
# ("💀 vanavond"), and never with laughter.
DEATH_EMOJI = frozenset("💀☠")
EMOJI_TIME = r"\b(?:vanavond|vannacht|morgen|straks|tonight|tomorrow|soon|binnenkort)\b"
# Train emoji are everyday chat ("🚆 onderweg"): a plan only next to words of despair.
PLACE_EMOJI = frozenset("🚆🚂🚄🚅🚈🚇🚉")

# Whole-token replacements: chat spelling, Flemish, English contractions. Values may be
# several words. Keys are lowercase ASCII (diacritics are stripped first).
VARIANTS: dict[str, str] = {
    # Dutch chat and Flemish
    "der": "er", "dr": "er", "k": "ik", "ikke": "ik", "den": "de", "ne": "een", "nen": "een", "mijnen": "mijn", "pa": "vader", "ic": "ik", "mn": "mijn", "mijne": "mijn", "mn'": "mijn", "zn": "zijn",
    "nie": "niet", "ni": "niet", "nt": "niet", "nit": "niet", "niett": "niet", "nieet": "niet",
    "nimeer": "niet meer", "nimmer": "niet meer", "niemeer": "niet meer", "nmr": "niet meer",
    "nmeer": "niet meer", "mr": "meer", "mee": "mee",
    "wa": "wat", "da": "dat", "ma": "maar", "ff": "even", "gwn": "gewoon", "gewn": "gewoon",
    "echt": "echt", "egt": "echt", "ech": "echt", "idd": "inderdaad", "mss": "misschien",
    "ge": "je", "gij": "je", "gy": "je", "u": "je", "jou": "je", "jullie": "je", "uw": "jouw",
    "uzelf": "jezelf", "julliezelf": "jezelf", "zijt": "bent", "hebt": "heb", "wilt": "wil",
    "wilde": "wou", "wouw": "wou", "woud": "wou", "wl": "wil", "wiel": "wil",
    "doot": "dood", "dod": "dood", "doodt": "dood", "leve": "leven", "lvn": "leven",
    "strven": "sterven", "lven": "leven", "levn": "leven", "leeven": "leven", "lefen": "leven", "levem": "leven",
    "leben": "leven", "dodd": "dood", "doodd": "dood", "pilen": "pillen", "pillem": "pillen", "pilllen": "pillen",
    "brugg": "brug", "mj": "mij", "mezef": "mezelf", "mezlef": "mezelf", "mzlf": "mezelf", "mijzef": "mijzelf",
    "zelfmrd": "zelfmoord", "zlfmoord": "zelfmoord", "zelfmoor": "zelfmoord", "zlfmrd": "zelfmoord",
    "scheermesjes": "scheermesjes", "slaad": "slaat", "slaag": "slaag", "afscheitsbrief": "afscheidsbrief", "doodgaan": "dood gaan", "doodmaken": "dood maken",
    "eind": "einde", "end": "end", "mezelve": "mezelf", "mijzelve": "mijzelf", "mzelf": "mezelf",
    "mezelf.": "mezelf", "mijn'": "mijn",
    "pil": "pillen", "pilletje": "pillen", "pilletjes": "pillen", "pillen": "pillen",
    "tabletten": "pillen", "tablet": "pillen", "tabletjes": "pillen", "medicijnen": "pillen",
    "medicatie": "pillen", "medicijn": "pillen", "medicament": "pillen", "medicamenten": "pillen",
    "slaappillen": "pillen", "slaappil": "pillen", "slaapmiddelen": "pillen", "paracetamol": "pillen",
    "paracetamols": "pillen", "paracetamolletjes": "pillen", "oxazepam": "pillen", "oxazepams": "pillen",
    "diazepam": "pillen", "temazepam": "pillen", "lorazepam": "pillen", "ibuprofen": "pillen",
    "antidepressiva": "pillen", "antidepressivum": "pillen", "antidepressants": "pillen",
    "antidepressant": "pillen", "pijnstillers": "pillen", "pijnstiller": "pillen", "slaaptabletten": "pillen",
    "oxycodon": "pillen", "tramadol": "pillen", "morfine": "pillen", "lithium": "pillen", "benzos": "pillen",
    "benzo": "pillen", "seroxat": "pillen", "citalopram": "pillen", "sertraline": "pillen",
    "quetiapine": "pillen", "tylenol": "pillen", "advil": "pillen", "aspirin": "pillen", "aspirine": "pillen",
    "nurofen": "pillen", "panadol": "pillen", "oxy": "pillen", "percocet": "pillen", "valium": "pillen",
    "seroquel": "pillen", "prozac": "pillen", "zoloft": "pillen", "xanax's": "pillen", "benzodiazepines": "pillen",
    "benzodiazepinen": "pillen", "slaapmedicatie": "pillen", "painkiller": "pillen", "codeine": "pillen", "opioids": "pillen", "klaargezet": "klaargezet", "xanax": "pillen", "pills": "pills", "pill": "pills",
    "tablets": "pills", "meds": "pills", "medication": "pills", "medications": "pills",
    "painkillers": "pills", "sleepingpills": "pills", "paracetamol's": "pillen",
    "afscheidsbrieven": "afscheidsbrief", "afscheidsbericht": "afscheidsbrief", "afscheidsberichtje": "afscheidsbrief", "afscheidsberichten": "afscheidsbrief", "afscheidsvideo": "afscheidsbrief", "afscheidsbriefje": "afscheidsbrief",
    "afscheidsbriefjes": "afscheidsbrief", "zelfmoordbrief": "afscheidsbrief",
    "klaargelegd": "klaargelegd", "klaarliggen": "klaarliggen", "klaarligt": "klaarliggen",
    "klaarstaan": "klaarliggen", "klaarstaat": "klaarliggen",
    # medicine names (brand and generic, NL and BE) are all pills to the rules
    "dafalgan": "pillen", "perdolan": "pillen", "temesta": "pillen", "stilnoct": "pillen", "zolpidem": "pillen", "zopiclon": "pillen", "zopiclone": "pillen", "imovane": "pillen", "rivotril": "pillen", "clonazepam": "pillen", "alprazolam": "pillen", "lexotan": "pillen", "bromazepam": "pillen", "sipralexa": "pillen", "escitalopram": "pillen", "efexor": "pillen", "venlafaxine": "pillen", "mirtazapine": "pillen", "remergon": "pillen", "amitriptyline": "pillen", "sarotex": "pillen", "nortriptyline": "pillen", "fluoxetine": "pillen", "paroxetine": "pillen", "duloxetine": "pillen", "cymbalta": "pillen", "trazodon": "pillen", "trazodone": "pillen", "trazolan": "pillen", "olanzapine": "pillen", "zyprexa": "pillen", "risperidon": "pillen", "risperidone": "pillen", "risperdal": "pillen", "haloperidol": "pillen", "haldol": "pillen", "priadel": "pillen", "camcolit": "pillen", "lamotrigine": "pillen", "valproaat": "pillen", "depakine": "pillen", "carbamazepine": "pillen", "tegretol": "pillen", "methylfenidaat": "pillen", "ritalin": "pillen", "concerta": "pillen", "rilatine": "pillen", "dexamfetamine": "pillen", "tradonal": "pillen", "oxycontin": "pillen", "oxynorm": "pillen", "fentanyl": "pillen", "morphine": "pillen", "methadon": "pillen", "methadone": "pillen", "buprenorfine": "pillen", "naproxen": "pillen", "diclofenac": "pillen", "voltaren": "pillen", "brufen": "pillen", "aspro": "pillen", "acetylsalicylzuur": "pillen", "promethazine": "pillen", "phenergan": "pillen", "atarax": "pillen", "hydroxyzine": "pillen", "dormicum": "pillen", "midazolam": "pillen", "lormetazepam": "pillen", "loramet": "pillen", "noctamid": "pillen", "normison": "pillen", "nitrazepam": "pillen", "mogadon": "pillen", "seresta": "pillen", "tranxene": "pillen", "clorazepaat": "pillen", "clobazam": "pillen", "frisium": "pillen", "insuline": "pillen", "insulin": "pillen", "metoprolol": "pillen", "propranolol": "pillen", "inderal": "pillen", "digoxine": "pillen", "warfarine": "pillen", "sintrom": "pillen", "acenocoumarol": "pillen", "kalmeringsmiddelen": "pillen", "kalmeringsmiddel": "pillen", "kalmeringspillen": "pillen", "antipsychotica": "pillen", "opiaten": "pillen", "opioiden": "pillen", "opioden": "pillen", "slaapmiddel": "pillen", "slaapmedicijnen": "pillen", "acetaminophen": "pillen", "ambien": "pillen", "klonopin": "pillen", "ativan": "pillen", "adderall": "pillen", "lorazepams": "pillen", "temestas": "pillen", "xanaxen": "pillen", "ibuprofens": "pillen", "dafalgans": "pillen", "oxazepammen": "pillen", "antidepressivas": "pillen", "benzodiazepine": "pillen",
    # Flemish infinitives without -n, chat slang for suicide
    "zitte": "zitten", "stoppe": "stoppen", "sterve": "sterven", "springe": "springen", "hange": "hangen", "slape": "slapen",
    "killen": "doden", "unaliven": "doden", "unalived": "killed", "sewerslide": "suicide", "sewerslided": "suicide",
    "vastgeknoopt": "vastgemaakt", "geknoopt": "vastgemaakt", "zon": "zo een",
    # English
    "im": "i am", "ive": "i have", "id": "i would", "ill": "i will", "i'm": "i am",
    "dont": "do not", "cant": "can not", "cannot": "can not", "wont": "will not", "didnt": "did not",
    "doesnt": "does not", "isnt": "is not", "wasnt": "was not", "havent": "have not",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "wana": "want to", "wnt": "want",
    "kms": "kill myself", "kys": "kill yourself", "unalive": "kill", "unaliving": "killing",
    "ya": "you", "yu": "you", "ur": "your", "urself": "yourself", "yourselves": "yourself",
    "myslef": "myself", "meself": "myself", "ded": "dead", "dieing": "dying",
    "anymore": "anymore", "nomore": "no more", "tmrw": "tomorrow", "tonite": "tonight",
    "selfharm": "selfharm", "sh": "sh", "od": "overdose", "oded": "overdosed", "od'd": "overdosed",
    "overdosed": "overdosed", "ppl": "people", "bc": "because", "cuz": "because",
}

# English and Dutch contractions inside a token ("don't", "'k", "m'n"), applied before the split.
CONTRACTIONS: tuple[tuple[str, str], ...] = (
    (r"\b'k\b", " ik "), (r"\bk'\b", " ik "), (r"\bm'n\b", " mijn "), (r"\bd'r\b", " er "), (r"\bz'n\b", " zijn "),
    (r"(?<![a-z])'t\b", " het "), (r"n't\b", " not"), (r"\bi'm\b", "i am"), (r"'ve\b", " have"),
    (r"'re\b", " are"), (r"'ll\b", " will"), (r"'d\b", " would"), (r"\b(he|she|it|that|what|there|here|who|where|how|everything|nothing|something|anything|life|this|let|"
     r"tonight|today|tomorrow|now|time|everyone|everybody|nobody|someone|somebody|one|which)'s\b", r"\1 is"),
    (r"'s\b", ""),  # otherwise a possessive: "my dad's gun" -> "my dad gun"
)

# A first word fused with "k" in chat Dutch: "kwil", "kben", "kheb", "kga" -> "ik wil" ...
FUSED_IK = frozenset(
    "wil wou ben heb ga zie hoop denk zou kan snij kras doe sta zit neem voel hoef word wens "
    "hou moet haat durf loop spring".split()
)

# Words fuzzy matching may correct a typo to (long and distinctive: no common word nearby).
FUZZY_TARGETS = (
    "zelfmoord", "zelfdoding", "suicide", "suicidaal", "suicidale", "suicidal", "afscheidsbrief",
    "paracetamol", "overdosis", "overdose", "klaargelegd", "zelfbeschadiging", "mishandeld",
    "misbruikt", "verkracht", "ophangen", "gesneden", "doorgesneden", "opengesneden", "slaappillen",
    "medicijnen", "tabletten", "afscheid", "beroven", "ombrengen", "sterven", "myself", "mezelf",
    "mijzelf", "wakker", "ingenomen", "geslikt", "gespaard", "verzameld", "levensmoe", "stockpiling",
    "goodbye", "threatening", "plegen", "gewurgd", "klaarliggen", "springen", "zelfmoordgedachten",
    "doodsgedachten", "doodswens", "killing", "iedereen", "everyone", "everybody", "zonder",
    "without", "beter", "better", "leven", "kapot", "wakker", "uitweg", "altijd", "pillen", "sterven",
    "krassen", "gekrast", "burden", "zelfmoorden", "suicidaliteit", "genomen", "geslikt", "doodmaken",
    "einde", "wanna", "gonna", "killing", "alive", "living", "anymore", "dying", "niemand", "nobody",
    "missen", "bestaan", "doorgaan", "eruit", "uitstappen", "tussenuit", "levensmoe", "bloed", "suicidale",
    "afscheid", "springen", "spring", "ophangen", "verdrinken", "brug", "trein", "touw", "strop",
    "dood", "sterf", "wakker", "slapen", "slaappillen", "zonder", "zelfbeschadiging", "geslagen",
    "slaat", "vermoorden", "bedreigd", "dreigt", "misbruik", "beroven", "poging", "gedachten",
    "zelfmoordgedachten", "klaar", "vanavond", "vannacht", "tonight", "myself", "suicide",
)
# Tokens that are never "corrected", however close they are to a target.
PROTECTED = frozenset(
    "jezelf zichzelf uzelf yourself himself herself itself themselves ourselves hemzelf haarzelf "
    "leven lezen geven heven weven beven leveren levend beter bitter letter later zonder ronder "
    "zondag wakker wekker wacker kapot killing willing filling billing telling selling iemand "
    "springen dringen zingen dingen brengen sterren sterker steven mezelf myself "
    "medicijn afscheid goodbye everyone everybody without spuit injectiespuit syringe".split()
)

# -- persons -------------------------------------------------------------------------

FIRST = frozenset("ik i me mij mezelf mijzelf myself mijn my mine".split())
SECOND = frozenset("je jij jezelf jouw you yourself your yours".split())
THIRD = frozenset(
    "hij zij ze hem haar zichzelf hemzelf haarzelf hun he she him her himself herself they them "
    "themselves iemand someone somebody anyone mensen people men client clienten cliente clients "
    "patient patienten patiente patients jongere jongeren".split()
)
# Person nouns: after an article or possessive ("mijn moeder", "de man") they are a third person.
PERSON_NOUNS = frozenset(
    "moeder vader mama papa mam pap ma pa broer zus broertje zusje zoon dochter kind kinderen "
    "man vrouw vriend vriendin partner ex vent oom tante opa oma neef nicht buurman buurvrouw "
    "baas collega stiefvader stiefmoeder juf meester leraar docent client cliente patient jongen "
    "meisje mevrouw meneer persoon jongere mom mum dad mother father brother sister son daughter "
    "husband wife boyfriend girlfriend friend uncle aunt grandpa grandma boss teacher neighbour "
    "neighbor guy man woman girl boy person kid kids child children".split()
)
DETERMINERS = frozenset("mijn my de het een die deze dat the a an his her zijn haar hun their onze our".split())
NEGATIONS = frozenset("niet nooit geen not never no nobody".split())

# Everyday reasons to hold a knife, pills, rope or poison ({CHORE}), or to be on a roof or at a
# bridge ({PLACECHORE}): a method or place rule does not fire when the clause names one.
CHORE_WORDS = tuple(
    "koken keuken kook cook cooking kitchen groente groenten vlees brood tent kamperen camping verhuizing "
    "verhuizen moving knutselen hobby tuin garden hoofdpijn headache apotheek pharmacy recept prescription "
    "dokter huisarts doctor vaatwasser la lade keukenla aanrecht dishwasher drawer oma opa grootmoeder "
    "grandma grandpa week weekdoos pillendoos medicijndoos baxterrol ontbijt breakfast weekly muizen muis "
    "ratten rat mice mouse rats ongedierte pest insecten wespen onkruid weeds jacht hunting "
    "schietvereniging schillen schil appel appels fruit aardappel aardappelen uien ui boterham pakket pakketje "
    "peel peeling apple apples vegetables sandwich parcel vakantie reis holiday vacation trip waslijn wasgoed "
    "washing clothesline schommel swing hangmat hammock boot zeilen sailing klimmen climbing hek tuinhek fence "
    "omheining".split()
)
PLACE_CHORE_WORDS = tuple(
    ["goot", "dakgoot", "antenne", "zonnepanelen", "repareren", "schoonmaken", "schoon te maken", "klussen",
     "fix", "fixing", "repair", "clean", "cleaning", "gutter", "antenna", "solar", "uitzicht", "view", "zonnen",
     "feest", "party", "terras", "wacht", "wachten", "waiting", "wait", "vriend", "vriendin", "friend", "friends",
     "foto", "photo", "hond", "dog", "werk", "work", "school ophalen", "boodschappen", "shopping", "trein naar",
     "train to", "overstappen", "schip", "ship", "boot", "boat", "stuurhuis", "vissen", "fishing", "hengelen", "hengel"]
)

# The message talks about practice, training or a case rather than the writer's own life.
META_CUES = (
    r"\b(scenario|casus|case|rollenspel|roleplay|oefenen|oefening|oefengesprek|training|cursus|oefen|"
    r"practise|practice|practising|practicing|rehearse|rehearsing|rehearsal|"
    r"workshop|presentatie|protocol|preventie|zelfmoordpreventie|veiligheidsvraag|folder|artikel|"
    r"client|clienten|cliente|patient|patiente|boek|book|artikel|article|film|movie|serie|series|"
    r"documentaire|documentary|podcast|nieuws|news|krant|lezing|lecture)\b",
    r"\b(?:gesprek|gesprekken|conversation|conversations|lecture|les|lesson) (?:\w+ ){0,3}(?:over|about)\b",
    r"\bover (?:\w+ )?(?:zelfdoding|zelfmoord|suicide|suicidaliteit|zelfbeschadiging) (?:te )?(?:beginnen|starten|spreken|praten)\b",
    r"\b(?:vragen|vraag|vroeg|ask|asking|asked) (?:\w+ ){0,2}(?:naar|about|over)\b|\bnaar (?:\w+ ){0,2}(?:te )?vragen\b",
    r"\bhoe (vraag|reageer|stel|pak|bespreek|begin) ik\b",
    r"^(?:vertel|beschrijf|tell me|describe|leg) (?:eens |me |mij |nog |dan |eens wat |wat |meer |iets )*(?:over|about|wat|hoe|more|uit)\b",
    r"\bhow (do|should|can) i (ask|respond|react|talk|bring)\b",
    r"\bwhat (do|should) i (ask|say)\b",
    r"\bwat (zeg|vraag|doe) ik\b",
)

# Someone else's words quoted directly: 'de cliënt zegt: "ik wil dood"'. What follows the
# speech verb is the other person's, unless it goes on with "dat"/"that" (indirect speech,
# where the pronouns keep their own person).
SPEECH_FRAME = (
    r"\b(hij|zij|ze|he|she|they|iemand|someone|somebody|client|cliente|patient|patiente|"
    r"(?:de|een|mijn|the|a|my) (?:" + "|".join(sorted(PERSON_NOUNS)) + r"))"
    r"(?: \w+){0,3} (zegt|zei|zeggen|vertelt|vertelde|roept|riep|schrijft|schreef|appt|appte|"
    r"typt|antwoordt|says|said|tells|told|writes|wrote|texts|texted|answers|answered)"
    r"(?: (?:tegen |to )?(?:me|mij|je|you|us|ons))?\b"
)

# The writer announces they speak as someone else ("ik speel de cliënt: ..."); the rest of
# the sentence is that role's.
ROLE_FRAME = (
    r"\b(?:ik speel(?! (?:\w+ ){0,2}(?:niet|geen))|i play|i am playing|ik ben nu de|als (?:de |een )?client|in (?:de|mijn|je) rol|"
    r"in het rollenspel|in (?:the |a )?role ?play|as the client|speaking as|als cliente|de client zou zeggen|"
    r"the client would say|stel dat de client zegt|stel dat iemand zegt|suppose (?:the client|someone) says)\b"
)

# The writer steps out of the exercise: what follows is their own, whatever frame came before.
OUT_OF_ROLE = (
    r"\b(?:niet (?:meer )?de client|uit (?:de|mijn) rol|geen oefening|los van de oefening|buiten de oefening|"
    r"in het echt|echt waar|dit is echt|serieus nu|not part of (?:the|this) (?:exercise|practice)|breaking character|"
    r"out of character|ooc|for real|this is real|not role ?playing|niet meer aan het oefenen|no longer practising)\b"
)

# -- idioms --------------------------------------------------------------------------
# Removed from a clause before the rules run, so "ik ga dood van het lachen, echt, ik wil dood"
# still fires on its second half.
IDIOMS = (
    r"\bdood van (?:het |de )?\w+", r"\b(?:ga|gaat|ging|gaan) (?:er |eraan )?(?:nog |echt )?dood aan\b", r"\bga eraan dood\b",
    r"\b(?:lach|lachte|lachen|lacht|schrik|schrok|schrikken|verveel|verveelde|vervelen|"
    r"werk|werkte|werken|zoek|zocht|ergeren|erger|schaam|schaamde|zuip|vreet|rook) (?:me|mij|mezelf|je|zich) "
    r"(?:dood|kapot|te pletter|een ongeluk|rot|suf|scheel|een hoedje|dood aan)\b",
    r"\b(?:doodmoe|doodop|dood op|doodziek|doodstil|doodnormaal|doodeng|doodsaai|doodleuk|"
    r"doodgewoon|doodzonde)\b",
    r"\bom (?:je|me) dood te (?:lachen|vervelen|schrikken|ergeren)\b",
    r"\bover (?:mijn|m) lijk\b",
    r"\b(?:schiet|schoot|geschoten|schieten) (?:mezelf|me|mij|mijzelf|je|jezelf|zich|zichzelf) "
    r"(?:\w+ ){0,3}in (?:de|mijn|m|je|eigen) (?:\w+ )?voet\b",
    r"\bin (?:de|mijn|je|eigen) (?:eigen )?voet (?:schieten|geschoten|schiet)\b",
    r"\b(?:voor|tegen) (?:mijn|m|je) (?:kop|hoofd|harses) slaan\b",
    r"\b(?:telefoon|gsm|batterij|accu|laptop|computer|plant|planten|auto|motor|printer|phone|battery) "
    r"(?:\w+ ){0,2}(?:dood|leeg|dead)\b",
    r"\ber (?:zelf |ook |nog |echt |toch )?(?:iets|niets|niks|wat|veel|alles) aan (?:doen|gedaan|te doen|doet|deed)\b",  # do something about it
    r"\b(?:beter|weer|goed|rustig|lekker|door|normaal) (?:kunnen |kan |te )?(?:slapen|sleep)\b",  # sleeping well, a goal
    r"\bgat in de lucht\b", r"\b(?:overdosis|overdose) (?:aan|van|of) (?:werk|stress|informatie|suiker|koffie|zon|liefde|emoties|sport|work|information|sugar|coffee|love|sun|emotions)\b", r"\b(?:is|was|wordt) (?:\w+ ){0,2}om zelfmoord (?:van )?te plegen\b", r"\bsla(?:at|an)? (?:me|mij|je|hem|haar) (?:nog eens |nog |gewoon )?dood\b", r"\b(?:een )?(?:mes|dolk) in (?:de|mijn|m|je|zijn|haar) rug\b",
    r"\bzo \w+ dat (?:ik|i) (?:\w+ ){0,2}(?:kan|kon|zou kunnen|could) (?:\w+ )?(?:sterven|doodgaan|dood gaan|die)\b",
    r"\b(?:zou|kon|kan|could) (?:\w+ )?(?:kunnen )?(?:sterven|doodgaan|dood gaan|die) (?:van|of|from)\b", r"\bkan (?:mezelf|mijzelf|me|mij) wel (?:\w+ ){0,3}(?:slaan|schoppen|wurgen|vermoorden|opvreten|voor (?:mijn|m) kop slaan)\b", r"\bspring(?:en|t)? van (?:blijdschap|vreugde|geluk)\b",
    r"\bgesprongen van (?:blijdschap|vreugde|geluk)\b",
    r"\bdoor het vuur\b", r"\bdood(?:s)? ?(?:serieus|normaal)\b",
    r"\bmaakt me kapot\b", r"\bik ben kapot\b", r"\bga eraan dood als\b",
    r"\b(?:dying|died|die|dead) (?:of|from|laughing|with) (?:\w+ )?(?:laughter|laughing|embarrassment|"
    r"boredom|heat|hunger|thirst|cuteness|shame|cringe)\b",
    r"\bdied laughing\b", r"\bdying to\b", r"\bto die for\b", r"\bdead (?:tired|serious|end|line|lol|haha)\b",
    r"\bdeadline\b", r"\b(?:politieke|sociale|commerciele|financiele|political|social|career|commercial) (?:zelfmoord|suicide)\b", r"\b(?:could|would) (?:\w+ )?(?:kill|die) for\b", r"\bcould (?:just )?die\b",
    r"\bkill(?:ed|ing)? (?:it|time)\b",
    r"\b(?:\w+ )?(?:is|are|was|were) killing me\b", r"\b(?:am|is|i am) dead haha\b", r"\bi am dead$",
    r"\bjump (?:in|into|on) (?:the|a) (?:shower|car|pool|call|bath|train)\b",
    r"\bjump at the chance\b", r"\bkill me now\b", r"\bjumped at\b",
    r"\b(?:gesneden|snij|sneed|snijd|cut) (?:me |mezelf |myself )?(?:aan|on|while|bij het|tijdens) "
    r"(?:\w+ ){0,3}(?:blik|blikje|papier|glas|mes|scherf|koken|scheren|shaving|cooking|paper|can|glass)\w*\b",
    r"\bper ongeluk\b", r"\bby accident\b", r"\baccidentally\b",
)

# A sentence with laughter in it ("ik lag in een deuk, ik ga dood"): a bare "dood gaan" or
# "dead" in it is the laughing idiom. Not "ik wil dood": a wish is heard even with "haha".
LAUGHTER = (
    r"\b(?:haha\w*|hihi\w*|hehe\w*|lol|lmao|lmfao|rofl|xd|in een deuk|in een scheur|dubbel gelegen|lag dubbel|"
    r"lig dubbel|lagen dubbel|gierde|gieren|grappig|hilarisch|hilarious|funny|cracking up|crying laughing)\b"
)
LAUGHTER_IDIOMS = (
    r"\b(?:ik|i) (?:ga|ging|gaat|ben|was|am|is) (?:\w+ )?(?:dood|dead|dying)\b",
    r"\bnog (?:eens|een keer|ns) (?:\w+ )?dood\b",  # "zelfmoord" stays an alarm, laughing or not
)

# -- rules ---------------------------------------------------------------------------
# (category, kind, pattern). kind True: the match has no first-person word of its own, so
# the nearest pronoun decides (a question to "je"/"you" or a story about "hij" does not
# fire); without any pronoun, a statement counts as the writer's own, a question not.
# kind "first": as True, but a bare topic word ("Zelfbeschadiging is vaak ...") needs the
# writer in the clause ("ik", "me", "mijn ...") to fire. kind False: the match names the
# writer itself. kind "scene": someone else's threat, no person check. kind "statement": as
# "scene", but not in a question ("heeft hij gedreigd de kinderen iets aan te doen?").

SUICIDAL = "suicidal"
PLAN = "suicidal_plan"
SELF_HARM = "self_harm"
OVERDOSE = "overdose"
DANGER = "danger_at_home"
ABUSE = "abuse"

RULES: tuple[tuple[str, bool | str, str], ...] = (
    # --- explicit wish to die, Dutch -------------------------------------------------
    (SUICIDAL, False, r"\b{I} {G}(?:wil|wou|wens|hoop|verlang|zou willen|zou graag|zou liefst) {G}{DEATH}\b(?! van)"),
    (SUICIDAL, True, r"(?:^|\b(?:en|maar|dus|gewoon|echt|ook|nu) )(?:wil|wou) {G}{DEATH}(?: \w+)?$"),
    (SUICIDAL, True, r"\b{DEATH} (?:wil|willen|wou)\b"),
    (SUICIDAL, True, r"\b(?:niet|geen) {MORE} {G}(?:wil |willen |wou )?(?:leven|bestaan|doorleven|verder leven)\b"),
    (SUICIDAL, True, r"\b(?:wil|wou|willen) {G}(?:niet|geen) {MORE} (?:\w+ )?(?:leven|bestaan|verder)\b"),
    (SUICIDAL, False, r"\b{I} (?:kan en |kan of |kan niet en )?(?:wil|wou) {G1}(?:echt |gewoon |gwn |zo )?(?:niet|geen) meer(?:$| (?=(?:ik|en ik|i|echt|gewoon|hoor|sorry|alles|het|help)\b))"),
    (SUICIDAL, False, r"\b{I} (?:ga|gaat) (?:\w+ )?dood$"),
    (SUICIDAL, True, r"\b(?:mijn|m|het|dit|my|this) leven (?:\w+ )?(?:beeindigen|beindigen|beeindig|afmaken|afsluiten|eindigen|nemen)\b"),
    (SUICIDAL, True, r"\b(?:wil|wou) (?:\w+ )?(?:dat |dit |het |mijn |m )?leven (?:\w+ )?niet meer\b"),
    (SUICIDAL, True, r"\b(?:going to|gonna|want to|wanna|will|ready to|about to|gotta|need to|decided to|planning to|plan to|have to) end it\b(?! (?:with|between|for him|for her))"),
    (SUICIDAL, False, r"\bwaarom (?:\w+ ){0,2}(?:ik|i) (?:\w+ )?nog (?:leef|besta|ademhaal|hier ben)\b|\bwaarom (?:leef|besta) (?:ik|i) (?:\w+ )?nog\b"),
    (SUICIDAL, True, r"\b(?:geen|niet|no|not|nothing|niks|niets|any) (?:\w+ ){0,4}(?:nut|zin|reden|redenen|reason|reasons|point) (?:\w+ ){0,5}(?:leven|live|living|bestaan|go on|going on|be alive|staying alive|door te gaan|doorgaan|verder te gaan|verder gaan|keep going|carry on|keep living)\b"),
    (SUICIDAL, True, r"\b(?:nut|zin|point|reden) (?:\w+ ){0,3}(?:niet|geen|not|no) (?:\w+ ){0,4}(?:om te|to|in|of) (?:leven|live|living|bestaan|doorleven)\b"),
    (SUICIDAL, False, r"\bof (?:ik|i) (?:\w+ )?(?:leef|besta|dood ben|live|die) of (?:\w+ )?(?:dood|niet|die|not)\b"),
    (SUICIDAL, True, r"\b(?:tired of|sick of|done with|klaar met|moe van|het zat om te|genoeg van|genoeg van om te|had enough of|genoeg van het) (?:\w+ )?(?:living|life|being alive|leven|het leven|bestaan)\b"),
    (SUICIDAL, False, r"\b(?:care|notice|miss|matter|schelen|merken|missen|uitmaken|opvallen) (?:\w+ ){0,3}(?:if|als|wanneer) (?:i|ik) (?:\w+ )?(?:died|die|was gone|were gone|disappeared|doodga|dood ga|dood was|dood ben|er niet meer|weg was)\b"),
    (SUICIDAL, True, r"\b(?:geen|niet) (?:\w+ )?zin (?:meer )?(?:in|om) (?:\w+ )?(?:te )?(?:\w+ )?(?:leven|bestaan|verder leven)\b"),
    (SUICIDAL, True, r"\b(?:want|wish|need) (?:\w+ ){0,2}(?:everything|it all|all of it|all this|life|the pain|it) to (?:end|stop|be over)\b(?! (?:with|between))"),
    (SUICIDAL, True, r"\b(?:stap|stapte) (?:ik |i )?(?:er ?uit|eruit|ertussenuit)(?: voor (?:altijd|goed))?$"),
    (PLAN, True, r"\b(?:vinden|vindt|find|finds) (?:me|mij|mijn lichaam|my body)\b(?=.*\b(?:morgen|wel|dood|tomorrow|dead|later|straks)\b)"),
    (SELF_HARM, True, r"\b(?:tot|until|till|totdat) (?:\w+ ){0,3}(?:bloed|bloedt|bloeden|bleed|bleeds|bled|bleeding|blauwe plekken|blauw|bruises|bruised)\b"),
    (OVERDOSE, True, r"\b(?:volgepropt|volgestopt|vol gepropt|stuffed myself|volgegooid) (?:\w+ ){0,2}(?:met |with )?(?:\w+ )?(?:pillen|pills)\b"),
    (SUICIDAL, True, r"\b(?:er|het|mijn leven|m leven|alles) {G}(?:een )?(?:einde|eind) aan (?:\w+ )?(?:maken|maak|breien|brei|gemaakt)\b"),
    (SUICIDAL, True, r"\b(?:einde|eind) (?:\w+ )?(?:maken|maak|breien) aan (?:mijn leven|m leven|het leven|dit leven|alles|mezelf|mijn bestaan|het allemaal)\b"),
    (SUICIDAL, True, r"\b(?:einde|eind) aan (?:mijn|m) leven\b"),
    (SUICIDAL, True, r"\b(?:maak|maakte|maken|brei|breide) (?:\w+ )?er {G}(?:een )?(?:einde|eind) aan\b"),
    (SUICIDAL, True, r"\b(?:van kant|van het leven|om het leven|uit het leven)\b"),
    (SUICIDAL, False, r"\b(?:mezelf|mijzelf|myself) {G}(?:doden|dood maken|doodmaken|ombrengen|om het leven brengen|vermoorden|beroven|van kant|afmaken|op te hangen|ophangen)\b"),
    (SUICIDAL, False, r"\b{I} {G}(?:me|mij) {G}(?:doden|dood maken|doodmaken|ombrengen|om het leven brengen|vermoorden|van kant|afmaken|op te hangen|ophangen)\b"),
    (PLAN, False, r"\b(?:me|mezelf|mij|mijzelf) (?:\w+ ){0,2}op te (?:hangen|knopen)\b|\b(?:hang|knoop) (?:me|mezelf|mij|mijzelf) (?:\w+ ){0,3}op\b"),
    (SUICIDAL, False, r"\b{I} (?:heb|had|deed) (?:\w+ ){0,3}(?:een )?(?:zelfmoordpoging|poging|pogingen)\b(?! (?:om|tot afvallen|gedaan om|to))(?:.*\b(?:gedaan|ondernomen|overleefd)\b)"),
    (SUICIDAL, False, r"\b{I} (?:\w+ ){0,2}(?:kan|kon|ben|zou) (?:\w+ )?beter (?:af )?(?:dood(?: zijn| gaan)?|verdwijnen|weg zijn|er niet zijn|niet bestaan|ophouden met leven)\b"),
    (SUICIDAL, False, r"\b{I} (?:wil|wou) (?:dat |gewoon dat )?(?:alles|het allemaal|het leven) (?:\w+ )?(?:stopt|ophoudt|voorbij is|over is)(?:$| voor altijd| voorgoed)"),
    (SUICIDAL, True, r"\b(?:eeuwige rust|eternal rest|eeuwig slapen|rust voor altijd|rest forever|voor altijd rust)\b"),
    (SUICIDAL, True, r"\bgeen zin meer in (?:alles|het leven|leven|niks|niets|anything|life)$"),
    (SUICIDAL, False, r"\b(?:mezelf|mijzelf) {G}(?:iets|wat|wat ergs|iets ergs) (?:\w+ )?(?:aan ?doen|aandoe|aandoet|aan te doen)\b"),
    (SUICIDAL, False, r"\b{I} {G}(?:me|mij) {G}(?:iets|wat|wat ergs|iets ergs) (?:\w+ )?(?:aan ?doen|aandoe|aan te doen)\b"),
    (SUICIDAL, True, r"\b(?:zelfmoord|zelfdoding|suicide) (?:\w+ )?(?:plegen|pleeg|doen|begaan)\b"),
    (SUICIDAL, True, r"\b(?:pleeg|plegen|pleegt|pleegde) (?:\w+ ){0,2}(?:zelfmoord|zelfdoding|suicide)\b"),
    (SUICIDAL, True, r"\b(?:zelfmoord|zelfdoding|suicide|dood|death|dying) {G}(?:enige|laatste|beste|only|best|last) (?:uitweg|optie|oplossing|way out|option|solution|answer)\b"),
    (SUICIDAL, True, r"\bgeen (?:andere )?(?:uitweg|oplossing) (?:meer )?(?:dan|behalve) (?:\w+ ){0,3}(?:zelfmoord|zelfdoding|suicide|dood|sterven|de dood|einde|eind|doodgaan)\b"),
    (SUICIDAL, True, r"\b(?:zie|heb|is|zien) (?:\w+ )?geen (?:enkele )?uitweg meer$"),
    (SUICIDAL, True, r"\b(?:denk|denken|dacht|gedachten|gedachtes|plannen|plan|neiging|neigingen|overweeg|overweeg om|fantaseer) {G5}(?:aan |over |om )?(?:\w+ )?(?:zelfmoord|zelfdoding|suicide|dood te gaan|de dood|dood gaan|mezelf te doden|er een einde)\b"),
    (SUICIDAL, True, r"\b(?:zelfmoord|zelfdoding|suicide)(?:gedachten|gedachtes|plannen|neigingen|poging)\b"),
    (SUICIDAL, True, r"\b(?:zelfmoord|zelfdoding|suicide) (?:gedachten|gedachtes|plannen|neigingen)\b"),
    (SUICIDAL, True, r"\b(?:doodsgedachten|doodswens|doodsgedachtes|doodsverlangen|levensmoe)\b"),
    (SUICIDAL, True, r"\b(?:suicidaal|suicidale|suicidal)\b(?! (?:cliente?|client|patient|jongere|persoon|mensen|people|person|clients|patients))"),
    (SUICIDAL, True, r"\b(?:er|eruit|er uit|ertussenuit|er tussenuit) {G}(?:stappen|stap|knijpen|te stappen|uitstappen|uit te stappen|tussenuit)(?: voor (?:altijd|goed))?$"),
    (SUICIDAL, True, r"\b(?:eruit|er uit|ertussenuit|er tussenuit) {G}(?:stappen|stap|knijpen) voor (?:altijd|goed)\b"),
    (SUICIDAL, False, r"\b{I} {G}(?:wil|wou|ga) {G}sterven\b"),
    (SUICIDAL, True, r"\b(?:wil|wou|willen) (?:\w+ )?sterven\b"),
    (SUICIDAL, False, r"\b{I} (?:wil|wou|ga) (?:\w+ )?(?:ermee|er mee) (?:stoppen|kappen) (?:\w+ ){0,3}(?:leven|bestaan)\b"),
    (SUICIDAL, False, r"\b{I} (?:hoef|wil) {G}(?:niet|geen) meer te leven\b"),
    (SUICIDAL, "first", r"\b(?:zelfmoord|zelfdoding|suicide|suicidaal|suicidale|suicidal|zelfmoordpoging)\b"),
    # --- explicit, English -------------------------------------------------------------
    (SUICIDAL, True, r"\b(?:kill|killing|kil|murder|off|shoot|shooting|hang|hanging|drown|drowning|poison|poisoning) (?:my ?self)\b(?! (?:laughing|if|when|haha|in the foot))"),
    (SUICIDAL, True, r"\b(?:want|wish|need) (?:\w+ ){0,2}(?:someone|somebody|anyone|god) to (?:kill|end) me\b"),
    (SUICIDAL, True, r"\b(?:want|wanted|going|wish|wishing|planning|plan|ready|about|like) (?:\w+ )?(?:to|2) (?:\w+ )?(?:die|be dead|disappear forever|not exist|stop existing|cease to exist)\b(?! (?:of|from|for|laughing|if|when|als|before|trying|waiting))"),
    (SUICIDAL, True, r"\b(?:end|ending|take|taking) (?:it all|my (?:own )?life|my life|everything|things|my existence)\b(?! (?:with|between|at work|for now)\b)"),
    (SUICIDAL, True, r"\b(?:commit|committing|attempt|attempting) suicide\b"),
    (SUICIDAL, True, r"\bsuicid(?:e|al) (?:thoughts|ideation|plans|urges|feelings)\b"),
    (SUICIDAL, True, r"\b(?:thinking|think|thought|thoughts|considering) (?:\w+ )?(?:about|of) (?:\w+ )?(?:suicide|killing|ending|dying|death|not being here)\b(?!(?: \w+)? (?:with|between|met|the relationship|our|my job|it with)\b)"),
    (SUICIDAL, True, r"\b(?:do not|not|no longer|never) (?:\w+ )?(?:want|wanna|wish) (?:\w+ )?(?:to )?(?:live|be alive|exist|be here|go on|wake up|keep going)\b(?! (?:in|at|with|like this|here)\b)"),
    (SUICIDAL, True, r"\b(?:can not|cant|could not) (?:\w+ )?(?:go on|live like this|keep living|do this anymore|take it anymore)\b(?=.*\b(?:anymore|any more|life|living|die)\b)"),
    (SUICIDAL, True, r"\bno (?:reason|point) (?:to|in|of) (?:\w+ )?(?:live|living|go on|going on|life|being alive|wake up)\b"),
    (SUICIDAL, False, r"\b(?:why|waarom) (?:am|ben) (?:i|ik) (?:\w+ )?(?:still |nog )?(?:alive|here|hier|in leven|still here)\b"),
    (SUICIDAL, True, r"\bno point (?:anymore|any more|in anything|left|to anything)\b|\b(?:het|alles) (?:\w+ ){0,2}(?:heeft|has) (?:allemaal )?geen zin meer$|\bthere is no point$"),
    (SUICIDAL, False, r"(?!.*\b(?:you|your|je|jij|jou|jouw)\b)\b(?:what is|whats) (?:\w+ )?the point (?:of|in) (?:\w+ )?(?:living|life|going on|being alive|anything|it all)\b"),
    # --- passive wish ------------------------------------------------------------------
    (SUICIDAL, False, r"\b(?:zonder|without) (?:mij|me) (?:\w+ ){0,3}(?:beter|better|gelukkiger|happier|makkelijker|easier|blijer|rustiger)\b"),
    (SUICIDAL, True, r"\b(?:rather|prefer to|prefer) (?:\w+ )?not (?:be alive|live|exist|be here|wake up|be around)\b"),
    (SUICIDAL, False, r"\b{I} {G}(?:wil|wou|want to|wanna|zou|liefst|would like to|wish i could|could just) {G}(?:verdwijnen|disappear|vanish)\b(?:$| (?:voor altijd|voorgoed|for ever|forever|for good|en nooit))"),
    (SUICIDAL, False, r"\b(?:beter|better|happier|gelukkiger|blijer|makkelijker|easier|fine|prima|rustiger|lighter) (?:af |off )?(?:\w+ ){0,2}(?:zonder|without) (?:mij|me)\b"),
    (SUICIDAL, False, r"\b(?:beter|better) (?:af |off )?(?:\w+ ){0,2}(?:als|if|when) (?:ik|i) (?:just |gewoon |er gewoon |simply )?(?:er )?(?:was |were |am |would be |ben |zou )?(?:er )?(?:niet meer|niet|dood|gone|dead|not here|weg|verdwijn|verdwenen|verdwijnen|disappear|disappeared|doodga|dood ga|die|died|not around|not alive)\b"),
    (SUICIDAL, True, r"\b(?:liefst|liever|wou|wil|wens|hoop|fijn|prima|beter|rustig|graag|opluchting) (?:\w+ ){0,4}er (?:\w+ )?niet meer (?:te )?(?:zijn|bestaan)\b"),
    (SUICIDAL, True, r"\b(?:want|wish|need) (?:\w+ ){0,3}(?:to )?(?:stop|end|be over) (?:forever|for good|permanently)\b|\b(?:alles|het|het allemaal|het leven|mijn leven|everything|it all|life) (?:\w+ ){0,2}(?:voorgoed|voor altijd|definitief) (?:\w+ )?(?:stoppen|stopt|ophouden|ophoudt|over zijn|over is|voorbij zijn|voorbij is)\b(?! met)|\b(?:voorgoed|voor altijd) (?:stoppen|ophouden)$"),
    (SUICIDAL, True, r"\b(?:sleep|slapen|inslapen) (?:forever|for ever|voor altijd|voorgoed|and never wake|en nooit meer wakker)\b|\b(?:voor altijd|voorgoed) (?:\w+ )?(?:slapen|inslapen)\b"),
    (SUICIDAL, True, r"\b(?:beter af|better off) dood\b|\b(?:better off|beter af) (?:being )?dead\b"),
    (SUICIDAL, True, r"\b(?:nooit|niet) (?:meer )?(?:(?:wakker|wakke|wakker te) (?:worden|word|wordt|te worden)|opstaan|op te staan|ontwaken|wakker)\b"),
    (SUICIDAL, True, r"\b(?:wil|wou|hoop|wens|willen) {G}(?:niet|nooit) (?:meer )?wakker\b"),
    (SUICIDAL, True, r"\b(?:do not|not|never|dont) (?:\w+ )?wake up\b(?! (?:early|on time|at|in time|the|my|him|her|them))"),
    (SUICIDAL, True, r"\b(?:slapen|inslapen|sleep|go to sleep) en (?:nooit|niet) meer (?:wakker|op)\b|\bsleep (?:and|forever) (?:never )?(?:wake|forever)\b"),
    (SUICIDAL, False, r"\b{I} (?:ben|am) (?:het leven|leven|life|living) (?:moe|beu|zat|tired|done)\b"),
    (SUICIDAL, True, r"\b(?:het leven|leven|life) (?:heeft|is|voelt) (?:\w+ ){0,2}(?:geen zin|zinloos|pointless|meaningless|not worth)\b"),
    (SUICIDAL, True, r"\b(?:waarom|waarvoor|why) (?:zou|moet|should|would) (?:ik|i) (?:\w+ )?(?:nog )?(?:leven|doorgaan|verder leven|live|go on|keep living|stay alive|bestaan)\b"),
    (SUICIDAL, False, r"\bwat heeft (?:het leven|mijn leven|m leven|het allemaal|alles|het|dit leven) (?:\w+ )?(?:nog )?(?:voor )?zin\b"),
    (SUICIDAL, True, r"\b(?:was|ware|wou dat|wilde dat|wens dat|wenste dat|hoop dat|wish|wished|if only) (?:ik|i) (?:\w+ )?(?:dood|dead|nooit geboren|never born|er niet|weg(?! (?:kon|kan|kunnen|mocht|uit|van|naar)\b)|gone|not alive|niet meer leefde|niet leefde|never existed|nooit bestaan|never here|not here|niet hier|niet meer bestond|niet bestond|er niet meer was|er niet was)\b"),
    (SUICIDAL, True, r"\b(?:was|ware|had) (?:ik|i) (?:\w+ )?maar (?:dood|nooit|er niet|niet geboren|weg)\b"),
    (SUICIDAL, True, r"\b(?:had|heb) (?:ik )?(?:\w+ )?maar nooit (?:bestaan|geleefd|geboren)\b"),
    (SUICIDAL, True, r"\b(?:liever|rather|prefer to be) (?:\w+ )?(?:dood|dead)\b"),
    (SUICIDAL, False, r"\b{I} (?:zou|would) (?:\w+ ){0,2}(?:liever|rather) (?:\w+ )?(?:dood|dead|er niet (?:meer )?zijn|not be here|not exist)\b"),
    (SUICIDAL, False, r"\b{I} (?:ben|zou|wil|ben er|am) (?:\w+ ){0,2}liever niet meer\b"),
    (SUICIDAL, True, r"\b(?:het )?hoeft {G1}(?:voor mij |voor me |van mij |allemaal )?(?:allemaal )?niet meer\b"),
    (SUICIDAL, False, r"\b{I} hoef {G1}(?:het |allemaal )?niet meer$"),
    (SUICIDAL, False, r"\b{I} (?:ben|voel me|am|feel like) (?:\w+ ){0,2}(?:een last|a burden|tot last|een blok aan (?:het|hun|jullie|ieders) been|a weight)\b"),
    (SUICIDAL, True, r"\bgeen (?:\w+ )?(?:levenslust|levenswil|levensmoed|overlevingsdrang)\b|\b(?:lost|no|have no) (?:\w+ )?(?:the )?will to live\b"),
    (SUICIDAL, False, r"\b(?:als|if|when) (?:ik|i) (?:\w+ )?(?:doodga|dood ga|dood ben|die|died|er niet meer ben|weg ben|am gone|was gone) (?:\w+ ){0,3}(?:mist|missen|merkt|merken|niemand|nobody|no one|misses|notice|care)\b"),
    (SUICIDAL, False, r"\b(?:wereld|world) (?:\w+ ){0,4}(?:zonder mij|without me)\b|\b(?:draait|gaat|goes|go) (?:\w+ )?(?:door|verder|on) (?:\w+ )?(?:zonder|without) (?:mij|me)\b"),
    (PLAN, False, r"\b(?:plek|plaats|place|spot|manier|way|method|methode) (?:\w+ ){0,3}(?:waar|hoe|where|how|to) (?:ik|i) (?:\w+ ){0,2}(?:het|it) (?:ga |will |zal |am going to |gonna |ll )?(?:doen|do)\b"),
    (PLAN, True, r"\b(?:pillen|pills) van (?:mijn|m|my) (?:\w+ ){0,2}(?:meegenomen|gepakt|gestolen|weggenomen|stolen|took|taken)\b|\b(?:meegenomen|gepakt|gestolen|stole|took|nam) (?:\w+ ){0,2}(?:pillen|pills) van (?:mijn|m|my)\b"),
    (SELF_HARM, False, r"\b(?:mijn|m|my) (?:arm|armen|pols|polsen|been|benen|huid|dijen|arms|wrists|legs|skin|thighs) (?:\w+ ){0,3}(?:met|with) (?:een |a |mijn |my )?(?:scheermesje|scheermes|mesje|mes|schaar|glas|scherf|razor|blade|knife|glass|passer|aansteker|lighter)\b"),
    (OVERDOSE, True, r"\b(?:pillen|pills) (?:\w+ ){0,2}(?:te veel|teveel|too many|extra)\b.*\b(?:genomen|ingenomen|geslikt|took|taken|swallowed)\b"),
    (SUICIDAL, True, r"^(?!.*\b(?:met roken|met drinken|smoking|drinking|uit deze|uit de|uit dit|naar het buitenland|verhuizen|verhuis|emigreren|ruzie|job|baan|werk|school|relatie|stad|land|country|city)\b)(?=.*\b(?:wil|wou|wens|hoop|liefst|zou|want|wish|hope|rather|wanna)\b)(?=.*\b(?:slaap|slapen|sleep|asleep|weg|gone|rust|rest|verdwijn|verdwijnen|disappear|away|dood|dead)\b).*?\b(?P<t>voor altijd|voorgoed|for good|forever|for ever|permanently|eeuwig)\b"),
    (SUICIDAL, True, r"\b(?:geen zin|niet|nooit|hoop niet|do not want|dont want|never want) (?:\w+ ){0,3}wakker (?:te )?(?:worden|word)\b"),
    (SUICIDAL, True, r"\b(?:ogen|eyes) (?:\w+ ){0,2}(?:dicht|dichtdoen|sluiten|close|closing)\b.*\b(?:nooit meer|never|niet meer) (?:\w+ )?(?:open|opendoen|openen|opening|wakker)\b"),
    (PLAN, True, r"\b(?:gaskraan|gas|oven) (?:\w+ ){0,2}(?:opengedraaid|open gedraaid|opendraaien|aangezet|aangedaan|open gezet|opengezet|turned on)\b|\b(?:draai|zet) (?:\w+ )?(?:de )?gas(?:kraan)? (?:\w+ )?open\b"),
    (SUICIDAL, True, r"\b(?:leef|live|living|leven) (?:of|or) (?:\w+ )?(?:dood|die|dead|sterf|not)\b"),
    (SUICIDAL, True, r"\b(?:wish|want|hope|wens|hoop|wou) (?:\w+ ){0,3}(?:everything|it all|alles|het allemaal|life|het leven) (?:\w+ ){0,2}(?:end|ends|ended|stop|stops|over|ophoudt|stopt|voorbij)\b"),
    (PLAN, False, r"\b(?:als|wanneer|when|if|by the time) (?:jullie|je|you|u|iemand|someone|ze|they|anyone) (?:\w+ ){0,2}(?:dit|this) (?:\w+ )?(?:lezen|leest|read|reads|vindt|vinden|find|finds)\b.*\b(?:niet meer|weg|dood|gone|dead|not here|no longer|vaarwel|sorry|afscheid|goodbye|over|too late|te laat)\b|\b(?:when|if|by the time) (?:you|someone|they|anyone) (?:\w+ )?(?:read|reads|find|finds) (?:this|these|my)\b.*\b(?:gone|dead|not here|no longer|goodbye|sorry|over|too late)\b"),
    (PLAN, True, r"{CHORE}\b(?:gif|strop|pistool|vuurwapen|wapen|gun|poison|noose) (?:\w+ ){0,3}(?:gehaald|gekocht|besteld|geregeld|in huis|geladen|loaded|got|bought|ordered)\b"),
    (SUICIDAL, True, r"\b(?:niemand|nobody|no one) (?:\w+ ){0,3}(?:om|about|for) (?:mij|me) (?:\w+ )?(?:rouwen|huilen|treuren|geven|malen|mourn|cry|care|grieve)\b"),
    (SUICIDAL, False, r"\bbeter af (?:met|with) (?:een )?(?:andere|nieuwe|another|a different|a new|a better) (?:mama|moeder|papa|vader|mom|dad|mother|father|partner|vrouw|man|wife|husband)\b"),
    (SUICIDAL, True, r"\b(?:mijn|m|het|my) leven (?:\w+ )?(?:moet|mag|gaat|must|has to|needs to) (?:\w+ )?(?:stoppen|ophouden|eindigen|over zijn|voorbij zijn|end|stop)\b"),
    (PLAN, True, r"\b(?:water|rivier|zee|gracht|kanaal|river|sea|lake|canal)\b.*\b(?:ga|spring|loop|walk|go|jump|stap) (?:ik |i )?(?:erin|er in|in)$"),
    (PLAN, True, r"\b(?:ga|gaan|wil|loop|lopen|spring|walk|walking|going|want to) (?:\w+ ){0,2}(?:het water|de rivier|de zee|de gracht|het kanaal|het meer|the water|the river|the sea|the lake|the canal) (?:\w+ )?(?:in|into|inlopen|in lopen|in springen)\b|\b(?:walk|walking|jump|jumping) into (?:the )?(?:water|river|sea|lake|canal)\b"),
    (PLAN, True, r"\b(?:morgen|straks|vanavond|na vanavond|tomorrow|soon|after tonight|by tomorrow) (?:ben ik|i am|i will|i ll|i will be|ik ben) (?:er |here )?(?:niet meer|not be here|be gone|gone|no longer here|not here anymore|not around)\b"),
    (PLAN, True, r"\b(?:dit is|this is|dit wordt) (?:mijn|m|my) (?:allerlaatste|laatste|last|final) (?:bericht|berichtje|message|post|woorden|words|appje|text)\b"),
    (PLAN, False, r"\b(?:zult|zal|zullen|gaan|gaat|will|ll|are going to|re going to) (?:\w+ )?(?:me|mij) (?:\w+ )?(?:nooit meer|never again|never|niet meer) (?:\w+ )?(?:zien|horen|spreken|see|hear|talk to)\b"),
    (PLAN, True, r"\b(?:alles|al mijn spullen|everything|all my stuff|all my things) (?:\w+ )?(?:weggegeven|weg gegeven|given away|gave away)\b|\b(?:gave|given) away (?:\w+ )?(?:everything|all i have|all i had)\b"),
    (DANGER, True, r"\b(?:krijg|kreeg|gekregen|get|got|getting) (?:\w+ ){0,2}(?:slaag|klappen|rammel|pak slaag|een pak rammel|beaten up|beat up)\b"),
    (SUICIDAL, True, r"\b(?:niemand|nobody|no one|no1) (?:\w+ ){0,2}(?:mij|me|het) (?:\w+ ){0,2}(?:missen|merken|miss|notice|care)\b"),
    (SUICIDAL, False, r"\bals {I} (?:er )?(?:niet meer|dood|weg) (?:ben|was|zou zijn|ga)\b"),
    (SUICIDAL, False, r"\bif {I} (?:was|were|am|died|disappeared) (?:\w+ )?(?:gone|dead|not here|no longer)\b"),
    (SUICIDAL, False, r"\b{I} (?:wil|wou|zou) {G}(?:er )?(?:gewoon )?niet meer (?:willen )?(?:zijn|bestaan|hier zijn)\b"),
    (SUICIDAL, False, r"\b{I} (?:wil|wou|want to|wanna) {G}(?:verdwijnen|disappear)(?: (?:voor altijd|voorgoed|for ever|forever|for good|en nooit meer \w+))?$"),
    (SUICIDAL, False, r"\b{I} (?:wil|wou|want to|wanna) {G}(?:verdwijnen|disappear) (?:voor altijd|voorgoed|for ever|forever|for good|en nooit meer)\b"),
    (SUICIDAL, False, r"\b{I} {G}(?:hoop|wens|hope|wish) {G}(?:dat |that )?(?:ik|i) (?:\w+ ){0,5}(?:ongeluk|doodga|dood ga|dood|die|dead|overreden|accident|hit by|sterf|sterven|overlijd|overlijden|niet meer leef|niet meer besta|niet meer wakker|not alive|not wake up)\b"),
    (SUICIDAL, False, r"\b{DEATH} (?:zijn |zou )?(?:lijkt|voelt|klinkt) (?:me|mij) (?:\w+ )?(?:rustig|rustiger|fijn|fijner|beter|een opluchting|prima)\b"),
    (SUICIDAL, False, r"\b{I} (?:zou|zal) het niet erg vinden (?:als|om) (?:ik )?(?:\w+ ){0,2}(?:dood|niet meer wakker|er niet meer|sterf)\b"),
    (SUICIDAL, False, r"\b{I} zie (?:het|dat|dit|t|er|alles) (?:leven |allemaal |echt |gewoon |helemaal |eigenlijk |nu |even )*(?:niet|nooit|geen) meer zitten\b"),
    (SUICIDAL, True, r"\bzie (?:het leven|mijn leven|m leven|het bestaan) (?:\w+ )?niet meer zitten\b"),
    (SUICIDAL, False, r"\b{I} denk (?:\w+ ){0,3}aan de dood\b"),
    (SUICIDAL, True, r"\b(?:het|t) is (?:genoeg|klaar|over) geweest\b(?=.*\b(?:leven|vaarwel|doei|afscheid|sorry)\b)"),
    (SUICIDAL, True, r"\bvaarwel (?:allemaal|iedereen|wereld)\b|\bgoodbye (?:everyone|world|all)\b"),
    # --- plans and methods ---------------------------------------------------------------
    (PLAN, True, r"{CHORE}\b{METHOD}\b(?:.*)\b(?:gespaard|opgespaard|verzameld|gekocht|klaargelegd|klaar gelegd|klaargezet|klaar gezet|klaarstaan|naast me|naast mij|next to me|in front of me|voor me|voor mij|collecting|gathering|lined up|laid out|set out|counted|geteld|uitgestald|op een rij|klaarliggen|klaarleggen|klaar liggen|liggen klaar|ligt klaar|verstopt|gepakt|vastgemaakt|opgehangen|gelegd|neergelegd|saved|saving|stockpiled|stockpiling|hoarding|collected|bought|ready|hidden|tied)\b"),
    (PLAN, True, r"{CHORE}\b(?:gespaard|opgespaard|verzameld|gekocht|klaargelegd|klaarliggen|verstopt|gepakt|vastgemaakt|saved|saving|stockpiled|stockpiling|hoarding|collected|collecting|gathering|gathered|bought|tied|spaar|verzamel) (?:\w+ ){0,4}{METHOD}\b"),
    (PLAN, True, r"\b(?:alles|everything|it all) (?:\w+ ){0,2}(?:voorbereid|klaargelegd|klaar gelegd|klaargezet|klaar gezet|klaar liggen|klaar staan|klaarstaan|klaarliggen|ligt klaar|staat klaar|ready|planned|prepared|set)\b(?! (?:voor|for) (?:de|het|een|the|a|my|mijn|school|werk|work|tomorrow|morgen|the)\b)"),
    (PLAN, True, r"\b(?:afscheidsbrief|suicide note|goodbye (?:letter|letters|note|notes)|farewell (?:letter|note))\b"),
    (PLAN, True, r"\b(?:letter|letters|brief|brieven|note|notes) (?:\w+ ){0,5}(?:say goodbye|saying goodbye|afscheid|goodbye)\b"),
    (PLAN, True, r"\b(?:brief|briefje|brieven|letter|letters|note) (?:\w+ ){0,4}(?:achter|achterlaten|achtergelaten|behind)\b|\b(?:laat|leave|leaving|left) (?:\w+ ){0,3}(?:brief|briefje|letter|note) (?:\w+ ){0,4}(?:achter|behind)\b"),
    (PLAN, True, r"\b(?:neem|slik|take|swallow) (?:ik |i )?(?:ze|they|them|alles|it all|everything) (?:\w+ )?(?:allemaal|all|in een keer|tegelijk|in|at once)\b(?=.*\b(?:vanavond|vannacht|tonight|nu|now|straks|allemaal|all)\b)|\b(?:vanavond|vannacht|tonight) (?:neem|slik|take|swallow) (?:ik |i )?(?:ze|them|alles|everything)\b"),
    (SUICIDAL, True, r"^(?=.*\b(?:wil|wou|willen|liefst|liever|hoop|wens|verlang|zou|want|wanna|wish|rather|hope)\b).*?\b(?P<t>dood|sterven|doodgaan|dood gaan|dood zijn)\b(?! (?:van|aan|op|moe|stil|eng|gewoon|normaal|ziek|op|ernstig|serieus)\b)"),
    (SUICIDAL, True, r"^(?=.*\b(?:niet meer|geen zin|zinloos|geen nut|niks waard|niets waard|punt achter|beeindigen|klaar mee|genoeg van|levensmoe|beu|geen reden|geen toekomst|pointless|meaningless|not worth|worthless|no point|no reason)\b).*?\b(?P<t>leven|life|living|bestaan)\b(?! (?:van|zonder|lang|met|in)\b)"),
    (SELF_HARM, True, r"\b(?P<t>krassen|kras|gekrast|krast|selfharmen)\b(?! (?:in|op|aan|de|het|een|mijn naam)\b)"),
    (PLAN, True, r"\b(?:genoeg|enough|\d{2,}|heel veel|a lot of|loads of|tig|plenty of|stash of|a stash of|supply of|stockpile of|hoard of|voorraad) (?:\w+ )?(?:pillen|pills)\b(?! (?:per|a day|per dag|voorgeschreven|prescribed))"),
    (PLAN, True, r"\b{METHOD} (?:\w+ ){0,2}in (?:de|the|mijn|m|my) (?:hand|handen|hands|tas|bag|zak|pocket)\b"),
    (PLAN, True, r"{CHORE}\b(?:have|got|heb|hebben|bought|gekocht) (?:\w+ ){0,2}(?:rope|noose|touw|strop|gun|pistool|vuurwapen)\b(?!.*\b(?:nodig|need|voor de|for the|verhuizing|moving)\b)"),
    (PLAN, False, r"\b(?:weet|know|knew|bedacht|besloten|decided) (?:al |precies |exact |already |exactly )?(?:hoe|how|waar|where|wanneer|when) (?:ik|i) (?:\w+ ){0,2}(?:het |it )?(?:ga |will |am going to |gonna |zal |would |wil )?(?:doen|do|do it)(?:$| en | and | vanavond| tonight| morgen| tomorrow)(?! (?:met|with))"),
    (PLAN, False, r"\b(?:planned|gepland|bedacht|uitgedacht|figured out|worked out) (?:\w+ ){0,2}(?:hoe|how) (?:ik|i) (?:\w+ ){0,2}(?:het |it )?(?:ga |will |am going to |gonna |zal |would )?(?:doen|do|do it)\b"),
    (PLAN, True, r"\b(?:spullen|bezittingen|things|stuff|belongings) (?:\w+ )?(?:weggegeven|weg gegeven|verdeeld|given away)\b|\b(?:gave|given|giving) away (?:all )?my (?:things|stuff|belongings|possessions)\b"),
    (PLAN, True, r"\bafscheid (?:\w+ ){0,2}genomen (?:van )?(?:iedereen|everyone|voor altijd|for good)\b"),
    (PLAN, True, r"\b(?:datum|dag|date|day) (?:\w+ )?(?:geprikt|gekozen|bepaald|vastgesteld|picked|chosen|set)\b"),
    (PLAN, True, r"\b(?:vanavond|vannacht|tonight) (?:\w+ ){0,2}(?:is het zover|gebeurt het|ga ik het doen|doe ik het|is the night|i do it|i will do it|i am doing it)\b(?! (?:niet|not|nog niet|toch niet)\b)"),
    (PLAN, True, r"\b(?:morgen|straks|nu|zometeen|tomorrow|today|vandaag) (?:\w+ ){0,2}(?:gebeurt het|ga ik het doen|doe ik het|is the day|it happens|i do it|i will do it)$"),
    (PLAN, True, r"\b(?:is het zover|ga ik het doen|is the night)\b(?=.*\b(?:vanavond|vannacht|tonight)\b)"),
    (PLAN, True, r"\b(?:besloten|decided) (?:\w+ ){0,3}(?:vanavond|vannacht|morgen|tonight|tomorrow|het te doen|to do it|gebeurt)\b"),
    (PLAN, True, r"\b(?:plan|plannen|plan gemaakt|have a plan|made a plan) (?:\w+ ){0,3}(?:om|to|for) (?:\w+ ){0,4}(?:dood|einde|eind|doden|zelfmoord|kill|end|die|suicide|sterven)\b"),
    (PLAN, True, r"\b(?:ga|gaan|going to|gonna|will|wil|zal|i am going to) (?:het |it )?(?:doen|do it|do it now|het nu doen)\b(?=.*\b(?:{METHOD}|brug|dak|trein|spoor|bridge|roof|train)\b)"),
    (PLAN, True, r"\b{METHOD}\b(?=.*\b(?:ga het doen|ga ik het doen|i am going to do it|going to do it|do it tonight|vanavond|vannacht|tonight|ik kan (?:het )?niet meer|ik trek (?:het )?niet meer|i can not do this|klaar mee|afscheid|vaarwel|doei allemaal|bye|sorry|het spijt me|vergeef me|forgive me|love you all|hou van jullie)\b)"),
    (PLAN, True, r"\b(?:spring|springen|sprong|jump|jumping|jumped|vallen|laten vallen|val|gooien|gooi|werpen|storten|throw myself|fall|falling) (?:\w+ ){0,3}(?:van|vanaf|off|from|in front of|voor|onder|uit) (?:de |het |een |the |a |this |that |mijn |my )?(?:\w+ )?(?:brug|dak|flat|flatgebouw|balkon|trein|spoor|raam|viaduct|klif|toren|parkeergarage|gebouw|appartement|appartementsgebouw|hoogbouw|venster|verdieping|etage|floor|storey|bridge|roof|train|building|window|cliff|balcony|tower|tracks|rooftop|overpass|highway|snelweg|apartment)\b"),
    (PLAN, True, r"\b(?:van|vanaf|off|from|voor|in front of|onder) (?:de |het |een |the |a )?(?:\w+ )?(?:brug|dak|flat|flatgebouw|gebouw|hoogbouw|balkon|trein|spoor|raam|viaduct|klif|verdieping|etage|appartement|toren|parkeergarage|rots|rotsen|kade|pier|bridge|roof|train|building|window|cliff|tracks|floor|tower) (?:\w+ )?(?:springen|spring|jump|jumping|te springen|storten|laten vallen|gooien)\b"),
    (PLAN, False, r"\b{I} (?:ga|gaan|wil|am going to|want to|will|zal) (?:nu |now |straks |zo |vannacht |vanavond |morgen |vandaag |tonight |tomorrow |today |echt |gewoon )*(?:springen|jump)$"),
    (PLAN, True, r"\b(?:voor|onder) (?:de|een) (?:trein|metro|tram|vrachtwagen|bus|auto) (?:\w+ )?(?:springen|spring|liggen|lopen|stappen|gooien|duiken|te springen|werpen)\b"),
    (PLAN, True, r"\b(?:ga|gaan|loop|wil|wou|zal|spring|gooi|duik|lig|stap|ren) (?:\w+ ){0,2}(?:voor|onder) (?:de|een) (?:trein|metro|tram|vrachtwagen)\b(?! (?:van|naar|om|richting|of|uit|in|op|terug|halen|te halen|pakken|nemen|te pakken)\b)"),
    (PLAN, True, r"\b(?:in front of|under) (?:a|the) (?:train|truck|bus|car)\b"),
    (PLAN, True, r"{PLACECHORE}\b(?:op|bij|aan) (?:de|het|een) (?:\w+ )?(?:dak|brug|spoor|rails|treinrails|spoorlijn|viaduct|klif|flat|balkon|parkeergarage) (?:\w+ )?(?:gestaan|gezeten|geweest|gelegen|geklommen)\b"),
    (SUICIDAL, True, r"\bfeel like (?:ending it|ending my life|ending everything|ending it all|dying|killing myself|giving up on life|disappearing forever|not existing)\b"),
    (PLAN, True, r"\b(?:plan|plannen)\b.*\b(?:going to do it|do it tonight|gonna do it|ga het doen|ga ik het doen|doe ik het|het vanavond doen|het vannacht doen)\b"),
    (PLAN, True, r"{PLACECHORE}\b(?:sta|staan|zit|zitten|ben|lig|klim|klimt|klom|stond|zat|lag|stood|sat|was|standing|sitting|am|climbing|climbed) (?:\w+ ){0,3}(?:op|bovenop|boven op|aan|on|on top of|at the top of|up on) (?:de |het |een |the |a |my |mijn )?(?:\w+ )?(?:dak|flat|flatgebouw|balkon|parkeergarage|vensterbank|reling|toren|hoogste verdieping|roof|rooftop|ledge|balcony|top floor|tower|parking garage|brug|spoor|rails|treinrails|spoorlijn|viaduct|klif|kade|pier|bridge|tracks|train tracks|railway|cliff|overpass)\b"),
    (PLAN, True, r"\b(?:rand|randje|edge|ledge|richel) (?:van|of) (?:het |de |een |the |a |this |that )?(?:\w+ )?(?:perron|platform|spoor|dak|brug|balkon|flat|gebouw|raam|klif|viaduct|parkeergarage|roof|bridge|balcony|building|window|cliff|overpass|rooftop)\b|\b(?:op de rand|on the edge|on the ledge|over de rand|over the edge)$"),
    (PLAN, True, r"{PLACECHORE}\b(?:sta|staan|zit|zitten|ben|lig|loop|lopen|ga|rij|rijd|fiets|wandel|ren|standing|sitting|am|walking|heading|going|driving|op weg|onderweg|on my way) (?:\w+ ){0,5}(?:bij|naar|richting|at|to|towards|near) (?:de |het |een |the |a )?(?:\w+ )?(?:dak|roof|rooftop|brug|spoor|rails|treinrails|spoorlijn|viaduct|klif|kade|pier|bridge|tracks|train tracks|railway|cliff|overpass)\b"),
    (PLAN, True, r"{PLACECHORE}\b(?:loop|lopen|ga|rij|rijd|fiets|wandel|ren|walking|going|heading|driving|op weg|onderweg|on my way) (?:\w+ ){0,2}(?:naar|to) (?:de|het|een|the|a) (?:brug|spoor|rails|spoorlijn|dak|viaduct|klif|bridge|tracks|roof|cliff|railway)\b"),
    (PLAN, True, r"\b(?:ga|gaan|wil|going to|gonna|want to|will|zal) (?:nu |now |straks |zo |echt |really |gewoon |just )?(?:springen|jump)$"),
    (PLAN, False, r"\b(?:thought|think|thinking|planned|planning|figured|nagedacht|bedacht|denk|weet) (?:\w+ ){0,2}(?:about |of |over |na over )?(?:how|ways?|the way|the best way|methods?|hoe|manieren) (?:\w+ ){0,2}(?:i would|i will|i could|i d|to|ik|om) (?:\w+ ){0,3}(?:do it|end it|die|kill|het zou doen|het ga doen|het kan doen|het doen|er een einde aan|dood te gaan|te sterven)\b"),
    (PLAN, False, r"\b(?:how many|how much|hoeveel) (?:\w+ )?(?:pillen|pills) (?:\w+ ){0,4}(?:kill|lethal|dodelijk|fatal|to die|it takes|takes to|om dood|om te sterven|nodig)\b|\b(?:lethal|dodelijke|fatal) (?:dose|dosis|overdose)\b"),
    (PLAN, True, r"\b(?:googled|googlede|gegoogeld|gegoogled|googelen|opgezocht|searched|looked up|zoek op|zocht|researched|research|uitgezocht|onderzocht|looked into|read about|gelezen over) (?:\w+ ){0,6}(?:pijnloos|painless|dodelijk|lethal|zelfmoord|suicide|kill myself|overdose|overdosis|ophangen|hang myself|dood te gaan|to die|ways to die|how to die|how to kill|manieren om dood|om dood te gaan)\b"),
    (PLAN, True, r"\b(?:wil|wou) (?:\w+ )?(?:het|dit) leven uit\b|\bplan\b.*\b(?:springen|spring|jump|ophangen|hang|overdose|overdosis|einde|end it|kill|doden|dood|sterven|die)\b"),
    (PLAN, True, r"\b(?:spaargeld|spullen|bezittingen|savings|belongings|geld|money) (?:\w+ ){0,4}(?:gegeven|weggegeven|given|gave)\b.*\b(?:afscheid|goodbye|vaarwel)\b"),
    (PLAN, True, r"\b{METHOD} (?:\w+ ){0,2}(?:op|tegen|aan|on|against|to|at) (?:mijn|m|my) (?:pols|polsen|keel|hals|arm|slaap|wrist|wrists|throat|neck|head)\b"),
    (PLAN, True, r"\b{METHOD} (?:\w+ ){0,3}(?:bij elkaar|bijeen|apart gelegd|apart gehouden|verzamelen|sparen|spaar|bij elkaar gezocht|gezocht)\b|\b(?:bij elkaar|bijeen) (?:\w+ ){0,2}{METHOD}\b"),
    (PLAN, True, r"\b(?:het is|is het) (?:\w+ )?(?:vanavond |vannacht )?zover\b(?=.*\b(?:vanavond|vannacht|tonight|afscheid|vaarwel)\b)|\b(?:het is|is het) (?:vanavond|vannacht) zover\b"),
    (PLAN, True, r"\b(?:niemand|nobody|no one|nooit meer|never again|never) (?:\w+ ){0,4}(?:na vanavond|na vannacht|after tonight|na vandaag|after today)\b|\b(?:na vanavond|na vannacht|after tonight) (?:\w+ ){0,4}(?:niemand|nobody|no one|nooit meer|never|niet meer|no more)\b"),
    (PLAN, True, r"\b(?:testament|my will) (?:\w+ ){0,3}(?:opgesteld|gemaakt|geschreven|geregeld|made|written|done)\b(?=.*\b(?:klaar|afscheid|vaarwel|ready|goodbye|geregeld|kat|hond|pets?|vanavond|tonight|spullen)\b)"),
    (PLAN, True, r"\b(?:ga|gaan|wil|spring|stap|duik|jump|go) (?:\w+ ){0,2}(?:van|vanaf|off) (?:de|het|een|the|a) (?:\w+ )?(?:dak|flat|flatgebouw|balkon|parkeergarage|brug|viaduct|klif|toren|roof|bridge|cliff|overpass|balcony|building|tower)\b(?! (?:af (?:fietsen|lopen|rijden)|naar|to)\b)"),
    (PLAN, True, r"\b(?:trein|metro|tram|train) (?:\w+ ){0,3}(?:in de weg (?:lopen|gaan|staan|springen)|tegemoet (?:lopen|gaan))\b"),
    (PLAN, True, r"\bgarage\b.*\bmotor (?:aan|draait|draaien|running|on)\b|\bmotor (?:aan|draait|running|on)\b.*\bgarage\b"),
    (PLAN, True, r"{CHORE}^(?=.*\b(?:klaar|ready|genoeg|enough|allemaal|all of them|gespaard|saved|afscheid|vaarwel|bye|vergeef|forgive|het einde|the end|vanavond|vannacht|tonight)\b).*?\b(?P<t>touw|strop|rope|noose|pistool|vuurwapen|gun|gif|poison)\b"),
    (PLAN, True, r"{CHORE}^(?=.*\b(?:klaar|ready|genoeg|enough|allemaal|all of them|gespaard|saved|afscheid|vaarwel|bye|vergeef|forgive|het einde|the end)\b).*?\b(?P<t>pillen|pills|mes|knife|scheermes|razor)\b"),
    (PLAN, True, r"\b(?:letters|brieven|notes|briefjes|brief) (?:\w+ ){0,2}(?:to|voor|aan) (?:everyone|everybody|iedereen|all|my family|mijn familie|iedereen van wie)\b"),
    (PLAN, True, r"\b{METHOD} (?:\w+ ){0,3}(?:op|on|naast|next to|onder|under|in) (?:mijn|m|my) (?:bed|kussen|pillow|nachtkastje|nightstand|bedside)\b"),
    (PLAN, True, r"^(?=.*\b(?:springen|spring|springt|sprong|jump|jumping|jumped|afscheid|vaarwel|bye|vergeef|forgive|het einde|the end|laatste keer|last time)\b).*?\b(?P<t>brug|spoor|rails|dak|flat|trein|train|metro|viaduct|klif|bridge|tracks|roof|ledge|cliff|overpass)\b"),
    (PLAN, True, r"\b(?:uitlaat|uitlaatgassen|koolmonoxide|exhaust|carbon monoxide|houtskool|charcoal|heliumfles)\b"),
    (PLAN, True, r"\b(?:use|gebruiken|gebruik) (?:it|het|them|ze|hem) (?:on|op|tegen) (?:myself|mezelf|mijzelf)\b"),
    (PLAN, True, r"\b(?:ophangen|ophang|opknopen|opknoop|verhangen|hang myself|hanging myself|strop|noose)\b"),
    (PLAN, False, r"\b{ME} {G}(?:verdrinken|verdrink|drown|overdoseren|doodrijden|vergassen|vergiftigen|poison|neerschieten|doodschieten|shoot)\b"),
    (PLAN, True, r"\b(?:tegen|into) (?:een|de|a|the) (?:boom|muur|tree|wall|truck|vrachtwagen) (?:\w+ )?(?:rijden|rij|aan rijden|crashen|drive|crash)\b|\b(?:rij|rijden|drive|crash) (?:\w+ ){0,3}(?:tegen|into) (?:een|de|a|the) (?:boom|muur|tree|wall|vrachtwagen|truck)\b"),
    (PLAN, True, r"\b(?:going to|gonna|will|want to|wanna|ga|wil) (?:slit|cut|open|doorsnijden|opensnijden) (?:\w+ )?(?:wrists?|throat|polsen|pols|keel)\b|\b(?:slit|slitting) (?:\w+ )?(?:wrists?|throat)\b"),
    (PLAN, True, r"\b(?:said|saying|say) goodbye to (?:everyone|everybody|all|my family|the world|you all)\b"),
    (PLAN, True, r"\b(?:polsen|pols|wrists?) (?:\w+ )?(?:doorsnijden|doorsnijd|opensnijden|door te snijden|slit|slitting|cut open)\b"),
    (PLAN, True, r"\b(?:pillen|pills) (?:\w+ ){0,4}(?:innemen|in nemen|inneem|slikken|take|taking|swallow)\b(?=.*\b(?:alle|al mijn|al m|allemaal|vanavond|vannacht|tonight|all|all of|every)\b)"),
    (PLAN, True, r"\b(?:alle|al mijn|al m|all my|all of my|all the) (?:\w+ )?(?:pillen|pills) (?:\w+ ){0,2}(?:innemen|in nemen|inneem|slikken|take|nemen|taking|swallow)\b"),
    # --- overdose taken ------------------------------------------------------------------
    (OVERDOSE, True, r"\b(?:te veel|teveel|alle|al mijn|al m|al de|een hele|heel veel|veel|every|each|a bottle of|bottle of|a box of|a pack of|a packet of|een doos|een fles|een pot|een potje|een pakje|hele voorraad|mijn hele voorraad|voorraad|stash|supply|a load of|load of|a bunch of|een handvol|een hoop|hoop|een heleboel|heleboel|een stapel|een zak|zak|ganse|een ganse|zoveel|zo veel|handvol|een strip|strip|strips|een doos|doos|doosje|een doosje|pot|potje|flesje|fles|tig|\d{2,}|all|all my|all of my|too many|too much|a lot of|the whole|a whole|whole|handful|bunch of|entire|loads of|lots of|twee strips|alles) (?:\w+ ){0,3}(?:pillen|pills|bottle)\b(?:.*)\b(?:genomen|ingenomen|geslikt|leeggegeten|opgegeten|opgenomen|op|took|taken|swallowed|had|ate|popped|downed)\b"),
    (OVERDOSE, True, r"\b(?:genomen|ingenomen|geslikt|leeggegeten|opgegeten|took|taken|swallowed|ate|popped|downed) (?:\w+ )?(?:te veel|teveel|alle|al mijn|een hele|a bottle of|bottle of|a box of|a pack of|a packet of|a load of|load of|hele voorraad|voorraad|stash|heel veel|een handvol|handvol|een strip|strip|strips|een doos|doosje|een doosje|\d{2,}|all|all my|all of my|too many|the whole|a whole|whole|handful|bunch of|entire|loads of|lots of) (?:\w+ ){0,3}(?:pillen|pills|bottle)\b"),
    (OVERDOSE, True, r"\b(?:pillen|pills) (?:\w+ ){0,3}(?:genomen|ingenomen|geslikt|took|taken|swallowed) (?:\w+ ){0,2}(?:met|with) (?:\w+ )?(?:drank|alcohol|wijn|bier|wodka|whisky|alcohol|booze|wine|vodka|beer)\b"),
    (OVERDOSE, True, r"\b(?:pillen|pills) (?:\w+ ){0,2}(?:met|with) (?:\w+ )?(?:drank|alcohol|wijn|bier|wodka|whisky|booze|wine|vodka|beer) (?:\w+ ){0,2}(?:genomen|ingenomen|geslikt|took|taken|swallowed|op)\b"),
    (OVERDOSE, "first", r"\b(?:overdosis|overdose|overdosed|overdoseren)\b"),
    (OVERDOSE, True, r"\b(?:pillen|pills)\b.*\b(?:in een keer|ineens|tegelijk|tegelijkertijd|at once|in one go|all together)\b.*\b(?:genomen|ingenomen|geslikt|took|taken|swallowed)\b|\b(?:genomen|ingenomen|geslikt|took|taken|swallowed)\b.*\b(?:pillen|pills)\b.*\b(?:in een keer|ineens|tegelijk|at once|in one go)\b|\b(?:pillen|pills)\b.*\b(?:in een keer|ineens|tegelijk|at once|in one go) (?:\w+ )?(?:genomen|ingenomen|geslikt|took|taken|swallowed)\b"),
    (OVERDOSE, True, r"\b(?:drank|alcohol|wijn|bier|wodka|whisky|booze|wine|vodka|beer|fles|bottle)\b.*\b(?:gedronken|genomen|ingenomen|geslikt|op|drank|took|taken|swallowed|had)\b.*\b(?:met|with|en|and|plus) (?:\w+ )?(?:pillen|pills)\b|\b(?:drank|alcohol|wijn|bier|wodka|whisky|booze|wine|vodka|beer) (?:\w+ ){0,3}(?:gedronken|drank|had) (?:\w+ ){0,2}(?:met|with|en|and|plus) (?:\w+ )?(?:pillen|pills)\b"),
    (OVERDOSE, True, r"\b(?:doosje|strip|pot|potje|fles|flesje|bottle) (?:\w+ ){0,2}(?:leeggegeten|leeg gegeten|leeg gemaakt|opgegeten|leeggemaakt|emptied|finished)\b"),
    # --- self-harm -----------------------------------------------------------------------
    (SELF_HARM, False, r"\b(?:mezelf|mijzelf|myself) {G}(?:geslagen|gestompt|gekrabd|gebeten|geknepen|gekrast|slaan|stompen|krabben|bijten)\b"),
    (SELF_HARM, False, r"\b{ME} {G}(?:snij|snijd|snijden|sneed|gesneden|kras|krassen|gekrast|kerf|kerven|gekerfd|brand|branden|gebrand|verbrand|verwond|verwonden|beschadig|beschadigen|beschadigd|open gehaald|opengehaald|pijn doen|pijn gedaan|pijn doe|cut|cutting|burn|burned|burnt|burning|hurt|hurting|harm|harming|scratch|scratching|bang|hit|punch)\b"),
    (SELF_HARM, False, r"\b{I} {G}(?:snij|snijd|sneed|kras|kerf|brand|beschadig) (?:\w+ )?(?:mezelf|mijzelf|me|mij|in mijn|in m|mijn|m)\b"),
    (SELF_HARM, False, r"\b(?:snij|snijd|sneed|gesneden|kras|krassen|gekrast|kerf|gekerfd|brand|gebrand|cut|cutting|burn|burned|burning|scratch) (?:\w+ )?(?:in |into |on )?(?:mijn|m|my) (?:\w+ )?(?:arm|armen|pols|polsen|been|benen|huid|buik|dijen|dij|bovenbenen|arms|wrist|wrists|legs|skin|thighs|stomach)\b"),
    (SELF_HARM, False, r"\b(?:mijn|m|my) (?:\w+ )?(?:arm|armen|pols|polsen|benen|huid|dijen|arms|wrists|legs|thighs) (?:\w+ ){0,2}(?:gekerfd|gebrand|bewerkt|doorgesneden|door gesneden|kapotgesneden|kapot gesneden|opengekrast|kapotgekrast|opengehaald|open gehaald|opengesneden|gesneden|kapotgekrast|gekrast|bebloed|cut)\b"),
    (SELF_HARM, True, r"(?:^|\b{I} (?:ben |am |heb |have |has |had )?(?:(?:weer|again|al|nog|steeds|net|opnieuw|started|begonnen|been|ben|aan het|vandaag|gisteren|vannacht) )*)(?:kras|krassen|gekrast|krast|cut|cutting|gesneden|snij|snijd)(?: (?:weer|again|nog|steeds|elke dag|every day|meer|vaker|today|vandaag|gisteren|vannacht|yesterday|last night|tonight|vanavond|opnieuw))*$"),
    (SELF_HARM, "first", r"\b(?:zelfbeschadiging|automutilatie|zelfverwonding|selfharm|self harm|self harming|selfharming|self injury|cutting myself)\b"),
    (SELF_HARM, False, r"\b(?:bonk|bonken|bonkte|sla|slaan|sloeg|knal|bang|banging|hit|hitting) (?:\w+ ){0,2}(?:mijn|m|my) (?:hoofd|kop|head) (?:\w+ ){0,2}(?:tegen|against) (?:de |the |een |a )?(?:muur|wall|deur|door|vloer|floor|kast)\b"),
    (SELF_HARM, False, r"\b{I} (?:\w+ ){0,3}(?:hurt|harm|cut|burn|burned|burnt) (?:\w+ ){0,2}(?:on purpose|deliberately|expres|opzettelijk)\b"),
    (SUICIDAL, False, r"\b(?:wish|hope) (?:that )?(?:i|ik) (?:\w+ ){0,2}(?:disappear|vanish|die|be dead|not exist|sleep forever|never wake)\b"),
    (SUICIDAL, True, r"\b(?:stoppen|kappen|ophouden|stop) (?:ermee |er mee )?met (?:het |mijn |m )?leven\b"),
    (SELF_HARM, False, r"\b(?:mezelf|mijzelf) {G}pijn\b|\bdoe (?:me|mij) pijn\b"),
    (SELF_HARM, False, r"\b(?:cut|cutting|burn|burned|burnt|burning|hurt|hurting|harm|harming|scratch|scratching|snij|snijd|sneed|kras|krab|krabde|brand|verbrand|verbrandde|beschadig|verwond|bijt|punch|punching|starve|starving|sla|sloeg|slaan|hit|hitting|bonk|knijp|pijnig|straf|punish|punishing) (?:\w+ )?(?:myself|mezelf|mijzelf)\b(?! (?:playing|at|during|bij|tijdens|while|on the|in the|in de|aan de|met sport|shaving|cooking|by accident))"),
    (PLAN, True, r"\b(?:pillen|pills|touw|rope|mes|knife|pistool|gun)\b.*\b(?:ik ga|ga ik|i am going to|i will|im gonna|going to|gonna) (?:ze|het|hem|them|it) (?:\w+ )?(?:nemen|innemen|slikken|gebruiken|doen|take|use|swallow)\b|\b(?:pillen|pills|touw|rope|mes|knife|pistool|gun)\b.*\b(?:going to|gonna|will|i am going to) (?:take|use|swallow) (?:them|it)\b"),
    (PLAN, True, r"\b(?:neem|slik|take|taking|swallow) (?:\w+ ){0,3}(?:alle|al mijn|al m|al die|all my|all the|all of my|every|each) (?:\w+ )?(?:pillen|pills)\b"),
    # --- danger and abuse at home --------------------------------------------------------
    (ABUSE, False, r"\b(?:gooit|gooide|smijt|smeet|throws|threw|throwing) (?:\w+ ){0,3}(?:naar|at|tegen) (?:me|mij)\b"),
    (ABUSE, False, r"\b(?:zit|zat) (?:\w+ ){0,3}(?:man|oom|vader|stiefvader|broer|opa|neef|buurman|hij|iemand) aan (?:me|mij)\b"),
    (SELF_HARM, True, r"\bcut (?:\w+ )?(?:deep|deeper|too deep|really deep)\b|\b(?:te )?diep gesneden\b"),
    (SUICIDAL, True, r"\b(?:uitweg|way out|oplossing|solution|option|optie)\b.*\b(?:dood|sterven|doodgaan|dood gaan|zelfmoord|zelfdoding|die|death|dying|suicide)\b"),
    (SUICIDAL, True, r"\b(?:want|wanna|need) (?:\w+ )?out of (?:this|my) life\b|\b(?:wil|wou) (?:\w+ ){0,2}(?:eruit|er uit|weg)\b.*\buit (?:dit|het|mijn) leven\b|\buit (?:dit|het) leven (?:stappen|weg|gaan|vertrekken)\b"),
    (SUICIDAL, False, r"\b(?:iedereen|everyone|everybody|ze|they) (?:heeft|hebben|has|have) (?:\w+ )?(?:last van|only trouble with) (?:mij|me)\b"),
    (SELF_HARM, False, r"\b(?:peuk|peuken|sigaret|sigaretten|aansteker|cigarette|cigarettes|lighter) (?:\w+ ){0,3}(?:op|on) (?:mijn|m|my) (?:\w+ )?(?:arm|armen|hand|handen|huid|been|benen|pols|arms|skin|leg|legs|wrist|hands)\b"),
    (OVERDOSE, True, r"\b(?:took|taken|swallowed|genomen|ingenomen|geslikt|leeggehaald|opgegeten) (?:\w+ ){0,3}(?:medicine cabinet|medicijnkast|medicijnkastje|medicine cupboard|medicijnla)\b|\b(?:alles|everything) (?:\w+ ){0,2}(?:uit|in|from) (?:de |het |the )?(?:medicijnkast|medicijnkastje|medicine cabinet)\b"),
    (PLAN, True, r"\b{METHOD} (?:\w+ ){0,5}(?:in|naar|onder) (?:mijn|m|my) (?:kamer|bed|kussen|room|pillow) (?:\w+ )?(?:gelegd|verstopt|gebracht|meegenomen|hidden|put|taken)\b"),
    (SUICIDAL, True, r"\b(?:maakt|kan) (?:\w+ ){0,2}(?:niemand|nobody|no one) (?:\w+ ){0,2}(?:uit|schelen)\b.*\bof (?:ik|i) (?:\w+ ){0,3}(?:ben|besta|leef|dood|er ben|er niet)\b|\b(?:nobody|no one) (?:\w+ ){0,2}(?:cares|care) (?:if|whether) (?:i|i am) (?:\w+ ){0,2}(?:live|exist|alive|here|dead|die|gone)\b"),
    (SUICIDAL, True, r"\b(?:iets doms|iets stoms|iets drastisch|iets ergs|something stupid|something drastic|something dumb|something bad) (?:\w+ )?(?:ga |gaat |zal |will |gonna )?(?:doen|do|to myself|met mezelf)\b|\b(?:do|doing) (?:something|anything) (?:stupid|drastic|dumb)\b"),
    (PLAN, True, r"\b(?:ik|i) (?:er )?(?:morgen|straks|vanavond|na vanavond|tomorrow|soon|after tonight) (?:er )?(?:niet meer|not here|gone|no longer here) (?:ben|zal zijn|zijn|be|will be)\b"),
    (SELF_HARM, True, r"\b(?:begonnen|beginnen|begin|start|started|starting|gestart) (?:\w+ )?(?:met )?(?:snijden|krassen|kerven|branden|cutting|self harming|selfharming|harming myself|hurting myself|burning myself)\b"),
    (DANGER, True, r"^(?=.*\b(?:vader|papa|man|vriend|partner|stiefvader|moeder|hij|he|dad|father|husband|boyfriend|stepdad|tekeer|agressief|dronken|slaat|boos|angry|drunk|violent|bang|scared)\b).*?\b(?P<t>verstopt|verstop|verschanst|opgesloten|hiding|hide|locked myself|ingesloten)\b"),
    (ABUSE, False, r"\b(?:slaat|sloeg|slaan|geslagen|gooit|gooide|smijt|smeet|duwde|throws|threw|shoves|shoved|pushes|pushed|slams|slammed|schopt|schopte|geschopt|mishandelt|mishandelde|mishandeld|misbruikt|misbruikte|wurgt|wurgde|gewurgd|verkracht|verkrachtte|aangerand|randt|bedreigt|bedreigde|bedreigd|trapt|trapte|duwt|knijpt|hits|hit|beats|beat|beaten|abuses|abused|rapes|raped|chokes|choked|strangles|strangled|kicks|kicked|molests|molested|punches|punched|threatens|threatened) (?:\w+ ){0,2}(?:me|mij)\b(?! (?:iets|wel eens|haha))(?!.*\b(?:pillow|kussen|snowball|sneeuwbal|bal|ball|per ongeluk|by accident|accidentally|haha|lol|grapje)\b)"),
    (ABUSE, False, r"\b(?:me|mij) (?:\w+ ){0,4}(?:gegooid|gesmeten|geduwd|gestompt|geslagen|geschopt|mishandeld|misbruikt|gewurgd|verkracht|aangerand|bedreigd|getrapt|geduwd|aangevallen|wurgen|verkrachten)\b"),
    (ABUSE, False, r"\b{I} (?:word|werd|ben|was|am|was|get|got|am being|was being) (?:\w+ ){0,4}(?:geslagen|geschopt|mishandeld|misbruikt|gewurgd|verkracht|aangerand|bedreigd|getrapt|geduwd|beaten|hit|abused|raped|molested|assaulted|choked|strangled|threatened|attacked|aangevallen)\b"),
    (ABUSE, False, r"\b(?:oom|vader|stiefvader|broer|opa|neef|buurman|hij|man|iemand|uncle|dad|father|stepdad|brother|grandpa|he|someone|a man) (?:\w+ ){0,2}(?:zit|zat|zitten|komt|kwam) (?:\w+ ){0,2}aan (?:me|mij)\b|\b(?:oom|vader|stiefvader|broer|opa|neef|buurman|hij|uncle|dad|father|stepdad|brother|grandpa|he) (?:\w+ ){0,2}(?:betast|betastte|touches|touched|groped|gropes|molests|molested) (?:me|mij)\b"),
    (ABUSE, False, r"\b(?:slaat|sloeg|mishandelt|misbruikt|schopt|beats|hits|abuses) (?:mama|mam|mom|mum|mommy)\b"),
    (ABUSE, False, r"\b(?:slaat|sloeg|mishandelt|misbruikt|schopt|beats|hits|abuses|hitting|beating|slapping|kicking|slaan|schoppen|mishandelen) (?:\w+ ){0,2}(?:mijn|my) (?:\w+ )?(?:broertje|zusje|kinderen|kind|moeder|mama|baby|dochter|zoon|broer|zus|brother|sister|kids|mom|mum|mother|children|child|baby|daughter|son)\b"),
    (DANGER, False, r"\b{I} (?:ben|voel me|am|feel|voel mij) (?:\w+ )?(?:niet|not|never|nooit) (?:meer )?(?:\w+ )?(?:veilig|safe)\b|\b{I} do not (?:\w+ )?feel (?:\w+ )?safe\b"),
    (ABUSE, False, r"\b(?:hij|zij|he|she|they) (?:\w+ ){0,2}(?:hurts|hurt|is hurting|keeps hurting) (?:me|mij)\b|\b(?:hij|zij|ze) (?:\w+ ){0,2}doet (?:me|mij) (?:\w+ )?pijn\b"),
    (DANGER, True, r"\b(?:durf|dare|afraid|scared|bang) (?:\w+ ){0,2}(?:niet |not )?(?:meer )?(?:naar huis|thuis|to go home|go home|to be home|to go back)\b"),
    (DANGER, True, r"\b(?:niet|not|never|nooit) (?:\w+ )?(?:veilig|safe) (?:\w+ )?(?:thuis|at home|in (?:mijn|my) (?:huis|house|home))\b|\b(?:thuis|at home) (?:\w+ ){0,2}(?:niet|not|never|nooit) (?:\w+ )?(?:veilig|safe)\b"),
    (DANGER, "scene", r"\b(?:hij|zij|ze|he|she|they|mijn (?:vader|man|vriend|partner|stiefvader|ex|vent|moeder|broer)|my (?:dad|father|husband|boyfriend|partner|stepdad|ex|mom|brother)) (?:\w+ ){0,3}(?:heeft|houdt|staat|pakt|pakte|zwaait|dreigt|has|holding|grabbed|is holding|got) (?:\w+ ){0,4}(?:mes|messen|pistool|wapen|vuurwapen|knife|gun|weapon)\b"),
    (DANGER, "scene", r"\b(?:mes|pistool|wapen|knife|gun|weapon) (?:\w+ ){0,4}(?:vermoorden|dood|aandoen|doodmaken|kill|hurt|stab|steken|neersteken)\b"),
    (DANGER, False, r"\b(?:dreigt|dreigde|gedreigd|bedreigt|bedreigde|threatens|threatening|threatened) (?:\w+ ){0,3}(?:me|mij)\b(?!.*\b(?:haha|lol)\b)"),
    (DANGER, False, r"\b(?:hij|zij|ze|he|she|they) (?:\w+ ){0,6}(?:me|mij) (?:\w+ ){0,2}(?:te )?(?:vermoorden|vermoordt|doodmaken|doodmaakt|dood maken|kill|murder|iets aandoen|iets aandoet|iets aan doen|wat aandoen|slaan|steken|neersteken|wurgen|doodsteken|doodschieten|neerschieten|in elkaar slaan|afmaken|stab|shoot|strangle)\b(?!.*\b(?:haha|lol)\b)"),
    (DANGER, False, r"\b(?:(?:mijn|my|m) (?:\w+ )?(?:man|vriend|partner|vader|papa|pa|stiefvader|moeder|mama|broer|oom|ex|vent|lief|vrouw|vriendin|husband|boyfriend|dad|father|stepdad|stepfather|mother|mom|mum|brother|uncle|girlfriend|wife)) (?:\w+ ){0,6}(?:me|mij) (?:\w+ ){0,2}(?:te )?(?:iets aandoen|iets aandoet|iets aan doen|wat aandoen|slaan|steken|neersteken|wurgen|doodsteken)\b(?!.*\b(?:haha|lol)\b)"),
    (DANGER, False, r"\b(?:hij|zij|he|she) (?:\w+ ){0,3}(?:kill|kills|murder|hurt|hurts|stab|strangle|choke|chokes|shoot|beats|hits) (?:me)\b(?!.*\b(?:haha|lol|late|laat)\b)(?! if i (?:forget|forgot|do not|miss|lose|break|eat|spend|am late|fail|mess|screw|tell (?:her|him) about))"),
    (DANGER, False, r"\b(?:(?:mijn|my|m) (?:\w+ )?(?:man|vriend|partner|vader|papa|pa|stiefvader|moeder|mama|broer|oom|ex|vent|lief|vrouw|vriendin|husband|boyfriend|dad|father|stepdad|stepfather|mother|mom|mum|brother|uncle|girlfriend|wife)) (?:\w+ ){0,3}(?:hurt|hurts|stab|stabs|strangle|strangles|choke|chokes|shoot|beat|beats|hit|hits) (?:me)\b(?!.*\b(?:haha|lol|late|laat)\b)"),
    (DANGER, False, r"\b(?:kill|vermoorden|vermoordt|doodmaken|hurt|slaan|pijn doen) (?:\w+ ){0,2}(?:me|mij) (?:\w+ )?(?:if|als|wanneer) (?:i|ik) (?:\w+ ){0,2}(?:tell|vertel|zeg|say|leave|wegga|ga weg|call|bel|report|aangifte)\b"),
    (ABUSE, False, r"\b(?:stiefvader|vader|oom|opa|broer|neef|buurman|hij|stepdad|stepfather|uncle|dad|father|he|grandpa) (?:\w+ ){0,3}(?:komt|kwam|sluipt|sloop|comes|came|sneaks) (?:\w+ ){0,3}(?:(?:op|in|naar|into|to) (?:mijn|m|my) (?:kamer|bed|room)|bij (?:mij|me) in (?:bed|mijn bed|de kamer|mijn kamer)|in (?:my|mijn) bed)\b"),
    (DANGER, False, r"\b(?:bang|scared|afraid|terrified|doodsbang) (?:\w+ ){0,3}(?:hij|zij|ze|he|she|they|him|(?:(?:mijn|my|m) (?:\w+ )?(?:man|vriend|partner|vader|papa|pa|stiefvader|moeder|mama|broer|oom|ex|vent|lief|vrouw|vriendin|husband|boyfriend|dad|father|stepdad|stepfather|mother|mom|mum|brother|uncle|girlfriend|wife))) (?:\w+ ){0,3}(?:me|mij) (?:\w+ ){0,2}(?:vermoord|vermoordt|vermoorden|kill|kills|murder|iets aandoet|iets aan doet|hurt|hurts|slaat|hits|dood)\b"),
    (DANGER, False, r"\b(?:bang|scared|afraid|terrified|doodsbang) (?:\w+ ){0,3}(?:he|she|they|hij|zij|(?:(?:mijn|my|m) (?:\w+ )?(?:man|vriend|partner|vader|papa|pa|stiefvader|moeder|mama|broer|oom|ex|vent|lief|vrouw|vriendin|husband|boyfriend|dad|father|stepdad|stepfather|mother|mom|mum|brother|uncle|girlfriend|wife))) (?:\w+ ){0,3}(?:kill|hurt|murder|beat|hit|stab|vermoordt|vermoorden|slaat|steekt) (?:me|mij)\b"),
    (DANGER, True, r"\b(?:bang|scared|afraid|terrified|doodsbang) (?:\w+ ){0,2}(?:voor|of) (?:mijn |my )?(?:vader|man|vriend|partner|stiefvader|ex|vent|hem|dad|father|husband|boyfriend|stepdad|him)\b"),
    (DANGER, False, r"\b(?:hij|zij|ze|he|she) (?:\w+ ){0,3}(?:me|mij) (?:\w+ ){0,1}(?:iets|wat) (?:aan ?doen|aandoet|aan te doen)\b"),
    (DANGER, "scene", r"\b(?:staat|is|staan) (?:\w+ )?(?:voor de deur|beneden|binnen|buiten) (?:\w+ ){0,4}(?:mes|pistool|wapen|knife|gun|vermoorden|kill|slaan|aandoen)\b"),
    # --- fresh batch 1 (written before the rules; general forms of what it missed) ------
    (SUICIDAL, True, r"\b(?:punt|streep) (?:achter|onder) (?:mijn|m|het|dit) (?:leven|bestaan)\b"),
    (SUICIDAL, False, r"\b(?:mezelf|mijzelf|me|mij) {G}om (?:te )?(?:brengen|zeep helpen)\b|\bbreng (?:mezelf|mijzelf|me|mij) (?:\w+ ){0,3}om$"),
    (SUICIDAL, True, r"\b(?:het|alles|het allemaal|het leven|mijn leven|dit|dit leven) (?:mag|mogen|moet|kan) (?:\w+ ){0,3}(?:ophouden|stoppen|voorbij zijn|over zijn|afgelopen zijn|eindigen)(?: (?:allemaal|voorgoed|nu|gewoon|wat mij betreft))?$"),
    (SUICIDAL, True, r"\blaat (?:het|alles|het allemaal|dit) (?:\w+ ){0,2}(?:stoppen|ophouden|voorbij zijn|over zijn|eindigen)(?: (?:allemaal|voorgoed|nu|gewoon))?$"),
    (SUICIDAL, False, r"\b{I} (?:zou|zal) het niet erg vinden (?:als|om) (?:ik )?(?:\w+ ){0,5}(?:dood|niet meer wakker|er niet meer|sterf|ongeluk|overreden|doodga|verongeluk)\b"),
    (SUICIDAL, True, r"\b(?:waarom|waarvoor|why) (?:zou|moet|should|would) (?:ik|i) (?:\w+ )?(?:nog )?(?:verder gaan|verdergaan|door gaan|blijven leven|hier blijven|keep going)$"),
    (SUICIDAL, True, r"\b(?:leven|life|bestaan) (?:is|heeft|means|is worth) (?:\w+ )?(?:niks|niets|nothing) (?:meer|anymore)\b"),
    (PLAN, False, r"\b(?:plek|plaats|place|spot|manier|way|methode|method|datum|moment|tijdstip|dag) (?:\w+ ){0,2}(?:uitgezocht|gevonden|gekozen|bedacht|gepland|picked|found|chosen|planned) (?:\w+ ){0,2}(?:om|to) (?:het|it) (?:te )?(?:doen|do)\b"),
    (PLAN, True, r"{CHORE}\b(?:auto|motor|car|engine) (?:\w+ ){0,4}(?:laten lopen|laat lopen|laat draaien|laten draaien|running|draaiend)\b.*\b(?:garage|deur dicht|dichte deur|ramen dicht|closed|door shut)\b|\bgarage\b.*\b(?:auto|motor|car|engine) (?:\w+ ){0,3}(?:laten lopen|laat lopen|laten draaien|laat draaien|running|aan)\b"),
    (PLAN, True, r"{CHORE}\b(?:zit|sta|lig|ben|zat|stond|lag|sitting|standing|lying|am) (?:\w+ ){0,2}(?:met|with) (?:een |het |de |mijn |m |a |the |my )?(?:\w+ )?{METHOD} (?:\w+ ){0,3}(?:in|op|on|at) (?:de |het |mijn |m |the |my )?(?:badkamer|bad|wc|toilet|slaapkamer|kamer|zolder|garage|auto|bed|bos|brug|dak|bathroom|bedroom|room|attic|car|woods|bridge|roof|bath)\b"),
    (PLAN, True, r"\b(?:geef|gaf|geven|weggeven|give|giving) (?:\w+ ){0,2}(?:al mijn|al m|all my|all of my) (?:\w+ )?(?:spullen|bezittingen|things|stuff|belongings|possessions) (?:\w+ ){0,3}(?:weg|away)\b(?!.*\b(?:kringloop|goede doel|marktplaats|verkoop|verkopen|verhuizing|verhuis|charity|thrift)\b)"),
    (PLAN, True, r"\b(?:huisdieren|kat|katten|hond|honden|pets|cat|dog|spullen|bezittingen|spaargeld) (?:\w+ ){0,4}(?:gegeven|weggegeven|given away|gave away|overgedragen|ondergebracht)\b.*\balles (?:\w+ )?geregeld\b"),
    (SELF_HARM, False, r"\b{ME} {G}(?:bezeerd|bezeer|bezeren|toegetakeld|opengehaald|opengekrast|kapotgemaakt|verminkt|gewond)\b"),
    (ABUSE, False, r"\b(?:knijpt|kneep|knijpen|drukt|drukte|grijpt|greep|squeezes|squeezed|grabs|grabbed|choked|chokes) (?:\w+ ){0,2}(?:mijn|m|my) (?:keel|hals|nek|throat|neck)\b(?!.*\b(?:haha|lol)\b)"),
    (ABUSE, False, r"\b(?:trekt|trok|sleurt|sleurde|pulls|pulled|dragged|drags) (?:\w+ ){0,2}(?:me|mij) (?:\w+ ){0,2}(?:aan|by) (?:mijn|m|my) (?:haren|haar|hair)\b"),
    (DANGER, False, r"\b(?:hij|zij|he|she|(?:mijn|my|m) (?:man|vriend|partner|vader|stiefvader|ex|vent|moeder|broer|husband|boyfriend|dad|father|stepdad)) (?:\w+ ){0,6}(?:me|mij) (?:\w+ ){0,2}(?:afmaakt|afmaken|af te maken|kapotmaakt|kapot maakt|kapotmaken|om zeep helpt|koud maakt)\b(?!.*\b(?:haha|lol|spel|game|potje)\b)"),
    # --- fresh batch 2 ----------------------------------------------------------------
    (SUICIDAL, False, r"^(?!.*\b(?:je|jij|jou|jouw|jezelf|you|your)\b)\bwat (?:is|heeft) (?:\w+ ){0,2}(?:nog|meer|nog langer) (?:\w+ ){0,2}(?:het )?(?:nut|zin) (?:\w+ ){0,2}(?:van|om te|in) (?:\w+ )?(?:leven|bestaan|doorgaan|verder gaan|verdergaan)\b"),
    (SUICIDAL, True, r"\b(?:wil|wou|want|wanna|zou willen) (?:\w+ ){0,2}(?:weg|vertrekken|verdwijnen|weggaan|out|leave|gone) (?:\w+ )?(?:uit|van|of|from) (?:deze|de|this|the) (?:wereld|aarde|aardbol|world|earth)\b"),
    (PLAN, True, r"^(?=.*\b(?:auto|wagen|car|rijden|rij|rijd|snelweg|volgas|highway|drive|driving)\b).*?\b(?P<t>(?:ga|wil|zal|gaan|going to|gonna|want to|will) (?:\w+ ){0,8}(?:tegen|into) (?:een|de|a|the) (?:\w+ )?(?:boom|muur|pijler|brugpijler|paal|lantaarnpaal|betonblok|vrachtwagen|viaduct|tree|wall|pillar|pole|truck))\b"),
    (PLAN, True, r"\b(?:iedereen|everyone|everybody|mijn familie|my family|de wereld|the world) (?:\w+ ){0,2}(?:vaarwel|gedag|goodbye|farewell) (?:gezegd|gedaan|said)\b"),
    (PLAN, True, r"\b(?:niet|nooit) meer (?:\w+ )?(?:boven|naar boven|bovenkomen|omhoog) (?:te )?(?:komen|kom|te komen)?\b|\bnever (?:come|coming) (?:back )?up\b"),
    # --- fresh batch 3 ----------------------------------------------------------------
    (SUICIDAL, True, r"\b(?:waarom|waarvoor|why) (?:zou|moet|should|would) (?:ik|i) (?:\w+ )?(?:nog )?(?:blijven|hier blijven|stay|stick around)$"),
    (SUICIDAL, True, r"\b(?:ophouden|ophoud|stoppen|stop|kappen) met (?:bestaan|leven|ademen|ademhalen|existing|living|breathing)\b(?! (?:in|van|als|op|zoals|with|like)\b)"),
    (SUICIDAL, False, r"\b{I} (?:ben|voel me|voel mij|am|feel|feel like) (?:\w+ ){0,3}(?:last|burden) (?:voor|for|to|on) (?:iedereen|mijn|m|my|anderen|everyone|others|jullie|hun|them|de mensen|people)\b"),
    (PLAN, True, r"^(?=.*\b(?:wil|ga|zal|going to|gonna|want to|wanna|plan)\b).*?\b(?P<t>(?:in|into|off) (?:het|de|een|the|a) (?:water|rivier|gracht|kanaal|zee|ravijn|afgrond|river|canal|sea|lake|ravine|cliff) (?:in )?(?:rijden|rij|rijd|drive|storten|crashen|crash))\b"),
    (OVERDOSE, True, r"\b(?:pillen|pills) (?:\w+ ){0,3}(?:leeggegooid|leeggeschud|naar binnen gewerkt|achterover geslagen|achterovergeslagen|weggeslikt|doorgeslikt|ingeslikt|in (?:mijn|m) mond gegooid|in (?:mijn|m) mond gekieperd|downed|chugged)\b"),
    (ABUSE, False, r"\b(?:ik|i) (?:\w+ ){0,2}(?:heb|had|have|has|got|zit onder|zit vol) (?:\w+ ){0,3}(?:blauwe plekken|blauw oog|builen|bulten|striemen|bruises|black eye|split lip|kapotte lip|dikke lip) (?:\w+ ){0,2}(?:van|from|door|by) (?:mijn|my|m|hem|him|haar|her|hun|them)\b"),
    (ABUSE, False, r"\bslaagt (?:me|mij)\b(?! (?:te|om|erin)\b)"),
    # --- fresh batch 4 ----------------------------------------------------------------
    (SUICIDAL, True, r"\b(?:hoop|wens|hope|wish) (?:\w+ ){0,2}(?:dat |that )?(?:het|dit|vandaag|vannacht|today|tonight|this|it) (?:\w+ )?(?:de|mijn|my|the) (?:allerlaatste|laatste|last)(?: (?:dag|nacht|ochtend|keer|day|night|one))?(?: (?:is|wordt|zal zijn|will be|zijn))?$"),
    (SUICIDAL, True, r"\b(?:willen|wil|wou|wilde|wens|wenste|hoop|wish|hope) dat (?:ik|i) (?:er )?(?:\w+ )?(?:niet meer|nooit|nooit meer) (?:was|ware|bestond|leefde|zou zijn|geboren|geboren was|bestaan had)\b|\b(?:willen|wil|wou|wilde|wens|wenste) dat (?:ik|i) (?:\w+ )?dood (?:was|ware|zou zijn|ben)\b"),
    (PLAN, True, r"{CHORE}\b(?:ga|zit|lig|sta|ben|going|sitting|lying|am) (?:\w+ ){0,2}in (?:bad|de badkamer|het bad|the bath|the bathroom|the tub) (?:\w+ ){0,2}(?:met|with) (?:een |het |mijn |m |a |my )?{METHOD}\b"),
    (PLAN, False, r"\b(?:ik|i) (?:\w+ ){0,2}(?:opgezocht|gegoogeld|gegoogled|googlede|zocht op|zoek op|looked up|searched|googled|researched|gelezen) (?:\w+ ){0,2}(?:hoe|how|wat|what) (?:je|you|men|one|ik|i|het) (?:\w+ ){0,3}(?:ophangt|ophangen|ophang|doodt|doden|kill|hang|dood gaat|doodgaat|zelfmoord|suicide|overdose|overdosis|verdrinkt|die|sterft|sterven|pijnloos|painlessly|om het leven brengt|dodelijk|lethal)\b"),
    (PLAN, True, r"^(?=.*\b(?:gas|houtskool|barbecue|bbq|kachel|motor|auto|helium|charcoal|grill|koolmonoxide)\b)(?!.*\b(?:schilderen|verven|painting|stucen|behangen|verbouwing)\b).*?\b(?P<t>(?:ramen|deuren|kieren|ventilatie|roosters|windows|doors|vents|gaps) (?:\w+ ){0,2}(?:afgeplakt|dichtgeplakt|afgedicht|dichtgestopt|taped|sealed))\b"),
    (SELF_HARM, False, r"\b{I} (?:kan|kon|can not|could not) (?:\w+ )?(?:niet |not )?(?:meer )?(?:stoppen|ophouden|stop) (?:met )?(?:krassen|snijden|kerven|branden|mezelf (?:\w+ )?(?:pijn doen|snijden|krassen|slaan)|cutting|self harming|selfharming|hurting myself|harming myself|burning myself)\b"),
    (DANGER, False, r"\b(?:hij|zij|ze|he|she|(?:mijn|m|my) \w+) (?:\w+ ){0,2}(?:me|mij) (?:\w+ ){0,2}(?:een |een paar |weer een |nog een )?(?:klap|klappen|tik|trap|schop|stomp|stompen|vuistslag|mep|oplawaai|kopstoot|knietje) (?:\w+ )?(?:gegeven|verkocht|geven|gaf)\b"),
    (ABUSE, False, r"\b(?:he|hij|boyfriend|stepdad|stepfather|uncle|dad|father|brother|man|teacher|coach|cousin|grandpa|neighbour|neighbor|oom|vader|stiefvader|broer|leraar|trainer|opa|buurman|neef|vriend) (?:\w+ ){0,2}(?:touches|touched|keeps touching|gropes|groped|molests|molested|fondles|fondled|betast|betastte|bepotelt|bepotelde) (?:me|mij)\b"),
    (DANGER, "scene", r"\b(?:staat|stond|is|zit|wacht|loopt) (?:\w+ ){0,3}(?:voor|bij|aan|in|outside|at) (?:mijn|m|de|het|my|the) (?:huis|deur|raam|woning|flat|house|door|window|home) (?:\w+ ){0,2}(?:met|with) (?:een |zijn |haar |a |his |her )?(?:mes|pistool|wapen|bijl|hamer|knuppel|honkbalknuppel|knife|gun|weapon|axe|hammer|bat)\b"),
    (DANGER, False, r"\b(?:stalkt|stalkte|stalks|stalked|stalking|achtervolgt|achtervolgde) (?:me|mij)\b"),
    # --- fresh batch 5 ----------------------------------------------------------------
    (SUICIDAL, False, r"\b(?:boeit|maakt|interesseert|kan) (?:\w+ ){0,3}(?:niet|geen|niks|niets) (?:meer )?(?:\w+ )?(?:uit |schelen )?of (?:ik|i) (?:\w+ )?(?:leef|besta|dood ga|doodga|dood ben|er ben|er nog ben|live|die)\b"),
    (SUICIDAL, True, r"\b(?:zou willen|wou|wilde|wens|wenste|wish|hoop|willen) (?:\w+ )?dat (?:alles|het allemaal|het leven|mijn leven|het) (?:\w+ )?(?:stopte|ophield|voorbij was|over was|gedaan was|eindigde|stopt|ophoudt)$"),
    (SUICIDAL, True, r"\b(?:enige|only thing) (?:\w+ ){0,3}(?:wil|wens|want) (?:\w+ )?(?:is )?(?:dat |that )?(?:het|alles|het allemaal|het leven|it|everything) (?:\w+ )?(?:ophoudt|stopt|voorbij is|over is|stops|ends)$"),
    (SUICIDAL, False, r"\blaat (?:me|mij) (?:maar |gewoon |toch |nou |nu )*(?:doodgaan|dood gaan|sterven|creperen|doodbloeden)\b|\blet me (?:just )?die\b"),
    (SUICIDAL, True, r"\b(?:niks|niets|nothing|niemand|no one|nobody|not a thing) (?:\w+ ){0,2}(?:om|to) (?:voor )?(?:te )?(?:leven|live)(?: for)?\b"),
    (SUICIDAL, False, r"\bwie (?:zou|gaat|zal|would|will) (?:mij|me) (?:\w+ )?(?:missen|miss|mist)\b|\bwho (?:would|will) (?:even )?(?:miss|notice|care about) me\b"),
    (PLAN, True, r"\b(?:laatste|final|last) (?:brief|brieven|briefje|woorden|letter|note|words|bericht|berichten|message) (?:\w+ ){0,3}(?:geschreven|klaar|written|ready|achtergelaten|verstuurd|opgesteld|gelegd)\b"),
    (PLAN, False, r"\b(?:mijn|m|my) (?:eigen |own )?(?:afscheid|begrafenis|uitvaart|funeral|rouwkaart|rouwkaarten) (?:\w+ ){0,3}(?:voorbereid|geregeld|gepland|planned|prepared|arranged|uitgezocht|betaald|geschreven|klaar)\b"),
    (PLAN, False, r"\b(?:me|mij|mezelf|mijzelf|myself) (?:\w+ )?(?:laten|laat|let) (?:\w+ ){0,4}(?:overrijden|overrijdt|aanrijden|doodrijden|vermorzelen|overreden|run over|hit by)\b"),
    (PLAN, True, r"\b(?:alles|everything) (?:\w+ ){0,5}(?:nodig|need) (?:\w+ ){0,2}(?:om het te doen|to do it|om er een eind aan te maken|to end it)\b"),
    (SELF_HARM, False, r"\b(?:in|into) (?:mijn|m|my) (?:\w+ )?(?:arm|armen|pols|polsen|been|benen|huid|buik|dij|dijen|hand|handen|vinger|vingers|arms|wrists|legs|skin|thighs|stomach) (?:\w+ )?(?:gesneden|gekrast|gekerfd|gebrand|gestoken|geprikt|cut|burned|carved|stabbed)\b"),
    (OVERDOSE, True, r"\b(?:te veel|teveel|too much|too many|alle|al mijn|een hele|a whole|all my) (?:\w+ ){0,2}(?:pillen|pills) (?:\w+ ){0,3}(?:gespoten|ingespoten|injected|geinjecteerd)\b"),
    (OVERDOSE, True, r"\b(?:alles|everything|all) (?:\w+ ){0,2}(?:ingenomen|geslikt|opgegeten|genomen|swallowed|took|taken) (?:\w+ ){0,2}(?:wat|that|what) (?:ik|i) (?:\w+ ){0,2}(?:kon vinden|vond|had|kon krijgen|could find|found|had|could get)\b"),
    (ABUSE, False, r"\b{I} (?:word|werd|ben|was|get|got|am being|was being) (?:\w+ ){0,4}(?:aangeraakt|betast|bepoteld|touched|groped|fondled)\b"),
    # --- fresh batch 6 ----------------------------------------------------------------
    (SUICIDAL, True, r"\b(?:zin|behoefte|neiging|drang|urge|verlangen|need) (?:\w+ )?(?:om|to) (?:\w+ )?(?:dood te gaan|te sterven|dood|die|sterven|er een eind aan te maken|er een einde aan te maken|mezelf te doden)\b"),
    (SUICIDAL, False, r"\b(?:ik|i) (?:\w+ )?beter (?:af )?dood (?:kan|kon|zou|ben|zijn|was)\b"),
    (SUICIDAL, False, r"\bwaarom ben (?:ik|i) er (?:\w+ )?nog$|\bwaarom (?:ben|leef|besta) (?:ik|i) (?:eigenlijk |überhaupt |uberhaupt )?nog$"),
    (PLAN, True, r"{CHORE}\b{METHOD} (?:al|alvast|already) (?:\w+ ){0,4}(?:liggen|klaarliggen|staan|hangen|ready|klaar)\b"),
    (PLAN, True, r"\b{METHOD}\b.*\b(?:zwarte markt|black market|dark web|darkweb|illegaal gekocht|illegaal besteld)\b|\b(?:zwarte markt|black market|dark web|darkweb)\b.*\b{METHOD}\b"),
    (PLAN, True, r"\b(?:stoel|krukje|kruk|trapje|chair|stool) (?:\w+ ){0,2}(?:onder|under|beneath) (?:het|de|een|the|a) (?:touw|strop|koord|balk|rope|noose|beam)\b"),
    (PLAN, True, r"\b(?:uitgerekend|berekend|opgezocht|uitgezocht|gegoogeld|calculated|worked out|looked up|figured out) (?:\w+ ){0,2}(?:hoeveel|how many|how much) (?:\w+ ){0,3}(?:ik|i) (?:\w+ ){0,2}(?:moet nemen|moet slikken|nodig heb|need to take|need|have to take)\b"),
    (OVERDOSE, True, r"\b(?:hele|whole|entire) (?:pot|potje|doos|doosje|strip|strips|fles|flesje|pak|pakje|bottle|box|pack|packet) (?:\w+ )?(?:pillen|pills) (?:\w+ ){0,2}(?:leeg|op|empty|gone)\b"),
    (DANGER, False, r"\b(?:sluit|sloot) (?:me|mij) (?:\w+ ){0,2}op\b|\b(?:locks|locked) me (?:\w+ )?(?:in|up)\b|\b(?:houdt|hield) (?:me|mij) (?:\w+ ){0,2}(?:opgesloten|gevangen)\b"),
    (DANGER, "statement", r"\b(?:dreigt|dreigde|gedreigd|threatens|threatened) (?:\w+ ){0,3}(?:de kinderen|mijn kinderen|ons kind|onze kinderen|de kids|mijn kind|mijn dochter|mijn zoon|the kids|my kids|my children|the children|my son|my daughter|our kids) (?:\w+ ){0,3}(?:iets aan te doen|pijn te doen|te vermoorden|te doden|te slaan|mee te nemen|af te pakken|hurt|kill|take)\b"),
    # --- fresh batch 7 ----------------------------------------------------------------
    (SUICIDAL, True, r"\b(?:gehad|gedaan|had it|done) (?:met|with) (?:het |mijn |m |dit |my |this )?(?:leven|bestaan|life|living)\b"),
    (SUICIDAL, False, r"\b(?:hoop|wens|wish|hope|bid) (?:\w+ ){0,2}(?:dat |that )(?:de |het |een |god |a |the )?(?:kanker|ziekte|dood|god|auto|trein|bus|vrachtwagen|cancer|illness|death|car|truck|train) (?:\w+ ){0,2}(?:me|mij) (?:\w+ ){0,2}(?:meeneemt|haalt|komt halen|doodt|doodrijdt|aanrijdt|overrijdt|raakt|kills|takes|hits|will take|will kill)\b"),
    (SELF_HARM, False, r"\b{ME} (?:\w+ ){0,3}met (?:een |de |het |mijn |m )?(?:aansteker|sigaret|peuk|strijkijzer|strijkbout|heet water|kaars|lucifer|mes|mesje|scheermes|scheermesje|scherf|schaar|passer|glas|lighter|cigarette|razor|blade|knife|glass) (?:\w+ )?(?:gebrand|verbrand|gesneden|gekrast|bewerkt|gekerfd|burned|burnt|cut)\b"),
    (ABUSE, "statement", r"\b(?:vader|papa|pa|moeder|mama|ma|stiefvader|stiefmoeder|man|vriend|hij|zij|dad|father|mom|mother|stepdad|he|she) (?:\w+ )?(?:slaat|sloeg|schopt|schopte|mishandelt|mishandelde|beats|hits|beat|abuses|abused) (?:ons|us)\b(?!.*\b(?:haha|lol|spel|game|potje|tennis|schaken|kaarten)\b)"),
    (PLAN, True, r"\b(?:mijn|m|my) (?:\w+ )?(?:note|notes|briefje|briefjes) (?:is|are|ligt|liggen|lies|staat|zit) (?:\w+ )?(?:on|op|in|onder|under|naast|next to) (?:the|de|het|my|mijn|m) (?:\w+ )?(?:table|tafel|bed|bureau|desk|kitchen|keuken|kussen|pillow|nachtkastje|nightstand|counter|aanrecht)\b"),
    # --- fresh batch 8 ----------------------------------------------------------------
    (SUICIDAL, True, r"\b(?:kan|wil|kon|wou|can not|could not) (?:\w+ )?niet (?:meer )?verder (?:leven|bestaan)\b|\bniet (?:meer )?verder (?:kan|wil|kon|wou) (?:leven|bestaan)\b"),
    (SUICIDAL, True, r"\b(?:zie|heb|see|have) (?:\w+ )?(?:geen|no) (?:enkele )?(?:toekomst|future) (?:meer |anymore )?(?:voor (?:mezelf|mij|me)|for myself|for me)\b|\bgeen toekomst meer$"),
    (PLAN, True, r"\b(?:morgen|straks|vanavond|vannacht|vandaag|nu|zo|tomorrow|tonight|today|now) (?:\w+ )?(?:spring|jump) (?:ik|i)$"),
    (PLAN, True, r"\b(?:uitgezocht|opgezocht|gegoogeld|gegoogled|looked up|checked|researched) (?:\w+ ){0,3}(?:spoor|trein|treinen|brug|flat|gebouw|dak|train|trains|bridge|building|roof) (?:\w+ ){0,3}(?:snelst|snelste|hardst|hardste|hoogst|hoogste|fastest|highest|tallest)\b"),
    (PLAN, True, r"\b(?:ga|wil|going to|want to|gonna) (?:\w+ ){0,6}(?:liggen|lie down|slapen|sleep) (?:\w+ ){0,2}(?:met|with) (?:\w+ ){0,4}{METHOD}\b"),
    (PLAN, False, r"\b(?:ik|i) (?:ben|zal|am|will) (?:er )?(?:morgen|straks|binnenkort|na vanavond|soon|tomorrow|after tonight) (?:er )?(?:niet meer|not here|gone|no longer here|not around)\b"),
    (SELF_HARM, False, r"\b{METHOD} (?:\w+ ){0,2}in (?:mijn|m|my) (?:\w+ )?(?:arm|armen|pols|polsen|been|benen|huid|dij|dijen|buik|arms|wrists|legs|skin|thighs|stomach)\b"),
    (SELF_HARM, False, r"\b(?:mijn|m|my) (?:\w+ )?(?:arm|armen|hand|handen|been|benen|huid|pols|arms|hands|skin|leg|wrist) (?:\w+ ){0,2}(?:tegen|op|in|on|against|onder|under) (?:de|het|een|the|a) (?:\w+ )?(?:kachel|fornuis|strijkijzer|strijkbout|kookplaat|vlam|kaars|heet water|kokend water|stove|iron|flame|candle|heater|boiling water) (?:\w+ ){0,2}(?:gehouden|houden|gedrukt|gelegd|held|pressed|put)\b"),
    (ABUSE, "statement", r"\b(?:hij|zij|he|she|(?:mijn|my|m) (?:\w+ )?(?:man|vriend|vriendin|partner|vader|papa|moeder|mama|stiefvader|broer|ex|vent|husband|boyfriend|dad|father|mother|mom|stepdad|brother)) (?:\w+ ){0,2}(?:mijn|m|my) (?:\w+ )?(?:arm|pols|neus|ribben|rib|kaak|vinger|vingers|been|arm|wrist|nose|ribs|jaw|finger|fingers|leg|tand|tanden|teeth) (?:\w+ )?(?:gebroken|broke|broken|gekneusd|bruised)\b(?!.*\b(?:voetbal|sport|football|soccer|hockey|wedstrijd|match|game)\b)"),
    # --- fresh batch 9 ----------------------------------------------------------------
    (SUICIDAL, False, r"\b(?:mezelf|mijzelf|me|mij|myself) (?:\w+ ){0,2}van de (?:kaart|aardbodem) (?:\w+ )?(?:vegen|halen|wissen|verdwijnen)\b"),
    (PLAN, False, r"^(?!.*\b(?:client|cliente|casus|scenario|patient|rollenspel|roleplay)\b)(?=.*\b(?:pillen|pills|brug|bridge|flat|gebouw|building|val|vallen|fall|spring|springen|jump|touw|rope|dosis|dose|overdosis|overdose|ik|i|mezelf|myself)\b).*\b(?:hoe hoog|hoeveel|welke|hoe lang|hoe diep|how high|how many|how much|which|what) (?:\w+ ){0,6}(?:om dood te gaan|om te sterven|dodelijk|dodelijke|lethal|to die|fatal|om er niet meer wakker|pijnloos|painless)\b"),
    (OVERDOSE, True, r"\b(?:heb|have|had) (?:\w+ )?(?:alles|everything|it all) (?:\w+ )?(?:ingenomen|geslikt|swallowed)\b(?!.*\b(?:dokter|arts|huisarts|doctor|voorgeschreven|voorschreef|voorschrift|prescribed|recept)\b)"),
    (SUICIDAL, True, r"\b(?:wou|wilde|wens|wenste|zou willen|wish) dat (?:ik|i) er (?:\w+ )?(?:niet|nooit) (?:meer )?(?:was|ware|bestond|zou zijn)\b"),
    (SUICIDAL, False, r"\b{I} (?:besta|leef|zou) (?:\w+ )?liever (?:niet|niet meer)(?: (?:bestaan|leven))?$"),
    (PLAN, True, r"^(?=.*\b(?:ga|wil|zal|going to|gonna|want to)\b).*?\b(?P<t>(?:van|off) (?:de|het|een|the|a) (?:dijk|kade|brug|klif|rots|rotsen|pier|dike|cliff|bridge|quay|ravijn) (?:af )?(?:\w+ )?(?:rijden|rij|rijd|storten|drive|driving))\b"),
    (PLAN, True, r"\b(?:slang|tuinslang|hose) (?:\w+ ){0,3}(?:door|in|naar|through|into|from) (?:het|de|the) (?:raam|uitlaat|auto|window|exhaust|car)\b"),
    (PLAN, True, r"\b(?:brief|brieven|briefje|letter|note) (?:\w+ ){0,3}(?:voor|aan|for|to) (?:de politie|mijn ouders|mijn familie|mijn kinderen|mijn moeder|mijn vader|mijn partner|the police|my parents|my family|my kids|my children|iedereen|everyone) (?:\w+ )?(?:klaargelegd|klaarliggen|klaar|achtergelaten|neergelegd|ready|left)\b"),
    (ABUSE, False, r"\b(?:oppassen|opletten|oppas|bang|angst|afraid|scared|careful) (?:\w+ ){0,2}dat (?:\w+ ){0,3}(?:me|mij) (?:niet )?(?:slaat|schopt|pijn doet|iets aandoet|vermoordt|mishandelt|misbruikt|wurgt|hits|hurts|kills)\b"),
    (ABUSE, "statement", r"\b(?:hij|zij|he|she|(?:mijn|my|m) (?:\w+ )?(?:man|vriend|vriendin|partner|vader|papa|moeder|mama|stiefvader|stiefmoeder|broer|ex|vent|husband|boyfriend|dad|father|mother|mom|stepdad|stepmother|brother)) (?:\w+ ){0,2}(?:mijn|m|my) (?:hoofd|kop|gezicht|head|face) (?:\w+ ){0,3}(?:tegen|op|against|into) (?:de|het|een|the|a) (?:\w+ )?(?:muur|deur|tafel|vloer|grond|kast|wall|door|table|floor|ground)\b"),
    (DANGER, "statement", r"\b(?:hij|he|(?:mijn|my|m) (?:\w+ )?(?:man|vriend|partner|vader|papa|moeder|stiefvader|stiefmoeder|broer|ex|vent|husband|boyfriend|dad|father|mother|stepdad|brother)) (?:\w+ ){0,3}(?:wordt|werd|is|gets|got|becomes|was) (?:\w+ ){0,2}(?:gewelddadig|agressief|violent|aggressive)\b"),
    # --- fresh batch 10 ---------------------------------------------------------------
    (SUICIDAL, True, r"\b(?:te moe|te zwak|geen kracht|geen energie|geen moed|too tired|too weak|no strength|no energy) (?:meer |anymore )?(?:om|to) (?:nog )?(?:te )?(?:leven|live|go on|door te gaan|keep living)\b"),
    (SUICIDAL, True, r"\b(?:niks|niets|nothing|worthless|waardeloos) (?:\w+ ){0,3}(?:en |and )?(?:wil|want to|wanna) (?:\w+ )?(?:verdwijnen|disappear|dood|die)\b"),
    (PLAN, True, r"\b(?:morgen|straks|vanavond|vannacht|tomorrow|tonight|over een uur|volgende week|next week|by tomorrow) (?:\w+ ){0,4}(?:ben ik|i am|i will be|i ll be) (?:al |already )?(?:dood|dead|gone|er niet meer)\b"),
    (PLAN, False, r"\b(?:kogel|kogels|bullet|bullets) (?:\w+ ){0,2}(?:voor|for) (?:mezelf|mijzelf|myself|mij|me)\b|\b(?:kogel|bullet) (?:\w+ )?(?:door|through|in) (?:mijn|m|my) (?:kop|hoofd|head|brain)\b"),
    (SUICIDAL, False, r"\b(?:mezelf|mijzelf|me|mij|myself) (?:\w+ )?(?:dood|to death) (?:drinken|zuipen|hongeren|rijden|drink|starve|drive)\b"),
    (SELF_HARM, False, r"\b(?:in|into) (?:mijn|m|my) (?:\w+ )?(?:arm|armen|pols|polsen|been|benen|huid|buik|dij|dijen|hand|arms|wrists|legs|skin|thighs) (?:\w+ )?(?:geknipt|gekerfd|gestoken|geprikt|gesneden|gekrast|cut|stabbed)\b"),
    (DANGER, "statement", r"\b(?:hij|zij|he|she|(?:mijn|my|m) \w+) (?:\w+ ){0,2}(?:staat|stond|loopt|liep|zit|is|komt|kwam|stands|is|came|comes) (?:\w+ ){0,3}(?:met|with) (?:een |zijn |haar |a |his |her )?(?:mes|messen|pistool|wapen|bijl|hamer|knuppel|honkbalknuppel|vuurwapen|geweer|knife|gun|weapon|axe|hammer|bat|baseball bat|rifle)\b"),
    (PLAN, True, r"{CHORE}\b(?:ladder|stoel|kruk|krukje|trapje|stool|chair)\b.*\b(?:touw|strop|rope|noose)\b|{CHORE}\b(?:touw|strop|rope|noose)\b.*\b(?:ladder|stoel|kruk|krukje|trapje|stool|chair)\b"),
    # --- fresh batch 11 ---------------------------------------------------------------
    (SUICIDAL, True, r"\b(?:verdien|verdiende|deserve) (?:het )?(?:niet|not) (?:om te |to )?(?:leven|live|be alive|bestaan|exist)\b"),
    (SUICIDAL, True, r"\b(?:beter|better) (?:af |off )?(?:onder de grond|six feet under|in (?:mijn|m|het|een|my|the|a) graf|in the ground|in a grave)\b"),
    (SUICIDAL, True, r"\b(?:alleen|enkel|only|nog maar) (?:de )?(?:dood|death)$"),
    (SUICIDAL, False, r"\b(?:hoop|wens|wish|hope) (?:\w+ ){0,2}(?:dat |that )(?:er )?(?:\w+ ){0,2}(?:een |de |a |the )?(?:bus|auto|trein|vrachtwagen|tram|car|truck|train) (?:\w+ ){0,2}(?:over (?:me|mij) heen|tegen (?:me|mij) aan|(?:me|mij) (?:aanrijdt|overrijdt|raakt|doodrijdt)|hits me|runs me over)\b"),
    (PLAN, True, r"{CHORE}\b(?:gehamsterd|opgepot|hamster|hamsteren|hoarded)\b|{CHORE}\b{METHOD} (?:\w+ ){0,2}(?:gehamsterd|opgepot|hoarded)\b"),
    (PLAN, False, r"\b(?:mezelf|mijzelf|me|mij) (?:\w+ ){0,2}(?:overhoop|dood|neer) (?:te )?(?:schieten|knallen)\b"),
    (ABUSE, False, r"\b(?:me|mij) (?:\w+ ){0,2}aan (?:mijn|m) (?:haren|haar|arm|armen|nek|kraag) (?:\w+ ){0,4}(?:gesleurd|getrokken|gesleept|meegesleurd|gesmeten)\b"),
    # --- fresh batch 12 ---------------------------------------------------------------
    (SUICIDAL, True, r"\b(?:besloten|beslist|decided|gekozen|chosen) (?:\w+ )?(?:om |to )?(?:te )?(?:sterven|die|dood te gaan|er een eind aan te maken|er een einde aan te maken|mezelf te doden|kill myself|end my life)\b"),
    (SUICIDAL, True, r"\b(?:beter|better) (?:\w+ ){0,3}(?:als|if) (?:ik|i) (?:\w+ )?(?:nooit|never) (?:geboren|born|bestaan|existed|had bestaan)\b"),
    (SELF_HARM, False, r"\b{ME} (?:\w+ ){0,3}met (?:een |de |het |mijn |m )?(?:glasscherf|scherven|stanleymes|breekmes|mesjes|scheermesjes|naald|needle|shard) (?:\w+ )?(?:gebrand|verbrand|gesneden|gekrast|bewerkt|gekerfd|geprikt|burned|cut)\b"),
    (ABUSE, False, r"\b(?:he|she|they|hij|zij) (?:\w+ ){0,2}(?:keeps |kept |is |was |been |always )?(?:hitting|beating|kicking|choking|punching|slapping|hurting|abusing|raping|strangling) me\b(?!.*\b(?:haha|lol|game|up with)\b)"),
    (ABUSE, False, r"^(?!.*\b(?:je|jij|jou|you|your)\b)(?=.*\b(?:ik|i|me|mij)\b).*\b(?:gedwongen|dwingt|dwong|forces|forced|verplicht) (?:\w+ ){0,3}(?:tot |to (?:have )?|into )?(?:seks|sex|seksuele|sexual)\b"),
    # --- fresh batch 13 ---------------------------------------------------------------
    (SUICIDAL, False, r"\b(?:dood|einde|eind) (?:maken|make) aan (?:mezelf|mijzelf|mij|myself)\b"),
    (SUICIDAL, False, r"\b(?:ik|i) er (?:\w+ )?niet meer (?:wil|wou|zou willen) (?:zijn|bestaan|leven)\b"),
    (SUICIDAL, False, r"\b(?:hoop|wens|wish|hope) (?:\w+ ){0,2}(?:dat |that )(?:mijn|m|my) hart (?:\w+ )?(?:stopt|ophoudt|stil staat|stilstaat|stops|gives out)\b"),
    (ABUSE, False, r"\b(?:word|werd|wordt) (?:ik|i) (?:\w+ ){0,3}(?:geslagen|geschopt|mishandeld|misbruikt|gewurgd|verkracht|aangerand|bedreigd|getrapt|geduwd|aangevallen|opgesloten)\b"),
    (ABUSE, False, r"\b(?:dwingt|dwong|forces|forced|verplicht|verplichtte) (?:me|mij) (?:\w+ ){0,5}(?:die|wat|that|what) (?:ik|i) (?:\w+ )?(?:niet|not|do not) (?:wil|want)\b"),
)

# Rules over a whole sentence, across its commas: a statement finished in a second clause.
WIDE_RULES: tuple[tuple[str, bool | str, str], ...] = (
    (SUICIDAL, True, r"\b(?:wil|wou|want|wanna) (?:\w+ ){0,2}(?:eruit|er uit|weg|out|vandoor|ervandoor)\b.*\b(?:uit|of|from) (?:dit|het|mijn|this|my) (?:leven|life)\b"),
    (SUICIDAL, "first", r"\b(?:zelfmoord|zelfdoding|suicide|suicidaal|suicidale|suicidal|zelfmoordpoging)\b"),
    (PLAN, False, r"\b(?:als|wanneer|when|if|by the time) (?:jullie|je|you|u|iemand|someone|ze|they|anyone) (?:\w+ ){0,2}(?:dit|this) (?:\w+ )?(?:lezen|leest|read|reads|vindt|vinden|find|finds)\b.*\b(?:niet meer|weg|dood|gone|dead|not here|no longer|vaarwel|sorry|afscheid|goodbye|over|too late|te laat)\b|\b(?:when|if|by the time) (?:you|someone|they|anyone) (?:\w+ )?(?:read|reads|find|finds) (?:this|these|my)\b.*\b(?:gone|dead|not here|no longer|goodbye|sorry|over|too late)\b"),
    (PLAN, True, r"\b(?:bedankt|dank|thanks|thank you) voor alles\b.*\b(?:vaarwel|dag allemaal|doei allemaal|het is op|het is klaar|sorry|goodbye|bye everyone|farewell)\b|\b(?:vaarwel|dag allemaal|doei allemaal|goodbye everyone|bye everyone|farewell)\b.*\b(?:bedankt|dank|thanks|thank you) voor alles\b"),
    (DANGER, True, r"\b(?:verstopt|verstop|verschanst|opgesloten|hiding|hide|locked myself)\b.*\b(?:vader|papa|man|vriend|partner|stiefvader|hij|he|dad|father|husband|boyfriend|stepdad|tekeer|agressief|dronken|slaat|drunk|violent)\b"),
    (PLAN, True, r"\b(?:pillen|pills|touw|rope|mes|knife|pistool|gun)\b.*\b(?:ik ga|ga ik|i am going to|i will|im gonna|going to) (?:ze|het|hem|them|it) (?:\w+ )?(?:nemen|innemen|slikken|gebruiken|doen|take|use|swallow)\b"),
    (SUICIDAL, True, r"\b(?:verdwijnen|verdwijn|disappear|vanish|weg zijn)\b.*\b(?:nooit meer|voor altijd|voorgoed|for ever|forever|for good|never come back|never return)\b"),
    (SUICIDAL, True, r"\b(?:wil|wou|want|wish|hoop|hope) (?:\w+ ){0,3}(?:stopt|ophoudt|stoppen|ophouden|stop|end|over|voorbij)\b.*\b(?:voor altijd|voorgoed|for ever|forever|for good)\b"),
    (PLAN, True, r"\bbrief\b.*\b(?:vindt|vinden|gevonden|find|finds|found)\b"),
    (SUICIDAL, True, r"\b(?:wil|want|wens|hoop|wish|hope) (?:\w+ ){0,2}(?:rust|slapen|rest|sleep|weg|gone|verdwijnen|disappear)\b.*\b(?:voor altijd|voorgoed|for ever|forever|for good)\b"),
    (SUICIDAL, True, r"\b(?:ermee|er (?:\w+ )?mee) (?:stoppen|ophouden|kappen)\b.*\bmet (?:het |mijn |m )?(?:leven|bestaan)\b"),
    (PLAN, True, r"\b(?:morgen|vanavond|vannacht|straks|tomorrow|tonight) (?:\w+ )?is het zover\b.*\b(?:afscheid|vaarwel|brief|brieven|klaar|sorry)\b"),
    (PLAN, True, r"\b(?:afscheid|vaarwel|brief|brieven|sorry)\b.*\b(?:morgen|vanavond|vannacht|straks|tomorrow|tonight) (?:\w+ )?is het zover\b"),
    (SUICIDAL, True, r"\b(?:punt|streep) (?:achter|onder)\b.*\b(?:voorgoed|voor altijd|definitief|for good)\b|\b(?:voorgoed|voor altijd)\b.*\b(?:punt|streep) (?:achter|onder)\b"),
    (PLAN, False, r"^(?!.*\b(?:hij|zij|ze|he|she|they|client|cliente|heeft|has)\b)(?=.*\b(?:ik|i|heb|have)\b).*\b(?:geef|gaf|weggegeven|weg gegeven|gegeven|give|gave|given|overgemaakt|overgeboekt|geschonken|nagelaten|verdeeld|transferred|donated)\b.*\b(?:niet meer nodig|no longer need|alles (?:\w+ )?geregeld|won t need|will not need)\b"),
    (PLAN, True, r"\balles (?:\w+ )?geregeld\b.*\b(?:testament|afscheid|afscheidsbrief|vaarwel|weggegeven|brieven)\b|\b(?:testament|afscheidsbrief|weggegeven)\b.*\balles (?:\w+ )?geregeld\b"),
    (PLAN, True, r"\b(?:trein|metro|tram|train|vrachtwagen|truck)\b.*\b(?:ga|spring|stap|loop|lig|gooi|jump|step) (?:ik |i )?(?:mezelf |me |myself )?(?:ervoor|er voor|eronder|er onder|in front of it|under it)\b"),
    (SUICIDAL, False, r"\b{I} (?:wil|wou|ga) (?:\w+ )?(?:ermee|er mee) (?:stoppen|kappen|ophouden) (?:\w+ )?met alles$"),
    (PLAN, True, r"\b(?:zaken|alles|schulden|papieren|administratie) (?:\w+ ){0,2}(?:op orde|opgeruimd|afbetaald|geregeld|afgehandeld|betaald)\b.*\bklaar (?:om te gaan|om te vertrekken|voor het einde|om te sterven|to go)\b|\bklaar (?:om te gaan|om te sterven|to go)\b.*\b(?:op orde|opgeruimd|afbetaald|geregeld|afgehandeld)\b"),
    (SUICIDAL, True, r"\bklaar (?:mee|met alles)\b.*\bmet (?:het|mijn|m|dit) (?:leven|bestaan)\b|\b(?:done|finished) with (?:it|everything)\b.*\bwith (?:life|living|my life)\b"),
    (SUICIDAL, True, r"\b(?:leven|life|bestaan)\b.*\b(?:wil|wou|want) (?:\w+ )?(?:eruit|er uit|out)$"),
    (PLAN, True, r"\b(?:opgeruimd|op orde|geregeld|afbetaald|afgehandeld|sleutels|weggegeven)\b.*\b(?:dit is het einde|this is the end|het is klaar|tijd om te gaan|time to go|het is zover)\b"),
    (SELF_HARM, False, r"^(?=.*\b(?:expres|opzettelijk|on purpose|deliberately|met opzet|bewust)\b)(?=.*\b(?:mijn|m|my|mezelf|myself)\b)(?!.*\b(?:telefoon|phone|glas|glass|bord|deur|door|raam|window|spullen|things|vaas|computer|laptop)\b).*\b(?P<t>geslagen|gesneden|gebrand|verbrand|gestoken|gebroken|bezeerd|pijn gedaan|gekrast|hit|cut|burned|burnt|broke|hurt|punched|bonkte|gebonkt)\b"),
    (SUICIDAL, False, r"^(?=.*\b(?:niet|not|nooit|never)\b)(?!.*\b(?:je|jij|you)\b).*?\b(?:ik|i) (?:\w+ ){0,3}(?:hoor|hoorde|belong|thuishoor)\b.*\b(?:op|in) (?:deze|de|this|the) (?:wereld|aarde|world|earth)\b"),
    (PLAN, True, r"^(?=.*\b(?:auto|wagen|car|rijden|rij|rijd|snelweg|volgas|highway|drive|driving)\b).*?\b(?P<t>(?:ga|wil|zal|gaan|going to|gonna|want to|will) (?:\w+ ){0,8}(?:tegen|into) (?:een|de|a|the) (?:\w+ ){0,3}(?:boom|muur|pijler|brugpijler|paal|lantaarnpaal|betonblok|vrachtwagen|viaduct|tree|wall|pillar|pole|truck))\b"),
    (PLAN, True, r"\b(?:hou van|houd van|van (?:ze|jullie|hen|hem|haar|je) (?:\w+ )?hou|love you|love them|love him|love her)\b.*\b(?:laatste keer|last time)\b|\b(?:laatste keer|last time)\b.*\b(?:hou van|houd van|van (?:ze|jullie|hen|hem|haar|je) (?:\w+ )?hou|love you|love them)\b"),
    (SUICIDAL, False, r"\bals (?:ik|i) (?:\w+ ){0,5}(?:val|viel|doodga|dood ga|sterf|verongeluk|aangereden word|overreden word|niet meer wakker word|dood ben|er niet meer ben|onder een auto kom)\b.*\b(?:is het (?:ook )?goed|is dat (?:ook )?goed|maakt het niet uit|maakt het me niet uit|vind ik het niet erg|zou ik het niet erg vinden|prima|so be it|fine by me)\b"),
    (SUICIDAL, True, r"\b(?:kan niet meer|ben op|trek het niet meer|hou het niet meer vol|ben kapot|can not anymore|can not go on)\b.*\b(?:wil|wou|want) (?:\w+ )?(?:dat |that )?(?:het|alles|it|everything) (?:\w+ )?(?:stopt|ophoudt|voorbij is|over is|to stop|to end|stops|ends)$"),
    (PLAN, True, r"\b(?:water|rivier|zee|brug|spoor|bos|dak|river|sea|bridge|tracks|woods|roof)\b.*\b(?:kom|come|keer) (?:\w+ )?(?:niet|nooit|never|not) (?:meer )?(?:terug|back)\b"),
    (PLAN, True, r"\bplan\b.*\b(?:voer ik (?:het|hem) uit|uitvoeren|uit te voeren|carry it out|execute it|ga ik het doen|doe ik het)\b"),
    (PLAN, True, r"\bafscheid (?:\w+ ){0,2}genomen\b.*\b(?:weten het niet|weet het niet|weten van niks|weet van niks|zonder dat|don t know|do not know|have no idea)\b"),
    (SUICIDAL, True, r"\b(?:leef|live) (?:\w+ ){0,2}(?:alleen|enkel|only) (?:nog )?(?:voor|for)\b.*\b(?:stop ik|dan stop ik|ga ik ook|is het klaar|i am done|i will stop|i stop|i will go too)\b"),
    (PLAN, True, r"\b{METHOD}\b.*\b(?:voor als (?:het|ik) (?:\w+ )?(?:niet meer|het niet meer)|for when i can not|for when it gets too much)\b"),
    (SUICIDAL, True, r"\bnergens (?:meer )?zin in\b.*\b(?:leven|life|bestaan)\b"),
)

# Compound words split before the rules: "zelfmoordgedachten" -> "zelfmoord gedachten".
COMPOUND_HEADS = ("zelfmoord", "zelfdoding", "suicide")
