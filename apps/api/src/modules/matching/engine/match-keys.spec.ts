import { cellOf, cellsWithin, profileKeys, vacancyKeys } from './match-keys';

describe('match keys', () => {
  it('puts Torino and Moncalieri in cells found from each other, Palermo not', () => {
    const torino = cellOf(45.0703, 7.6869);
    expect(cellsWithin(44.9996, 7.6824)).toContain(torino);
    expect(cellsWithin(38.1157, 13.3615)).not.toContain(torino);
  });
  it('makes a profile key that a vacancy with the same skill within reach looks up', () => {
    const keys = profileKeys([12, 7, 12], 45.0703, 7.6869);
    expect(keys).toHaveLength(2);
    expect(vacancyKeys([7, 99], 44.9996, 7.6824)).toEqual(expect.arrayContaining([keys[0]]));
    expect(vacancyKeys([99], 44.9996, 7.6824)).not.toEqual(expect.arrayContaining([keys[0]]));
  });
  it('clamps points outside the grid to its border', () => {
    expect(cellOf(60, 30)).toBe(31 * 32 + 31);
    expect(cellOf(0, 0)).toBe(0);
  });
});
