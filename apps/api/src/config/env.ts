import { plainToInstance, Transform } from 'class-transformer';
import { developmentCredentialProblem, isDevelopmentSecret } from '../platform/keys/development-credentials';
import { parseMasterKeys } from '../platform/keys/master-keys';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUrl, Length, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toBool = ({ value }: { value: unknown }) => (typeof value === 'boolean' ? value : typeof value === 'string' ? ['true', '1', 'yes'].includes(value.toLowerCase()) : value);
const url = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/**
 * Every environment variable the API reads, validated at boot. `.env.example` lists them all.
 * Defaults exist only for values that are safe everywhere; secrets have none outside development
 * (see `validateEnv`).
 */
export class Env {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  /** connections per API process */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(2)
  @Max(200)
  DATABASE_POOL_MAX = 20;

  /** External base URL of the API (without /api), used for SAML endpoints and links. */
  @IsUrl(url) PUBLIC_API_URL = 'http://localhost:3000';
  @IsUrl(url) CITIZEN_WEB_URL = 'http://localhost:4200';
  @IsUrl(url) OPERATOR_WEB_URL = 'http://localhost:4300';

  @IsString()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET!: string;
  /**
   * Master secrets of the key ring (platform/keys), `kid:secret[,kid:secret...]`: the first signs links, tokens and
   * OTP verifiers, all of them verify (rotation). Unset: SESSION_SECRET is the single master secret, kid `k0`.
   */
  @IsOptional() @IsString() MASTER_KEYS?: string;
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(240)
  SESSION_IDLE_MINUTES = 30;
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(24)
  SESSION_ABSOLUTE_HOURS = 8;

  /** SAML service provider */
  @IsString() @Length(1, 1024) SP_ENTITY_ID = 'http://localhost:3000/api/auth/spid/metadata';
  /** CIE ("Entra con CIE") has its own federation: one metadata per entityID, so CIE gets its own entityID. */
  @IsString() @Length(1, 1024) CIE_SP_ENTITY_ID = 'http://localhost:3000/api/auth/cie/metadata';
  @IsString() SP_PRIVATE_KEY_PATH!: string;
  @IsString() SP_CERT_PATH!: string;
  /**
   * The body's electronic seal for certificates (platform/pdf/pdf-seal.ts): a PKCS#12 file and its passphrase, or a PEM
   * key + certificate. Unset outside production: a development seal is generated at first use and kept at
   * SEAL_DEV_PATH (tests: a fresh one in memory).
   */
  @IsOptional() @IsString() SEAL_P12_PATH?: string;
  @IsOptional() @IsString() SEAL_P12_PASSPHRASE?: string;
  @IsOptional() @IsString() SEAL_KEY_PATH?: string;
  @IsOptional() @IsString() SEAL_CERT_PATH?: string;
  @IsString() SEAL_DEV_PATH = '.data/seal/development-seal.json';
  /**
   * Portability (modules/portability): how many days a finished dossier bundle stays downloadable before the purge job
   * deletes it. Bundles are signed with the issuer key below and checked against its TRUSTED_ISSUERS_PATH.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(30)
  PORTABILITY_EXPORT_DAYS = 7;
  /**
   * The body's issuer key of Open Badges 3.0 credentials (certificazioni/credentials): a private JWK file (EC P-256).
   * Unset outside production: a development key is generated at first use and kept at ISSUER_DEV_PATH (tests: a fresh
   * one in memory). ISSUER_BASE_URL (default PUBLIC_API_URL) is the origin the did:web names: it must serve
   * /.well-known/did.json (the API does, outside /api). TRUSTED_ISSUERS_PATH: a JSON file of other deployments'
   * issuers, `[{ "did", "name", "publicJwk" }]`.
   */
  @IsOptional() @IsString() ISSUER_JWK_PATH?: string;
  @IsString() ISSUER_DEV_PATH = '.data/issuer/development-issuer.jwk.json';
  @Transform(({ value }) => (value === '' ? undefined : value)) @IsOptional() @IsUrl(url) ISSUER_BASE_URL?: string;
  @IsOptional() @IsString() TRUSTED_ISSUERS_PATH?: string;
  /** Organization / ContactPerson of the public body in SP metadata */
  @IsString() @Matches(/^[a-zA-Z0-9_]{2,20}$/, { message: 'ORG_IPA_CODE must be an IPA code' }) ORG_IPA_CODE = 'r_opencpi';
  @IsString() @Length(1, 200) ORG_NAME = 'Regione OpenCPI - Agenzia regionale per il lavoro';
  @IsString() @Length(1, 200) ORG_DISPLAY_NAME = "OpenCPI Centri per l'Impiego";
  @IsUrl(url) ORG_URL = 'http://localhost:4200';
  @IsString() @Matches(/^[^@\s]+@[^@\s]+$/, { message: 'ORG_CONTACT_EMAIL must be an e-mail address' }) ORG_CONTACT_EMAIL = 'spid@opencpi.example.it';
  @IsOptional()
  @Matches(/^\+39[0-9]{6,12}$/, { message: 'ORG_CONTACT_PHONE must be +39 followed by digits, no spaces' })
  ORG_CONTACT_PHONE?: string;
  /** Belfiore code of the body's municipality (CIE metadata) */
  @IsString() @Matches(/^[A-Z][0-9]{3}$/) ORG_MUNICIPALITY_CODE = 'H501';

