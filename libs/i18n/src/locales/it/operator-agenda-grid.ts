/** Strings of the operator SPA: the agenda's week grid, its shortcuts and the defaults of the agenda forms (merged into `operator` under `agendaGrid`). */
export const itOperatorAgendaGrid = {
  label: 'Calendario degli appuntamenti',
  dayColumns: 'Un giorno per colonna',
  operatorColumns: 'Un operatore per colonna',
  nav: {
    label: 'Periodo mostrato',
    prevDay: 'Giorno precedente',
    nextDay: 'Giorno successivo',
    prevWeek: 'Settimana precedente',
    nextWeek: 'Settimana successiva',
    today: 'Oggi',
    week: 'Settimana dal {{from}} al {{to}}',
  },
  search: {
    label: 'Cerca una persona in agenda',
    hint: 'Nome, cognome o codice fiscale. Scorciatoia: /',
    none: 'Nessun appuntamento corrisponde alla ricerca.',
  },
  legend: {
    title: 'Legenda dei canali',
    in_person: 'In presenza',
    video: 'Videochiamata',
    phone: 'Telefono',
  },
  /** short text shown on each block beside its colour */
  channelShort: { in_person: 'Presenza', video: 'Video', phone: 'Telefono' },
  empty: 'Nessun appuntamento',
  free: 'Libero',
  freeLabel: 'Orario libero alle {{time}} con {{operator}}',
  withOperator: 'con {{operator}}',
  menu: 'Azioni: {{name}}, {{time}}',
  openDossier: 'Apri la scheda della persona',
  notStarted: 'La presenza si registra dall’inizio dell’appuntamento.',
  panel: 'Appuntamento di {{name}} alle {{time}}',
  closePanel: 'Chiudi',
  shortcuts: {
    title: 'Scorciatoie da tastiera',
    search: 'cerca una persona in agenda',
    prevNext: 'giorno o settimana precedente e successiva',
    today: 'torna a oggi',
    note: 'Le scorciatoie non funzionano mentre scrivi in un campo.',
  },
  defaults: {
    nextFree: 'Primo orario libero in questa sede: {{date}}',
    noneFree: 'Nessun orario libero in questa sede: scegli un altro servizio o un’altra sede.',
  },
  deliveries: {
    quietHours: 'In coda fino alle {{time}} (ore di silenzio)',
    quietHoursDay: 'In coda fino a {{date}} alle {{time}} (ore di silenzio)',
    scheduled: 'In coda fino a {{date}} alle {{time}}',
  },
};
