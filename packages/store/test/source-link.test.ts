import { describe, expect, it } from 'vitest';
import { sourceLink } from '../src/index.ts';

describe('sourceLink', () => {
  it('uses start,end words for a long sentence and drops an existing fragment', () => {
    const sentence =
      'China said on Thursday that exports of gallium, germanium and antimony to the United States would need a licence from December.';
    expect(sourceLink('https://x.example/a#top', sentence)).toBe(
      'https://x.example/a#:~:text=China%20said%20on%20Thursday%20that,need%20a%20licence%20from%20December.',
    );
  });

  it('encodes the characters that are syntax in a text directive', () => {
    expect(sourceLink('https://x.example/a', 'U.S.-China deal, signed & sealed')).toBe(
      'https://x.example/a#:~:text=U.S.%2DChina%20deal%2C%20signed%20%26%20sealed',
    );
  });
});
