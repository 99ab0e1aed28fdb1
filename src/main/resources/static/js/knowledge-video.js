// Videos hosted elsewhere load only when the reader asks: until then no request leaves the page.
document.addEventListener('click', function (event) {
  var button = event.target.closest('.video-embed .video-play');
  if (!button) {
    return;
  }
  var box = button.parentElement;
  var id = encodeURIComponent(box.getAttribute('data-video-id'));
  var src = box.getAttribute('data-video-provider') === 'vimeo'
    ? 'https://player.vimeo.com/video/' + id + '?autoplay=1'
    : 'https://www.youtube-nocookie.com/embed/' + id + '?autoplay=1';
  var frame = document.createElement('iframe');
  frame.src = src;
  frame.title = button.textContent;
  frame.allow = 'autoplay; fullscreen; picture-in-picture';
  frame.setAttribute('allowfullscreen', '');
  frame.className = 'video-frame';
  box.replaceChildren(frame);
});

document.addEventListener('DOMContentLoaded', function () {
  var article = document.querySelector('[data-video-notice]');
  if (!article) {
    return;
  }
  article.querySelectorAll('.video-embed').forEach(function (box) {
    var note = document.createElement('p');
    note.className = 'small text-muted mb-0';
    note.textContent = article.getAttribute('data-video-notice');
    box.appendChild(note);
  });
});
