/**
 * The article described by a page's JSON-LD (schema.org). Sites wrap it in
 * many ways: one object, an array, an `@graph` of linked nodes where author
 * and publisher are `{"@id": …}` references, authors as a string, an object
 * or a list. This flattens all of them to plain strings.
 */
export type JsonLdArticle = {
  headline: string | null;
  authors: string[];
  publisher: string | null;
  published: string | null;
  url: string | null;
  description: string | null;
  /** false when the page says the article is behind a paywall. */
  free: boolean | null;
};

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle)$/;

/** The texts of a page's `<script type="application/ld+json">` blocks → its article, or null. */
export function jsonLdArticle(scripts: string[]): JsonLdArticle | null {
  const nodes: Node[] = [];
  for (const script of scripts) {
    try {
      collect(JSON.parse(script.trim().replace(/^<!--|-->$/g, '')), nodes);
    } catch {
      // Broken JSON-LD is common and harmless: the page's other metadata still counts.
    }
  }
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const resolve = (value: unknown): unknown => {
    if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return byId.get(value['@id']) ?? value;
    return value;
  };

  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return null;
  const free = article['isAccessibleForFree'];
  return {
    headline: text(article['headline']) ?? text(article['name']),
    authors: list(article['author']).map(resolve).map(nameOf).filter((n): n is string => n !== null),
    publisher: nameOf(resolve(first(article['publisher']))) ?? nameOf(resolve(first(article['sourceOrganization']))),
    published: text(article['datePublished']) ?? text(article['dateCreated']),
    url: text(article['url']) ?? idOf(resolve(article['mainEntityOfPage'])),
    description: text(article['description']),
    free: free === false || free === 'False' || free === 'false' ? false : free === true || free === 'True' || free === 'true' ? true : null,
  };
}

function collect(value: unknown, into: Node[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (isNode(value)) {
    into.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], into);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: Node): string[] {
  return list(node['@type']).filter((t): t is string => typeof t === 'string');
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function first(value: unknown): unknown {
  return list(value)[0];
}

function text(value: unknown): string | null {
  const item = first(value);
  if (typeof item === 'string') return item.trim() || null;
  if (typeof item === 'number') return String(item);
  return null;
}

/** A person or organisation as a string, `{name}`, or `{name: {…}}` in some CMSs. */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (!isNode(value)) return null;
  const name = value['name'];
  if (typeof name === 'string') return name.trim() || null;
  if (isNode(name) && typeof name['@value'] === 'string') return name['@value'].trim() || null;
  const parts = [value['givenName'], value['familyName']].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? parts.join(' ') : null;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isNode(value)) return text(value['@id']) ?? text(value['url']);
  return null;
}
