"""The English of a conversation with a tutor: the phrases that say what a learner wants besides an answer.

Each pattern is a family of wordings (verbs, objects and fillers varied independently), matched on the lower-cased
message with its quotes straightened; `tutor.converse.intents` decides between them and a question about the text.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# The words a learner names the text or a part of it with ("this lesson", "the whole thing").
TEXT_NOUNS = (
    "text|texts|article|lesson|lessons|chapter|book|document|doc|reading|page|course|passage|material|paper|piece"
    "|essay|post|story|module|unit|thing|stuff|content"
)
PART_NOUNS = "section|part|bit|paragraph|chapter|topic"

# "hi", "good morning", "hey there" — at the start of a message.
GREETING = re.compile(
    r"^\W*(hi+|hello+|hey+|hiya|howdy|greetings|yo|hallo|heya|sup|what'?s up|good (morning|afternoon|evening|day)"
    r"|morning|evening|nice to meet you)(?!\w)",
    _I,
)
# "thanks", "got it", "bye": closing words.
THANKS = re.compile(
    r"\b(thanks?|thank (you|u)|thx|tnx|ty|cheers|appreciated?|much obliged|bye+|goodbye|good ?night|see (you|ya)"
    r"|take care|later|ciao|that'?s (all|it|enough)( for (now|today))?|i'?m done|done for (now|today)"
    r"|got it|makes sense|understood|perfect|great|awesome|cool|nice|brilliant|excellent|wonderful|ok(ay)?|alright"
    r"|helpful|useful|that helps|clear now)(?!\w)",
    _I,
)
# Words of small talk that carry no subject: "thanks, that was really helpful!" asks nothing.
SMALL_TALK_WORDS = frozenset(
    """thank thanks thx ty cheers appreciate appreciated much lot lots great awesome cool nice brilliant excellent
    wonderful perfect good ok okay alright helpful useful help helps helped clear clearer now got get gets understand
    understood sense make makes made bye goodbye goodnight night see ya later ciao care take done today tomorrow day
    morning afternoon evening hi hello hey hiya howdy greetings yo there everyone tutor friend buddy all that's
    that is was really so very well job work again meet glad happy nice fine love like too sure right yes yeah yep
    no nope enough for now i'm i am im it's its me my you your we our one guess think fantastic amazing super
    sweet thank-you going gotta go leave stop quit""".split()
)

# "explain it simply", "like I'm 12", "in plain English", "ELI5", "in other words".
SIMPLER = re.compile(
    r"\b((explain|say|put|tell|describe|make|word|answer)\b( \w+){0,4} (simply|more simply|simpler|plainly"
    r"|more plainly|easier|more clearly|in simpler)|simplify|simply put|simpler (please|version|explanation|answer"
    r"|words|terms)|simple (terms|words|english|language|way|version|explanation)|plain (english|words|terms"
    r"|language)|everyday (language|words|terms|english)"
    r"|like (i'?m|i am|im|i was|to) (a |an )?(\d+|five|six|seven|eight|nine|ten|eleven|twelve|child|kid"
    r"|beginner|newbie|novice|toddler|grandma|layman|layperson|\w+[- ]year[- ]old)"
    r"|eli\s?\d+|eli5|to a (child|kid|beginner|novice|newbie|layman|\d+[- ]year[- ]old)|in other words"
    r"|lay(man|person)'?s? terms|for (a )?(beginners?|dummies|dummy|kids?|non-?experts?)"
    r"|dumb(ed)? (it |this |that )?down|(easier|simpler|clearer) (way|words|terms|language)|less (technical|jargon)"
    r"|without (the )?jargon|break (it|this|that) down|rephrase|reword|say (it|that|this) (again|differently"
    r"|another way)|(another|different) way)(?!\w)",
    _I,
)
# "give me an example", "for instance?", "can you illustrate".
EXAMPLE = re.compile(
    r"\b((give|show|provide|offer|share|need|want|get|tell|have|got|any|an|another|more|some|one|concrete|real"
    r"|real-world|practical|good|simple|specific)( \w+){0,2} (examples?|instances?|illustration)"
    r"|examples?( please)?\W*$|for (example|instance)\W*$|e\.g\.\W*$|illustrate (it|this|that)|a case in point)(?!\w)",
    _I,
)
# "I don't get it", "what do you mean?", "huh?" — right after an answer.
CLARIFY = re.compile(
    r"^\W*((sorry|hmm+|um+|uh+|ok|okay|wait|but)\W+)?"
    r"(i (still )?(don'?t|do not|didn'?t|did not|can'?t|cannot) (get|understand|follow|see)"
    r"|(i'?m|i am|im) (still )?(confused|lost|not (sure|following))|huh|eh|what\?+$|what do you mean"
    r"|(that|it|this) (doesn'?t|does not|didn'?t) (make sense|help)|come again|sorry\W*$|(i'?m )?not clear"
    r"|(can|could) you (clarify|elaborate|explain (that|it|this) (again|more|better|differently))"
    r"|(please )?(clarify|elaborate)|(tell me )?more( please)?\W*$|unclear|confusing"
    r"|what (does|do|did) ['\"]?\w+( \w+){0,3}['\"]? (mean|stand for)\W*$)",
    _I,
)
# "quiz me", "test me on X", "ask me a question about X", "check if I understood".
QUIZ = re.compile(
    r"\b((quiz|test|examine|drill|check|assess|grill|challenge) me|ask me( \w+){0,3} "
    r"(question|questions|quiz|something|anything)|(give|make|set) me (a |some |an? )?(quiz|test|questions?|exercise"
    r"|flashcards?|practice)|let'?s (do |have |try )?(a |some )?(quiz|test|practi[cs]e|review|revision)"
    r"|(check|test) (if|whether|that) i (understood|understand|know|got|remember)"
    r"|(check|test) my (knowledge|understanding|memory)|practi[cs]e (questions?|quiz)|quiz time|time for a quiz"
    r"|(check|test|see|find out) (what|how much|how well) i('ve| have)? (retained|remember(ed)?|learn(ed|t)|know"
    r"|understood|got)|with a (question|quiz) or two"
    r"|(want|like) (a |to do a |to take a )?(quiz|test)|(want|like) to be (quizzed|tested)|pop quiz"
    r"|(can|could|will) you (quiz|test) me|quiz\W*$)",
    _I,
)
# "what should I study next", "where do I go from here".
NEXT = re.compile(
    r"\b(what('?s| is| comes)? next|(what|which)( \w+){0,2} (should|shall|do|can|must) i (study|read|learn|do|look at"
    r"|revise|review|work on|focus on|tackle|go over|take|try)"
    r"( next| now| after( (this|that|these|the)( \w+){0,2})?)?\W*$"
    r"|where (should|shall|do) i (go|start"
    r"|begin|continue)|next (step|section|topic|lesson|chapter|part)|what to (study|learn|read|revise) (next|now)"
    r"|(study|read|learn|look at|review|revise|tackle|cover|do) next\W*$|(recommend|suggest)( that)? i (study|read"
    r"|look at|learn|do|review|revise|go)|after (this|that),? what|what'?s left|where (was|am) i)(?!\w)",
    _I,
)
# "summarize", "sum it up", "tl;dr", "the main points".
SUMMARY = re.compile(
    r"\b(summari[sz](e|ed|ing|ation)|summary|summarise|sum (it|this|that|them|things|everything|the \w+)? ?up"
    r"|recap|tl;? ?dr|gist|in a nutshell|main (points?|ideas?|takeaways?|messages?|arguments?)"
    r"|key (points?|takeaways?|ideas?|messages?)|takeaways?|short version|(in )?brief(ly)?|condense"
    r"|boil (it|this|that) down|nutshell|highlights)(?!\w)",
    _I,
)
# "what is this about", "give me an overview", "what does the lesson cover?", "what topics are in here".
OVERVIEW = re.compile(
    rf"\b(overview|outline|table of contents|big picture|lay of the land|what will i learn|what can i learn"
    rf"|what'?s (in )?(here|this|it)( about)?\W*$|(what|which) (topics|sections|parts|chapters|subjects|themes)"
    rf"|(main|key|major|central) (subjects|topics|themes|sections|parts)"
    rf"|(what|which)('?s| is| are| gets| will be)? (covered|discussed|included|taught|explained|treated)"
    rf"( (in|by) (this|the|these|here)( \w+){{0,3}})?\W*$"
    rf"|(what|which) (is|are) (this|the|these|it)( \w+)? (topics|sections|parts|chapters)"
    rf"|(what'?s|what is|whats|wat is|wats|what are) (this|the|it|these|that)( whole)?( ({TEXT_NOUNS})s?)?"
    rf"( (all|really|mainly|mostly|even|generally))? (about|on|covering)( \w+)?\W*$"
    rf"|(what|which) (does|do|did|will) (this|the|it|these)( whole)?( ({TEXT_NOUNS})s?)? (cover|discuss|deal with"
    rf"|talk about|teach|contain|include|go over|explain|say|tell)( me| us)?( in general| overall| mainly)?\W*$"
    rf"|(tell|show) me (about|what'?s in) (this|the|these)( whole)? ({TEXT_NOUNS})s?\W*$"
    rf"|introduce (me to )?(this|the|these) ({TEXT_NOUNS})|(give|get) me (the|a) (general )?(idea|picture|sense)"
    rf"|what'?s (it|this) all about|about what is (this|the) ({TEXT_NOUNS}))",
    _I,
)

# Words that point at the tutor's last answer: "summarize that", "explain it simply".
THAT = re.compile(
    r"^\W*(that|it|this|those|these|the (last |previous )?answer|your (last )?answer|above|the above)\W*$", _I
)
# Words that name the whole text: "summarize the article", "sum up everything".
WHOLE = re.compile(
    rf"^\W*((the|this|these|that|my|our)( whole| entire| full)? ({TEXT_NOUNS})s?|everything|all( of it)?"
    rf"|the whole thing|it all|the lot)\W*$",
    _I,
)
# Fillers around a command's subject: "the part about", "for me", "please", "a bit".
FILLER = re.compile(
    rf"\b(please|pls|for me|for us|a bit|a little|quickly|real quick|briefly|short(ly)?|again|now|then|just|also"
    rf"|can you|could you|would you|will you|would you mind|i'?d like( you)?( to)?|i want( you)?( to)?"
    rf"|let'?s|let me|(the|this|that) ({PART_NOUNS})( (about|on|of|called|named|titled|dealing with|covering))?"
    rf"|in (a few|some|\d+|two|three|four|five) (sentences|words|lines|points|bullets?))(?!\w)",
    _I,
)
# What follows a command and introduces its subject: "quiz me on …", "summarize the part about …".
SUBJECT_LINK = re.compile(r"^\W*(on|about|over|regarding|concerning|of|for|from|in|with|around|covering)\b\s*", _I)
# A question inside a wrapper: "Explain like I'm 12: what is …?"
QUESTION_START = re.compile(
    r"(?:^|[:;,.!?\-–—]\s*|\s)((?:what|how|why|when|where|who|whom|whose|which|is|are|was|were|do|does|did|can"
    r"|could|should|would|will|has|have|had)\b.*)$",
    _I,
)
# Words a reply to a quiz question never starts with unless it leaves the quiz: "stop", "skip", "next question".
LEAVE_QUIZ = re.compile(
    r"^\W*(stop|quit|exit|cancel|end|enough|skip|pass|next( question)?|never ?mind|forget it)\b", _I
)
DONT_KNOW = re.compile(r"^\W*(i )?(don'?t|do not|dunno|no idea|not sure|no clue|idk|pass|i give up|give up)\b", _I)
