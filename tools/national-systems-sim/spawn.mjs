// Starts the national-systems simulator (server.mjs) as a child process and waits for its "listening" line.
// Used by `npm start`, the API's jest global setup, the e2e global setup and the drills.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const server = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server.mjs');

/**
 * @param {{ port?: number, log?: (line: string) => void, detached?: boolean }} opts port 0 (default): any free port
 * @returns {Promise<{ url: string, port: number, pid: number, control: (p: string, body?: object) => Promise<any>, stop: () => Promise<void> }>}
 */
export function startSimulator({ port = 0, log, detached = false } = {}) {
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, NATIONAL_SYSTEMS_SIM_EXIT_WITH_PARENT: '1', NATIONAL_SYSTEMS_SIM_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('national-systems-sim did not start within 10 s'));
    }, 10_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`national-systems-sim exited with ${code} while starting: ${buffered}`));
    });
    child.stderr.on('data', (d) => {
      buffered += d.toString();
      log?.(d.toString().trimEnd());
    });
    child.stdout.on('data', function onData(d) {
      buffered += d.toString();
      const m = /listening on (http:\/\/[0-9.]+:(\d+))/.exec(buffered);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout.off('data', onData);
      child.stdout.on('data', (more) => log?.(more.toString().trimEnd()));
      log?.(m[0]);
      const url = m[1];
      const exited = new Promise((r) => child.once('exit', r));
      resolve({
        url,
        port: Number(m[2]),
        pid: child.pid,
        control: async (p, body) => {
          const res = await fetch(
            `${url}/_control/${p}`,
            body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
          );
          if (!res.ok) throw new Error(`national-systems-sim ${p}: ${res.status}`);
          return res.json();
        },
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await Promise.race([exited, new Promise((r) => setTimeout(r, 3000).unref())]);
        },
      });
    });
  });
}
