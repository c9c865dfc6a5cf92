"""What blind raters marked to fix or discard on held-out lessons and news pages (issue 14): someone's words given
as the text's, a judgement given as a definition, a question cut off at "and", a time phrase read as a subject."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from


def _said(tmp_path: Path, body: str) -> list[str]:
    items = generate_items_from(tmp_path, f"# Applications\n\n## Uses\n\n{body}\n")
    return [f"{it.prompt} => {it.answer}" for it in items]


def test_a_quotation_whose_speaker_comes_before_it_closes_is_not_the_texts_claim(tmp_path: Path) -> None:
    said = '"During fiscal 2017, the model predicted attendance within 1 percent of accuracy, says Ann Lee, a manager."'
    assert _said(tmp_path, said) == []
    assert _said(tmp_path, said.replace(", says Ann Lee, a manager", ", a record for the gallery")) != []


def test_a_list_given_as_someones_words_asks_nothing_of_them(tmp_path: Path) -> None:
    claims = (
        "- The UK must stay in the EU to have influence on the world stage\n"
        "- Syria needs a political solution in order to defeat the Islamic State group\n"
    )
    assert _said(tmp_path, f"In a wide-ranging interview, President Obama also said:\n\n{claims}") == []
    assert _said(tmp_path, f"The report draws two conclusions for the coming decade:\n\n{claims}") != []


def test_how_much_a_thing_matters_is_no_definition_of_it(tmp_path: Path) -> None:
    assert (
        _said(tmp_path, "Linear regression is a valuable tool for understanding how a fund performs over time.") == []
    )
    assert _said(tmp_path, "Toxicity in clinical trials is a major concern to drug makers and their regulators.") == []
    defined = _said(tmp_path, "Linear regression is a statistical method for modelling how a fund performs over time.")
    assert [d.lower() for d in defined] == [
        "what is linear regression? => a statistical method for modelling how a fund performs over time"
    ]


def test_a_question_is_not_cut_off_at_and(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "The Art Institute of Chicago built models to predict what audiences are interested in and when they will "
        "attend its exhibitions.",
    )
    assert said == [
        "What built models to predict what audiences are interested in and when they will attend its exhibitions? "
        "=> Art Institute of Chicago"
    ]


def test_a_time_phrase_before_the_subject_goes_after_the_verb(tmp_path: Path) -> None:
    assert _said(tmp_path, "Each year the conference hosts a workshop to tackle a thorny language problem.") == [
        "What does the conference host each year? => a workshop to tackle a thorny language problem"
    ]


def test_be_after_a_plural_noun_is_a_wish_not_the_sentences_verb(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "The purpose of the requirement that works be deposited was to keep a copy of each work in the library, "
        "so that it could be copied by others later.",
    )
    assert not any(s.startswith("For what purpose be ") for s in said), said


def test_a_sentence_set_in_what_the_text_said_before_is_not_asked(tmp_path: Path) -> None:
    claim = "analyzing various clinical trial methods led to a new approach for predicting the odds of trial outcomes."
    assert _said(tmp_path, f"In this study, {claim}") == []
    assert _said(tmp_path, f"In a large study, {claim}") != []


def test_an_activity_is_defined_by_its_name_alone_and_by_what_doing_it_is(tmp_path: Path) -> None:
    assert [
        s.lower() for s in _said(tmp_path, "Classification is a form of supervised learning close to regression.")
    ] == ["what is classification? => a form of supervised learning close to regression"]
    assert _said(
        tmp_path,
        "Parsing is recognizing which words relate to each other in a sentence - for instance a noun and its verb.",
    ) == ["What is parsing? => recognizing which words relate to each other in a sentence"]
    assert _said(tmp_path, "Tokenization is becoming a routine step in every language processing pipeline.") == []
    assert _said(tmp_path, "The model is learning hidden patterns from the labelled examples it receives.") == []
    assert not any(
        s.startswith("What is Mozilla?") for s in _said(tmp_path, "Mozilla is building a new browser engine.")
    )


def test_round43_what_a_learner_could_not_answer_as_asked_is_not_asked(tmp_path: Path) -> None:
    def asked(body: str) -> str:
        return "\n".join(_said(tmp_path, body))

    assert asked("A forecast that has a MAPE of 10 is off by 10% on average against the actual values.") == ""
    assert "play?" not in asked("Tone inflection in a spoken sentence plays a large role.")
    assert "The text says:" not in asked(
        "Facebook and other tech companies often deflect accusations of data collection by arguing that users agreed."
    )
    assert "a better translation" not in asked(
        "A better translation that a human would make would be a plain sentence because it conveys the meaning."
    )
    for judged in (
        "Translation is a very hard problem compounded by the thousands of languages in use today.",
        "Walk-forward validation is the gold standard of time series model evaluation in forecasting.",
        "MAPE is used to show prediction accuracy as a ratio defined by the above formula for each forecast.",
        "Bottom line: ARIMA is used to make a model fit the special form of time series data closely.",
    ):
        assert asked(judged) == "", judged


def test_round43_answers_that_say_what_the_text_says_and_no_more(tmp_path: Path) -> None:
    def asked(body: str) -> str:
        return "\n".join(_said(tmp_path, body))

    assert asked("Analysts group customer reviews by product so that patterns emerge from the opinions.") == (
        "For what purpose do analysts group customer reviews by product? => so that patterns emerge from the opinions"
    )
    assert asked("Plans for the company are still in flux in part because of the abnormal sale process.") == (
        "Why are plans for the company still in flux? => the abnormal sale process"
    )
    assert asked("Elizabeth Bennett is a keen social observer and her language is often heavily nuanced.") == (
        "Who is Elizabeth Bennett? => a keen social observer"
    )
    quoted = 'Variance is defined as "the average of the squared differences from the mean" [source](http://x.org).'
    assert asked(quoted).lower() == (
        "how does the text define variance? => the average of the squared differences from the mean"
    )


def test_round43_steps_and_exercises_name_no_list_and_gloss_no_term(tmp_path: Path) -> None:
    steps = "- Allocate two months of data to the training set.\n- Visualize the differences between the sets.\n"

    def lists(heading: str, lead: str, body: str) -> list[str]:
        items = generate_items_from(tmp_path, f"# Forecasting\n\n## {heading}\n\n{lead}\n\n{body}")
        return [it.prompt for it in items if it.kind in ("list", "definition")]

    assert lists("Exercise - display the clusters", "Try the following now.", steps) == []
    assert lists("Create training and testing datasets", "Try the following now.", steps) == []
    glossed = (
        "- **Visualize the differences**. Therefore a relatively small window of time should be sufficient.\n"
        "- **Allocate the data**. A two-month period goes to the training set from September on.\n"
    )
    assert not any("mean by" in p for p in lists("Preparing the data", "Two steps follow.", glossed))
    words = "- subject\n- verb\n- adjective\n"
    assert lists("An example sentence", "The sentence I feel happy is three words in the order:", words) != [
        "Name the three words in the order."
    ]


def test_a_name_defined_in_passing_asks_what_it_is(tmp_path: Path) -> None:
    def asked(body: str, heading: str = "Uses") -> list[str]:
        items = generate_items_from(tmp_path, f"# Applications\n\n## {heading}\n\n{body}\n")
        return [f"{it.prompt} => {it.answer}" for it in items if it.kind == "definition"]

    grammarly = (
        "Grammarly, a writing assistant that checks spelling and grammar, uses language processing in its products."
    )
    assert asked(grammarly) == ["What is Grammarly? => a writing assistant that checks spelling and grammar"]
    assert asked("Eric Eldred, a retired computer programmer from New Hampshire, started a library of old books.") == [
        "Who is Eric Eldred? => a retired computer programmer from New Hampshire"
    ]
    assert asked("Alan Turing, a truly remarkable person of his century, is credited with founding the field.") == []
    assert asked("Paris, a city of light and of art, and Rome draw millions of visitors every year.") == []
    assert asked(grammarly, heading="Grammarly") == []  # the heading gives it away
    plainer = f"{grammarly}\n\n## Companies\n\nGrammarly is a company that builds a writing assistant for students."
    assert asked(plainer) == ["What is Grammarly? => a company that builds a writing assistant for students"]


def test_round45_a_list_is_named_by_what_its_lead_in_announces_not_by_its_last_noun(tmp_path: Path) -> None:
    three = "- Hotel_Name\n- Average_Score\n- Reviewer_Score\n"

    def named(lead: str, body: str = three, heading: str = "## Scores") -> list[str]:
        items = generate_items_from(tmp_path, f"# Reviews\n\n{heading}\n\n{lead}\n\n{body}")
        return [it.prompt.split(":")[0].split(" the text lists")[0] for it in items if it.kind == "list"]

    lead = "The dataset has the following review columns relating to the average score and number of reviews:"
    assert named(lead) == ["Name the three review columns"]
    assert named("The following review columns all hold scores given by reviewers:") == [
        "Name the three review columns"
    ]
    lead = "You will first need to take these steps to check for missing dates:"
    assert named(lead, heading="## Cleaning") == []  # the dates are what is checked, not what is listed
    lead = "Each closure implements traits depending on how its body handles the values:"
    assert named(lead, heading="## Capturing") == []
    assert named("A problem occurs when a loop meets all of these conditions:") == []  # one noun (generator 86)
    assert named("**Hotel meta-review columns**") == ["Name the three hotel meta-review columns"]
    note = (
        "- Hotel_Name\n- Average_Score\n  - According to its creator, the score of the last year.\n  \n"
        "  ✅ Based on the other columns, can you think of another score?\n\n- Lat\n"
    )
    items = generate_items_from(tmp_path, f"# Reviews\n\n## Scores\n\nThe following review columns matter:\n\n{note}")
    assert [it.elements for it in items if it.kind == "list"] == [("Hotel_Name", "Average_Score", "Lat")]
    items = generate_items_from(
        tmp_path, "# T\n\n## [Quiz](http://q)\n\nThere are two translation steps:\n\n- Identify\n- Translate\n"
    )
    assert [it.prompt for it in items if it.kind == "list"] == ["Name the two translation steps the text lists."]


def test_round46_a_reason_is_no_framing_sentence_or_example_and_a_label_is_no_cut_sentence(tmp_path: Path) -> None:
    def asked(body: str) -> str:
        return "\n".join(_said(tmp_path, body))

    claim = "Therefore, the only way to interact with an object is through its public API."
    hidden = "the implementation details of an object aren't accessible to code using that object."
    assert "Why is the only way" in asked(f"Encapsulation means that {hidden} {claim}")
    assert "Why is the only way" not in asked(f"Another aspect of objects is that {hidden} {claim}")
    assert "Why is the only way" not in asked(f"The most notable example is that {hidden} {claim}")
    for what in ("a charity", "charity work"):
        said = asked(f"The Foundation is {what} with a mission to inspire children to learn by building computers.")
        assert "How is the Foundation" not in said
    assert asked("Dense encodings are also learnable by adjusting the embedding functions of the encoder.") == (
        "How are dense encodings also learnable? => by adjusting the embedding functions of the encoder"
    )
    assert asked("The 3rd revision features a quad-core processor with wireless networking built in.") == ""
    cut = "- Random Forest\n- AdaBoost fits a classifier to a dataset and then fits copies of\n"
    items = generate_items_from(tmp_path, f"# Models\n\n## Ensembles\n\nWe used two ensemble classifiers:\n\n{cut}")
    assert [it for it in items if it.kind == "list"] == []


def test_round47_steps_samples_idioms_and_half_contrasts_are_not_asked(tmp_path: Path) -> None:
    def asked(body: str) -> str:
        return "\n".join(_said(tmp_path, body))

    assert (
        asked("The simplest way to think about black-box versus white-box tests is that black-box tests see outputs.")
        == ""
    )
    assert (
        asked(
            "The simplest way to think about black-box tests is that black-box tests see only the outputs of a system."
        )
        != ""
    )
    assert asked("Add a script block where the model is called is after the final closing </div> of the page.") == ""
    assert asked("Facebook chief executive Mark Zuckerberg knows a thing or two about sealing blockbuster deals.") == ""
    assert (
        asked("Preventing errors in concurrent code is the advantage of thinking about ownership in every program.")
        == ""
    )
    assert asked(
        "Pickle 🥒 is a Python module that serializes and de-serializes a Python object structure."
    ).lower() == ("what is pickle? => a python module that serializes and de-serializes a python object structure")
    sample = (
        '- **Short example description**. "A bright light hovered over the field for ten minutes."\n'
        '- **Long example description**. "A man emerges from a beam of light that shines on a grassy field at night."\n'
    )
    items = generate_items_from(tmp_path, f"# UFOs\n\n## Cleaning\n\nThe columns hold:\n\n{sample}")
    assert [it.prompt for it in items if it.kind == "definition"] == []


def test_what_a_thing_is_useful_for_and_when_is_asked(tmp_path: Path) -> None:
    assert _said(
        tmp_path, "Sparse matrices are useful when most of the entries are zero, so the memory they need stays small."
    ) == ["When are sparse matrices useful? => when most of the entries are zero"]
    assert _said(tmp_path, "Lazy evaluation can be very useful when a program builds infinite streams of values.") == [
        "When can lazy evaluation be useful? => when a program builds infinite streams of values"
    ]
    assert _said(tmp_path, "Type annotations are especially useful for catching mistakes before the program runs.") == [
        "What are type annotations useful for? => catching mistakes before the program runs"
    ]
    assert _said(tmp_path, "This technique is useful when a program builds infinite streams of values.") == []


def test_a_name_the_text_gives_with_which_we_call_is_blanked(tmp_path: Path) -> None:
    said = _said(tmp_path, "Each record holds named values of different types, which we call attributes.")
    assert said == [
        "Fill in the term: “Each record holds named values of different types, which we call _____.” => attributes"
    ]
    assert _said(tmp_path, "Each iterator has a method that we call sum, and it adds every value up.") == []


def test_a_line_of_tags_does_not_lower_a_name_the_text_writes_capitalised(tmp_path: Path) -> None:
    body = (
        "Ride sharing grew fast in Sydney, and Lyft followed the same path.\n\n"
        "Lyft is a ride-hailing company that connects drivers with passengers through an app.\n\n"
        "Hale Topics: lyft, libertarians, Sydney, Editor's Picks, Technology News"
    )
    assert "What is Lyft? => a ride-hailing company that connects drivers with passengers through an app" in _said(
        tmp_path, body
    )


def test_what_a_thing_lets_you_do_is_asked(tmp_path: Path) -> None:
    assert _said(tmp_path, "Hash maps allow you to look up a value by its key in constant time on average.") == [
        "What do hash maps allow you to do? => look up a value by its key in constant time on average"
    ]
    assert _said(tmp_path, "A final reason the compiler doesn't allow us to index into a string is speed.") == []


def test_what_a_term_or_an_activity_means_is_asked_not_what_follows_from_a_claim(tmp_path: Path) -> None:
    assert _said(tmp_path, "The term 'overfitting' means that a model memorises noise in its training data.") == [
        "What does the term 'overfitting' mean? => a model memorises noise in its training data"
    ]
    assert _said(tmp_path, "Pinning a thread means that the scheduler keeps the thread on one processor core.") == [
        "What does pinning a thread mean? => the scheduler keeps the thread on one processor core"
    ]
    assert _said(tmp_path, "The fuzzy lines of the tax code means that small firms pay for expensive advisers.") == []


def test_a_run_in_label_naming_the_subject_is_no_part_of_it(tmp_path: Path) -> None:
    said = _said(tmp_path, "**Job Runner** The Job Runner is a process with several threads that runs each job.")
    assert said == ["What is the Job Runner? => a process with several threads that runs each job"]


def test_what_points_back_is_not_asked(tmp_path: Path) -> None:
    assert _said(tmp_path, "Each must have a function called main that says what happens when the program runs.") == []
    assert _said(tmp_path, "Logistic regression is the opposite - the input variables need not line up.") == []
    assert _said(tmp_path, "A deque is a similar collection type provided by the standard library.") == []
    assert _said(tmp_path, "Appendix B contains a list of all operators that the language provides.") == []
    assert _said(tmp_path, "Then, the compiler applies the first rule.") == []
    assert _said(tmp_path, "A deque is a double-ended queue type provided by the standard library.") != []


def test_a_definition_ends_before_the_next_term_is_named(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "Lifetimes on function parameters are known as input lifetimes, and lifetimes on return values are "
        "called output lifetimes.",
    )
    assert all("output" not in s.split(" => ")[1] for s in said) and said


def test_two_things_counted_before_a_colon_are_a_list(tmp_path: Path) -> None:
    assert _said(tmp_path, "A relay has two contacts: “normally open” and “normally closed.”") == [
        "Name the two contacts a relay has. => normally open; normally closed"
    ]
    assert _said(tmp_path, "Two other kinds of faults can happen: shorts and open circuits.") == []
    assert _said(tmp_path, "A relay has contacts: normally open and normally closed.") == []


def test_an_adverb_before_the_verb_is_not_the_verb(tmp_path: Path) -> None:
    said = _said(tmp_path, "The United Nations still has large reserves because its members paid their dues early.")
    assert said == ["Why does the United Nations still have large reserves? => its members paid their dues early"]


def test_a_generic_parameters_name_from_a_listing_is_not_asked(tmp_path: Path) -> None:
    said = "The generic parameters {} are declared on the method because only the method body uses the extra types."
    assert _said(tmp_path, said.format("`X2` and `Y2`")) == []
    assert _said(tmp_path, said.format("of the mixer")) != []


def test_brackets_a_question_cuts_apart_are_left_out(tmp_path: Path) -> None:
    # Dive into Deep Learning marks phrases for its slides: "[**the Transformer decoder is …**]"
    said = "As shown in the figure, [**the Transformer decoder\nis composed of multiple identical layers**]."
    assert not any("[" in s or "]" in s for s in _said(tmp_path, said)), _said(tmp_path, said)
    assert _said(tmp_path, said) != []


def test_what_a_thing_belongs_to_or_varies_with_does_not_define_it(tmp_path: Path) -> None:
    for related in (
        "Composition API is a built-in feature of Vue 3 and Vue 2.7.",
        "Demand for capital is a decreasing function of its cost.",
        "Markov chains are a workhorse for economics and finance.",
    ):
        assert not [s for s in _said(tmp_path, related) if s.startswith("What is") or s.startswith("What are")], related
    defined = "A watcher is a feature of Vue that runs a function whenever a piece of reactive state changes."
    assert [s for s in _said(tmp_path, defined) if s.startswith("What is a watcher?")], _said(tmp_path, defined)


def test_round64_keys_preambles_symbols_and_spelled_out_initials_leave_items(tmp_path: Path) -> None:
    cited = "Kernel methods have been used for many decades to model nonlinear dependencies Aronszajn.1950."
    assert _said(tmp_path, cited) == [
        "For what purpose have kernel methods been used for many decades? => to model nonlinear dependencies"
    ]
    only_cited = "The LSTM model came to address vanishing gradients due to Hochreiter.Schmidhuber.1997."
    assert not [s for s in _said(tmp_path, only_cited) if s.endswith("=> ")]
    following = (
        "The pretraining is made up of the following two tasks: masked language modeling and next sentence prediction."
    )
    assert _said(tmp_path, following) == [
        "What is the pretraining made up of? => masked language modeling and next sentence prediction"
    ]
    assert _said(tmp_path, "The vector qˢ is an n × 1 vector of supply quantities for the same goods.") == []
    spelled = "The first group of 65,535 code points in Unicode is called the BMP (Basic Multilingual Plane)."
    assert _said(tmp_path, spelled) == [
        "Fill in the term: “The first group of 65,535 code points in Unicode is called the _____.” => "
        "BMP (Basic Multilingual Plane)"
    ]


def test_initials_after_the_blank_are_blanked_and_a_see_also_leaves_the_answer(tmp_path: Path) -> None:
    bold = "Income may be measured by an aggregate called **gross domestic product** (GDP) at each time."
    assert _said(tmp_path, bold) == [
        "Fill in the term: “Income may be measured by an aggregate called _____ at each time.” => "
        "gross domestic product (GDP)"
    ]
    members = (
        "These are the members of the engine that process a program:\n\n"
        "* *Engine*: responsible for start-to-finish compilation and execution of the program.\n\n"
        "* *Compiler*: one of *Engine*'s friends; handles all the dirty work of parsing and code-generation "
        "(see previous section).\n\n"
        "* *Scope Manager*: collects and maintains a lookup list of all the declared variables.\n"
    )
    glossed = [s for s in _said(tmp_path, members) if "“Compiler”" in s]
    assert glossed == [
        "What does the text mean by “Compiler”? => one of Engine's friends; handles all the dirty work of parsing and "
        "code-generation"
    ]


def test_an_adverb_before_the_verb_stays_in_the_question(tmp_path: Path) -> None:
    said = "Due to the autoregressive nature of language models, GPT only looks forward from left to right."
    assert _said(tmp_path, said) == [
        "Why does GPT only look forward from left to right? => the autoregressive nature of language models"
    ]


def test_examples_a_lead_in_supposes_or_gives_are_no_list(tmp_path: Path) -> None:
    goods = "- propane and ethanol\n- rice and wheat\n"
    assert _said(tmp_path, f"Suppose that we have two related goods, such as\n\n{goods}") == []
    assert _said(tmp_path, f"Markets trade pairs of related goods, such as:\n\n{goods}") == []
    assert _said(tmp_path, f"Suppose that markets trade two pairs of related goods:\n\n{goods}") == []
    assert _said(tmp_path, f"Markets trade two pairs of related goods:\n\n{goods}") != []


def test_round66_dashes_acronyms_counted_subjects_and_elements_ending_on_and(tmp_path: Path) -> None:
    depends = "Recruitment depends on water temperature, currents, food supply and disease --- all of which vary."
    assert [s.split(" => ")[1] for s in _said(tmp_path, depends)] == [
        "water temperature, currents, food supply and disease"
    ]
    employs = "The cod fishery employs thousands of fishers in coastal towns -- most of them in summer."
    assert [s.split(" => ")[1] for s in _said(tmp_path, employs)] == ["thousands of fishers in coastal towns"]
    flavors = "There exist many different flavors of deep RNNs, such as LSTMs, GRUs, and vanilla RNNs."
    assert [s.split(" => ")[0] for s in _said(tmp_path, flavors)] == [
        "Fill in the three RNNs: “There exist many different flavors of deep RNNs, such as ….”"
    ]
    assert (
        _said(tmp_path, "All four values satisfy the stability condition for the default parameters of the model.")
        == []
    )
    parts = (
        "There are two necessary parts to the explanation:\n\n- the identifier is hoisted; and\n"
        "- it is automatically initialized to undefined from the top of the scope.\n"
    )
    assert _said(tmp_path, parts) == [
        "Name the two necessary parts to the explanation. => the identifier is hoisted; it is automatically "
        "initialized to undefined from the top of the scope"
    ]


def test_what_a_thing_is_worth_to_the_writer_and_a_superlative_of_nothing_are_not_asked(tmp_path: Path) -> None:
    for said in (
        "Class-private features are a welcomed addition to more proper software design in JavaScript.",
        "The global scope of a JS program is a rich topic, with much more utility and nuance than you would assume.",
        "Coercion is a core pillar of the JS language, not some optional feature that can reasonably be avoided.",
        "The Peruvian anchovy fishery was the largest in the world in the early 1970s.",
    ):
        assert _said(tmp_path, said) == [], said
    assert _said(tmp_path, "The South Island is the largest landmass of New Zealand by area.") == [
        "What is the largest landmass of New Zealand by area? => the South Island"
    ]


def test_round67_notebook_cells_lists_not_given_and_judgements_define_nothing(tmp_path: Path) -> None:
    for said in (
        "The next cell reads the number of deaths in Japan in 2023 at each single year of age.",
        "A body is an instance of any of the following types.",
        "The class with the smallest D is the one whose CDF stays closest to the data.",
        "Supporting only a subset of possible solutions is a reasonable strategy for higher-level languages.",
    ):
        assert _said(tmp_path, said) == [], said
    runs_on = "A quantile is a cut point of a distribution's range and the 0.25 and 0.75 quantiles are its quartiles."
    assert _said(tmp_path, runs_on) == ["What is a quantile? => a cut point of a distribution's range"]


def test_round68_sources_figures_places_on_a_figure_and_what_points_back_are_not_asked(tmp_path: Path) -> None:
    quoted = "Forrest Jones said that anything that touches the previous guest's skin should be taken out and washed."
    assert _said(tmp_path, quoted) == []  # who said it is not what the text teaches
    assert _said(tmp_path, "Forrest Jones says guests should put their bags on the floor of every hotel room.") == []
    assert _said(tmp_path, "The lower-left corner signifies the input and the upper-right corner is the output.") == []
    assert _said(tmp_path, "Each streaming multiprocessor consists of four such blocks.") == []
    assert _said(tmp_path, "Each streaming multiprocessor consists of four processing blocks.") != []
    assert _said(tmp_path, "The equations above are also known as the angle sum identities.") == []
    assert _said(tmp_path, "The rest of the documentation assumes basic familiarity with HTML and CSS.") == []
    named = _said(tmp_path, 'If we bundle the search code into a single file called "search-list.js", it loads faster.')
    assert named == []  # an example's file name is code, not a term
    assert _said(tmp_path, "Server-side JavaScript became practical with a runtime known as Node.js in 2009.") != []


def test_round68_an_adverb_before_the_subject_and_one_person_with_a_plural_looking_name(tmp_path: Path) -> None:
    said = _said(tmp_path, "Sometimes a Hicksian demand curve is called a compensated demand curve by economists.")
    assert said[0].startswith("What is a Hicksian demand curve sometimes called? =>")
    said = _said(tmp_path, "Nippers, the second on my list, was a young lawyer of about five and twenty.")
    assert said[0].startswith("Who was Nippers? =>")


def test_round68_a_figure_the_sections_code_may_have_computed_is_not_asked(tmp_path: Path) -> None:
    figure = "The mean exceeds the median by around 13%, pulled up by the expensive houses in the right tail."
    assert _said(tmp_path, f"```python\ndf.describe()\n```\n\n{figure}") == []
    assert _said(tmp_path, figure) != []


def test_an_answer_may_say_it_of_what_it_said_before_but_not_of_what_it_has_not(tmp_path: Path) -> None:
    compiled = "Code compilation is a set of steps that process the source text and turn it into machine instructions."
    assert _said(tmp_path, compiled) == [
        "What is code compilation? => a set of steps that process the source text and turn it into machine instructions"
    ]
    relies = "A learning model relies on certain assumptions: to reach human performance it may help to find biases."
    assert _said(tmp_path, relies) == []  # "it" in a clause of its own
    assert _said(tmp_path, "Slow database reads are a symptom for the database engineer who detects them.") == []
    assert _said(tmp_path, "Newton's method is a lot faster once the iterates come close to the optimum.") == []
    advice = (
        "If a caller passes in values that make no sense, it's best to return an error so that the caller can decide"
    )
    assert _said(tmp_path, f"{advice} what to do in that case.") == []  # which case
    assert _said(tmp_path, f"{advice} what to do next.") != []


def test_an_answer_may_say_what_a_thing_allows_us_to_do_and_a_name_with_its_acronym_keeps_its_capitals(
    tmp_path: Path,
) -> None:
    text = (
        "Reactivity is a programming paradigm that allows us to adjust to changes in a declarative manner.\n\n"
        "Composition API is a set of functions that allows us to author components using imported functions.\n\n"
        "The composition of two functions is another function."
    )
    said = _said(tmp_path, text)
    us = "what is reactivity? => a programming paradigm that allows us to adjust to changes in a declarative manner"
    assert us in [s.lower() for s in said]
    assert any(s.startswith("What is Composition API? =>") for s in said)
    assert (
        _said(tmp_path, "Reactivity is a programming paradigm that we use to adjust to changes in a declarative way.")
        == []
    )


def test_round69_a_term_set_in_italics_ends_on_its_noun_a_key_component_defines_nothing_and_groups_are_who(
    tmp_path: Path,
) -> None:
    called = "the *Student's t-distribution on* n−1 *degrees of freedom*."
    assert _said(tmp_path, f"We obtain a random variable following a distribution called {called}") == [
        "Fill in the term: “We obtain a random variable following a distribution called the _____ on n−1 degrees"
        " of freedom.” => Student's t-distribution"
    ]
    assert _said(tmp_path, "Data iterators are a key component for efficient performance in training loops.") == []
    said = _said(
        tmp_path, "Both the discriminator and the generator performs a binary logistic regression with the loss."
    )
    assert said[0].startswith("What do both the discriminator and the generator perform?")
    said = _said(tmp_path, "The Islamists failed to improve a slumping economy.")
    assert said[0].startswith("Who failed to improve a slumping economy?")


def test_round69_a_steps_a_x_and_a_by_inside_a_relative_clause_are_not_asked(tmp_path: Path) -> None:
    assert _said(tmp_path, "Then a hash map is used to store the counts of every word in the corpus.") == []
    assert _said(tmp_path, "A hash map is used to store the counts of every word in the corpus.") != []
    emerges = "A more plausible outcome emerges in which inflation can be reduced by running lower government deficits."
    assert _said(tmp_path, emerges) == []
    assert _said(tmp_path, "States foster relations with commercial entities by using widely accepted norms.") != []


def test_round71_tex_dashes_fragments_after_a_formula_aims_and_file_paths(tmp_path: Path) -> None:
    said = _said(
        tmp_path, "Nadaraya--Watson kernel regression is an early precursor of the current attention mechanisms."
    )
    assert said[0].startswith("What is Nadaraya–Watson kernel regression? =>")
    assert _said(tmp_path, "Where the hyper-parameter T is called the temperature of the softmax policy.") == []
    aim = "A much better strategy is to learn the mechanism by learning the representations for queries and keys."
    assert _said(tmp_path, aim) == []
    runs = "Each HPO run depends on two major sources of randomness in the training process."
    said = _said(tmp_path, f"{runs} The runs then differ from each other.")
    assert said[0].startswith("What does an HPO run depend on? =>")
    paths = "You will find the entire dataset in these four paths:\n\n" + "".join(
        f"- ../data/dogs/{name}\n" for name in ("labels.csv", "sample.csv", "train.csv", "test.csv")
    )
    assert _said(tmp_path, paths) == []


def test_a_symbol_opening_a_claim_keeps_its_case(tmp_path: Path) -> None:
    said = _said(
        tmp_path, "Since Gaussians are closed under addition, f(x) is also a Gaussian random variable for any x."
    )
    assert said[0].startswith("Why is f(x) also a Gaussian random variable for any x? =>")


def test_an_object_question_keeps_what_the_object_is_for_or_as(tmp_path: Path) -> None:
    """Rounds 64 and 71: "What does BERT choose?" and "What does Deep Fried Convnets use?" were to fix, "too vague;
    reword as 'What does Deep Fried Convnets combine to reduce the cost …?'". What the sentence says the object is
    for ("to reduce …", "for building …") or as ("as its … architecture") stays in the question; an infinitive the
    object itself fills ("a key … to be stored under") stays in the answer."""
    for heading, said, asked, answer in (
        (
            "Encoders",
            "The encoder chooses the Transformer block as its bidirectional architecture.",
            "What does the encoder choose as its bidirectional architecture?",
            "the Transformer block",
        ),
        (
            "Cost",
            "Deep Fried Convnets use a combination of permutations, Fourier transforms and scaling to reduce the cost "
            "from quadratic to log-linear.",
            "What do Deep Fried Convnets use to reduce the cost from quadratic to log-linear?",
            "a combination of permutations, Fourier transforms and scaling",
        ),
        (
            "Registry",
            "The symbol registry requires a unique string key for each symbol to be stored under.",
            "What key does the symbol registry require?",
            "a unique string key for each symbol to be stored under",
        ),
    ):
        items = generate_items_from(tmp_path, f"# Models\n\n## {heading}\n\n{said}\n")
        assert [(it.prompt, it.answer) for it in items] == [(asked, answer)]


def test_an_answer_that_only_counts_a_kind_is_not_asked(tmp_path: Path) -> None:
    """Rounds 68 and 73: "What does each of the processor cores consist of? a rather sophisticated set of components"
    and "What does MXNet provide for creating new tensors …? a variety of functions" were discarded, "empty filler".
    An answer that says how many of a kind and the kind, and nothing of which, is none; "many saddle points and
    minima" names what there are."""
    for said in (
        "Each of the processor cores consists of a rather sophisticated set of components.",
        "The tensor library provides a variety of functions for creating new tensors filled with values.",
    ):
        assert generate_items_from(tmp_path, f"# Hardware\n\n## Cores\n\n{said}\n") == [], said
    named = "The loss surfaces of deep networks contain many saddle points and minima."
    assert [it.answer for it in generate_items_from(tmp_path, f"# Hardware\n\n## Cores\n\n{named}\n")] == [
        "many saddle points and minima"
    ]


