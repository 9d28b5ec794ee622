import { suppressGroup, suppressTable, type SuppressionRow } from './suppression';

describe('small-cell suppression', () => {
  it('suppresses counts of 1..9 people, publishes zeros and counts of 10 or more', () => {
    const out = suppressGroup(
      [
        { id: 'a', value: 0 },
        { id: 'b', value: 9 },
        { id: 'c', value: 10 },
        { id: 'd', value: 1 },
        { id: 'e', value: 25 },
      ],
      undefined,
    );
    expect([...out].sort()).toEqual(['b', 'd']);
  });

  it('differencing: one suppressed CPI in a region whose total is published → the next smallest CPI is suppressed too', () => {
    // total 40 = A 3 + B 12 + C 25: publishing B and C would give A = 40 − 12 − 25 = 3
    const out = suppressGroup(
      [
        { id: 'A', value: 3 },
        { id: 'B', value: 12 },
        { id: 'C', value: 25 },
      ],
      { id: 'T', value: 40 },
    );
    expect([...out].sort()).toEqual(['A', 'B']);
    // what is left published cannot give either back: 40 − 25 = 15 = A + B, two unknowns adding up to 10 or more
  });

  it('differencing: suppressed cells adding up to fewer than 10 are joined by another cell', () => {
    // A 2 + B 3 = 5 would be derivable as a group of fewer than 10 people (total − C − D)
    const out = suppressGroup(
      [
        { id: 'A', value: 2 },
        { id: 'B', value: 3 },
        { id: 'C', value: 30 },
        { id: 'D', value: 11 },
      ],
      { id: 'T', value: 46 },
    );
    expect([...out].sort()).toEqual(['A', 'B', 'D']);
  });

  it('differencing: with no other cell to hide, the total is suppressed instead', () => {
    // A forced (its complement is small) and B is the only other cell, worth 0: hide the total
    const out = suppressGroup(
      [
        { id: 'A', value: 15 },
        { id: 'B', value: 0 },
      ],
      { id: 'T', value: 15 },
      new Set(['A']),
    );
    expect([...out].sort()).toEqual(['A', 'T']);
  });

  it('suppresses a part whose complement in the same row is small, and keeps the region consistent', () => {
    const row = (id: string, group: string, total: boolean, due: number, inWindow: number): SuppressionRow => ({
      id,
      group,
      total,
      values: { due, inWindow },
    });
    const rows = [row('TO', 'r1', false, 30, 28), row('MO', 'r1', false, 20, 12), row('AL', 'r1', false, 15, 15), row('R', 'r1', true, 65, 55)];
    const out = suppressTable(rows, [{ name: 'due' }, { name: 'inWindow', whole: 'due' }]);
    expect([...out.get('due')!]).toEqual([]);
    // late contacts: TO 30 − 28 = 2 and MO 20 − 12 = 8 are few, so their in-window counts are hidden (AL's 0 late is published)
    expect([...out.get('inWindow')!].sort()).toEqual(['MO', 'TO']);
  });
});
