import { describe, expect, it } from 'vitest';
import { limitDepth, maxDepth, MAX_DEPTH } from '../src/depth-guard.ts';

describe('depth guard', () => {
  it('measures nesting, ignoring void and self-closing elements, comments and script bodies', () => {
    expect(maxDepth('<div><p>a<p>b<br><img src=x><div><span>c</span></div></div>')).toBe(3);
    expect(maxDepth('<div><!-- <div><div> --><script>"<div><div><div>"</script></div>')).toBe(1);
    expect(maxDepth('<ul><li>a<li>b<li>c</ul>')).toBe(1);
  });

  it('returns ordinary markup untouched', () => {
    const html = '<html><body><div><p>Exports fell 5%.</p></div></body></html>';
    expect(limitDepth(html)).toBe(html);
  });

  it('cuts tags nested beyond the limit but keeps all text', () => {
    const html = `${'<div>'.repeat(MAX_DEPTH + 500)}deep text${'</div>'.repeat(MAX_DEPTH + 500)}<p>after</p>`;
    const out = limitDepth(html);
    expect(maxDepth(out)).toBe(MAX_DEPTH);
    expect(out).toContain('deep text');
    expect(out.endsWith('<p>after</p>')).toBe(true);
  });

  it('handles unclosed tags and tags without an end', () => {
    expect(maxDepth(`${'<font>'.repeat(3000)}x`)).toBe(3000);
    expect(maxDepth(`${'<font>'.repeat(3000)}x`, 10)).toBe(11);
    expect(maxDepth(limitDepth(`${'<b>'.repeat(5000)}text`))).toBe(MAX_DEPTH);
    expect(maxDepth('<div class="x" <p')).toBe(0);
  });
});