def test_round72_citations_brackets_and_counts_leave_items_as_the_book_prints_them(tmp_path: Path) -> None:
    """Round 72 (d2l's AlexNet chapter): list elements carried citation keys ("kernel methods
    Scholkopf.Smola.2002"), a series was split inside brackets ("Fill in the three histograms: “SIFT, SURF, HOG
    (histograms of …”"), "in excess of 1000 TFLOPs" was "Fill in the year"; and "due to Hochreiter and
    Schmidhuber (1997)" credits, it gives no reason."""
    cited = (
        "Neural networks were often surpassed by other machine learning methods, such as kernel methods "
        ":cite:`Scholkopf.Smola.2002`, ensemble methods :cite:`Freund.Schapire.1996`, and structured estimation "
        ":cite:`Taskar.Guestrin.Koller.2004`."
    )
    (item,) = generate_items_from(tmp_path, f"# Networks\n\n## History\n\n{cited}\n")
    assert item.elements == ("kernel methods", "ensemble methods", "structured estimation"), item.elements
    assert item.prompt.startswith("Fill in the three methods:") and "(" not in item.prompt
    bracketed = "Typical pipelines used feature extractors such as SIFT, SURF (fast, robust), and bags of visual words."
    items = generate_items_from(tmp_path, f"# Networks\n\n## Features\n\n{bracketed}\n")
    assert [it.elements for it in items] == [("SIFT", "SURF (fast, robust)", "bags of visual words")]
    inside = "SIFT, SURF, HOG (histograms of oriented gradient), bags of visual words, and similar extractors ruled."
    assert not [
        it for it in generate_items_from(tmp_path, f"# Networks\n\n## Features\n\n{inside}\n") if it.kind == "list"
    ]
    inside = (
        "For instance Deep Fried Convnets :cite:`Yang.Moczulski.Denil.ea.2015` use a combination of random "
        "permutations and scaling to reduce the cost."
    )
    assert [it.prompt for it in generate_items_from(tmp_path, f"# Networks\n\n## Cost\n\n{inside}\n")] == [
        "What do Deep Fried Convnets use to reduce the cost?"  # the citation is no part of the subject
    ]
    counted = "Today's accelerators are able to perform in excess of 1000 TFLOPs per device."
    assert not [
        it for it in generate_items_from(tmp_path, f"# Networks\n\n## Hardware\n\n{counted}\n") if "year" in it.prompt
    ]
    credited = (
        "The first successful remedy came in the form of the LSTM model due to :citet:`Hochreiter.Schmidhuber.1997`."
    )
    assert not [
        it for it in generate_items_from(tmp_path, f"# Networks\n\n## Memory\n\n{credited}\n") if "Why" in it.prompt
    ]


