"""What round 83's blind raters marked to fix or discard on fresh held-out texts (issue 14): open-source guides,
lectures in economics and chapters of a machine-learning book, none read before the items were made."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from
from tests.test_revision_key_terms import said_under as _said
from tutor.ingest.reading import read_knowledge
from tutor.revision.items import generate_items
from tutor.revision.items.answers import cut_answer


def test_a_time_phrase_of_periods_goes_after_the_verb(tmp_path: Path) -> None:
    assert _said(tmp_path, "Each period a decision maker draws a non-negative random variable from a known law.") == [
        "What does a decision maker draw each period? => a non-negative random variable from a known law"
    ]


def test_a_bold_link_names_its_element_as_it_reads(tmp_path: Path) -> None:
    listed = (
        "A few examples of sponsored projects include:\n\n"
        "* **[webpack](https://github.com/webpack)** raises money from companies and individuals through grants\n"
        "* **[Ruby Together](https://rubytogether.org/),** a nonprofit organization that pays for work on "
        "[bundler](https://github.com/bundler/bundler) and other Ruby infrastructure projects\n"
    )
    assert [s.split(" | ", 1)[1] for s in _said(tmp_path, listed) if " | " in s] == ["webpack | Ruby Together"]


def test_a_series_ending_on_a_gerund_keeps_it(tmp_path: Path) -> None:
    tasks = (
        "Bigger projects may also have working groups focused on different tasks, such as tooling, triage, "
        "community moderation, and event organizing."
    )
    assert _said(tmp_path, tasks)[0].endswith("| tooling | triage | community moderation | event organizing")
    dashed = "Working groups focus on different tasks, such as tooling, triage, and community moderation — each led."
    assert _said(tmp_path, dashed)[0].endswith("| tooling | triage | community moderation")


def test_a_subordinate_clause_is_no_claim_to_ask_why_of(tmp_path: Path) -> None:
    cut = (
        "Fortunately, since $L(w_o)-1$ is on the order of $\\mathcal{O}(\\textrm{log}_2|\\mathcal{V}|)$ due to the "
        "binary tree structure,\nwhen the dictionary size is huge,\nthe computational cost for each training step is "
        "significantly reduced."
    )
    assert _said(tmp_path, cut) == []  # not "The text says: “Fortunately, since L(wₒ)−1 is on the order of …” Why?"
    luck = (
        "Fortunately, a Gaussian process is a distribution over functions fully specified by a mean and a covariance."
    )
    assert _said(tmp_path, luck) == [  # "Fortunately" links, like "Unfortunately"
        "What is a Gaussian process? => a distribution over functions fully specified by a mean and a covariance"
    ]
    claim = "open source is an unusual case because the author expects others to share it"
    assert _said(tmp_path, f"Although {claim}, the law treats it as any other work.") == []
    assert _said(tmp_path, f"{claim.capitalize()}.") == [
        "Why is open source an unusual case? => the author expects others to share it"
    ]


def test_a_gloss_that_orders_asks_or_sets_a_condition_means_nothing_by_its_term(tmp_path: Path) -> None:
    glossary = (
        "Consider these before you release:\n\n"
        "* **Trade secrets:** Consider whether there is anything the company does not want to make public.\n"
        "* **Third party material:** Does your project have dependencies created by others?\n"
        "* **Compliance:** Even if your company releases nothing, it uses others' open source software.\n"
        "* **Patents:** Patents are exclusive rights granted for an invention by a national office.\n"
    )
    said = [s for s in _said(tmp_path, glossary) if "mean by" in s]
    assert said == [
        "What does the text mean by “Patents”? => Patents are exclusive rights granted for an invention by a national "
        "office"
    ]


def test_a_glossary_whose_glosses_give_orders_is_still_a_glossary(tmp_path: Path) -> None:
    glossary = (
        "Consider these before you release:\n\n"
        "* **Trade secrets:** Consider whether there is anything the company does not want to make public.\n"
        "* **Trademarks:** Check whether the name of the project is already used by another project.\n"
        "* **Patents:** Patents are exclusive rights granted for an invention by a national office.\n"
    )
    assert [s for s in _said(tmp_path, glossary) if "mean by" in s] == [
        "What does the text mean by “Patents”? => Patents are exclusive rights granted for an invention by a national "
        "office"
    ]


def test_a_lead_in_that_says_there_are_so_many_names_its_list_with_what_it_says(tmp_path: Path) -> None:
    lead = "There are three common governance structures associated with open source projects."
    listed = "* **BDFL:** one person decides.\n\n* **Meritocracy:** active contributors decide.\n\n"
    listed += "* **Liberal contribution:** whoever does the most work decides.\n"
    assert _said(tmp_path, f"{lead}\n\n{listed}")[0].startswith(
        "Name the three common governance structures associated with open source projects. => BDFL; Meritocracy;"
    )
    roles = "Here are a few types of roles you may recognize:\n\n* **Maintainer**\n* **Contributor**\n* **Committer**\n"
    assert _said(tmp_path, roles, heading="What are examples of formal roles?") == [
        "Name the three types of roles the text lists. => Maintainer; Contributor; Committer | Maintainer | "
        "Contributor | Committer"
    ]
    errors = "He is worried about two types of errors and the losses that they will impose on him.\n\n"
    errors += "- a loss from a **type I error**\n- a loss from a **type II error**\n"
    assert _said(tmp_path, errors, heading="Setup")[0].startswith("Name the two types of errors. =>")


def test_an_aside_at_the_end_of_a_claim_is_left_out(tmp_path: Path) -> None:
    assert _said(
        tmp_path, "Open source is an unusual case, however, because the author expects others to share it."
    ) == ["Why is open source an unusual case? => the author expects others to share it"]


def test_what_a_thing_is_worth_is_no_definition(tmp_path: Path) -> None:
    for judged in (
        "Divisive issues are an opportunity for your community to grow and learn.",
        "A welcoming community is an investment into your project's future and reputation.",
        "The difference in variances is the reason that the Bayesian decision maker waits longer.",
        "The volatility is a permanent feature, not a transient.",
        "Click-through rate is an important signal that indicates the effectiveness of prediction algorithms.",
    ):
        assert _said(tmp_path, judged) == [], judged
    assert _said(tmp_path, "A statistical model is a joint probability distribution characterized by a parameter.") == [
        "What is a statistical model? => a joint probability distribution characterized by a parameter"
    ]


def test_people_are_many_and_a_quoted_term_answers_without_its_quotes(tmp_path: Path) -> None:
    assert _said(tmp_path, 'For some projects, "maintainers" are the only people in a project with commit access.') == [
        "Who are the only people in a project with commit access? => maintainers"
    ]


def test_a_place_in_a_figure_is_not_asked(tmp_path: Path) -> None:
    placed = "The posterior distributions (left column) plot the marginal distributions of the parameters."
    assert _said(tmp_path, placed) == []
    assert _said(tmp_path, placed.replace(" (left column)", "")) != []


def test_a_series_inside_a_dash_aside_is_not_asked(tmp_path: Path) -> None:
    aside = (
        "The genetic algorithm has the classic three operators — fitness-proportional **selection** of parents, "
        "single-point **crossover**, and bit-flip **mutation** — plus one that Arifovic introduced."
    )
    assert [s for s in _said(tmp_path, aside) if s.startswith("Fill in")] == []


def test_a_quotation_set_apart_in_its_own_first_person_is_not_asked(tmp_path: Path) -> None:
    quoted = "> Anonymous aggregate user analytics allow us to prioritise fixes and features based on usage."
    assert _said(tmp_path, f"Homebrew finds that analytics help:\n\n{quoted}") == []
    assert _said(tmp_path, f"Homebrew finds that analytics help:\n\n{quoted.replace(' us ', ' users ')}") != []


def test_claims_about_one_subject_are_no_list(tmp_path: Path) -> None:
    claims = "It limits how pessimists can express their opinions:\n\n"
    claims += "- They can express themselves by selling their shares\n"
    claims += "- They cannot express themselves by borrowing shares and selling them\n"
    assert [s for s in _said(tmp_path, claims, heading="Possible trades") if s.startswith("Name")] == []


def test_a_formula_cut_at_its_bracket_is_no_definition(tmp_path: Path) -> None:
    cut = "The sparsity is defined as 1 - number of nonzero entries / ( number of users * number of items)."
    assert _said(tmp_path, cut) == []


def test_a_subject_only_its_section_can_tell_is_asked_there(tmp_path: Path) -> None:
    graph = "The computational graph depends on the length of the input sequence."
    assert _said(tmp_path, graph, heading="Gradients and Python Control Flow") == [
        "In the section “Gradients and Python Control Flow”, what does the computational graph depend on? => "
        "the length of the input sequence"
    ]
    premium = "The resulting premium reflects the option value of reselling to the most optimistic trader."
    assert _said(tmp_path, premium, heading="Case B: perpetual switching (positive premium)") == [
        "In the section “Case B: perpetual switching (positive premium)”, what does the resulting premium reflect? "
        "=> the option value of reselling to the most optimistic trader"
    ]


def test_a_nested_element_reads_under_the_element_it_belongs_to(tmp_path: Path) -> None:
    features = (
        "Key features of the environment in the model include:\n\n"
        "* All traders observe the same dividend history\n"
        "* All traders use Bayes' Law to update their beliefs\n"
        "* Before their posteriors merge, traders disagree about the predictive density of dividends\n"
        "    * therefore they disagree about the value of the asset\n"
    )
    (item,) = [it for it in generate_items_from(tmp_path, f"# Model\n\n## Setup\n\n{features}") if it.kind == "list"]
    assert len(item.elements) == 3
    assert item.reading.splitlines()[-2:] == [
        "• Before their posteriors merge, traders disagree about the predictive density of dividends",
        "  ◦ therefore they disagree about the value of the asset",
    ]


def test_things_to_do_under_a_heading_that_names_their_topic_are_its_guidelines(tmp_path: Path) -> None:
    tables = (
        "- Use tables only for tabular data, not for layout\n"
        "- Include header cells and use scope attributes to associate headers with data cells\n"
        "- Provide a caption or a summary for complex tables\n"
        "- **Tip:** test the page with a screen reader.\n"
    )
    said = _said(tmp_path, tables, heading="Tables")
    assert said[0].startswith("Name the three guidelines the text gives for tables. =>")
    kinds = "- Ordered tables keep rows in order\n- Sparse tables hold few entries\n- Wide tables hold many columns\n"
    assert _said(tmp_path, kinds, heading="Data tables")[0].startswith("Name the three data tables the text lists.")


def test_a_judgement_in_two_adjectives_or_a_byproduct_is_no_definition(tmp_path: Path) -> None:
    for judged in (
        "Offline events are a popular way to promote new projects to audiences.",
        "Burnout is a real and pervasive issue in open source work, especially among maintainers.",
        "Free of charge is a byproduct of open source's overall value.",
    ):
        assert _said(tmp_path, judged) == [], judged


def test_an_order_or_a_comparison_is_no_claim_to_ask_why_of(tmp_path: Path) -> None:
    assert (
        _said(tmp_path, "Don't leave an unwanted contribution open because you feel guilty or want to be nice.") == []
    )
    relative = "Also because it gives users a potential to control their own computing, relative to closed source."
    assert _said(tmp_path, f"Open source is powerful because it lowers the barriers to adoption. {relative}") == [
        "Why is open source powerful? => it lowers the barriers to adoption"
    ]


def test_a_class_the_texts_own_listing_defines_is_not_asked(tmp_path: Path) -> None:
    said = "The class `SearchProblem` is used to store parameters and methods needed to compute optimal actions."
    assert _said(tmp_path, f"{said}\n\n```python\nclass SearchProblem:\n    pass\n```\n") == []
    assert _said(tmp_path, said) != []  # a class the text does not define may be what it teaches


def test_a_sentence_with_an_address_to_write_to_is_not_asked(tmp_path: Path) -> None:
    reported = "A moderator is a volunteer who reviews the reports of unacceptable behavior sent by emailing {}."
    assert _said(tmp_path, reported.format("**conduct@example.org**")) == []
    assert _said(tmp_path, reported.format("the project's two maintainers")) != []


def test_a_heading_that_says_something_is_no_place_to_ask_in(tmp_path: Path) -> None:
    block = "The convolutional block emits an output with shape given by the batch size and the number of channels."
    claim = "A malicious actor who impersonates a privileged contributor to your project will cause great damage"
    assert _said(tmp_path, block, heading=claim)[0].startswith("In “Applications”, what does the convolutional block")
    assert _said(tmp_path, block, heading="Blocks and shapes")[0].startswith("In the section “Blocks and shapes”,")


def test_a_claim_set_bold_over_its_explanation_is_no_term(tmp_path: Path) -> None:
    benefits = (
        "Accessibility brings several benefits:\n\n"
        "* **It reduces support load.** Clearer UI and docs mean fewer confused users.\n"
        "* **It expands your contributor base.** Assistive tech users can more fully participate.\n"
        "* **It drives innovation.** Designing for diverse needs often leads to features that benefit everyone.\n"
    )
    assert [s for s in _said(tmp_path, benefits) if "mean by" in s] == []  # not "… mean by “it drives innovation”?"
    named = benefits.replace("It reduces support", "Lower support").replace("It expands your contributor base", "Reach")
    assert [s.split(" =>")[0] for s in _said(tmp_path, named.replace("It drives", "Driven")) if "mean by" in s] == [
        "What does the text mean by “Lower support load”?",
        "What does the text mean by “Driven innovation”?",
    ]


def test_a_definition_ends_before_another_subjects_clause(tmp_path: Path) -> None:
    assert _said(tmp_path, "Formalizing credibility was an achievement of the 1980s, but its grasp is much older.") == [
        "What was formalizing credibility? => an achievement of the 1980s"
    ]
    rate = "Unemployment is a three-month average, and the interest rate comes from the first month of the quarter."
    assert _said(tmp_path, rate) == ["What is Unemployment? => a three-month average"]
    counted = (
        "Each HPO run depends on two major sources of randomness: the random effects of the training process, "
        "and the intrinsic randomness of the random search algorithm."
    )
    assert _said(tmp_path, counted)[0].endswith("and the intrinsic randomness of the random search algorithm")


def test_an_adverb_left_before_because_is_no_part_of_the_claim(tmp_path: Path) -> None:
    imprecise = "The natural-rate estimates remain imprecise, especially because not every draw satisfies the bound."
    assert _said(tmp_path, imprecise) == [
        "Why do the natural-rate estimates remain imprecise? => not every draw satisfies the bound"
    ]


def test_a_value_in_code_is_not_asked_as_a_term(tmp_path: Path) -> None:
    value = '- `"Joe Smith"` is the code inside the method body. All of its logic sits in the indented lines.'
    assert [s for s in _said(tmp_path, value) if "Joe" in s] == []


def test_a_reading_lists_description_of_an_article_is_no_definition(tmp_path: Path) -> None:
    article = (
        "[Using Percentages in CSS](https://example.org/p/) is an article that tackles a common pitfall of layouts."
    )
    assert _said(tmp_path, f"Here are more resources on layout.\n\n{article}") == []
    assert _said(tmp_path, "A percentage length is a length relative to the size of the containing block.") != []


def test_a_year_said_roughly_offers_no_neighbouring_year_as_wrong(tmp_path: Path) -> None:
    dated = "\n\n".join(
        f"## Episode {k}\n\nInflation in the {name} region peaked around {year} after a long rise in prices."
        for k, (name, year) in enumerate(
            [("northern", 1979), ("southern", 1980), ("eastern", 1981), ("western", 1974), ("central", 1990)] * 2
        )
    )
    items = generate_items_from(tmp_path, f"# Prices\n\n{dated}\n")
    choices = [it for it in items if it.kind == "choice"]
    assert choices  # some are asked as a choice
    assert all(abs(int(c) - int(it.answer)) > 2 for it in choices for c in it.choices if c != it.answer)


def test_an_object_stops_before_a_second_deed_after_and_or_but(tmp_path: Path) -> None:
    assert _said(tmp_path, "Each period a statistician observes one draw and updates the posterior distribution.") == [
        "What does a statistician observe each period? => one draw"
    ]
    assert cut_answer("it reads and writes the shared file") == "it reads and writes the shared file"
    assert cut_answer("context bidirectionally but uses task-specific architectures") == "context bidirectionally"


def test_a_place_is_named_as_printed_and_never_by_a_file_name(tmp_path: Path) -> None:
    decoder = "The decoder maps the encoded state of a fixed shape to a variable-length sequence of tokens."
    (tmp_path / "a").mkdir()
    (framed,) = generate_items_from(tmp_path / "a", f"# The Encoder--Decoder Architecture\n\n## Summary\n\n{decoder}\n")
    assert framed.prompt.startswith("In “The Encoder–Decoder Architecture”, what does the decoder map?")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "intro_to_git.md").write_text(f"## Summary\n\n{decoder}\n", encoding="utf-8")
    (unframed,) = generate_items(read_knowledge(tmp_path / "b"))
    assert unframed.prompt.startswith("What does the decoder map?")  # not "In “intro to git”, …"


def test_a_subject_with_its_own_verb_is_a_clause(tmp_path: Path) -> None:
    clause = "Condition (d) makes the government's beliefs depend on moment matrices that depend on its beliefs."
    assert _said(tmp_path, clause) == []
    assert _said(tmp_path, "The beliefs of the government depend on moment matrices that depend on its beliefs.") != []
    assert _said(tmp_path, "Validations are a vital ingredient in well-designed forms on every website.") == []


def test_a_preview_of_what_is_to_come_and_a_lead_in_that_points_back_name_no_list(tmp_path: Path) -> None:
    concepts = "- a joint probability distribution\n- marginal distributions\n- conditional distributions\n"
    assert _said(tmp_path, f"Among concepts that we'll be studying include:\n\n{concepts}") == []
    assert _said(tmp_path, f"Among the concepts of probability theory are:\n\n{concepts}") != []
    selectors = "- the child combinator\n- the adjacent sibling combinator\n- the general sibling combinator\n"
    assert _said(tmp_path, f"Here are three new selectors to do just that.\n\n{selectors}") == []
