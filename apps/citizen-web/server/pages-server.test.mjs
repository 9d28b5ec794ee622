// @ts-check
import { server as network } from '@opencpi/web-testing';
import { http, passthrough } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createPagesServer } from './pages-server.mjs';

const SHELL = '<!doctype html><div id="root"></div>';
/** @type {import('node:http').Server | undefined} */
let httpServer;
afterEach(() => new Promise((resolve) => (httpServer ? httpServer.close(() => resolve(undefined)) : resolve(undefined))));

/** @param {(shell: string, url: string) => Promise<string | undefined>} renderLinkPage */
async function start(renderLinkPage) {
  /** @type {Record<string, unknown>[]} */
  const logged = [];
  httpServer = createPagesServer({ shellHtml: SHELL, renderLinkPage, apiOrigin: 'http://api.test', log: (entry) => logged.push(entry) });
  await new Promise((resolve) => httpServer?.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = httpServer.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  network.use(http.all(`${origin}/*`, () => passthrough())); // a real server: past the tests' network mock
  return { origin, logged };
}

describe('the pages server (production: nginx sends /invito, /presenza, /verifica here)', () => {
  it('a page: the rendered HTML, never cached (it may show a name)', async () => {
    /** @type {string[]} */
    const asked = [];
    const { origin } = await start(async (shell, url) => {
      asked.push(url);
      return shell.replace('<div id="root"></div>', '<div id="root" inert><h1>Invito</h1></div>');
    });
    const res = await fetch(`${origin}/invito/k0.abc?x=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain('<h1>Invito</h1>');
    expect(asked).toEqual(['/invito/k0.abc?x=1']);
  });

  it('not one of its pages: 404 (nginx serves everything else)', async () => {
    const { origin } = await start(async () => undefined);
    expect((await fetch(`${origin}/profilo`)).status).toBe(404);
  });

  it('the render fails: the empty shell (the app renders the page in the browser), and the failure logged without the query', async () => {
    const { origin, logged } = await start(async () => {
      throw new Error('boom');
    });
    const res = await fetch(`${origin}/presenza/a/secret-signature?t=1`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(SHELL);
    expect(logged).toEqual([{ level: 'error', msg: 'page not rendered', path: '/presenza/a/secret-signature', error: 'boom' }]);
  });

  it('health, methods and address length', async () => {
    const { origin } = await start(async (shell) => shell);
    expect(await (await fetch(`${origin}/healthz`)).text()).toBe('ok\n');
    const post = await fetch(`${origin}/invito/x`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(`${origin}/invito/${'a'.repeat(3000)}`)).status).toBe(414);
    const head = await fetch(`${origin}/invito/x`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });
});
