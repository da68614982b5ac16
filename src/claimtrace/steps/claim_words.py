"""Word lists the claims step reads: senses, stances and frames of event words.

Hand-written by the claimtrace team from the PLOVER codebook's event definitions and the
error classes seen on the dev and opened held-out articles (see CHANGELOG); each list is
named for the role it plays in `steps.claims`.
"""
from __future__ import annotations

import re

# marks of a condition ("if the attacks did not stop", "unless it withdraws")
CONDITION_MARKS = frozenset({"if", "unless"})
# marks of a clause that is only supposed ("if the fighting continues", "whether ...")
SUPPOSING_MARKS = CONDITION_MARKS | {"whether"}
# marks of a clause that sets the scene of an event rather than telling one
BACKGROUND_MARKS = SUPPOSING_MARKS | {"with", "without"}


def conditional(clause) -> bool:
    """Is `clause` a condition ("if the attacks did not stop", "unless it withdraws")?"""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                          for m in clause.children)
DISASTERS = {"earthquake", "quake", "flood", "flooding", "storm", "cyclone", "hurricane",
             "typhoon", "landslide", "avalanche", "crash", "accident", "collision", "heatwave",
             "drought", "famine", "cholera", "epidemic", "outbreak", "wildfire", "tsunami",
             "derailment", "stampede", "collapse", "disease"}
OBSTRUCTING = {"undermine", "violate", "evade", "circumvent", "oppose", "prevent", "avoid",
               "weaken", "breach", "flout", "ignore", "end", "lift", "ease"}
# stance verbs whose claim is told by the event they are about, when there is one
STANCE_CUES = {"warn", "warning", "deny", "dispute", "pledge", "promise", "vow", "offer"}
PLACE_ENTS = ("GPE", "LOC", "FAC")
# verbs whose complement happened: "forced Russia to withdraw", "helped Iran build drones"
MADE_TO_HAPPEN = {"force", "compel", "help", "enable", "allow"}
STANCE_CERTAINTY = {"deny": "denied", "dispute": "denied", "warn": "possible",
                    "warning": "possible", "accuse": "alleged", "accusation": "alleged",
                    "allegation": "alleged"}
# verbs of commitment: the act they announce is a claim of its own
# ("pledged to send another 600 officers", "vowed to retake the town")
COMMITTING = {"pledge", "promise", "vow", "plan", "agree", "threaten", "offer", "decide",
              "prepare", "intend", "aim", "seek", "expect", "commit", "announce"}
# verbs that add to an event told before ("the package also includes ...")
CONTENT_VERBS = {"include", "contain", "comprise", "consist", "involve", "feature"}
UNREALIZED = {"permission", "right", "authority", "authorization", "ability", "capacity",
              "capability", "freedom", "licence", "license", "chance", "opportunity", "option",
              "readiness", "willingness", "need"}  # not "attempt", "bid": an attempt happened
DENYING = {"deny", "reject", "dismiss", "refute", "dispute", "rebuff"}
# "never acknowledged the deployment": denied when negated
ACKNOWLEDGING = {"acknowledge", "confirm", "admit", "recognize", "recognise"}
# "the truce was announced": the event noun is told by its passive verb
PROCLAIMING = {"announce", "declare", "proclaim", "agree", "sign", "reach", "approve",
               "extend", "order", "launch"}
# nouns by which news of an event is told: "no word of casualties", "reports of shelling"
TIDINGS = {"report", "word", "indication", "sign", "news", "confirmation"}
DETERRING = {"deter", "counter", "curb", "thwart", "discourage", "prevent", "avert",
             "forestall", "preempt", "pre-empt"}
