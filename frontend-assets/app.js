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

  // A server event {"job-toast": {"message": "...", "undoUrl": "...", "row": "<element id>"}} (HX-Trigger) shows a
  // Bootstrap toast in #toasts; with undoUrl it offers an Undo button that POSTs there.
  document.addEventListener('job-toast', function (event) {
    const detail = event.detail || {};
    const container = document.getElementById('toasts');
    if (!container || !detail.message) {
      return;
    }
    const toast = document.createElement('div');
    toast.className = 'toast align-items-center';
    toast.setAttribute('role', 'status');
    const body = document.createElement('div');
    body.className = 'd-flex';
    const text = document.createElement('div');
    text.className = 'toast-body';
    text.textContent = detail.message;
    body.appendChild(text);
    if (detail.undoUrl) {
      const undo = document.createElement('button');
      undo.type = 'button';
      undo.className = 'btn btn-link btn-sm toast-undo me-2';
      undo.textContent = 'Undo';
      undo.addEventListener('click', function () {
        undo.disabled = true;
        const row = detail.row ? document.getElementById(detail.row) : null;
        const done = row ? htmx.ajax('POST', detail.undoUrl, { target: row, swap: 'outerHTML' })
          : htmx.ajax('POST', detail.undoUrl, { target: container, swap: 'none' }).then(function () {
            htmx.trigger(document.body, 'jobs-changed');
          });
        done.then(function () { bootstrap.Toast.getOrCreateInstance(toast).hide(); });
      });
      body.appendChild(undo);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn-close me-2 m-auto';
    close.setAttribute('data-bs-dismiss', 'toast');
    close.setAttribute('aria-label', 'Close');
    body.appendChild(close);
    toast.appendChild(body);
    container.appendChild(toast);
    toast.addEventListener('hidden.bs.toast', function () { toast.remove(); });
    bootstrap.Toast.getOrCreateInstance(toast, { delay: detail.undoUrl ? 8000 : 4000 }).show();
  });
})();
