import type { SiteData } from './data.ts';

/**
 * What the offline and terminal search index holds: one document per article
 * (headline and standfirst), per body paragraph, and per actor page. URLs are
 * relative to the site root, so they work under any base path and from disk.
 */
export type SearchDocument = {
  id: string;
  kind: 'article' | 'paragraph' | 'actor' | 'topic';
  title: string;
  text: string;
  aliases: string;
  url: string;
  date: string | null;
  year: string | null;
  publisher: string | null;
  actors: string[];
  topics: string[];
};

export function searchDocuments(data: SiteData): SearchDocument[] {
  const docs: SearchDocument[] = [];
  const name = (id: string) => data.actors.get(id)?.name ?? id;
  const topicName = (id: string) => data.topics.get(id)?.name ?? id;
  for (const a of data.annotations.values()) {
    const article = data.articleBySlug.get(a.slug)?.data;
    if (!article) continue;
    const base = { date: a.published, year: a.published?.slice(0, 4) ?? null, publisher: a.publisher };
    const head = a.blocks.filter((b) => b.kind === 'title' || b.kind === 'dek');
    docs.push({
      ...base,
      id: a.slug,
      kind: 'article',
      title: a.title,
      text: head.map((b) => b.text).join(' — '),
      aliases: '',
      url: `articles/${a.slug}/`,
      actors: article.actors.map((x) => x.name),
      topics: article.topics.map((t) => t.name),
    });
    for (const block of a.blocks) {
      if (block.kind !== 'body') continue;
      docs.push({
        ...base,
        id: `${a.slug}#${block.id}`,
        kind: 'paragraph',
        title: a.title,
        text: block.text,
        aliases: '',
        url: `articles/${a.slug}/#${block.id}`,
        actors: [...new Set(block.mentions.map((m) => name(m.entity)))],
        topics: (article.paragraphTopics[block.id] ?? []).map(topicName),
      });
    }
  }
  for (const actor of data.actors.values()) {
    if (actor.mentions === 0) continue;
    docs.push({
      id: `actor:${actor.id}`,
      kind: 'actor',
      title: actor.name,
      text: actor.description ?? '',
      aliases: actor.aliases.join(' '),
      url: `actors/${actor.id}/`,
      date: null,
      year: null,
      publisher: null,
      actors: [actor.name],
      topics: [],
    });
  }
  return docs.sort((a, b) => a.id.localeCompare(b.id));
}

/** MiniSearch settings shared by the build, the browser and the terminal. */
export const SEARCH_OPTIONS = {
  fields: ['title', 'text', 'aliases'],
  storeFields: ['kind', 'title', 'text', 'url', 'date', 'year', 'publisher', 'actors', 'topics'],
  searchOptions: { boost: { title: 3, aliases: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' as const },
};
