import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import forge from 'node-forge';

/** The body's electronic seal: a PKCS#12 bundle (key + certificate) and its passphrase. */
export interface SealBundle {
  p12: Buffer;
  passphrase: string;
  /** subject common name, printed on the seal's appearance */
  subject: string;
}

export interface SealConfig {
  NODE_ENV: 'development' | 'test' | 'production';
  SEAL_P12_PATH?: string | undefined;
  SEAL_P12_PASSPHRASE?: string | undefined;
  SEAL_KEY_PATH?: string | undefined;
  SEAL_CERT_PATH?: string | undefined;
  SEAL_DEV_PATH?: string | undefined;
}

/** A PKCS#12 of a PEM private key and certificate (so a seal can be configured either way). */
export function p12FromPem(keyPem: string, certPem: string, passphrase: string): Buffer {
  const key = forge.pki.privateKeyFromPem(keyPem);
  const cert = forge.pki.certificateFromPem(certPem);
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** Subject CN of the first certificate of a PKCS#12 (also checks the passphrase opens it). */
export function p12Subject(p12: Buffer, passphrase: string): string {
  const parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))), passphrase);
  const bag = forge.pki.oids['certBag'] as string;
  const cert = parsed.getBags({ bagType: bag })[bag]?.[0]?.cert;
  if (!cert) throw new Error('the PKCS#12 holds no certificate');
  return String(cert.subject.getField('CN')?.value ?? 'seal');
}

/**
 * A self-signed development seal (RSA 2048, SHA-256, 5 years, digital signature + non-repudiation), as a PKCS#12.
 * The key pair comes from node:crypto (fast); node-forge builds the certificate and the PKCS#12.
 */
export function generateDevelopmentSeal(commonName = 'OpenCPI sigillo di sviluppo - NON VALIDO'): SealBundle {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(Date.now() + 5 * 365 * 24 * 3600 * 1000);
  const attrs = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'OpenCPI (development)' },
    { name: 'countryName', value: 'IT' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const passphrase = randomBytes(18).toString('base64url');
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: '3des' });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), passphrase, subject: commonName };
}

/**
 * The seal in use. Configured like the SAML keys: SEAL_P12_PATH + SEAL_P12_PASSPHRASE, or SEAL_KEY_PATH + SEAL_CERT_PATH
 * (PEM). Not configured (development): a development seal generated at first use and kept at SEAL_DEV_PATH
 * (default `.data/seal/development-seal.json`) so later starts reuse it; tests get a fresh in-memory one. Production
 * refuses to start without a configured seal (config/env.ts).
 */
export function loadSeal(cfg: SealConfig): SealBundle {
  if (cfg.SEAL_P12_PATH) {
    const p12 = readFileSync(cfg.SEAL_P12_PATH);
    const passphrase = cfg.SEAL_P12_PASSPHRASE ?? '';
    return { p12, passphrase, subject: p12Subject(p12, passphrase) };
  }
  if (cfg.SEAL_KEY_PATH && cfg.SEAL_CERT_PATH) {
    const passphrase = randomBytes(18).toString('base64url');
    const p12 = p12FromPem(readFileSync(cfg.SEAL_KEY_PATH, 'utf8'), readFileSync(cfg.SEAL_CERT_PATH, 'utf8'), passphrase);
    return { p12, passphrase, subject: p12Subject(p12, passphrase) };
  }
  if (cfg.NODE_ENV === 'production') throw new Error('SEAL_P12_PATH or SEAL_KEY_PATH + SEAL_CERT_PATH are required in production');
  if (cfg.NODE_ENV === 'test') return generateDevelopmentSeal();
  const file = cfg.SEAL_DEV_PATH ?? '.data/seal/development-seal.json';
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { p12: string; passphrase: string; subject: string };
    return { p12: Buffer.from(saved.p12, 'base64'), passphrase: saved.passphrase, subject: saved.subject };
  }
  const seal = generateDevelopmentSeal();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ p12: seal.p12.toString('base64'), passphrase: seal.passphrase, subject: seal.subject }), { mode: 0o600 });
  return seal;
}
