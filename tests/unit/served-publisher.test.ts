// The publisher of a page is read from where it was served: a canonical address or a site name that
// names another site is a claim, never a profile. Run on the bundled outlet profiles (seeds/outlets.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../lib/page/read-html';
import { bundledOutlets } from '../../lib/sources/bundled-outlets';
import type { PageStatements } from '../../lib/types';
import { claimWords, servedPublisher, siteOfHost } from '../../lib/sources/served-publisher';

const profiles = bundledOutlets();
const page = (url: string, canonical: string | null, site: string | null) =>
  servedPublisher({ url, canonical, site }, profiles);
const stating = (url: string, canonical: string | null, site: string | null, stated: Partial<PageStatements>) =>
  servedPublisher(
    { url, canonical, site, stated: { addresses: [], names: [], publisherAddresses: [], ...stated } },
    profiles,
  );

describe('the publisher a page was served by', () => {
  it('same site: the canonical address and the name are borne out, with the outlet’s profile', () => {
    const p = page(
      'https://en.mehrnews.com/news/213066/x?ref=home',
      'https://en.mehrnews.com/news/213066/x',
      'Mehr News Agency',
    );
    expect(p).toEqual({
      servedUrl: 'https://en.mehrnews.com/news/213066/x?ref=home',
      servedFrom: 'en.mehrnews.com',
      name: 'Mehr News Agency',
      profileId: 'mehr-news-agency',
      url: 'https://en.mehrnews.com/news/213066/x',
      claim: null,
    });
    expect(p.claim).toBeNull();
    // An abbreviation of the same outlet is the same outlet.
    expect(page('https://www.reuters.com/world/a', null, 'Reuters').profileId).toBe('reuters');
  });

  it('a subdomain of the same registrable domain is the same site', () => {
    const p = page('https://news.bbc.co.uk/2/hi/a.stm', 'https://www.bbc.co.uk/news/a', 'BBC News');
    expect(p).toMatchObject({
      servedFrom: 'news.bbc.co.uk',
      profileId: 'bbc-news',
      url: 'https://www.bbc.co.uk/news/a',
      claim: null,
    });
    expect(page('https://amp.example.com/a', 'https://www.example.com/a', 'Example Daily')).toMatchObject({
      name: 'Example Daily',
      profileId: null,
      url: 'https://www.example.com/a',
      claim: null,
    });
    // "co.uk" is no site of its own: two outlets under it are two sites.
    expect(page('https://a.co.uk/x', 'https://b.co.uk/x', null).claim).toMatchObject({
      name: 'b.co.uk',
      by: ['address'],
    });
  });

  it('another site: a page on 127.0.0.1 calling itself Reuters is a claim, with no Reuters profile', () => {
    const p = page(
      'http://127.0.0.1:8123/world/ceasefire.html',
      'https://www.reuters.com/world/ceasefire-2024-03-16/',
      'Reuters',
    );
    expect(p).toEqual({
      servedUrl: 'http://127.0.0.1:8123/world/ceasefire.html',
      servedFrom: '127.0.0.1',
      name: '127.0.0.1',
      profileId: null,
      url: 'http://127.0.0.1:8123/world/ceasefire.html',
      claim: { name: 'Reuters', url: 'https://www.reuters.com/world/ceasefire-2024-03-16/', by: ['address', 'name'] },
    });
    expect(claimWords(p.claim!, p.servedFrom)).toBe('says it is from Reuters; served from 127.0.0.1');
    // The name alone, or the address alone, is a claim too.
    expect(page('http://127.0.0.1/a', null, 'Reuters').claim).toEqual({ name: 'Reuters', url: null, by: ['name'] });
    expect(page('https://copies.example/a', 'https://www.reuters.com/a', null).claim).toEqual({
      name: 'Reuters',
      url: 'https://www.reuters.com/a',
      by: ['address'],
    });
    // One real outlet's site naming another: the served outlet keeps its own profile, the other is a claim.
    expect(page('https://www.presstv.ir/Detail/1', null, 'Al Jazeera')).toMatchObject({
      name: 'Press TV',
      profileId: 'press-tv',
      claim: { name: 'Al Jazeera', by: ['name'] },
    });
  });

  it('a canonical address elsewhere on a page whose name its own address bears out is no claim of publisher', () => {
    const p = page('https://www.tehrantimes.com/news/1', 'https://www.presstv.ir/Detail/1', 'Tehran Times');
    expect(p).toMatchObject({ name: 'Tehran Times', profileId: 'tehran-times', claim: null });
    // The address recorded is the one the page was served from, not the other site's.
    expect(p.url).toBe('https://www.tehrantimes.com/news/1');
  });

  it('no canonical address: the page’s own name for itself, or its host, with the served site’s profile only', () => {
    expect(page('https://local.example/a', null, 'The Harbour Herald')).toMatchObject({
      name: 'The Harbour Herald',
      profileId: null,
      url: 'https://local.example/a',
      claim: null,
    });
    expect(page('https://apnews.com/article/x', null, null)).toMatchObject({
      name: 'Associated Press',
      profileId: 'associated-press',
      claim: null,
    });
    expect(page('http://127.0.0.1:9/a', null, null)).toMatchObject({ name: '127.0.0.1', profileId: null, claim: null });
  });

  it('an imported file has no server to vouch for it, and is read as it says', () => {
    const p = page('file:///saved%20page.html', 'https://www.reuters.com/a', 'Reuters');
    expect(p).toMatchObject({ servedFrom: null, profileId: 'reuters', url: 'https://www.reuters.com/a', claim: null });
  });

  it('tells sites apart by their registrable domain', () => {
    expect(siteOfHost('en.mehrnews.com')).toBe('mehrnews.com');
    expect(siteOfHost('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOfHost('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOfHost('localhost')).toBe('localhost');
    expect(siteOfHost('[::1]')).toBe('[::1]');
    expect(siteOfHost('Example.COM.')).toBe('example.com');
  });
});

describe('every statement a page makes of itself is weighed, not only the first', () => {
  const served = 'http://127.0.0.1:8123/world/ferry.html';
  const reuters = 'https://www.reuters.com/world/ferry-2024-06-02/';

  it('a canonical link to its own address does not clear an og:url or a JSON-LD url on reuters.com', () => {
    const p = stating(served, served, 'The Harbour Herald', { addresses: [served, reuters] });
    expect(p).toMatchObject({ name: '127.0.0.1', profileId: null, url: served });
    expect(p.claim).toEqual({ name: 'The Harbour Herald', url: reuters, by: ['address'] });
    // Without the later statement the same page is what it says.
    expect(stating(served, served, 'The Harbour Herald', { addresses: [served] }).claim).toBeNull();
  });

  it('a later name for its publisher (og:site_name "Reuters" behind a JSON-LD publisher) is a claim', () => {
    const p = stating(served, served, 'The Harbour Herald', { names: ['The Harbour Herald', 'Reuters'] });
    expect(p).toMatchObject({ name: '127.0.0.1', profileId: null });
    expect(p.claim).toEqual({ name: 'Reuters', url: null, by: ['name'] });
    expect(claimWords(p.claim!, p.servedFrom)).toBe('says it is from Reuters; served from 127.0.0.1');
  });

  it('a JSON-LD publisher address on reuters.com is a claim of Reuters, under whatever name', () => {
    const p = stating(served, served, 'The Harbour Herald', { publisherAddresses: ['https://www.reuters.com/'] });
    expect(p.profileId).toBeNull();
    expect(p.claim).toEqual({ name: 'Reuters', url: 'https://www.reuters.com/', by: ['address', 'name'] });
  });

  it('on a real outlet’s own site, a second name for another outlet is a claim; the served profile stays', () => {
    const p = stating('https://www.presstv.ir/Detail/1', null, 'Press TV', { names: ['Press TV', 'Al Jazeera'] });
    expect(p).toMatchObject({ name: 'Press TV', profileId: 'press-tv', claim: { name: 'Al Jazeera', by: ['name'] } });
    // Its own names and addresses, however many, are no claim.
    const own = stating('https://www.presstv.ir/Detail/1', 'https://www.presstv.ir/Detail/1', 'Press TV', {
      addresses: ['https://www.presstv.ir/Detail/1', 'https://presstv.ir/Detail/1'],
      names: ['Press TV', 'PressTV'],
      publisherAddresses: ['https://www.presstv.ir'],
    });
    expect(own).toMatchObject({ name: 'Press TV', profileId: 'press-tv', claim: null });
  });

  it('a syndication link elsewhere on a page whose names its address bears out stays no claim', () => {
    const p = stating('https://www.tehrantimes.com/news/1', 'https://www.tehrantimes.com/news/1', 'Tehran Times', {
      addresses: ['https://www.tehrantimes.com/news/1', 'https://www.presstv.ir/Detail/1'],
      names: ['Tehran Times'],
    });
    expect(p).toMatchObject({ name: 'Tehran Times', profileId: 'tehran-times', claim: null });
    // A name for another outlet on it is a claim, without the third site's address.
    const q = stating('https://www.tehrantimes.com/news/1', null, 'Tehran Times', {
      addresses: ['https://www.presstv.ir/Detail/1'],
      names: ['Tehran Times', 'Reuters'],
    });
    expect(q).toMatchObject({ profileId: 'tehran-times', claim: { name: 'Reuters', url: null, by: ['name'] } });
  });

  it('the fixture page: each of its statements read, and the claim is Reuters, with no Reuters profile', () => {
    const html = readFileSync(path.resolve(__dirname, '../fixtures/pages/claims-hidden.html'), 'utf8');
    const url = 'http://127.0.0.1:8123/pages/claims-hidden.html';
    const digest = readHtml(html, url);
    expect(digest).toMatchObject({ canonical: url, site: 'The Harbour Herald', originalPublisher: 'Tehran Times' });
    expect(digest.stated).toEqual({
      addresses: [url, 'https://www.reuters.com/world/ferry-service-resumes-2024-06-02/'],
      names: ['The Harbour Herald', 'Reuters'],
      publisherAddresses: ['https://www.reuters.com/'],
    });
    const p = servedPublisher(digest, profiles);
    expect(p).toEqual({
      servedUrl: url,
      servedFrom: '127.0.0.1',
      name: '127.0.0.1',
      profileId: null,
      url,
      claim: {
        name: 'Reuters',
        url: 'https://www.reuters.com/world/ferry-service-resumes-2024-06-02/',
        by: ['address', 'name'],
      },
    });
    expect(claimWords(p.claim!, p.servedFrom)).toBe('says it is from Reuters; served from 127.0.0.1');
  });
});
