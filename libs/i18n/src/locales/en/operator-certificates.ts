import type { itOperatorCertificates } from '../it/operator-certificates';

/** Operator SPA: the person's certificates at the desk (merged into `operator` under `certificates`). */
export const enOperatorCertificates: typeof itOperatorCertificates = {
  title: 'Certificates',
  intro: 'Issue the person’s sealed certificates at the desk, print them or revoke them with a reason: the public verification page will say so.',
  kinds: {
    status_attestation: 'Attestation of DID and employment status on a date',
    status_history: 'Employment status history (C2 storico)',
    sap_extract: 'SAP extract',
    patto_copy: 'Copy of the signed agreement',
  },
  locales: { it: 'Italian', en: 'English', ar: 'Arabic', ro: 'Romanian', uk: 'Ukrainian' },
  statuses: { valid: 'Valid', revoked: 'Revoked' },
  form: {
    title: 'Issue a certificate',
    kind: 'Which certificate',
    locale: 'Language',
    atDate: 'On the date',
    atDateInvalid: 'Choose today or a past date.',
    submit: 'Issue',
    submitting: 'Issuing…',
    done: 'Certificate issued.',
  },
  list: {
    caption: 'The person’s certificates',
    empty: 'No certificate issued.',
    issuedAt: 'Issued',
    kind: 'Certificate',
    code: 'Code',
    status: 'Status',
    actions: 'Actions',
    download: 'PDF',
    downloadOf: 'Download the PDF of certificate {{code}}',
    revokedOn: 'Revoked on {{date}}: {{reason}}',
  },
  revoke: {
    open: 'Revoke',
    openOf: 'Revoke certificate {{code}}',
    reason: 'Reason for revoking',
    reasonHint: '5 to 500 characters: it stays on record.',
    reasonInvalid: 'Write a reason of at least 5 characters.',
    submit: 'Confirm revocation',
    cancel: 'Cancel',
    done: 'Certificate {{code}} revoked.',
  },
};
