"""A cross-reference to a label of its own document reads as the book prints it (index format 20): MyST's
"{eq}`…`", "{prf:ref}`…`", "{numref}`…`" and "{ref}`…`" as Jupyter Book writes them, d2lbook's ":eqref:`…`" and
":numref:`…`"; a label the document does not define reads as it is written."""

from __future__ import annotations

from tutor.ingest.reading import parse
from tutor.records import Unit

MYST = """# Robust smoothing

(sec-break)=
## The *breakdown* point

Savings rise when the agent fears a bad model. The breakdown point {eq}`eq:break` is a hard limit beyond which no
solution exists.

$$
y = x
$$

$$
\\sigma < \\bar\\sigma
$$ (eq:break)

```{math}
:label: eq:oe
\\beta = 1
```

{prf:ref}`thm-oe` says that the loci cross, as {numref}`fig-loci` shows, {ref}`sec-break` explains and {eq}`eq:oe`
and {eq}`eq:break` give.

```{prf:definition} Robustness
:label: def-robust

A robust agent fears misspecification.
```

```{prf:theorem} Unnumbered
:nonumber:

A remark.
```

```{prf:theorem} Crossing
:label: thm-oe

The loci cross.
```

```{figure} /a.png
Unnamed.
```

```{figure} /b.png
:name: fig-loci

Loci.
```

We compare with {eq}`eq:elsewhere` of another lecture.
"""

D2L = """# Batch Normalization
:label:`sec_batch_norm`

The loss is

$$L = 1$$
:eqlabel:`eq_loss`

Minimizing :eqref:`eq_loss` is what :numref:`sec_batch_norm` and :numref:`sec_resnet` are about.

![A network](../img/net.svg)
:label:`fig_net`

The layers in :numref:`fig_net` are stacked.
"""


def _units(text: str) -> list[Unit]:
    return [u for s in parse(text, "t.md").sections for b in s.blocks for u in b.units]


def test_a_reference_to_an_equation_statement_figure_or_section_reads_as_the_book_prints_it() -> None:
    units = _units(MYST)
    assert [u.text for u in units] == [
        "Savings rise when the agent fears a bad model.",  # the target line "(sec-break)=" is markup
        "The breakdown point (1) is a hard limit beyond which no solution exists.",  # labelled equations count
        "Theorem 1 says that the loci cross, as Fig. 2 shows, The breakdown point explains and (2) and (1) give.",
        "We compare with eq:elsewhere of another lecture.",  # not in this document: as it is written
    ]
    theorem = units[2]
    assert MYST[theorem.start : theorem.end].startswith("{prf:ref}`thm-oe` says")  # the span holds the role
    assert MYST[theorem.end - 5 : theorem.end] == "give."


def test_d2lbooks_equation_and_section_references_read_as_numbers_and_titles() -> None:
    assert [u.text for u in _units(D2L)] == [
        "The loss is",
        "Minimizing (1) is what Batch Normalization and sec_resnet are about.",  # another chapter's: as written
        "The layers in Fig. 1 are stacked.",
    ]


QUARTO = """# Harbour joins

## Keys {#sec-keys}

A left join keeps every ship, @fig-left.

![A left join.](left.png){#fig-left}

```{r}
#| label: fig-right
#| fig-cap: A right join.
plot(right)
```

@fig-right shows the right join, and @tbl-ships lists the ships; @sec-keys defines the keys.
The hull numbers are counted in @eq-hulls, as @sec-elsewhere explains. Write to harbour@port.org for help.

| ship | port |
|---|---|
| Ada | Leith |

: Ships {#tbl-ships}

$$ h = n + 1 $$ {#eq-hulls}
"""


def test_a_quarto_cross_reference_reads_as_the_book_prints_it() -> None:
    units = _units(QUARTO)
    texts = [u.text for u in units]
    assert "A left join keeps every ship, Figure 1." in texts
    assert "Figure 2 shows the right join, and Table 1 lists the ships; Keys defines the keys." in texts
    # a label in another file reads as what it is; an address's "@" is no reference
    assert "The hull numbers are counted in (1), as another section explains." in texts
    assert "Write to harbour@port.org for help." in texts
    right = next(u for u in units if u.text.startswith("Figure 2"))
    assert QUARTO[right.start : right.end].startswith("@fig-right shows")  # the span holds the reference
