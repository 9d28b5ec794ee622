import type { IdentityProviderKind } from '@opencpi/contracts';
import type { Env } from '../../../config/env';
import { acsUrl, sloUrl } from './sp-urls';
import { newSamlId } from './authn-request';
import { certBody, escapeXml } from './xml';

/** Attributes requested at AttributeConsumingService index 0. CIE gives the eIDAS minimum dataset only. */
export const REQUESTED_ATTRIBUTES: Record<IdentityProviderKind, string[]> = {
  spid: ['fiscalNumber', 'name', 'familyName', 'dateOfBirth', 'gender', 'placeOfBirth', 'email', 'mobilePhone'],
  cie: ['fiscalNumber', 'name', 'familyName', 'dateOfBirth'],
};

/** SP metadata per AgID (SPID) or the Ministry of the Interior (CIE), with the public-body extensions. */
export function buildSpMetadata(env: Env, kind: IdentityProviderKind, certificate: string): string {
  const ext = kind === 'spid'
    ? { ns: 'xmlns:spid="https://spid.gov.it/saml-extensions"', body: `<spid:IPACode>${escapeXml(env.ORG_IPA_CODE)}</spid:IPACode><spid:Public/>` }
    : { ns: 'xmlns:cie="https://www.cartaidentita.interno.gov.it/saml-extensions"', body: `<cie:Public/><cie:IPACode>${escapeXml(env.ORG_IPA_CODE)}</cie:IPACode><cie:Municipality>${escapeXml(env.ORG_MUNICIPALITY_CODE)}</cie:Municipality>` };
  const attrs = REQUESTED_ATTRIBUTES[kind].map((a) => `<md:RequestedAttribute Name="${a}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"/>`).join('');
  return (
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ${ext.ns}` +
    ` entityID="${escapeXml(env.SP_ENTITY_ID)}" ID="${newSamlId()}">` +
    `<md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" AuthnRequestsSigned="true" WantAssertionsSigned="true">` +
    `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBody(certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
    `<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${escapeXml(sloUrl(env, kind))}"/>` +
    `<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>` +
    `<md:AssertionConsumerService index="0" isDefault="true" Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${escapeXml(acsUrl(env, kind))}"/>` +
    `<md:AttributeConsumingService index="0"><md:ServiceName xml:lang="it">${escapeXml(env.ORG_DISPLAY_NAME)}</md:ServiceName>${attrs}</md:AttributeConsumingService>` +
    `</md:SPSSODescriptor>` +
    `<md:Organization><md:OrganizationName xml:lang="it">${escapeXml(env.ORG_NAME)}</md:OrganizationName>` +
    `<md:OrganizationDisplayName xml:lang="it">${escapeXml(env.ORG_DISPLAY_NAME)}</md:OrganizationDisplayName>` +
    `<md:OrganizationURL xml:lang="it">${escapeXml(env.ORG_URL)}</md:OrganizationURL></md:Organization>` +
    `<md:ContactPerson contactType="other"><md:Extensions>${ext.body}</md:Extensions>` +
    `<md:EmailAddress>${escapeXml(env.ORG_CONTACT_EMAIL)}</md:EmailAddress>` +
    (env.ORG_CONTACT_PHONE ? `<md:TelephoneNumber>${escapeXml(env.ORG_CONTACT_PHONE)}</md:TelephoneNumber>` : '') +
    `</md:ContactPerson>` +
    `</md:EntityDescriptor>`
  );
}
