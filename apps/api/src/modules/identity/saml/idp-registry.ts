import { Injectable, Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import type { IdentityProviderKind } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { devIdpEntityId, devIdpSloUrl, devIdpSsoUrl } from '../dev-idp/dev-idp.urls';
import { certBody, nodes, parseXml, text, toPem } from './xml';

export interface IdentityProvider {
  id: string;
  kind: IdentityProviderKind;
  entityId: string;
  displayName: string;
  /** HTTP-Redirect SingleSignOnService */
  ssoUrl: string;
  /** HTTP-Redirect SingleLogoutService: where LogoutRequests go, and LogoutResponses (ResponseLocation, else Location) */
  slo?: { location: string; responseLocation: string };
  /** signing certificates (PEM) */
  certs: string[];
  development: boolean;
}

const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

/** Reads IdP EntityDescriptors (alone or in an EntitiesDescriptor, as AgID's registry publishes them). */
export function parseIdpMetadata(xml: string, kind: IdentityProviderKind): IdentityProvider[] {
  const doc = parseXml(xml);
  const out: IdentityProvider[] = [];
  for (const ed of nodes('//md:EntityDescriptor[md:IDPSSODescriptor]', doc)) {
    const entityId = ed.getAttribute('entityID');
    const sso = nodes(`md:IDPSSODescriptor/md:SingleSignOnService[@Binding='${REDIRECT}']`, ed)[0];
    const certs = nodes("md:IDPSSODescriptor/md:KeyDescriptor[not(@use) or @use='signing']//ds:X509Certificate", ed).map((c) => toPem(certBody(c.textContent ?? '')));
    if (!entityId || !sso?.getAttribute('Location') || certs.length === 0) continue;
    const slo = nodes(`md:IDPSSODescriptor/md:SingleLogoutService[@Binding='${REDIRECT}']`, ed)[0];
    const sloLocation = slo?.getAttribute('Location');
    const displayName =
      text("md:Organization/md:OrganizationDisplayName[@xml:lang='it']", ed) ??
      text('md:Organization/md:OrganizationDisplayName', ed) ??
      text('md:Organization/md:OrganizationName', ed) ??
      new URL(entityId).hostname;
    out.push({
      id: `${kind}-${entityId
        .replace(/^https?:\/\//, '')
        .replace(/[^a-zA-Z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase()}`.slice(0, 64),
      kind,
      entityId,
      displayName: displayName.trim(),
      ssoUrl: sso.getAttribute('Location') as string,
      certs,
      development: false,
      ...(sloLocation ? { slo: { location: sloLocation, responseLocation: slo?.getAttribute('ResponseLocation') || sloLocation } } : {}),
    });
  }
  return out;
}

/**
 * The identity providers this deployment accepts: those in the configured metadata files, plus the
 * development IdP when DEV_IDP=true. Adding a real IdP is a configuration change.
 */
@Injectable()
export class IdpRegistry {
  private readonly logger = new Logger(IdpRegistry.name);
  private readonly idps: IdentityProvider[];

  constructor(env: Env) {
    const list: IdentityProvider[] = [];
    const load = (path: string | undefined, kind: IdentityProviderKind) => {
      if (!path) return;
      const found = parseIdpMetadata(readFileSync(path, 'utf8'), kind);
      this.logger.log(`${found.length} ${kind} identity providers from ${path}`);
      list.push(...found);
    };
    load(env.SPID_IDP_METADATA_PATH, 'spid');
    load(env.CIE_IDP_METADATA_PATH, 'cie');
    load(env.EIDAS_IDP_METADATA_PATH, 'eidas');
    if (env.DEV_IDP && env.DEV_IDP_CERT_PATH) {
      const cert = readFileSync(env.DEV_IDP_CERT_PATH, 'utf8');
      const names = { spid: 'OpenCPI Test IdP (sviluppo)', cie: 'CIE di prova (sviluppo)', eidas: 'eIDAS (FICEP) di prova (sviluppo)' } as const;
      for (const kind of ['spid', 'cie', 'eidas'] as const) {
        const sloUrl = devIdpSloUrl(env, kind);
        list.push({
          id: `dev-${kind}`,
          kind,
          entityId: devIdpEntityId(env, kind),
          displayName: names[kind],
          ssoUrl: devIdpSsoUrl(env, kind),
          slo: { location: sloUrl, responseLocation: sloUrl },
          certs: [cert],
          development: true,
        });
      }
    }
    this.idps = list;
  }

  list(): IdentityProvider[] {
    return this.idps;
  }
  byId(id: string): IdentityProvider | undefined {
    return this.idps.find((i) => i.id === id);
  }
  byEntityId(entityId: string): IdentityProvider | undefined {
    return this.idps.find((i) => i.entityId === entityId);
  }
}
