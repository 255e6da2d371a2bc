// The /search/ page: a search box, a filter pane and results, with the query
// and filters kept in the URL so a search can be linked and cited. Served over
// HTTP it uses Pagefind; opened from disk (file://), where Pagefind cannot run,
// it loads the MiniSearch index as a classic script and searches that.
import MiniSearch from 'minisearch';

type Facets = Record<string, Record<string, number>>;
type Hit = { url: string; title: string; excerpt: string; kind: string; date: string | null; publisher: string | null };
/**
 * Hits come as promises, in rank order: Pagefind fetches each result's
 * excerpt separately, and the first is shown as soon as it arrives. Facet
 * counts are null when the engine has not loaded them: Pagefind's filter
 * index is fetched only when the reader opens the filters (or a search is
 * filtered), to keep a cold query small.
 */
type Outcome = { hits: Promise<Hit>[]; total: number; facets: Promise<Facets | null> };
type Engine = {
  search(query: string, filters: Record<string, string[]>, sort: string): Promise<Outcome>;
  /**
   * Called on every keystroke, before the debounce: may start loading and
   * ranking what the query will need, but fetches no excerpts and shows nothing.
   */
  preload(query: string, filters: Record<string, string[]>, sort: string): void;
  /** Loads what the facet counts need; the next search reports them. */
  loadFacets(): Promise<void>;
  /** Loads the engine itself (for Pagefind: its script, WebAssembly and index entry), so the first query need not. */
  warm(): Promise<void>;
};

const FACETS = ['type', 'actor', 'topic', 'publisher', 'year'] as const;
const LABELS: Record<string, string> = { type: 'Page type', actor: 'Actor', topic: 'Topic', publisher: 'Publisher', year: 'Year' };
// Each result's excerpt is a separate fetch: ten keep a cold query small.
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 150;

