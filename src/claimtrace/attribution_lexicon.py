"""Cue words and source nouns for `claimtrace.attribution`.

The classic reporting verbs and nouns, hedges and source kinds; and stance cues beyond
them, hand-written from the verb classes that attribution corpora (PARC, PolNeAR) annotate as
cues: verbs of communication, judgement and appraisal, advocacy, citing, deciding and
cognition, and adjectives of certainty and attitude. They report a clause they govern
("argued that ...", "was sure that ...") or, as the main verb with a subject, are an
attribution of their own ("Clinton cited the comments"); an object noun is never content
they report (praising a strike does not make the praiser the source of the strike).
Event verbs (attack, strike, sign, vote) are not cues here even where a corpus marks them,
nor are verbal acts that `steps.claims` extracts as events of their own (condemn, blame,
praise, welcome, talk): such a claim stays the author's report of the act.
"""
from __future__ import annotations

# reporting verbs -> the certainty they lend to what they report
REPORT_CUES = {
    "say": "reported", "tell": "reported", "report": "reported", "announce": "reported",
    "state": "reported", "add": "reported", "note": "reported", "write": "reported",
    "confirm": "reported", "indicate": "reported", "show": "reported", "reveal": "reported",
    "suggest": "possible", "disclose": "reported", "inform": "reported", "brief": "reported",
    "publish": "reported", "cite": "reported", "quote": "reported", "explain": "reported",
    "stress": "reported", "emphasize": "reported", "insist": "reported", "acknowledge": "reported",
    "admit": "reported", "declare": "reported", "assert": "reported",
    "estimate": "estimated", "assess": "estimated", "calculate": "estimated",
    "believe": "believed", "think": "believed", "suspect": "believed", "fear": "believed",
    "expect": "possible", "predict": "possible", "warn": "possible", "caution": "possible",
    "claim": "alleged", "allege": "alleged", "accuse": "alleged", "charge": "alleged",
    "deny": "denied", "reject": "denied", "dismiss": "denied", "refute": "denied",
    "argue": "reported", "recall": "reported", "tweet": "reported", "post": "reported",
    "respond": "reported", "reply": "reported", "mention": "reported", "contend": "alleged",
    "testify": "reported", "conclude": "reported", "find": "reported", "concede": "reported",
    "agree": "reported", "criticize": "reported", "criticise": "reported", "blast": "reported",
    "slam": "reported", "question": "reported", "ask": "reported", "demand": "reported",
    "defend": "reported", "urge": "reported", "call": "reported", "point": "reported",
    "describe": "reported", "know": "reported", "learn": "reported", "support": "reported",
    "recommend": "reported", "complain": "reported", "remark": "reported", 
    "hope": "possible", "want": "possible", "plan": "possible", "intend": "possible",
    "threaten": "possible", "pledge": "possible", "vow": "possible", "promise": "possible",
    "propose": "possible", "worry": "believed", "doubt": "believed", "feel": "believed",
    "consider": "believed", "assume": "believed",
}
# cues that only report a clause ("called for X to ...", "wants Russia to ..."), never an
# object noun ("criticized the strike" does not make the critic the source of the strike)
CLAUSE_ONLY = {"agree", "criticize", "criticise", "blast", "slam", "question", "ask", "demand",
               "defend", "urge", "call", "point", "describe", "know", "learn", "support",
               "recommend", "complain", "remark", "hope", "want", "plan", "intend", "threaten",
               "pledge", "vow", "promise", "propose", "worry", "doubt", "feel", "consider",
               "assume"}
# nouns that report a clause they govern ("his claim that ...") -> certainty
REPORT_NOUNS = {
    "claim": "alleged", "allegation": "alleged", "accusation": "alleged", "charge": "alleged",
    "statement": "reported", "announcement": "reported", "report": "reported",
    "assertion": "reported", "insistence": "reported", "argument": "reported",
    "admission": "reported", "warning": "possible", "assessment": "estimated",
    "estimate": "estimated", "belief": "believed", "view": "believed", "fear": "believed",
    "suspicion": "believed", "concern": "believed", "hope": "possible", "promise": "possible",
    "pledge": "possible", "threat": "possible", "denial": "denied", "suggestion": "possible",
}
# particles that belong to the cue: "called for", "pointed to", "pointed out"
CUE_PARTICLES = {"for", "to", "out", "on", "up"}
# verbs that raise a belief over an infinitive: "is believed to have supplied"
RAISING = {"believe": "believed", "think": "believed", "suspect": "believed",
           "say": "reported", "report": "reported", "estimate": "estimated",
           "expect": "possible", "allege": "alleged", "claim": "alleged",
           "understand": "believed", "rumor": "alleged", "rumour": "alleged"}
