/*
 * Portico chat widget. One script tag puts a chat button on any page:
 *   <script src="https://support.example.com/widget.js" data-site="help" defer></script>
 * The page's origin must be allowed for the site (portico.chat.allowed-origins.<site>).
 * With data-library the script only defines window.PorticoStomp (used by the console).
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var base = new URL(script.src, location.href).origin;
  var site = script.getAttribute('data-site') || 'help';
  var sameOrigin = base === location.origin;

  /* A small STOMP 1.2 client over a WebSocket; reconnects after a drop and says so. */
  function Stomp(url, headers, handlers) {
    this.url = url;
    this.headers = headers || {};
    this.handlers = handlers;
    this.subscriptions = {};
    this.delay = 500;
    this.closed = false;
    this.open();
  }
  Stomp.prototype.open = function () {
    var self = this;
    var ws = new WebSocket(this.url);
    this.ws = ws;
    ws.onopen = function () {
      self.frame('CONNECT', Object.assign({'accept-version': '1.2', host: location.hostname,
        'heart-beat': '0,0'}, self.headers));
    };
    ws.onmessage = function (event) {
      String(event.data).split('\0').forEach(function (raw) { self.receive(raw); });
    };
    ws.onclose = function () {
      self.connected = false;
      if (self.closed) { return; }
      if (self.handlers.down) { self.handlers.down(); }
      setTimeout(function () { self.open(); }, self.delay);
      self.delay = Math.min(self.delay * 2, 10000);
    };
  };
  Stomp.prototype.frame = function (command, headers, body) {
    var text = command + '\n';
    Object.keys(headers || {}).forEach(function (key) { text += key + ':' + headers[key] + '\n'; });
    this.ws.send(text + '\n' + (body || '') + '\0');
  };
  Stomp.prototype.receive = function (raw) {
    raw = raw.replace(/^\n+/, '');
    if (!raw) { return; }
    var split = raw.indexOf('\n\n');
    var head = raw.substring(0, split).split('\n');
    var body = raw.substring(split + 2);
    var command = head.shift();
    if (command === 'CONNECTED') {
      this.connected = true;
      this.delay = 500;
      var self = this;
      Object.keys(this.subscriptions).forEach(function (id) {
        self.frame('SUBSCRIBE', {id: id, destination: self.subscriptions[id].destination});
      });
      if (this.handlers.up) { this.handlers.up(); }
    } else if (command === 'MESSAGE') {
      var id = head.filter(function (h) { return h.indexOf('subscription:') === 0; })[0];
      var subscription = id && this.subscriptions[id.substring(13)];
      if (subscription) { subscription.callback(JSON.parse(body)); }
    }
  };
  Stomp.prototype.subscribe = function (destination, callback) {
    var id = 's' + Object.keys(this.subscriptions).length;
    this.subscriptions[id] = {destination: destination, callback: callback};
    if (this.connected) {
      this.frame('SUBSCRIBE', {id: id, destination: destination});
    }
  };
  Stomp.prototype.send = function (destination, payload) {
    if (this.connected) {
      this.frame('SEND', {destination: destination, 'content-type': 'application/json'},
        JSON.stringify(payload));
    }
  };
  Stomp.prototype.close = function () {
    this.closed = true;
    if (this.ws) { this.ws.close(); }
  };
  window.PorticoStomp = Stomp;

  /* Text with web addresses made into links; never HTML from the message itself. */
  function linkify(element, text) {
    String(text).split(/(https?:\/\/[^\s<>"]+)/).forEach(function (part, i) {
      if (i % 2 === 1) {
        var a = document.createElement('a');
        a.href = part;
        a.textContent = part;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        element.appendChild(a);
      } else if (part) {
        element.appendChild(document.createTextNode(part));
      }
    });
  }
  window.PorticoLinkify = linkify;

  if (script.hasAttribute('data-library')) { return; }

  var storeKey = 'portico-chat-' + site;
  var token = localStorage.getItem('portico-chat-token');
  if (!token) {
    var bytes = new Uint8Array(24);
    crypto.getRandomValues(bytes);
    token = Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
    localStorage.setItem('portico-chat-token', token);
  }
  var config = null;
  var t = {};
  var state = {chatId: null, lastSeq: 0, view: null, stomp: null, pending: {}};
  var ui = {};

  function api(method, path, body) {
    return fetch(base + '/api/v1/chat' + path, {
      method: method,
      credentials: sameOrigin ? 'same-origin' : 'omit',
      headers: {'Content-Type': 'application/json', 'X-Chat-Token': token},
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      return response.text().then(function (text) {
        var data = text ? JSON.parse(text) : {};
        if (!response.ok) { throw data; }
        return data;
      });
    });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) { e.textContent = text; }
    return e;
  }

  function button(id, text, onclick, kind) {
    var b = el('button', {type: 'button', id: id, class: 'ptc-btn ' + (kind || '')}, text);
    b.addEventListener('click', onclick);
    return b;
  }

  function build() {
    var style = el('style');
    style.textContent = [
      '.ptc-launch{position:fixed;right:16px;bottom:16px;z-index:2000;border:0;border-radius:24px;',
      'padding:12px 18px;background:#0d6efd;color:#fff;font:600 15px system-ui,sans-serif;',
      'box-shadow:0 2px 8px rgba(0,0,0,.25);cursor:pointer}',
      '.ptc-panel{position:fixed;right:16px;bottom:72px;z-index:2001;width:360px;max-width:calc(100vw - 16px);',
      'height:520px;max-height:calc(100vh - 96px);display:flex;flex-direction:column;background:#fff;',
      'border:1px solid #ccc;border-radius:10px;box-shadow:0 4px 16px rgba(0,0,0,.25);',
      'font:14px system-ui,sans-serif;color:#222}',
      '@media (max-width:480px){.ptc-panel{right:0;left:0;bottom:0;top:0;width:auto;max-width:none;',
      'height:auto;max-height:none;border-radius:0}}',
      '.ptc-head{display:flex;justify-content:space-between;align-items:center;padding:8px 12px;',
      'background:#0d6efd;color:#fff;border-radius:10px 10px 0 0}',
      '.ptc-body{flex:1;overflow-y:auto;padding:10px}',
      '.ptc-form label{display:block;margin-top:6px}',
      '.ptc-form input,.ptc-form textarea,.ptc-compose textarea{width:100%;box-sizing:border-box;',
      'padding:6px;border:1px solid #bbb;border-radius:6px;font:inherit}',
      '.ptc-btn{margin:4px 4px 0 0;padding:6px 10px;border:1px solid #0d6efd;border-radius:6px;',
      'background:#fff;color:#0d6efd;font:inherit;cursor:pointer;white-space:nowrap}',
      '.ptc-primary{background:#0d6efd;color:#fff}',
      '.ptc-msg{margin:6px 0;padding:6px 8px;border-radius:8px;background:#f1f3f5;',
      'overflow-wrap:anywhere;white-space:pre-wrap}',
      '.ptc-msg-CUSTOMER{background:#dbe9ff;margin-left:24px}',
      '.ptc-msg-SYSTEM{background:none;color:#666;font-size:12px;text-align:center}',
      '.ptc-who{font-size:11px;color:#555}.ptc-mark{font-size:11px;color:#555;text-align:right}',
      '.ptc-compose{display:flex;gap:6px;padding:8px;border-top:1px solid #ddd}',
      '.ptc-status{font-size:12px;color:#555;padding:0 10px;min-height:16px}',
      '.ptc-error{color:#b02a37;font-size:12px;padding:0 10px}',
      '.ptc-suggest a{display:block;margin:4px 0}',
      '.ptc-answered{font-size:12px;padding:2px 6px;margin:0 0 6px}',
      '.ptc-file-input{position:absolute;width:1px;height:1px;opacity:0}',
      '.ptc-compose .ptc-btn{margin:0;align-self:flex-end}',
      '.ptc-download{white-space:normal;text-align:left;overflow-wrap:anywhere}'
    ].join('');
    document.head.appendChild(style);
    ui.launch = el('button', {type: 'button', id: 'ptc-button', class: 'ptc-launch',
      'aria-expanded': 'false'}, t.open);
    ui.launch.addEventListener('click', toggle);
    ui.panel = el('section', {id: 'ptc-panel', class: 'ptc-panel', role: 'dialog',
      'aria-label': t.title, hidden: ''});
    var head = el('div', {class: 'ptc-head'});
    head.appendChild(el('strong', {}, t.title));
    var close = el('button', {type: 'button', id: 'ptc-close', class: 'ptc-btn',
      'aria-label': t.close}, '×');
    close.addEventListener('click', toggle);
    head.appendChild(close);
    ui.body = el('div', {class: 'ptc-body', id: 'ptc-body', 'aria-live': 'polite'});
    ui.status = el('div', {class: 'ptc-status', id: 'ptc-status'});
    ui.error = el('div', {class: 'ptc-error', id: 'ptc-error', role: 'alert'});
    ui.panel.appendChild(head);
    ui.panel.appendChild(ui.body);
    ui.panel.appendChild(ui.status);
    ui.panel.appendChild(ui.error);
    document.body.appendChild(ui.launch);
    document.body.appendChild(ui.panel);
  }

  function toggle() {
    var opening = ui.panel.hasAttribute('hidden');
    if (opening) { ui.panel.removeAttribute('hidden'); } else { ui.panel.setAttribute('hidden', ''); }
    ui.launch.setAttribute('aria-expanded', String(opening));
    if (opening && !state.chatId && !ui.form) { preChat(); }
  }

  function preChat() {
    ui.body.textContent = '';
    var form = el('form', {class: 'ptc-form', id: 'ptc-form'});
    form.appendChild(el('p', {}, t.intro));
    if (!config.signedIn) {
      form.appendChild(el('label', {for: 'ptc-name'}, t.name));
      form.appendChild(el('input', {id: 'ptc-name', required: '', maxlength: '200',
        autocomplete: 'name'}));
      form.appendChild(el('label', {for: 'ptc-email'}, t.email));
      form.appendChild(el('input', {id: 'ptc-email', type: 'email', required: '',
        maxlength: '254', autocomplete: 'email'}));
    }
    form.appendChild(el('label', {for: 'ptc-question'}, t.question));
    var question = el('textarea', {id: 'ptc-question', rows: '3', required: '',
      maxlength: String(config.maxLength)});
    form.appendChild(question);
    var suggest = el('div', {class: 'ptc-suggest', id: 'ptc-suggest'});
    form.appendChild(suggest);
    var start = el('button', {type: 'submit', id: 'ptc-start', class: 'ptc-btn ptc-primary'},
      t.start);
    form.appendChild(start);
    var timer = null;
    question.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { suggestions(question.value, suggest); }, 300);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = {site: site, question: question.value};
      if (!config.signedIn) {
        body.name = form.querySelector('#ptc-name').value;
        body.email = form.querySelector('#ptc-email').value;
      }
      api('POST', '/chats', body).then(function (view) {
        ui.form = null;
        begin(view.id);
      }, showError);
    });
    ui.form = form;
    ui.body.appendChild(form);
  }

  /*
   * The knowledge base's rule (SuggestionThreshold): three letters, or two Chinese
   * characters, since most Chinese words are two characters long.
   */
  function worthSuggesting(text) {
    var weight = 0;
    Array.from(text.trim()).forEach(function (c) {
      weight += /\p{Script=Han}/u.test(c) ? 2 : 1;
    });
    return weight >= 3;
  }

  function suggestions(text, into) {
    if (!worthSuggesting(text)) { into.textContent = ''; return; }
    api('GET', '/suggestions?site=' + encodeURIComponent(site) + '&q='
      + encodeURIComponent(text)).then(function (found) {
      into.textContent = '';
      if (!found.length) { return; }
      into.appendChild(el('p', {}, t.suggestions));
      found.forEach(function (s) {
        var a = el('a', {href: base + s.url, target: '_blank', rel: 'noopener',
          class: 'ptc-suggestion'}, s.title);
        a.addEventListener('click', function () {
          api('POST', '/suggestions/opened', {site: site, url: s.url});
        });
        into.appendChild(a);
        into.appendChild(button('ptc-answered-' + into.children.length, t.answered, function () {
          api('POST', '/suggestions/answered', {site: site, url: s.url}).then(function () {
            into.textContent = '';
            into.appendChild(el('p', {id: 'ptc-answered-thanks', role: 'status'},
              t['answered.thanks']));
          }, showError);
        }, 'ptc-answered'));
      });
    }, function () { into.textContent = ''; });
  }

  function begin(chatId) {
    state.chatId = chatId;
    state.lastSeq = 0;
    localStorage.setItem(storeKey, String(chatId));
    ui.body.textContent = '';
    ui.list = el('div', {id: 'ptc-messages'});
    ui.actions = el('div', {id: 'ptc-actions'});
    ui.body.appendChild(ui.list);
    ui.body.appendChild(ui.actions);
    composer();
    connect();
    refresh();
    clearInterval(state.poll);
    state.poll = setInterval(function () {
      if (state.chatId) { catchUp(); refresh(); }
    }, 15000);
  }

  function composer() {
    var form = el('form', {class: 'ptc-compose', id: 'ptc-compose'});
    var input = el('textarea', {id: 'ptc-input', rows: '2', 'aria-label': t.placeholder,
      placeholder: t.placeholder, maxlength: String(config.maxLength)});
    var send = el('button', {type: 'submit', id: 'ptc-send', class: 'ptc-btn ptc-primary'},
      t.send);
    var file = el('input', {type: 'file', id: 'ptc-file', class: 'ptc-file-input'});
    var attach = el('label', {for: 'ptc-file', id: 'ptc-attach', class: 'ptc-btn',
      title: t.attach, 'aria-label': t.attach});
    attach.appendChild(clip());
    file.addEventListener('change', function () {
      if (file.files.length) { sendFile(file.files[0]).then(function () { file.value = ''; }); }
    });
    form.appendChild(input);
    form.appendChild(file);
    form.appendChild(attach);
    form.appendChild(send);
    var lastTyping = 0;
    input.addEventListener('input', function () {
      if (state.stomp && Date.now() - lastTyping > 2000) {
        lastTyping = Date.now();
        state.stomp.send('/app/chat/' + state.chatId + '/typing', {});
      }
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = input.value;
      if (!text.trim()) { return; }
      var ref = 'w' + Date.now() + Math.random().toString(16).slice(2, 8);
      api('POST', '/chats/' + state.chatId + '/messages', {text: text, clientRef: ref})
        .then(function (line) { input.value = ''; ui.error.textContent = ''; show(line); },
          showError);
    });
    ui.compose = form;
    ui.panel.insertBefore(form, ui.status);
  }

  /* A paper clip drawn as a line, so that it needs no emoji font. */
  function clip() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '16');
    svg.setAttribute('aria-hidden', 'true');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M10.5 4.5v7a2.5 2.5 0 0 1-5 0V3.5a1.75 1.75 0 0 1 3.5 0V11');
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '1.4');
    path.setAttribute('stroke-linecap', 'round');
    svg.appendChild(path);
    return svg;
  }

  function sendFile(file) {
    var data = new FormData();
    data.append('file', file);
    data.append('clientRef', 'f' + Date.now() + Math.random().toString(16).slice(2, 8));
    return fetch(base + '/api/v1/chat/chats/' + state.chatId + '/files', {
      method: 'POST', credentials: sameOrigin ? 'same-origin' : 'omit',
      headers: {'X-Chat-Token': token}, body: data
    }).then(function (response) {
      return response.text().then(function (text) {
        var answer = text ? JSON.parse(text) : {};
        if (!response.ok) { throw answer; }
        ui.error.textContent = '';
        show(answer);
      });
    }).then(null, showError);
  }

  /* Files come with the visitor's token, so they are fetched and handed over as a download;
     the copy is typed as plain bytes so that the browser never shows it in the page. */
  function download(line) {
    fetch(base + '/api/v1/chat/chats/' + state.chatId + '/files/' + line.file.id, {
      credentials: sameOrigin ? 'same-origin' : 'omit', headers: {'X-Chat-Token': token}
    }).then(function (response) {
      if (!response.ok) { throw {}; }
      return response.arrayBuffer();
    }).then(function (bytes) {
      var url = URL.createObjectURL(new Blob([bytes], {type: 'application/octet-stream'}));
      var a = el('a', {href: url, download: line.file.fileName});
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    }, showError);
  }

  function connect() {
    var wsUrl = base.replace(/^http/, 'ws') + '/ws/chat';
    state.stomp = new Stomp(wsUrl, {'chat-token': token}, {
      up: function () { ui.status.textContent = ''; catchUp(); },
      down: function () { ui.status.textContent = t.reconnecting; }
    });
    state.stomp.subscribe('/topic/chat.' + state.chatId, onFrame);
  }

  function onFrame(frame) {
    if (frame.type === 'message') {
      if (frame.message.seq > state.lastSeq + 1) { catchUp(); } else { show(frame.message); }
    } else if (frame.type === 'typing' && frame.who !== 'CUSTOMER') {
      ui.status.textContent = t.typing;
      clearTimeout(state.typingTimer);
      state.typingTimer = setTimeout(function () { ui.status.textContent = ''; }, 3000);
    } else if (frame.type === 'read' && frame.who === 'AGENT') {
      marks(frame.seq);
    } else if (frame.type === 'status') {
      refresh();
    } else if (frame.type === 'refused' && state.pending[frame.clientRef]) {
      ui.error.textContent = frame.message;
    }
  }

  function catchUp() {
    return api('GET', '/chats/' + state.chatId + '/messages?after=' + state.lastSeq)
      .then(function (lines) { lines.forEach(show); }, showError);
  }

  function refresh() {
    api('GET', '/chats/' + state.chatId).then(function (view) {
      state.view = view;
      actions();
    }, function (error) {
      if (error && error.status === 404) { reset(); }
    });
  }

  function show(line) {
    if (line.seq <= state.lastSeq) { return; }
    state.lastSeq = line.seq;
    var box = el('div', {class: 'ptc-msg ptc-msg-' + line.author, 'data-seq': String(line.seq)});
    if (line.author !== 'SYSTEM') {
      var who = line.author === 'CUSTOMER' ? t.you
        : (line.author === 'BOT' ? t.bot : line.authorName);
      box.appendChild(el('div', {class: 'ptc-who'}, who));
    }
    var text = el('div', {class: 'ptc-text'});
    if (line.file) {
      text.appendChild(button('ptc-file-' + line.seq, line.file.fileName + ' · ' + t.download,
        function () { download(line); }, 'ptc-download'));
    } else {
      linkify(text, line.body);
    }
    box.appendChild(text);
    if (line.linkUrl && /^(\/|https?:)/.test(line.linkUrl)) {
      var href = line.linkUrl.charAt(0) === '/' ? base + line.linkUrl : line.linkUrl;
      box.appendChild(el('a', {href: href, target: '_blank', rel: 'noopener',
        class: 'ptc-article'}, line.linkTitle || line.linkUrl));
    }
    if (line.author === 'CUSTOMER') {
      box.appendChild(el('div', {class: 'ptc-mark'}, t.delivered));
    }
    offer(box, line);
    ui.list.appendChild(box);
    ui.body.scrollTop = ui.body.scrollHeight;
    if (line.author !== 'CUSTOMER' && state.stomp) {
      state.stomp.send('/app/chat/' + state.chatId + '/read', {seq: line.seq});
    }
    if (line.author === 'SYSTEM') { refresh(); }
  }

  function offer(box, line) {
    if (line.action === 'ASK_IF_HELPFUL') {
      box.appendChild(el('div', {}, t.helpful));
      box.appendChild(button('ptc-yes-' + line.seq, t.yes, function () { helpful(line.seq, true); }));
      box.appendChild(button('ptc-no-' + line.seq, t.no, function () { helpful(line.seq, false); }));
    } else if (line.action === 'OFFER_PERSON') {
      box.appendChild(button('ptc-person-' + line.seq, t.person, askForPerson));
    }
  }

  function helpful(seq, yes) {
    api('POST', '/chats/' + state.chatId + '/helpful', {seq: seq, helpful: yes})
      .then(null, showError);
  }

  function askForPerson() {
    api('POST', '/chats/' + state.chatId + '/person').then(function (view) {
      state.view = view;
      actions();
    }, showError);
  }

  function marks(seq) {
    ui.list.querySelectorAll('.ptc-msg-CUSTOMER').forEach(function (box) {
      if (Number(box.getAttribute('data-seq')) <= seq) {
        box.querySelector('.ptc-mark').textContent = t.read;
      }
    });
  }

  function actions() {
    var view = state.view;
    ui.actions.textContent = '';
    if (view.agentRead) { marks(view.agentRead); }
    if (view.status === 'BOT') {
      ui.actions.appendChild(button('ptc-person', t.person, askForPerson));
    }
    if (view.status === 'WAITING') {
      ui.actions.appendChild(el('p', {id: 'ptc-position'}, t.waiting + ' ' + view.position));
    }
    if (view.status === 'WAITING' && (!view.open || !view.agentsAvailable)) {
      leaveMessage();
    }
    if (view.status !== 'ENDED') {
      ui.actions.appendChild(button('ptc-end', t.end, function () {
        api('POST', '/chats/' + state.chatId + '/end').then(function (v) {
          state.view = v;
          actions();
        }, showError);
      }));
      ui.compose.hidden = false;
      return;
    }
    ui.compose.hidden = true;
    afterEnd(view);
  }

  function leaveMessage() {
    var area = el('textarea', {id: 'ptc-leave-text', rows: '2', placeholder: t['leave.placeholder'],
      'aria-label': t['leave.placeholder']});
    ui.actions.appendChild(area);
    ui.actions.appendChild(button('ptc-leave', t.leave, function () {
      api('POST', '/chats/' + state.chatId + '/leave-message', {text: area.value})
        .then(function () {
          ui.actions.textContent = '';
          ui.actions.appendChild(el('p', {}, t['leave.sent']));
          refresh();
        }, showError);
    }));
  }

  function afterEnd(view) {
    if (view.rating) {
      ui.actions.appendChild(el('p', {id: 'ptc-rated'}, t.rated));
    } else {
      ui.actions.appendChild(el('p', {}, t.rate));
      [1, 2, 3, 4, 5].forEach(function (score) {
        ui.actions.appendChild(button('ptc-rate-' + score, String(score), function () {
          api('POST', '/chats/' + state.chatId + '/rating', {score: score}).then(function (v) {
            state.view = v;
            actions();
          }, showError);
        }));
      });
    }
    ui.actions.appendChild(el('br'));
    ui.actions.appendChild(button('ptc-transcript', t.transcript, function () {
      api('POST', '/chats/' + state.chatId + '/transcript').then(function () {
        ui.status.textContent = t['transcript.sent'];
      }, showError);
    }));
    ui.actions.appendChild(button('ptc-new', t['new-chat'], reset));
  }

  function reset() {
    localStorage.removeItem(storeKey);
    if (state.stomp) { state.stomp.close(); }
    clearInterval(state.poll);
    if (ui.compose) { ui.compose.remove(); }
    state = {chatId: null, lastSeq: 0, view: null, stomp: null, pending: {}};
    ui.form = null;
    preChat();
  }

  function showError(error) {
    ui.error.textContent = (error && (error.detail || error.message)) || '…';
  }

  fetch(base + '/api/v1/chat/config?site=' + encodeURIComponent(site) + '&lang='
    + (document.documentElement.lang || navigator.language || 'en').replace('-', '_'), {
    credentials: sameOrigin ? 'same-origin' : 'omit'
  }).then(function (r) { return r.json(); }).then(function (c) {
    config = c;
    t = c.texts;
    build();
    var saved = localStorage.getItem(storeKey);
    if (saved) {
      ui.panel.removeAttribute('hidden');
      ui.launch.setAttribute('aria-expanded', 'true');
      begin(Number(saved));
    }
  });
})();
