// @ts-check
import { createServer } from 'node:http';

/**
 * The citizen SPA's pages server: the pages people open from a link (/invito/…, /presenza/…, /verifica[/…]) rendered
 * with the API's answer (issue 17: painted from the HTML on a slow phone). nginx sends those addresses here and falls
 * back to the empty shell (app.html) when this server does not answer (deploy/nginx/templates/default.conf.template);
 * every other address and file is nginx's. Runs the server-side build of apps/citizen-web/src/prerender.tsx.
 *
 * @param {{
 *   shellHtml: string;
 *   renderLinkPage: (shell: string, url: string, options: { apiOrigin: string; timeoutMs?: number }) => Promise<string | undefined>;
 *   apiOrigin: string;
 *   timeoutMs?: number;
 *   log?: (entry: Record<string, unknown>) => void;
 * }} options
 */
export function createPagesServer({ shellHtml, renderLinkPage, apiOrigin, timeoutMs, log = (entry) => process.stderr.write(`${JSON.stringify(entry)}\n`) }) {
  const send = (/** @type {import('node:http').ServerResponse} */ res, status, body, type = 'text/html; charset=utf-8') => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.end(body);
  };
  return createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/healthz') return send(res, 200, 'ok\n', 'text/plain; charset=utf-8');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'method not allowed\n', 'text/plain; charset=utf-8');
    }
    if (url.length > 2048) return send(res, 414, 'URI too long\n', 'text/plain; charset=utf-8');
    renderLinkPage(shellHtml, url, { apiOrigin, ...(timeoutMs ? { timeoutMs } : {}) }).then(
      (html) => (html === undefined ? send(res, 404, 'not a page of this server\n', 'text/plain; charset=utf-8') : send(res, 200, req.method === 'HEAD' ? '' : html)),
      (error) => {
        // the empty shell: the app renders the page in the browser, asking the API itself
        log({ level: 'error', msg: 'page not rendered', path: url.split('?')[0], error: error instanceof Error ? error.message : String(error) });
        send(res, 200, req.method === 'HEAD' ? '' : shellHtml);
      },
    );
  });
}
