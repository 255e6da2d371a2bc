import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const ACTOR_LINK = /(?:^|\/)actors\/([a-z0-9-]+)\/$/;

/**
 * Marks actor links in an article body: the first mention of each actor is a
 * full link (`mention mention-first`), later ones are styled more quietly
 * (`mention mention-repeat`). Each carries `data-actor` for hover previews.
 */
export function rehypeMentions() {
  return (tree: Root) => {
    const seen = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const id = ACTOR_LINK.exec(String(node.properties.href ?? ''))?.[1];
      if (!id) return;
      const first = !seen.has(id);
      seen.add(id);
      node.properties = { ...node.properties, className: ['mention', first ? 'mention-first' : 'mention-repeat'], dataActor: id };
    });
  };
}
