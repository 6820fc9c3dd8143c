// The dispatch board (board/board.html): dragging with the native drag-and-drop API, and focus after htmx swaps.
// A drop fills the hidden #board-drop form and submits it through htmx, so a move is the same post as the card
// menu's. Nothing moves in the page until the server answers: a refused move leaves the card where it was.
(function () {
  'use strict';
  var QUARTER_PX = 16;
  var dragging = null;

  function scrollToMorning() {
    var scroller = document.getElementById('board-scroll');
    if (scroller && scroller.dataset.week !== 'true' && !scroller.dataset.scrolled) {
      scroller.scrollLeft = 7 * 4 * QUARTER_PX;
      scroller.dataset.scrolled = 'true';
    }
  }

  function time(quarter) {
    quarter = Math.max(0, Math.min(95, quarter));
    var h = Math.floor(quarter / 4), m = (quarter % 4) * 15;
    return (h < 10 ? '0' : '') + h + ':' + (m === 0 ? '00' : m);
  }

  function submitMove(values) {
    var form = document.getElementById('board-drop');
    if (!form || !window.htmx) { return; }
    ['job', 'version', 'action', 'assignee', 'date', 'start', 'end', 'from'].forEach(function (name) {
      form.elements[name].value = values[name] || '';
    });
    window.htmx.trigger(form, 'submit');
  }

  document.addEventListener('dragstart', function (event) {
    var handle = event.target.closest && event.target.closest('.card-resize');
    var card = event.target.closest && event.target.closest('.board-card[draggable=true]');
    if (!card) { return; }
    dragging = { job: card.dataset.job, version: card.dataset.version, assignee: card.dataset.assignee || '',
                 resize: !!handle };
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.dataset.job);
  });

  document.addEventListener('dragend', function () {
    dragging = null;
    document.querySelectorAll('.drop-over').forEach(function (el) { el.classList.remove('drop-over'); });
  });

  document.addEventListener('dragover', function (event) {
    var zone = dragging && event.target.closest && event.target.closest('.board-drop');
    if (!zone) { return; }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    zone.classList.add('drop-over');
  });

  document.addEventListener('dragleave', function (event) {
    var zone = event.target.closest && event.target.closest('.board-drop');
    if (zone && !zone.contains(event.relatedTarget)) { zone.classList.remove('drop-over'); }
  });

  document.addEventListener('drop', function (event) {
    var zone = dragging && event.target.closest && event.target.closest('.board-drop');
    if (!zone) { return; }
    event.preventDefault();
    zone.classList.remove('drop-over');
    var move = { job: dragging.job, version: dragging.version, from: dragging.assignee };
    var kind = zone.dataset.drop;
    if (kind === 'timeline') {
      var quarter = Math.floor((event.clientX - zone.getBoundingClientRect().left) / QUARTER_PX);
      if (dragging.resize) {
        if (zone.dataset.assignee !== dragging.assignee) { dragging = null; return; }
        move.action = 'resize'; move.end = time(quarter + 1);
      } else {
        move.action = 'assign'; move.assignee = zone.dataset.assignee; move.date = zone.dataset.date;
        move.start = time(quarter);
      }
    } else if (dragging.resize) {
      dragging = null; return;
    } else if (kind === 'anytime') {
      move.action = 'move'; move.assignee = zone.dataset.assignee; move.date = zone.dataset.date;
    } else if (kind === 'day') {
      move.action = 'assign'; move.assignee = zone.dataset.assignee; move.date = zone.dataset.date;
    } else if (kind === 'tray') {
      if (!dragging.assignee) { dragging = null; return; }
      move.action = 'unassign';
    }
    dragging = null;
    submitMove(move);
  });

  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('#board-menu-close')) {
      var menu = document.getElementById('board-menu');
      var title = menu.querySelector('[name=job]');
      var job = title && title.value;
      menu.innerHTML = '';
      var button = job && document.querySelector('#card-' + job + ' .card-menu');
      if (button) { button.focus(); }
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && event.target.closest && event.target.closest('#board-menu')) {
      document.getElementById('board-menu-close').click();
    }
  });

  // After the menu opens, its first field has the focus; after a move the moved card's menu button has it (the
  // menu it was made from is gone), so the keyboard carries on where the card is now.
  var openingMenu = false;
  document.addEventListener('htmx:beforeRequest', function (event) {
    if (event.detail.elt && event.detail.elt.classList && event.detail.elt.classList.contains('card-menu')) {
      openingMenu = true;
    }
  });

  function placeFocus() {
    var first = document.getElementById('menu-assignee');
    if (openingMenu && first) {
      openingMenu = false;
      first.focus();
      return;
    }
    var active = document.activeElement;
    if (!active || active === document.body || !document.body.contains(active)) {
      var flashed = document.querySelector('.card-flash .card-menu');
      if (flashed) { flashed.focus(); }
    }
  }

  ['htmx:afterSettle', 'htmx:oobAfterSwap', 'htmx:afterRequest'].forEach(function (name) {
    document.addEventListener(name, function () { window.setTimeout(placeFocus, 0); });
  });

  document.addEventListener('DOMContentLoaded', scrollToMorning);
  if (document.readyState !== 'loading') { scrollToMorning(); }
}());
