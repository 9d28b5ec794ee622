import { SetMetadata } from '@nestjs/common';
import type { Role, SpidLevel } from '@opencpi/contracts';

export const POLICY_KEY = 'opencpi:policy';

export type RoutePolicy =
  | { kind: 'public'; csrf: boolean }
  | { kind: 'roles'; roles: readonly Role[]; minLevel: SpidLevel }
  /** a machine client of an accredited agency, with an OAuth bearer token holding every one of `scopes` (never a session) */
  | { kind: 'agency'; scopes: readonly string[] };

/**
 * Every route declares who may call it; a route without a policy is refused by the guard
 * (deny by default) and fails the route-policy test.
 */
export const Public = (opts: { csrf?: boolean } = {}) => SetMetadata(POLICY_KEY, { kind: 'public', csrf: opts.csrf ?? true } satisfies RoutePolicy);

/** Authenticated callers holding one of `roles`, authenticated at SPID/CIE level ≥ `minLevel` (default 2). */
export const Allow = (roles: readonly Role[], opts: { minLevel?: SpidLevel } = {}) =>
  SetMetadata(POLICY_KEY, { kind: 'roles', roles, minLevel: opts.minLevel ?? 2 } satisfies RoutePolicy);

/**
 * Machine callers of an accredited agency (`/api/agency/v1`): a bearer token (OAuth 2.0 client credentials) holding every
 * one of `scopes`, of a client whose agency's accreditation is active at the time of the call. Session cookies never
 * satisfy it (and a bearer token never satisfies a session policy).
 */
export const AgencyScopes = (...scopes: string[]) => SetMetadata(POLICY_KEY, { kind: 'agency', scopes } satisfies RoutePolicy);
