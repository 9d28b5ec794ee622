import type { IdentityProviderKind } from '@opencpi/contracts';
import type { Env } from '../../../config/env';

export const devIdpEntityId = (env: Env, kind: IdentityProviderKind) => `${env.PUBLIC_API_URL}/api/dev-idp/${kind}`;
export const devIdpSsoUrl = (env: Env, kind: IdentityProviderKind) => `${env.PUBLIC_API_URL}/api/dev-idp/${kind}/sso`;
export const devIdpSloUrl = (env: Env, kind: IdentityProviderKind) => `${env.PUBLIC_API_URL}/api/dev-idp/${kind}/slo`;
