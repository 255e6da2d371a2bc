import { readFileSync } from 'node:fs';
import { NAME_LEXICON_FILE, type NameLexicon, type NameTag } from './name-lexicon-source.ts';

let byWord: Map<string, NameTag[]> | undefined;

/**
 * The tags compromise's lexicon gives a word among those discovery reads
 * ("hamid" → Person, "oslo" → City), from the extract in data/ (see
 * scripts/name-lexicon.ts): 1 ms to read where loading compromise takes
 * 130 ms, which an article that needs no tagging then never pays.
 */
export function nameTags(word: string): readonly NameTag[] {
  byWord ??= indexByWord(JSON.parse(readFileSync(NAME_LEXICON_FILE, 'utf8')) as NameLexicon);
  return byWord.get(word.toLowerCase()) ?? [];
}

function indexByWord(lexicon: NameLexicon): Map<string, NameTag[]> {
  const map = new Map<string, NameTag[]>();
  for (const [tag, words] of Object.entries(lexicon.tags) as [NameTag, string[]][]) {
    for (const word of words) map.set(word, [...(map.get(word) ?? []), tag]);
  }
  return map;
}
