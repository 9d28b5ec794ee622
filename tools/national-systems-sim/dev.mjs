// `npm start` and the browser tests: the national-systems simulator on NATIONAL_SYSTEMS_SIM_PORT (4400), and
// NATIONAL_SYSTEMS_URL pointing the API at it. Nothing is started when NATIONAL_SYSTEMS_URL is already set (a
// real gateway, or a simulator run by hand) or when something already answers on the port (another run's simulator).
import { canConnect } from '../lib/embedded-db.mjs';
import { startSimulator } from './spawn.mjs';

/** @returns {Promise<null | { url: string, stop: () => Promise<void> }>} */
export async function startNationalSystemsSim(log) {
  if (process.env.NATIONAL_SYSTEMS_URL) {
    log(`not started: NATIONAL_SYSTEMS_URL=${process.env.NATIONAL_SYSTEMS_URL}`);
    return null;
  }
  const port = Number(process.env.NATIONAL_SYSTEMS_SIM_PORT ?? 4400);
  process.env.NATIONAL_SYSTEMS_URL = `http://127.0.0.1:${port}`;
  if (await canConnect('127.0.0.1', port)) {
    log(`port ${port} already answers: using it as the national systems`);
    return null;
  }
  return startSimulator({ port, log });
}
