import { describe, expect, it } from 'vitest';
import { namesWithTitle, titleCased } from '../../lib/text/names';
import { profileText } from '../../lib/match/text-profile';

const keys = (title: string, body: string) => namesWithTitle(title, body).map((n) => n.key);

describe('names found in titles', () => {
  it('takes the names a sentence-case headline gives, first, even when the text never writes them', () => {
    const body = 'Members of the assembly voted for the rules on artificial intelligence. Thierry Breton welcomed it.';
    expect(keys('Lawmakers in Strasbourg back landmark rules', body)).toEqual(['strasbourg', 'thierry breton']);
    // The page's profile carries them, so a match can share them.
    expect(profileText(body, 'Lawmakers in Strasbourg back landmark rules').names.map((n) => n.key)).toContain(
      'strasbourg',
    );
  });

  it('does not take the capitals a title starts with unless the text names them too', () => {
    const body = 'The leader of the Democrats in the upper chamber urged Israelis to vote. Chuck Schumer spoke.';
    // "Top" is capitalized only because it starts the title.
    expect(keys('Top Democrat urges Israelis to replace their leader', body)).not.toContain('top democrat');
    expect(keys('Top Democrat urges Israelis to replace their leader', body)).toContain('israelis');
    // A name the text also writes is kept from anywhere in the title.
    expect(keys('Chuck Schumer urges a vote', body)[0]).toBe('chuck schumer');
  });

  it('takes nothing from a title in title case, whose capitals say nothing', () => {
    expect(titleCased('Skies Over Jerusalem Lit Up As Interceptors Meet Iranian Barrage')).toBe(true);
    expect(titleCased('Skies over Jerusalem lit up as interceptors meet Iranian barrage')).toBe(false);
    const body = 'Sirens sounded across Israel overnight.';
    expect(keys('Skies Over Jerusalem Lit Up As Interceptors Meet Barrage', body)).toEqual(['israel']);
    expect(keys('', body)).toEqual(['israel']);
  });
});
