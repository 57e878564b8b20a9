// Web Chat (the official minimal bundle, with this page's markdown renderer) over this server's Direct Line, on the
// conversation start.js already began with the page's token (never the secret). Web Chat replays the conversation
// from its start; once it shows what the early view showed, the early view gives way to it. The same conversation
// comes back after a reload of this tab (sessionStorage: the token does not outlive the tab or a browser restart).
(async function () {
  'use strict';
  const start = window.SupportBotStart;
  const settings = start.settings;
  const host = document.getElementById('webchat');
  const session = await start.session;
  const seen = new Set();
  let connected = false;
  let handedOver = false;

  function saveSession(token) {
    sessionStorage.setItem(start.sessionKey, JSON.stringify(Object.assign({}, session, { token: token })));
  }

  // Once Web Chat shows the early view's last activity (or has been connected a while): swap, keep what was typed.
  function tryHandOver() {
    if (handedOver || !connected) return;
    // Web Chat still says "接続中…" for a moment after connecting: wait for it, or the chat would jump when it goes.
    const status = host.querySelector('.webchat__connectivityStatus');
    if (status && status.textContent.trim()) {
      setTimeout(tryHandOver, 100);
      return;
    }
    const left = start.handOver();
    if (left === null) {
      setTimeout(tryHandOver, 100);
      return;
    }
    handedOver = true;
    host.hidden = false;
    if (left.text) store.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: left.text } });
    if (left.focused) {
      const box = host.querySelector('[data-id="webchat-sendbox-input"]');
      if (box) box.focus();
    }
  }

  function showsEverythingEarly() {
    return start.shownIds.every(function (id) { return seen.has(id); });
  }

  const store = window.WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity) {
          const labelled = start.labelAgent(action.payload.activity);
          if (labelled !== action.payload.activity) {
            action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: labelled }) });
          }
        }
        const result = next(action);
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          connected = true;
          setTimeout(tryHandOver, 3000);
        } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload.activity.id) {
          seen.add(action.payload.activity.id);
        }
        if (connected && !handedOver && showsEverythingEarly()) requestAnimationFrame(tryHandOver);
        return result;
      };
    };
  });

  const directLine = window.WebChat.createDirectLine({
    domain: location.origin + '/v3/directline',
    token: session.token,
    webSocket: true,
    // start.js began the conversation: directlinejs reconnects (GET conversations/{id}) and the stream replays it.
    conversationId: session.conversationId
  });

  // Keep the newest token (Web Chat refreshes it every 15 minutes) for the next reload.
  window.addEventListener('pagehide', function () {
    if (directLine.token) saveSession(directLine.token);
  });

  window.WebChat.renderWebChat({
    directLine: directLine,
    store: store,
    userID: session.userId,
    locale: settings.locale,
    renderMarkdown: window.SupportBotMarkdown.render,
    overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: settings.placeholder },
    // The early view's look (site.css): grey bubbles without avatars, rounded, choices that wrap instead of a carousel,
    // so the hand-over is invisible and every choice is on screen on a phone.
    styleOptions: {
      accent: settings.primaryColor,
      primaryFont: '"Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif',
      bubbleBackground: '#EAEAEA',
      bubbleTextColor: '#111111',
      bubbleBorderWidth: 0,
      bubbleBorderRadius: 10,
      bubbleNubSize: 0,
      bubbleFromUserBackground: settings.primaryColor,
      bubbleFromUserTextColor: '#FFFFFF',
      bubbleFromUserBorderWidth: 0,
      bubbleFromUserBorderRadius: 10,
      bubbleFromUserNubSize: 0,
      suggestedActionLayout: 'flow',
      suggestedActionBorderColor: settings.primaryColor,
      suggestedActionTextColor: settings.primaryColor,
      suggestedActionBorderRadius: 16,
      hideUploadButton: true
    }
  }, host);

  // The send box stops at the length the bot reads, so nothing typed is cut off or lost after sending.
  const limitSendBox = function () {
    host.querySelectorAll('[data-id="webchat-sendbox-input"]').forEach(function (box) {
      if (box.maxLength !== settings.maxMessageLength) box.maxLength = settings.maxMessageLength;
    });
  };
  new MutationObserver(limitSendBox).observe(host, { childList: true, subtree: true });
  limitSendBox();
})();
