import { SetMetadata } from '@nestjs/common';
import type { Role, SpidLevel } from '@opencpi/contracts';

export const POLICY_KEY = 'opencpi:policy';

export type RoutePolicy = { kind: 'public'; csrf: boolean } | { kind: 'roles'; roles: readonly Role[]; minLevel: SpidLevel };

/**
 * Every route declares who may call it; a route without a policy is refused by the guard
 * (deny by default) and fails the route-policy test.
 */
export const Public = (opts: { csrf?: boolean } = {}) => SetMetadata(POLICY_KEY, { kind: 'public', csrf: opts.csrf ?? true } satisfies RoutePolicy);

/** Authenticated callers holding one of `roles`, authenticated at SPID/CIE level ≥ `minLevel` (default 2). */
export const Allow = (roles: readonly Role[], opts: { minLevel?: SpidLevel } = {}) =>
  SetMetadata(POLICY_KEY, { kind: 'roles', roles, minLevel: opts.minLevel ?? 2 } satisfies RoutePolicy);
