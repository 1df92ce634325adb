// Small progressive enhancements of the server-rendered pages, loaded by the layout on every page.
// No page has inline script or event-handler attributes: the Content-Security-Policy allows scripts
// from this application's files only. Every page also works without this file.
(function () {
  'use strict';

  // Print buttons (receipt, cash-up report, statement).
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });

  // The payment form: the reference field only for the methods that take one.
  var group = document.getElementById('reference-group');
  var method = document.getElementById('method');
  if (group && method) {
    var takes = group.getAttribute('data-takes').split(',');
    var needs = group.getAttribute('data-needs').split(',');
    var input = document.getElementById('reference');
    var show = function () {
      // A hidden field is also disabled, so that it sends nothing.
      group.hidden = takes.indexOf(method.value) < 0;
      input.disabled = group.hidden;
      input.required = needs.indexOf(method.value) >= 0;
    };
    method.addEventListener('change', show);
    show();
  }

  // Buttons marked "once" send their form once (the server also records one payment per form,
  // whatever happens); coming back to the page with the browser's back button enables them again.
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function () {
      form.querySelectorAll('button.once').forEach(function (button) {
        setTimeout(function () { button.disabled = true; }, 0);
      });
    });
  });
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('button.once').forEach(function (button) { button.disabled = false; });
  });
})();
