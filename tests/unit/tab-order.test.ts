// A tab's report is written in the order its events came: the navigation's "Reading…" never lands
// after the page's own word, however the two writes' awaits interleave.
import { describe, expect, it } from 'vitest';
import { inTabOrder } from '../../entrypoints/background/reports';

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a tab's report work in order", () => {
  it('runs a later write after an earlier, slower one of the same tab', async () => {
    const written: string[] = [];
    const first = inTabOrder(1, async () => {
      await later(30);
      written.push('reading');
    });
    const second = inTabOrder(1, async () => void written.push('not-article'));
    await Promise.all([first, second]);
    expect(written).toEqual(['reading', 'not-article']);
  });

  it('does not hold one tab for another, nor after a failure', async () => {
    const written: string[] = [];
    const slow = inTabOrder(2, async () => {
      await later(30);
      written.push('tab 2');
    });
    await inTabOrder(3, async () => void written.push('tab 3'));
    expect(written).toEqual(['tab 3']);
    await slow;
    await expect(
      inTabOrder(2, async () => {
        throw new Error('the page could not be analysed');
      }),
    ).rejects.toThrow('analysed');
    expect(await inTabOrder(2, async () => 'next')).toBe('next');
  });
});