  /** XML files with the IdPs' metadata (an EntitiesDescriptor or EntityDescriptor); optional in development. */
  @IsOptional() @IsString() SPID_IDP_METADATA_PATH?: string;
  @IsOptional() @IsString() CIE_IDP_METADATA_PATH?: string;
  /** metadata of the Italian eIDAS node (FICEP), a SPID-federated IdP for people with another EU country's eID */
  @IsOptional() @IsString() EIDAS_IDP_METADATA_PATH?: string;

  /** Development identity provider, served by the API itself. Refused when NODE_ENV=production. */
  @Transform(toBool) @IsBoolean() DEV_IDP = false;
  @IsOptional() @IsString() DEV_IDP_PRIVATE_KEY_PATH?: string;
  @IsOptional() @IsString() DEV_IDP_CERT_PATH?: string;

  /** Requests a minute per verified session (counted once the session is checked). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE = 300;
  /** Requests a minute per client address, whatever the cookie (unset: 4 × RATE_LIMIT_PER_MINUTE; an office's staff may share one address). */
  @IsOptional()
  @Transform(({ value }) => (value === '' || value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(4_000_000)
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE?: number;
  /** Login, OTP and public-link requests a minute per address (per session for OTP) (unset: RATE_LIMIT_PER_MINUTE / 10, at least 5). */
  @IsOptional()
  @Transform(({ value }) => (value === '' || value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_SENSITIVE_PER_MINUTE?: number;
  /** Requests a minute per agency OAuth client on /api/agency/v1 (unset: RATE_LIMIT_PER_MINUTE). */
  @IsOptional()
  @Transform(({ value }) => (value === '' || value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  AGENCY_RATE_LIMIT_PER_MINUTE?: number;

  /** Agency webhooks may target loopback, private and link-local addresses (unset: only outside production; tests use a local receiver). */
  @IsOptional() @Transform(({ value }) => (value === '' || value === undefined ? undefined : toBool({ value }))) @IsBoolean() WEBHOOK_ALLOW_PRIVATE_TARGETS?: boolean;

  /** Background jobs (pg-boss): run workers in this process, and how often they poll. */
  @Transform(toBool) @IsBoolean() JOBS_WORKERS = true;
  @Transform(({ value }) => Number(value)) @IsNumber() @Min(0.5) @Max(60) JOBS_POLL_SECONDS = 2;
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(3600) JOBS_RETRY_DELAY_SECONDS = 5;
  /** Domain events: how often the relay (in worker processes) looks for events to deliver, and the first retry delay (doubles per attempt, capped at 10 minutes). */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(20) @Max(60_000) EVENTS_POLL_MS = 1000;
  @Transform(({ value }) => Number(value)) @IsInt() @Min(10) @Max(600_000) EVENTS_RETRY_BASE_MS = 2000;
  /**
   * The national systems (INPS, SIISL): base URL of their HTTP gateway. Development and tests: the simulator
   * (tools/national-systems-sim, http://127.0.0.1:4400 under `npm start`); required in production.
   */
  @Transform(({ value }) => (value === '' ? undefined : value)) @IsOptional() @IsUrl(url) NATIONAL_SYSTEMS_URL?: string;
  /** per request to the national systems */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(100) @Max(120_000) NATIONAL_SYSTEMS_TIMEOUT_MS = 5000;
  /** attempts in one call (exponential backoff with full jitter between them); the event relay retries a failed send later */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(10) NATIONAL_SYSTEMS_ATTEMPTS = 3;
  /** after this many failed calls in a row, calls fail at once for NATIONAL_SYSTEMS_CIRCUIT_COOLDOWN_MS, then one trial call (0: never) */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(0) @Max(1000) NATIONAL_SYSTEMS_CIRCUIT_FAILURES = 5;
  @Transform(({ value }) => Number(value)) @IsInt() @Min(100) @Max(600_000) NATIONAL_SYSTEMS_CIRCUIT_COOLDOWN_MS = 5000;
  /** how often worker processes move due messages from the outbox to the queue */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(50) @Max(60_000) NOTIFICATION_DISPATCH_MS = 1000;
  /** Tests only: every notification channel is an in-memory fake. Refused in production. */
  @Transform(toBool) @IsBoolean() NOTIFICATION_FAKES = false;

  /** Default quiet hours (Rome) for people without their own: scheduled and office-initiated messages wait until the end. Empty: none. */
  @Matches(/^(([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d)?$/, { message: 'NOTIFICATION_QUIET_HOURS must be HH:MM-HH:MM or empty' })
  NOTIFICATION_QUIET_HOURS = '21:00-08:00';

  /** Notifications. E-mail by SMTP; SMS and App IO by their HTTP APIs (unset: those channels are off). */
  @IsOptional() @IsString() SMTP_URL?: string;
  @IsString() @Matches(/^.+@.+$/) MAIL_FROM = 'OpenCPI <noreply@opencpi.example.it>';
  @IsOptional() @IsUrl(url) SMS_API_URL?: string;
  @IsOptional() @IsString() SMS_API_KEY?: string;
  @IsOptional() @IsUrl(url) IO_API_URL?: string;
  @IsOptional() @IsString() IO_API_KEY?: string;
  /** Video appointments: rooms are `<base>/<unguessable name>` (default Jitsi Meet). A region can point it to its own provider. */
  @IsUrl(url) VIDEO_ROOM_BASE_URL = 'https://meet.jit.si';
  /** Invitations: how long the link works by default, and when the reminder goes */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(30) INVITATION_REMINDER_DAYS = 3;

  /** Reserved-area documents: bytes in PostgreSQL (default, transactional) or as files under DOCUMENT_STORAGE_DIR. */
  @IsIn(['postgres', 'disk']) DOCUMENT_STORAGE: 'postgres' | 'disk' = 'postgres';
  @IsString() DOCUMENT_STORAGE_DIR = './var/documents';

  /** Shared secret of the providers' delivery-receipt callbacks (HMAC-SHA256); unset: receipts are refused. */
  @IsOptional() @IsString() @MinLength(32, { message: 'RECEIPTS_SECRET must be at least 32 characters' }) RECEIPTS_SECRET?: string;

  /** Development mailbox: an SMTP sink on this port whose messages are listed at /api/dev-mailbox. */
  @Transform(toBool) @IsBoolean() DEV_MAILBOX = false;
  @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(65535) DEV_MAILBOX_SMTP_PORT = 1025;
  @Transform(toBool) @IsBoolean() TRUST_PROXY = false;
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';

  /** Bearer token that Prometheus sends to GET /api/metrics; unset: the metrics route does not exist (404). */
  @Transform(({ value }) => (value === '' ? undefined : value))
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'METRICS_TOKEN must be at least 32 characters' })
  METRICS_TOKEN?: string;
}

export class EnvValidationError extends Error {}

/** Validates `source` (usually process.env); throws one readable message listing every bad variable. */
export function validateEnv(source: Record<string, unknown>): Env {
  const env = plainToInstance(Env, source, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, skipMissingProperties: false });
  const problems = errors.map((e) => `  - ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
  let masterKeys: { kid: string; secret: string }[] = [];
  if (env.MASTER_KEYS !== undefined && env.MASTER_KEYS !== '') {
    try {
      masterKeys = parseMasterKeys(env.MASTER_KEYS);
    } catch (e) {
      problems.push(`  - MASTER_KEYS: ${(e as Error).message}`);
    }
  } else env.MASTER_KEYS = undefined;
  if (env.NODE_ENV === 'production') {
    if (env.DEV_IDP) problems.push('  - DEV_IDP: the development identity provider cannot run with NODE_ENV=production');
    if (!env.SPID_IDP_METADATA_PATH) problems.push('  - SPID_IDP_METADATA_PATH: required in production');
    if (isDevelopmentSecret(env.SESSION_SECRET ?? '')) problems.push('  - SESSION_SECRET: a development value cannot be used in production');
    if (env.NOTIFICATION_FAKES) problems.push('  - NOTIFICATION_FAKES: fakes cannot run with NODE_ENV=production');
    if (env.DEV_MAILBOX) problems.push('  - DEV_MAILBOX: the development mailbox cannot run with NODE_ENV=production');
    for (const k of masterKeys) if (isDevelopmentSecret(k.secret)) problems.push(`  - MASTER_KEYS: key "${k.kid}" is a development value, which cannot be used in production`);
    if (!env.SEAL_P12_PATH && !(env.SEAL_KEY_PATH && env.SEAL_CERT_PATH))
      problems.push('  - SEAL_P12_PATH (or SEAL_KEY_PATH + SEAL_CERT_PATH): the seal of certificates is required in production');
    if (!env.ISSUER_JWK_PATH) problems.push('  - ISSUER_JWK_PATH: the issuer key of digital credentials is required in production');
    for (const name of ['SP_PRIVATE_KEY_PATH', 'SP_CERT_PATH'] as const) {
      const problem = env[name] ? developmentCredentialProblem(env[name]) : null;
      if (problem) problems.push(`  - ${name}: ${problem}: a development key or certificate cannot be used in production`);
    }
  }
  if (!env.NATIONAL_SYSTEMS_URL) {
    if (env.NODE_ENV === 'production') problems.push('  - NATIONAL_SYSTEMS_URL: required in production');
    else env.NATIONAL_SYSTEMS_URL = 'http://127.0.0.1:4400';
  }
  if (env.DEV_IDP && (!env.DEV_IDP_PRIVATE_KEY_PATH || !env.DEV_IDP_CERT_PATH)) {
    problems.push('  - DEV_IDP_PRIVATE_KEY_PATH / DEV_IDP_CERT_PATH: required when DEV_IDP=true');
  }
  if (problems.length > 0) {
    throw new EnvValidationError(`Invalid configuration, the API will not start:\n${problems.join('\n')}`);
  }
  return env;
}