MODALS = {"could", "may", "might", "can"}
HEDGES = {"reportedly": "reported", "allegedly": "alleged", "purportedly": "alleged",
          "possibly": "possible", "perhaps": "possible", "probably": "believed",
          "likely": "believed", "apparently": "believed", "potentially": "possible"}
# head nouns of sources that are not actors -> source kind
SOURCE_NOUNS = {
    "analyst": "expert", "expert": "expert", "researcher": "expert", "observer": "expert",
    "scholar": "expert", "think": "expert", "institute": "expert", "monitor": "organization",
    "official": "official", "spokesperson": "official", "spokesman": "official",
    "spokeswoman": "official", "minister": "official", "president": "official",
    "diplomat": "official", "lawmaker": "official", "governor": "official", "mayor": "official",
    "ambassador": "official", "commander": "military", "general": "military",
    "officer": "military", "ministry": "government", "government": "government",
    "authority": "government", "administration": "government", "department": "government",
    "office": "government", "military": "military", "army": "military", "staff": "military",
    "command": "military", "force": "military", "intelligence": "intelligence",
    "agency": "government", "service": "intelligence", "witness": "witness",
    "resident": "witness", "survivor": "witness", "local": "witness", "medic": "witness",
    "doctor": "witness", "report": "document", "document": "document", "statement": "document",
    "data": "document", "bulletin": "document", "video": "document", "footage": "document",
    "image": "document", "study": "document", "assessment": "document", "source": "unnamed",
    "speech": "document", "interview": "document", "remark": "document", "testimony": "document",
    "letter": "document", "memo": "document", "tweet": "document", "transcript": "document",
    "filing": "document", "release": "document", "communique": "document",
    "people": "unnamed", "media": "media", "broadcaster": "media", "newspaper": "media",
    "outlet": "media", "channel": "media", "network": "organization", "group": "organization",
    "organization": "organization", "organisation": "organization", "committee": "organization",
    "ngo": "organization", "charity": "organization", "union": "organization",
}
KIND_OF_ACTOR = {"media": "media", "state": "government", "government_body": "government",
                 "military_unit": "military", "organization": "organization",
                 "armed_group": "organization", "person": "official", "group": "official",
                 "unnamed": "unnamed"}
RANK = ["asserted", "reported", "alleged", "estimated", "believed", "possible", "denied"]
FIRST_PERSON = {"i", "we", "you", "me", "us"}

# verb lemma -> the certainty it lends to a clause it reports
STANCE_VERBS = {
    # communication
    "comment": "reported", "lecture": "reported",
    "repeat": "reported", "echo": "reported", "reference": "reported",
    "invoke": "reported", "detail": "reported", "outline": "reported", "present": "reported",
    "characterize": "reported", "characterise": "reported", "portray": "reported",
    "paint": "reported", "depict": "reported", "label": "reported", "dub": "reported",
    "brand": "reported", "term": "reported", "refer": "reported", "highlight": "reported",
    "underscore": "reported", "emphasise": "reported", "signal": "possible", "hint": "possible",
    "imply": "possible", "insinuate": "alleged", "boast": "reported", "brag": "reported",
    "joke": "reported", "quip": "reported", "muse": "reported", "shout": "reported",
    "yell": "reported", "scream": "reported", "chant": "reported", "sing": "reported",
    "whisper": "reported", "exclaim": "reported", "proclaim": "reported", "pronounce": "reported",
    "tout": "reported", "trumpet": "reported", "hail": "reported", "retweet": "reported",
    "blog": "reported", "document": "reported", "lament": "reported", "mourn": "reported",
    "regret": "reported", "apologize": "reported", "apologise": "reported", "thank": "reported",
    "congratulate": "reported", "applaud": "reported",
    "laud": "reported", "celebrate": "reported",
    "confess": "reported", "clarify": "reported", "elaborate": "reported",
    "summarize": "reported", "summarise": "reported", "answer": "reported", "retort": "reported",
    "counter": "reported", "observe": "reported", "assure": "reported",
    "reassure": "reported", "swear": "reported", "guarantee": "reported", "notify": "reported",
    "advise": "reported", "inquire": "reported", "enquire": "reported", "wonder": "believed",
    "plead": "reported", "implore": "reported", "beg": "reported", "lobby": "reported",
    "encourage": "reported", "press": "reported", "advertise": "reported",
    "promote": "reported", "address": "reported",
    # judgement and appraisal
    "champion": "reported", "advocate": "reported", "favor": "believed",
    "favour": "believed", "oppose": "reported", "object": "reported", "decry": "reported",
    "fault": "alleged", "lambaste": "reported", "rebuke": "reported", "chide": "reported", "scold": "reported",
    "mock": "reported", "ridicule": "reported", "deride": "reported", "taunt": "reported",
    "insult": "reported", "disparage": "reported", "downplay": "reported", "justify": "reported",
    "rebut": "denied", "contradict": "denied", "dispute": "denied", "challenge": "denied",
    "contest": "denied", "disagree": "denied", "concur": "reported", "approve": "reported",
    "admire": "believed", "like": "believed",
    "love": "believed", "hate": "believed", "dislike": "believed", "resent": "believed",
    "respect": "believed", "trust": "believed", "distrust": "believed", "prefer": "believed",
    "appreciate": "believed", "embrace": "reported", "cite": "reported", "liken": "reported",
    "compare": "reported", "chastise": "reported", "grill": "reported", "chronicle": "reported",
    "debate": "reported", "propound": "reported", "vilify": "reported", "demonize": "reported",
    # cognition and prediction
    "understand": "believed", "realize": "believed", "realise": "believed",
    "recognize": "reported", "recognise": "reported", "speculate": "possible",
    "guess": "possible", "forecast": "possible", "project": "possible", "anticipate": "possible",
    "foresee": "possible", "envision": "possible", "imagine": "possible", "reckon": "believed",
    "judge": "believed", "deem": "believed", "presume": "believed",
    "maintain": "reported", "affirm": "reported", "aver": "reported",
    "allude": "reported", "decide": "reported", "rule": "reported",
    "determine": "reported",
}

