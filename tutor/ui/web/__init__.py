"""The Gradio web app: `app` assembles the page from its tabs (`chat_tab`, `faq_tab`, `revise_tab`); plain
functions without gradio render HTML (`render`, `article`, `quiz_md`) and handle turns (`chat`,
`check_yourself`); `server` launches it."""
