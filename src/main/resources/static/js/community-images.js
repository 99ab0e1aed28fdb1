// Puts the Markdown of a picture just uploaded into the text it belongs to, at the cursor.
document.addEventListener('htmx:afterSwap', function (event) {
  var stored = event.detail.target.querySelector('[data-markdown]');
  var input = document.querySelector('[data-markdown-into]');
  if (!stored || !input) {
    return;
  }
  var text = document.getElementById(input.getAttribute('data-markdown-into'));
  if (!text) {
    return;
  }
  var markdown = stored.getAttribute('data-markdown');
  var at = text.selectionStart || text.value.length;
  var before = text.value.substring(0, at);
  var gap = before === '' || before.endsWith('\n') ? '' : '\n';
  text.value = before + gap + markdown + '\n' + text.value.substring(at);
  input.value = '';
});
