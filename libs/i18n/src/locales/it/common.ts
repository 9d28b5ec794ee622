import type { ErrorCode } from '@opencpi/contracts';

/** Codes the api-client makes up when the API could not be reached or did not answer problem+json. */
type ClientErrorCode = 'NETWORK_ERROR' | 'UNKNOWN';

/**
 * Strings shared by both SPAs and by @opencpi/ui (layout, SPID/CIE buttons, errors, registry labels).
 * Italian is the source catalogue: the English one must have exactly the same keys (checked by the compiler).
 */
export const itCommon = {
  org: {
    name: "Rete dei Centri per l'Impiego",
    region: "Regione Piemonte",
    footerText: "Servizi pubblici per il lavoro: iscrizione, orientamento, offerte di lavoro e formazione.",
  },
  layout: {
    skipToContent: "Vai al contenuto",
    help: "Ho bisogno di aiuto",
    language: "Lingua",
    languages: { it: "Italiano", en: "English" },
    logout: "Esci",
    loggingOut: "Uscita in corso…",
    userArea: "Area personale",
    signedInAs: "Accesso effettuato come",
    footerLinks: "Collegamenti utili",
    footerHelp: "Assistenza",
    footerHome: "Pagina iniziale",
    footerCopyright: "OpenCPI – software libero con licenza EUPL-1.2",
  },
  loading: "Caricamento in corso…",
  notAvailable: "Non disponibile",
  notFound: {
    title: "Pagina non trovata",
    text: "La pagina che cerchi non esiste o è stata spostata. Controlla l'indirizzo oppure torna alla pagina iniziale.",
    home: "Torna alla pagina iniziale",
  },
  login: {
    spid: {
      button: "Entra con SPID",
      providersLabel: "Scegli il tuo gestore di identità SPID",
      moreInfo: "Maggiori informazioni su SPID",
      noSpid: "Non hai SPID?",
      help: "Serve aiuto con SPID?",
    },
    cie: { button: "Entra con CIE" },
    noProviders: "Al momento non è possibile accedere con SPID o CIE. Riprova tra qualche minuto.",
    level: "Serve un'identità SPID o CIE di livello 2 (nome utente, password e un codice temporaneo o l'app).",
    sessionEnded: "La sessione è scaduta o non è più valida: accedi di nuovo.",
  },
  loginError: {
    title: "Accesso non riuscito",
    retry: "Riprova",
    reference: "Codice di riferimento per l'assistenza:",
    helpPrompt: "Il problema continua?",
    helpLink: "Leggi come ottenere aiuto",
    codes: {
      nr19: {
        title: "Troppi tentativi non riusciti",
        text: "Hai inserito credenziali sbagliate troppe volte e il tuo gestore di identità ha bloccato l'accesso per qualche minuto. Attendi e riprova; se non ricordi la password, recuperala sul sito del tuo gestore.",
      },
      nr20: {
        title: "Serve un'identità di livello 2",
        text: "La tua identità digitale non ha il livello di sicurezza richiesto. Per questo servizio serve SPID o CIE di livello 2 (password più un codice temporaneo o l'app del gestore). Puoi attivarlo presso il tuo gestore di identità.",
      },
      nr21: {
        title: "Tempo scaduto",
        text: "È passato troppo tempo e la richiesta di accesso è scaduta. Riprova e completa l'accesso senza interruzioni.",
      },
      nr22: {
        title: "Consenso all'invio dei dati negato",
        text: "Non hai dato il consenso a inviarci i tuoi dati. Senza questi dati non possiamo farti entrare. Se vuoi usare il servizio, riprova e acconsenti all'invio.",
      },
      nr23: {
        title: "Identità sospesa o revocata",
        text: "Il tuo gestore di identità segnala che la tua identità digitale è sospesa o revocata. Contatta il tuo gestore per riattivarla.",
      },
      nr25: {
        title: "Accesso annullato",
        text: "Hai annullato l'accesso. Puoi riprovare quando vuoi.",
      },
      invalid: {
        title: "Risposta non verificabile",
        text: "Non siamo riusciti a verificare la risposta del tuo gestore di identità. Riprova; se il problema continua, contatta l'assistenza indicando il codice di riferimento.",
      },
      level: {
        title: "Livello di sicurezza insufficiente",
        text: "Hai effettuato l'accesso con un livello di sicurezza più basso di quello richiesto. Riprova scegliendo l'accesso di livello 2 (con codice temporaneo o app).",
      },
      forbidden: {
        title: "Accesso non consentito",
        text: "Questa identità non risulta abilitata come operatore di un Centro per l'Impiego. Se lavori in un Centro, chiedi al tuo responsabile di abilitarti.",
      },
      unknown: {
        title: "Si è verificato un problema",
        text: "Non è stato possibile completare l'accesso. Riprova tra qualche minuto.",
      },
    },
  },
  errors: {
    title: "Si è verificato un problema",
    reference: "Codice di riferimento per l'assistenza:",
    retry: "Riprova",
    codes: {
      VALIDATION_FAILED: "Alcuni dati non sono corretti. Controlla i campi segnalati e riprova.",
      UNAUTHENTICATED: "Per continuare devi accedere con SPID o CIE.",
      SESSION_EXPIRED: "La sessione è scaduta: accedi di nuovo.",
      FORBIDDEN: "Non hai i permessi per vedere queste informazioni.",
      CSRF_TOKEN_INVALID: "Per motivi di sicurezza la richiesta non è stata accettata. Ricarica la pagina e riprova.",
      ROUTE_NOT_FOUND: "Il servizio richiesto non esiste.",
      RATE_LIMITED: "Hai fatto troppe richieste in poco tempo. Attendi un minuto e riprova.",
      SERVICE_UNAVAILABLE: "Il servizio è temporaneamente non disponibile. Riprova tra qualche minuto.",
      INTERNAL_ERROR: "Si è verificato un errore imprevisto. Riprova tra qualche minuto.",
      UNSUPPORTED_MEDIA_TYPE: "Il formato della richiesta non è supportato.",
      IDP_UNKNOWN: "Il gestore di identità scelto non è riconosciuto. Torna indietro e scegline un altro.",
      SAML_RESPONSE_INVALID: "Non siamo riusciti a verificare la risposta del gestore di identità.",
      SAML_RESPONSE_REPLAYED: "Questa risposta di accesso è già stata usata. Accedi di nuovo.",
      SAML_LEVEL_TOO_LOW: "Il livello di sicurezza dell'accesso è troppo basso per questo servizio.",
      SAML_IDP_ERROR: "Il gestore di identità ha segnalato un errore durante l'accesso.",
      FISCAL_CODE_INVALID: "Il codice fiscale non è valido.",
      DEV_IDP_REQUEST_INVALID: "La richiesta al gestore di identità di prova non è valida.",
      CITIZEN_NOT_FOUND: "Non abbiamo trovato questa persona tra i cittadini dei tuoi uffici.",
      SERVICE_TYPE_UNKNOWN: "Il servizio scelto non esiste. Torna indietro e scegline un altro.",
      SLOT_NOT_FOUND: "L'orario scelto non esiste più. Scegline un altro.",
      SLOT_FULL: "L'orario scelto è al completo. Scegline un altro.",
      SLOT_NOT_BOOKABLE: "Non è possibile prenotare questo orario: è troppo vicino oppure non è offerto nel modo scelto.",
      ALREADY_BOOKED: "Hai già prenotato questo appuntamento.",
      APPOINTMENT_NOT_FOUND: "Non abbiamo trovato l'appuntamento.",
      APPOINTMENT_NOT_CANCELLABLE: "Questo appuntamento non si può più cambiare online: telefona al Centro per l'Impiego.",
      AVAILABILITY_CONFLICT: "Questa disponibilità si sovrappone a orari già inseriti.",
      OFFICE_NOT_SERVED: "Non lavori in questo Centro per l'Impiego.",
      INVITATION_NOT_FOUND: "Il link non è valido.",
      INVITATION_EXPIRED: "Il tempo per scegliere con questo link è scaduto.",
      INVITATION_USED: "Con questo link è già stato prenotato un appuntamento.",
      CONVOCATION_NOT_FOUND: "Non abbiamo trovato questa convocazione.",
      NETWORK_ERROR: "Non riusciamo a collegarci al servizio. Controlla la connessione a internet e riprova.",
      UNKNOWN: "Si è verificato un errore imprevisto. Riprova tra qualche minuto.",
    } satisfies Record<ErrorCode | ClientErrorCode, string>,
    fields: {
      isFiscalCode: "Il codice fiscale non è valido: controlla di averlo scritto per intero (16 caratteri) e senza errori.",
      length: "Scrivi almeno 2 lettere (al massimo 80).",
      matches: "Usa solo lettere, spazi, apostrofi, punti e trattini.",
      default: "Il valore inserito non è valido.",
    },
  },
  registry: {
    personalData: "Dati anagrafici",
    fiscalCode: "Codice fiscale",
    givenName: "Nome",
    familyName: "Cognome",
    birthDate: "Data di nascita",
    email: "Email",
    mobilePhone: "Cellulare",
    domicile: "Comune di domicilio",
  },
  office: {
    address: "Indirizzo",
    openingHours: "Orari di apertura",
    email: "Email",
    phone: "Telefono",
    channels: "Come puoi essere ricevuto",
    channel: { in_person: "di persona", video: "in videochiamata", phone: "al telefono" },
    map: "Vedi sulla mappa",
    mapTitle: "Vedi {{name}} sulla mappa (OpenStreetMap)",
  },
  roles: {
    citizen: "Cittadino",
    operator: "Operatore CPI",
    cpi_manager: "Responsabile CPI",
    region_admin: "Amministratore regionale",
    agency_staff: "Operatore di agenzia per il lavoro",
    employer: "Referente aziendale",
  },
};
