/** Master secrets by key id: parsing and the fallback (no Nest, no Env import: the env validation uses it). */
export interface MasterKey {
  kid: string;
  secret: string;
}

export const KID_PATTERN = /^[a-z0-9]{1,8}$/;
/** `<kid>.<base64url HMAC-SHA256>`: the shape of every signed token and link this ring issues. */
export const SIGNED_TOKEN_PATTERN = /^[a-z0-9]{1,8}\.[A-Za-z0-9_-]{43}$/;
/** The kid used when MASTER_KEYS is unset and SESSION_SECRET is the single master secret. */
export const LEGACY_KID = 'k0';

/**
 * Parses MASTER_KEYS: `kid:secret[,kid:secret...]`, the first one signs, all of them verify. Throws a readable
 * message on a malformed list (used by the environment validation).
 */
export function parseMasterKeys(value: string): MasterKey[] {
  const keys = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf(':');
      const kid = at > 0 ? entry.slice(0, at) : '';
      const secret = at > 0 ? entry.slice(at + 1) : '';
      if (!KID_PATTERN.test(kid)) throw new Error(`a key id must be 1 to 8 lowercase letters or digits, before a colon ("${kid || entry.slice(0, 8)}…")`);
      if (secret.length < 32) throw new Error(`the secret of key "${kid}" must be at least 32 characters`);
      return { kid, secret };
    });
  if (keys.length === 0) throw new Error('at least one kid:secret');
  if (new Set(keys.map((k) => k.kid)).size !== keys.length) throw new Error('each key id may appear once');
  return keys;
}

/** The master keys of a configuration: MASTER_KEYS, else SESSION_SECRET as the single key `k0`. */
export function masterKeysOf(env: { MASTER_KEYS?: string | undefined; SESSION_SECRET: string }): MasterKey[] {
  return env.MASTER_KEYS ? parseMasterKeys(env.MASTER_KEYS) : [{ kid: LEGACY_KID, secret: env.SESSION_SECRET }];
}
