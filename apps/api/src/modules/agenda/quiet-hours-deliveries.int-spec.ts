import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { romeParts } from '../../platform/time/rome-time';
import { NotificationsService } from '../notifications/notifications.service';
import { toDelivery } from './convocations/convocations.mapper';
import { MARIO } from './booking.test-kit';

/** A message held back by the person's quiet hours says until when, and why (the operator's "In coda fino alle 08:00 (ore di silenzio)"). */
describe('agenda: deliveries held by quiet hours', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers queuedUntil (the end of the quiet hours) and quietHours for a pending message written inside them', async () => {
    const now = Date.now();
    const hhmm = (ms: number) => romeParts(new Date(ms)).time;
    // quiet hours around now, ending in two hours (Rome)
    await t.db.query(
      `INSERT INTO notifications.preferences (fiscal_code, channels, locale, quiet_start, quiet_end) VALUES ($1, '{email}', 'it', $2, $3)
       ON CONFLICT (fiscal_code) DO UPDATE SET quiet_start = EXCLUDED.quiet_start, quiet_end = EXCLUDED.quiet_end, channels = EXCLUDED.channels`,
      [MARIO, hhmm(now - 3_600_000), hhmm(now + 2 * 3_600_000)],
    );
    const notifications = t.app.get(NotificationsService);
    const key = `convocation:${randomUUID()}`;
    const recipient = { fiscalCode: MARIO, email: 'mario.rossi@example.it', mobilePhone: null };
    const vars = { name: 'Mario', service: 'Orientamento', date: '1 gennaio', time: '09:00', link: 'x' };
    await t.db.transaction((m) => notifications.enqueue(m, { key: `${key}:held`, recipient, template: 'appointment.cancelled', vars }));
    await t.db.transaction((m) => notifications.enqueue(m, { key: `${key}:now`, recipient, template: 'appointment.cancelled', vars, immediate: true }));

    const deliveries = (await notifications.deliveriesFor(`${key}:`)).map(toDelivery);
    const held = deliveries.find((d) => d.status === 'pending' && d.queuedUntil);
    expect(held).toMatchObject({ status: 'pending', quietHours: true });
    expect(romeParts(new Date(held!.queuedUntil!)).time).toBe(hhmm(now + 2 * 3_600_000));
    // the immediate one (the answer to something the person did) is not held
    expect(deliveries.filter((d) => d.queuedUntil)).toHaveLength(1);
  });
});
