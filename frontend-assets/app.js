// The little JavaScript every page needs next to htmx. Loaded with "defer", never inline (CSP).
// CSRF comes from the hx: attributes (hx:post, hx:patch, hx:delete add the token as hx-headers), 4xx answers are
// swapped by htmx's responseHandling (see the htmx-config meta) and toasts are rendered by the server.
(function () {
  'use strict';

  // A toast the server sent (with the page or out of band with an htmx answer) shows itself, hides after its
  // data-delay and leaves the page once hidden. The flash toast of a page load has no delay: it stays.
  htmx.onLoad(function (root) {
    const toasts = root.matches && root.matches('.toast[data-delay]') ? [root]
      : Array.from(root.querySelectorAll ? root.querySelectorAll('.toast[data-delay]') : []);
    toasts.forEach(function (toast) {
      toast.addEventListener('hidden.bs.toast', function () {
        if (!toast.querySelector('.htmx-request')) {
          toast.remove();
        }
      });
      bootstrap.Toast.getOrCreateInstance(toast, { delay: Number(toast.dataset.delay) }).show();
    });
  });

  // Elements marked data-dedupe do not ask again for what they asked last: leaving a search box fires "change"
  // after its "input" already fetched the same answer, and that second request would replace (and so throw away)
  // whatever the user opened or picked in the meantime. Checked before hx-sync cancels the request in flight.
  document.addEventListener('htmx:confirm', function (event) {
    const elt = event.detail.elt;
    if (!elt || !elt.hasAttribute || !elt.hasAttribute('data-dedupe')) {
      return;
    }
    const form = elt.tagName === 'FORM' ? elt : elt.form;
    const params = form ? new URLSearchParams(new FormData(form)) : new URLSearchParams();
    if (!form && elt.name) {
      params.append(elt.name, elt.value);
    }
    const key = event.detail.verb + ' ' + event.detail.path + '?' + params.toString();
    if (elt.dataset.lastRequest === key) {
      event.preventDefault();
      return;
    }
    elt.dataset.lastRequest = key;
  });

  // One key from a list's search box to its first result: Arrow down focuses what the box's data-first-result
  // selects (the jobs list's first job number, the customers list's first name).
  document.addEventListener('keydown', function (event) {
    const selector = event.key === 'ArrowDown' && event.target.dataset ? event.target.dataset.firstResult : null;
    const first = selector ? document.querySelector(selector) : null;
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
})();
