// Preloaded into the API by the bench harness when BENCH_PROFILE=<dir> (`node --require`): samples the CPU from
// start-up and, on SIGUSR2, writes a .cpuprofile (Chrome DevTools / speedscope format) into <dir>. Node's own
// --cpu-prof writes only on a normal exit, and the API ends on SIGTERM through Nest's shutdown hooks.
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.BENCH_PROFILE;
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')));
process.on('SIGUSR2', () => {
  session.post('Profiler.stop', (err, res) => {
    if (err) {
      process.stderr.write(`cpu profile: ${err.message}\n`);
      return;
    }
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `api-${process.pid}-${Date.now()}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(res.profile));
    process.stderr.write(`cpu profile written: ${file}\n`);
    session.post('Profiler.start'); // a second SIGUSR2 writes the samples since this one
  });
});
