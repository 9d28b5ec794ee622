import { retryDelayMs } from './event-relay';

describe('retryDelayMs', () => {
  it('doubles per failure from the base, with jitter between half and all of it', () => {
    expect(retryDelayMs(1, 1000, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1000, () => 1)).toBe(1000);
    expect(retryDelayMs(3, 1000, () => 1)).toBe(4000);
    expect(retryDelayMs(3, 1000, () => 0.5)).toBe(3000);
  });
  it('is capped at ten minutes however many failures', () => {
    expect(retryDelayMs(60, 2000, () => 1)).toBe(600_000);
    expect(retryDelayMs(10_000, 2000, () => 0)).toBe(300_000);
  });
});