def test_a_participle_that_names_is_no_subject(tmp_path: Path) -> None:
    """Round 72 (d2l's NeuMF chapter, once its citation read as the book prints it): "The model we will introduce,
    titled NeuMF, short for …, aims to …" gave "What does titled NeuMF aim to do?"."""
    said = (
        "The model we will introduce, titled NeuMF, short for neural matrix factorization, aims to address the "
        "personalized ranking task with implicit feedback."
    )
    assert not [
        it.prompt
        for it in generate_items_from(tmp_path, f"# Models\n\n## Ranking\n\n{said}\n")
        if "titled" in it.prompt
    ]
    named = "NeuMF aims to address the personalized ranking task with implicit feedback."
    assert [it.prompt for it in generate_items_from(tmp_path, f"# Models\n\n## Ranking\n\n{named}\n")] == [
        "What does NeuMF aim to do?"
    ]


def _asked(tmp_path: Path, body: str, heading: str = "Uses") -> dict[str, str]:
    tmp_path.mkdir(exist_ok=True)
    return {it.prompt: it.answer for it in generate_items_from(tmp_path, f"# Notes\n\n## {heading}\n\n{body}\n")}


def test_round74_an_answer_ends_where_its_sentence_says_it_does(tmp_path: Path) -> None:
    """Round 74's raters: answers cut inside a series ("three steps …: attending"), after "given by" with its
    bracket dropped, before a dangling participle ("a U-shape, falling"), or a name that ran on ("called inflation
    in the popular press"); "three parts: (i) …; (ii) …" was cut after the first part."""
    steps = (
        "The decomposable attention model consists of three steps for predicting the logical relationships "
        "between premises and hypotheses: attending, comparing, and aggregating."
    )
    assert _asked(tmp_path / "a", steps)["What does the decomposable attention model consist of?"].endswith(
        ": attending, comparing, and aggregating"
    )
    shape = (
        "The convolutional block emits an output with shape given by (batch size, number of channel, height, width)."
    )
    assert _asked(tmp_path / "b", shape) == {
        "In the section “Uses”, what does the convolutional block emit?": "an output with shape given by (batch "
        "size, number of channel, height, width)"
    }
    aside = "Authentication is a process that uses a password (or other authentication method) to check who you are."
    assert _asked(tmp_path / "c", aside) == {
        "What is authentication?": "a process that uses a password to check who you are"
    }
    parts = (
        "The loss function used in style transfer consists of three parts: (i) content loss makes the synthesized "
        "image close in content features; (ii) style loss makes it close in style features; and (iii) total "
        "variation loss reduces the noise."
    )
    assert not [p for p in _asked(tmp_path / "d", parts) if "consist" in p]
    shaped = "The time series for the wealth Gini exhibits a U-shape, falling until the early 1980s and rising since."
    assert not [a for a in _asked(tmp_path / "e", shaped).values() if a.endswith("falling")]
    named = "The rate of growth of the price level is called inflation in the popular press and among central bankers."
    assert "inflation" in _asked(tmp_path / "f", named).values()
    assert not [a for a in _asked(tmp_path / "f", named).values() if "popular press" in a]


