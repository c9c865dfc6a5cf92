"""The user interfaces, thin edges over `tutor.service`: the command line (`cli` and its `commands_*`), the
terminal chat (`chat`), and the web app (`web`)."""
