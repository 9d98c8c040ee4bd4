// Start Pagefind's interface on the search page, in Arabic, and run the query
// given in ?q= (the header search form of every page sends it here).
(function () {
  "use strict";
  if (location.protocol === "file:") {
    var notice = document.getElementById("search-file-notice");
    if (notice) { notice.hidden = false; }
  }
  // Pagefind's Arabic stemmer keeps "و"/"ف" (and, so) before the article "ال":
  // "والأسد" would not find "الأسد". Drop them, and diacritics and tatweel, from the query.
  function normalizeQuery(term) {
    return term
      .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u0640]/g, "")
      .replace(/(^|\s)[\u0648\u0641](?=\u0627\u0644)/g, "$1");
  }
  window.warraqNormalizeQuery = normalizeQuery;
  if (typeof PagefindUI === "undefined") { return; }
  var ui = new PagefindUI({
    processTerm: normalizeQuery,
    element: "#search",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: "ابحث في الأرشيف" }
  });
  // Pagefind names its input only with a title attribute: give it a real label.
  var input = document.querySelector("#search .pagefind-ui__search-input");
  if (input) { input.setAttribute("aria-label", "ابحث في الأرشيف"); }
  var query = new URLSearchParams(location.search).get("q");
  if (query) { ui.triggerSearch(query); }
})();
