/* A chat in the console: live messages over STOMP, catch-up after a drop, typing and read marks,
   sending through the agent API, inserting an article link into the reply. */
(function () {
  'use strict';
  var log = document.getElementById('chat-log');
  if (!log || !window.PorticoStomp) { return; }
  var chatId = log.dataset.chat;
  var last = Number(log.dataset.last || 0);
  var api = '/api/v1/chat/agent/chats/' + chatId;
  var typing = document.getElementById('chat-typing');
  var error = document.getElementById('chat-error');
  var input = document.getElementById('chat-input');

  function request(method, path, body) {
    return fetch(api + path, {method: method, credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'}, body: body ? JSON.stringify(body) : undefined})
      .then(function (r) {
        if (r.status === 403 || r.status === 404) {
          error.textContent = log.dataset.lost;
          throw r;
        }
        return r.text().then(function (t) {
          var data = t ? JSON.parse(t) : {};
          if (!r.ok) { error.textContent = data.detail || ''; throw data; }
          return data;
        });
      });
  }

  function show(line) {
    if (line.seq <= last) { return; }
    last = line.seq;
    var box = document.createElement('div');
    box.className = 'chat-line mb-2 chat-' + line.author;
    box.dataset.seq = line.seq;
    var who = document.createElement('div');
    who.className = 'small text-muted';
    who.textContent = line.authorName || line.author;
    var body = document.createElement('div');
    body.className = 'chat-body';
    body.style.whiteSpace = 'pre-wrap';
    if (line.file) {
      var file = document.createElement('a');
      file.className = 'chat-file';
      file.href = api + '/files/' + line.file.id;
      file.setAttribute('download', '');
      file.textContent = line.file.fileName;
      body.appendChild(file);
    } else {
      window.PorticoLinkify(body, line.body);
    }
    box.appendChild(who);
    box.appendChild(body);
    log.appendChild(box);
    log.scrollTop = log.scrollHeight;
    if (line.author === 'CUSTOMER' && stomp) {
      stomp.send('/app/chat/' + chatId + '/read', {seq: line.seq});
    }
  }

  function catchUp() {
    request('GET', '/messages?after=' + last).then(function (lines) { lines.forEach(show); });
  }

  var stomp = new window.PorticoStomp(location.origin.replace(/^http/, 'ws') + '/ws/chat', {}, {
    up: function () { error.textContent = ''; catchUp(); }
  });
  stomp.subscribe('/topic/chat.' + chatId, function (frame) {
    if (frame.type === 'message') {
      if (frame.message.seq > last + 1) { catchUp(); } else { show(frame.message); }
    } else if (frame.type === 'typing' && frame.who === 'CUSTOMER') {
      typing.textContent = log.dataset.typing;
      clearTimeout(typing.timer);
      typing.timer = setTimeout(function () { typing.textContent = ''; }, 3000);
    } else if (frame.type === 'read' && frame.who === 'CUSTOMER') {
      typing.textContent = log.dataset.read + ' #' + frame.seq;
    } else if (frame.type === 'status') {
      var state = document.getElementById('chat-state');
      state.textContent = state.dataset[String(frame.status).toLowerCase()] || frame.status;
    }
  });

  setInterval(catchUp, 15000);

  var form = document.getElementById('chat-compose');
  if (form) {
    var lastTyping = 0;
    input.addEventListener('input', function () {
      if (Date.now() - lastTyping > 2000) {
        lastTyping = Date.now();
        stomp.send('/app/chat/' + chatId + '/typing', {});
      }
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!input.value.trim()) { return; }
      var ref = 'a' + Date.now() + Math.random().toString(16).slice(2, 8);
      request('POST', '/messages', {text: input.value, clientRef: ref}).then(function (line) {
        input.value = '';
        error.textContent = '';
        show(line);
      });
    });
  }

  var fileInput = document.getElementById('chat-file');
  if (fileInput) {
    fileInput.addEventListener('change', function () {
      if (!fileInput.files.length) { return; }
      var data = new FormData();
      data.append('file', fileInput.files[0]);
      data.append('clientRef', 'f' + Date.now() + Math.random().toString(16).slice(2, 8));
      fetch(api + '/files', {method: 'POST', credentials: 'same-origin', body: data,
        headers: {'X-Requested-With': 'fetch'}}).then(function (r) {
        return r.json().then(function (answer) {
          if (!r.ok) { error.textContent = answer.detail || ''; return; }
          error.textContent = '';
          fileInput.value = '';
          show(answer);
        });
      });
    });
  }

  document.addEventListener('click', function (event) {
    var insert = event.target.closest('.article-insert');
    if (insert && input) {
      input.value = (input.value ? input.value + '\n' : '') + insert.dataset.link;
      input.focus();
    }
  });
})();
