/*
 * mesoplan website chat. Embed with one tag:
 *   <script src="https://<mesoplan server>/chat/widget.js" defer></script>
 * The chat opens from a button in the page's corner. What it keeps in the browser: the chat's
 * key (random, nothing personal) and messages not yet acknowledged, in localStorage.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.mesoplanChat) { return; }
  var server = new URL(script.src, location.href).origin;
  var base = server + '/chat/';
  var storeKey = 'mesoplan-chat@' + server;
  var language = script.getAttribute('data-lang') || navigator.language || 'en';
  var state = { key: null, last: 0, seen: 0, pending: [], silent: [], settings: null,
    source: null, open: false };
  var root, panel, log, input, status, launcher, menu;

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(storeKey) || '{}');
      state.key = saved.key || null;
      state.pending = saved.pending || [];
      state.silent = saved.silent || [];
      state.seen = saved.seen || 0;
      state.open = !!saved.open;
    } catch (e) { /* a broken entry starts a new chat */ }
  }

  function save() {
    try {
      localStorage.setItem(storeKey, JSON.stringify(
        { key: state.key, pending: state.pending, silent: state.silent, open: state.open,
          seen: state.seen }));
    } catch (e) { /* private mode: the chat lasts as long as the page */ }
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function t(name) { return state.settings.texts[name]; }

  function css(s) {
    return ':host{all:initial}*{box-sizing:border-box;font-family:system-ui,-apple-system,' +
      'Segoe UI,Roboto,sans-serif;font-size:16px;line-height:1.4}' +
      '.launcher{position:fixed;right:16px;bottom:16px;z-index:2147483000;border:0;' +
      'border-radius:24px;padding:12px 18px;background:' + s.accent + ';color:' + s.onAccent +
      ';cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)}' +
      '.panel{position:fixed;right:16px;bottom:16px;z-index:2147483001;width:min(400px,' +
      'calc(100vw - 32px));height:min(640px,calc(100vh - 32px));display:flex;' +
      'flex-direction:column;background:#fff;color:#1a1a1a;border-radius:12px;' +
      'box-shadow:0 4px 24px rgba(0,0,0,.35);overflow:hidden}' +
      '@media (max-width:480px){.panel{right:0;bottom:0;width:100vw;height:100vh;' +
      'border-radius:0}}' +
      '.panel[hidden],.launcher[hidden]{display:none}' +
      'header{display:flex;align-items:center;gap:8px;padding:10px 12px;background:' +
      s.accent + ';color:' + s.onAccent + '}header h2{flex:1;margin:0;font-size:17px;' +
      'font-weight:600;overflow-wrap:anywhere}' +
      'header button{background:transparent;color:inherit;border:1px solid currentColor;' +
      'border-radius:6px;padding:4px 10px;cursor:pointer}' +
      '.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;' +
      'background:#f6f6f6}' +
      '.msg{max-width:88%;padding:8px 12px;border-radius:10px;background:#fff;' +
      'border:1px solid #ddd;white-space:pre-wrap;overflow-wrap:anywhere}' +
      '.msg.you{align-self:flex-end;background:' + s.accent + ';color:' + s.onAccent +
      ';border-color:' + s.accent + '}.msg.sending{opacity:.7}.pending{font-size:13px}' +
      '.launcher.unread{font-weight:700;outline:3px solid #f2b705}' +
      '.msg.notice{align-self:center;background:#fffbe6;border-color:#e6d9a0;font-size:15px}' +
      '.choices{display:flex;flex-direction:column;gap:6px;margin-top:8px}' +
      '.choices button{text-align:left;padding:8px 10px;border-radius:8px;border:1px solid ' +
      s.accent + ';background:#fff;color:#1a1a1a;cursor:pointer}' +
      '.choices button[aria-pressed=true]{font-weight:600}' +
      '.choices button:disabled{border-color:#ccc;color:#555;cursor:default}' +
      '.answer{margin-top:6px;font-weight:600}' +
      '.msg a{color:#0b4f8a}.msg img{max-width:100%;height:auto;display:block;margin-top:6px}' +
      'button:focus-visible,a:focus-visible,textarea:focus-visible{outline:3px solid #1a73e8;' +
      'outline-offset:2px}' +
      '.reach{padding:6px 12px;font-size:14px;background:#eef3f2;border-top:1px solid #ddd}' +
      '.reach button{margin-left:4px;font-size:14px;padding:3px 10px;cursor:pointer;' +
      'border:1px solid ' + s.accent + ';border-radius:6px;background:#fff;color:#1a1a1a}' +
      'form{display:flex;gap:6px;padding:8px;border-top:1px solid #ddd;background:#fff}' +
      'textarea{flex:1;resize:none;min-height:44px;max-height:120px;padding:8px;' +
      'border:1px solid #999;border-radius:8px}' +
      'form button{min-width:44px;min-height:44px;border:0;border-radius:8px;padding:0 12px;' +
      'background:' + s.accent + ';color:' + s.onAccent + ';cursor:pointer}' +
      '.menu{display:flex;flex-direction:column;max-height:40%;overflow-y:auto;' +
      'border-top:1px solid #ddd;background:#fff}.menu[hidden]{display:none}' +
      '.menu button{text-align:left;border:0;border-bottom:1px solid #eee;background:#fff;' +
      'padding:8px 12px;cursor:pointer;color:#1a1a1a}' +
      '.status{padding:0 12px;font-size:14px;color:#8a1c1c;min-height:0}' +
      '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}';
  }

  function build() {
    var s = state.settings;
    var host = el('div', { 'data-mesoplan-chat': '' });
    document.body.appendChild(host);
    root = host.attachShadow({ mode: 'open' });
    var style = el('style');
    style.textContent = css(s);
    root.appendChild(style);
    launcher = el('button', { 'class': 'launcher', type: 'button', 'aria-expanded': 'false',
      'aria-controls': 'mesoplan-panel' }, t('open'));
    panel = el('section', { 'class': 'panel', id: 'mesoplan-panel', role: 'dialog',
      'aria-label': t('title'), lang: s.language, hidden: '' });
    var header = el('header');
    header.appendChild(el('h2', {}, s.clinic));
    var menuButton = el('button', { type: 'button', 'aria-expanded': 'false',
      'class': 'menu-toggle' }, t('menu'));
    var close = el('button', { type: 'button', 'class': 'close' }, t('close'));
    header.appendChild(menuButton);
    header.appendChild(close);
    log = el('div', { 'class': 'log', role: 'log', 'aria-live': 'polite',
      'aria-label': t('title'), tabindex: '0' });
    status = el('div', { 'class': 'status', role: 'status' });
    menu = el('div', { 'class': 'menu', hidden: '' });
    s.commands.forEach(function (c) {
      var item = el('button', { type: 'button' }, c.command + ' — ' + c.description);
      item.addEventListener('click', function () {
        toggleMenu(false, menuButton);
        send({ text: c.command });
      });
      menu.appendChild(item);
    });
    var reach = el('div', { 'class': 'reach' });
    if (s.telegram) {
      reach.appendChild(document.createTextNode(t('reachTelegram') + ' '));
      var tg = el('button', { type: 'button', 'class': 'telegram' }, t('telegramOpen'));
      tg.addEventListener('click', openTelegram);
      reach.appendChild(tg);
    } else {
      reach.textContent = t('reachNone');
    }
    var form = el('form');
    var label = el('label', { 'for': 'mesoplan-input', 'class': 'sr' }, t('input'));
    input = el('textarea', { id: 'mesoplan-input', rows: '1', maxlength: String(s.longestText),
      placeholder: t('input'), autocomplete: 'off' });
    var sendButton = el('button', { type: 'submit', 'class': 'send' }, t('send'));
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(sendButton);
    panel.appendChild(header);
    panel.appendChild(log);
    panel.appendChild(status);
    panel.appendChild(menu);
    panel.appendChild(reach);
    panel.appendChild(form);
    root.appendChild(launcher);
    root.appendChild(panel);

    launcher.addEventListener('click', function () { show(true); });
    close.addEventListener('click', function () { show(false); });
    menuButton.addEventListener('click', function () {
      toggleMenu(menu.hidden, menuButton);
    });
    panel.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { show(false); }
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var text = input.value.trim();
      if (!text) { return; }
      input.value = '';
      send({ text: text });
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit'));
      }
    });
    if (state.open) { show(true, true); }
  }

  function toggleMenu(open, button) {
    menu.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open && menu.firstChild) { menu.firstChild.focus(); }
  }

  function show(open, quietly) {
    state.open = open;
    save();
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      seenAll();
      connect();
      if (!quietly) { input.focus(); }
      scrollDown();
    } else {
      launcher.focus();
    }
  }

  function scrollDown() { log.scrollTop = log.scrollHeight; }

  /** Everything shown so far has been seen: the button loses its "new messages". */
  function seenAll() {
    state.seen = Math.max(state.seen, state.last);
    save();
    launcher.textContent = t('open');
    launcher.classList.remove('unread');
  }

  /** Something new came while the chat was closed (a reminder, a check-in): the button says so. */
  function arrived(call) {
    if (state.open) {
      seenAll();
    } else if (call.id > state.seen) {
      launcher.textContent = t('open') + ' · ' + t('newMessages');
      launcher.classList.add('unread');
    }
  }

  function request(method, path, body) {
    return fetch(base + path, {
      method: method, credentials: 'omit',
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined
    });
  }

  function ensureKey() {
    if (state.key) { return Promise.resolve(state.key); }
    return request('POST', 'start').then(function (r) {
      if (!r.ok) { throw new Error('start ' + r.status); }
      return r.json();
    }).then(function (j) { state.key = j.key; save(); return j.key; });
  }

  /*
   * The chat's events, read from a POST (so that the key never sits in an address) as a
   * server-sent event stream; on any end, read again from after the last event had.
   */
  function connect() {
    if (state.source || !state.key) {
      if (!state.key && state.pending.length === 0) {
        // a new chat begins with /start, so the first thing the person sees is the clinic's
        send({ text: '/start' }, true);
      }
      return;
    }
    var controller = new AbortController();
    state.source = controller;
    fetch(base + 'stream', {
      method: 'POST', credentials: 'omit', signal: controller.signal,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ key: state.key, after: state.last })
    }).then(function (response) {
      if (response.status === 403) {
        // the chat was erased: the next message starts a new one
        state.key = null;
        state.last = 0;
        save();
        throw new Error('gone');
      }
      if (!response.ok || !response.body) { throw new Error('stream ' + response.status); }
      status.textContent = '';
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      function pump() {
        return reader.read().then(function (part) {
          if (part.done) { return; }
          buffer += decoder.decode(part.value, { stream: true });
          var end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            event(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
          return pump();
        });
      }
      return pump();
    }).catch(function () { /* read again below */ }).then(function () {
      if (state.source === controller) {
        state.source = null;
        if (state.key) { setTimeout(connect, 1500); }
      }
    });
  }

  function event(block) {
    var data = block.split('\n').filter(function (line) {
      return line.indexOf('data:') === 0;
    }).map(function (line) { return line.slice(5); }).join('\n');
    if (!data) { return; }
    var call = JSON.parse(data);
    if (call.id <= state.last) { return; }
    state.last = call.id;
    render(call);
  }

  function newId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function send(what, silent) {
    var message = { id: newId(), text: what.text || null, press: what.press || null };
    state.pending.push(message);
    if (silent && message.text) { state.silent = state.silent.concat([message.id]).slice(-20); }
    save();
    if (!silent && message.text) { bubble(message.text, 'you sending', message.id); }
    deliver();
  }

  var delivering = false;
  function deliver(wait) {
    if (delivering || state.pending.length === 0) { return; }
    delivering = true;
    var message = state.pending[0];
    ensureKey().then(function (key) {
      connect();
      return request('POST', 'messages', { key: key, id: message.id, text: message.text,
        press: message.press, language: language });
    }).then(function (r) {
      delivering = false;
      if (r.status === 202 || r.status === 400 || r.status === 403) {
        state.pending.shift();
        save();
        if (r.status === 400) { status.textContent = t('tooLong'); }
        if (r.status === 403) { state.key = null; state.last = 0; save(); }
        var mine = root.querySelector('[data-said="' + cssEscape(message.id) + '"]');
        if (mine) { delivered(mine); }
        deliver();
        return;
      }
      status.textContent = r.status === 429 ? t('tooFast') : t('failed');
      retry(wait);
    }).catch(function () {
      delivering = false;
      status.textContent = t('offline');
      retry(wait);
    });
  }

  function retry(wait) {
    var next = Math.min(5000, (wait || 500) * 2);
    setTimeout(function () { deliver(next); }, next);
  }

  /** A message; who says it is read out by screen readers, not shown. */
  function message(kind, text, speaker) {
    var node = el('div', { 'class': 'msg ' + kind });
    if (speaker) { node.appendChild(el('span', { 'class': 'sr' }, speaker + ': ')); }
    node.appendChild(document.createTextNode(text || ''));
    return node;
  }

  function bubble(text, kind, said) {
    var node = message(kind, text, kind.indexOf('you') === 0 ? t('you') : null);
    if (said) {
      node.setAttribute('data-said', said);
      node.appendChild(el('span', { 'class': 'pending' }, ' · ' + t('sending')));
    }
    log.appendChild(node);
    scrollDown();
    return node;
  }

  /** The person's message reached the server: it is no longer "sending". */
  function delivered(node) {
    node.classList.remove('sending');
    var pending = node.querySelector('.pending');
    if (pending) { pending.remove(); }
  }

  function choices(node, call) {
    var list = el('div', { 'class': 'choices', role: 'group' });
    (call.buttons || []).forEach(function (b) {
      var button = el('button', { type: 'button', 'data-press': b.data,
        'aria-pressed': String(!!b.ticked) }, (b.ticked ? '✅ ' : '') + b.label);
      list.appendChild(button);
    });
    if (call.submit) {
      list.appendChild(el('button', { type: 'button', 'data-press': call.submit.data,
        'class': 'submit' }, call.submit.label));
    }
    list.addEventListener('click', function (e) {
      var button = e.target.closest('button');
      if (!button || button.disabled) { return; }
      if (node.querySelector('.submit') === null) {
        // one answer: the question is answered, a second tap must not answer it again
        button.setAttribute('aria-pressed', 'true');
        list.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
        input.focus();
      }
      send({ press: button.getAttribute('data-press') }, true);
    });
    return list;
  }

  function render(call) {
    status.textContent = '';
    if (call.kind === 'notice') {
      arrived(call);
      bubble(call.text, 'notice');
      return;
    }
    if (call.kind === 'answered') {
      var asked = root.querySelectorAll('[data-shows="' + cssEscape(call.answers) + '"]');
      asked.forEach(function (q) {
        if (q.querySelector('.answer')) { return; }
        q.querySelectorAll('.choices button').forEach(function (b) { b.disabled = true; });
        q.appendChild(el('div', { 'class': 'answer' }, '✓ ' + call.chosen));
      });
      return;
    }
    if (call.kind === 'said') {
      if (state.silent.indexOf(call.ref) >= 0) { return; }
      var mine = root.querySelector('[data-said="' + cssEscape(call.ref) + '"]');
      if (mine) { delivered(mine); return; }
      bubble(call.text, 'you');
      return;
    }
    arrived(call);
    var node = message('bot', call.text, t('bot'));
    if (call.shows) { node.setAttribute('data-shows', call.shows); }
    if (call.file) {
      var holder = el('div');
      node.appendChild(holder);
      file(call.file).then(function (url) {
        if (call.file.picture) {
          holder.appendChild(el('img', { src: url, alt: call.text || t('picture') }));
        } else {
          holder.appendChild(el('a', { href: url, download: call.file.name },
            t('file') + ': ' + call.file.name));
        }
      });
    }
    (call.links || []).filter(function (link) {
      return /^https:\/\//.test(link.url);
    }).forEach(function (link) {
      var a = el('a', { href: link.url, target: '_blank', rel: 'noopener noreferrer' },
        link.label);
      node.appendChild(document.createElement('br'));
      node.appendChild(a);
    });
    if ((call.buttons && call.buttons.length) || call.submit) {
      node.appendChild(choices(node, call));
    }
    if (call.redraws && call.shows) {
      var copies = log.querySelectorAll('[data-shows="' + cssEscape(call.shows) + '"]');
      var old = copies[copies.length - 1];
      if (old) {
        var focused = old.contains(root.activeElement) ? root.activeElement : null;
        var press = focused && focused.getAttribute('data-press');
        old.replaceWith(node);
        if (press) {
          var again = node.querySelector('[data-press="' + cssEscape(press) + '"]');
          if (again) { again.focus(); }
        }
        return;
      }
    }
    log.appendChild(node);
    scrollDown();
  }

  /** A file the chat showed, fetched with the key in the body, as an address for the page. */
  function file(f) {
    return fetch(base + f.path, {
      method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ key: state.key })
    }).then(function (r) {
      if (!r.ok) { throw new Error('file ' + r.status); }
      return r.blob();
    }).then(function (blob) {
      // a picture as a PNG, anything else only to save: never a page of the clinic's site
      var type = f.picture ? 'image/png' : 'application/octet-stream';
      return URL.createObjectURL(new Blob([blob], { type: type }));
    });
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/"/g, '\\"');
  }

  function openTelegram() {
    ensureKey().then(function (key) {
      return request('POST', 'telegram', { key: key });
    }).then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (j) {
        if (!/^https:\/\//.test(j.url)) { throw new Error('not a link'); }
        var a = el('a', { href: j.url, target: '_blank', rel: 'noopener noreferrer',
          'class': 'telegram-link' }, j.url);
        var node = bubble(t('reach') + ' ', 'notice');
        node.appendChild(a);
        a.focus();
      }).catch(function () { status.textContent = t('failed'); });
  }

  function start() {
    load();
    fetch(base + 'settings?lang=' + encodeURIComponent(language), { credentials: 'omit' })
      .then(function (r) { return r.json(); })
      .then(function (settings) {
        state.settings = settings;
        build();
        if (state.key) { connect(); }
        deliver();
      });
  }

  window.addEventListener('online', function () { deliver(); });
  window.mesoplanChat = { open: function () { show(true); } };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
