import { describe, expect, it } from 'vitest';
import { citeParagraphsHtml, deferCiteParagraphs, fillDeferred, type CiteParagraphs } from '../../src/site/cite-paragraphs.ts';
import { PARAGRAPH_TOKEN } from '../../src/lib/schema/constants.ts';

const list: CiteParagraphs = {
  href: '/briefing/articles/talks-resume/',
  paragraphs: [
    { id: 'p-1', text: 'Iran said talks would resume.' },
    { id: 'p-2', text: 'A rule: 1 < 2 & "quotes" aren\'t </script> tags.' },
  ],
  template: {
    apa: `Doe, J. (2025). Talks resume. Example News. Annotated copy, para. ${PARAGRAPH_TOKEN}. https://example.org/articles/talks-resume/#p-${PARAGRAPH_TOKEN}`,
    mla: `Doe, Jane. “Talks Resume.” Example News, par. ${PARAGRAPH_TOKEN}.`,
    chicago: `Doe, Jane. 2025. “Talks Resume.” para. ${PARAGRAPH_TOKEN}.`,
    bibtex: `@article{talks-resume-p${PARAGRAPH_TOKEN},\n\ttitle = {Talks {&} resume},\n}`,
    ris: `TY  - NEWS\nN1  - paragraph ${PARAGRAPH_TOKEN}\nER  - `,
  },
};

const page = (middle: string) => `<!DOCTYPE html><html><head><title>Cite</title></head><body><h1>Cite a paragraph</h1>${middle}<footer>end</footer></body></html>`;

describe("a cite page's list of paragraphs", () => {
  it('gives each paragraph its anchor, its text and its citation in five formats, numbered', () => {
    const html = citeParagraphsHtml(list);
    expect(html.startsWith('<ol class="cite cite-paragraphs-page"><li id="cite-p-1">')).toBe(true);
    expect(html).toContain('<h2 class="cite-paragraph-title">Paragraph 2 <a href="/briefing/articles/talks-resume/#p-2">(read it in the article)</a></h2>');
    expect(html).toContain('<pre id="cite-p-2-apa" class="cite-text" aria-labelledby="cite-p-2-apa-label" tabindex="0">Doe, J. (2025). Talks resume. Example News. Annotated copy, para. 2. https://example.org/articles/talks-resume/#p-2</pre>');
    expect(html).toContain('<pre id="cite-p-1-bibtex" class="cite-code" aria-labelledby="cite-p-1-bibtex-label" tabindex="0">@article{talks-resume-p1,\n\ttitle = {Talks {&amp;} resume},\n}</pre>');
    expect(html).toContain('<button type="button" class="copy" data-copy="cite-p-1-ris" hidden>Copy RIS</button>');
    expect(html.match(/<pre /g)).toHaveLength(10);
    expect(html).not.toContain(PARAGRAPH_TOKEN);
  });

  it('escapes the text as Astro does', () => {
    expect(citeParagraphsHtml(list)).toContain('<p>A rule: 1 &lt; 2 &amp; &quot;quotes&quot; aren&#39;t &lt;/script&gt; tags.</p>');
  });

  it('is left by the build as JSON that nothing in an article can end early, and filled in the same', () => {
    const deferred = page(deferCiteParagraphs(list));
    expect(deferred).not.toContain('</script> tags');
    expect(deferred.match(/<\/script>/g)).toHaveLength(1);
    expect(fillDeferred(deferred)).toBe(page(citeParagraphsHtml(list)));
  });

  it('leaves every other page as it is', () => {
    const other = page('<p>Nothing deferred, not even <script type="application/json">{}</script></p>');
    expect(fillDeferred(other)).toBe(other);
  });

  it('says so when a deferred list has no end', () => {
    expect(() => fillDeferred(page(deferCiteParagraphs(list).replace('</script>', '')))).toThrow(/no end/);
  });
});
