/** Strings of the citizen SPA (apps/citizen-web). */
export const itCitizen = {
  app: {
    name: "Servizi per il lavoro",
    tagline: "Area cittadini dei Centri per l'Impiego",
  },
  login: {
    title: "Accedi ai servizi del Centro per l'Impiego",
    intro: "Entra con la tua identità digitale per vedere i dati che abbiamo su di te e sapere a quale Centro per l'Impiego rivolgerti, con indirizzo, orari e contatti.",
    choose: "Scegli come entrare",
    helpPrompt: "Non riesci ad accedere?",
    helpLink: "Leggi come ottenere aiuto",
  },
  profile: {
    title: "Il mio profilo",
    intro: "Qui trovi i tuoi dati e il Centro per l'Impiego a cui puoi rivolgerti.",
    sourceNote: {
      title: "Da dove arrivano questi dati",
      spid: "I dati anagrafici arrivano dalla tua identità SPID, che hai usato per entrare. Se sono sbagliati, correggili presso il tuo gestore di identità SPID.",
      cie: "I dati anagrafici arrivano dalla tua Carta d'Identità Elettronica (CIE), che hai usato per entrare. Se sono sbagliati, rivolgiti al tuo Comune.",
    },
    office: {
      title: "Il tuo Centro per l'Impiego",
      intro: "È il Centro che segue chi abita nel tuo comune di domicilio.",
      missing: "Non sappiamo ancora qual è il tuo Centro per l'Impiego, perché non conosciamo il tuo comune di domicilio. Puoi rivolgerti a qualsiasi Centro della tua zona.",
    },
    lastLogin: "Ultimo accesso: {{date}}",
  },
  help: {
    title: "Ho bisogno di aiuto",
    intro: "Se hai difficoltà a usare questo servizio, ci sono diversi modi per avere aiuto.",
    access: {
      title: "Non riesco ad accedere",
      text: "Per entrare serve SPID o la Carta d'Identità Elettronica (CIE) di livello 2. Se non ricordi le credenziali o il PIN, rivolgiti a chi te li ha rilasciati:",
      spid: "Assistenza SPID (sito ufficiale)",
      cie: "Assistenza CIE (Ministero dell'Interno)",
      noSpid: "Se non hai SPID né CIE, puoi andare di persona al Centro per l'Impiego: gli operatori ti aiutano anche senza identità digitale.",
    },
    phone: {
      title: "Assistenza telefonica",
      text: "Puoi telefonare al tuo Centro per l'Impiego negli orari di apertura. Gli operatori rispondono alle domande sui servizi e ti aiutano a usare questo sito.",
    },
    inPerson: {
      title: "Preferisco andare di persona",
      text: "Puoi andare al tuo Centro per l'Impiego negli orari di apertura. Porta un documento d'identità valido e la tessera sanitaria (con il codice fiscale).",
      yourOffice: "Ecco il tuo Centro per l'Impiego:",
      loginPrompt: "Per vedere indirizzo, orari e contatti del tuo Centro, accedi con SPID o CIE.",
      loginLink: "Accedi per vedere il tuo Centro",
      noOffice: "Non sappiamo ancora qual è il tuo Centro: puoi rivolgerti al Centro per l'Impiego più vicino a casa tua.",
    },
  },
};
