import type { itCitizenPortability } from '../it/citizen-portability';

/** Strings of the citizen SPA: "Download your data" (merged into `citizen` under `portability`). */
export const enCitizenPortability: typeof itCitizenPortability = {
  nav: 'Download your data',
  title: 'Download your data',
  intro:
    'You can get a complete copy of the data the Employment Centres hold about you (GDPR articles 15 and 20), to keep or to take to another region if you move. We prepare it while you wait: it usually takes a few seconds.',
  locales: { it: 'Italian', en: 'English', ar: 'Arabic', ro: 'Romanian', uk: 'Ukrainian' },
  form: {
    title: 'Prepare your data',
    text: 'You will get a ZIP file signed by the Region with all your data in a machine-readable format, your documents, your certificates and a PDF summary.',
    locale: 'Language of the PDF summary',
    submit: 'Prepare my data',
    submitting: 'Sending the request…',
  },
  status: {
    title: 'Your latest request',
    requestedAt: 'Requested on {{when}}',
    progress: 'Preparing: step {{done}} of {{total}} ({{step}}).',
    progressLabel: 'Preparation progress',
    ready: 'Your data are ready.',
    download: 'Download your data (ZIP)',
    expiresAt: 'The file stays available until {{when}}, then it is deleted: you can always ask for a new one.',
    sha256: 'SHA-256 fingerprint of the file:',
    failed: 'We could not prepare your data. Try again later or ask your Employment Centre for help.',
    expired: 'The file of this request was deleted because it expired. You can ask for a new one.',
  },
  steps: {
    queued: 'queued',
    registry: 'personal data',
    did: 'DIDs and employment statuses',
    profiling: 'profiling',
    matchingProfile: 'professional profile',
    patti: 'service agreements',
    plan: 'action plan',
    appointments: 'appointments',
    conditionality: 'conditionality',
    documents: 'documents',
    certificates: 'certificates',
    credentials: 'digital credentials',
    messages: 'messages',
    auditTrail: 'who read your data',
    summary: 'PDF summary',
    signature: "the Region's signature",
  },
  what: {
    title: 'What the file holds',
    text: "dossier.json with all your data (described by a public JSON schema), the files of your documents and certificates, summary.pdf (a readable, sealed summary), manifest.json with each file's fingerprint and signature.jws, the Region's signature: another region can thus check that nothing was changed.",
  },
  help: {
    title: 'I need help',
    text: 'If you cannot download the file or do not know how to use it, your Employment Centre can help you.',
    link: 'How to get help',
  },
};
