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
