/** How the employment status was derived (both SPAs): one fact and one rule per step `code` sent by the API. */
export const itCommonDerivation = {
  no_did: { fact: 'Nessuna DID', rule: 'Lo stato di disoccupazione richiede una DID attiva' },
  did_revoked: { fact: 'DID revocata il {{date}}', rule: 'Con la revoca della DID lo stato di disoccupazione cessa' },
  did_active: { fact: 'DID attiva rilasciata il {{date}}', rule: 'Chi è privo di lavoro e dichiara la propria immediata disponibilità è disoccupato' },
  notice_running: {
    fact: 'Rapporto di lavoro in preavviso fino al {{date}}',
    rule: 'La DID rilasciata durante il preavviso dà lo stato "a rischio di disoccupazione" fino alla fine del rapporto',
  },
  notice_ended: { fact: 'Preavviso concluso il {{date}}', rule: 'Dal giorno dopo la fine del rapporto la persona è disoccupata' },
  low_income: { fact: 'Lavoro con reddito annuo sotto la soglia dichiarato nella DID', rule: 'Chi lavora con un reddito sotto la soglia conserva lo stato di disoccupazione' },
  last_job_ended: { fact: 'Ultimo lavoro concluso il {{date}}', rule: 'La durata della disoccupazione si conta dalla DID' },
};
