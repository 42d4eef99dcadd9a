// Page behaviour the Gradio components don't provide: [n] links that bring their
// evidence card into view, and copying an answer with its sources.
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
    card.scrollIntoView({ behavior: "smooth", block: "nearest" });
    // Restart the flash animation even when the same card is clicked twice.
    card.classList.remove("ev-flash");
    void card.offsetWidth;
    card.classList.add("ev-flash");
    return true;
  };

  // Capture phase: the Chatbot would otherwise treat the click as selecting the
  // message, and the browser would navigate (or open a tab) for the link.
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target.closest && event.target.closest("a[href]");
      if (!link) return;
      const match = /#cite-(\d+)$/.exec(link.getAttribute("href") || "");
      if (!match) return;
      event.preventDefault();
      event.stopPropagation();
      window.rlShowCite(match[1]);
    },
    true,
  );

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

}
