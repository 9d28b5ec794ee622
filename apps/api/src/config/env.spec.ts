import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

  describe('in production, refuses development keys, certificates and secrets', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opencpi-env-'));
    const devDir = path.resolve(__dirname, '../../config/dev');
    const own = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(path.join(dir, 'own-key.pem'), own.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(path.join(dir, 'own-pub.pem'), own.publicKey.export({ type: 'spki', format: 'pem' }));
    copyFileSync(path.join(devDir, 'sp-key.pem'), path.join(dir, 'copied-key.pem'));
    copyFileSync(path.join(devDir, 'sp-cert.pem'), path.join(dir, 'copied-cert.pem'));
    const prod = {
      ...base,
      NODE_ENV: 'production',
      SPID_IDP_METADATA_PATH: '/m.xml',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      NATIONAL_SYSTEMS_URL: 'https://gw.inps.example',
      SP_PRIVATE_KEY_PATH: path.join(dir, 'own-key.pem'),
      SP_CERT_PATH: path.join(dir, 'own-pub.pem'),
      SEAL_P12_PATH: path.join(dir, 'seal.p12'),
      ISSUER_JWK_PATH: path.join(dir, 'issuer.jwk.json'),
    };

    it('accepts its own key and secrets', () => {
      expect(validateEnv(prod).NODE_ENV).toBe('production');
      expect(validateEnv({ ...prod, MASTER_KEYS: `k2:${randomBytes(32).toString('hex')},k1:${randomBytes(32).toString('hex')}` }).MASTER_KEYS).toMatch(/^k2:/);
    });

    it('refuses the committed SP key and certificate, by path or by content', () => {
      expect(() => validateEnv({ ...prod, SP_PRIVATE_KEY_PATH: path.join(devDir, 'sp-key.pem'), SP_CERT_PATH: path.join(devDir, 'sp-cert.pem') })).toThrow(
        /SP_PRIVATE_KEY_PATH: is a committed development file[\s\S]*SP_CERT_PATH: is a committed development file/,
      );
      expect(() => validateEnv({ ...prod, SP_PRIVATE_KEY_PATH: path.join(dir, 'copied-key.pem') })).toThrow(/SP_PRIVATE_KEY_PATH: holds the public development key/);
      expect(() => validateEnv({ ...prod, SP_CERT_PATH: path.join(dir, 'copied-cert.pem') })).toThrow(/SP_CERT_PATH: holds the public development key/);
      // in development they are what `npm start` uses
      expect(validateEnv({ ...prod, NODE_ENV: 'development', SP_PRIVATE_KEY_PATH: path.join(devDir, 'sp-key.pem') }).NODE_ENV).toBe('development');
    });

    it('refuses a development master secret, and a malformed key list anywhere', () => {
      expect(() => validateEnv({ ...prod, SESSION_SECRET: 'development-only-secret-never-use-in-production' })).toThrow(/SESSION_SECRET: a development value/);
      expect(() => validateEnv({ ...prod, MASTER_KEYS: `k2:${randomBytes(32).toString('hex')},dev1:development-only-master-key-never-use-in-production` })).toThrow(
        /MASTER_KEYS: key "dev1" is a development value/,
      );
      expect(() => validateEnv({ ...base, MASTER_KEYS: 'k1:short' })).toThrow(/MASTER_KEYS: the secret of key "k1" must be at least 32 characters/);
    });
  });
});
