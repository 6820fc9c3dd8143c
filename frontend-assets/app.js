// The little JavaScript the portal needs next to htmx. Loaded with "defer", never inline (CSP).
(function () {
  'use strict';

  function csrf() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // Every htmx request carries the CSRF token, whatever element or verb triggered it.
  document.addEventListener('htmx:configRequest', function (event) {
    const token = csrf();
    if (token) {
      event.detail.headers[token.header] = token.token;
    }
  });

  // Swap 4xx responses too, so validation messages rendered by the server appear where they belong.
  document.addEventListener('htmx:beforeSwap', function (event) {
    const status = event.detail.xhr.status;
    if (status === 400 || status === 409 || status === 412 || status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
