// Dark mode follows the system unless the reader picked a theme; the choice is remembered.
(function () {
  var key = "report-site-theme";
  var saved = null;
  try { saved = localStorage.getItem(key); } catch (e) {}
  if (saved) document.documentElement.setAttribute("data-theme", saved);
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var dark = document.documentElement.getAttribute("data-theme") === "dark" ||
        (!document.documentElement.getAttribute("data-theme") && matchMedia("(prefers-color-scheme: dark)").matches);
      var next = dark ? "light" : "dark";
      document.documentElement.setAttribute("data-theme", next);
      try { localStorage.setItem(key, next); } catch (e) {}
      document.querySelectorAll("picture source[media]").forEach(function (s) {
        s.media = next === "dark" ? "all" : "not all";
      });
    });
    if (saved) document.querySelectorAll("picture source[media]").forEach(function (s) {
      s.media = saved === "dark" ? "all" : "not all";
    });
  });
})();
