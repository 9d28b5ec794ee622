import { createHash, randomBytes } from 'node:crypto';

export const VC_CONTEXT_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface CredentialAlignment {
  targetName: string;
  targetUrl: string;
  targetCode?: string;
  targetFramework?: string;
  targetDescription?: string;
  targetType?: string;
}

export interface BadgeContent {
  id: string;
  name: string;
  description?: string;
  issuer: { did: string; name: string; url: string };
  fiscalCode: string;
  achievement: {
    id: string;
    name: string;
    description: string;
    criteriaNarrative: string;
    achievementType: string;
    alignments: CredentialAlignment[];
  };
  validFrom: Date;
  validUntil: Date | null;
  status: { listUrl: string; index: number };
}

/** OB 3.0 IdentityObject: the fiscal code hashed with a salt (`sha256$` + hex of sha256(identity + salt)). */
export function hashedIdentity(fiscalCode: string, salt = randomBytes(16).toString('hex')) {
  const identityHash = `sha256$${createHash('sha256')
    .update(fiscalCode.toUpperCase() + salt)
    .digest('hex')}`;
  return { type: 'IdentityObject', identityHash, identityType: 'nationalIdentityNumber', hashed: true, salt };
}

/** ISO 8601 without milliseconds (XML Schema dateTimeStamp, as VC 2.0 examples). */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An OpenBadgeCredential (W3C VC Data Model 2.0 + OB 3.0), unsigned: the payload of the vc+jwt. */
export function openBadgeCredential(c: BadgeContent): Record<string, unknown> {
  return {
    '@context': [VC_CONTEXT_V2, OB3_CONTEXT],
    id: c.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: c.name,
    ...(c.description ? { description: c.description } : {}),
    issuer: { id: c.issuer.did, type: ['Profile'], name: c.issuer.name, url: c.issuer.url },
    validFrom: isoSeconds(c.validFrom),
    ...(c.validUntil ? { validUntil: isoSeconds(c.validUntil) } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [hashedIdentity(c.fiscalCode)],
      achievement: {
        id: c.achievement.id,
        type: ['Achievement'],
        achievementType: c.achievement.achievementType,
        name: c.achievement.name,
        description: c.achievement.description,
        criteria: { narrative: c.achievement.criteriaNarrative },
        ...(c.achievement.alignments.length ? { alignment: c.achievement.alignments.map((a) => ({ type: ['Alignment'], ...a })) } : {}),
      },
    },
    credentialStatus: {
      id: `${c.status.listUrl}#${c.status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(c.status.index),
      statusListCredential: c.status.listUrl,
    },
  };
}

/** The BitstringStatusListCredential of one list, unsigned. */
export function statusListCredential(listUrl: string, issuerDid: string, encodedList: string, validFrom: Date): Record<string, unknown> {
  return {
    '@context': [VC_CONTEXT_V2],
    id: listUrl,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerDid,
    validFrom: isoSeconds(validFrom),
    credentialSubject: { id: `${listUrl}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList },
  };
}
