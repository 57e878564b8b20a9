// The page benchmark's baseline: Web Chat rendered with a fake Direct Line that is online at once and greets with
// one fixed message. No token, no server round trip: what the bundle alone costs before a greeting can show.
(function () {
  'use strict';
  var WELCOME = 'こんにちは。ご注文のキャンセルや返金についてお手伝いするサポートボットです。ご用件をお選びいただくか、自由に入力してください。';
  var USER = { id: 'baseline-user', role: 'user' };
  var BOT = { id: 'baseline-bot', name: 'Bot', role: 'bot' };

  // The least of an ES Observable that Web Chat subscribes to: subscribe(observer | next) → { unsubscribe }.
  function observable(onSubscribe) {
    var self = {
      subscribe: function (observerOrNext, error, complete) {
        var observer = typeof observerOrNext === 'function'
          ? { next: observerOrNext, error: error, complete: complete }
          : (observerOrNext || {});
        var closed = false;
        var sink = {
          next: function (value) { if (!closed && observer.next) observer.next(value); },
          error: function (e) { if (!closed) { closed = true; if (observer.error) observer.error(e); } },
          complete: function () { if (!closed) { closed = true; if (observer.complete) observer.complete(); } }
        };
        var cleanup = onSubscribe(sink);
        return {
          get closed() { return closed; },
          unsubscribe: function () { closed = true; if (typeof cleanup === 'function') cleanup(); }
        };
      }
    };
    if (typeof Symbol === 'function' && Symbol.observable) self[Symbol.observable] = function () { return self; };
    return self;
  }

  // A subject: every subscriber gets what is sent from then on; `replay` is sent to each new subscriber first.
  function subject(replay) {
    var sinks = [];
    return {
      observable: observable(function (sink) {
        replay().forEach(function (value) { sink.next(value); });
        sinks.push(sink);
        return function () { sinks = sinks.filter(function (s) { return s !== sink; }); };
      }),
      next: function (value) { sinks.slice().forEach(function (s) { s.next(value); }); },
      complete: function () { sinks.slice().forEach(function (s) { s.complete(); }); sinks = []; }
    };
  }

  var sequence = 0;
  function stamp(activity) {
    sequence += 1;
    return Object.assign({}, activity, { id: 'baseline-' + sequence, timestamp: new Date().toISOString() });
  }

  var status = 2; // ConnectionStatus.Online
  var log = [stamp({ type: 'message', from: BOT, text: WELCOME, locale: 'ja-JP' })];
  var statuses = subject(function () { return [1, status]; }); // Connecting, then the current status
  var activities = subject(function () { return log.slice(); });

  var directLine = {
    activity$: activities.observable,
    connectionStatus$: statuses.observable,
    postActivity: function (activity) {
      var echoed = stamp(Object.assign({}, activity, { from: USER }));
      return observable(function (sink) {
        setTimeout(function () {
          log.push(echoed);
          activities.next(echoed);
          sink.next(echoed.id);
          sink.complete();
        }, 0);
      });
    },
    end: function () {
      status = 5; // Ended
      statuses.next(status);
      statuses.complete();
      activities.complete();
    }
  };

  window.WebChat.renderWebChat({ directLine: directLine, userID: USER.id, locale: 'ja-JP' }, document.getElementById('webchat'));
})();
