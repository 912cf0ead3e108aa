import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Invented platforms no list holds, named by what people do on them. */
const names = (text: string) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' })
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('an online platform by what people do on it', () => {
  it('takes the name users post, stream, follow or let rooms on', () => {
    expect(names('One user on Quibly posted a photo of the queue.')).toEqual(['Quibly']);
    expect(names('She posted the clip on Quibly last week.')).toEqual(['Quibly']);
    expect(names('The show is streaming on Vexflix now.')).toEqual(['Vexflix']);
    expect(names('He has 2 million followers on Quibly.')).toEqual(['Quibly']);
    expect(names('He let out a room on Nestly to cover the rent.')).toEqual(['Nestly']);
  });

  it('leaves days, feasts, streets, exchanges and a bare medium out', () => {
    expect(names('He posted on Monday.')).toEqual([]);
    expect(names('She posted on Christmas Eve.')).toEqual([]);
    expect(names('The video was shared on Main Street.')).toEqual([]);
    expect(names('Fans watched it live on TV.')).toEqual([]);
    expect(names('Its bonds are listed on Euronext Dublin.')).toEqual([]);
  });
});
