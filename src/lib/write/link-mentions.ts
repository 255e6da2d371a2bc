import type { Link as MdLink, Parent, PhrasingContent, Root, Text } from 'mdast';

/** A stretch of a paragraph's text that should become a link. Offsets index the paragraph's plain text. */
export type Link = { start: number; end: number; href: string; title?: string };

const IGNORE = new Set(['link', 'linkReference']);

/**
 * Turns stretches of a paragraph into links, as a tree transform in the manner
 * of mdast-util-find-and-replace: text nodes are split, text already inside a
 * link is left alone (its offsets still count), and a stretch that would cross
 * a node boundary is skipped rather than mangled.
 */
export function linkMentions(paragraph: Parent, links: Link[]): void {
  const sorted = [...links].sort((a, b) => a.start - b.start || b.end - a.end);
  let offset = 0;
  const walk = (parent: Parent) => {
    const children: typeof parent.children = [];
    for (const child of parent.children) {
      if (IGNORE.has(child.type)) {
        offset += plainLength(child);
        children.push(child);
        continue;
      }
      if (child.type !== 'text') {
        if ('children' in child) walk(child as Parent);
        else offset += plainLength(child);
        children.push(child);
        continue;
      }
      children.push(...splitText(child as Text, offset, sorted));
      offset += (child as Text).value.length;
    }
    parent.children = children;
  };
  walk(paragraph);
}

function splitText(node: Text, offset: number, links: Link[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const end = offset + node.value.length;
  let at = offset;
  for (const link of links) {
    if (link.start < at || link.end > end) continue;
    if (link.start > at) out.push({ type: 'text', value: node.value.slice(at - offset, link.start - offset) });
    const anchor: MdLink = {
      type: 'link',
      url: link.href,
      title: link.title ?? null,
      children: [{ type: 'text', value: node.value.slice(link.start - offset, link.end - offset) }],
    };
    out.push(anchor);
    at = link.end;
  }
  if (at < end) out.push({ type: 'text', value: node.value.slice(at - offset) });
  return out.length > 0 ? out : [node];
}

function plainLength(node: Root['children'][number] | PhrasingContent): number {
  if ('value' in node && typeof node.value === 'string') return node.value.length;
  if ('children' in node) return (node.children as PhrasingContent[]).reduce((n, c) => n + plainLength(c), 0);
  return 0;
}
