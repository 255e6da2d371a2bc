import type { Entity } from '../schema/entity.ts';
import type { Topic } from '../schema/topic.ts';
import type { Context } from './annotate-article.ts';
import { join } from 'node:path';
import { openCache } from './cache.ts';
import type { ArticleCitations, SiteAddress } from './citations.ts';

/** What an annotation context is made from: plain data, so a worker thread can be sent it. */
export type ContextInput = { entities: Entity[]; topics: Topic[]; address: SiteAddress; cacheDir?: string | undefined };

/**
 * The registries made ready for matching. The matchers are loaded only here,
 * so a build whose articles all come from the cache never loads them.
 */
export async function buildContext({ entities, topics, address, cacheDir }: ContextInput): Promise<Context> {
  const [{ buildLexicon }, { buildTopicMatcher }] = await Promise.all([import('../annotate/lexicon.ts'), import('../annotate/topics.ts')]);
  return {
    lexicon: buildLexicon(entities),
    topicMatcher: buildTopicMatcher(topics),
    topicNames: new Map(topics.map((t) => [t.id, t.name])),
    names: new Map(entities.map((e) => [e.id, e.name])),
    types: new Map(entities.map((e) => [e.id, { type: e.type }])),
    address,
    citations: cacheDir ? openCache<ArticleCitations>(join(cacheDir, 'citations')) : undefined,
  };
}
