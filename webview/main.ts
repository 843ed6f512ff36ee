// The matrix webview: renders the view model the extension sends and posts intents back (reveal, move, classify).
// It never edits the document; the extension host owns it. The parts: state.ts (the one state), render.ts,
// actions.ts (intents), host.ts (messages in), grid-events.ts, menus.ts; templates in view.ts and *-view.ts.

import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import type { Signal } from '../src/core/types';
import { SIGNALS } from '../src/core/types';
import { describeMessage, inflateHostMessage, PROTOCOL_VERSION, parseHostMessage } from '../src/protocol';
import { requestMove, setFilter } from './actions';
import { installGridEvents } from './grid-events';
import { onHostMessage } from './host';
import { SIDES, SIGNAL_FILTERS, SORTS, type ViewState } from './logic';
import { computeSlice, update, updateRows } from './render';
import { early, post, S, saveState, VIRTUAL_THRESHOLD } from './state';
import { COL_FIRST_PLAN } from './view-parts';

const root = S.root;

function receive(data: unknown): void {
  const msg = parseHostMessage(data);
  if (!msg) {
    const why = `ignored a malformed message from the extension: ${describeMessage(data)}`;
    console.warn(`[packaging matrix] ${why}`);
    post({ type: 'log', level: 'warn', message: why });
    return;
  }
  onHostMessage(msg);
}

// A gzipped render inflates asynchronously: the messages after it wait for it (a delta is told against it), so
// they are handled in the order they came; while none waits, a message is handled at once.
let waiting = 0;
let inbox: Promise<void> = Promise.resolve();
function onMessage(data: unknown): void {
  const gzipped = typeof data === 'object' && data !== null && 'modelGzip' in data;
  if (!gzipped && waiting === 0) {
    receive(data);
    return;
  }
  waiting++;
  inbox = inbox
    .then(() => inflateHostMessage(data))
    .then(receive, () => receive(undefined))
    .finally(() => {
      waiting--;
    });
}
window.addEventListener('message', (e: MessageEvent) => onMessage(e.data));
// the page's first script said `ready` and kept what came before this listener (handled at the end of this file)
const arrivedEarly = early?.take() ?? [];

// ---- toolbar ------------------------------------------------------------------------------------------------

// Bubbling: the textfield updates its value in its own input handler, before the event reaches us.
// Typing filters at most once per frame: the query is kept at once, the rows follow on the next frame.
let searchFrame = 0;
let searchQueued = false;
root.addEventListener('input', (e) => {
  const t = e.target as HTMLElement & { value?: string };
  if (t.id !== 'search') return;
  S.view.query = String(t.value ?? '').slice(0, 1000);
  if (searchFrame) {
    searchQueued = true;
    return;
  }
  // the first keystroke filters at once; those typed within the same frame wait for the next one
  setFilter({});
  const tick = () => {
    if (!searchQueued) {
      searchFrame = 0;
      return;
    }
    searchQueued = false;
    setFilter({});
    searchFrame = requestAnimationFrame(tick);
  };
  searchFrame = requestAnimationFrame(tick);
});

// Capture phase: the vscode-elements selects and checkbox dispatch `change` without bubbling.
root.addEventListener(
  'change',
  (e) => {
    const t = e.target as HTMLElement & { value?: string; checked?: boolean };
    const v = t.value;
    switch (t.id) {
      case 'flagged':
        setFilter({ flaggedOnly: Boolean(t.checked) });
        break;
      case 'unclassified':
        S.keep.clear();
        setFilter({ unclassifiedOnly: Boolean(t.checked) });
        break;
      case 'bulk-signal':
        S.bulk.signal = (SIGNALS as readonly unknown[]).includes(v) ? (v as Signal) : undefined;
        update();
        break;
      case 'bulk-value':
        S.bulk.value = v === 'yes' || v === 'no' ? v : undefined;
        update();
        break;
      case 'side':
        if ((SIDES as readonly unknown[]).includes(v)) setFilter({ side: v as ViewState['side'] });
        break;
      case 'signal':
        if ((SIGNAL_FILTERS as readonly unknown[]).includes(v))
          setFilter({ signal: v as ViewState['signal'] });
        break;
      case 'sort':
        if ((SORTS as readonly unknown[]).includes(v)) setFilter({ sort: v as ViewState['sort'] });
        break;
    }
  },
  true,
);

installGridEvents(root);

// ---- drag and drop: drag a feature (its row header) onto a plan column ---------------------------------------

const DRAG_TYPE = 'application/x-packaging-feature';
let dragged: string | undefined;
let dropCell: HTMLElement | null = null;

function planColumnAt(target: EventTarget | null): number | undefined {
  const cell = (target as HTMLElement | null)?.closest?.<HTMLElement>('[data-col]');
  if (!cell || !S.current) return undefined;
  const i = Number(cell.dataset.col) - COL_FIRST_PLAN;
  return i >= 0 && i < S.current.model.plans.length ? i : undefined;
}

function setDropCell(cell: HTMLElement | null): void {
  if (dropCell === cell) return;
  dropCell?.classList.remove('drop-target');
  dropCell = cell;
  dropCell?.classList.add('drop-target');
}

root.addEventListener('dragstart', (e) => {
  const cell = (e.target as HTMLElement).closest?.<HTMLElement>('.feature-row .feature');
  const id = cell?.closest<HTMLElement>('.feature-row')?.dataset.id;
  if (!id || !e.dataTransfer) return;
  dragged = id;
  e.dataTransfer.setData(DRAG_TYPE, id);
  e.dataTransfer.setData('text/plain', S.rowsById.get(id)?.name ?? id);
  e.dataTransfer.effectAllowed = 'move';
  cell?.closest('.feature-row')?.classList.add('dragging');
});

root.addEventListener('dragover', (e) => {
  if (!dragged || planColumnAt(e.target) === undefined) {
    setDropCell(null);
    return;
  }
  e.preventDefault();
  if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
  setDropCell((e.target as HTMLElement).closest<HTMLElement>('[data-col]'));
});

root.addEventListener('drop', (e) => {
  const i = planColumnAt(e.target);
  const id = dragged ?? e.dataTransfer?.getData(DRAG_TYPE);
  setDropCell(null);
  if (i === undefined || !id || !S.current) return;
  e.preventDefault();
  requestMove(id, S.current.model.plans[i]!.id);
});

root.addEventListener('dragend', () => {
  dragged = undefined;
  setDropCell(null);
  for (const r of document.querySelectorAll('.feature-row.dragging')) r.classList.remove('dragging');
});

// ---- scroll state --------------------------------------------------------------------------------------------

// A scroll patches the rows (never the whole page) when the window of a big file must move, at most once a frame;
// the scroll position is saved once scrolling pauses.
let scrollQueued = false;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => {
    scrollQueued = false;
    S.view.scrollY = window.scrollY;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveState, 200);
    if (S.items.length > VIRTUAL_THRESHOLD) {
      const next = computeSlice(true);
      if (next.start !== S.slice.start || next.end !== S.slice.end) {
        S.slice = next;
        updateRows();
      }
    }
  });
});

window.addEventListener('error', (e) => {
  post({ type: 'log', level: 'error', message: `webview error: ${String(e.message).slice(0, 500)}` });
});

update();
if (early) for (const data of arrivedEarly) onMessage(data);
else post({ type: 'ready', protocol: PROTOCOL_VERSION });
