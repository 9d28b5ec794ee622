import pg from 'pg';
import path from 'node:path';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const dist = (f) => require(path.join(root, 'dist/api/apps/api/src', f));
const { SqlStatement } = dist('database/sql-statement.js');
const repo = Object.create(dist('modules/agenda/agenda.repository.js').AgendaRepository.prototype);
const audit = Object.create(dist('platform/audit/audit.service.js').AuditService.prototype);
const registry = Object.create(dist('modules/registry/registry.service.js').RegistryService.prototype);
const notifications = Object.assign(Object.create(dist('modules/notifications/notifications.service.js').NotificationsService.prototype), { env: { NOTIFICATION_QUIET_HOURS: '' } });
const agenda = Object.assign(Object.create(dist('modules/agenda/agenda.service.js').AgendaService.prototype), { env: { CITIZEN_WEB_URL: 'http://x', SESSION_SECRET: 'x'.repeat(40) } });
const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/opencpi_bench' }); await c.connect();
import { createHash } from 'node:crypto';
const named = process.argv[3] === 'named';
const m = { query: async (sql, params) => (await c.query(named ? { name: createHash('sha1').update(sql).digest('hex'), text: sql, values: params } : { text: sql, values: params })).rows };
const cpu0 = (await c.query(`SELECT pg_backend_pid() AS pid`)).rows[0].pid;
import { readFileSync } from 'node:fs';
const cpuOf = () => { const s = readFileSync(`/proc/${cpu0}/stat`, 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); return (+f[11] + +f[12]) * 10; };
const startCpu = cpuOf();
const slots = (await c.query(`SELECT id FROM agenda.slots WHERE booked = 0 AND starts_at > now() + interval '3 days' LIMIT 400`)).rows.map(r => r.id);
const fcs = (await c.query(`SELECT fiscal_code FROM registry.citizens LIMIT 400 OFFSET 200`)).rows.map(r => r.fiscal_code);
const T = { read: 0, write: 0 };
const explain = process.argv[2];
for (let i = 0; i < slots.length; i++) {
  const slotId = slots[i], fc = fcs[i];
  const read = new SqlStatement();
  let t0 = performance.now();
  const slot = await repo.slotForBooking(m, read, slotId, { prefs: notifications.preferencesSql(read, fc), citizen: registry.citizenRefSql(read, fc) });
  T.read += performance.now() - t0;
  const { citizen } = slot;
  const appointment = { id: randomUUID(), status: 'booked', channel: 'in_person', startsAt: slot.startsAt, endsAt: slot.endsAt, serviceCode: slot.serviceCode, serviceNameIt: slot.serviceNameIt, serviceNameEn: slot.serviceNameEn, officeName: slot.officeName, cancelCutoffHours: slot.cancelCutoffHours, citizenFiscalCode: fc, citizenName: 'x', slotId, operatorId: slot.operatorId, officeId: slot.officeId, cancelReason: null, convocationId: null, officeAddress: slot.officeAddress, recallAnswer: null };
  const messages = notifications.outboxRows(agenda.bookingMessages(appointment, citizen), slot.prefs);
  const ctx = { principal: { fiscalCode: fc, givenName: 'a', familyName: 'b', roles: ['citizen'] }, ip: '127.0.0.1', userAgent: 'bench', correlationId: randomUUID() };
  const st = new SqlStatement();
  const sql = repo.bookSql(st, { id: appointment.id, slotId, notBefore: new Date(), channel: 'in_person', citizenId: citizen.id, citizenFiscalCode: fc, source: 'citizen' },
    (from) => [{ name: 'audit', sql: audit.insertSql(st, ctx, { action: 'agenda.appointment.book', resourceType: 'appointment', resourceId: appointment.id, subjectFiscalCode: fc, actorOfficeId: slot.officeId, details: { source: 'citizen' } }, from) },
      { name: 'outbox', sql: notifications.outboxInsertSql(st, messages, from) }], 'outbox');
  if (explain && i === slots.length - 1) {
    for (const [label, q, p] of [['read', null, null], ['write', sql, st.params]]) {
      if (!q) continue;
      await c.query('BEGIN');
      const r = await c.query('EXPLAIN (ANALYZE, BUFFERS, WAL) ' + q, p);
      console.log(r.rows.map(x => x['QUERY PLAN']).join('\n'));
      await c.query('ROLLBACK');
    }
    break;
  }
  t0 = performance.now();
  await m.query(sql, st.params);
  T.write += performance.now() - t0;
}
console.log('backend CPU µs per booking', ((cpuOf() - startCpu) / slots.length * 1000).toFixed(0));
console.log('read µs', (T.read / slots.length * 1000).toFixed(0), 'write µs', (T.write / slots.length * 1000).toFixed(0));
await c.end();
