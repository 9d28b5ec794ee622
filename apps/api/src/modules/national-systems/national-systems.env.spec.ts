import { validateEnv } from '../../config/env';

const base = { DATABASE_URL: 'postgres://u@localhost/db', SESSION_SECRET: 'x'.repeat(40), SP_PRIVATE_KEY_PATH: '/k.pem', SP_CERT_PATH: '/c.pem' };

describe('national systems configuration', () => {
  it('points development at the simulator by default (also when the variable is empty)', () => {
    expect(validateEnv(base)).toMatchObject({ NATIONAL_SYSTEMS_URL: 'http://127.0.0.1:4400', NATIONAL_SYSTEMS_TIMEOUT_MS: 5000, NATIONAL_SYSTEMS_ATTEMPTS: 3 });
    expect(validateEnv({ ...base, NATIONAL_SYSTEMS_URL: '' }).NATIONAL_SYSTEMS_URL).toBe('http://127.0.0.1:4400');
    expect(validateEnv({ ...base, NATIONAL_SYSTEMS_URL: 'https://gw.inps.example/api', NATIONAL_SYSTEMS_TIMEOUT_MS: '800', NATIONAL_SYSTEMS_ATTEMPTS: '1' })).toMatchObject({
      NATIONAL_SYSTEMS_URL: 'https://gw.inps.example/api',
      NATIONAL_SYSTEMS_TIMEOUT_MS: 800,
      NATIONAL_SYSTEMS_ATTEMPTS: 1,
    });
  });

  it('requires it in production, and refuses bad values', () => {
    expect(() => validateEnv({ ...base, NODE_ENV: 'production' })).toThrow(/NATIONAL_SYSTEMS_URL: required in production/);
    expect(() => validateEnv({ ...base, NATIONAL_SYSTEMS_URL: 'ftp://x' })).toThrow(/NATIONAL_SYSTEMS_URL/);
    expect(() => validateEnv({ ...base, NATIONAL_SYSTEMS_TIMEOUT_MS: '10' })).toThrow(/NATIONAL_SYSTEMS_TIMEOUT_MS/);
    expect(() => validateEnv({ ...base, NATIONAL_SYSTEMS_ATTEMPTS: '0' })).toThrow(/NATIONAL_SYSTEMS_ATTEMPTS/);
  });
});
