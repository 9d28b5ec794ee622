import type { Env } from '../../../config/env';
import { acsUrl, sloUrl, spEntityId } from './sp-urls';
import { newSamlId } from './authn-request';
import { certBody, escapeXml } from './xml';

/** Attributes requested at AttributeConsumingService index 0. CIE gives the eIDAS minimum dataset only. */
export const REQUESTED_ATTRIBUTES: Record<'spid' | 'cie', string[]> = {
  spid: ['fiscalNumber', 'name', 'familyName', 'dateOfBirth', 'gender', 'placeOfBirth', 'email', 'mobilePhone'],
  cie: ['fiscalNumber', 'name', 'familyName', 'dateOfBirth'],
};

/**
 * eIDAS through FICEP (AgID/eidas-italian-node examples): the node is an IdP of the SPID federation, so the
 * SPID metadata carries the "eIDAS Natural Person Minimum Attribute Set" at index 99. FICEP maps the eIDAS
 * minimum data set to SPID names: FamilyName → familyName, FirstName → name, DateOfBirth → dateOfBirth,
 * PersonIdentifier → spidCode.
 */
export const EIDAS_ATTRIBUTE_SET_INDEX = 99;
export const EIDAS_REQUESTED_ATTRIBUTES = ['dateOfBirth', 'familyName', 'name', 'spidCode'];
/** eIDAS answers go to their own ACS (/api/auth/eidas/acs), index 1 of the SPID metadata */
export const EIDAS_ACS_INDEX = 1;

const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const requested = (names: string[]) => names.map((a) => `<md:RequestedAttribute Name="${a}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"/>`).join('');

/**
 * SP metadata per AgID (SPID, with the eIDAS pieces) or per the Ministry of the Interior (CIE: own entityID,
 * one `administrative` ContactPerson with the CIE extensions, Company = OrganizationName, EmailAddress).
 */
export function buildSpMetadata(env: Env, kind: 'spid' | 'cie', certificate: string): string {
  const org = escapeXml(env.ORG_NAME);
  const phone = env.ORG_CONTACT_PHONE ? `<md:TelephoneNumber>${escapeXml(env.ORG_CONTACT_PHONE)}</md:TelephoneNumber>` : '';
  const email = `<md:EmailAddress>${escapeXml(env.ORG_CONTACT_EMAIL)}</md:EmailAddress>`;
  const spec =
    kind === 'spid'
      ? {
          ns: 'xmlns:spid="https://spid.gov.it/saml-extensions"',
          acs: `<md:AssertionConsumerService index="${EIDAS_ACS_INDEX}" Binding="${POST}" Location="${escapeXml(acsUrl(env, 'eidas'))}"/>`,
          atcs:
            `<md:AttributeConsumingService index="${EIDAS_ATTRIBUTE_SET_INDEX}"><md:ServiceName xml:lang="it">eIDAS Natural Person Minimum Attribute Set</md:ServiceName>` +
            `${requested(EIDAS_REQUESTED_ATTRIBUTES)}</md:AttributeConsumingService>`,
          contact: `<md:ContactPerson contactType="other"><md:Extensions><spid:IPACode>${escapeXml(env.ORG_IPA_CODE)}</spid:IPACode><spid:Public/></md:Extensions>${email}${phone}</md:ContactPerson>`,
        }
      : {
          ns: 'xmlns:cie="https://www.cartaidentita.interno.gov.it/saml-extensions"',
          acs: '',
          atcs: '',
          contact:
            `<md:ContactPerson contactType="administrative"><md:Extensions><cie:Public/><cie:IPACode>${escapeXml(env.ORG_IPA_CODE)}</cie:IPACode>` +
            `<cie:Municipality>${escapeXml(env.ORG_MUNICIPALITY_CODE)}</cie:Municipality></md:Extensions><md:Company>${org}</md:Company>${email}${phone}</md:ContactPerson>`,
        };
  return (
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ${spec.ns}` +
    ` entityID="${escapeXml(spEntityId(env, kind))}" ID="${newSamlId()}">` +
    `<md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" AuthnRequestsSigned="true" WantAssertionsSigned="true">` +
    `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBody(certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
    `<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${escapeXml(sloUrl(env, kind))}"/>` +
    `<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>` +
    `<md:AssertionConsumerService index="0" isDefault="true" Binding="${POST}" Location="${escapeXml(acsUrl(env, kind))}"/>` +
    spec.acs +
    `<md:AttributeConsumingService index="0"><md:ServiceName xml:lang="it">${escapeXml(env.ORG_DISPLAY_NAME)}</md:ServiceName>${requested(REQUESTED_ATTRIBUTES[kind])}</md:AttributeConsumingService>` +
    spec.atcs +
    `</md:SPSSODescriptor>` +
    `<md:Organization><md:OrganizationName xml:lang="it">${org}</md:OrganizationName>` +
    `<md:OrganizationDisplayName xml:lang="it">${escapeXml(env.ORG_DISPLAY_NAME)}</md:OrganizationDisplayName>` +
    `<md:OrganizationURL xml:lang="it">${escapeXml(env.ORG_URL)}</md:OrganizationURL></md:Organization>` +
    spec.contact +
    `</md:EntityDescriptor>`
  );
}
