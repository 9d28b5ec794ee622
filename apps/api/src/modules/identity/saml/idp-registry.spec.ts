import { parseIdpMetadata } from './idp-registry';

const cert = 'MIIC' + 'A'.repeat(60);
const entity = (id: string, name: string, binding = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect') => `
  <md:EntityDescriptor entityID="${id}">
    <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
      <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${id}/sso-post"/>
      <md:SingleSignOnService Binding="${binding}" Location="${id}/sso"/>
    </md:IDPSSODescriptor>
    <md:Organization><md:OrganizationName xml:lang="it">${name} S.p.A.</md:OrganizationName><md:OrganizationDisplayName xml:lang="it">${name}</md:OrganizationDisplayName></md:Organization>
  </md:EntityDescriptor>`;

describe('IdP metadata (configuration, not code)', () => {
  it('reads every IdP of an EntitiesDescriptor with its redirect endpoint and signing certificate', () => {
    const xml = `<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
      ${entity('https://idp.one.example.it', 'Uno ID')}${entity('https://idp.two.example.it', 'Due ID')}
      ${entity('https://post-only.example.it', 'Solo POST', 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST')}
    </md:EntitiesDescriptor>`;
    const idps = parseIdpMetadata(xml, 'spid');
    expect(idps.map((i) => [i.id, i.displayName, i.ssoUrl])).toEqual([
      ['spid-idp-one-example-it', 'Uno ID', 'https://idp.one.example.it/sso'],
      ['spid-idp-two-example-it', 'Due ID', 'https://idp.two.example.it/sso'],
    ]);
    expect(idps[0]?.certs[0]).toMatch(/^-----BEGIN CERTIFICATE-----\nMIIC/);
  });

  it('refuses documents with a DOCTYPE (entity expansion)', () => {
    expect(() => parseIdpMetadata('<!DOCTYPE x [<!ENTITY a "b">]><x/>', 'spid')).toThrow(/DOCTYPE/);
  });
});
