#!/usr/bin/env node
// `npm start`: the whole platform for development. Ctrl-C stops everything, embedded database included.
import { startPlatform } from './lib/platform.mjs';

const apiOnly = process.argv.includes('--api-only');
const platform = await startPlatform({ web: apiOnly ? 'none' : 'dev' }).catch((e) => {
  process.stderr.write(`[opencpi] could not start: ${e.message}\n`);
  process.exit(1);
});
process.stdout.write(`
[opencpi] ready.
  Citizens:   http://localhost:4200   (Entra con SPID → "OpenCPI Test IdP" → pick a test identity)
  Operators:  http://localhost:4300   (log in as Luca Verdi, operator of CPI Torino)
  API docs:   http://localhost:3000/api/docs
  Press Ctrl-C to stop.
`);
let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\n[opencpi] stopping…\n');
  await platform.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
