/* A lesson is read when the learner reaches its end. Once the page has been scrolled, the end-of-lesson
   form ([data-read-on-view]) is watched; when it comes into view it is sent, with its CSRF token, as the
   button would send it. Without JavaScript (or IntersectionObserver) the button does the same. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-read-on-view]");
  if (!form || !("IntersectionObserver" in window) || !window.fetch) return;
  var done = document.querySelector("[data-read-done]");
  var sent = false;

  function send() {
    if (sent) return;
    sent = true;
    fetch(form.action, {
      method: "POST", body: new FormData(form), credentials: "same-origin",
      headers: {"Accept": "application/json"}
    }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      form.hidden = true;
      if (done) done.hidden = false;
    }).catch(function () {
      sent = false;  // the button is still there; the next time the end comes into view, try again
    });
  }

  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) { if (entry.isIntersecting) send(); });
  });
  // Opening a lesson whose end happens to be on screen is not reading it: watch only once it is scrolled.
  window.addEventListener("scroll", function () { observer.observe(form); }, {once: true, passive: true});
})();
