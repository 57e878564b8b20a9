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

  if (body.page === 'queue') {
    const source = new EventSource('/agent/api/queue/events');
    source.addEventListener('changed', () => window.location.reload());
    return;
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
    who.textContent = `${message.senderName || message.sender} · ${new Date(message.at).toLocaleTimeString()}`;
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = message.text;
    item.append(who, text);
    chat.append(item);
    chat.scrollTop = chat.scrollHeight;
  }

  function show(view) {
    state.textContent = view.state;
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
  resolve.addEventListener('click', () => post(`/agent/api/tickets/${ticket}/resolve`));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const response = await post(`/agent/api/tickets/${ticket}/messages`, { text });
    if (response.ok) input.value = '';
  });
})();
