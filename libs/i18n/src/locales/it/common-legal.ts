/**
 * The PA site basics every page links from the footer: privacy notice (GDPR art. 13), legal notes and the
 * accessibility statement in AgID's format (Linee guida sull'accessibilità degli strumenti informatici, L. 4/2004).
 * What only the body running OpenCPI knows (its data protection officer, retention, staff figures) is said to be
 * filled in by it: `bodyCompletes` marks those lines on the page.
 */
export const itCommonLegal = {
  footer: { privacy: 'Informativa privacy', legalNotes: 'Note legali', accessibility: 'Dichiarazione di accessibilità' },
  bodyCompletes: "Da completare a cura dell'ente che gestisce il servizio.",
  updated: 'Ultimo aggiornamento: {{date}}',
  privacy: {
    title: 'Informativa sul trattamento dei dati personali',
    intro:
      "Questa informativa, ai sensi dell'articolo 13 del Regolamento (UE) 2016/679 (GDPR), spiega quali dati personali trattiamo quando usi i servizi per il lavoro online, perché, per quanto tempo e quali sono i tuoi diritti.",
    sections: [
      {
        title: 'Titolare del trattamento',
        text: "Il titolare è la Regione che gestisce la rete dei Centri per l'Impiego indicata in alto nella pagina. Il responsabile della protezione dei dati (RPD/DPO) è raggiungibile ai recapiti pubblicati dalla Regione.",
        bodyCompletes: true,
      },
      {
        title: 'Perché trattiamo i tuoi dati',
        items: [
          'iscrizione e dichiarazione di immediata disponibilità (DID), patto di servizio personalizzato e politiche attive (D.Lgs. 150/2015);',
          'appuntamenti, convocazioni e comunicazioni con il tuo Centro per l’Impiego;',
          'condizionalità dei sostegni al reddito (NASpI, DIS-COLL, ADI, SFL) e comunicazioni a INPS;',
          'incontro tra domanda e offerta di lavoro, certificazione delle competenze, statistiche in forma aggregata.',
        ],
      },
      {
        title: 'Base giuridica',
        text: "Il trattamento è necessario per adempiere obblighi di legge e per eseguire compiti di interesse pubblico (art. 6, par. 1, lettere c ed e, GDPR). I dati relativi alla salute (per esempio l'iscrizione al collocamento mirato, L. 68/1999) sono trattati per motivi di interesse pubblico rilevante e in materia di lavoro (art. 9, par. 2, lettere b e g). Mostrare i tuoi dati a un'agenzia per il lavoro richiede il tuo consenso, che puoi revocare in ogni momento.",
      },
      {
        title: 'A chi comunichiamo i dati',
        text: "INPS e il sistema informativo unitario delle politiche del lavoro, quando la legge lo prevede; le agenzie per il lavoro accreditate e gli intermediari (patronati, CAF) solo per le parti che autorizzi o deleghi. Non trasferiamo dati fuori dall'Unione europea.",
      },
      {
        title: 'Per quanto tempo',
        text: 'Per il tempo previsto dalle norme sulla conservazione degli atti amministrativi. Il registro di chi ha letto i tuoi dati è conservato per lo stesso periodo.',
        bodyCompletes: true,
      },
      {
        title: 'I tuoi diritti',
        text: "Puoi chiedere l'accesso ai tuoi dati, la rettifica, la limitazione e, nei casi previsti, la cancellazione; puoi scaricare i tuoi dati in un formato leggibile da una macchina (artt. 15-22 GDPR). Puoi sempre chiedere aiuto al tuo Centro per l'Impiego. Se ritieni che il trattamento violi il GDPR puoi presentare reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it).",
      },
      {
        title: 'Cookie',
        text: 'Usiamo solo un cookie tecnico di sessione, necessario per restare collegato dopo l’accesso con SPID o CIE. Non usiamo cookie di profilazione né strumenti di terze parti.',
      },
    ],
  },
  legalNotes: {
    title: 'Note legali',
    intro: "Condizioni d'uso dei contenuti di questo servizio.",
    sections: [
      {
        title: 'Contenuti',
        text: 'I testi pubblicati, salvo diversa indicazione, sono rilasciati con licenza Creative Commons Attribuzione 4.0 (CC BY 4.0). I dati aperti sono pubblicati con la licenza indicata nei loro metadati.',
      },
      {
        title: 'Software',
        text: 'Il servizio usa OpenCPI, software libero rilasciato con licenza EUPL-1.2, riutilizzabile dalle pubbliche amministrazioni (artt. 68-69 del Codice dell’amministrazione digitale).',
      },
      {
        title: 'Documenti con valore legale',
        text: "I certificati rilasciati sono sigillati elettronicamente dall'ente e verificabili con il codice stampato su ciascuno. Le traduzioni dei testi del patto e delle norme sono di cortesia: fa fede il testo in italiano.",
      },
      {
        title: 'Collegamenti esterni',
        text: 'I collegamenti ad altri siti (per esempio SPID, CIE, INPS) portano a servizi di altri enti, responsabili dei propri contenuti.',
      },
    ],
  },
  accessibility: {
    title: 'Dichiarazione di accessibilità',
    intro:
      "L'ente si impegna a rendere accessibile questo servizio, conformemente alla legge 9 gennaio 2004, n. 4 e alla direttiva (UE) 2016/2102. La dichiarazione si applica all'area per cittadini e imprese e all'area per gli operatori dei Centri per l'Impiego.",
    sections: [
      {
        title: 'Stato di conformità',
        text: 'Il servizio è parzialmente conforme ai requisiti della norma UNI CEI EN 301549 (WCAG 2.1 livello AA), per i contenuti non accessibili elencati sotto.',
      },
      {
        title: 'Contenuti non accessibili',
        items: [
          'i PDF rilasciati (certificati, patto, riepiloghi) non sono PDF con tag: le stesse informazioni sono disponibili nelle pagine del servizio;',
          'i grafici dei cruscotti hanno accanto una tabella con gli stessi dati, che è la versione accessibile;',
          'i testi sono disponibili in italiano e in inglese; le altre lingue sono in preparazione.',
        ],
      },
      {
        title: 'Redazione della dichiarazione',
        text: 'Dichiarazione redatta il 3 dicembre 2026 con un’autovalutazione: verifica automatica (axe-core) di ogni pagina dei percorsi utente a ogni rilascio, con zero violazioni gravi o critiche, e prove di navigazione da tastiera. Non è ancora stata fatta una verifica manuale completa da parte di terzi.',
      },
      {
        title: 'Segnalazioni e recapiti',
        text: 'Se trovi un ostacolo, scrivici dalla pagina «Ho bisogno di aiuto» o rivolgiti al tuo Centro per l’Impiego: ti rispondiamo entro 30 giorni.',
      },
      {
        title: 'Procedura di attuazione',
        text: 'Se la risposta non ti soddisfa o non arriva entro 30 giorni, puoi inviare una segnalazione al Difensore civico per il digitale presso AgID (art. 3-quinquies della legge 4/2004), con il modulo su form.agid.gov.it.',
      },
      {
        title: 'Informazioni sul servizio',
        text: 'Applicazione web pubblicata nel 2026, realizzata con il modello Bootstrap Italia di Designers Italia. Test di usabilità con utenti: non ancora svolti.',
      },
      {
        title: "Informazioni sull'ente",
        text: "Numero di dipendenti con disabilità, responsabile dell'accessibilità e obiettivi annuali di accessibilità.",
        bodyCompletes: true,
      },
    ],
  },
};
