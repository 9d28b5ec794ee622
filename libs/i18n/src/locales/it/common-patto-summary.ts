/**
 * "In breve" of a patto version (both SPAs), written from the version's content: the same commitments as the full
 * text, in plain words, addressed to the person.
 */
export const itCommonPattoSummary = {
  contact: 'Il tuo riferimento al {{office}} è {{responsible}}: vi sentirete ogni {{days}} giorni.',
  pathway: 'Il tuo percorso: {{pathway}}.',
  pathways: {
    '1': 'Percorso 1 – Reinserimento lavorativo',
    '2': 'Percorso 2 – Aggiornamento (upskilling)',
    '3': 'Percorso 3 – Riqualificazione (reskilling)',
    '4': 'Percorso 4 – Lavoro e inclusione',
  },
  commitment: 'Cosa ti impegni a fare: {{text}}',
  proof: 'Come lo dimostri: {{text}}',
  deadlines: 'Prossime scadenze: {{list}}.',
  deadline: '{{title}} entro il {{date}}',
  sanctions: 'Se ricevi NASpI, DIS-COLL, ADI o SFL: se non partecipi senza un giustificato motivo, il sostegno può essere ridotto o perso.',
  help: "Hai bisogno di aiuto o preferisci firmare allo sportello? Puoi farlo al tuo Centro per l'Impiego.",
};
