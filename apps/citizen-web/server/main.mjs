// @ts-check
// The citizen SPA's pages server (see pages-server.mjs): `node apps/citizen-web/server/main.mjs` after
// `nx run citizen-web:build`, or the `citizen-pages` image (deploy/web.Dockerfile, target pages).
//   API_ORIGIN     where the API answers, e.g. http://api:3000 (required)
//   PORT           listening port (default 4201)
//   WEB_ROOT       the SPA's build, with page.html (default dist/apps/citizen-web)
//   SERVER_BUNDLE  the server-side build (default dist/apps/citizen-web-server/prerender.mjs)
//   PAGE_DATA_TIMEOUT_MS  how long a page waits for the API before it is sent loading (default 1500)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createPagesServer } from './pages-server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const apiOrigin = process.env.API_ORIGIN;
if (!apiOrigin || !/^https?:\/\//.test(apiOrigin)) {
  process.stderr.write('API_ORIGIN is required: where the API answers, e.g. http://api:3000\n');
  process.exit(1);
}
const webRoot = path.resolve(process.env.WEB_ROOT ?? path.join(repoRoot, 'dist/apps/citizen-web'));
const bundle = path.resolve(process.env.SERVER_BUNDLE ?? path.join(repoRoot, 'dist/apps/citizen-web-server/prerender.mjs'));
const port = Number(process.env.PORT ?? 4201);

const { renderLinkPage } = await import(pathToFileURL(bundle).href);
const server = createPagesServer({
  shellHtml: readFileSync(path.join(webRoot, 'page.html'), 'utf8'),
  renderLinkPage,
  apiOrigin,
  timeoutMs: Number(process.env.PAGE_DATA_TIMEOUT_MS ?? 1500),
});
server.listen(port, () => process.stdout.write(`${JSON.stringify({ level: 'info', msg: 'citizen pages server listening', port, apiOrigin })}\n`));
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => server.close(() => process.exit(0)));
