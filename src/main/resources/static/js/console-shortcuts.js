// Keyboard shortcuts of the service console; "?" lists them. Ignored while typing.
(function () {
  'use strict';

  function typing(target) {
    return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
  }

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll('#queue-list .queue-item'));
  }

  var selected = null;

  function select(step) {
    var list = items();
    if (list.length === 0) {
      return;
    }
    var index = list.findIndex(function (item) { return item.dataset.number === selected; });
    index = index < 0 ? (step > 0 ? 0 : list.length - 1)
      : Math.min(list.length - 1, Math.max(0, index + step));
    show(list[index]);
  }

  function show(item) {
    items().forEach(function (other) { other.classList.remove('active'); });
    item.classList.add('active');
    item.setAttribute('aria-current', 'true');
    item.scrollIntoView({ block: 'nearest' });
    selected = item.dataset.number;
  }

  function open() {
    var item = items().find(function (i) { return i.dataset.number === selected; });
    if (item) {
      window.location.href = item.href;
    }
  }

  function compose(internal) {
    var radio = document.getElementById(internal ? 'vis-internal' : 'vis-public');
    var body = document.getElementById('body');
    if (radio && body) {
      radio.checked = true;
      body.focus();
    }
  }

  function solve() {
    var button = document.getElementById('solve');
    var help = document.getElementById('shortcuts-help');
    if (button && window.confirm(help ? help.dataset.confirmSolve : '')) {
      button.click();
    }
  }

  function click(id) {
    var element = document.getElementById(id);
    if (element) {
      element.click();
    }
  }

  function help() {
    var modal = document.getElementById('shortcuts-help');
    if (modal && window.bootstrap) {
      window.bootstrap.Modal.getOrCreateInstance(modal).show();
    }
  }

  var actions = {
    'j': function () { select(1); },
    'k': function () { select(-1); },
    'Enter': open,
    'r': function () { compose(false); },
    'n': function () { compose(true); },
    's': solve,
    'a': function () { click('assign-me'); },
    '?': help
  };

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    if (event.key === 'Enter' && event.target.closest('a, button')) {
      return;
    }
    var action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  // The queue refreshes itself; keep the selected case highlighted.
  document.addEventListener('htmx:afterSwap', function () {
    var item = items().find(function (i) { return i.dataset.number === selected; });
    if (item) {
      show(item);
    }
  });
})();
