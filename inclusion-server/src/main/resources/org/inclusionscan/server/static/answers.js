// Saves each answer the moment it is given, without a page load. Without this script the form
// still works: every page's buttons post the answers. No inline script: the page's CSP forbids it.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var status = form.querySelector(".save-status");
  var csrf = form.querySelector("input[name=_csrf]").value;
  function show(text) {
    if (status) {
      status.textContent = text;
    }
  }
  form.addEventListener("change", function (event) {
    var input = event.target;
    if (!input || input.type !== "radio" || !input.checked) {
      return;
    }
    var body = new URLSearchParams();
    body.append("_csrf", csrf);
    body.append(input.name, input.value);
    fetch(form.getAttribute("data-autosave"), {
      method: "POST",
      headers: { "Accept": "application/json" },
      body: body,
      credentials: "same-origin"
    }).then(function (response) {
      if (response.status === 409 || response.status === 410) {
        // Handed in (maybe from another tab) or closed: the page itself says so, and nothing was saved.
        window.location.reload();
        return;
      }
      show(response.ok ? status.getAttribute("data-saved") : status.getAttribute("data-failed"));
    }, function () {
      show(status.getAttribute("data-failed"));
    });
  });
})();
