"""Answering a question, in the order `tutor.py`'s `Tutor.ask` runs it: `query` (clean, correct, resolve a
follow-up) and `question` (analyse once, with `asks`), retrieval (`tutor.index.retrieval`), `scoring`,
`selection`, `checks` (decline when the text does not answer), `compose` (typed pieces, checked by
`citations`). `options` names the ideas an evaluation can switch off; their numbers live in `tutor.tuning`."""