const html = document.documentElement;
const root = html.dataset.root ?? './';
const base = html.dataset.base ?? '/';
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const pane = document.querySelector<HTMLElement>('#search-filters')!;
const list = document.querySelector<HTMLElement>('#search-results')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
document.querySelector('#search-nojs')?.remove();
pane.hidden = false;

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
sortSelect.value = params.get('sort') ?? 'relevance';
const selected: Record<string, Set<string>> = Object.fromEntries(FACETS.map((f) => [f, new Set(params.getAll(f))]));

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function pagefindEngine(): Engine {
  type Found = { results: { data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[]; filters: Facets; totalFilters: Facets };
  type Pagefind = {
    options(o: object): Promise<void>;
    init(): Promise<void>;
    filters(): Promise<Facets>;
    search(q: string | null, o: object): Promise<Found>;
  };
  let loaded: Promise<Pagefind> | undefined;
  let filtersLoaded: Promise<unknown> | undefined;
  const load = () => {
    loaded ??= (import(/* @vite-ignore */ `${root}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ baseUrl: base, excerptLength: 28 });
      return pf;
    });
    return loaded;
  };
  // Pagefind reports filter counts only once its filter index is loaded. That
  // index grows with the number of actors (51 KB at 1,000 articles, a third of
  // a cold query), so it is fetched when the reader opens the filters, or
  // first when the search itself is filtered (a link with ?actor=…).
  const loadFilters = (pf: Pagefind) => (filtersLoaded ??= pf.filters());
  const options = (filters: Record<string, string[]>, sort: string) => {
    const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0).map(([k, v]) => [k, { any: v }]));
    const sortBy = sort === 'newest' ? { date: 'desc' } : sort === 'oldest' ? { date: 'asc' } : undefined;
    return { filtered: Object.keys(active).length > 0, options: { filters: active, ...(sortBy ? { sort: sortBy } : {}) } };
  };
  // The last search started, kept so that the debounced search can take up
  // the one started on the last keystroke: ranking (and the index chunks it
  // needs) then runs while the debounce waits, and only the excerpts are left.
  let ahead: { key: string; found: Promise<Found> } | undefined;
  const find = (pf: Pagefind, query: string, filters: Record<string, string[]>, sort: string): Promise<Found> => {
    const { filtered, options: searchOptions } = options(filters, sort);
    const key = JSON.stringify([query.trim(), searchOptions, filtered || filtersLoaded !== undefined]);
    if (ahead?.key === key) return ahead.found;
    const found = (filtered ? loadFilters(pf) : Promise.resolve()).then(() => pf.search(query.trim() || null, searchOptions));
    ahead = { key, found };
    // A failed search ahead is not kept: the debounced one tries again and reports it.
    found.catch(() => {
      if (ahead?.found === found) ahead = undefined;
    });
    return found;
  };
  return {
    preload(query, filters, sort) {
      // Pagefind matches the last word as a prefix, and a prefix of one or two
      // letters can span several of the index's chunks (about 26 KB each at
      // 1,000 articles): those are fetched only if the reader stops there.
      const last = query.trim().split(/\s+/).pop() ?? '';
      if ([...last].length < 3) return;
      // Searching loads the index chunks the words need, as Pagefind's own preload would, and ranks them too.
      void load().then((pf) => find(pf, query, filters, sort).catch(() => undefined));
    },
    async warm() {
      await (await load()).init();
    },
    async loadFacets() {
      await loadFilters(await load());
    },
    async search(query, filters, sort) {
      const pf = await load();
      const found = await find(pf, query, filters, sort);
      const toHit = (d: { url: string; excerpt: string; meta: Record<string, string> }): Hit => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, kind: d.meta.type ?? '', date: d.meta.date ?? null, publisher: d.meta.publisher ?? null });
      // The top result's excerpt is fetched alone, so that it does not share the
      // connection with nine others; theirs are asked for once it has arrived.
      const page = found.results.slice(0, PAGE_SIZE);
      const first = page[0]?.data().then(toHit);
      const hits = page.map((r, i) => (i === 0 ? first! : first!.then(() => r.data().then(toHit), () => r.data().then(toHit))));
      // Counts exist only once the filter index is in; a search found ahead
      // of it is asked again (from memory, no fetch) to get them.
      const facets = !filtersLoaded
        ? Promise.resolve(null)
        : filtersLoaded.then(() => (Object.keys(found.filters ?? {}).length > 0 ? found : find(pf, query, filters, sort))).then((f) => f.filters);
      return { total: found.results.length, facets, hits };
    },
  };
}

type Stored = { kind: string; title: string; text: string; url: string; date: string | null; year: string | null; publisher: string | null; actors: string[]; topics: string[] };

function offlineEngine(): Engine {
  let loaded: Promise<MiniSearch> | undefined;
  const load = () => {
    loaded ??= new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${root}search/offline-index.js`;
      script.onload = () => resolve(MiniSearch.loadJS((window as unknown as { DOSSIER_SEARCH_INDEX: never }).DOSSIER_SEARCH_INDEX, { fields: ['title', 'text', 'aliases'], storeFields: ['kind', 'title', 'text', 'url', 'date', 'year', 'publisher', 'actors', 'topics'] }));
      script.onerror = () => reject(new Error('the offline index did not load'));
      document.head.append(script);
    });
    return loaded;
  };
  const valueOf = (doc: Stored, facet: string): string[] => {
    switch (facet) {
      case 'type': return [doc.kind === 'actor' ? 'Actor' : doc.kind === 'topic' ? 'Topic' : 'Article'];
      case 'actor': return doc.actors;
      case 'topic': return doc.topics;
      case 'publisher': return doc.publisher ? [doc.publisher] : [];
      case 'year': return doc.year ? [doc.year] : [];
      default: return [];
    }
  };
  const search = async (query: string, filters: Record<string, string[]>, sort: string): Promise<Outcome> => {
    const index = await load();
    const keep = (doc: Stored) => Object.entries(filters).every(([f, values]) => values.length === 0 || valueOf(doc, f).some((v) => values.includes(v)));
    const raw = query.trim()
      ? (index.search(query, { boost: { title: 3, aliases: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' }) as unknown as (Stored & { terms: string[] })[])
      : [];
    const docs = raw.filter(keep);
    if (sort !== 'relevance') docs.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') * (sort === 'newest' ? -1 : 1));
    const facets: Facets = {};
    for (const f of FACETS) {
      facets[f] = {};
      for (const d of docs) for (const v of valueOf(d, f)) facets[f]![v] = (facets[f]![v] ?? 0) + 1;
    }
    return {
      total: docs.length,
      facets: Promise.resolve(facets),
      hits: docs.slice(0, PAGE_SIZE).map(async (d) => ({ url: `${root}${d.url}`, title: d.kind === 'paragraph' ? `${d.title} — paragraph ${d.url.split('#p-')[1]}` : d.title, excerpt: excerpt(d.text, d.terms), kind: valueOf(d, 'type')[0]!, date: d.date, publisher: d.publisher })),
    };
  };
  return { search, preload: () => void load(), warm: async () => void (await load()), loadFacets: async () => undefined };
}

/** About 30 words around the first matched term, the terms marked; each piece of text is escaped. */
function excerpt(text: string, terms: string[]): string {
  const words = text.split(/\s+/);
  const hit = Math.max(0, words.findIndex((w) => terms.some((t) => w.toLowerCase().includes(t))));
  const from = Math.max(0, hit - 12);
  const slice = words.slice(from, from + 30).join(' ');
  const pattern = terms.length ? new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu') : null;
  const marked = pattern ? slice.split(pattern).map((part, i) => (i % 2 === 1 ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part))).join('') : escapeHtml(slice);
  return `${from > 0 ? '… ' : ''}${marked}${from + 30 < words.length ? ' …' : ''}`;
}

const engine: Engine = location.protocol === 'file:' ? offlineEngine() : pagefindEngine();

function filtersNow(): Record<string, string[]> {
  return Object.fromEntries(FACETS.map((f) => [f, [...selected[f]!]]));
}

function syncUrl(): void {
  const next = new URLSearchParams();
  if (input.value) next.set('q', input.value);
  if (sortSelect.value !== 'relevance') next.set('sort', sortSelect.value);
  for (const f of FACETS) for (const v of selected[f]!) next.append(f, v);
  const query = next.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

let focusFacets = false;

/** Until the reader asks for filters, the pane offers them: their counts cost a fetch the size of a query. */
function offerFacets(): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'filters-open';
  button.textContent = 'Filter these results';
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = 'By page type, actor, topic, publisher or year.';
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = 'Loading filters…';
    focusFacets = true;
    engine.loadFacets().then(() => run(), (error: Error) => {
      button.disabled = false;
      button.textContent = 'Filter these results';
      hint.textContent = `The filters did not load: ${error.message}.`;
    });
  });
  pane.replaceChildren(button, hint);
}

function renderFacets(facets: Facets | null, total: number): void {
  pane.replaceChildren();
  if (facets === null) {
    if (total > 0) offerFacets();
    return;
  }
  for (const f of FACETS) {
    const values = Object.entries(facets[f] ?? {}).filter(([v, n]) => n > 0 || selected[f]!.has(v));
    for (const v of selected[f]!) if (!values.some(([x]) => x === v)) values.push([v, 0]);
    if (values.length === 0) continue;
    values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = LABELS[f]!;
    fieldset.append(legend);
    for (const [value, count] of values.slice(0, 15)) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = f;
      box.value = value;
      box.checked = selected[f]!.has(value);
      box.addEventListener('change', () => {
        if (box.checked) selected[f]!.add(value);
        else selected[f]!.delete(value);
        void run();
      });
      label.append(box, ` ${value} `);
      const n = document.createElement('span');
      n.className = 'count';
      n.textContent = String(count);
      label.append(n);
      fieldset.append(label);
    }
    pane.append(fieldset);
  }
  if (focusFacets) {
    focusFacets = false;
    pane.querySelector('input')?.focus();
  }
}

/**
 * Shows the status line and one slot per hit, then fills each slot as its
 * hit arrives. Resolves once the first hit is on screen (or there is none).
 */
function renderHits(outcome: Outcome, query: string, current: () => boolean): { first: Promise<void>; all: Promise<void> } {
  list.replaceChildren();
  const anyFilter = FACETS.some((f) => selected[f]!.size > 0);
  const done = { first: Promise.resolve(), all: Promise.resolve() };
  if (!query.trim() && !anyFilter) {
    status.textContent = 'Type a name, a phrase or a topic to search every article, paragraph and actor.';
    return done;
  }
  if (outcome.total === 0) {
    status.textContent = `No results for “${query}”${anyFilter ? ' with these filters' : ''}.`;
    const help = document.createElement('li');
    help.className = 'no-results';
    help.innerHTML = `Try fewer or different words, check the spelling${anyFilter ? ', or clear the filters' : ''}. You can also browse <a href="${root}actors/">all actors</a> or the <a href="${root}timeline/">timeline</a>.`;
    list.append(help);
    return done;
  }
  status.textContent = `${outcome.total} ${outcome.total === 1 ? 'result' : 'results'}${outcome.total > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : ''}.`;
  const highlight = query.trim() ? `highlight=${encodeURIComponent(query.trim())}` : '';
  const filled = outcome.hits.map((pending) => {
    const li = document.createElement('li');
    li.setAttribute('aria-busy', 'true');
    list.append(li);
    return pending.then((hit) => {
      if (!current()) return;
      const link = document.createElement('a');
      const [path, hash] = hit.url.split('#');
      const target = `${path}${highlight ? `${path!.includes('?') ? '&' : '?'}${highlight}` : ''}${hash ? `#${hash}` : ''}`;
      link.href = location.protocol === 'file:' ? target.replace(/\/(\?|#|$)/, '/index.html$1') : target;
      link.textContent = hit.title;
      const heading = document.createElement('h2');
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [hit.kind, hit.publisher, hit.date].filter(Boolean).join(' · ');
      const text = document.createElement('p');
      text.className = 'excerpt';
      text.innerHTML = hit.excerpt; // Pagefind's or our own excerpt: page text escaped, terms in <mark>
      li.append(heading, meta, text);
      li.removeAttribute('aria-busy');
    });
  });
  return { first: filled[0]!, all: Promise.all(filled).then(() => undefined) };
}

let timer: number | undefined;
let generation = 0;
async function run(): Promise<void> {
  const mine = ++generation;
  const current = () => mine === generation;
  syncUrl();
  const query = input.value;
  try {
    // Nothing asked yet: show the prompt without running a search (which would
    // fetch excerpts and filter counts for nothing); on opening, the engine is
    // loaded meanwhile so that the first query does not wait for it.
    if (!query.trim() && !FACETS.some((f) => selected[f]!.size > 0)) {
      renderHits({ hits: [], total: 0, facets: Promise.resolve(null) }, query, current);
      pane.replaceChildren();
      if (mine === 1) await engine.warm();
      if (current()) document.dispatchEvent(new CustomEvent('dossier:results', { detail: { count: 0 } }));
      return;
    }
    const outcome = await engine.search(query, filtersNow(), sortSelect.value);
    if (!current()) return;
    const shown = renderHits(outcome, query, current);
    await shown.first;
    if (!current()) return;
    // The first result is on screen: what the search benchmark times.
    document.dispatchEvent(new CustomEvent('dossier:results', { detail: { count: outcome.total } }));
    const [facets] = await Promise.all([outcome.facets, shown.all]);
    if (!current()) return;
    renderFacets(facets, outcome.total);
    document.dispatchEvent(new CustomEvent('dossier:results-complete', { detail: { count: outcome.total } }));
  } catch (error) {
    if (current()) status.textContent = `Search is unavailable here: ${(error as Error).message}.`;
  }
}

input.addEventListener('input', () => {
  engine.preload(input.value, filtersNow(), sortSelect.value);
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void run(), DEBOUNCE_MS);
});
sortSelect.addEventListener('change', () => void run());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  void run();
});
void run();
