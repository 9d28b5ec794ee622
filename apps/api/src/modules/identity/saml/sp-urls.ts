import type { IdentityProviderKind } from '@opencpi/contracts';
import type { Env } from '../../../config/env';

export const acsUrl = (env: Env, kind: IdentityProviderKind) => `${env.PUBLIC_API_URL}/api/auth/${kind}/acs`;
export const sloUrl = (env: Env, kind: IdentityProviderKind) => `${env.PUBLIC_API_URL}/api/auth/${kind}/slo`;
export const metadataUrl = (env: Env, kind: IdentityProviderKind) => `${env.PUBLIC_API_URL}/api/auth/${kind}/metadata`;
