import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';
import { expectWellFormed } from './well-formed.ts';

// Generated inputs: broken, huge and deep markup must come back as a sane CleanDoc, never a crash
// or a hang (no timing assertions here; pnpm bench:clean measures speed).
const URL_ = 'https://news.example/2025/05/06/story';
const PARA =
  '<p>China cut its rare earth export quota by 12% in 2025, the commerce ministry said, citing national security concerns.</p>';

describe('robustness', () => {
  it('empty and garbage input', () => {
    for (const html of ['', '   ', '<', '<<<>>></p></div><//>', '\u0000\u0001binary', '<p<p<<div>&amp;&#x1F600;&bogus;']) {
      const doc = cleanHtml(html, URL_);
      expectWellFormed(doc);
      expect(doc.isArticle).toBe(false);
    }
  });

  // Found by fuzz.test.ts: parse5 throws on some lone UTF-16 surrogates (text decoded badly).
  it('lone surrogates become replacement characters, not a crash', () => {
    const doc = cleanHtml(`<div><div>\udfff\udc00 ${PARA} \ud800&lt\ud800</div></div>`, URL_);
    expectWellFormed(doc);
    expect(doc.bodyText).toContain('citing national security concerns');
    expect(doc.bodyText).toContain('\ufffd');
  });

  it('a byte-order mark and a fragment without <html>, <head> or <body>', () => {
    const doc = cleanHtml(`\ufeff<title>Quota cut</title>${PARA.repeat(3)}`, URL_);
    expectWellFormed(doc);
    expect(doc.title).toBe('Quota cut');
    expect(doc.blocks).toHaveLength(3);
  });

  it('unclosed and misnested tags', () => {
    const html = `<html><body><div class="story"><p>First paragraph about the quota, which fell 12% in 2025, officials said.<p>Second <b>bold <i>paragraph</b> text</i> about exports, up 3% on the year.<div>${PARA}</span></table>`;
    const doc = cleanHtml(html, URL_);
    expectWellFormed(doc);
    expect(doc.bodyText).toContain('First paragraph about the quota');
    expect(doc.bodyText).toContain('up 3% on the year');
    expect(doc.bodyText).toContain('citing national security concerns');
  });

  it('100,000 nested elements, closed and unclosed', () => {
    const closed = `<html><body>${'<div>'.repeat(100_000)}${PARA.repeat(4)}${'</div>'.repeat(100_000)}</body></html>`;
    const unclosed = `<html><body>${'<div><font>'.repeat(50_000)}${PARA.repeat(4)}`;
    for (const html of [closed, unclosed]) {
      const doc = cleanHtml(html, URL_);
      expectWellFormed(doc);
      expect(doc.blocks).toHaveLength(4);
      expect(doc.isArticle).toBe(true);
    }
  });

  it('a 5 MB page of paragraphs', () => {
    const n = Math.ceil(5_000_000 / PARA.length);
    const doc = cleanHtml(`<html><body><nav><a href="/">Home</a></nav><article>${PARA.repeat(n)}</article></body></html>`, URL_);
    expectWellFormed(doc);
    expect(doc.blocks).toHaveLength(n);
    expect(doc.bodyText).not.toContain('Home');
  });

  it('5 MB of text in one element and 5 MB of whitespace', () => {
    const words = cleanHtml(`<p>${'tonnes, '.repeat(625_000)}</p>`, URL_);
    expectWellFormed(words);
    expect(words.blocks).toHaveLength(1);
    const blank = cleanHtml(`<div>${' \n\t'.repeat(1_700_000)}<br>${' '.repeat(100_000)}<br></div>${PARA}`, URL_);
    expectWellFormed(blank);
    expect(blank.bodyText).toBe(
      'China cut its rare earth export quota by 12% in 2025, the commerce ministry said, citing national security concerns.',
    );
  });

  it('<br><br> soup at scale splits into paragraphs', () => {
    const line = 'Exports of gallium fell 40% in the quarter, customs data showed on Friday.';
    const doc = cleanHtml(`<body><td>${`${line}<br><br>`.repeat(50_000)}</td></body>`, URL_);
    expectWellFormed(doc);
    expect(doc.blocks).toHaveLength(50_000);
    expect(doc.blocks[0]?.text).toBe(line);
  });

  it('a huge table and deeply nested tables', () => {
    const rows = cleanHtml(`<p>${PARA}</p><table>${'<tr><td>Japan</td><td>1,200</td></tr>'.repeat(100_000)}</table>`, URL_);
    expectWellFormed(rows);
    const nested = cleanHtml(`${'<table><tr><td>'.repeat(20_000)}${PARA}`, URL_);
    expectWellFormed(nested);
    expect(nested.bodyText).toContain('citing national security concerns');
    // parse5 reads a big table several times slower than htmlparser2 did: seconds, not minutes, but
    // more than the default timeout on a loaded machine.
  }, 120_000);

  // Found by fuzz.test.ts: a preformatted block kept its leading whitespace and its blank lines, so
  // bodyText no longer split back into its blocks.
  it('preformatted text keeps its lines but no blank line and no surrounding whitespace', () => {
    const doc = cleanHtml(`<article>${PARA}<pre>\f  indented\n\n \n  code  \n</pre><pre>a<div>\f &</div></pre>${PARA}</article>`, URL_);
    expectWellFormed(doc);
    expect(doc.blocks.filter((b) => b.kind === 'preformatted').map((b) => b.text)).toEqual(['indented\n  code', 'a', '&']);
  });

  it('entities are decoded once', () => {
    const doc = cleanHtml(
      '<p>Prices rose 5&nbsp;% to &euro;1,200 &amp; more &mdash; &ldquo;a record&rdquo;, said Caf&eacute; Lda &#8211; &#x2014; &amp;amp; &lt;b&gt;.</p>',
      URL_,
    );
    expect(doc.bodyText).toBe('Prices rose 5 % to €1,200 & more — “a record”, said Café Lda – — &amp; <b>.');
  });

  it('non-English and non-Latin pages keep their text', () => {
    const ko = '<p>중국 상무부는 희토류 수출 통제를 강화한다고 밝혔다. 자석 수출은 지난달 30% 감소했다.</p>';
    const ar = '<p>قالت وزارة التجارة الصينية إنها ستشدد القيود على صادرات المعادن النادرة هذا العام.</p>';
    const doc = cleanHtml(`<html lang="ko"><body><article>${ko.repeat(3)}${ar}</article></body></html>`, URL_);
    expectWellFormed(doc);
    expect(doc.lang).toBe('ko');
    expect(doc.blocks).toHaveLength(4);
    expect(doc.bodyText).toContain('자석 수출은 지난달 30% 감소했다.');
  });

  it('script, style and template text never reaches the body', () => {
    const doc = cleanHtml(
      `<body><article><script>var quota = "secret 999 tonnes";</script><style>p{color:red}</style><template><p>template 888 tonnes</p></template>${PARA}<noscript>Enable JavaScript</noscript></article></body>`,
      URL_,
    );
    expect(doc.bodyText).not.toMatch(/999|888|color|JavaScript/);
  });

  it('malformed JSON-LD and odd metadata do not throw', () => {
    const doc = cleanHtml(
      `<head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script><script type="application/ld+json">[null, 3, "x", {"@graph": {"@type": "Article", "datePublished": "not a date"}}]</script><meta property="article:published_time" content="yesterday"><link rel="canonical" href="javascript:alert(1)"></head><body>${PARA.repeat(2)}</body>`,
      URL_,
    );
    expectWellFormed(doc);
    expect(doc.published).toBe('2025-05-06');
    expect(doc.metadata.published?.source).toBe('url');
    expect(doc.canonicalUrl).toBeNull();
  });
});
