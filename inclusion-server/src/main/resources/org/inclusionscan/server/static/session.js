// Team session comfort: the shared screen's live distribution and the phones' card follow the
// session through server-sent events, or by polling the JSON state every 3 seconds where
// EventSource fails. A phone saves its place without a page load. Without this script the pages
// still work: the forms post, and the "refresh" link shows the newest state. No inline script.
(function () {
  "use strict";
  var card = document.getElementById("card");
  if (!card) {
    return;
  }
  var shownCard = card.getAttribute("data-card");
  var shownPosition = card.getAttribute("data-position");
  var status = document.getElementById("live-status");

  function apply(state) {
    if (state.card !== shownCard || String(state.position) !== shownPosition || (state.ended && !document.getElementById("play-ended") && !document.getElementById("session-ended"))) {
      window.location.reload();
      return;
    }
    var counts = state.counts;
    document.querySelectorAll(".now-count").forEach(function (cell) {
      var value = Number(cell.getAttribute("data-value"));
      cell.textContent = counts ? String(counts[value - 1]) : "-";
    });
    document.querySelectorAll(".now-bar").forEach(function (bar) {
      var value = Number(bar.getAttribute("data-value"));
      bar.max = state.votes > 0 ? state.votes : 1;
      bar.value = counts ? counts[value - 1] : 0;
    });
    if (status) {
      status.textContent = status.getAttribute("data-text")
        .replace("{votes}", String(state.votes)).replace("{participants}", String(state.participants));
    }
  }

  var polling = null;
  function poll() {
    if (polling) {
      return;
    }
    polling = window.setInterval(function () {
      fetch(card.getAttribute("data-live"), { headers: { "Accept": "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (state) { if (state) { apply(state); } }, function () {});
    }, 3000);
  }

  if (window.EventSource) {
    var source = new EventSource(card.getAttribute("data-events"));
    source.addEventListener("state", function (event) { apply(JSON.parse(event.data)); });
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) {
        poll();
      }
    };
  } else if (window.fetch) {
    poll();
  }

  var form = document.querySelector("form.place-form");
  if (form && window.fetch && window.URLSearchParams) {
    var saved = document.getElementById("play-status");
    form.addEventListener("change", function (event) {
      var input = event.target;
      if (!input || input.name !== "place" || !input.checked) {
        return;
      }
      var body = new URLSearchParams(new FormData(form));
      fetch(form.getAttribute("action"), {
        method: "POST", headers: { "X-Requested-With": "fetch" }, body: body, credentials: "same-origin"
      }).then(function (response) {
        saved.textContent = response.ok ? saved.getAttribute("data-saved") : saved.getAttribute("data-failed");
      }, function () {
        saved.textContent = saved.getAttribute("data-failed");
      });
    });
  }
})();
