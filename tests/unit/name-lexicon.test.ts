import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameTags } from '../../src/lib/annotate/name-lexicon.ts';
import { NAME_LEXICON_FILE, nameLexiconOf } from '../../src/lib/annotate/name-lexicon-source.ts';

describe('the name lexicon extracted from compromise', () => {
  it('is the installed compromise’s (after an upgrade, run npm run lexicon)', () => {
    expect(JSON.parse(readFileSync(NAME_LEXICON_FILE, 'utf8'))).toEqual(nameLexiconOf());
  });
  it('gives a word’s tags in any case, several where it has several, none for an unknown word', () => {
    expect(nameTags('Oslo')).toEqual(['City']);
    expect(nameTags('SARAH')).toEqual(['FemaleName']);
    expect(nameTags('tel aviv')).toEqual(['City']);
    expect(nameTags('Goldman Sachs')).toEqual(['Organization']);
    expect(nameTags('Karimi')).toEqual([]);
  });
});
