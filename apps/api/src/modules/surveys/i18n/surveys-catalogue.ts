/**
 * Server-side names of the services a survey follows, Italian and English (the appointment's own service type names
 * come from the agenda). Used in the invitation message and in what the link shows.
 */
export const SERVICE_NAMES = {
  patto: { it: 'Patto di servizio personalizzato', en: 'Personalised service agreement' },
  certificate: {
    status_attestation: { it: 'Attestazione dello stato occupazionale', en: 'Employment status attestation' },
    status_history: { it: 'Storico dello stato occupazionale', en: 'Employment status history' },
    sap_extract: { it: 'Estratto della scheda anagrafico-professionale', en: 'Professional record extract' },
    patto_copy: { it: 'Copia del patto di servizio', en: 'Copy of the service agreement' },
  },
} as const;

/** The certificate's name by kind, with a generic fallback for a kind added later. */
export function certificateName(kind: string): { it: string; en: string } {
  return (SERVICE_NAMES.certificate as Record<string, { it: string; en: string }>)[kind] ?? { it: 'Certificato', en: 'Certificate' };
}

/** A closed vacancy, named by its title. */
export function vacancyName(title: string): { it: string; en: string } {
  return { it: `Offerta di lavoro: ${title}`, en: `Job vacancy: ${title}` };
}
