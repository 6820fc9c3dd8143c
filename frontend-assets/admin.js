// Administration pages: a "Copy" button copies the value of the input named in data-copy-target (a new API key's
// secret, a temporary password) to the clipboard and says so. Loaded with "defer", never inline (CSP).
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    const button = event.target.closest('.copy-button');
    if (!button) {
      return;
    }
    const input = document.getElementById(button.dataset.copyTarget);
    if (!input) {
      return;
    }
    input.select();
    const done = function () {
      button.textContent = 'Copied';
      button.setAttribute('aria-live', 'polite');
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () {
        document.execCommand('copy');
        done();
      });
    } else {
      document.execCommand('copy');
      done();
    }
  });
})();
