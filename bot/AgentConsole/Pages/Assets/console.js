// SupportBot agent console: live updates over Server-Sent Events, actions by fetch with the antiforgery token.
// Customer text is only ever inserted with textContent, never as HTML.
(() => {
  'use strict';
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? '';
  const body = document.body.dataset;

  async function post(url, payload) {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf },
      body: JSON.stringify(payload ?? {}),
    });
    if (!response.ok) {
      const error = document.getElementById('error');
      if (error) error.textContent = `${response.status} ${response.statusText}`;
    }
    return response;
  }

  const stateLabels = { queued: '待ち / Waiting', assigned: '対応中 / In progress', resolved: '解決 / Resolved' };

  if (body.page === 'queue') {
    // A new ticket (a number above the newest seen in this tab) shows as a title badge, a short tone and, where the
    // agent allowed it, a desktop notification; the badge clears when the agent looks at the page.
    const newest = Number(body.lastSeq || 0);
    const seen = Number(sessionStorage.getItem('supportbot.newestSeen') || newest);
    const unseen = document.querySelectorAll('#queue tr[data-ticket]');
    const fresh = [...unseen].filter((row) => Number(row.dataset.ticket) > seen).length;
    const title = document.title;
    if (fresh > 0) {
      document.title = `(${fresh}) ${title}`;
      chime();
      if ('Notification' in window && Notification.permission === 'granted') {
        new Notification('SupportBot', { body: `新しいエスカレーション ${fresh}件 / ${fresh} new ticket(s)` });
      }
    }
    const clear = () => {
      if (document.visibilityState !== 'visible') return;
      sessionStorage.setItem('supportbot.newestSeen', String(newest));
      document.title = title;
    };
    document.addEventListener('visibilitychange', clear);
    window.addEventListener('focus', clear);
    document.addEventListener('pointerdown', clear);
    document.addEventListener('keydown', clear);
    if (fresh === 0) sessionStorage.setItem('supportbot.newestSeen', String(Math.max(seen, newest)));
    const notify = document.getElementById('notify');
    if (notify && 'Notification' in window && Notification.permission === 'default') {
      notify.hidden = false;
      notify.addEventListener('click', () => Notification.requestPermission().then(() => { notify.hidden = true; }));
    }
    const source = new EventSource('/agent/api/queue/events');
    source.addEventListener('changed', () => window.location.reload());
    return;
  }

  function chime() {
    try {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.setValueAtTime(0.15, audio.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.4);
    } catch {
      // No audio (autoplay blocked, no device): the badge and the notification still tell.
    }
  }

  if (body.page !== 'ticket') return;
  const ticket = body.ticket;
  const chat = document.getElementById('chat');
  const state = document.getElementById('ticket-state');
  const assigned = document.getElementById('ticket-assigned');
  const takeOver = document.getElementById('take-over');
  const resolve = document.getElementById('resolve');
  const form = document.getElementById('send-form');
  const input = document.getElementById('send-text');
  let last = Number(body.lastSeq || 0);

  function append(message) {
    const item = document.createElement('li');
    item.className = `from-${message.sender}`;
    item.dataset.seq = message.seq;
    const who = document.createElement('span');
    who.className = 'who-said';
    who.textContent = `${message.senderName || message.sender} · ${new Date(message.at).toLocaleTimeString('ja-JP', { timeZone: body.timeZone || undefined })}`;
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = message.text;
    item.append(who, text);
    chat.append(item);
    chat.scrollTop = chat.scrollHeight;
  }

  function show(view) {
    state.textContent = stateLabels[view.state] ?? view.state;
    state.dataset.state = view.state;
    state.className = `state state-${view.state}`;
    assigned.textContent = view.assignedTo ?? '';
    const mine = view.state === 'assigned' && view.assignedTo === body.agent;
    takeOver.disabled = view.state !== 'queued';
    resolve.disabled = view.state === 'resolved';
    input.disabled = !mine;
    form.querySelector('button').disabled = !mine;
  }

  const source = new EventSource(`/agent/api/tickets/${ticket}/events?after=${last}`);
  source.addEventListener('chat', (event) => {
    const message = JSON.parse(event.data);
    if (message.seq <= last) return;
    last = message.seq;
    append(message);
  });
  source.addEventListener('ticket', (event) => show(JSON.parse(event.data)));

  takeOver.addEventListener('click', () => post(`/agent/api/tickets/${ticket}/takeover`));
  const disposition = document.getElementById('disposition');
  resolve.addEventListener('click', () => post(`/agent/api/tickets/${ticket}/resolve`, { disposition: disposition?.value || null }));
  const transferTo = document.getElementById('transfer-to');
  document.getElementById('transfer')?.addEventListener('click', () => {
    if (transferTo?.value) post(`/agent/api/tickets/${ticket}/transfer`, { to: transferTo.value });
  });
  const canned = document.getElementById('canned');
  canned?.addEventListener('change', () => {
    if (canned.value) { input.value = canned.value; input.focus(); }
    canned.value = '';
  });
  const noteForm = document.getElementById('note-form');
  const noteText = document.getElementById('note-text');
  noteForm?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = noteText.value.trim();
    if (!text) return;
    const response = await post(`/agent/api/tickets/${ticket}/notes`, { text });
    if (response.ok) noteText.value = '';
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const response = await post(`/agent/api/tickets/${ticket}/messages`, { text });
    if (response.ok) input.value = '';
  });
})();
