import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { generateDevelopmentSeal, loadSeal, p12Subject } from './seal-credentials';

describe('seal credentials', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seal-cfg-'));

  it('generates a development seal once and reuses it (kept under the development path)', () => {
    const file = join(dir, 'dev', 'seal.json');
    const first = loadSeal({ NODE_ENV: 'development', SEAL_DEV_PATH: file });
    expect(existsSync(file)).toBe(true);
    const again = loadSeal({ NODE_ENV: 'development', SEAL_DEV_PATH: file });
    expect(again.p12.equals(first.p12)).toBe(true);
    expect(p12Subject(again.p12, again.passphrase)).toMatch(/sviluppo/);
  });

  it('reads a configured PKCS#12, and a PEM key + certificate', () => {
    const seal = generateDevelopmentSeal('Regione di prova - sigillo');
    writeFileSync(join(dir, 'seal.p12'), seal.p12);
    expect(loadSeal({ NODE_ENV: 'production', SEAL_P12_PATH: join(dir, 'seal.p12'), SEAL_P12_PASSPHRASE: seal.passphrase }).subject).toBe('Regione di prova - sigillo');

    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const cert = forge.pki.createCertificate();
    cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
    cert.serialNumber = '01';
    cert.validity.notAfter = new Date(Date.now() + 86_400_000);
    cert.setSubject([{ name: 'commonName', value: 'PEM seal' }]);
    cert.setIssuer([{ name: 'commonName', value: 'PEM seal' }]);
    cert.sign(key, forge.md.sha256.create());
    writeFileSync(join(dir, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(join(dir, 'cert.pem'), forge.pki.certificateToPem(cert));
    expect(loadSeal({ NODE_ENV: 'production', SEAL_KEY_PATH: join(dir, 'key.pem'), SEAL_CERT_PATH: join(dir, 'cert.pem') }).subject).toBe('PEM seal');
  });

  it('refuses to run without a configured seal in production, and a wrong passphrase', () => {
    expect(() => loadSeal({ NODE_ENV: 'production' })).toThrow(/required in production/);
    const seal = generateDevelopmentSeal();
    writeFileSync(join(dir, 'other.p12'), seal.p12);
    expect(() => loadSeal({ NODE_ENV: 'production', SEAL_P12_PATH: join(dir, 'other.p12'), SEAL_P12_PASSPHRASE: 'wrong' })).toThrow();
  });
});
