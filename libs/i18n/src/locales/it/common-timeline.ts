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
};
