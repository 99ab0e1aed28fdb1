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
