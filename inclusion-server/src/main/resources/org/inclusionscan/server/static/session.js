// Team session comfort: the shared screen's count of places and the phones' card follow the session
// through server-sent events, or by polling the JSON state every 3 seconds where EventSource fails.
// When the card changes, is revealed or the session ends, the page loads again (the server renders the
// distribution only once it is revealed). A phone saves its place without a page load. On the shared
// screen, R reveals, N goes to the next card and B back. Without this script the pages still work: the
// forms post, and the "refresh" link shows the newest state. No inline script.
(function () {
  "use strict";
  var card = document.getElementById("card");
  if (!card) {
    return;
  }
  var shownCard = card.getAttribute("data-card");
  var shownPosition = card.getAttribute("data-position");
  var shownRevealed = card.getAttribute("data-revealed") === "true";
  var status = document.getElementById("live-status");
  var reveal = document.getElementById("reveal");
  var minimum = Number(card.getAttribute("data-minimum") || "3");
  var source = null;
  var polling = null;

  function stop() {
    if (source) {
      source.close();
    }
    if (polling) {
      window.clearInterval(polling);
    }
  }

  function apply(state) {
    if (state.card !== shownCard || String(state.position) !== shownPosition || Boolean(state.revealed) !== shownRevealed
        || state.ended) {
      stop();
      window.location.reload();
      return;
    }
    if (status && !state.revealed) {
      status.textContent = status.getAttribute("data-placed")
        .replace("{votes}", String(state.votes)).replace("{participants}", String(state.participants));
    }
    if (reveal) {
      reveal.disabled = state.revealed || state.votes < minimum;
    }
  }

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

  if (card.getAttribute("data-ended") !== "true") {
    if (window.EventSource) {
      source = new EventSource(card.getAttribute("data-events"));
      source.addEventListener("state", function (event) { apply(JSON.parse(event.data)); });
      source.onerror = function () {
        if (source.readyState === EventSource.CLOSED) {
          poll();
        }
      };
    } else if (window.fetch) {
      poll();
    }
  }

  // Shortcuts of the shared screen, outside form fields and without modifier keys.
  if (reveal) {
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.ctrlKey || event.metaKey || event.altKey || !target
          || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) || target.isContentEditable) {
        return;
      }
      var key = event.key ? event.key.toLowerCase() : "";
      var button = null;
      if (key === "r") {
        button = reveal;
      } else if (key === "n") {
        button = document.querySelector("#move-form button[value=next]");
      } else if (key === "b") {
        button = document.querySelector("#move-form button[value=back]");
      }
      if (button && !button.disabled) {
        event.preventDefault();
        button.form.requestSubmit ? button.form.requestSubmit(button) : button.click();
      }
    });
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
        if (response.status === 409) {
          // The card was revealed (or the session ended) meanwhile: show the newest state.
          window.location.reload();
          return;
        }
        saved.textContent = response.ok ? saved.getAttribute("data-saved") : saved.getAttribute("data-failed");
      }, function () {
        saved.textContent = saved.getAttribute("data-failed");
      });
    });
  }
})();
