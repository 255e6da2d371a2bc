/**
 * A credited name as CSL wants it: a person split into family and given names,
 * or an agency, desk or newsroom kept whole (`literal`), so that styles never
 * print "Staff, A. J." for "Al Jazeera Staff".
 */
export type CslName =
  | { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string }
  | { literal: string };

// Lower-case particles belong to the family name but sort after it ("von der Leyen").
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'ter', 'ten', 'al', 'el', 'bin', 'ibn']);
// Capitalised, the same words usually start a compound family name ("Le Drian", "De Souza").
const CAPITAL_PARTICLES = new Set(['Van', 'Von', 'De', 'Del', 'Della', 'Di', 'Da', 'Du', 'La', 'Le', 'Al', 'El', 'Ter', 'Ten']);
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

// Words that mark a credit as a newsroom, agency or institution rather than a person.
const INSTITUTION_WORDS = new Set([
  'staff', 'desk', 'newsdesk', 'newsroom', 'agency', 'agencies', 'press', 'news', 'team', 'editors', 'editorial', 'board',
  'bureau', 'service', 'services', 'wire', 'wires', 'reporters', 'correspondent', 'correspondents', 'network', 'ministry',
  'office', 'committee', 'council', 'institute', 'foundation', 'center', 'centre', 'group', 'organization', 'organisation',
  'international', 'times', 'post', 'journal', 'daily', 'media', 'tv', 'radio', 'broadcasting', 'online', 'writers',
]);

/** True when a credit names an organisation, not a person: it is printed as written. */
export function isInstitutional(name: string, publisher: string | null = null): boolean {
  const words = name.split(' ');
  if (words.length < 2) return true;
  if (publisher && name.toLowerCase() === publisher.toLowerCase()) return true;
  if (/[\d&@/]|https?:/i.test(name) || /^the\s/i.test(name)) return true;
  // An all-capitals word of three letters or more is an acronym (IRNA, BBC), not a given name.
  if (words.some((w) => /^[A-Z]{3,}$/.test(w))) return true;
  return words.some((w) => INSTITUTION_WORDS.has(w.toLowerCase().replace(/[.,]$/, '')));
}

/**
 * "Dave DeCamp" → { given: "Dave", family: "DeCamp" }. Names are taken in
 * Western order: there is no reliable way to tell "Kim Jong Un" apart, and a
 * wrong guess in a citation is worse than the name as the byline gives it.
 */
export function cslName(raw: string, publisher: string | null = null): CslName {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (isInstitutional(name, publisher)) return { literal: name };
  // Already sorted ("DeCamp, Dave"): back to reading order, then split as usual.
  const sorted = /^([^,]+), ([^,]+)$/.exec(name);
  if (sorted && !SUFFIX.test(sorted[2]!)) return cslName(`${sorted[2]} ${sorted[1]}`, publisher);

  let words = name.replace(/,\s*(?=(?:Jr|Sr)\.?$|(?:II|III|IV)$)/, ' ').split(' ');
  let suffix: string | undefined;
  if (words.length > 2 && SUFFIX.test(words[words.length - 1]!)) {
    suffix = words[words.length - 1]!;
    words = words.slice(0, -1);
  }

  let start = words.length - 1;
  while (start > 1 && CAPITAL_PARTICLES.has(words[start - 1]!)) start--;
  let particleStart = start;
  while (particleStart > 1 && PARTICLES.has(words[particleStart - 1]!)) particleStart--;

  const result: CslName = { family: words.slice(start).join(' '), given: words.slice(0, particleStart).join(' ') };
  if (particleStart < start) result['non-dropping-particle'] = words.slice(particleStart, start).join(' ');
  if (suffix) result.suffix = suffix;
  return result;
}

/** "Roe, Jane": the sortable form Highwire tags and Dublin Core prefer. Literal names stay whole. */
export function invertedName(name: CslName): string {
  if ('literal' in name) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return [family, name.given, name.suffix].filter(Boolean).join(', ');
}
