// Runs before Web Chat's bundle has even arrived: asks for the page settings and (unless this tab already has a
// conversation) a Direct Line token at once, so both are ready when app.js renders the chat.
(function () {
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

  function savedSession() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      return saved && expiryOf(saved.token) - SAFETY_MS > Date.now() ? saved : null;
    } catch (e) {
      return null;
    }
  }

  async function newSession() {
    const response = await fetch('/api/token', { method: 'POST' });
    if (!response.ok) throw new Error('token request failed: ' + response.status);
    const issued = await response.json();
    return { conversationId: issued.conversationId, userId: issued.userId, token: issued.token };
  }

  const language = preferredLanguage();
  const resumed = savedSession();
  window.SupportBotStart = {
    language: language,
    sessionKey: SESSION_KEY,
    resumed: resumed !== null,
    settings: fetch('/api/webchat/settings?lang=' + language).then(function (r) { return r.json(); }),
    session: resumed ? Promise.resolve(resumed) : newSession()
  };
  // The header shows the store as soon as its settings arrive, before Web Chat has even been evaluated.
  window.SupportBotStart.settings.then(function (settings) {
    document.documentElement.lang = language;
    document.title = settings.title;
    document.getElementById('title').textContent = settings.title;
    document.documentElement.style.setProperty('--primary', settings.primaryColor);
  }).catch(function () {});
  window.SupportBotStart.session.catch(function () {});
})();