def test_round74_a_question_keeps_the_field_its_sentence_opens_with_and_asks_when_of_a_time(tmp_path: Path) -> None:
    """ "In style transfer, the synthesized image is the only variable …" gave "What is the only variable that needs
    to be updated during training?" (which variable, where?); "a watcher's callback is called after parent component
    updates" gave "What is a watcher's callback called?"."""
    framed = "In style transfer, the synthesized image is the only variable that needs to be updated during training."
    assert _asked(tmp_path / "a", framed) == {
        "In style transfer, what is the only variable that needs to be updated during training?": (
            "the synthesized image"
        )
    }
    discourse = framed.replace("In style transfer", "In particular")
    assert list(_asked(tmp_path / "b", discourse)) == [
        "What is the only variable that needs to be updated during training?"
    ]
    timed = (
        "A watcher's callback is called after parent component updates, and before the owner component's DOM updates."
    )
    assert list(_asked(tmp_path / "c", timed)) == ["When is a watcher's callback called?"]


def test_round74_suppositions_split_subjects_and_relations_are_not_asked(tmp_path: Path) -> None:
    """ "Let μ be a mean vector formed by …" gave "How be let μ a mean vector formed?"; "Expressions in Vue templates
    can only access …" gave "What templates can only access …? Expressions in Vue"; "Explaining growth facts is a
    principal purpose of both …" gave "What is explaining growth facts?"; "let has a TDZ because …" (the keyword)
    stays a question."""
    assert (
        _asked(tmp_path / "a", "Let μ be a mean vector formed by evaluating the mean function at every point x.") == {}
    )
    split = "Expressions in Vue templates can only access the scope they are defined in, as in lexical scoping."
    assert not [p for p in _asked(tmp_path / "b", split) if p.startswith("What templates")]
    purpose = "Explaining growth facts is a principal purpose of both development economics and economic history."
    assert _asked(tmp_path / "c", purpose) == {}
    keyword = "`let` has a TDZ because `const` needs a TDZ, because `let` and `const` mimic `var` in their hoisting."
    assert "Why does let have a TDZ?" in _asked(tmp_path / "d", keyword)


