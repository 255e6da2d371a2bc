// Runs on every page as a small classic script (it must also run from file://,
// where module scripts are refused). It only enhances: the page works without it.
//  1. Opened straight from disk, directory links ("../actors/x/") are given
//     their index.html, which a browser does not add on file://.
//  2. A search result opens its page with ?highlight=term: the matched terms
//     are marked in the page's main text.

if (location.protocol === 'file:') {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const raw = link.getAttribute('href') ?? '';
    if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(raw)) continue;
    const [path, hash = ''] = raw.split('#');
    const [file, query = ''] = (path ?? '').split('?');
    if (file === undefined || !file.endsWith('/')) continue;
    link.setAttribute('href', `${file}index.html${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`);
  }
  for (const form of document.querySelectorAll<HTMLFormElement>('form[action$="/"]')) {
    form.setAttribute('action', `${form.getAttribute('action')}index.html`);
  }
}

const terms = new URLSearchParams(location.search).getAll('highlight').flatMap((t) => t.split(/\s+/)).filter((t) => t.length > 1);
if (terms.length > 0) {
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'giu');
  const scope = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (scope) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const hits: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style, mark, [hidden], [data-pagefind-ignore]')) continue;
      pattern.lastIndex = 0;
      if (pattern.test(node.nodeValue ?? '')) hits.push(node as Text);
    }
    let first: HTMLElement | null = null;
    for (const node of hits) {
      const text = node.nodeValue ?? '';
      const parts: Node[] = [];
      let at = 0;
      for (const m of text.matchAll(pattern)) {
        if (m.index > at) parts.push(document.createTextNode(text.slice(at, m.index)));
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = m[0];
        first ??= mark;
        parts.push(mark);
        at = m.index + m[0].length;
      }
      if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
      node.replaceWith(...parts);
    }
    if (first && !location.hash) first.scrollIntoView({ block: 'center' });
  }
}

// Copy buttons for citations: shown only when the clipboard can be used.
if (navigator.clipboard) {
  const copyOnClick = (button: HTMLButtonElement, text: () => string | null) => {
    const label = button.textContent ?? 'Copy';
    button.addEventListener('click', () => {
      const value = text();
      if (value === null) return;
      void navigator.clipboard.writeText(value).then(
        () => {
          button.textContent = 'Copied';
          window.setTimeout(() => (button.textContent = label), 2000);
        },
        () => (button.textContent = 'Copy failed: select the text instead'),
      );
    });
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    copyOnClick(button, () => document.getElementById(button.dataset.copy ?? '')?.textContent ?? null);
  }
  // Citing a paragraph in one click: next to each paragraph's "cite" link
  // (which leads to all five formats), a button that copies its APA citation.
  const data = document.getElementById('paragraph-citation');
  if (data) {
    const { token, apa } = JSON.parse(data.textContent ?? '{}') as { token: string; apa: string };
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a.para-cite')) {
      const n = /#cite-p-(\d+)$/.exec(link.getAttribute('href') ?? '')?.[1];
      if (!n) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'para-copy';
      button.textContent = 'copy';
      button.setAttribute('aria-label', `Copy the APA citation of paragraph ${n}`);
      button.dataset.pagefindIgnore = '';
      link.after(button);
      copyOnClick(button, () => apa.split(token).join(n));
    }
  }
}
