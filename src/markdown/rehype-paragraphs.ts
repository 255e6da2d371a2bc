import type { Element, ElementContent, Root } from 'hast';

/**
 * Gives each top-level paragraph of an article body a stable anchor (`p-1`,
 * `p-2`, …, in reading order) and a visible "link to this paragraph" control.
 * The numbering follows the order of paragraphs in the seed, which the
 * pipeline keeps, so a cited `#p-N` keeps pointing at the same paragraph.
 */
export function rehypeParagraphs() {
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      n += 1;
      node.properties = { ...node.properties, id: `p-${n}`, className: ['para'] };
      node.children.push({ type: 'text', value: ' ' }, anchor(n), citeLink(n));
    }
  };
}

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
