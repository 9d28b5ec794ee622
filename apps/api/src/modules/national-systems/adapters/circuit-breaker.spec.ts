import { CircuitBreaker } from './circuit-breaker';

describe('circuit breaker', () => {
  let now = 0;
  const breaker = () => new CircuitBreaker(3, 5000, () => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it('stays closed below the threshold, and a success resets the count', () => {
    const b = breaker();
    b.failed();
    b.failed();
    expect(b.allow()).toBe(true);
    b.succeeded();
    b.failed();
    b.failed();
    expect(b.allow()).toBe(true);
    expect(b.open).toBe(false);
  });

  it('opens after the threshold, lets one trial through after the cooldown, closes on its success', () => {
    const b = breaker();
    b.failed();
    b.failed();
    b.failed();
    expect(b.open).toBe(true);
    expect(b.allow()).toBe(false);
    now += 4999;
    expect(b.allow()).toBe(false);
    now += 1;
    expect(b.allow()).toBe(true); // the trial
    expect(b.allow()).toBe(false); // only one while it runs
    b.succeeded();
    expect(b.allow()).toBe(true);
    expect(b.allow()).toBe(true);
  });

  it('reopens for another cooldown when the trial fails', () => {
    const b = breaker();
    for (let i = 0; i < 3; i++) b.failed();
    now += 5000;
    expect(b.allow()).toBe(true);
    b.failed();
    expect(b.allow()).toBe(false);
    now += 5000;
    expect(b.allow()).toBe(true);
  });

  it('is off with a threshold of 0', () => {
    const b = new CircuitBreaker(0, 5000, () => now);
    for (let i = 0; i < 100; i++) b.failed();
    expect(b.allow()).toBe(true);
    expect(b.open).toBe(false);
  });
});
