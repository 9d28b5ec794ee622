import { SignedXml } from 'xml-crypto';

const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

/**
 * Enveloped XML signature (RSA-SHA256, exclusive c14n) over the element `referenceXpath` selects,
 * placed at `location` (for SAML: right after the element's Issuer, or first child of metadata).
 */
export function signXml(
  xml: string, privateKey: string, certificate: string, referenceXpath: string,
  location: { reference: string; action: 'prepend' | 'after' | 'append' | 'before' },
): string {
  const sig = new SignedXml({
    privateKey,
    publicCert: certificate,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: EXC_C14N,
  });
  sig.addReference({ xpath: referenceXpath, digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256', transforms: [ENVELOPED, EXC_C14N] });
  sig.computeSignature(xml, { prefix: 'ds', location });
  return sig.getSignedXml();
}
