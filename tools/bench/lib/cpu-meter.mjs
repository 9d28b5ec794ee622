// CPU time (ms) of a process, of all PostgreSQL server processes, and of the machine: where the cycles of a run go
import { readFileSync, readdirSync } from 'node:fs';
import { fmt } from './numbers.mjs';

const TICK_MS = 1000 / 100;
const procCpu = (pid, part = 'all') => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (part === 'sys' ? Number(f[12]) : part === 'user' ? Number(f[11]) : Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return 0;
  }
};
// per server process, so that a connection closing during a run does not take its past CPU time with it
const pgCpu = () =>
  new Map(
    readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .flatMap((pid) => {
        try {
          return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres' ? [[pid, procCpu(pid)]] : [];
        } catch {
          return [];
        }
      }),
  );
const pgDelta = (a, b) => [...b].reduce((sum, [pid, t]) => sum + t - (a.get(pid) ?? 0), 0);
const machineBusy = () => {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return { busy: (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) * TICK_MS, all: f.slice(0, 8).reduce((a, b) => a + b, 0) * TICK_MS };
};
const childPids = (pid) => [
  String(pid),
  ...readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((p) => {
      try {
        const st = readFileSync(`/proc/${p}/stat`, 'utf8');
        return st.slice(st.lastIndexOf(')') + 2).split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    }),
];

/** CPU accounting of the API process (and its children), PostgreSQL, this script and the machine between two calls. */
export function cpuMeter(apiPid) {
  const snap = () => {
    const pids = childPids(apiPid);
    return {
      api: pids.reduce((s, p) => s + procCpu(p), 0),
      apiSys: pids.reduce((s, p) => s + procCpu(p, 'sys'), 0),
      pg: pgCpu(),
      self: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
      machine: machineBusy(),
    };
  };
  const a = snap();
  return (requests) => {
    const b = snap();
    const per = (x, y) => fmt(((y - x) / Math.max(1, requests)) * 1000);
    const machine = ((b.machine.busy - a.machine.busy) / Math.max(1, b.machine.all - a.machine.all)) * 100;
    return `CPU µs per request: API ${per(a.api, b.api)} (kernel ${per(a.apiSys, b.apiSys)}), PostgreSQL ${per(0, pgDelta(a.pg, b.pg))}, bench client ${per(a.self, b.self)}; machine ${fmt(machine)}% busy`;
  };
}
