/**
 * The text of a convocation, rendered once and kept verbatim: it is the proof of what the person was told (the
 * database refuses any later change to it). Italian: the legal notice is issued in Italian.
 */
export interface ConvocationFacts {
  givenName: string;
  familyName: string;
  fiscalCode: string;
  officeName: string;
  officeAddress: string;
  channel: 'in_person' | 'video' | 'phone';
  date: string;
  time: string;
  service: string;
  legalBasis: string;
}

const CHANNEL_IT: Record<ConvocationFacts['channel'], string> = { in_person: 'in presenza', video: 'in videochiamata', phone: 'per telefono' };

/** Where the person must be (or how they will be reached). */
export function convocationPlace(f: Pick<ConvocationFacts, 'channel' | 'officeName' | 'officeAddress'>): string {
  return f.channel === 'in_person'
    ? `${f.officeName}, ${f.officeAddress}`
    : f.channel === 'video'
      ? "Videochiamata: il collegamento compare nella sua area personale 15 minuti prima dell'inizio"
      : "Telefonata del Centro per l'Impiego al suo numero di cellulare";
}

/** `date` is 'DD/MM/YYYY', `time` 'HH:MM' (Rome). */
export function convocationText(f: ConvocationFacts): string {
  return [
    `Gentile ${f.givenName} ${f.familyName} (codice fiscale ${f.fiscalCode}),`,
    `il ${f.officeName} la convoca ${CHANNEL_IT[f.channel]} il ${f.date} alle ore ${f.time} per: ${f.service}.`,
    `Luogo: ${convocationPlace(f)}.`,
    `Riferimento normativo: ${f.legalBasis}.`,
    "Se non può presentarsi, avvisi il Centro per l'Impiego prima della data indicando il motivo: un giustificato motivo va comunicato e documentato.",
    "Se ha bisogno di aiuto, di un interprete o di un accomodamento per disabilità, lo segnali al Centro per l'Impiego.",
  ].join('\n');
}