def test_round74_a_things_year_and_a_bracketed_share_are_not_asked(tmp_path: Path) -> None:
    """Incidental figures, discarded by both raters: the year a thing is from ("a wedding announcement from 1963",
    "The Apple QuickTake 100 of 1994") and a share in brackets ("meat (8.8%), wood (6.2%), …"); a year an event
    happened in, or a span ("from 1900 onwards"), is still asked."""
    thing = "Rothman found a wedding announcement from 1963 in the archive."
    assert not [p for p in _asked(tmp_path / "a", thing) if "year" in p]
    named = "The Apple QuickTake 100 of 1994 sported a whopping 0.3 megapixel resolution."
    assert not [p for p in _asked(tmp_path / "b", named) if "year" in p]
    span = "The recording industry began to develop from 1940 onwards and many musicians obtained success abroad."
    assert [p for p in _asked(tmp_path / "c", span) if "year" in p]
    event = "The stock was declared fully rebuilt in 2011, ahead of schedule."
    assert [p for p in _asked(tmp_path / "d", event) if "year" in p]
    shares = "Other exports were meat (8.8%), wood and wood products (6.2%), fruit (3.6%) and wine (2.1%)."
    assert not [p for p in _asked(tmp_path / "e", shares) if "figure" in p]
    plain = "Meat made up 8.8% of the country's exports in the year the survey was taken."
    assert [p for p in _asked(tmp_path / "f", plain) if "figure" in p]


