// The jobs list's inline cell editors and the one key from the search box to the results. The rest is htmx
// attributes. This stays JavaScript because htmx's trigger filters (keyup[key=='Enter']) are evaluated as code,
// which the Content-Security-Policy forbids (no 'unsafe-eval', htmx allowEval false), and because a select's
// arrow keys must be told apart from a deliberate choice.
(function () {
  'use strict';
  if (window.crewdeskJobsList) {
    return;
  }
  window.crewdeskJobsList = true;

  const BROWSING_KEYS = ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];

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

  function saveOrCancel(form) {
    if (changed(form)) {
      save(form);
    } else {
      cancel(form);
    }
  }

  // The CSRF header htmx's hx: attributes would add, read from the layout's meta tags.
  function csrfHeaders() {
    const name = document.querySelector('meta[name="_csrf_header"]');
    const token = document.querySelector('meta[name="_csrf"]');
    const headers = {};
    if (name && token) {
      headers[name.content] = token.content;
    }
    return headers;
  }

  // A request replaced by a newer one (hx-sync) rejects htmx's promise; htmx has already reported it.
  function request(verb, url, context) {
    htmx.ajax(verb, url, context).catch(function () {});
  }

  // A cell's column, from its table's header (the cells themselves carry no class): "status", "assignee"...
  function columnOf(cell) {
    const header = cell.closest('table').tHead;
    const th = header ? header.rows[0].cells[cell.cellIndex] : null;
    return th ? th.dataset.column : undefined;
  }

  // The cell at this position in a row drawn again (the columns stay the same).
  function cellAt(row, index) {
    return row ? row.cells[index] : null;
  }

  // One handler for the controls of every row (instead of htmx attributes repeated on each of them): a cell's
  // button fetches its control into the cell, Delete (after a confirmation) and Restore answer with the whole row.
  // The row's id is "job-<uuid>"; a cell's column is its header's data-column. Push-url and sync come from #job-rows.
  document.addEventListener('click', function (event) {
    const button = event.target.closest ? event.target.closest('.job-row button') : null;
    const row = button ? button.closest('tr.job-row') : null;
    if (!row || button.closest('form')) {
      return;
    }
    const base = '/jobs/' + row.id.substring('job-'.length);
    if (button.classList.contains('job-delete')) {
      const number = row.querySelector('th span').textContent;
      if (window.confirm('Delete ' + number + '? You can undo or restore it later.')) {
        request('DELETE', base + '?version=' + row.dataset.version,
          { source: button, target: row, swap: 'outerHTML', headers: csrfHeaders() });
      }
    } else if (button.classList.contains('job-restore')) {
      request('POST', base + '/row/restore', { source: button, target: row, swap: 'outerHTML', headers: csrfHeaders() });
    } else {
      const cell = button.closest('td');
      const name = columnOf(cell);
      if (name) {
        request('GET', base + '/cells/' + name, { source: button, target: cell, swap: 'innerHTML' });
      }
    }
  });

  document.addEventListener('keydown', function (event) {
    const form = editorOf(event.target);
    if (!form) {
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel(form);
    } else if (event.key === 'Enter') {
      // A date input does not submit its form on Enter by itself; in a select Enter confirms what the arrows chose.
      event.preventDefault();
      saveOrCancel(form);
    } else if (event.target.tagName === 'SELECT' && !event.altKey && BROWSING_KEYS.includes(event.key)) {
      // Arrow keys only move through the choices: the change they fire is not a decision yet.
      form.dataset.browsing = 'true';
    }
  });

  // Choosing in a select with the mouse saves at once (through save(): the control may have been swapped in a
  // moment ago); after the arrow keys, Enter or leaving the cell decides.
  document.addEventListener('change', function (event) {
    const form = editorOf(event.target);
    if (form && event.target.tagName === 'SELECT' && form.dataset.browsing !== 'true' && changed(form)) {
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
          || form.classList.contains('htmx-request') || form.dataset.moving === 'true') {
        return;
      }
      saveOrCancel(form);
    }, 0);
  });

  // A refresh of the results (a filter request, a refresh after Undo) keeps an editor that is open: the editor is
  // taken out before the swap and put back into the same cell of the same job, if that job is still listed.
  let kept = null;
  document.addEventListener('htmx:beforeSwap', function (event) {
    const target = event.detail.target;
    // An editor asked for just before the results were refreshed goes into the same cell of the new row.
    if (target && !document.body.contains(target) && target.tagName === 'TD' && target.parentElement) {
      const cell = cellAt(document.getElementById(target.parentElement.id), target.cellIndex);
      if (cell) {
        event.detail.target = cell;
      }
      return;
    }
    const form = target && target.id === 'results' ? target.querySelector('form.cell-form') : null;
    if (!form || !event.detail.shouldSwap) {
      return;
    }
    const cell = form.closest('td');
    const row = form.closest('tr');
    kept = { form: form, row: row.id, cell: cell.cellIndex, focused: form.contains(document.activeElement) };
    form.dataset.moving = 'true';
    form.remove();
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    if (!kept || !event.detail.target || event.detail.target.id !== 'results') {
      return;
    }
    const keep = kept;
    kept = null;
    const cell = cellAt(document.getElementById(keep.row), keep.cell);
    if (cell) {
      cell.replaceChildren(keep.form);
      const input = keep.form.querySelector('.cell-input');
      if (keep.focused && input) {
        input.focus();
      }
    }
    setTimeout(function () { delete keep.form.dataset.moving; }, 0);
  });
})();
