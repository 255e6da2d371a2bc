// The offline search index is built on a worker thread (src/site/search-index.ts):
// its bytes must be those of the same index built on this thread.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/site/data.ts';
import { searchDocuments, SEARCH_OPTIONS } from '../../src/site/search-documents.ts';
import { searchIndexBytes, startSearchIndex } from '../../src/site/search-index.ts';

const paragraph = (id: string, text: string, entity: string) => ({ id, kind: 'body', text, mentions: [{ entity, text: 'x', start: 0, end: 1 }] });
const data = {
  annotations: new Map([
    ['talks-resume-1a2b', { slug: 'talks-resume-1a2b', title: 'Talks resume in Muscat', published: '2025-04-12', publisher: 'Example News', blocks: [{ id: 'title', kind: 'title', text: 'Talks resume in Muscat', mentions: [] }, paragraph('p-1', 'Iran and the United States met in Muscat on Saturday — the first round.', 'iran'), paragraph('p-2', 'Witkoff said the talks were “constructive”.', 'steve-witkoff')] }],
  ]),
  articleBySlug: new Map([['talks-resume-1a2b', { data: { actors: [{ name: 'Iran' }, { name: 'Steve Witkoff' }], topics: [{ name: 'Nuclear talks' }], paragraphTopics: { 'p-1': ['nuclear-talks'] } } }]]),
  actors: new Map([
    ['iran', { id: 'iran', name: 'Iran', mentions: 1, description: 'A country in West Asia.', aliases: ['Islamic Republic'] }],
    ['steve-witkoff', { id: 'steve-witkoff', name: 'Steve Witkoff', mentions: 1, description: null, aliases: [] }],
    ['nobody', { id: 'nobody', name: 'Nobody', mentions: 0, description: null, aliases: [] }],
  ]),
  topics: new Map([['nuclear-talks', { id: 'nuclear-talks', name: 'Nuclear talks' }]]),
} as unknown as SiteData;

describe('the offline search index', () => {
  it('is built on a worker thread into the bytes the same index gives here, and answers a search', async () => {
    expect(() => searchIndexBytes()).toThrow(/site data/);
    startSearchIndex(data);
    const bytes = await searchIndexBytes();
    const docs = searchDocuments(data);
    const here = new MiniSearch({ fields: SEARCH_OPTIONS.fields, storeFields: SEARCH_OPTIONS.storeFields });
    here.addAll(docs);
    expect(Buffer.from(bytes).toString('utf8')).toBe(JSON.stringify(here));
    expect(docs.map((d) => d.id)).toEqual(['actor:iran', 'actor:steve-witkoff', 'talks-resume-1a2b', 'talks-resume-1a2b#p-1', 'talks-resume-1a2b#p-2']);
    const loaded = MiniSearch.loadJSON(Buffer.from(bytes).toString('utf8'), { fields: SEARCH_OPTIONS.fields, storeFields: SEARCH_OPTIONS.storeFields });
    expect(loaded.search('constructive', SEARCH_OPTIONS.searchOptions).map((r) => r.url)).toEqual(['articles/talks-resume-1a2b/#p-2']);
  });
});
