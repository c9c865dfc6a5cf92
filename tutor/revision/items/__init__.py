"""The item bank: quiz questions generated from the knowledge, never written by hand.

Each asks what a section teaches, made from one sentence or one list:
  definition  "X is defined as / is called / refers to / is a …"   How does the text define X? / What is X?
  short       a reason ("… because …")                              Why can outages be prolonged?
              an object or a person ("Mozilla maintains …")        What does Mozilla maintain? / Who invented …?
              a condition, an aim, a timeline year                  When can X be …? / In what year … date X?
  list        a list its lead-in or heading names, or a series      Name the four golden signals …
  cloze       a year (or a share) blanked out of a sentence; a term the text names ("a format known as _____"),
              with the sentence before when the naming points back ("This is called _____.")
  choice      the same year or person among the text's nearest other years or other people
Prompts, answers, choices and elements are made from the sentences' reading views (markup gone); every item
keeps the exact span it was made from (`text == doc.text[start:end]`), its reading view (`reading`) and an id that
depends only on that text, so ids survive rebuilds while the sentence is unchanged.
"""

from tutor.revision.items.generate import generate_items
from tutor.revision.items.questions import BLANK
from tutor.revision.items.record import CHOICE_LETTERS, KINDS, ItemKind, QuizItem, SectionKey, item_id
from tutor.revision.items.sections import is_furniture

