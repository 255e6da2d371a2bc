// npm run search -- "snapback" [--json] [--actor <name|id>] [--topic <name|id>] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
// Searches the built site's index (dist/search/index.json) from the terminal.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { DossierError } from '../src/lib/errors.ts';
import { isoDate } from '../src/lib/schema/source.ts';
import { exitOnHelp, runCli } from './lib/cli.ts';
import { DIST_DIR } from './lib/paths.ts';

type Doc = { id: string; kind: string; title: string; text: string; url: string; date: string | null; publisher: string | null; actors: string[]; topics: string[] };
const USAGE = 'usage: npm run search -- "<query>" [--json] [--actor <name>] [--topic <name>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit 10] [--dist dist]';

await runCli(() => {
  exitOnHelp(USAGE);
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        actor: { type: 'string', multiple: true },
        topic: { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        limit: { type: 'string', default: '10' },
        dist: { type: 'string', default: DIST_DIR },
        verbose: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new DossierError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const query = positionals.join(' ').trim();
  for (const [flag, value] of [['--from', values.from], ['--to', values.to]] as const) {
    if (value !== undefined && !isoDate.safeParse(value).success) throw new DossierError(`${flag} must be a date written YYYY-MM-DD, got "${value}"`, { hint: USAGE });
  }
  const dist = resolve(values.dist!);
  const indexFile = join(dist, 'search', 'index.json');
  if (!existsSync(indexFile)) throw new DossierError('there is no search index to read', { file: indexFile, hint: 'run `npm run build` first' });
  const index = MiniSearch.loadJSON<Doc>(readFileSync(indexFile, 'utf8'), {
    fields: ['title', 'text', 'aliases'],
    storeFields: ['kind', 'title', 'text', 'url', 'date', 'year', 'publisher', 'actors', 'topics'],
  });
  const entities = existsSync(join(dist, 'data', 'entities.json'))
    ? (JSON.parse(readFileSync(join(dist, 'data', 'entities.json'), 'utf8')) as { id: string; name: string }[])
    : [];
  // --actor takes a name or an id; both compare without regard to case.
  const wanted = (values.actor ?? []).map((a) => (entities.find((e) => e.id === a)?.name ?? a).toLowerCase());
  const topics = (values.topic ?? []).map((t) => t.toLowerCase().replace(/-/g, ' '));
  const keep = (d: Doc) =>
    wanted.every((a) => d.actors.some((x) => x.toLowerCase() === a)) &&
    topics.every((t) => d.topics.some((x) => x.toLowerCase().replace(/-/g, ' ').includes(t))) &&
    (!values.from || (d.date !== null && d.date >= values.from)) &&
    (!values.to || (d.date !== null && d.date <= values.to));
  if (!query && wanted.length === 0 && topics.length === 0) throw new DossierError('give a query, or at least one filter', { hint: USAGE });
  const hits = (query
    ? (index.search(query, { boost: { title: 3, aliases: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' }) as unknown as (Doc & { score: number; terms: string[] })[])
    : [])
    .filter(keep)
    .slice(0, Number(values.limit));
  const site = siteRoot(dist);
  const rows = hits.map((h) => ({
    score: Math.round(h.score * 100) / 100,
    kind: h.kind,
    title: h.title,
    paragraph: h.url.includes('#p-') ? Number(h.url.split('#p-')[1]) : null,
    date: h.date,
    publisher: h.publisher,
    excerpt: excerpt(h.text, h.terms),
    url: `${site}${h.url}`,
  }));
  if (values.json) {
    console.log(JSON.stringify({ query, count: rows.length, hits: rows }, null, 2));
    return;
  }
  if (rows.length === 0) {
    console.log(`No results for "${query}". Try fewer words or another spelling.`);
    return;
  }
  rows.forEach((r, i) => {
    console.log(`${i + 1}. ${r.title}${r.paragraph ? `, paragraph ${r.paragraph}` : ''}  [${[r.kind, r.publisher, r.date].filter(Boolean).join(', ')}]`);
    if (r.excerpt) console.log(`   ${r.excerpt}`);
    console.log(`   ${r.url}\n`);
  });
});

/** The public root of the built site, read from its sitemap, so printed URLs can be cited. */
function siteRoot(dist: string): string {
  const sitemap = join(dist, 'sitemap.xml');
  const first = existsSync(sitemap) ? /<loc>([^<]+)<\/loc>/.exec(readFileSync(sitemap, 'utf8'))?.[1] : undefined;
  return first ?? '/';
}

function excerpt(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  const at = Math.max(0, Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), text.length));
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 80)) + 1);
  const slice = text.slice(from, from + 200);
  return `${from > 0 ? '…' : ''}${slice}${from + 200 < text.length ? '…' : ''}`;
}
