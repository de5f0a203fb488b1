// Glossary pop-overs. CSS shows a linked term's definition on hover and keyboard focus; this
// script adds what WCAG 1.4.13 asks beyond that: Escape hides a pop-over without moving the
// pointer or focus, and a pop-over near the edge of the window is moved back inside it.
(() => {
  const MARGIN = 8; // px kept clear between a pop-over and the edge of the window

  function place(wrapper) {
    const popover = wrapper.querySelector(".glossary-popover");
    if (!popover) return;
    wrapper.classList.remove("glossary--above");
    popover.style.left = "";
    const rect = popover.getBoundingClientRect();
    if (!rect.width) return; // not showing
    const width = document.documentElement.clientWidth;
    let shift = 0;
    if (rect.right > width - MARGIN) shift = width - MARGIN - rect.right;
    if (rect.left + shift < MARGIN) shift = MARGIN - rect.left;
    if (shift) popover.style.left = `${shift}px`;
    if (rect.bottom > window.innerHeight - MARGIN) {
      wrapper.classList.add("glossary--above");
      // Above does not fit either (a short window): below, where the page can scroll to it.
      if (popover.getBoundingClientRect().top < MARGIN) wrapper.classList.remove("glossary--above");
    }
  }

  function wrapperOf(node) {
    return node instanceof Element ? node.closest(".glossary") : null;
  }

  // A pop-over dismissed with Escape comes back the next time its term is hovered or focused,
  // once neither the pointer nor focus is still on it.
  function reset(event) {
    const wrapper = wrapperOf(event.target);
    if (!wrapper || wrapper.contains(event.relatedTarget)) return;
    const stillThere = event.type === "mouseout" ? ":focus-within" : ":hover";
    if (!wrapper.matches(stillThere)) wrapper.classList.remove("glossary--dismissed");
  }

  function shown(event) {
    const wrapper = wrapperOf(event.target);
    if (wrapper && !wrapper.contains(event.relatedTarget)) place(wrapper);
  }

  document.addEventListener("mouseover", shown);
  document.addEventListener("focusin", shown);
  document.addEventListener("mouseout", reset);
  document.addEventListener("focusout", reset);
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const open = document.querySelectorAll(
      ".glossary:hover:not(.glossary--dismissed), .glossary:focus-within:not(.glossary--dismissed)"
    );
    open.forEach((wrapper) => wrapper.classList.add("glossary--dismissed"));
  });
})();