# 2: prompts, answers and choices from reading views; items carry `reading`; 3: blanks on taught terms, a few a section;
# 4: questions on what a section teaches (definitions, reasons, objects, people, years, named lists), no term blanks;
# 5: relations ("What is X used for?"), a repeated sentence asked once, no cut-off lines, notices or vague subjects;
# 6: a share is asked rather than its year; an object answer stops before a second deed; no book note numbers,
# page controls, subordinate clauses for subjects or reported speech; a prompt once a text, a name once a section;
# 7: a short name asks in its own number ("What are Markov Chains used for?"); no figure from an example's setting;
# 8: an object answer stops before how long it went on ("programs for hours");
# 9: a short question once a subject, the one its section's heading asks first; a series names its subject
# 10: a reason asked as a question of its claim; a dated event's year ("On March 24, 2014, …"); no object question
# that asks two things ("wanted Jesse to admit …"), reports ("argued that …") or runs on past its object;
# 11: a term the text names ("known as", "called") is blanked, quoted with the sentence before where it points back;
# no "What are nuts?" of "Nuts are the main reason …", no denied deed, "the country's", "become" or "find" asked,
# no reason that repeats its claim's word, no share of a change between two amounts the prompt gives;
# 12: a gloss may open on its term's kind ("White-box monitoring: Monitoring based on …"); no "its" after a
# quantity ("More than 65 percent of its …"), no subject counted before ("the two stories"), no aside in a question
# ("of course");
# 13: no dateline's year ("April 17, 2015 -- …"), no service mark, no superlative of something unsaid ("the simplest
# scenario")
# 14: a reason's claim may open on an article ("A dashboard might also be paired with a log, in order to …") when it
# reads as a question; no claim cut inside an aside ("…, and as a by-product"), no note number after a full stop, no
# series named by a noun of belonging ("the four members: … include members of the academic community, …"), no list
# named by a count of something else ("in 15 student newsrooms … a few repeating issues"), no series whose first
# element is a clause or whose element goes on into one, no reason someone reports, no share that is the rest of a
# whole ("The other _____% were designers"); "need" is present, not past
# 15: no definition someone is quoted saying ("…,” her mother said"), no amount for a subject ("two tablets"); a
# quoted title's description is no part of its name ("Cheeky horror game “Until Dawn”" asks "What was “Until
# Dawn”?"); a definition's answer stops before a participle clause (", channeling …"; ", including …" stays)
# 16: no item of any kind from a sentence that opens with someone's quoted words ("“Ennahda is responsible for …”
# while they were in power, Azzouz said")
# 17: no item speaks of the code's own names it does not show ("the mutable reference in clear"); a name spelled
# out before its initials is blanked whole ("last in, first out (LIFO)"); a definition stops before another subject's
# clause ("…, and removing data is called …"); "This is …" defines the subject before it only when it names it; a
# series that is a subject ends before its verb; no object that only announces its colon ("a third approach:"), no
# item from an instruction, from a title with its subtitle, or from a list named by the text's own title; no list
# of code names; no series counted before a colon that began it; no "There's …" claim asked why; a subject that
# points back is vague with an adverb after it too ("The tool systemically discriminated …")
# 18: a participle after a number or a gerund modifies a noun ("a loop with two nested loops"); a purpose after a
# participle clause is that clause's; no reason hedged by an adverb left dangling ("…, usually."); "by" a noun in
# "-ing" ("by string processing builtins") is no means; an answer ends with its sentence; "until" after a negation
# stays in it; a prompt leaves out numbered references ("(19)"); a lead-in that names nothing more than its list's
# noun is not quoted; a list element is not named by a name after a preposition ("On ISAs …"); a definition's
# subject leaves out its reference ("(Voorhees, 1999)"), a formula is no subject, author-year references leave
# prompts, a footnote's number run into its first word ("6We use …") is no prose
# 19: a sentence that says it follows from the one before ("Thus, …", "As a result, …", "Due to this reality, …")
# asks why, answered by that sentence (across paragraphs, not after a list); an adverb's participle before a noun
# and a modal is no verb ("less technologically advanced states may …"); "the same …" is a vague subject; from two
# papers (Tidy Data, Out of the Tar Pit): alphabetic and author-year references leave prompts; no list of formulas;
# a plural noun before its verb, a participle before its noun, a dash aside, an ordinal of a kind named before, a
# comparative ("Bigger improvements"), a frequency adverb in a subject; a reason after a second clause; a list's
# step to take; a purpose after a participle phrase ("…, each ordered so that …"); an answer the prompt spells
# ("areaCode" / "the area code"); "has" with an object takes "do"; a list named by its noun and what it is of
# ("the two types of complexity"); a list element named by its term set bold; "the root cause of …" asks for it
# 20: a generic one-word term is defined ("A feature is a measurable property of your data"); an answer may speak of
# "you" and "your" (anyone's), not in quoted speech; no answer placed on the page ("shown on the left"); "A standard
# makes …" takes "does"; a gloss whose sentence defines another term is asked by that definition; no claim opening
# "Either …" quoted; an opening "As"/"Since" whose clause states what is so gives a reason ("As it is the first …,
# X differs …" asks "Why does X differ …?"), not one that says when ("As the field grew"); a section headed by its
# date ("1956: Dartmouth Summer Research Project", "1987 - 1993: AI 'Chill'") asks when (`timeline.py`); "The
# simplest way to X is Y" asks "What is the simplest way to X?" (`described.py`); a list is named by the noun its
# lead-in says follows ("… keep the following guidelines in mind:"), not by an idiom after it ("in mind")
# 21 (the README's "generator 21", held-out rounds 41-48): what a thing is used to do, a name defined in passing
# (`appositions.py`), an activity defined by its name, "An example of X is Y", lists named by what their lead-in
# announces (`list_names.py`); no judgement as a definition, no quotation whose speaker comes before it closes
# 22 (round 49): when a thing is useful and what for, ", which we call X", what a thing lets you do, what a term or
# an activity means; a run-in label naming the subject is no part of it; "Each must …", "a similar X", "the
# opposite", "Appendix B" and "the first rule" point back; a page's line of tags is small print; two things counted
# before a colon are a list ("Rust has two primitive compound types: tuples and arrays"); a generic parameter's name
# from a listing ("X2") is not asked
# 23 (rounds 51-52): a judgement after "very"/"-ly" ("a very common indicator") defines nothing; "a term to describe
# Y" is answered by Y; the writer's "my", "as much", "did so", "the below" and "the last two lines" point elsewhere; a
# subject ending in an adverb, a participle's phrase ("Prepared for …") or a label ending in a colon is no subject; a
# list named by "several X" in its lead-in, its elements without "(Chapter 7)", a series' blank without the last
# element's parenthesis; a term asked by its definition is not asked again the other way round; a year that says when
# the writer writes, or is an example, is not asked; one past event is not asked "What did X do?"
# 24 (round 53): "multiple X that …" names no list; a list element cut to "The developer" or "…, it" is no label; "an
# interesting case", "a defining feature of" define nothing; "unsafe code cannot" is no subject
# 25 (round 54): a heading opening on a preposition ("With Build Tools") names no list; an element cut before "so
# that" is cut short; a plural noun before a modal ("Shallow refs can …") is no verb
# 26 (round 55): a heading that counts ("Four Centuries of …") names no list, nor do elements that cite tables;
# "the King", "Members of …" are asked "Who"; a year after a verb in the present is history
# 27 (round 56): a short TeX formula ("at time $t$") may be asked, as raters kept it; a citation's key stays in its
# sentence ("… begins with Prais1955, who applied …"), which then reads as no prose to ask
# 28: a list is named by what its lead-in says of it ("A path can take two forms:" -> "Name the two forms a path can
# take.", "There are two cases where …:", "… typically perform these three actions:"), not by a heading that is a
# thing to do ("Performing Unsafe Superpowers") or whose head noun is not plural ("A Conversation Among Friends"), nor
# by a heading the lead-in is not about ("In other words,"); math reads as symbols, so a symbol is no term ("the set
# S") and what a figure shows ("the dashed lines mark …") is not asked; a term set in bold is blanked whole; "a range
# of reasons" is no reason; a worked example's numbers are no list, nor are exercises or a figure's panels; a name is
# asked with the condition it holds under ("What is a graph called if …?"); "the figure" points elsewhere (rounds 58
# to 61)
# 29 (round 62): a question whose subject only its section tells ("What do the bounds capture?", "What does Rust
# allow you to do?") says which section it asks of (`situated.py`); an element that says the list goes on ("etc.,
# etc.") is none of it; brackets a question cuts apart are left out; a number a worked example supposes is no
# figure; what a thing belongs to or varies with ("a built-in feature of Vue 3", "a decreasing function of its
# cost") or a praise ("a workhorse for …") defines nothing, nor is it asked the other way round ("What is a
# built-in feature of …?")
# 30 (round 64's held-out chapters, where advice gave nothing): advice asks when a practice is the right one ("When
# is it advisable to have your code panic?"), what the writer recommends when, and what to use for a need
# (`advice.py`); "!" before a lower-case word ends no sentence ("a panic! call")
# 31 (round 64): a citation's key ("Radford.Salimans.ea.2018") leaves prompts and answers, and an answer that was
# only a key is none; "the following two tasks: A and B" answers "A and B"; a superscript letter is a symbol ("qˢ");
# an acronym spelled out after the blank is blanked with it; "GPT only looks" keeps its adverb ("Why does GPT only
# look …?"); examples a lead-in supposes or gives ("such as") are no list
# 32 (round 65): what serves an end asks for it ("To ensure X, we use Y": "What do you use to ensure X?"); initials
# after the blank are blanked with the term ("called **gross domestic product** (GDP)"); "(see previous section)"
# leaves an answer
# 33 (round 66): a dash typed as hyphens ("--", "---") opens an aside an answer leaves out; a series' noun keeps its
# acronym ("three RNNs"); "all four values" points back; a list element ending "; and" ends before it
# 34: what a thing is worth to the writer ("a welcomed addition", "a rich topic", "a core pillar") defines nothing;
# "X was the largest in the world" is not asked "What was the largest in the world?" (the largest what)
# 35 (round 67): a notebook's "next cell" points elsewhere; an answer that stops at "the following types", or is
# "the one whose …", or a reasonable strategy, defines nothing; "… and the 0.25 quantile is …" is another claim
# 36: a lead-in that points outside itself ("There are two advantages to use it:") is not quoted as the list's name
# 37 (rounds 68–71): who said something is not asked; what points back, a figure's place, an example's file name are
# not; a list of bold terms with examples under them is; "What is code compilation?" keeps its "it"; TeX's "--"
# 38 (rounds 72–73): an object question keeps what its object is for or as ("What does BERT choose as its …?"); an
# answer that only counts a kind ("a variety of functions") is none; citations and counted numbers as printed
# 39 (round 74): an answer ends where its sentence says (a colon's series, "given by (…)", no dangling participle, a
# name without where it is used); the field a sentence opens with stays in its question ("In style transfer, …");
# "When is X called?"; suppositions, relations, answers true when written, a thing's year, a bracketed share: none
# 40 (round 75): a list named by what it is, not by the writer ("let's discuss"); a title is no person ("Ingrid Goes
# West"), a company is asked "Who"; no question of a clause subject, a particle verb, a verb in brackets
# 41 (round 76): a series of "-ing" words stays whole, a participle's clause and a next deed after a comma go;
# "ones", "such as … below", a clause object, a prompt that spells its answer: none; a person after a title
# 42 (round 77): an answer that points back ("the problem above", "the converse problem", "the same as that in
# …"), a share in a supposition ("Even if …") and a series from an illustration ("For example, …"): none; "called
# _____ (or translation equivariance)" loses the other name that gives it away
# 43 (round 78): a subscript letter is notation ("Vⱼ"), "the second criterion" says not which, and "This lecture
# proceeds as follows:" names no list
# 44: a sentence that speaks of a numbered equation or statement ("Equation (4) is …", "Theorem 1 asserts …", "like
# (1)") is not asked; an answer and a list's elements leave out an equation's number ("the Euler equation (17)")
# 45 (round 79): an answer that points at what it does not show ("in the following figure", "the last expression") and
# a claim whose predicate the sentence before says ("… do not.") are not asked; "All X" asked "all X"; brackets with
# no space before them are a formula's ("−1/(θ² + 1)"), not an aside; "Per draw …" opens with no subject
# 46: an equation's range is left out whole ("the RLS recursion (3)-(4)" asks "What is the RLS recursion?")
# 47 (round 80): what a figure's marks represent, an equation's right-hand side and "Here M is …" are not asked; an
# answer ends before a bracket it cannot close, and before a participle after an adverb (", ultimately showing")
# 48 (round 81): brackets a formula holds on either side ("(1−β)d(β)") and an interval after a relation ("μ ∈ (−∞,
# ∞)") are no asides; a symbol or code that opens a quoted sentence keeps its case ("cₜ is called …"); TeX's "---"
# reads "—"
# 49 (round 82): a list a figure illustrates is not asked ("Fig. 7 illustrates how …:", whose number was taken for
# the list's count: "Name the seven illustrates")
# 50 (round 82): a copula inside a quotation defines nothing ('… while mutation alone "is a poor mechanism …"')
# 51 (round 83): a gloss that orders, asks or sets a condition means nothing by its term ("Trade secrets: Consider
# whether …"); what a thing is worth is no definition ("an opportunity for …", "the reason that …"); "Each period X
# …" asks after the verb; a clause opening "Although"/"Since" is no claim; a bold link names its element as it reads;
# "event organizing" is one element and a dash ends one; a series inside a dash aside, a figure's "(left column)",
# a first-person quotation set apart and claims about one subject ("They can … | They cannot …") are not asked; a
# formula cut at its bracket defines nothing; "There are three X associated with Y." and "Here are a few types of
# X:" name their lists; "the two types of errors and the losses …." names "types of errors"; "people" is plural; a
# subject only its section can tell is asked there when the heading says more than the prompt; a nested element's
# reading hangs under its element ("  ◦ ")
# 52 (round 84): things to do under a heading that names their topic are its guidelines ("## Tables" over "Use
# tables only for …": "Name the three guidelines the text gives for tables."); a "Tip:" is no element; a claim set
# bold over its explanation ("It drives innovation.") is no term; "a popular way to", "a real and pervasive issue",
# "a byproduct of" are no definitions; "Don't …" and "relative to …" are no claims to ask why of; a class the text's
# own listing defines is not asked; a sentence with an e-mail address is no prose; a heading that says something
# is no place to ask in
# 53 (round 86): a definition ends before ", but a …" and ", and the X comes …" (not inside what a colon counts);
# "…, especially because" asks without "especially"; a string value in code (`"Joe Smith"`) and a reading list's
# "… is an article that …" are not asked; a year said roughly ("around 1980", "after 1980") offers no year within two
# of it as a wrong choice
# 54 (rounds 85 and 87): an object ends before "and updates the …" and "but uses …" (not "reads and writes"); a
# place is named as printed ("Encoder–Decoder") and never by a file name ("odin introduction to git"); a subject with
# its own verb ("Condition (d) makes the …") is a clause; "a vital ingredient in …" is no definition
# 55 (round 87): a list a lecture previews ("concepts that we'll be studying include") or whose lead-in points back
# ("three new selectors to do just that") is not asked
# 56 (round 88): a list a lead-in names after its noun in a sentence is asked so ("Name the two ways to get information
# out of an object"), from a plural subject's clause ("… reasons programs generally go wrong"), "Possible dynamic
# properties include" and "What to do during your break:"; an element's term before " - " or after the word that
# modifies it ("Keynesian consumption function"); "Not taking breaks" names no list; "Ruby Recursion" is no person
# when the text writes "recursion"; "only" before "because" is the reason's; "just described" points back; an answer
# "the unique one" or "worth reading" and a doing's subject ("learning any new skill") define nothing; the text's
# own plan ("The lecture then closes with …") is not asked; "Why do the X not …?" says its section; a list of
# "O(1) - Constant Complexity" no longer stops its section (round 89's texts)
# 57 (round 89): a quoted claim asks "Why?", not "For what purpose?"; "by doing than reading" is no means; an answer
# ends before the "and" a cut leaves, "defined as follows" and ", but also …" (not "not only … but also"); "the most
# powerful part of Rails" ranks and defines nothing either way round; "an interesting pattern" says nothing; the
# writer's own variable ("We define an array called `animals`") is no term; a heading of two topics ("Risk Aversion
# and Asset Prices") names no list but gives its guidelines a topic; the features after "an economy with" are not
# the subject's; "a couple of basic things" are two; a quiz and its answers ("Quick quiz", "Knowledge check") are
# not asked
# 58 (round 90): a lead-in that says no more than its count and noun ("Two notions are involved", "We'll be
# interested in two situations") is not quoted; "two kinds of links we will create" names "kinds of links"
# 59 (round 91): a list prompt leaves out a heading that says half the words of half its elements or more ("## First-
# Price and Second-Price Auctions"), and a list that only splits its heading into words is not asked
# 60 (rounds 92 and 93): a heading stays in a list's prompt even where it shares the elements' words (the raters kept
# "… under “What would you need to continue sustaining yourself and your community?”" and "… under “First-price
# sealed-bid auction (FPSB)”", and were no happier with the two auctions without their heading)
# 61 (round 90): a list whose every element opens by defining its term ("The capacity is the total number of …") is
# named by the terms ("capacity | load factor"), not by ordinals ("The first is …")
# 62 (round 95): a heading that counts its list is not counted again ("the four principles"); a lead-in's relative
# clause names its list ("three channels that matter for survival"), and a hyphenated modifier stays with its noun
# ("high-level trade-offs"); "**A** vs **B**" is one element; what a question says in brackets is left out but for
# initials ("(blue)", "(no capitals!)"; "(IPM)" stays); "Solution (5) …", a title's "?" mid-sentence, "the term in
# brackets", a subject holding "while", an answer ending on a colon or made of a formula, and "because of how …" ask
# nothing; ", and aperiodic otherwise" is left out of what asks for "periodic"; "Even though …, X" is not asked why;
# "Test driven development encourages" reads "driven" as no verb; "The intuition is that X because Y" asks why X; an
# answer ends before ", again without …" and before an aside that says it again (", a demographic pattern …"); a
# task's lead-in ("create the following lists:") names no list to learn
# 63 (round 98): a lead-in whose verb could be a noun ("The existence proof then proceeds in three steps:") names its
# list by its subject, but not one that points ("The method below returns …"); what a lead-in says the things are for
# ends before ", each leading to …"; a heading that counts or qualifies a plural ("The five rules of ARIA", "Rules of
# JSX") names a list of orders, not "guidelines … for" it; "two of these properties" are properties; an element's
# bold name reads its maths as symbols ("Sufficient rank in Γ") and keeps no backtick
# 64 (round 100): a lead-in whose subject is the text ("The paper offers …") or points ("The method below …") names no
# holder; "everything" and a formula's part ("the denominator", "the row sums") are not defined; "a remarkable
# theoretical result" praises, it does not define
# 65 (round 101): "Git is a crucial skill to have" says what knowing it is worth, not what it is
# 66 (round 101): a participle before its noun or with its agent ("A persistent omitted variable both inflates …",
# "The monotonicity required by … fails") is no verb, and "both … and lengthens" both take "does"; "Sometimes X
# must …" asks "must X sometimes …"; a ranked subject ("the single most striking estimate"), a place in a set ("the
# first of …") and "the key thing to note" define nothing; "interesting for at least two reasons" names no "at least"
# 67 (rounds 102, 103): "Some examples of X" names "the three examples of X"; a list of questions is asked only as
# questions ("Name the four questions …", not reflection prompts named "guidelines"); "Two things to notice:" and a
# list of code expressions ("total += x", "count[k]") name nothing to learn; "shows up" is the verb, "books out there
# can …" not; a section with nothing else asks what a thing provides, offers or creates, not what it uses, includes,
# publishes or shows; "for deployment", "to every webpage" stay in the question; a name alone is no reason, nor a
# reason inside brackets; "also", "then" leave a question; "The most common hyperparameters … include:" names its
# list by its subject; a lead-in's "Modern computers" reads "modern computers"; "such as A, B, or C" and learning
# outcomes are asked nothing, nor are "Assignment" sections; "a big deal" defines nothing; "What is a connection?"
# takes the article a counted noun needs; a formula's brackets ("log(1)") stay in a reason
# 68 (round 104): "the input, output and forget gates" ends an answer whole; a claim that gives its own reason ("…
# thanks to convolutions") is not asked why; "Learning Sinatra before Rails" reads "learning Sinatra …"; a subject
# holding "when" or ending on a bare participle ("the context vectors outputted") is not defined; "Recall that there
# are two objectives in X:" names "the two objectives in X"; a heading is furniture when it is one whole
# ("References", not "References and Borrowing" or "Register allocation"), "Additional Resources" too
# 69 (round 105): "also" stays in a question (it says there is more: "How can an array also be created?"), "then"
# leaves it; no object after "exists because, …"; "machine code generated from for loops can be …" reads "can" as its
# verb, "from mills tastes" "tastes"; a gloss in another form of its term ("Occlusion. … can be occluded") defines
# nothing; "Even X are …" asks of X; "an exceptional resource" praises
# 70 (round 106): "Learning outcomes" and "Lesson overview" sections are not asked; "like" after a plural is no verb,
# and a subject holding "don't" asks the quoted claim; "try a few of these suggestions:" is a task (not "try to answer
# the following questions:"); "a pure function is a function with the following characteristics:" names "the two
# characteristics of a pure function"; "To update X, two things need to happen:" names "the two things that need to
# happen to update X"; elements that make claims about the heading's noun ("## Hooks": "Hooks can only …") are no
# list of it; "… if you need that?" is not asked; "in response to" inside a relative clause is the clause's; an
# answer ends before "and" opens a clause of its own ("… beneath them and leaf components are …")
# 71 (round 107): a reading list ("Read this article …; Next, watch this video …") is no list to learn; "Further
# learning" and "Additional reading" sections are furniture; "that A and B are …" keeps its "and"
# 72: a participle with its phrase before "is"/"are" is no verb either ("SGD variants based on momentum are more
# standard" asks "Why are SGD variants based on momentum more standard?")
# 73 (round 109): a list element is named by its main clause before "even if …", never by words up to a later
# verb ("… object should"), and a question element ends at its "?"; "There are a few ways you might …:", "Here are
# some questions you can ask …:", "The following N need to …:" and "You’ll use X in two ways:" name their lists by
# that clause (not "… you can compare them"); "And it returns:" names none; elements calling code, a list after a
# page tag ("<Recap>") and a heading that is a doing ("Passing event handlers as props") name no list; "Principles
# for …" names its own guidance; a word the prose writes in lower case only as code keeps its capital ("What is
# Vite?"); "a term that originates from …" and "an easy way to …" define nothing; "X are the default Y" asks "What is
# the default Y?"; a definition stops before "and every …"/", and what …"; a condition keeps its second verb
# 74 (round 110): "The main drawback of X is that it can be slow, because …" asks "Why can X be slow?"; "What is each
# React component?" asks "What is a React component?" ("an HPO run"); "GRUs have the following two distinguishing
# features:" and "X has several useful properties:" name their lists by what has them
# 75 (round 111): an answer leaves the claim's trailing "also"; "the subscribed method is called which should …" names
# nothing; "where A is a matrix that …" (a formula's symbols) is no reason; "Common tasks that are done in this method
# are:" is not named by its pointing clause
# 76 (round 112, Software Carpentry lessons): "Solution(s)" and "Exercise(s)" sections are not asked
# (exercises: 38 % keep, 30 % discard over all rounds); "a contraction of …" defines nothing; "the main drawbacks" of
# nothing named is no subject; "Three common ones are:" names no list; elements that finish the lead-in's sentence
# ("variable names: • can include …") are no names; a series' last element leaves its "and"
# 77 (round 113): a subject's capitals are the sentence's, not a name's ("What does minimally-guided instruction
# require?", "How may an Instructor …?"; "A Quiet Passion" stays a title)
# 78 (round 113): a list's name does not end on the word that opened a clause ("three types of things when they are
# learning:" -> "the three types of things", not "… things when")
# 79 (round 114, Carpentries lessons): what a fenced container holds as an exercise, its solution or hint, a
# discussion, notes for the instructor, objectives, questions, prerequisites or a testimonial is not asked ("::::
# challenge"; rounds 112-113: 13 keep, 5 fix, 16 discard); a sentence that closes a bracket it never opened began
# inside one
# 80 (round 114's fixes): a list given "For example:" is not asked element by element (its elements are instances:
# "`flights$tailnum` is a foreign key …"); a reason after "because" keeps the "and" of its subject and the "when" of
# its verb; the last of a series before "is" is no subject ("by A, B, and C, is a life saver"); an answer leaves the
# figure it points to (", as in Figure 12.")
# 81 (round 115): "ASCII does a great job of …" asks "Why does ASCII do …?"; a blank whose answer its sentence shows
# again is not asked ("May 3 _____ is 2022-05-03"); "lots of" names no series; a doing with its object ("writing
# good papers") and a way praised ("a pretty much guaranteed way to gain 2%") are not defined; an element leaves its
# order and what it asks of the reader ("First, you need to make your code reproducible")
# 82 (round 116): an element is named by its term before the brackets that say more of it ("Compute (the obvious
# one: Moore's Law, …)" -> "Compute"); a list of links to read elsewhere ("Discussions:", "## Other great resources")
# is not asked; "Update: …" is small print; "5 (out of 1000) classes" counts; a worked sum's step ("… = 0.0474"), an
# invitation ("lets fool …") and a clause for a subject ("whether or not the data is public is …") are not asked why;
# a one-word name in lower case is asked "What", not "Who" ("rvest")
# 83 (round 117, Distill's articles): an answer that only names a kind of thing or saying ("a broad class of
# techniques", "a simple guideline") or a way compared ("a more natural way to represent …") is none
# 84 (round 118): a square bracket standing as a word of its own stays in a prompt and its answer ("the difference
# between [ and [[")
# 85 (round 119): a list under a heading that names a doing is named for it ("Name the two tips for writing reducers
# well", "… the four ways of creating date/times"), as raters reworded such prompts; a doing's name ("Shooting
# algorithm") still places the list under its heading
# 86 (rounds 60–119's verdicts): a list named by one noun ("the three goals the text lists", "… under “Windows”") or
# by quoting its lead-in ("Name the three categories: “For assisting …”") is not asked (15 % of their 448 verdicts
# were keep); a label and its gloss ("summative assessments - used after …") is no claim to ask why of
# 87 (round 120, a prompt engineering guide and an algorithms handbook): an element's "Stage 1)" is a marker, not its
# name; a holder's verb may take a particle ("Name the two key capabilities LLM-based agents rely on to …"); a series
# is named by the noun before its brackets ("a series of steps (repeated N times): …"), not read from inside a first
# element that holds a later verb ("examples of reasoning models include A, B and C"); a name in the code ("carryIn")
# is glossed by no item, and a glossed term's article is no part of it ("An Actor" -> "Actor")
# 88 (round 121, Hugging Face's course and a book on ML interviews): a name with a capital inside keeps its capitals
# ("Auto-CoT"); a reason that is one of several ("Second, …") is not asked why; a gloss that says what its term is good
# for is asked so ("What are encoder-only models good for?"); where a figure shows an element ("Encoder (left)") is no
# part of its name; how well a thing works ("works the best") is no object
# 89 (round 122, a textbook's chapters as HTML fragments): a numbered exercise's section ("Exercise 7.9") is not asked,
# as an "Exercises" section is not
# 90 (round 122): a photo's caption set as a heading ("Kente cloth (photo by ZSM)") is furniture; "X is an example of
# a stochastic fractal" asks "What is X an example of?"; a chain of claims ("A city is a complex system of people, a
# person is …") is no definition; a share that says a number again ("1/2, or 50 percent") is not blanked; a series
# element leaves its figure reference ("(Figure 7.3)")
# 91: reasons a clause is true for are asked why ("Name the three reasons why the random walk is the perfect place to
# start", not "… the perfect place to start for")
# 92 (round 123, research papers as PDFs): a rate ("1300 MB/s") is no year; an answer leaves its numbered citations
# ("the Paxos algorithm [9, 23]"); an answer that only says there are some ("several advantages over eager deletion",
# "the number of limitations") is none; nor is one cut before what its adjective qualifies ("the qualities essential")
# 93 (round 124, older papers as PDFs): a reference's pages ("pp 55-69") mark it as no prose; "A crude example is …"
# (of what?) and "Neither A nor B is …" define no term; a purpose is not asked of an aim ("The secret is to organize
# the cache so that …"); `tutor add` starts a section at a PDF's run-in "References" or "Acknowledgments"
# 94 (round 125): a judgement of a thing is no definition ("a serious barrier to …", "an unsolved problem", "a
# solution that is far from ideal", "a whole lot better than …"), nor is a doing with a number ("getting 801
# characters right"); a share given for example is not blanked; what a figure's dark arrows show is not asked
# 95 (review): "No", "Not", "None" open a subject that names no term only as words of their own ("No-code tools"
# still defines); no item differs on the 38 corpora of the rounds
# 96 (round 126: an open textbook in kramdown, a book of 1900 as HTML, a book of 1911 as a PDF): an amount is no term
# to define ("A million miles is …", "One-quarter is …"), nor is a subject after a clause ("…; thus 100! is …")
# 97 (round 127): a definition's answer is cut before a relative clause it would end inside ("the art of
# orchestration, in which Berlioz [and Wagner were …]"); a book's "Plate IX" is a cross-reference; "near", "beside",
# "behind" … open no object
# 98 (round 128: a drill manual of 1911, a school reader of the 1890s): an object question's verb is no preposition
# or conjunction ("The band plays while …", "Lay all guys … except …"), and its subject holds no ";" (an order's
# steps: "Half face to the right; carry …")
# 99 (review of rounds 126-128): an astronomer, a pupil, a monk, a singer … are people ("Who was Cherubini?", not
# "What was …"); a definition's answer ends before ", but he …" as before ", but it …"; no item differs on the 38
# corpora of the rounds
# 100 (round 129, an open economics textbook): a textbook's questions for the reader ("Self-Check Questions", "Review
# Questions", "Critical Thinking Questions", "Problems") are not asked, as an "Exercises" section is not; OpenStax's
# "[link]" placeholder is a cross-reference; no item differs on the 38 corpora of the rounds
# 101 (round 129's verdicts, read again): a year or a share of a sentence that opens "For example, …" is not asked
# (the check had run on the sentence without its opening, or asked for lower case); nor a series of a supposition
# ("Suppose two countries … two crops: …"); a cause inside a "how" clause is not why its verb is so ("D₀ shows how
# the quantity would change as a result of …")
# 102 (round 130, an open psychology textbook): what a law, a principle or a theory states is asked ("What does the
# principle of closure state?", `tenets.py`); "X is important for Y" asks what for; a text's second item of a kind
# answered alike is left out where its section keeps another ("What does all reinforcement increase?" in the summary);
# initials with a hyphen ("(A-S)") are blanked with their term, another name (", or second-order conditioning") leaves
# the prompt, an ordering adverb ("and finally …") and a trailing comma the answer; a ranking ("the least productive
# and the easiest to extinguish") defines nothing; an example's apposition ("For example, Spirit, a dolphin …") and "a
# well-known …" are not asked; a sentence of two clauses keeps no frame ("In deductive reasoning, …; in inductive
# reasoning, …"); a one-word doing is asked in lower case
# 103 (round 131, an open sociology textbook): a textbook's "Section Quiz", "Further Research" and questions for the
# reader in the singular ("Critical Thinking Question") are not asked; the term's other name after the blank answers
# too ("higher-order conditioning (second-order conditioning)"); a list's prompt leaves an aside that names an element
# ("(i.e., long-term memory)"), its last element what follows it ("… into consideration"); an answer ends before "…,
# as do secondary groups" and ", but receiving …"; "even" is no verb; a claim that opens on a number is a worked
# example's step ("1,600 workers look for jobs …"), not asked why
# 104 (round 132, an open US history textbook): a wrong year offered is within 15 years of the right one ("1745"
# beside "1765" was plain to see), else the blank is asked; a name the text writes as a place ("in Nova Scotia") or
# whose later word it writes in lower case ("Virginia Stamp Act Resolutions") is no person, nor a choice among people;
# "a good example" is no object to ask for
# 105 (round 132, read again): daughters, sons, children, colonists, workers, delegates, loyalists … are people ("Who
# enforced the boycott …? Sons of Liberty", which had been "What enforced …?")
GENERATOR_VERSION = 105

__all__ = [
    "CHOICE_LETTERS",
    "BLANK",
    "GENERATOR_VERSION",
    "KINDS",
    "ItemKind",
    "QuizItem",
    "SectionKey",
    "generate_items",
    "is_furniture",
    "item_id",
]
