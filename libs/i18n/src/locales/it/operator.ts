/** Strings of the back-office SPA (apps/operator-web). */
export const itOperator = {
  app: {
    name: "Area operatori CPI",
    tagline: "Gestionale dei Centri per l'Impiego",
  },
  login: {
    title: "Area operatori CPI",
    intro: "Area riservata al personale dei Centri per l'Impiego. Entra con la tua identità digitale personale: vedrai solo i cittadini degli uffici in cui lavori, e ogni consultazione viene registrata.",
    choose: "Scegli come entrare",
    helpPrompt: "Non riesci ad accedere?",
    helpLink: "Leggi come ottenere aiuto",
  },
  header: {
    offices: "Uffici",
  },
  search: {
    title: "Cerca cittadini",
    intro: "Cerca tra i cittadini degli uffici in cui lavori. Ogni ricerca e ogni fascicolo aperto restano nel registro degli accessi della persona.",
    formLabel: "Ricerca cittadini",
    label: "Codice fiscale o nome",
    hint: "Scrivi il codice fiscale completo (16 caratteri) oppure almeno 2 lettere del cognome o del nome.",
    submit: "Cerca",
    tooShort: "Scrivi il codice fiscale completo oppure almeno 2 lettere del cognome o del nome.",
    incompleteFiscalCode: "Il codice fiscale ha 16 caratteri: controlla di averlo scritto per intero. Per cercare per nome usa solo lettere.",
    caption: "Risultati della ricerca",
    count_one: "Trovato {{count}} cittadino.",
    count_other: "Trovati {{count}} cittadini.",
    range: "Risultati da {{from}} a {{to}} di {{total}}.",
    none: "Nessun cittadino corrisponde alla ricerca negli uffici in cui lavori.",
    columns: {
      name: "Cognome e nome",
      fiscalCode: "Codice fiscale",
      birthDate: "Data di nascita",
      office: "Centro per l'Impiego",
    },
    pagination: "Pagine dei risultati",
    previous: "Risultati precedenti",
    next: "Risultati successivi",
  },
  dossier: {
    title: "Fascicolo di {{name}}",
    fallbackTitle: "Fascicolo del cittadino",
    back: "Torna alla ricerca",
    breadcrumb: "Percorso",
    office: {
      title: "Centro per l'Impiego",
      missing: "Il Centro per l'Impiego di questa persona non è ancora noto (manca il comune di domicilio).",
    },
    audit: {
      title: "Registro degli accessi",
      intro: "Chi ha letto o modificato i dati di questa persona, dal più recente. Anche la tua consultazione è registrata.",
      caption: "Chi ha consultato o modificato i dati",
      empty: "Nessun accesso registrato.",
      columns: {
        occurredAt: "Data e ora",
        actor: "Operatore",
        role: "Ruolo",
        office: "Ufficio",
        action: "Azione",
        outcome: "Esito",
      },
      outcome: { allowed: "Consentito", denied: "Negato" },
      actions: {
        citizen: {
          dossier: { read: "Consultazione del fascicolo" },
          search: { result: "Comparsa nei risultati di una ricerca" },
          "audit-trail": { read: "Consultazione del registro degli accessi" },
          profile: { read: "Consultazione del profilo da parte della persona" },
        },
        identity: {
          login: "Accesso con SPID o CIE",
        },
      },
    },
  },
  help: {
    title: "Ho bisogno di aiuto",
    intro: "Come ottenere aiuto per usare l'area operatori.",
    access: {
      title: "Non riesco ad accedere",
      text: "Entra con la tua identità digitale personale (SPID o CIE di livello 2). Se il sistema dice che non sei abilitato, chiedi al responsabile del tuo Centro per l'Impiego di registrarti come operatore.",
      spid: "Assistenza SPID (sito ufficiale)",
      cie: "Assistenza CIE (Ministero dell'Interno)",
    },
    phone: {
      title: "Assistenza tecnica",
      text: "Per problemi tecnici (pagine che non si aprono, errori con un codice di riferimento) contatta il servizio di assistenza informatica della tua Regione e indica il codice di riferimento mostrato nel messaggio di errore.",
    },
    inPerson: {
      title: "Preferisco parlare con qualcuno",
      text: "Il responsabile del tuo Centro per l'Impiego può aiutarti con abilitazioni, uffici e procedure.",
      yourOffices: "Gli uffici in cui lavori:",
    },
  },
};