IN_FORCE = {"take", "hold", "collapse", "expire", "begin", "start", "come", "enter"}
HALTING = {"stop", "halt", "cease", "end", "quit", "suspend", "freeze"}
REQUESTING = {"call", "urge", "ask", "appeal", "demand", "request", "press", "want"}
# a charge in what something is called: "called the sanctions illegal"
CHARGING_WORDS = re.compile(
    r"(?:illegal|unlawful|illegitimate|criminal|crimes?|terror\w*|narco\w*|provocat\w*|"
    r"outrageous|barbar\w*|massacres?|genocid\w*|aggress\w*|atroci\w*|unacceptable|"
    r"reckless|brutal|cowardly|violations?|escalat\w*|hostile|heinous|savage|inhuman\w*|"
    r"unjustified|irresponsible|blackmail|piracy|sham|lies|propaganda|fakes?|"
    r"disinformation|murder\w*|war|invasion|occupation|dangerous|destabili[sz]\w*|"
    r"brazen|deliberate|flagrant|blatant|egregious|cynical|senseless|appalling|horrific|"
    r"shameful|despicable|abhorrent|unprovoked|attacks?|offshoots?|prox(?:y|ies)|puppets?|"
    r"mercenar\w*|punishment|intimidat\w*|pogroms?|desperate|betray\w*|coerci\w*|"
    r"bully\w*|harass\w*|overreact\w*|abominable|hysteri\w*|wicked\w*|evil|cruel\w*|"
    r"vile|monstrous|diabolical|dastardly|callous|gruesome|sadistic|bloodthirsty|"
    r"excessive|disproportionate|indiscriminate|breach(?:es)?)$")
# words by which something is praised: "called the deal a first and welcome step"
PRAISING_WORDS = re.compile(
    r"(?:welcome|positive|historic|landmark|milestone|breakthrough|fraternal|encouraging|"
    r"constructive|success(?:ful)?|good|great|excellent|important|significant)$")
FORECAST_MODALS = {"could", "may", "might", "would", "will", "'ll"}
# nouns a figure restates: "put the figure at 11,000"
FIGURE_NOUNS = {"figure", "total", "number", "tally", "estimate", "count"}
# verbs of telling or withholding figures: their object is no count of its own
DISCLOSING = {"publish", "disclose", "acknowledge", "give", "release", "reveal", "provide",
              "confirm", "address", "mention", "discuss",
              "hide", "conceal", "inflate", "downplay", "exaggerate", "track", "verify"}
# verbs by which a side commits itself to an act to come ("vowed to retake the town")
PLEDGING = {"vow", "pledge", "promise", "threaten", "swear", "ready", "prepared"}
# verbs of trying: "have been trying to take the town" is fighting for it, not its capture
ATTEMPTING = {"try", "attempt", "seek", "struggle", "strive", "fight", "push", "battle",
              "fail"}
# acts of answering an attack: a threat when vowed ("vowed to retaliate"), not a forecast
RETALIATING = {"respond", "retaliate"}
# people whose gathering, clash or road block is a protest, and against whom force is
# repression ("demonstrators gathered", "police fired tear gas at protesters")
PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "striker",
              "marcher", "picketer", "activist", "demonstration", "protest", "rally"}
# what happens to a deal already made, or one still sought: no agreement is made here
UNMAKING = {"collapse", "cancel", "undermine", "enforce", "near", "scrap", "abandon", "ditch",
            "revoke", "void", "jeopardize", "jeopardise", "threaten", "implement", "honour",
            "honor", "respect", "uphold", "extend", "renew",
            # an existing deal acted on or judged: "suspended the 2018 accord", "welcomed
            # the agreement", "violated the truce" (the deal is no new agreement)
            "suspend", "freeze", "terminate", "quit", "violate", "breach", "welcome", "hail",
            "praise", "criticise", "criticize", "denounce", "review"}
