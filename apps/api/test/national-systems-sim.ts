import { spawn } from 'node:child_process';
import path from 'node:path';

/** The national-systems simulator's handle in tests: its URL, its control endpoints, stop. */
export interface SimulatorProcess {
  url: string;
  pid: number;
  /** GET /_control/<p> without a body, POST with one */
  control: <T = Record<string, any>>(p: 'stats' | 'mode' | 'reset', body?: object) => Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any
  stop: () => Promise<void>;
}

/**
 * Starts tools/national-systems-sim/server.mjs as a process of its own on a free port (the same program `npm start`
 * runs; tools/national-systems-sim/spawn.mjs is its ESM twin, which test files cannot import inside jest's VM).
 */
export function startSimulatorProcess(): Promise<SimulatorProcess> {
  const child = spawn(process.execPath, [path.resolve(__dirname, '../../../tools/national-systems-sim/server.mjs')], {
    env: { ...process.env, NATIONAL_SYSTEMS_SIM_EXIT_WITH_PARENT: '1', NATIONAL_SYSTEMS_SIM_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('national-systems-sim did not start within 10 s'));
    }, 10_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`national-systems-sim exited with ${code}: ${out}`));
    });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[0-9.]+:\d+)/.exec(out);
      if (!m || out === '') return;
      out = '';
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const url = m[1]!;
      const exited = new Promise((r) => child.once('exit', r));
      resolve({
        url,
        pid: child.pid!,
        control: async (p, body) => {
          const res = await fetch(
            `${url}/_control/${p}`,
            body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
          );
          if (!res.ok) throw new Error(`national-systems-sim ${p}: ${res.status}`);
          return res.json() as never;
        },
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await Promise.race([exited, new Promise((r) => setTimeout(r, 3000).unref())]);
        },
      });
    });
  });
}
