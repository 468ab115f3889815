// Live tasking board: the portal relays the gateway's subscription as server-sent events.
// Without JavaScript the page refreshes itself every 30 seconds instead.
const status = document.getElementById('live-status');
const list = document.getElementById('live-events');
if (status && list && window.EventSource) {
  const source = new EventSource(status.dataset.events);
  let first = true;
  const add = (text) => {
    if (first) { list.innerHTML = ''; first = false; }
    const item = document.createElement('li');
    item.textContent = new Date().toLocaleTimeString('en-GB') + ' ' + text;
    list.prepend(item);
    while (list.children.length > 10) list.lastChild.remove();
  };
  source.onopen = () => { status.textContent = 'Live: new tasks, check-ins and notices appear below as they happen.'; };
  source.onmessage = (message) => {
    const event = JSON.parse(message.data);
    if (event.kind === 'TASK' && event.task) {
      add(`New task: ${event.task.title} (${event.task.status})`);
      const column = document.querySelector(`section[data-status="${event.task.status}"]`);
      if (column) {
        const card = document.createElement('div');
        card.className = 'pact-card pact-card--new';
        const title = document.createElement('p');
        title.className = 'govuk-body-s';
        title.textContent = `${event.task.title} · ${event.task.priority} · ${event.task.area ? event.task.area.cellId : ''}`;
        card.appendChild(title);
        column.querySelector('h2').after(card);
      }
    } else if (event.kind === 'CHECK_IN' && event.checkIn) {
      add(`Check-in from officer ${event.checkIn.officerId.slice(0, 8)}`);
    } else if (event.kind === 'NOTICE' && event.notice) {
      add(`Notice: ${event.notice.type} (${event.notice.status})`);
    } else if (event.kind === 'UNAVAILABLE') {
      add(`Not live for now: ${event.message}`);
    }
  };
  source.onerror = () => { status.textContent = 'Live updates paused; retrying.'; };
}
