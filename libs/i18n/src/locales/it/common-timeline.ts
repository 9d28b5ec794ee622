/**
 * The timeline of the reserved area (both SPAs): one text per entry `kind` sent by the API, with its `params`.
 * `plan.action` is split by the action's status (`plan.action_done`, `plan.action_not_done`).
 */
export const itCommonTimeline = {
  did: { filed: 'DID rilasciata', revoked: 'DID revocata' },
  profiling: { computed: 'Profilazione quantitativa', assessed: 'Valutazione qualitativa: percorso GOL {{pathway}}' },
  patto: {
    proposed: 'Patto di servizio proposto (versione {{version}})',
    signed: 'Patto di servizio firmato da tutte le parti (versione {{version}})',
    signature: 'Firma del patto (versione {{version}}): {{signerName}}',
  },
  plan: {
    activity: 'Attività registrata: {{title}}',
    action_done: 'Azione del patto svolta: {{title}}',
    action_not_done: 'Azione del patto non svolta: {{title}}',
  },
  appointment: {
    booked_booked: 'Appuntamento "{{serviceIt}}" del {{date}} alle {{time}}',
    booked_cancelled: 'Appuntamento "{{serviceIt}}" del {{date}} alle {{time}} (annullato)',
    booked_attended: 'Appuntamento "{{serviceIt}}" del {{date}} alle {{time}} (presente)',
    booked_absent: 'Appuntamento "{{serviceIt}}" del {{date}} alle {{time}} (assente)',
    booked_absent_justified: 'Appuntamento "{{serviceIt}}" del {{date}} alle {{time}} (assenza giustificata)',
    booked_late_cancelled: 'Appuntamento "{{serviceIt}}" del {{date}} alle {{time}} (annullato in ritardo)',
  },
  document: { uploaded: 'Documento caricato: {{fileName}}' },
  message: { sent: 'Messaggio da {{senderName}}' },
  delegation: { granted: 'Delega a {{organisationName}}', revoked: 'Delega a {{organisationName}} revocata' },
  intermediary: {
    did_filed: 'DID rilasciata per te da {{delegateName}} ({{organisationName}})',
    appointment_booked: 'Appuntamento prenotato per te da {{delegateName}} ({{organisationName}})',
    appointment_moved: 'Appuntamento spostato per te da {{delegateName}} ({{organisationName}})',
    document_uploaded: 'Documento caricato per te da {{delegateName}} ({{organisationName}})',
  },
};
