// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The language switch keeps the page's other parameters (a search, a filter).
document.addEventListener('click', function (event) {
  var link = event.target.closest('a[href^="?lang="]');
  if (!link) {
    return;
  }
  var url = new URL(window.location.href);
  url.searchParams.set('lang', new URLSearchParams(link.getAttribute('href')).get('lang'));
  link.setAttribute('href', url.pathname + url.search + url.hash);
});

// An upload larger than the server takes answers the 413 page, which htmx does not swap in:
// show what it says of the limit in the request's target instead, beside the field.
document.addEventListener('htmx:responseError', function (event) {
  var xhr = event.detail.xhr;
  var target = event.detail.target;
  if (!xhr || xhr.status !== 413 || !target) {
    return;
  }
  var page = new DOMParser().parseFromString(xhr.responseText || '', 'text/html');
  var says = page.getElementById('upload-limit') || page.querySelector('h1');
  var note = document.createElement('div');
  note.className = 'small text-danger upload-too-large';
  note.setAttribute('role', 'alert');
  note.textContent = says ? says.textContent.trim() : String(xhr.status);
  target.replaceChildren(note);
});

// A plain form sent with a file larger than the server takes would be answered by the 413
// page, losing everything typed into it: refuse such a file beside its field instead, on
// choosing it and again on sending, and send nothing until a smaller one is chosen.
function porticoFileFits(input) {
  var max = Number(input.dataset.maxBytes);
  var tooLarge = Array.prototype.some.call(input.files || [], function (file) {
    return file.size > max;
  });
  var noteId = input.id + '-too-large';
  var note = document.getElementById(noteId);
  if (tooLarge && !note) {
    note = document.createElement('div');
    note.id = noteId;
    note.className = 'small text-danger upload-too-large';
    note.setAttribute('role', 'alert');
    note.textContent = input.dataset.tooLarge;
    var holder = input.closest('.input-group') || input;
    holder.insertAdjacentElement('afterend', note);
  }
  if (note) {
    note.hidden = !tooLarge;
  }
  input.classList.toggle('is-invalid', tooLarge);
  input.setAttribute('aria-invalid', String(tooLarge));
  return !tooLarge;
}

document.addEventListener('change', function (event) {
  if (event.target.matches && event.target.matches('input[type=file][data-max-bytes]')) {
    porticoFileFits(event.target);
  }
});

document.addEventListener('submit', function (event) {
  var fields = event.target.querySelectorAll('input[type=file][data-max-bytes]');
  var refused = Array.prototype.filter.call(fields, function (input) {
    return !porticoFileFits(input);
  });
  if (refused.length > 0) {
    event.preventDefault();
    event.stopPropagation();
    refused[0].focus();
  }
}, true);
