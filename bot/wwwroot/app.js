// The customer page: a Direct Line token from this server (never the secret), Web Chat in Japanese unless the
// browser prefers English, the store's name and colour, and the same conversation again after a reload of this tab
// (sessionStorage: the token does not outlive the tab or a browser restart on a shared computer).
(async function () {
  'use strict';
  const SESSION_KEY = 'supportbot.directline';
  const SAFETY_MS = 60 * 1000;

  function preferredLanguage() {
    const first = (navigator.languages && navigator.languages[0]) || navigator.language || 'ja';
    return first.toLowerCase().startsWith('en') ? 'en' : 'ja';
  }

  // The token's own expiry (its middle part is base64url JSON with "exp" in seconds).
  function expiryOf(token) {
    try {
      const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(payload)).exp * 1000;
    } catch (e) {
      return 0;
    }
  }

  function loadSession() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      return saved && expiryOf(saved.token) - SAFETY_MS > Date.now() ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function saveSession(session) {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  }

  async function newSession() {
    const response = await fetch('/api/token', { method: 'POST' });
    if (!response.ok) throw new Error('token request failed: ' + response.status);
    const issued = await response.json();
    return { conversationId: issued.conversationId, userId: issued.userId, token: issued.token };
  }

  const language = preferredLanguage();
  const settings = await (await fetch('/api/webchat/settings?lang=' + language)).json();
  document.documentElement.lang = language;
  document.title = settings.title;
  document.getElementById('title').textContent = settings.title;
  document.documentElement.style.setProperty('--primary', settings.primaryColor);

  const resumed = loadSession();
  const session = resumed || await newSession();
  saveSession(session);

  const directLine = window.WebChat.createDirectLine({
    domain: location.origin + '/v3/directline',
    token: session.token,
    webSocket: true,
    // Resuming: directlinejs reconnects (GET conversations/{id}) and the stream replays the history from the start.
    conversationId: resumed ? session.conversationId : undefined,
    conversationStartProperties: { locale: settings.locale }
  });

  // Keep the newest token (Web Chat refreshes it every 15 minutes) for the next reload.
  window.addEventListener('pagehide', function () {
    if (directLine.token) saveSession(Object.assign({}, session, { token: directLine.token }));
  });

  window.WebChat.renderWebChat({
    directLine: directLine,
    userID: session.userId,
    locale: settings.locale,
    overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: settings.placeholder },
    styleOptions: {
      accent: settings.primaryColor,
      botAvatarInitials: settings.storeName.slice(0, 1),
      bubbleFromUserBackground: settings.primaryColor,
      bubbleFromUserTextColor: '#FFFFFF',
      suggestedActionBorderColor: settings.primaryColor,
      suggestedActionTextColor: settings.primaryColor,
      hideUploadButton: true
    }
  }, document.getElementById('webchat'));

  // The send box stops at the length the bot reads, so nothing typed is cut off or lost after sending.
  const host = document.getElementById('webchat');
  const limitSendBox = function () {
    host.querySelectorAll('[data-id="webchat-sendbox-input"]').forEach(function (box) {
      if (box.maxLength !== settings.maxMessageLength) box.maxLength = settings.maxMessageLength;
    });
  };
  new MutationObserver(limitSendBox).observe(host, { childList: true, subtree: true });
  limitSendBox();
})();
