// The customer page: Web Chat over this server's Direct Line with the token start.js asked for while the bundle loaded
// (never the secret), in Japanese unless the browser prefers English, the store's name and colour, and the same
// conversation again after a reload of this tab (sessionStorage: the token does not outlive the tab or a browser
// restart on a shared computer).
(async function () {
  'use strict';
  const start = window.SupportBotStart;

  function saveSession(session) {
    sessionStorage.setItem(start.sessionKey, JSON.stringify(session));
  }

  const settings = await start.settings;

  const resumed = start.resumed;
  const session = await start.session;
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
