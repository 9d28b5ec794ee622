import { itCitizenHome } from './citizen-home';

/**
 * The part of `citizen` the pages a person opens first need (the landing page with its entrance choice, the frame
 * and the main navigation): bundled with the citizen SPA's entry; the whole `itCitizen` is a chunk loaded right after.
 */
export const itCitizenFirst = {
  app: {
    name: 'Servizi per il lavoro',
    tagline: "Area cittadini dei Centri per l'Impiego",
    openDataLink: 'Dati aperti',
  },
  login: {
    title: "Accedi ai servizi del Centro per l'Impiego",
    intro: "Entra con la tua identità digitale per vedere i dati che abbiamo su di te e sapere a quale Centro per l'Impiego rivolgerti, con indirizzo, orari e contatti.",
    choose: 'Scegli come entrare',
    helpPrompt: 'Non riesci ad accedere?',
    helpLink: 'Leggi come ottenere aiuto',
  },
  home: itCitizenHome,
};
