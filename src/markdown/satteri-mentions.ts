import type { HastPluginEntry } from 'satteri';

const ACTOR_LINK = /(?:^|\/)actors\/([a-z0-9-]+)\/$/;

/**
 * Marks actor links in an article body: the first mention of each actor is a
 * full link (`mention mention-first`), later ones are styled more quietly
 * (`mention mention-repeat`). Each carries `data-actor` for hover previews.
 * A factory: Sätteri calls it once per document, so "first" is per article.
 */
export const mentionLinks: HastPluginEntry = () => {
  const seen = new Set<string>();
  return {
    name: 'dossier-mention-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const id = ACTOR_LINK.exec(String(node.properties['href'] ?? ''))?.[1];
        if (!id) return;
        const first = !seen.has(id);
        seen.add(id);
        ctx.setProperty(node, 'className', ['mention', first ? 'mention-first' : 'mention-repeat']);
        ctx.setProperty(node, 'dataActor', id);
      },
    },
  };
};