def test_round74_a_person_is_one_name_among_the_choices(tmp_path: Path) -> None:
    """ "Margaret Hamilton" and "a Margaret Hamilton Lego minifigure" gave both "Margaret Hamilton" and "Margaret
    Hamilton Lego" as wrong choices for one question ("an absurd near-duplicate", both raters): one person, so two
    other people are too few for a choice."""
    text = (
        "# Chaos\n\n## Birth\n\nMargaret Hamilton wrote the guidance software for Apollo.\n\n"
        "In 2017 she garnered the greatest honor of all: a Margaret Hamilton Lego minifigure.\n\n"
        "Jennifer Light studied the women who programmed the first computers.\n\n"
        "Mar Hicks wrote a history of programming in Britain.\n"
    )
    items = generate_items_from(tmp_path, text)
    assert [it.answer for it in items if "history of programming" in it.prompt] == ["Mar Hicks"]
    for options in (it.choices for it in items if it.kind == "choice"):
        assert not [o for o in options if any(o.startswith(f"{p} ") for p in options)], options


def test_round75_lists_are_named_by_what_they_are_not_by_the_writer(tmp_path: Path) -> None:
    """ "First, let's discuss the two major aspects of web performance:" gave "Name the two major aspects of web
    performance let's discuss."; "… we have encountered these concepts from macroeconomics:" gave "Name the two
    peculiar stationary outcomes the text lists." (its heading)."""
    cases = [
        (
            "First, let's discuss the two major aspects of web performance:\n\n"
            "- Page Load Performance: how fast the application shows content.\n"
            "- Update Performance: how fast the application updates in response to user input.\n",
            "Overview",
            "Name the two major aspects of web performance.",
        ),
        (
            "As promised at the start of this lecture, we have encountered these concepts from macroeconomics:\n\n"
            "- an inflation tax that a government gathers by printing paper or electronic money\n"
            "- a dynamic Laffer curve in the inflation tax rate that has two stationary equilibria\n",
            "Peculiar stationary outcomes",
            "Name the two concepts from macroeconomics.",
        ),
    ]
    for n, (text, heading, named) in enumerate(cases):
        assert [p for p in _asked(tmp_path / str(n), text, heading) if p.startswith("Name")] == [named]


