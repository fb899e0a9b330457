/**
 * The lab console: one self-contained HTML page (no external assets, no framework) that reads the
 * control API's JSON routes every few seconds and shows what a person wants to see while the
 * engine runs: edges by state per host, the edges that are not CONNECTED, open Bruin tickets with
 * their notes (latest first), recent e-mails and Slack messages. Text is inserted with
 * `textContent`, never as HTML, so nothing the engine sends can inject markup.
 */
export function consolePage(options: { refreshMs?: number } = {}): string {
  const refreshMs = options.refreshMs ?? 3000;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Automation Engine lab</title>
<style>
  :root { --bg: #f5f6f8; --card: #fff; --ink: #1d2330; --muted: #667085; --line: #e3e6ec;
          --ok: #1a7f37; --bad: #c62828; --warn: #b26a00; --accent: #2f5bd3; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
         background: var(--bg); color: var(--ink); }
  header { display: flex; align-items: baseline; gap: 1rem; padding: .8rem 1.2rem;
           background: var(--ink); color: #fff; }
  header h1 { font-size: 1.1rem; margin: 0; }
  header .status { color: #c8cdd8; font-size: .85rem; }
  main { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr));
         gap: 1rem; padding: 1rem 1.2rem; }
  section { background: var(--card); border: 1px solid var(--line); border-radius: 8px;
            padding: .8rem 1rem; min-width: 0; }
  section.wide { grid-column: 1 / -1; }
  section .body { overflow-x: auto; }
  h2 { font-size: 1rem; margin: 0 0 .6rem; }
  h2 .count { color: var(--muted); font-weight: normal; }
  table { width: 100%; border-collapse: collapse; font-size: .85rem; }
  th, td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid var(--line);
           vertical-align: top; }
  th { color: var(--muted); font-weight: 600; white-space: nowrap; }
  .state { font-weight: 600; }
  .state-CONNECTED, .state-STABLE { color: var(--ok); }
  .state-OFFLINE, .state-DISCONNECTED, .state-FAILED { color: var(--bad); }
  .state-DEGRADED, .state-UNSTABLE, .state-null, .state-NEVER_ACTIVATED { color: var(--warn); }
  .empty { color: var(--muted); font-style: italic; }
  .ticket { border-top: 1px solid var(--line); padding: .5rem 0; }
  .ticket:first-of-type { border-top: 0; }
  .meta { color: var(--muted); font-size: .8rem; }
  pre { white-space: pre-wrap; word-break: break-word; margin: .3rem 0; padding: .4rem .5rem;
        background: #f0f2f6; border-radius: 4px; font-size: .8rem; }
  .item { border-top: 1px solid var(--line); padding: .4rem 0; }
  .item:first-of-type { border-top: 0; }
  .error { color: var(--bad); }
</style>
</head>
<body>
<header>
  <h1>Automation Engine lab</h1>
  <span class="status" id="status">loading…</span>
</header>
<main>
  <section id="fleet" class="wide"><h2>Fleet</h2><div class="body"><p class="empty">loading…</p></div></section>
  <section id="down-edges" class="wide"><h2>Edges not CONNECTED <span class="count"></span></h2>
    <div class="body"><p class="empty">loading…</p></div></section>
  <section id="tickets" class="wide"><h2>Open tickets <span class="count"></span></h2>
    <div class="body"><p class="empty">loading…</p></div></section>
  <section id="emails"><h2>E-mails <span class="count"></span></h2>
    <div class="body"><p class="empty">loading…</p></div></section>
  <section id="slack"><h2>Slack messages <span class="count"></span></h2>
    <div class="body"><p class="empty">loading…</p></div></section>
</main>
<script>
(() => {
  const REFRESH_MS = ${String(refreshMs)};
  const el = (tag, props, children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === 'text') node.textContent = value == null ? '' : String(value);
      else node.setAttribute(key, value);
    }
    for (const child of children || []) node.append(child);
    return node;
  };
  const empty = (text) => el('p', { class: 'empty', text });
  const state = (value) => el('span', { class: 'state state-' + String(value), text: String(value) });
  const time = (iso) => (iso ? iso.replace('T', ' ').replace(/\\.\\d+Z$/, 'Z') : '');
  const fill = (id, nodes, count) => {
    const section = document.getElementById(id);
    section.querySelector('.body').replaceChildren(...nodes);
    const badge = section.querySelector('.count');
    if (badge) badge.textContent = count === undefined ? '' : '(' + count + ')';
  };
  const getJson = async (path) => {
    const response = await fetch(path, { headers: { accept: 'application/json' } });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(path + ' answered ' + response.status);
    return response.json();
  };
  const table = (headers, rows) =>
    el('table', {}, [
      el('thead', {}, [el('tr', {}, headers.map((h) => el('th', { text: h })))]),
      el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) =>
        el('td', {}, [c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))]))))),
    ]);

  const renderFleet = (fleet) => {
    const states = [...new Set(fleet.hosts.flatMap((h) => Object.keys(h.edgeStates)))].sort();
    const rows = fleet.hosts.map((h) => [h.host, h.edges, ...states.map((s) => h.edgeStates[s] || 0)]);
    fill('fleet', [
      table(['Host', 'Edges', ...states], rows),
      el('p', { class: 'meta', text: fleet.edges + ' edges · ' + fleet.links + ' links · ' +
        fleet.clients + ' clients · ' + fleet.probes + ' probes · ' + fleet.digiDevices +
        ' DiGi routers · seed ' + fleet.seed + ' · lab time ' + time(fleet.clock.now) +
        ' (×' + fleet.clock.speed + ')' }),
    ]);
  };
  const renderDownEdges = (page) => {
    if (page.edges.length === 0) return fill('down-edges', [empty('every edge is CONNECTED')], 0);
    fill('down-edges', [table(['Serial', 'Edge', 'Client', 'Host', 'State', 'Links'],
      page.edges.map((e) => [
        e.serial, e.name, e.clientName, e.host, state(e.edgeState),
        el('span', {}, e.links.flatMap((l, i) => [
          ...(i > 0 ? [document.createTextNode(' ')] : []),
          document.createTextNode(l.interface + ' '), state(l.linkState)])),
      ]))], page.total);
  };
  const renderTickets = (page) => {
    if (page === null) return fill('tickets', [empty('Bruin is not part of this lab')]);
    if (page.tickets.length === 0) return fill('tickets', [empty('no open tickets')], 0);
    const tickets = [...page.tickets].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    fill('tickets', tickets.map((t) => {
      const notes = [...t.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      return el('div', { class: 'ticket' }, [
        el('div', {}, [
          el('strong', { text: 'Ticket ' + t.ticketID + ' ' }), state(t.ticketStatus),
          document.createTextNode(' ' + t.topic + ' · ' + t.clientName),
        ]),
        el('div', { class: 'meta', text: 'created ' + time(t.createdAt) + ' by ' + t.createdBy +
          ' · severity ' + t.severity + ' · ' + t.details.map((d) => d.detailValue + ' (' +
          d.detailStatus + ', ' + d.currentTaskName + ')').join(', ') }),
        ...(notes.length === 0 ? [empty('no notes')] : notes.map((n) => el('div', {}, [
          el('div', { class: 'meta', text: time(n.createdAt) + ' · ' + n.creator }),
          el('pre', { text: n.noteValue }),
        ]))),
      ]);
    }), page.total);
  };
  const renderEmails = (page) => {
    if (page === null) return fill('emails', [empty('the SMTP sink is not part of this lab')]);
    if (page.messages.length === 0) return fill('emails', [empty('no e-mails yet')], 0);
    fill('emails', page.messages.map((m) => el('div', { class: 'item' }, [
      el('strong', { text: m.subject || '(no subject)' }),
      el('div', { class: 'meta', text: time(m.at) + ' · to ' + m.to.join(', ') +
        (m.attachments.length ? ' · ' + m.attachments.length + ' attachment(s)' : '') }),
      el('pre', { text: (m.text || '').slice(0, 400) }),
    ])), page.total);
  };
  const renderSlack = (page) => {
    if (page === null) return fill('slack', [empty('the Slack webhook is not part of this lab')]);
    if (page.messages.length === 0) return fill('slack', [empty('no Slack messages yet')], 0);
    fill('slack', page.messages.map((m) => el('div', { class: 'item' }, [
      el('div', { class: 'meta', text: time(m.at) }), el('pre', { text: m.text }),
    ])), page.total);
  };

  const refresh = async () => {
    const status = document.getElementById('status');
    try {
      const [fleet, down, tickets, emails, slack] = await Promise.all([
        getJson('/fleet'),
        getJson('/fleet/edges?notState=CONNECTED&limit=200'),
        getJson('/bruin/tickets?status=New,InProgress,In-Progress,Draft'),
        getJson('/email/messages?limit=20'),
        getJson('/slack/messages?limit=30'),
      ]);
      renderFleet(fleet);
      renderDownEdges(down);
      renderTickets(tickets);
      renderEmails(emails);
      renderSlack(slack);
      status.className = 'status';
      status.textContent = 'updated ' + new Date().toLocaleTimeString() + ' · every ' +
        REFRESH_MS / 1000 + ' s';
      document.body.dataset.rendered = 'true';
    } catch (error) {
      status.className = 'status error';
      status.textContent = 'lab unreachable: ' + error.message;
    }
  };
  refresh();
  setInterval(refresh, REFRESH_MS);
})();
</script>
</body>
</html>
`;
}
