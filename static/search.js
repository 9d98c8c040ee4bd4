// Start Pagefind's interface on the search page, in Arabic, and run the query
// given in ?q= (the header search form of every page sends it here).
(function () {
  "use strict";
  if (location.protocol === "file:") {
    var notice = document.getElementById("search-file-notice");
    if (notice) { notice.hidden = false; }
  }
  if (typeof PagefindUI === "undefined") { return; }
  var ui = new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: "ابحث في الأرشيف" }
  });
  var query = new URLSearchParams(location.search).get("q");
  if (query) { ui.triggerSearch(query); }
})();