def test_round75_who_is_asked_of_people_and_companies_and_what_of_titles(tmp_path: Path) -> None:
    """ "Ingrid Goes West" (a film) was taken for a person ("Who is Ingrid Goes West?", people as wrong choices for
    it), "Arduino LLC filed …" asked "What filed …?", and "A Quiet Passion" lost its capital ("What is a Quiet
    Passion?")."""
    film = "Ingrid Goes West is a twisted and dark comedy about a woman obsessed with a celebrity."
    assert list(_asked(tmp_path / "a", film)) == ["What is Ingrid Goes West?"]
    company = "Arduino LLC filed to register the US trademark in April 2009, and it was granted in 2011."
    assert "Who filed to register the US trademark in April 2009?" in _asked(tmp_path / "b", company)
    title = "A Quiet Passion is a portrait, both visual and narrative, of a poet most modern people can understand."
    assert list(_asked(tmp_path / "c", title)) == ["What is A Quiet Passion?"]
    article = "Then a CNN is used to perform forward propagation on each region proposal to extract its features."
    assert "For what purpose is a CNN used to perform forward propagation on each region proposal?" in _asked(
        tmp_path / "d", article
    )


def test_round75_garbled_questions_are_not_made(tmp_path: Path) -> None:
    """Round 75's ungrammatical prompts: a participle's clause for a subject ("What do considering how different
    prices lead to?"), a particle for a verb ("What do each scene ratchets up?"), a verb inside brackets ("How is
    the pair (whose difference in age 55 years) met …?"), and "What is a basic topic?"."""
    said = {
        "a": "Later we will pursue this idea further, considering how different prices lead to different welfare "
        "outcomes for consumers and producers.",
        "b": "Each scene ratchets up the tension to an explosive, chilling end.",
        "c": "The pair (whose difference in age is 55 years) met after years of admiring each other’s work and decided "
        "to create a documentary portrait of France — by making a number of actual portraits.",
        "d": "In asset pricing theory, and in economic dynamics more generally, a basic topic is the relationship "
        "among different time series.",
    }
    for name, sentence in said.items():
        assert _asked(tmp_path / name, sentence) == {}, sentence
    defined = "A Gaussian process is defined as a collection of random variables, any finite number of which have a "
    defined += "joint Gaussian distribution."
    assert "How does the text define a Gaussian process?" in _asked(tmp_path / "e", defined)


def test_round76_answers_keep_a_series_and_stop_at_the_next_deed(tmp_path: Path) -> None:
    """ "a field of study about encoding, decoding, transmitting, and manipulating information" was cut after
    "encoding"; "walks the new tree, compares it with the old one, and applies …" answered "the new tree, compares
    it with the old one"; "the thread to halt normal execution and unwind its stack" lost its second verb; an
    answer ended on "e.g"."""
    field = (
        "Information theory is a field of study about encoding, decoding, transmitting, and manipulating information."
    )
    assert _asked(tmp_path / "a", field) == {
        "What is information theory?": "a field of study about encoding, decoding, transmitting, and manipulating "
        "information"
    }
    walks = "The runtime renderer walks the new tree, compares it with the old one, and applies the updates to the DOM."
    assert _asked(tmp_path / "b", walks).get("What does the runtime renderer walk?") in (None, "the new tree")
    assert not [a for a in _asked(tmp_path / "b", walks).values() if "compares" in a]
    panics = "Panics cause the thread to halt normal execution and unwind its stack, calling destructors on the way."
    assert "the thread to halt normal execution and unwind its stack" in _asked(tmp_path / "c", panics).values()
    latency = "We recommend that users increase the provisioned number of IOPs whenever latency is too high, e.g., "
    latency += "during training with many small records."
    assert not [a for a in _asked(tmp_path / "d", latency).values() if a.endswith("e.g")]


def test_round76_questions_that_point_elsewhere_or_give_their_answer_away_are_not_made(tmp_path: Path) -> None:
    """ "The most commonly encountered ones are …" ("ones" of what), "a list of numbers such as the Python list
    below", "indicates the default value should be treated as …" (a clause for an object), "if one of its
    MutexGuards is dropped" (the question spells "Mutex"), "Where each line has used the following rules:" (the
    lines of a derivation not shown), and a reason that opens "On the other hand"."""
    ones = "The most commonly encountered ones are the mean, the variance, and the standard deviation."
    assert _asked(tmp_path / "a", ones) == {}
    below = "Fundamentally, a vector is a list of numbers such as the Python list below."
    assert not [a for a in _asked(tmp_path / "b", below).values() if "below" in a]
    clause = "The third parameter indicates the default value should be treated as a factory function."
    assert _asked(tmp_path / "c", clause) == {}
    mutex = "A Mutex will poison itself if one of its MutexGuards is dropped during a panic."
    assert not [p for p, a in _asked(tmp_path / "d", mutex).items() if a == "Mutex"]
    rules = (
        "Where each line has used the following rules:\n\n- The chain rule and derivative of logarithm.\n"
        "- The sum rule.\n- The derivative of constants, chain rule, and power rule.\n"
    )
    assert not [p for p in _asked(tmp_path / "e", rules) if p.startswith("Name")]
    reason = (
        "On the other hand, information theory studies encoding, decoding, transmitting, and manipulating "
        "information. As a result, information theory provides fundamental language for discussing learned systems."
    )
    assert not [a for a in _asked(tmp_path / "f", reason).values() if a.startswith("On the other hand")]


def test_round76_who_did_it_names_the_person_after_a_title_or_the_organisation(tmp_path: Path) -> None:
    """ "Director David Lowery filmed …" was asked "What filmed …?" (no person found), and "The Food Standards Agency
    warned …" "What warned …?"."""
    director = "Director David Lowery filmed A Ghost Story in secret, then premiered it at a festival to acclaim."
    assert _asked(tmp_path / "a", director) == {
        "Who filmed A Ghost Story in secret, then premiered it at a festival to acclaim?": "David Lowery"
    }
    agency = "The Food Standards Agency warned people to stay away from slimming products that contained DNP."
    assert [p for p in _asked(tmp_path / "b", agency, "Warnings") if p.startswith("Who warned")]


def test_round77_what_the_text_said_before_or_only_supposes_is_not_asked(tmp_path: Path) -> None:
    """ "Bandits are a special case of the problem above", "Label shift describes the converse problem", "the same as
    that in the third and fourth modules", a share in a supposition ("Even if Irene's patterns yielded 90% …") and a
    series from an illustration ("For example, … vehicles, pedestrians, roads, and obstacles") were all discarded."""
    said = {
        "a": "Bandits are a special case of the problem above.",
        "b": "Label shift describes the converse problem.",
        "c": "The number of channels assigned to each branch is the same as that in the third and fourth modules.",
        "d": "Even if Irene's patterns yielded 90% accurate predictions, they could never compete with recall.",
        "e": "For example, self-driving needs to plan traveling routes by detecting the positions of vehicles, "
        "pedestrians, roads, and obstacles.",
    }
    for name, sentence in said.items():
        assert _asked(tmp_path / name, sentence) == {}, sentence
    markov = "Markov Chains are used to describe a sequence of possible events based on a previous state."
    assert "What are Markov Chains used for?" in _asked(tmp_path / "f", markov)  # "previous" here says which state