# adjectives of certainty and attitude, after "be": "was sure that ...", "is confident"
STANCE_ADJECTIVES = {
    "sure": "believed", "certain": "believed", "confident": "believed", "convinced": "believed",
    "aware": "reported", "adamant": "reported", "optimistic": "possible", "hopeful": "possible",
    "pessimistic": "believed", "skeptical": "believed", "sceptical": "believed",
    "doubtful": "believed", "unsure": "believed", "uncertain": "believed", "worried": "believed",
    "concerned": "believed", "afraid": "believed", "fearful": "believed", "wary": "believed",
    "critical": "reported", "supportive": "reported", "opposed": "reported", "coy": "reported",
    "emphatic": "reported", "insistent": "reported", "unequivocal": "reported",
    "dismissive": "reported", "defensive": "reported",
}

# phrasal verbs that are cues with their particle: "laid out her plan", "lashed out at"
PHRASAL_CUES = {
    ("lay", "out"), ("spell", "out"), ("point", "out"), ("weigh", "in"), ("lash", "out"),
    ("go", "after"), ("sound", "off"), ("chime", "in"), ("single", "out"), ("play", "down"),
    ("rail", "against"), ("weigh", "on"), ("go", "on"), ("double", "down"), ("come", "out"),
    ("brush", "off"), ("shrug", "off"), ("write", "off"),
}

# light verbs that make a cue with a noun of speech as their object: "issued a statement",
# "raised questions about", "delivered a message", "made the remark"
LIGHT_VERBS = {"raise", "issue", "make", "publish", "pose", "voice", "level", "file", "lodge",
               "air", "put", "run", "sound"}
SPEECH_NOUNS = {
    "question", "message", "statement", "letter", "speech", "remark", "comment", "proof",
    "evidence", "claim", "reference", "warning", "apology", "feature", "report", "argument",
    "accusation", "allegation", "complaint", "assurance", "promise", "pledge", "threat",
    "ultimatum", "appeal", "criticism", "praise", "endorsement", "proposal", "tweet", "video",
    "ad", "advertisement", "editorial", "interview", "testimony", "response", "rebuttal",
    "denial", "explanation", "assessment", "forecast", "prediction", "estimate", "account",
    "description", "hint", "signal", "concern", "objection", "announcement", "declaration",
    "communique", "ruling", "verdict", "judgment", "judgement", "opinion", "case", "charge",
    "point", "address", "plea", "call", "demand", "request", "order", "directive",
    "guidance", "advice", "recommendation", "rejoinder", "retort", "joke", "insult", "rant",
    "diatribe", "tirade", "sermon",
}

# dashes that credit a quotation to a name after it: "“...” ― Jane Doe"
BYLINE_DASHES = {"―", "—", "–", "--"}
