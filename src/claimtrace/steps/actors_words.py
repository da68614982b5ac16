"""Word tables of the `actors` step: prepositions and verbs that make a capital a place,
head nouns of institution and group phrases with their actor kind, and the modifiers and
participles that decide whose a phrase is."""
from __future__ import annotations

#: prepositions whose object is a location ("in Moscow"), not an actor
LOCATIVE_PREPS = frozenset("""in at to into from near toward towards across around through via
within inside outside over under beyond throughout along onto off past behind between""".split())
#: prepositions whose object acts ("talks with Moscow", "pressure on Kyiv" is not one)
ACTOR_PREPS = frozenset({"by", "with", "against", "of", "for"})
#: nouns of dealings between states: their "from / to / on / between X" is a state that acts
#: or is acted upon ("condemnation from Seoul", "pressure on Moscow", "aid to Kyiv",
#: "relations between Baku and Moscow"), where "flights to Kyiv" is a place
RELATION_NOUNS = frozenset("""relation relations tie ties alliance talk talks pressure
condemnation criticism response reaction concession concessions assistance aid support help
backing warning message demand demands request appeal sanction sanctions protest rebuke
rapprochement rift tension tensions dispute rivalry partnership cooperation dialogue
negotiation negotiations overture overtures ultimatum loyalty hostility diplomacy friendship
commitment pledge approval recognition apology complaint objection retaliation reprisal
outreach signal gesture concession""".split())
#: verbs of giving: their "to X" is the receiving state ("pledged to Kyiv")
GIVING_VERBS = frozenset("""pledge promise give offer provide supply deliver grant transfer
sell donate lend hand""".split())
#: the prepositions of those dealings
RELATION_PREPS = frozenset({"from", "to", "on", "upon", "between", "toward", "towards"})
#: verbs whose direct object is a place ("visited Pyongyang", "struck Kyiv")
PLACE_VERBS = frozenset("""visit reach enter leave arrive return travel fly land attack strike hit
bomb shell target capture seize occupy liberate encircle surround approach besiege evacuate
tour shake rock pound raid storm overrun retake recapture bombard ravage devastate blockade
cross penetrate invade annex flee fortify control""".split())
#: nouns whose "of X" is a location ("the outskirts of Kyiv")
LOCATIVE_NOUNS = frozenset("""outskirts centre center suburb suburbs street streets region north
south east west part parts city capital area areas district province border edge heart
mayor residents northeast northwest southeast southwest outside kilometre kilometer km mile
miles kilometres kilometers""".split())
#: seats of power labelled ORG (not GPE) for the entity ruler
SEATS = frozenset({"Kremlin", "the Kremlin", "White House", "the White House", "Pentagon",
                   "the Pentagon", "Downing Street", "Whitehall", "Number 10", "Bankova",
                   "Zhongnanhai", "Yongsan", "the Elysee", "the Élysée", "Elysee Palace"})

