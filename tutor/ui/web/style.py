"""The page's stylesheet and its one script (opening a citation in the Read tab, turning its pages)."""

CSS = """
.gradio-container { max-width: 1280px !important; margin: 0 auto; }
#chat .tutor-question, #chat .tutor-answer, #chat .tutor-refusal { overflow-wrap: anywhere;
  color: var(--body-text-color); }
#chat .prose.chatbot { opacity: 1 !important; }
.tutor-answer p, .tutor-refusal p { margin: 0 0 .5em 0; }
.tutor-answer ul { margin: .25em 0 .5em 1.2em; padding: 0; }
.tutor-answer .note, .tutor-refusal .note { font-size: .85em; opacity: .8; font-style: italic; }
.cite { font-weight: 600; color: #1d4ed8; cursor: pointer; white-space: nowrap; }
.dark .cite { color: #93c5fd; }
.tutor-refusal { border-left: 4px solid #d97706; background: #fffbeb; color: #3f2d04; padding: .5em .75em;
  border-radius: 6px; }
.tutor-refusal .refusal-title { font-weight: 700; color: #92400e; margin-bottom: .25em; }
.thinking { opacity: .7; font-style: italic; }
.tutor-answer blockquote.quote { border-left: 3px solid #93c5fd; margin: .25em 0 .5em; padding: .3em .75em;
  background: var(--background-fill-secondary); border-radius: 4px; }
#check-open { align-self: flex-start; width: auto; }
#check-panel { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .5em .75em; }
#sources { max-height: 640px; overflow-y: auto; }
.sources .sources-title { font-weight: 700; font-size: 1.05em; margin: 0 0 .5em 0; }
.source { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .6em .75em; margin-bottom: .75em;
  background: var(--background-fill-secondary); }
.source.flash { outline: 3px solid #f59e0b; }
.source-head { font-weight: 600; margin-bottom: .35em; }
.passage { line-height: 1.5; overflow-wrap: anywhere; }
.passage p { margin: 0 0 .5em 0; }
.passage ul, .passage ol { margin: 0 0 .5em 0; padding-left: 1.4em; }
.passage mark, .article mark, .article .u.hl { background: #fde68a; color: inherit; padding: 0 .1em;
  border-radius: 3px; }
.source-foot { display: flex; flex-wrap: wrap; gap: .25em 1em; justify-content: space-between; margin-top: .5em;
  font-size: .85em; }
.source-file { opacity: .7; overflow-wrap: anywhere; }
.open-article { font-weight: 600; }
.muted { opacity: .75; }
#suggestions button { white-space: normal; text-align: left; height: auto; }
.article { max-width: 46em; margin: 0 auto; line-height: 1.65; font-size: 1.05em; overflow-wrap: anywhere; }
.article h1 { font-size: 1.6em; margin: .4em 0; }
.article h2 { font-size: 1.3em; margin: 1.2em 0 .4em; }
.article h3, .article h4 { font-size: 1.1em; margin: 1em 0 .3em; }
.article .byline { opacity: .75; }
.article .toc { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .5em 1em; margin: 1em 0; }
.article .toc p { font-weight: 700; margin: 0; }
.article .toc ul { list-style: none; padding-left: 0; margin: .3em 0; }
.article .toc .toc-3, .article .toc .toc-4 { padding-left: 1.2em; }
#article-goto { display: none !important; }
#article-contents .toc { position: sticky; top: 8px; max-height: 90vh; overflow-y: auto; margin: 0; font-size: .92em;
  border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .5em 1em; }
#article-contents .toc p { font-weight: 700; margin: 0; }
#article-contents .toc ul { list-style: none; padding-left: 0; margin: .3em 0; }
#article-contents .toc li { margin: .15em 0; }
#article-contents .toc .toc-doc { font-weight: 600; margin-top: .5em; }
#article-contents .toc .toc-3, #article-contents .toc .toc-4 { padding-left: 1.2em; }
.article .page-nav { display: flex; justify-content: space-between; gap: 1em; margin: 2em 0 1em;
  border-top: 1px solid var(--border-color-primary); padding-top: .75em; }
.article .blk { scroll-margin-top: 80px; border-radius: 6px; transition: background-color .6s; }
.article .blk.flash { background: rgba(245, 158, 11, .15); }
.faq-entry { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .5em .75em; margin: .5em 0; }
.faq-entry summary { font-weight: 600; cursor: pointer; }
.faq-entry .tutor-answer { margin-top: .5em; }
.faq-cites { list-style: none; padding-left: 0; font-size: .9em; }
.faq-cites .open-article { margin-left: .5em; }
.faq-group { font-weight: 700; margin: 1em 0 .25em; }
.faq-none { border-left: 4px solid #d97706; padding: .25em .75em; }
footer { display: none !important; }
@media (max-width: 640px) {
  .gradio-container { padding: 0 6px !important; }
  /* on a phone the page scrolls, not a box inside it: nothing of an answer is hidden */
  #chat { height: auto !important; min-height: 240px; max-height: none !important; overflow: visible !important; }
  #chat .bubble-wrap { height: auto !important; max-height: none !important; overflow: visible !important; }
  #sources { max-height: none; }
  .article { font-size: 1em; }
}
"""

