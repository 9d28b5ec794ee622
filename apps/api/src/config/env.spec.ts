import { validateEnv } from './env';

const base = {
  DATABASE_URL: 'postgres://u@localhost/db',
  SESSION_SECRET: 'x'.repeat(40),
  SP_PRIVATE_KEY_PATH: '/k.pem',
  SP_CERT_PATH: '/c.pem',
};

describe('environment validation', () => {
  it('accepts a minimal development configuration with defaults', () => {
    const env = validateEnv(base);
    expect(env.PORT).toBe(3000);
    expect(env.DEV_IDP).toBe(false);
    expect(env.SESSION_IDLE_MINUTES).toBe(30);
  });

  it('refuses to boot naming every missing or invalid variable', () => {
    expect(() => validateEnv({ ...base, DATABASE_URL: undefined, SESSION_SECRET: 'short', PORT: 'abc' })).toThrow(
      /DATABASE_URL[\s\S]*SESSION_SECRET: SESSION_SECRET must be at least 32 characters|SESSION_SECRET[\s\S]*DATABASE_URL/,
    );
    expect(() => validateEnv({ ...base, PORT: 'abc' })).toThrow(/PORT/);
  });

  it('refuses the development IdP in production', () => {
    expect(() =>
      validateEnv({ ...base, NODE_ENV: 'production', DEV_IDP: 'true', DEV_IDP_PRIVATE_KEY_PATH: '/a', DEV_IDP_CERT_PATH: '/b', SPID_IDP_METADATA_PATH: '/m.xml' }),
    ).toThrow(/DEV_IDP: the development identity provider cannot run with NODE_ENV=production/);
  });

  it('requires the IdP metadata file and a real secret in production', () => {
    expect(() => validateEnv({ ...base, NODE_ENV: 'production', SESSION_SECRET: 'development-'.padEnd(40, 'x') })).toThrow(
      /SPID_IDP_METADATA_PATH: required in production[\s\S]*SESSION_SECRET: a development value/,
    );
  });
});