#: capitalised heads of a body's name, which a town in it places ("the Taiz Civic
#: Observatory" is Yemen's, "the Nyala Neighbourhood Emergency Room" Sudan's)
NAMED_BODY_HEADS = frozenset({"observatory", "room", "rooms", "forum"})  # (not "initiative":
# "the Ukraine Security Assistance Initiative" is a fund)
#: head nouns of institutional / group noun phrases -> actor kind
HEAD_KINDS: dict[str, str] = {
    "army": "military_unit", "military": "military_unit", "navy": "military_unit",
    "staff": "military_unit", "command": "military_unit", "battalion": "military_unit",
    "brigade": "military_unit", "regiment": "military_unit", "division": "military_unit",
    "ministry": "government_body", "government": "government_body",
    "authority": "government_body", "authorities": "government_body",
    "agency": "government_body", "department": "government_body",
    "administration": "government_body", "police": "government_body",
    "parliament": "government_body", "embassy": "government_body",
    "intelligence": "government_body", "presidency": "government_body",
    "cabinet": "government_body", "junta": "government_body",
    "council": "government_body", "rulers": "government_body",
    "media": "media", "press": "media", "broadcaster": "media", "newspaper": "media",
    "television": "media", "tv": "media",
    "company": "organization", "companies": "organization", "firm": "organization",
    "manufacturer": "organization",
    "official": "group", "officials": "group", "delegation": "group", "analyst": "group",
    "analysts": "group", "expert": "group", "experts": "group", "diplomat": "group",
    "diplomats": "group", "source": "group", "sources": "group", "observer": "group",
    "observers": "group", "lawmaker": "group", "lawmakers": "group", "leadership": "group",
    "spokesman": "group", "spokesperson": "group", "spokeswoman": "group",
    "commander": "group", "commanders": "group", "groups": "group",
    "organisations": "organization", "organizations": "organization",
    "charities": "organization",
    "forces": "military_unit", "force": "military_unit", "troops": "military_unit",
    "soldiers": "military_unit", "guards": "military_unit", "marines": "military_unit",
    "units": "military_unit", "ministries": "government_body", "services": "government_body",
    "rebels": "armed_group", "militants": "armed_group", "insurgents": "armed_group",
    "fighters": "armed_group", "separatists": "armed_group", "guerrillas": "armed_group",
    "militia": "armed_group", "militias": "armed_group", "gangs": "armed_group",
    "gang": "armed_group", "cartel": "armed_group",
    "group": "organization", "network": "organization", "office": "government_body",
    "coalition": "military_unit",
    "wing": "government_body", "headquarters": "military_unit", "service": "government_body",
    "centre": "government_body", "center": "government_body", "representative": "person",
    "bloggers": "group", "journalists": "group", "commentators": "group",
    "correspondents": "group", "jihadists": "armed_group", "gunmen": "armed_group",
    "mercenaries": "armed_group", "paramilitaries": "armed_group", "terrorists": "armed_group",
    "leaders": "group", "negotiators": "group", "representatives": "group",
    "politicians": "group", "refugees": "group", "civilians": "group",
    "protesters": "group", "demonstrators": "group", "settlers": "group", "activists": "group",
    "fundamentalists": "armed_group", "extremists": "armed_group", "islamists": "armed_group",
    "bandits": "armed_group", "pirates": "armed_group", "factions": "armed_group",
    "elders": "group", "tribesmen": "group", "tribes": "group", "herders": "group",
    "president": "person", "minister": "person", "premier": "person", "chancellor": "person",
    "secretary": "person", "ambassador": "person", "envoy": "person", "king": "person",
    "emir": "person", "leader": "person", "governor": "person", "mayor": "person",
    "prosecutor": "person", "chief": "person", "adviser": "person", "advisor": "person",
    "report": "unnamed", "reports": "unnamed", "assessment": "unnamed",
    "assessments": "unnamed", "estimate": "unnamed", "estimates": "unnamed",
    "documents": "unnamed", "data": "unnamed",
    # bodies named by capitalised words before them: see NAMED_BODY_HEADS
    **dict.fromkeys(NAMED_BODY_HEADS, "organization"),
}
#: modifiers that make a group phrase without a country ("Western officials", "city officials")
GROUP_MODIFIERS = frozenset("""western european arab african asian international foreign
military intelligence senior security defense defence government diplomatic independent
local regional state state-run state-owned official city municipal provincial district town
village county federal national""".split()) | {"rights", "aid", "humanitarian", "relief"} \
    | {"police", "army", "armed", "naval", "navy", "border"}  # "police officials", "armed forces"
