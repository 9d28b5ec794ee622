import type { Resolver } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { withCrossChecks } from './cross-checks';

interface Values {
  start: string;
  end: string;
}
const dtoSays =
  (errors: Record<string, { type: string; message: string }>): Resolver<Values> =>
  async (values) =>
    Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
const endAfterStart = (v: Values) => (v.end && v.start && v.end <= v.start ? { end: 'after' } : {});
const run = (resolver: Resolver<Values>, values: Values) => resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('withCrossChecks', () => {
  it("adds a cross-field error to the DTO's, and keeps the DTO's own error on a field that has one", async () => {
    const start = { type: 'matches', message: '' };
    expect((await run(withCrossChecks(dtoSays({ start }), endAfterStart), { start: '10:00', end: '09:00' })).errors).toEqual({ start, end: { type: 'after', message: '' } });
    const end = { type: 'matches', message: '' };
    expect((await run(withCrossChecks(dtoSays({ end }), endAfterStart), { start: '10:00', end: '09:00' })).errors).toEqual({ end });
  });

  it('passes the values through when both agree', async () => {
    const values = { start: '09:00', end: '10:00' };
    expect(await run(withCrossChecks(dtoSays({}), endAfterStart), values)).toEqual({ values, errors: {} });
  });
});