SEEKING = {"talk", "negotiation", "call", "push", "proposal", "plan", "effort", "bid", "hope"}
# acts that are their actor's word: a request, an accusation, a threat, a rejection
SAID_BY_ACTOR = ("ACCUSE", "THREATEN", "REJECT", "REQUEST")
# observers' verbs: what they count others did ("the UN recorded 40 attacks")
DOCUMENTING = {"document", "record", "register", "tally", "log", "count"}
SIGHTING = {"detect", "spot", "track", "observe"}
# dismay at what someone did: the feeling's bearer accuses ("was unhappy about the strike")
FEELINGS = {"alarmed", "appalled", "outraged", "horrified", "dismayed", "unhappy", "alarm"}
# "sent a patrol ship to guard the cable": a movement to protect, no gift
GUARDING = {"guard", "patrol", "protect", "defend", "escort", "secure", "monitor", "shadow"}
FLEEING = {"flee", "escape"}
REHEARSING = {"practise", "practice", "rehearse", "simulate", "drill"}
EFFORT_ADJECTIVES = {"hard", "easy", "difficult", "impossible", "tough", "harder", "easier"}
# "the fighting erupted on Sunday", "the violence peaked in July": verbs that tell an event's
# course ("break" only as "broke out"), so a definite event noun as their subject is told
# (stop 18: "begin", "start", "continue" too: "the shooting began", "the fighting continued";
# "since the fighting began" stays a date, by its subordinator)
ONSET = {"erupt", "break", "flare", "resume", "escalate", "intensify", "rage", "peak",
         "begin", "start", "continue"}
# "the strike is the latest in a series", "the attacks were among the deadliest": the words
# by which a copula ranks an event among others, which tells the event (not a back-reference)
RANKING = {"latest", "first", "second", "third", "last", "largest", "biggest", "deadliest",
           "worst", "heaviest", "bloodiest", "fiercest", "most", "longest", "closest",
           "boldest", "broadest", "widest", "fourth", "fifth"}
# names of a war as a whole, told as fighting when their outbreak is told
WARS = {"war", "conflict", "insurgency", "civil war"}
# "acknowledged heavy casualties": adjectives that size a loss no figure counts
LOSS_SIZES = {"heavy", "significant", "major", "massive", "huge", "high", "considerable",
              "severe", "serious", "substantial"}
# forces that strengthen their own side's ("sent reinforcements to the area"): moved, not given
REINFORCING = {"reinforcement", "reinforcements"}
# "sent F-16 jets to bomb army positions": verbs that dispatch what carries out a strike
SENDING = {"send", "dispatch", "deploy", "scramble", "launch"}
# subordinators of a clause that tells an event of its own beside the main one
TELLING_MARKS = {"after", "before", "when", "while", "as", "since", "until", "because"}
# nouns that name an event already told without saying what it was ("behind the operation")
EVENT_NAMES = {"operation", "incident", "blast", "explosion", "sabotage", "plot", "act"}
# who or what carries an attack out, moving on through it ("the gunmen went house to house")
ATTACKERS = {"gunman", "gunmen", "attacker", "assailant", "militant", "raider", "fighter",
             "insurgent", "jihadist", "drone", "missile", "rocket", "projectile", "bomber"}
MOVING = {"come", "go", "rise", "walk", "race", "sweep", "storm", "pour", "roll", "swarm",
          "descend", "fly", "stay", "move", "arrive", "approach", "circle", "hover", "slip"}
# the people an attack's toll is made of ("was among the injured")
VICTIMS = {"victim", "dead", "injured", "wounded", "killed", "casualty", "fatality"}
# pictures that attest an event ("footage showed gunmen boarding the ship")
PICTURES = {"footage", "video", "photo", "photograph", "picture", "image", "imagery", "clip",
            "videos", "photos", "images", "pictures"}
# of those, the names of an armed operation as a whole ("the operation had ended")
OPERATIONS = {"operation", "sabotage"}
# verbs that carry an act on, whose own clause says whether it is vowed or conditional
# ("vowed that Israel would keep striking", "will continue to strike", "would resume strikes")
CARRYING_ON = {"keep", "continue", "resume", "step", "intensify", "escalate", "press", "pursue",
               "expand", "renew", "sustain"}
# what an act of help is judged to be, by which the judge backs the side helped ("helping
# Russia was a fraternal duty", "described the assistance as a fraternal gesture")
DUTIES = {"duty", "gesture", "obligation", "honour", "honor", "privilege", "testament",
          "sign", "proof", "expression", "demonstration", "act", "mission", "responsibility"}
JUDGING = {"describe", "call", "hail", "praise", "characterize", "characterise", "regard",
           "consider", "see", "view"}
