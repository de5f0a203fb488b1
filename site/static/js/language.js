// Remember the language a reader picks in the switcher, so `/` takes them there next time.
// Set in the browser, not by the server, so cached pages never carry a Set-Cookie.
document.addEventListener("click", (event) => {
  const link = event.target.closest(".language-switcher a[data-language]");
  if (!link) return;
  const secure = location.protocol === "https:" ? "; Secure" : "";
  document.cookie =
    `academy_language=${link.dataset.language}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
});
