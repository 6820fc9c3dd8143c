// Selecting jobs in the list for a batch edit. The selection lives in sessionStorage, so it stays while the user
// pages, filters or reloads; "all matching" stands for every job of the filter it was chosen on. The server
// resolves the selection again in the user's own company, so nothing here is trusted. Loaded with "defer" (CSP).
(function () {
  'use strict';
  if (window.crewdeskJobsBatch) {
    return;
  }
  window.crewdeskJobsBatch = true;

  const KEY = 'crewdesk.jobs.selection';
  let lastClicked = null;   // the id of the last box clicked, where a shift-click range starts
  let highlight = [];       // ids to flash once the list has refreshed after a batch

  // A row's box does not repeat the job's uuid: the row's id is "job-<uuid>".
  function jobOf(box) {
    return box.closest('tr').id.substring('job-'.length);
  }

  function load() {
    try {
      const stored = JSON.parse(sessionStorage.getItem(KEY));
      if (stored && Array.isArray(stored.ids)) {
        return stored;
      }
    } catch (ignored) {
      // A damaged entry is a fresh start.
    }
    return { ids: [], all: null };
  }

  function store(selection) {
    sessionStorage.setItem(KEY, JSON.stringify(selection));
  }

  function clear() {
    sessionStorage.removeItem(KEY);
  }

  // The batch has been handed to the server (its progress page is open): the selection is done with.
  if (document.getElementById('batch-progress')) {
    clear();
    return;
  }

  function results() {
    return document.getElementById('results');
  }

  // The filter part of a list query: sort, direction, page and page size do not change which jobs match.
  function filterKey(query) {
    const params = new URLSearchParams(query || '');
    ['sort', 'dir', 'page', 'size'].forEach(function (name) { params.delete(name); });
    params.sort();
    return params.toString();
  }

  function boxes() {
    return Array.from(document.querySelectorAll('#job-rows .row-select'));
  }

  function plural(count) {
    return count === 1 ? ' job' : ' jobs';
  }

  function hidden(name, value) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    return input;
  }

  // Brings the boxes, the bar and the batch form's hidden fields in line with the stored selection.
  function render() {
    const bar = document.getElementById('selection-bar');
    const list = results();
    if (!bar || !list) {
      return;
    }
    const selection = load();
    if (selection.all && selection.all.filter !== filterKey(list.dataset.filter)) {
      selection.all = null;   // "all matching" belonged to another filter
      store(selection);
    }
    const chosen = new Set(selection.ids);
    const pageBoxes = boxes();
    pageBoxes.forEach(function (box) {
      const deleted = box.closest('tr').classList.contains('job-deleted');
      box.disabled = deleted || selection.all !== null;
      box.checked = !deleted && (selection.all !== null || chosen.has(jobOf(box)));
    });
    const pageHead = document.getElementById('select-page');
    if (pageHead) {
      const usable = pageBoxes.filter(function (box) { return !box.closest('tr').classList.contains('job-deleted'); });
      const ticked = usable.filter(function (box) { return box.checked; }).length;
      pageHead.disabled = selection.all !== null || usable.length === 0;
      pageHead.checked = usable.length > 0 && ticked === usable.length;
      pageHead.indeterminate = ticked > 0 && ticked < usable.length;
    }

    const count = document.getElementById('selection-count');
    const allMatching = document.getElementById('select-all-matching');
    const fields = document.getElementById('batch-open-fields');
    fields.replaceChildren();
    if (selection.all) {
      count.textContent = 'All ' + selection.all.display + ' matching' + plural(2) + ' selected';
      allMatching.hidden = true;
      fields.appendChild(hidden('all', 'true'));
      fields.appendChild(hidden('filter', selection.all.query));
    } else {
      count.textContent = selection.ids.length.toLocaleString('en-US') + plural(selection.ids.length) + ' selected';
      const total = Number(list.dataset.total || 0);
      // A total that is a lower bound ("600+") may hide more jobs than are ticked.
      allMatching.hidden = list.dataset.totalExact === 'true' && total <= selection.ids.length;
      allMatching.textContent = 'Select all ' + list.dataset.totalDisplay + ' matching this filter';
      selection.ids.forEach(function (id) { fields.appendChild(hidden('ids', id)); });
    }
    bar.hidden = !selection.all && selection.ids.length === 0;
  }

  function setTicked(ids, ticked) {
    const selection = load();
    const chosen = new Set(selection.ids);
    ids.forEach(function (id) {
      if (ticked) {
        chosen.add(id);
      } else {
        chosen.delete(id);
      }
    });
    selection.ids = Array.from(chosen);
    store(selection);
  }

  function closePanel() {
    const panel = document.getElementById('batch-panel');
    if (panel) {
      const empty = document.createElement('section');
      empty.id = 'batch-panel';
      empty.hidden = true;
      panel.replaceWith(empty);
    }
  }

  document.addEventListener('click', function (event) {
    const target = event.target;
    if (target.classList && target.classList.contains('row-select')) {
      const pageBoxes = boxes();
      const from = pageBoxes.findIndex(function (box) { return jobOf(box) === lastClicked; });
      const to = pageBoxes.indexOf(target);
      if (event.shiftKey && from >= 0 && to >= 0) {
        // Shift-click ticks (or unticks) the whole range up to the last box clicked.
        const range = pageBoxes.slice(Math.min(from, to), Math.max(from, to) + 1)
          .filter(function (box) { return !box.disabled; });
        setTicked(range.map(jobOf), target.checked);
      } else {
        setTicked([jobOf(target)], target.checked);
      }
      lastClicked = jobOf(target);
      render();
    } else if (target.id === 'select-page') {
      const usable = boxes().filter(function (box) { return !box.disabled; });
      setTicked(usable.map(jobOf), target.checked);
      render();
    } else if (target.id === 'select-all-matching') {
      const list = results();
      const selection = load();
      selection.all = { filter: filterKey(list.dataset.filter), query: list.dataset.filter,
        display: list.dataset.totalDisplay };
      store(selection);
      render();
    } else if (target.id === 'selection-clear') {
      clear();
      closePanel();
      render();
    } else if (target.closest && target.closest('[data-batch-close]')) {
      closePanel();
      document.getElementById('batch-edit').focus();
    }
  });

  // The technician list of the panel narrows as the user types a name.
  document.addEventListener('input', function (event) {
    if (event.target.id !== 'batch-assign-filter') {
      return;
    }
    const text = event.target.value.trim().toLowerCase();
    const select = document.getElementById('batch-assign');
    Array.from(select.options).forEach(function (option) {
      option.hidden = option.value !== '' && text !== '' && option.textContent.toLowerCase().indexOf(text) < 0;
    });
    const first = Array.from(select.options).find(function (option) { return option.value !== '' && !option.hidden; });
    const current = select.selectedOptions[0];
    if (text !== '' && first && (!current || current.value === '' || current.hidden)) {
      select.value = first.value;
    }
  });

  // A batch applied within the request (its toast came with the answer): refresh the table and flash the rows
  // that changed.
  document.addEventListener('jobs-batch-applied', function (event) {
    const detail = event.detail || {};
    clear();
    highlight = detail.ids || [];
    htmx.trigger(document.body, 'jobs-changed');
  });

  document.addEventListener('htmx:afterSettle', function (event) {
    const target = event.detail.target;
    if (target && target.id === 'batch-panel') {
      const title = document.getElementById('batch-title');
      if (title) {
        title.focus();
      }
    }
    if (highlight.length > 0 && target && target.id === 'results') {
      highlight.forEach(function (id) {
        const row = document.getElementById('job-' + id);
        if (row) {
          row.classList.add('row-flash');
        }
      });
      highlight = [];
    }
    render();
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', render);
  } else {
    render();
  }
})();