# Opening a citation: switch to the Read tab, scroll to the passage, highlight the cited sentences.
HEAD = """
<script>
(() => {
  function highlight(link) {
    const doc = link.dataset.doc;
    const hl = (link.dataset.hl || "").split(",").filter(Boolean).map(r => r.split("-").map(Number));
    const [rs, re] = (link.dataset.range || "0-0").split("-").map(Number);
    document.querySelectorAll(".article .u.hl").forEach(el => el.classList.remove("hl"));
    document.querySelectorAll(".article .blk").forEach(el => {
      if (el.dataset.doc !== doc) return;
      const s = +el.dataset.s, e = +el.dataset.e;
      if (s < re && e > rs) { el.classList.add("flash"); setTimeout(() => el.classList.remove("flash"), 2500); }
    });
    document.querySelectorAll(".article .u").forEach(el => {
      if (el.dataset.doc !== doc) return;
      const s = +el.dataset.s, e = +el.dataset.e;
      if (hl.some(([a, b]) => s < b && e > a)) el.classList.add("hl");
    });
  }
  function open(link, tries) {
    const el = document.getElementById(link.dataset.target);
    if (el && el.offsetParent !== null) {
      highlight(link);
      el.scrollIntoView({ block: "center" });
    } else if (tries > 0) {
      setTimeout(() => open(link, tries - 1), 100);
    }
  }
  // a long text is shown a page at a time: the page wanted goes to the hidden #article-goto box
  function turnTo(page, tries = 50) {
    if (page === undefined || document.querySelector(`#article .article[data-page="${page}"]`)) return;
    const box = document.querySelector("#article-goto textarea, #article-goto input");
    if (!box) {  // the tab is still being drawn
      if (tries > 0) setTimeout(() => turnTo(page, tries - 1), 100);
      return;
    }
    box.value = `${page}:${Date.now()}`;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }
  function scrollWhenShown(id, tries) {
    const el = document.getElementById(id);
    if (el) el.scrollIntoView({ block: "start" });
    else if (tries > 0) setTimeout(() => scrollWhenShown(id, tries - 1), 100);
  }
  document.addEventListener("click", (ev) => {
    const link = ev.target.closest && ev.target.closest("a.open-article");
    if (link) {
      ev.preventDefault();
      const tab = document.getElementById("tab-article-button");
      if (tab) tab.click();
      turnTo(link.dataset.page);
      open(link, 50);
      return;
    }
    const pager = ev.target.closest && ev.target.closest("a[data-page]");
    if (pager) {
      ev.preventDefault();
      turnTo(pager.dataset.page);
      scrollWhenShown((pager.getAttribute("href") || "#article").slice(1), 50);
      return;
    }
    const cite = ev.target.closest && ev.target.closest("#chat .cite");
    if (cite) {
      const card = document.getElementById("src-" + cite.dataset.n);
      if (card) {
        card.scrollIntoView({ block: "nearest" });
        card.classList.add("flash");
        setTimeout(() => card.classList.remove("flash"), 1500);
      }
    }
  });
})();
</script>
"""
