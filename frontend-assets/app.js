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

  // Elements marked data-dedupe do not ask again for what they are asking or were last answered: leaving a search
  // box fires "change" after its "input" already asked the same, Enter submits what the typing asked, and that
  // second request would replace (and so throw away) whatever the user opened or picked in the meantime. A request
  // counts from the moment it is sent: one that ended without an answer (replaced through hx-sync by a newer request
  // or by a results link, failed, timed out) is forgotten, so asking the same again is sent. One held in htmx's
  // queue is judged when htmx sends it. The key lives in a WeakMap, not in an attribute: htmx sets up anew an element
  // whose attributes changed when it is processed again (htmx.process), and that forgets its request in flight.
  const asked = new WeakMap();

  function dedupes(elt) {
    return Boolean(elt && elt.hasAttribute && elt.hasAttribute('data-dedupe'));
  }

  function requestKey(elt, verb, path) {
    const form = elt.tagName === 'FORM' ? elt : elt.form;
    const params = form ? new URLSearchParams(new FormData(form)) : new URLSearchParams();
    if (!form && elt.name) {
      params.append(elt.name, elt.value);
    }
    return verb + ' ' + path + '?' + params.toString();
  }

  document.addEventListener('htmx:confirm', function (event) {
    const elt = event.detail.elt;
    const last = dedupes(elt) ? asked.get(elt) : null;
    if (last && last.key === requestKey(elt, event.detail.verb, event.detail.path)) {
      event.preventDefault();
    }
  });

  document.addEventListener('htmx:beforeSend', function (event) {
    const elt = event.detail.elt;
    if (dedupes(elt) && event.detail.requestConfig) {
      const config = event.detail.requestConfig;
      asked.set(elt, { key: requestKey(elt, config.verb, event.detail.pathInfo.requestPath), xhr: event.detail.xhr });
    }
  });

  ['htmx:sendAbort', 'htmx:sendError', 'htmx:timeout', 'htmx:responseError'].forEach(function (name) {
    document.addEventListener(name, function (event) {
      const elt = event.detail.elt;
      const last = dedupes(elt) ? asked.get(elt) : null;
      if (last && last.xhr === event.detail.xhr) {
        asked.delete(elt);
      }
    });
  });

  // A list of choices that refreshes while the user picks from it (data-keep-choice: the jobs list's customer
  // suggestions) keeps the pick. An answer is not swapped in while the pointer is pressed on the list (the press and
  // the release would land on different elements, and the click is lost), nor when a choice was made in the list
  // after its request was sent (the answer would show the list as it was before the pick: nothing chosen).
  const keepChoice = { pressed: null, pickedAt: new Map(), sentAt: new WeakMap() };
  document.addEventListener('pointerdown', function (event) {
    keepChoice.pressed = event.target.closest ? event.target.closest('[data-keep-choice]') : null;
  }, true);
  document.addEventListener('pointerup', function () {
    setTimeout(function () { keepChoice.pressed = null; }, 0);
  }, true);
  document.addEventListener('change', function (event) {
    const list = event.target.closest ? event.target.closest('[data-keep-choice]') : null;
    if (list && list.id) {
      keepChoice.pickedAt.set(list.id, performance.now());
    }
  }, true);
  document.addEventListener('htmx:beforeSend', function (event) {
    keepChoice.sentAt.set(event.detail.xhr, performance.now());
  });
  document.addEventListener('htmx:beforeSwap', function (event) {
    const target = event.detail.target;
    if (!target || !target.hasAttribute || !target.hasAttribute('data-keep-choice')) {
      return;
    }
    const pressedOnIt = keepChoice.pressed && target.contains(keepChoice.pressed);
    const pickedAfterAsking = (keepChoice.pickedAt.get(target.id) || -1) > (keepChoice.sentAt.get(event.detail.xhr) || 0);
    if (pressedOnIt || pickedAfterAsking) {
      event.detail.shouldSwap = false;
    }
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
