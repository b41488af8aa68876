// The e2e fixture server must close even while a browser still holds a connection to it: an open tab
// reading a large page, or a request half sent. Before, close() waited for such a connection and the
// end-to-end suite's teardown timed out on a busy machine.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePages } from '../../scripts/serve-pages';

describe('servePages', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'reading-context-serve-'));
    await writeFile(join(root, 'page.html'), '<!DOCTYPE html><title>Page</title><p>Text</p>');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('serves a file under its root and refuses a path outside it', async () => {
    const server = await servePages(root);
    try {
      const ok = await fetch(server.url('page.html'));
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('<title>Page</title>');
      expect((await fetch(server.url('missing.html'))).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('closes while a connection is still open, with a request half sent', async () => {
    const server = await servePages(root);
    const port = Number(new URL(server.origin).port);
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((ok) => socket.once('connect', () => ok()));
    // Headers begun, never finished: the connection is active, not idle, so close() alone would wait for it.
    socket.write('GET /page.html HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await new Promise((ok) => setTimeout(ok, 50));
    const ended = new Promise<void>((ok) => socket.once('close', () => ok()));
    const closed = await Promise.race([
      server.close().then(() => 'closed'),
      new Promise((ok) => setTimeout(() => ok('still open after 60 s'), 60_000)),
    ]);
    expect(closed).toBe('closed');
    await ended;
  }, 90_000);
});
