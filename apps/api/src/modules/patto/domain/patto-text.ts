import type { PattoContent } from '../entities/patto-version.entity';

export interface PattoParties {
  citizenName: string;
  citizenFiscalCode: string;
  officeName: string;
  version: number;
}

export const PATHWAY_NAMES: Record<number, string> = {
  1: 'Percorso 1 – Reinserimento lavorativo',
  2: 'Percorso 2 – Aggiornamento (upskilling)',
  3: 'Percorso 3 – Riqualificazione (reskilling)',
  4: 'Percorso 4 – Lavoro e inclusione',
};
const ACTION_TYPES: Record<string, string> = {
  job_search_workshop: 'Laboratorio di ricerca attiva',
  orientation: 'Orientamento',
  training: 'Formazione',
  traineeship: 'Tirocinio',
  job_application: 'Candidature',
  interview: 'Colloqui',
  other: 'Altro',
};
const itDate = (d: string) => d.split('-').reverse().join('/');
const provider = (c: PattoContent, p: 'cpi' | 'agency') => (p === 'agency' ? (c.agencyName ?? 'agenzia per il lavoro') : "Centro per l'Impiego");

/**
 * The full text of the patto (the five contents of art. 20 c.2 D.Lgs. 150/2015 and the availabilities of c.3), one
 * statement per line so that the diff between versions reads line by line. Its SHA-256 is what the parties sign.
 */
export function renderFullText(c: PattoContent, who: PattoParties): string {
  const lines = [
    `PATTO DI SERVIZIO PERSONALIZZATO – versione ${who.version}`,
    `Ai sensi dell'art. 20 del D.Lgs. 150/2015.`,
    `Persona: ${who.citizenName} (codice fiscale ${who.citizenFiscalCode})`,
    `Centro per l'Impiego: ${who.officeName}`,
    ...(c.agencyName ? [`Agenzia per il lavoro scelta dalla persona: ${c.agencyName}`] : []),
    '',
    `a) Responsabile delle attività: ${c.responsibleName}`,
    `b) Profilo personale di occupabilità: ${PATHWAY_NAMES[c.pathway] ?? c.pathway}${c.profilingIndex === null ? '' : `; indice di profilazione ${c.profilingIndex.toFixed(2)}`}`,
    `c) Atti di ricerca attiva richiesti e tempi: ${c.jobSearchActs}`,
    `d) Frequenza ordinaria dei contatti con il responsabile: ogni ${c.contactFrequencyDays} giorni`,
    `e) Modalità con cui si prova la ricerca attiva: ${c.proofOfSearch}`,
    '',
    'La persona si dichiara disponibile a:',
    `- partecipare a iniziative e laboratori per la ricerca attiva (curriculum, colloqui, orientamento): ${c.availability.workshops ? 'sì' : 'no'}`,
    `- partecipare a iniziative di formazione, riqualificazione o altra attivazione: ${c.availability.training ? 'sì' : 'no'}`,
    `- accettare offerte di lavoro congrue (art. 25 D.Lgs. 150/2015): ${c.availability.congruousOffers ? 'sì' : 'no'}`,
    '',
    'Azioni concordate:',
    ...(c.actions.length === 0
      ? ['- nessuna azione specifica']
      : c.actions.map((a) => `- ${ACTION_TYPES[a.type] ?? a.type}: ${a.title} – a cura di ${provider(c, a.provider)} – entro il ${itDate(a.dueDate)}`)),
    '',
    'La mancata partecipazione senza giustificato motivo alle attività e alle convocazioni previste dal patto comporta, per chi riceve',
    "una prestazione di sostegno al reddito, le sanzioni dell'art. 21 c.7 del D.Lgs. 150/2015.",
  ];
  return lines.join('\n');
}

/** What the person reads first: the same commitments in plain words. */
export function renderSummary(c: PattoContent, who: PattoParties): string {
  const next = [...c.actions].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return [
    `Il suo riferimento al ${who.officeName} è ${c.responsibleName}: vi sentirete ogni ${c.contactFrequencyDays} giorni.`,
    `Il suo percorso: ${PATHWAY_NAMES[c.pathway] ?? c.pathway}.`,
    `Cosa si impegna a fare: ${c.jobSearchActs}`,
    `Come lo dimostra: ${c.proofOfSearch}`,
    ...(next.length > 0
      ? [
          `Prossime scadenze: ${next
            .slice(0, 3)
            .map((a) => `${a.title} entro il ${itDate(a.dueDate)}`)
            .join('; ')}.`,
        ]
      : []),
    'Se riceve NASpI, DIS-COLL, ADI o SFL: se non partecipa senza un giustificato motivo, il sostegno può essere ridotto o perso.',
    "Ha bisogno di aiuto o preferisce firmare allo sportello? Può farlo al suo Centro per l'Impiego.",
  ].join('\n');
}

export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Line diff (longest common subsequence): what an amendment changed, readable by both sides. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      out.push({ kind: 'removed', text: a[i]! });
      i++;
    } else {
      out.push({ kind: 'added', text: b[j]! });
      j++;
    }
  }
  while (i < n) out.push({ kind: 'removed', text: a[i++]! });
  while (j < m) out.push({ kind: 'added', text: b[j++]! });
  return out;
}
