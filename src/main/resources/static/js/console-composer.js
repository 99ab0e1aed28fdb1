// Reply composer: a chosen macro fills the reply; "insert link" appends an article's link.
(function () {
  function reply() {
    return document.getElementById('body');
  }

  document.addEventListener('change', function (event) {
    var select = event.target;
    if (select.id !== 'macro' || !select.value) {
      return;
    }
    var option = select.options[select.selectedIndex];
    reply().value = option.getAttribute('data-text');
    reply().focus();
    select.value = '';
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest('.insert-article');
    if (!button) {
      return;
    }
    var area = reply();
    var text = button.getAttribute('data-insert');
    area.value = area.value.trim() ? area.value.replace(/\s+$/, '') + '\n\n' + text : text;
    area.focus();
  });
})();
