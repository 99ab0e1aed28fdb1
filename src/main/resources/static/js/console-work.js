// Ends the agent's work session on this case when they leave the page.
(function () {
  'use strict';
  var work = document.getElementById('work-session');
  var token = document.querySelector('meta[name="_csrf"]');
  if (!work || !navigator.sendBeacon) {
    return;
  }
  window.addEventListener('pagehide', function () {
    var data = new FormData();
    data.append('session', work.dataset.session);
    if (token) {
      data.append('_csrf', token.content);
    }
    navigator.sendBeacon(work.dataset.endUrl, data);
  });
})();