#: heads that name an institution only with one of these words before them ("the emergency
#: service", not "the train service"); capitalized they are part of a name ("the Emergency
#: Medicine Centre", not "the city centre")
QUALIFIED_HEADS: dict[str, frozenset[str]] = {
    "service": frozenset("""emergency rescue security intelligence medical ambulance fire border
customs migration press news state civil prison health meteorological tax""".split()),
    "centre": frozenset(), "center": frozenset(),
    **dict.fromkeys(NAMED_BODY_HEADS, frozenset()),  # (capitalised only: "the Taiz Civic
    # Observatory", not "the observatory")
}
#: institution heads that modifiers make news media ("state news agencies", "a wire service")
MEDIA_HEADS: dict[str, frozenset[str]] = {
    "agency": frozenset({"news", "press", "wire"}), "agencies": frozenset({"news", "press", "wire"}),
}
#: modifiers that make a group or organization an armed group ("rebel groups", "the militant
#: group"); such groups, unless a state is written, are the home state's
ARMED_MODIFIERS = frozenset("""rebel rebels militant armed jihadist islamist extremist terrorist
insurgent separatist paramilitary guerrilla guerrillas""".split())
#: religious modifiers: they name no state, but make a group phrase ("Islamic fundamentalists",
#: "Shiite militias"), whose state the document decides
RELIGIOUS_MODIFIERS = frozenset("""islamic muslim moslem christian jewish hindu buddhist sunni
shia shiite shi'ite catholic protestant orthodox evangelical""".split())
#: bodies a leader's name before them makes that leader's state's ("the Bush administration")
LEADER_BODIES = frozenset("""administration government regime cabinet junta presidency
camp""".split())
#: third-person verbs of saying the small model tags as plural nouns after a capital ("a
#: charge that Kigali rejects", "a figure Kyiv dismisses"): the capital speaks
SPEECH_VERBS_AS_NOUNS = frozenset("""rejects dismisses denies insists says warns accuses blames
vows urges confirms condemns threatens demands refuses admits disputes signals hints pledges
slams""".split())
#: capitalised heads of a civil body's name, which a state or people word inside does not
#: make that state ("the Syria Casualty Watch", "the Serbian Orthodox Church", "the Lebanese
#: Red Cross"); the word places the body
CIVIL_BODY_HEADS = frozenset("""watch monitor project alliance church patriarchate diocese
record society association foundation institute trust federation league collective network
coalition crescent cross archive campaign""".split())
#: a head of CIVIL_BODY_HEADS' kind only after this word ("the Syrian Civil Defence")
CIVIL_PAIRS = {"defence": "civil", "defense": "civil"}
#: heads whose "in X" / "from X" names their state ("officials in Kyiv", "rebels in Darfur")
PREP_COUNTRY_HEADS = frozenset("""officials official authorities leaders lawmakers police
government diplomats""".split())
#: "X-based militants" are X's; "X-backed militants" are not X (X stands behind them)
BASED_PARTICIPLES = frozenset({"based", "headquartered"})
SPONSOR_PARTICIPLES = frozenset("""backed funded sponsored supported armed trained allied
linked""".split())
#: a state hyphenated to one of these stays a state mention of its own
HYPHEN_PARTICIPLES = BASED_PARTICIPLES | SPONSOR_PARTICIPLES | {"led"}  # ("the US-led
# coalition": the coalition's state, and a state mention of its own)
#: modifiers of a group that belongs to no one state ("Western officials", "aid groups")
STATELESS_MODIFIERS = frozenset("""western european arab african asian international foreign
rights aid humanitarian relief independent""".split())
#: modifiers of a body that is not the home state's ("the allied forces", "the rebel army")
FOREIGN_MODIFIERS = STATELESS_MODIFIERS | frozenset("""allied coalition opposition rebel
peacekeeping multinational enemy occupying""".split())
#: participles that make a lexicon actor the owner of an institution ("Houthi-run media")
CONTROL_PARTICIPLES = frozenset("""run controlled led held appointed affiliated aligned
owned""".split())
#: words of an ORG entity that tell its kind
ORG_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("ministry", "government_body"), ("department", "government_body"),
    ("council", "government_body"), ("administration", "government_body"),
    ("office", "government_body"), ("committee", "government_body"), ("court", "government_body"),
    ("service", "government_body"), ("parliament", "government_body"),
    ("army", "military_unit"), ("forces", "military_unit"), ("brigade", "military_unit"),
    ("regiment", "military_unit"), ("division", "military_unit"), ("corps", "military_unit"),
    ("guard", "military_unit"), ("battalion", "military_unit"),
    ("cartel", "armed_group"), ("gang", "armed_group"), ("militia", "armed_group"),
    ("clan", "armed_group"), ("mawozo", "armed_group"),
    ("news", "media"), ("times", "media"), ("post", "media"), ("tv", "media"),
    ("radio", "media"), ("television", "media"), ("broadcast", "media"),
)
#: people whose "in <capital>" is the state acting through them ("their backers in Tehran")
PATRON_NOUNS = frozenset("""backers patrons sponsors allies masters paymasters regime rulers
leadership counterparts government administration officials governments""".split())
#: words of an office's "of" that make its holder international ("of the Secretary-General")
INTERNATIONAL_OFFICES = frozenset({"secretary-general", "un", "united", "nations"})
#: possessors that stand for the state named last ("the country's defense ministry")
ANAPHORIC = frozenset({"country", "nation", "state"})
#: heads of plural-people phrases: with a state inside ("Kyiv's forces", "Russian troops")
#: the state itself is the actor (metonymy); without one ("security forces") the phrase is
PEOPLE_HEADS = frozenset("""forces troops soldiers guards marines units rebels militants
insurgents fighters separatists guerrillas militias gangs leaders negotiators representatives
mercenaries jihadists gunmen paramilitaries terrorists fundamentalists extremists islamists
bandits pirates factions elders tribesmen tribes herders
politicians refugees civilians protesters demonstrators settlers activists
government""".split())
#: institutions that, bare and definite ("the junta", "the army"), are the home state's (or the
#: last such institution of a state named before: `actors_coref.corefer_bare_heads`)
BARE_HEADS = frozenset("""junta government army military authorities police regime navy
administration rebels militants insurgents guerrillas separatists militias jihadists gunmen
paramilitaries coalition parliament""".split())
#: determiners of a title that point back to an actor named before ("Its spokesman, X")
ANAPHORIC_DETS = frozenset({"its", "his", "her", "their", "a", "an"})
#: group nouns that a proper name before them makes an armed group ("the Gran Grif gang")
NAMED_GROUP_HEADS = frozenset({"gang", "cartel", "militia"})
#: group nouns that a proper name before them makes an organization ("the Night Owls network")
NAMED_ORG_HEADS = frozenset({"network", "coalition", "alliance", "collective"})
#: particles inside multi-word names ("Tren de Aragua", "Jaish al-Adl", "Army of Islam")
NAME_PARTICLES = frozenset("de del della des du da do dos la el al wal bin ibn van von of".split())
#: particles of descent that lead into the last part of a person's name ("Ahmed Awad bin
#: Mubarak", "Mohamed Ould Ghazouani"): a known one-word name after one is someone else's
LINEAGE_PARTICLES = frozenset("bin ibn bint ben ould wad abu al el".split())
TIME_ZONES = frozenset("GMT UTC BST CET CEST EET EEST MSK IST EST EDT PST PDT".split())
TITLE_STOP = frozenset({"the", "a", "an", "and", "of", ",", "'s", "’s"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
