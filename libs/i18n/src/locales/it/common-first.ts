import { itCommonLegal } from './common-legal';

/**
 * The part of `common` the first page a person opens needs (header, footer, login buttons, legal links and pages):
 * bundled with the SPA's entry. The rest of `itCommon` is a chunk loaded right after (see createI18n `first`).
 */
export const itCommonFirst = {
  org: {
    name: "Rete dei Centri per l'Impiego",
    region: 'Regione Piemonte',
    footerText: 'Servizi pubblici per il lavoro: iscrizione, orientamento, offerte di lavoro e formazione.',
  },
  layout: {
    skipToContent: 'Vai al contenuto',
    help: 'Ho bisogno di aiuto',
    language: 'Lingua',
    languages: { it: 'Italiano', en: 'English' },
    logout: 'Esci',
    loggingOut: 'Uscita in corso…',
    userArea: 'Area personale',
    signedInAs: 'Accesso effettuato come',
    footerLinks: 'Collegamenti utili',
    footerHelp: 'Assistenza',
    footerHome: 'Pagina iniziale',
    footerCopyright: 'OpenCPI – software libero con licenza EUPL-1.2',
  },
  loading: 'Caricamento in corso…',
  notAvailable: 'Non disponibile',
  notFound: {
    title: 'Pagina non trovata',
    text: "La pagina che cerchi non esiste o è stata spostata. Controlla l'indirizzo oppure torna alla pagina iniziale.",
    home: 'Torna alla pagina iniziale',
  },
  login: {
    spid: {
      button: 'Entra con SPID',
      providersLabel: 'Scegli il tuo gestore di identità SPID',
      moreInfo: 'Maggiori informazioni su SPID',
      noSpid: 'Non hai SPID?',
      help: 'Serve aiuto con SPID?',
    },
    cie: { button: 'Entra con CIE' },
    eidas: {
      button: 'Entra con eIDAS',
      intro: "Hai un'identità digitale di un altro Paese dell'Unione europea? Accedi con eIDAS.",
    },
    noProviders: 'Al momento non è possibile accedere con SPID o CIE. Riprova tra qualche minuto.',
    level: "Serve un'identità SPID o CIE di livello 2 (nome utente, password e un codice temporaneo o l'app).",
    sessionEnded: 'La sessione è scaduta o non è più valida: accedi di nuovo.',
  },
  legal: itCommonLegal,
};
