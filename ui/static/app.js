// Page behaviour the Gradio components don't provide: [n] links that bring their
// evidence card into view, copying an answer with its sources, and the letter reader's
// outline, commitments and cited quote (ui/letter_html.py draws them).
() => {
  if (window.__rlInit) return;
  window.__rlInit = true;

  function toast(text) {
    const el = document.createElement("div");
    el.className = "rl-toast";
    el.textContent = text;
    document.body.appendChild(el);
    setTimeout(() => el.remove(), 1800);
  }

  window.rlShowCite = (n) => {
    const card = document.getElementById("cite-" + n);
    if (!card) return false;
    // Scroll the evidence panel only: the chat beside it stays where the reader left it.
    const panel = card.closest("#evidence");
    if (panel) {
      const offset = card.getBoundingClientRect().top - panel.getBoundingClientRect().top;
      panel.scrollTo({ top: panel.scrollTop + offset - 8, behavior: "smooth" });
    } else {
      card.scrollIntoView({ behavior: "smooth", block: "nearest" });
    }
    // Restart the flash animation even when the same card is clicked twice.
    card.classList.remove("ev-flash");
    void card.offsetWidth;
    card.classList.add("ev-flash");
    return true;
  };

  const citeOf = (event) => {
    const link = event.target.closest && event.target.closest("a[href]");
    const match = link && /#cite-(\d+)$/.exec(link.getAttribute("href") || "");
    return match ? match[1] : null;
  };

  // Pointing at [n] (or tabbing to it) brings evidence card n forward; clicking it opens
  // the letter in the reader at the cited quote, as the card's own button does. Capture
  // phase: the Chatbot would otherwise treat the click as selecting the message, and the
  // browser would navigate (or open a tab) for the link.
  document.addEventListener(
    "click",
    (event) => {
      const n = citeOf(event);
      if (n === null) return;
      event.preventDefault();
      event.stopPropagation();
      window.rlShowCite(n);
      const open = document.querySelector("#cite-" + n + " .ev-open");
      if (open) open.click();
    },
    true,
  );
  for (const kind of ["mouseover", "focusin"]) {
    document.addEventListener(kind, (event) => {
      const n = citeOf(event);
      const link = n === null ? null : event.target.closest("a[href]");
      if (link && !(link.contains(event.relatedTarget))) window.rlShowCite(n);
    });
  }

  window.rlCopy = async (text) => {
    if (!text) {
      toast("还没有可复制的回答 Nothing to copy yet");
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
    } catch (err) {
      // Plain-http deployments have no async clipboard API; fall back to a selection.
      const area = document.createElement("textarea");
      area.value = text;
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    window.__rlCopied = text;
    toast("已复制答案及来源 Copied with sources");
  };

  // An evidence card's "open letter" button: the server renders the reader.
  window.rlOpenLetter = (event, send) => {
    const button = event.target.closest && event.target.closest(".ev-open");
    if (!button) return;
    event.preventDefault();
    event.stopPropagation();
    const d = button.dataset;
    send({ letter_id: d.letter, quote: d.quote || "", section: d.section || "" });
  };

  function flash(el, cls) {
    el.classList.remove(cls);
    void el.offsetWidth;
    el.classList.add(cls);
  }

  window.rlReader = {
    // A letter was (re)drawn: bring its cited quote into view, or its top.  The tab may
    // still be hidden when the value lands, so wait (briefly) until it is shown.
    shown(element, tries = 0) {
      const doc = element.querySelector(".rd-doc");
      if (!doc || doc.dataset.shown) return;
      if (element.offsetParent === null) {
        if (tries < 80) setTimeout(() => window.rlReader.shown(element, tries + 1), 50);
        return;
      }
      doc.dataset.shown = "1";
      const marks = doc.querySelectorAll("mark.rd-cite");
      const text = doc.querySelector(".rd-text");
      if (marks.length) {
        marks[0].scrollIntoView({ block: "center" });
        marks.forEach((mark) => flash(mark, "rd-flash"));
      } else if (text) {
        text.scrollTop = 0;
      }
    },

    click(event, element) {
      const doc = element.querySelector(".rd-doc");
      if (!doc) return;
      const jump = event.target.closest("a[data-jump]");
      if (jump) {
        event.preventDefault();
        const section = doc.querySelector(`[data-sec="${jump.dataset.jump}"]`);
        if (!section) return;
        doc.querySelectorAll(".rd-outline a.rd-active").forEach((a) => a.classList.remove("rd-active"));
        jump.classList.add("rd-active");
        section.scrollIntoView({ behavior: "smooth", block: "start" });
        flash(section, "rd-flash");
        return;
      }
      const entry = event.target.closest(".rd-entry[data-target]");
      if (!entry) return;
      event.preventDefault();
      doc.querySelectorAll(".rd-on").forEach((el) => el.classList.remove("rd-on"));
      entry.classList.add("rd-on");
      const spans = doc.querySelectorAll(`.rd-text [data-item="${entry.dataset.target}"]`);
      spans.forEach((el) => el.classList.add("rd-on"));
      if (spans.length) spans[0].scrollIntoView({ behavior: "smooth", block: "center" });
    },
  };

}
