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

  // The attempt form: a form sent back with a message goes to the first one (on a phone it is
  // below the case); a channel that counts for nothing (SMS, letters) sets no outcome.
  var attemptForm = document.getElementById('attempt-form');
  if (attemptForm) {
    var error = attemptForm.querySelector('[id$="-error"]');
    if (error) {
      var field = error.parentElement.querySelector('input:not([type=hidden]), select');
      error.scrollIntoView({block: 'center', behavior: 'instant'});
      if (field) {
        field.focus({preventScroll: true});
      }
    }
    var channel = document.getElementById('channel');
    var counting = (attemptForm.getAttribute('data-counting') || '').split(',');
    var outcomes = attemptForm.querySelectorAll('input.outcome');
    var follow = function () {
      var none = counting.indexOf(channel.value) < 0;
      outcomes.forEach(function (radio) {
        if (none) {
          radio.checked = false;
        }
        radio.disabled = none;
      });
    };
    if (channel && outcomes.length) {
      channel.addEventListener('change', follow);
      follow();
    }
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
