// Where the reader is registered, and how a settings change reaches the browser's registration: in
// place, with no moment in which a loading page would go unread.
import { describe, expect, it } from 'vitest';
import { readerRegistrationChange, SITES, wantedReaderRegistration } from '../../lib/reading-rules';

const JS = '/content-scripts/content.js';
const automatic = { readingMode: 'automatic' as const, neverRead: [] as string[] };

describe('the reader registration', () => {
  it('is on every site but the never-read ones, and only with automatic reading granted', () => {
    expect(wantedReaderRegistration(automatic, true, JS)).toEqual({ matches: SITES, excludeMatches: [], js: [JS] });
    expect(
      wantedReaderRegistration({ ...automatic, neverRead: ['example.com', 'localhost', '10.0.0.1'] }, true, JS),
    ).toMatchObject({
      excludeMatches: ['*://example.com/*', '*://*.example.com/*', '*://localhost/*', '*://10.0.0.1/*'],
    });
    expect(wantedReaderRegistration(automatic, false, JS)).toBeNull();
    expect(wantedReaderRegistration({ ...automatic, readingMode: 'on-click' as const }, true, JS)).toBeNull();
  });

  it('is left alone when a setting that does not touch it changes', () => {
    const wanted = wantedReaderRegistration(automatic, true, JS)!;
    // As Chromium gives it back: the file without its slash, no empty list of exclusions.
    expect(readerRegistrationChange({ matches: [...SITES].reverse(), js: [JS.slice(1)] }, wanted)).toBe('none');
    expect(readerRegistrationChange({ ...wanted }, wanted)).toBe('none');
  });

  it('is updated in place, never taken away, when the never-read list changes', () => {
    const before = wantedReaderRegistration(automatic, true, JS)!;
    const after = wantedReaderRegistration({ ...automatic, neverRead: ['localhost'] }, true, JS)!;
    expect(readerRegistrationChange(before, after)).toBe('update');
    expect(readerRegistrationChange(after, before)).toBe('update');
  });

  it('is made when missing and taken away when no longer wanted', () => {
    const wanted = wantedReaderRegistration(automatic, true, JS)!;
    expect(readerRegistrationChange(null, wanted)).toBe('register');
    expect(readerRegistrationChange(wanted, null)).toBe('unregister');
    expect(readerRegistrationChange(null, null)).toBe('none');
  });
});
