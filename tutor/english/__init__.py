"""Everything about English: the one lexicon of word lists (`lexicon`), tokens, stems and sentences (`text`),
another language (`language`), the aspects a text is organised by (`aspects`), site furniture (`furniture`)."""
