// The page before Web Chat: runs while the bundle is still downloading. It gets a token (or this tab's saved one),
// starts the conversation, shows the bot's greeting and history in the server-rendered early view, and sends what the
// customer types at once (or as soon as the conversation exists), so nothing typed waits for Web Chat or is lost.
// app.js hands the same conversation to Web Chat and calls SupportBotStart.handOver() once it shows the same activities.
(function () {
  'use strict';
  const SESSION_KEY = 'supportbot.directline';
  const SAFETY_MS = 60 * 1000;
  const POLL_MS = 500;
  const POLLS_PER_SEND = 60;
  const POLLS_AFTER_ANSWER = 4;

  const settings = JSON.parse(document.getElementById('page-settings').textContent);
  const webChatScripts = document.currentScript.dataset.then.split(' ');
  const log = document.getElementById('early-log');
  const status = document.getElementById('early-status');
  const form = document.getElementById('early-sendbox');
  const input = document.getElementById('early-input');

  // The token's own expiry (its middle part is base64url JSON with "exp" in seconds).
  function expiryOf(token) {
    try {
      const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(payload)).exp * 1000;
    } catch (e) {
      return 0;
    }
  }

  function savedSession() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      return saved && expiryOf(saved.token) - SAFETY_MS > Date.now() ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function save(session) {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  }

  function call(method, path, token, body) {
    return fetch(path, {
      method: method,
      headers: Object.assign({ Authorization: 'Bearer ' + token }, body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      if (!response.ok) throw new Error(method + ' ' + path + ': ' + response.status);
      return response.json();
    });
  }

  // A new tab: a token for a new conversation, then the start (the bot greets before the answer comes back).
  async function newSession() {
    const response = await fetch('/api/token', { method: 'POST' });
    if (!response.ok) throw new Error('token request failed: ' + response.status);
    const issued = await response.json();
    const started = await call('POST', '/v3/directline/conversations', issued.token, { locale: settings.locale });
    return { conversationId: issued.conversationId, userId: issued.userId, token: started.token || issued.token };
  }

  const resumed = savedSession();
  const session = resumed ? Promise.resolve(resumed) : newSession();
  const queue = [];
  const shownIds = [];
  let watermark = '';
  let handedOver = false;
  let polling = null;

  function activitiesPath(current) {
    return '/v3/directline/conversations/' + encodeURIComponent(current.conversationId) + '/activities';
  }

  // A person's message says who wrote it ("田中（担当者）"), in the early view and in Web Chat alike.
  function labelAgent(activity) {
    const agent = (activity.entities || []).find(function (e) { return e && e.type === 'supportbot/agent'; });
    if (!agent || !activity.text || !settings.agentLabel) return activity;
    const name = (activity.from && activity.from.name) || agent.agent || '';
    return Object.assign({}, activity, { text: settings.agentLabel.replace('{name}', name) + '\n' + activity.text, textFormat: 'plain' });
  }

  function show(activity, current) {
    if (activity.type !== 'message' || shownIds.indexOf(activity.id) >= 0) return;
    activity = labelAgent(activity);
    shownIds.push(activity.id);
    const fromUser = activity.from && activity.from.id === current.userId;
    // A message this page sent may be read back before its POST has answered: it is already shown.
    const own = fromUser && Array.prototype.find.call(log.querySelectorAll('.from-user:not([data-id])'), function (el) { return el.textContent === activity.text; });
    if (own) { own.dataset.id = activity.id; return; }
    const item = document.createElement('div');
    item.className = fromUser ? 'from-user' : 'from-bot';
    item.dataset.id = activity.id;
    if (!fromUser && activity.textFormat !== 'plain') {
      item.innerHTML = window.SupportBotMarkdown.render(activity.text);
    } else {
      item.textContent = activity.text || '';
      item.classList.add('plain');
    }
    log.appendChild(item);
    const actions = !fromUser && activity.suggestedActions && activity.suggestedActions.actions;
    log.querySelectorAll('.early-actions').forEach(function (old) { old.remove(); });
    if (actions && actions.length) {
      const buttons = document.createElement('div');
      buttons.className = 'early-actions';
      actions.forEach(function (action) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = action.title || action.value;
        button.addEventListener('click', function () { send(String(action.value || action.title)); });
        buttons.appendChild(button);
      });
      log.appendChild(buttons);
    }
    log.scrollTop = log.scrollHeight;
  }

  async function read(current) {
    const set = await call('GET', activitiesPath(current) + '?watermark=' + encodeURIComponent(watermark), current.token);
    watermark = set.watermark || watermark;
    let botSpoke = false;
    set.activities.forEach(function (activity) {
      show(activity, current);
      if (activity.type === 'message' && activity.from && activity.from.id !== current.userId) botSpoke = true;
    });
    return botSpoke;
  }

  // After a send: read until the bot has answered and gone quiet (or Web Chat has taken over), at most POLLS_PER_SEND times.
  let left = 0;
  function pollForAnswer(current) {
    left = POLLS_PER_SEND;
    if (polling) return;
    polling = setInterval(function () {
      if (handedOver || --left < 0) { clearInterval(polling); polling = null; return; }
      read(current).then(function (botSpoke) {
        // An answer often comes in several messages: a few more reads catch the rest.
        if (botSpoke) left = Math.min(left, POLLS_AFTER_ANSWER);
      }).catch(function () {});
    }, POLL_MS);
  }

  // One sender at a time, in the order typed; what is typed meanwhile joins the queue.
  let sending = null;
  function flush() {
    if (!sending) {
      sending = sendQueued().finally(function () {
        sending = null;
        if (queue.length > 0 && !failed) flush();
      });
    }
    return sending;
  }

  let failed = false;
  async function sendQueued() {
    const current = await session;
    while (queue.length > 0) {
      const next = queue[0];
      const sent = await call('POST', activitiesPath(current), current.token, {
        type: 'message', text: next.text, locale: settings.locale, from: { id: current.userId, role: 'user' }
      });
      queue.shift();
      if (shownIds.indexOf(sent.id) < 0) shownIds.push(sent.id);
      next.item.dataset.id = sent.id;
      next.item.classList.remove('pending');
    }
    pollForAnswer(current);
  }

  // Shown at once (marked as waiting) and sent as soon as the conversation exists.
  function send(text) {
    const trimmed = text.trim().slice(0, settings.maxMessageLength);
    if (trimmed === '' || handedOver) return;
    const item = document.createElement('div');
    item.className = 'from-user pending';
    item.textContent = trimmed;
    log.appendChild(item);
    queue.push({ text: trimmed, item: item });
    flush().catch(function () {
      failed = true;
      status.textContent = settings.connectionFailed;
      status.hidden = false;
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    send(input.value);
    input.value = '';
  });

  // Web Chat (downloading since the greeting was shown) runs when wanted, so its evaluation cannot delay the greeting.
  let webChatLoading = false;
  function loadWebChat() {
    if (webChatLoading) return;
    webChatLoading = true;
    requestAnimationFrame(function () {
      setTimeout(function () {
        webChatScripts.forEach(function (src) {
          const script = document.createElement('script');
          script.src = src;
          script.async = false;
          document.head.appendChild(script);
        });
      }, 0);
    });
  }

  // Web Chat's evaluation is the page's one long task: it runs when the customer first touches the page, or once the
  // page has been quiet a while, never while the greeting is painting. Until then this early view is the chat.
  const IDLE_MOUNT_MS = 10000;
  function loadWebChatWhenWanted() {
    // Download now, after the greeting has painted; run later.
    webChatScripts.forEach(function (src) {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'script';
      link.href = src;
      document.head.appendChild(link);
    });
    const events = ['pointerdown', 'keydown', 'focusin', 'touchstart'];
    let timer = null;
    function go() {
      events.forEach(function (name) { window.removeEventListener(name, go, true); });
      if (timer) clearTimeout(timer);
      loadWebChat();
    }
    events.forEach(function (name) { window.addEventListener(name, go, { capture: true, passive: true }); });
    timer = setTimeout(function () {
      if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout: 2000 }); else go();
    }, IDLE_MOUNT_MS);
  }

  session.then(function (current) {
    save(current);
    return read(current);
  }).then(function () {
    status.hidden = true;
  }).catch(function () {
    status.textContent = settings.connectionFailed;
  }).then(loadWebChatWhenWanted);

  window.SupportBotStart = {
    settings: settings,
    labelAgent: labelAgent,
    sessionKey: SESSION_KEY,
    session: session,
    // The ids the early view shows: Web Chat takes over once it shows the last of them.
    shownIds: shownIds,
    // Web Chat shows the conversation now: the early view goes, and a half-typed message moves to Web Chat's box.
    // Null while a message is still on its way (Web Chat will show it once sent; ask again then).
    handOver: function () {
      if (queue.length > 0 && !failed) return null;
      handedOver = true;
      if (polling) { clearInterval(polling); polling = null; }
      const unsent = queue.map(function (next) { return next.text; }).concat(input.value ? [input.value] : []);
      const left = { text: unsent.join('\n'), focused: document.activeElement === input };
      document.getElementById('early').remove();
      return left;
    }
  };
  session.catch(function () {});
})();
