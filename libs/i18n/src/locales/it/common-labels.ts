/**
 * The names of the codes both SPAs show (languages, CEFR levels, licences, EQF levels, contract types, working hours,
 * course and recruiting-day modes, appointment channels, activity kinds, vacancy and moderation states, application
 * outcomes, income benefits): one catalogue, read through useCodeLabels().
 */
export const itCommonLabels = {
  languages: {
    it: 'Italiano',
    en: 'Inglese',
    fr: 'Francese',
    de: 'Tedesco',
    es: 'Spagnolo',
    ar: 'Arabo',
    ro: 'Rumeno',
    sq: 'Albanese',
    uk: 'Ucraino',
    zh: 'Cinese',
  },
  cefr: { A1: 'A1', A2: 'A2', B1: 'B1', B2: 'B2', C1: 'C1', C2: 'C2', native: 'Madrelingua' },
  /** a licence by its name, e.g. in "what you are missing" lists and the requirements of a vacancy */
  licences: {
    AM: 'Patente AM',
    A1: 'Patente A1',
    A2: 'Patente A2',
    A: 'Patente A',
    B: 'Patente B',
    BE: 'Patente BE',
    C1: 'Patente C1',
    C: 'Patente C',
    CE: 'Patente CE',
    D: 'Patente D',
    DE: 'Patente DE',
    CQC: 'Carta di qualificazione del conducente (CQC)',
    forklift: 'Patentino per il carrello elevatore (muletto)',
  },
  /** a licence as a short option under a "Patenti" heading (the DID's check boxes) */
  licenceCodes: { AM: 'AM', A1: 'A1', A2: 'A2', A: 'A', B: 'B', BE: 'BE', C1: 'C1', C: 'C', CE: 'CE', D: 'D', DE: 'DE', CQC: 'CQC', forklift: 'Patentino muletto' },
  eqf: {
    '0': 'Nessuno',
    '1': '1 – Licenza elementare o media',
    '2': '2 – Obbligo di istruzione',
    '3': '3 – Qualifica professionale',
    '4': '4 – Diploma',
    '5': '5 – Diploma di tecnico superiore (ITS)',
    '6': '6 – Laurea triennale',
    '7': '7 – Laurea magistrale',
    '8': '8 – Dottorato di ricerca',
  },
  contractTypes: {
    permanent: 'Tempo indeterminato',
    fixed_term: 'Tempo determinato',
    apprenticeship: 'Apprendistato',
    temporary_agency: 'Somministrazione',
    self_employed: 'Lavoro autonomo',
  },
  hours: { full: 'Tempo pieno', part: 'Part-time', any: 'Indifferente' },
  courseModes: { in_person: 'In presenza', online: 'Online', blended: 'Misto' },
  dayModes: { in_person: 'In presenza', virtual: 'Online' },
  /** how an appointment takes place */
  appointmentChannels: { in_person: 'In presenza', video: 'Videochiamata', phone: 'Telefono' },
  /** the person's own activities of the plan */
  activityKinds: { application: 'Candidatura', interview: 'Colloquio', course: 'Corso', other: 'Altro' },
  vacancyStatuses: { draft: 'Bozza', published: 'Pubblicata', closed: 'Chiusa' },
  moderation: { pending: 'In attesa', approved: 'Approvata', rejected: 'Respinta' },
  /** the outcome of an application */
  outcomes: { interview: 'Colloquio', hired: 'Assunto/a', not_selected: 'Non selezionato/a', offer_refused: 'Offerta rifiutata' },
  /** standard services an accredited agency records (agencies.service_codes) */
  agencyServices: {
    'GOL-ASSESSMENT': 'Assessment (GOL)',
    'GOL-ORIENT-BASE': 'Orientamento di base (GOL)',
    'GOL-ORIENT-SPEC': 'Orientamento specialistico (GOL)',
    'GOL-ACCOMP-LAV': 'Accompagnamento al lavoro (GOL)',
    'GOL-INCONTRO-DO': 'Incontro domanda e offerta (GOL)',
    'GOL-TIROCINIO': 'Promozione di tirocinio (GOL)',
    'GOL-FORMAZIONE': 'Formazione (GOL)',
    'GOL-AUTOIMPIEGO': "Accompagnamento all'autoimpiego (GOL)",
  },
  benefits: {
    none: 'Nessuno',
    naspi: 'NASpI',
    dis_coll: 'DIS-COLL',
    adi: 'Assegno di Inclusione (ADI)',
    sfl: 'Supporto Formazione e Lavoro (SFL)',
  },
};
