/**
 * The patto as GET /api/citizen/patti answers it, for the SPA tests that show it (the patto page, the home cards):
 * one fixture, so that every screen is tested on the same answer of the patto module.
 */
export const PATTO_CONTENT = {
  pathway: 1,
  responsibleName: 'Laura Bianchi',
  jobSearchActs: 'Due candidature al mese.',
  contactFrequencyDays: 30,
  proofOfSearch: 'Copia delle candidature.',
  availabilityWorkshops: true,
  availabilityTraining: true,
  availabilityCongruousOffers: true,
  actions: [{ type: 'workshop', title: 'Laboratorio CV', provider: 'cpi', dueDate: '2026-12-15' }],
};

/** The person's own signature (remote, with a one-time code). */
export const CITIZEN_SIGNATURE = {
  party: 'citizen',
  signerName: 'Fatima Khalil',
  signerFiscalCode: 'KHLFTM95M52Z330E',
  method: 'otp_remote',
  documentSha256: 'a'.repeat(64),
  signedAt: '2026-11-21T10:00:00Z',
};

/** Version `n` in `status`, to be signed by the person and the CPI. */
export const pattoVersion = (n: number, status: string, signatures: object[] = []) => ({
  version: n,
  status,
  content: PATTO_CONTENT,
  summary: 'In breve.',
  fullText: `Testo del patto, versione ${n}.`,
  createdAt: '2026-11-20T09:00:00Z',
  requiredParties: ['citizen', 'operator'],
  signatures,
});

/** A patto with these versions (`extra`: its status, the due date for signature…). */
export const pattoOf = (versions: object[], extra: object = {}) => ({
  id: 'p1',
  citizenId: 'c1',
  citizenName: 'Fatima Khalil',
  citizenFiscalCode: 'KHLFTM95M52Z330E',
  officeId: 'o1',
  officeName: "Centro per l'Impiego di Torino",
  status: 'proposed',
  currentVersion: versions.length,
  versions,
  ...extra,
});

/** A patto of one version, the patto and the version in `status`. */
export const pattoWith = (status: string, signatures: object[] = [], extra: object = {}) => pattoOf([pattoVersion(1, status, signatures)], { status, ...extra });
