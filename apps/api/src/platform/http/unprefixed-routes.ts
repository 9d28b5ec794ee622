import { RequestMethod } from '@nestjs/common';

/**
 * Routes served at the root of the origin, outside the global `/api` prefix: well-known URLs that other parties derive
 * from the host alone (the did:web DID document of the credentials' issuer, certificazioni/did-document.controller.ts).
 */
export const UNPREFIXED_ROUTES = [{ path: '.well-known/did.json', method: RequestMethod.GET }];

export const isUnprefixed = (path: string): boolean => UNPREFIXED_ROUTES.some((r) => r.path === path.replace(/^\/+/, ''));
