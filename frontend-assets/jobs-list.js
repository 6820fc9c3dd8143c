// Keyboard and focus behaviour of the jobs list's inline cell editors (the rest is htmx attributes).
(function () {
  'use strict';
  if (window.crewdeskJobsList) {
    return;
  }
  window.crewdeskJobsList = true;

  function editorOf(node) {
    return node && node.closest ? node.closest('form.cell-form') : null;
  }

  // Puts the row back as stored, without saving.
  function cancel(form) {
    const row = form.closest('tr');
    if (row) {
      htmx.ajax('GET', form.dataset.cancelUrl, { target: row, swap: 'outerHTML' });
    }
  }

  // Saves through htmx. A form swapped in a moment ago may not be processed yet, and a native submit would
  // navigate away (a GET of the current URL with the cell's fields), so process it first and never submit natively.
  function save(form) {
    htmx.process(form);
    htmx.trigger(form, 'submit');
  }

  function changed(form) {
    const input = form.querySelector('.cell-input');
    if (!input) {
      return false;
    }
    if (input.tagName === 'SELECT') {
      const initial = Array.prototype.find.call(input.options, function (o) { return o.defaultSelected; });
      return input.value !== (initial ? initial.value : '');
    }
    return input.value !== input.defaultValue;
  }

  document.addEventListener('keydown', function (event) {
    const form = editorOf(event.target);
    if (!form) {
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel(form);
    } else if (event.key === 'Enter') {
      // A date input does not submit its form on Enter by itself.
      event.preventDefault();
      if (changed(form)) {
        save(form);
      } else {
        cancel(form);
      }
    }
  });

  // Choosing in a select saves at once (through save(): the control may have been swapped in a moment ago).
  document.addEventListener('change', function (event) {
    const form = editorOf(event.target);
    if (form && event.target.tagName === 'SELECT' && changed(form)) {
      save(form);
    }
  });

  // Leaving a control saves what was changed and closes an unchanged one.
  document.addEventListener('focusout', function (event) {
    const form = editorOf(event.target);
    if (!form) {
      return;
    }
    setTimeout(function () {
      if (!document.body.contains(form) || form.contains(document.activeElement)
          || form.classList.contains('htmx-request')) {
        return;
      }
      if (changed(form)) {
        save(form);
      } else {
        cancel(form);
      }
    }, 0);
  });
})();
