import { generateSlots, type WeeklyRule } from './slot-generator';
import { holidaysOf } from './holidays';

const rule = (weekday: number, start = '09:00', end = '12:00'): WeeklyRule => ({
  officeId: 'o1',
  operatorId: 'op1',
  weekday,
  start,
  end,
  validFrom: '2026-01-01',
  validTo: null,
  channels: ['in_person', 'video'],
});
const service = { durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 15, capacity: 1 };
const noHolidays = () => false;

describe('slot generation', () => {
  it('cuts a morning into slots with buffers', () => {
    const slots = generateSlots({ rules: [rule(1)], service, from: '2026-11-23', to: '2026-11-23', holidaysByOffice: noHolidays, exceptions: [] });
    // 09:00, 09:45, 10:30, 11:15 (11:15 + 45 = 12:00)
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-23T08:45:00.000Z', '2026-11-23T09:30:00.000Z', '2026-11-23T10:15:00.000Z']);
    expect(slots[0]?.endsAt.toISOString()).toBe('2026-11-23T08:30:00.000Z');
  });

  it('keeps 09:00 Rome time across both DST changes (last Sunday of March and of October)', () => {
    const sunday = rule(7, '09:00', '09:30');
    const march = generateSlots({
      rules: [sunday],
      service: { ...service, bufferAfterMinutes: 0 },
      from: '2026-03-22',
      to: '2026-03-29',
      holidaysByOffice: noHolidays,
      exceptions: [],
    });
    expect(march.map((s) => s.startsAt.toISOString())).toEqual(['2026-03-22T08:00:00.000Z', '2026-03-29T07:00:00.000Z']);
    const october = generateSlots({
      rules: [sunday],
      service: { ...service, bufferAfterMinutes: 0 },
      from: '2026-10-18',
      to: '2026-10-25',
      holidaysByOffice: noHolidays,
      exceptions: [],
    });
    expect(october.map((s) => s.startsAt.toISOString())).toEqual(['2026-10-18T07:00:00.000Z', '2026-10-25T08:00:00.000Z']);
  });

  it('skips holidays (Easter Monday) and exceptions', () => {
    const easterMonday = '2026-04-06';
    const slots = generateSlots({
      rules: [rule(1)],
      service,
      from: '2026-03-30',
      to: '2026-04-13',
      holidaysByOffice: (_o, d) => holidaysOf(2026).has(d),
      exceptions: [{ officeId: 'o1', operatorId: 'op1', startsAt: new Date('2026-03-30T08:00:00Z'), endsAt: new Date('2026-03-30T09:00:00Z') }],
    });
    const dates = slots.map((s) => s.startsAt.toISOString().slice(0, 10));
    expect(dates).not.toContain(easterMonday);
    expect(dates.filter((d) => d === '2026-03-30')).toHaveLength(2); // 09:45 and 10:30 (Rome, CEST) overlap the absence
    expect(dates.filter((d) => d === '2026-04-13')).toHaveLength(4);
  });
});
