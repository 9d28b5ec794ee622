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
  help: '/aiuto',
  loginError: '/accesso/errore',
} as const;
