import type { Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { linkMentions } from '../../src/lib/write/link-mentions.ts';

function paragraph(markdown: string): Paragraph {
  return fromMarkdown(markdown).children[0] as Paragraph;
}
const hrefs = (p: Paragraph) => p.children.filter((c) => c.type === 'link').map((c) => `${(c as { url: string }).url}=${toString(c)}`);

describe('linkMentions', () => {
  it('splits text into links at the given offsets', () => {
    const p = paragraph('Iran and the US met.');
    linkMentions(p, [{ start: 0, end: 4, href: '/a/iran/' }, { start: 13, end: 15, href: '/a/us/' }]);
    expect(hrefs(p)).toEqual(['/a/iran/=Iran', '/a/us/=US']);
    expect(toString(p)).toBe('Iran and the US met.');
  });
  it('matches nothing inside an existing link, and keeps later offsets right', () => {
    const p = paragraph('See [Iran report](https://x.org) on Iran.');
    const text = toString(p);
    const second = text.lastIndexOf('Iran');
    linkMentions(p, [{ start: 4, end: 8, href: '/a/iran/' }, { start: second, end: second + 4, href: '/a/iran/' }]);
    expect(hrefs(p)).toEqual(['https://x.org=Iran report', '/a/iran/=Iran']);
  });
  it('skips a stretch that crosses a node boundary', () => {
    const p = paragraph('Ali *Khamenei* spoke.');
    linkMentions(p, [{ start: 0, end: 12, href: '/a/k/' }]);
    expect(hrefs(p)).toEqual([]);
    expect(toString(p)).toBe('Ali Khamenei spoke.');
  });
});
