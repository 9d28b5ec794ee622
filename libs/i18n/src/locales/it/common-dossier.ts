/**
 * The messages and documents sections of the reserved area (@opencpi/ui's dossier components), one set for every
 * audience. What differs by who reads lies under the audience (`citizen`, `operator`).
 */
export const itCommonDossier = {
  roles: { citizen: 'Persona', operator: "Centro per l'Impiego", agency: 'Agenzia', company: 'Impresa' },
  messages: {
    title: 'Messaggi',
    empty: 'Non ci sono ancora messaggi.',
    from: '{{name}} ({{role}})',
    readAt: 'Letto il {{date}}',
    unread: 'Non ancora letto',
    new: 'Nuovo',
    bodyError: 'Scrivi il messaggio (al massimo 4000 caratteri).',
    submit: 'Invia il messaggio',
    submitting: 'Invio in corso…',
    sent: 'Messaggio inviato.',
  },
  documents: {
    title: 'Documenti',
    empty: 'Non ci sono ancora documenti.',
    columns: { type: 'Tipo', fileName: 'Nome del file', size: 'Dimensione', uploadedBy: 'Caricato da', uploadedAt: 'Data', actions: 'Azioni' },
    uploadedBy: '{{name}} ({{role}})',
    open: 'Apri',
    openLabel: 'Apri {{fileName}}',
    types: {
      identity: "Documento d'identità",
      cv: 'Curriculum',
      certificate: 'Attestato o certificato',
      proof: 'Prova di ricerca attiva',
      patto_scan: 'Patto firmato (copia scansionata)',
      other: 'Altro',
    },
    upload: {
      title: 'Carica un documento',
      type: 'Tipo di documento',
      choose: 'Scegli il tipo',
      typeError: 'Scegli il tipo di documento.',
      file: 'File (PDF, JPEG o PNG, max 5 MB)',
      fileRequired: 'Scegli un file.',
      fileType: 'Puoi caricare solo file PDF, JPEG o PNG.',
      fileTooLarge: 'Il file è troppo grande: massimo 5 MB.',
      submit: 'Carica il documento',
      submitting: 'Caricamento in corso…',
      uploaded: 'Documento caricato.',
    },
  },
  citizen: {
    listLabel: "Messaggi scambiati con il Centro per l'Impiego",
    compose: "Scrivi al Centro per l'Impiego",
    composeHint: "Ti risponde un operatore del tuo Centro per l'Impiego, di solito entro pochi giorni lavorativi.",
    caption: 'I documenti della tua area riservata',
  },
  operator: {
    listLabel: 'Messaggi scambiati con la persona',
    compose: 'Scrivi alla persona',
    composeHint: 'La persona lo legge nella sua area riservata.',
    caption: 'Documenti della persona',
  },
  company: {
    listLabel: "Messaggi scambiati con lo sportello imprese del Centro per l'Impiego",
    compose: "Scrivi allo sportello imprese del Centro per l'Impiego",
    composeHint: "Ti risponde un operatore del Centro per l'Impiego della tua sede principale.",
    caption: "Documenti dell'impresa",
  },
  companyDesk: {
    listLabel: "Messaggi scambiati con l'impresa",
    compose: "Scrivi all'impresa",
    composeHint: "Lo leggono le persone che agiscono per l'impresa, nell'area imprese.",
    caption: "Documenti dell'impresa",
  },
};
