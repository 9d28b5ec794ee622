import { SignedXml } from 'xml-crypto';

const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

/**
 * Enveloped XML signature (RSA-SHA256, exclusive c14n) over the element `referenceXpath` selects,
 * placed at `location` (for SAML: right after the element's Issuer, or first child of metadata).
 */
export function signXml(
  xml: string,
  privateKey: string,
  certificate: string,
  referenceXpath: string,
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

/**
 * True when `root` (the document element of `xml`) carries an enveloped XML signature, as its own child,
 * whose single reference is the root itself and which verifies with one of `certs`. The key is never taken
 * from the message's KeyInfo. Used for messages node-saml does not check (SAML error responses).
 */
export function rootSignatureValid(xml: string, root: Element, certs: readonly string[]): boolean {
  const id = root.getAttribute('ID');
  const sigs = Array.from(root.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === 'Signature' && (n as Element).namespaceURI === 'http://www.w3.org/2000/09/xmldsig#',
  );
  if (!id || sigs.length !== 1) return false;
  return certs.some((cert) => {
    try {
      const sig = new SignedXml({ publicCert: cert, getCertFromKeyInfo: () => null });
      sig.loadSignature(sigs[0] as never);
      const refs = sig.getReferences();
      if (refs.length !== 1 || refs[0]?.uri !== `#${id}`) return false;
      return sig.checkSignature(xml);
    } catch {
      return false;
    }
  });
}
