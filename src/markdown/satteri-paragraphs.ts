import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';

/**
 * Gives each top-level paragraph of an article body a stable anchor (`p-1`,
 * `p-2`, …, in reading order) and a visible "link to this paragraph" control.
 * The numbering follows the order of paragraphs in the seed, which the
 * pipeline keeps, so a cited `#p-N` keeps pointing at the same paragraph.
 * A factory: Sätteri calls it once per document, so each counts from 1.
 */
export const paragraphAnchors: HastPluginEntry = () => {
  let n = 0;
  return {
    name: 'dossier-paragraph-anchors',
    element: {
      filter: ['p'],
      visit(node, ctx) {
        if (ctx.parent(node).type !== 'root') return;
        n += 1;
        ctx.setProperty(node, 'id', `p-${n}`);
        ctx.setProperty(node, 'className', ['para']);
        ctx.appendChild(node, [{ type: 'text', value: ' ' }, anchor(n), citeLink(n)]);
      },
    },
  };
};

function anchor(n: number): Element {
  const label: ElementContent = { type: 'text', value: '¶' };
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `#p-${n}`, className: ['para-link'], ariaLabel: `Link to paragraph ${n}`, dataPagefindIgnore: '' },
    children: [label],
  };
}

/** A way to the paragraph's ready-made citations, on the article's cite/ page. */
function citeLink(n: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `cite/#cite-p-${n}`, className: ['para-cite'], ariaLabel: `Cite paragraph ${n}`, dataPagefindIgnore: '' },
    children: [{ type: 'text', value: 'cite' }],
  };
}
