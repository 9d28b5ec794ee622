/** Query parameters of /agenda/convoca: all optional, they prefill the form. */
export interface ConvokeParams {
  fiscalCode?: string;
  invitationId?: string;
  serviceType?: string;
  officeId?: string;
}

/** Paths of the operator app (the API redirects to /cittadini and /accesso/errore). */
export const paths = {
  login: '/',
  citizens: '/cittadini',
  citizen: (citizenId: string) => `/cittadini/${encodeURIComponent(citizenId)}`,
  agenda: '/agenda',
  availability: '/agenda/disponibilita',
  absences: '/agenda/assenze',
  invitations: '/agenda/inviti',
  /** /agenda/inviti?fiscalCode=: the invitation form prefilled with one person's fiscal code */
  invite: (fiscalCode: string) => `/agenda/inviti?${new URLSearchParams({ fiscalCode }).toString()}`,
  convoke: ({ fiscalCode, invitationId, serviceType, officeId }: ConvokeParams = {}) => {
    const query = new URLSearchParams();
    // in this order: fiscalCode, invitationId, serviceType, officeId
    if (fiscalCode) query.set('fiscalCode', fiscalCode);
    if (invitationId) query.set('invitationId', invitationId);
    if (serviceType) query.set('serviceType', serviceType);
    if (officeId) query.set('officeId', officeId);
    const qs = query.toString();
    return qs ? `/agenda/convoca?${qs}` : '/agenda/convoca';
  },
  convocation: (convocationId: string) => `/agenda/convocazioni/${encodeURIComponent(convocationId)}`,
  /** presa in carico: people with a DID to contact, one person's pathway, the patto, the reserved area */
  worklist: '/presa-in-carico',
  pathway: (citizenId: string) => `/cittadini/${encodeURIComponent(citizenId)}/percorso`,
  newPatto: (citizenId: string) => `/cittadini/${encodeURIComponent(citizenId)}/patto/nuovo`,
  patto: (pattoId: string) => `/patti/${encodeURIComponent(pattoId)}`,
  reservedArea: (citizenId: string) => `/cittadini/${encodeURIComponent(citizenId)}/area-riservata`,
  ecoach: '/ecoach',
  ecoachPerson: (citizenId: string) => `/ecoach/${encodeURIComponent(citizenId)}`,
  /** matching: vacancies (moderation and preselection), the course catalogue, recruiting days */
  vacancies: '/offerte',
  newVacancy: '/offerte/nuova',
  vacancy: (vacancyId: string) => `/offerte/${encodeURIComponent(vacancyId)}`,
  courses: '/corsi',
  recruitingDays: '/recruiting-day',
  help: '/aiuto',
  loginError: '/accesso/errore',
} as const;
