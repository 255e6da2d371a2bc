import type { CollectionEntry } from 'astro:content';
import type { Annotation } from './annotations.ts';

/** One line of the timeline: an article's publication, or a dated event an article refers to. */
export type TimelineRow = {
  date: string;
  precision: 'day' | 'month' | 'year';
  kind: 'article' | 'event';
  article: CollectionEntry<'articles'>['data'];
  text?: string;
  sentence?: string;
  block?: string;
};

/**
 * Up to this many rows the whole timeline is on /timeline/; beyond it the
 * overview links to a page per month (at 10,000 articles one page was 52 MiB).
 */
export const TIMELINE_INLINE = 600;

/** Every row, oldest first; on the same date, events before the articles that report them. */
export function timelineRows(articles: CollectionEntry<'articles'>[], annotations: ReadonlyMap<string, Annotation>): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const a of articles) {
    if (a.data.published) rows.push({ date: a.data.published, precision: 'day', kind: 'article', article: a.data });
    for (const e of annotations.get(a.data.slug)?.events ?? []) rows.push({ date: e.date, precision: e.precision, kind: 'event', article: a.data, text: e.text, sentence: e.sentence, block: e.block });
  }
  return rows.sort((x, y) => x.date.localeCompare(y.date) || (x.kind === y.kind ? 0 : x.kind === 'article' ? 1 : -1) || x.article.slug.localeCompare(y.article.slug));
}

/** The page a row is listed on: its month ("2025-10"), or its year ("2018") when the text gives only the year. */
export function periodOf(row: TimelineRow): string {
  return row.precision === 'year' ? row.date.slice(0, 4) : row.date.slice(0, 7);
}

export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