def test_round77_a_blank_is_not_given_away_and_a_list_is_not_named_from_inside_brackets(tmp_path: Path) -> None:
    """ "This principle is called _____ (or translation equivariance)" gave "translation" away; "The reactive() API
    has a few limitations:" named its list "the three limitations API has"."""
    term = "The value λ > 0 is known as the rate (or the shape parameter), and denotes the average number of arrivals."
    assert _asked(tmp_path / "a", term) == {
        "Fill in the term: “The value λ > 0 is known as the _____, and denotes the average number of arrivals.”": (
            "rate (shape parameter)"  # the other name answers too (round 131)
        )
    }
    api = (
        "The reactive() API has a few limitations:\n\n- Limited value types: it only works for object types.\n"
        "- Cannot replace entire object: tracking works over property access.\n"
        "- Not destructure-friendly: we lose the connection.\n"
    )
    assert not [p for p in _asked(tmp_path / "b", api, "Limitations of reactive") if "API has" in p]


def test_round78_a_symbol_an_ordinal_and_an_outline_are_not_asked(tmp_path: Path) -> None:
    """Round 78 (QuantEcon's intermediate lectures): "What is Vⱼ?" (a subscript letter is notation too), "What does the
    second criterion use?" (of which criteria), "What are the parameters? the same as for the preceding figures", and
    "This lecture proceeds as follows:" named its outline "the six proceeds"."""
    said = {
        "a": "Vⱼ is the conditional covariance matrix of the errors in forecasting xₜ₊ⱼ on time t information.",
        "b": "The second criterion uses the stochastic transformation idea for comparing experiments.",
        "c": "The parameters are the same as for the preceding figures.",
        "d": "This lecture proceeds as follows:\n\n- Set up notation and define experiments.\n- Define the criteria.\n",
    }
    for name, sentence in said.items():
        assert _asked(tmp_path / name, sentence, "Overview") == {}, sentence
    first = (
        "The first argument to `Object.create(..)` specifies an object to link the newly created object to, and then "
    )
    first += "returns the newly created (and linked!) object."
    assert "What does the first argument to Object.create(..) specify?" in _asked(tmp_path / "e", first)


def test_round79_answers_that_point_at_what_is_not_shown_and_elliptical_claims_are_not_asked(tmp_path: Path) -> None:
    for points in (
        "The predictive distribution is the new density shown in the following figure, where the update has used it.",
        "The reservation wage is the wage where equality holds in the last expression.",
    ):
        assert _said(tmp_path, points) == [], points
    assert _said(
        tmp_path, "The reservation wage is the wage where equality holds in the Bellman equation of the worker."
    )
    said = "Inflation and output rose together in the seventies. The great moderation and the period since 2008 {}."
    assert _said(tmp_path, said.format("do not")) == []  # the predicate is the sentence before's
    assert _said(tmp_path, said.format("saw slow growth")) == [
        "Fill in the year: “The great moderation and the period since _____ saw slow growth.” => 2008"
    ]


def test_round79_a_quantifier_a_formulas_brackets_and_an_opening_per_are_asked_as_written(tmp_path: Path) -> None:
    assert _said(tmp_path, "All Rust code relies on aggressive inference and elision of obvious things.") == [
        "What does all Rust code rely on? => aggressive inference and elision of obvious things"
    ]
    rate = "The convergence rate of least squares learning depends on the slope {} of the associated ODE."
    assert _said(tmp_path, rate.format("ℳ = −1/(θ² + 1)")) == [  # brackets with no space before them are the formula's
        "What does the convergence rate of least squares learning depend on? => the slope ℳ = −1/(θ² + 1) of the "
        "associated ODE"
    ]
    assert _said(tmp_path, rate.format("(a negative number)")) == [
        "What does the convergence rate of least squares learning depend on? => the slope of the associated ODE"
    ]
    gap = (
        "Per draw the gap is very large, because each NUTS draw ends a trajectory that has travelled across the "
        "posterior."
    )
    assert _said(tmp_path, gap) == [  # not "Why do per draw the gap is …?"
        "The text says: “Per draw the gap is very large.” Why? => each NUTS draw ends a trajectory that has travelled "
        "across the posterior"
    ]


def test_round80_a_figures_marks_an_equations_side_and_a_symbol_after_here_are_not_asked(tmp_path: Path) -> None:
    for unshown in (
        "The dots represent the underlying observations of the sample drawn from the distribution.",
        "The right-hand side is a sum of two non-negative terms (each is a positive number times a square).",
        "Firms enter when the expected profit is positive. Here M is the number of active firms.",
    ):
        assert _said(tmp_path, unshown) == [], unshown


def test_round80_an_answer_ends_before_a_bracket_it_cannot_close_and_a_participle_after_an_adverb(
    tmp_path: Path,
) -> None:
    chosen = (
        "The set $D_1$ is chosen so that the model remains well-defined (e.g., $R_t$ stays positive definite; "
        "$\\beta_t$ stays in a region where $T(\\beta)$ is well-defined and the state process is stationary)."
    )
    assert _said(tmp_path, chosen) == [
        "For what purpose is the set D₁ chosen? => so that the model remains well-defined"
    ]
    pursued = (
        "John Smith was pursuing ever larger Bayesian neural networks, ultimately showing in 1994 that such networks "
        "become Gaussian processes."
    )
    assert _said(tmp_path, pursued) == ["Who was pursuing ever larger Bayesian neural networks? => John Smith"]


def test_round81_a_formulas_brackets_a_symbols_case_and_texs_dashes_are_kept_as_written(tmp_path: Path) -> None:
    walk = "Thus, consumption is a **random walk** with innovation $(1-\\beta)d(\\beta)w_{t+1}$."
    assert _said(tmp_path, walk) == ["What is consumption? => a random walk with innovation (1−β)d(β)wₜ₊₁"]
    normal = (
        "The class of normal distributions is a family of distributions indexed by its mean $\\mu \\in (-\\infty, "
        "\\infty)$ and standard deviation $\\sigma \\in (0, \\infty)$."
    )
    assert _said(tmp_path, normal) == [  # an interval after "∈" is no aside
        "What is the class of normal distributions? => a family of distributions indexed by its mean μ∈ (−∞, ∞) and "
        "standard deviation σ∈ (0, ∞)"
    ]
    control = "$c_t$ is called the *control variable* --- a value chosen by the agent each period after observing it."
    assert _said(tmp_path, control) == [  # not "Cₜ", not "---"
        "Fill in the term: “cₜ is called the _____ — a value chosen by the agent each period after observing it.” => "
        "control variable"
    ]


def test_round82_a_list_a_figure_illustrates_is_not_asked_and_its_number_counts_nothing(tmp_path: Path) -> None:
    steps = (
        "1. A batch of data is read on each machine and split across the GPUs.\n"
        "2. The gradients from all local GPUs are aggregated on one GPU.\n"
        "3. The updated parameters are spread across all GPUs.\n"
    )
    figure = "Synchronization across devices is tricky. Fig. 3 illustrates how distributed parallel training occurs."
    assert _said(tmp_path, f"{figure}\n\n{steps}") == []  # not "Name the three illustrates …"
    assert _said(tmp_path, f"Distributed parallel training proceeds in three training stages:\n\n{steps}") == [
        "Name the three training stages the text lists under “Uses”. => A batch of data is "
        "read on each machine and split across the GPUs; The gradients from all local GPUs are aggregated on one "
        "GPU; The updated parameters are spread across all GPUs"
    ]


def test_round82_what_a_quotation_says_is_not_asked_as_a_definition(tmp_path: Path) -> None:
    quoted = (
        'The book argues that crossover "lies at the heart of the algorithm," while mutation alone "is a poor '
        'mechanism for injecting diversity."'
    )
    assert _said(tmp_path, quoted) == []  # not 'What is " while mutation alone "?'
    assert _said(tmp_path, 'A "spurious state" is a local minimum the designer never intended.') == [
        'What is a "spurious state"? => a local minimum the designer never intended'
    ]
