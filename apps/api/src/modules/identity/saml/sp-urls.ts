import type { IdentityProviderKind } from '@opencpi/contracts';
import type { Env } from '../../../config/env';

/**
 * Our entityID towards each federation. CIE has its own (the CIE federation takes one metadata per entityID);
 * eIDAS goes through FICEP, which is an IdP of the SPID federation, so it uses the SPID entityID and metadata.
 */
export const spEntityId = (env: Env, kind: IdentityProviderKind): string => (kind === 'cie' ? env.CIE_SP_ENTITY_ID : env.SP_ENTITY_ID);
export const acsUrl = (env: Env, kind: IdentityProviderKind) => `${env.PUBLIC_API_URL}/api/auth/${kind}/acs`;
/** eIDAS shares the SPID metadata, hence its SingleLogoutService */
export const sloUrl = (env: Env, kind: IdentityProviderKind) => `${env.PUBLIC_API_URL}/api/auth/${kind === 'eidas' ? 'spid' : kind}/slo`;
export const metadataUrl = (env: Env, kind: IdentityProviderKind) => `${env.PUBLIC_API_URL}/api/auth/${kind}/metadata`;
