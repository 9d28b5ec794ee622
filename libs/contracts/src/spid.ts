/** SPID / CIE authentication levels (AuthnContextClassRef). */
export const SpidLevel = { L1: 1, L2: 2, L3: 3 } as const;
export type SpidLevel = 1 | 2 | 3;
export const spidLevelUri = (level: SpidLevel): string => `https://www.spid.gov.it/SpidL${level}`;
export const spidLevelFromUri = (uri: string): SpidLevel | null => {
  const m = /^https:\/\/www\.spid\.gov\.it\/SpidL([123])$/.exec(uri.trim());
  return m ? (Number(m[1]) as SpidLevel) : null;
};

/** `eidas`: a person from another EU member state, through the Italian eIDAS node (FICEP). */
export const IdentityProviderKind = { Spid: 'spid', Cie: 'cie', Eidas: 'eidas' } as const;
export type IdentityProviderKind = (typeof IdentityProviderKind)[keyof typeof IdentityProviderKind];

export const LoginApp = { Citizen: 'citizen', Operator: 'operator' } as const;
export type LoginApp = (typeof LoginApp)[keyof typeof LoginApp];

/**
 * SPID error codes the user must be told about with a courtesy page
 * (italia/spid-regole-tecniche: messaggi-errore.rst). nr24 is not defined by AgID.
 */
export const SPID_USER_ERROR_CODES = ['nr19', 'nr20', 'nr21', 'nr22', 'nr23', 'nr25'] as const;
export type SpidUserErrorCode = (typeof SPID_USER_ERROR_CODES)[number];
export const isSpidUserErrorCode = (c: string): c is SpidUserErrorCode => (SPID_USER_ERROR_CODES as readonly string[]).includes(c);
