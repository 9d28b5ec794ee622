import { addDays } from '../../agenda/domain/rome-time';

/** What the employment status is derived from: the DID (its declared situation) and the day it is asked for. */
export interface DidFacts {
  status: 'active' | 'revoked';
  /** Rome date the DID was filed */
  filedOn: string;
  revokedOn: string | null;
  workCondition: string;
  lastJobEndDate: string | null;
  noticeEndDate: string | null;
}
export interface DerivationStep { rule: string; fact: string; source: string }
export interface EmploymentStatus {
  status: 'unemployed' | 'at_risk' | 'not_unemployed';
  since: string | null;
  monthsUnemployed: number;
  derivation: DerivationStep[];
}

const ART19 = 'D.Lgs. 150/2015 art. 19 c.1';
const NOTICE = 'D.Lgs. 150/2015 art. 19; DID durante il preavviso (cliclavoroveneto.it/fr/procedura-disoccupazione-did)';
const LOW_INCOME = 'ANPAL circolare 1/2019 (soglie di reddito annuo: 8.174 € dipendenti, 5.500 € autonomi)';

/** Whole months from `from` to `to` (both YYYY-MM-DD), 0 if `to` is earlier. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/**
 * The employment status is never typed in: it follows from the DID and the calendar. Each step says which fact
 * was used, which rule applied and where the rule comes from, so an operator can check it.
 */
export function deriveEmploymentStatus(did: DidFacts | null, today: string): EmploymentStatus {
  if (!did) {
    return { status: 'not_unemployed', since: null, monthsUnemployed: 0, derivation: [{ fact: 'Nessuna DID', rule: 'Lo stato di disoccupazione richiede una DID attiva', source: ART19 }] };
  }
  if (did.status === 'revoked') {
    return {
      status: 'not_unemployed', since: null, monthsUnemployed: 0,
      derivation: [{ fact: `DID revocata il ${did.revokedOn ?? '?'}`, rule: 'Con la revoca della DID lo stato di disoccupazione cessa', source: ART19 }],
    };
  }
  const steps: DerivationStep[] = [{ fact: `DID attiva rilasciata il ${did.filedOn}`, rule: 'Chi è privo di lavoro e dichiara la propria immediata disponibilità è disoccupato', source: ART19 }];
  if (did.workCondition === 'notice_period' && did.noticeEndDate) {
    if (today <= did.noticeEndDate) {
      steps.push({ fact: `Rapporto di lavoro in preavviso fino al ${did.noticeEndDate}`, rule: 'La DID rilasciata durante il preavviso dà lo stato "a rischio di disoccupazione" fino alla fine del rapporto', source: NOTICE });
      return { status: 'at_risk', since: did.filedOn, monthsUnemployed: 0, derivation: steps };
    }
    const since = addDays(did.noticeEndDate, 1);
    steps.push({ fact: `Preavviso concluso il ${did.noticeEndDate}`, rule: 'Dal giorno dopo la fine del rapporto la persona è disoccupata', source: NOTICE });
    return { status: 'unemployed', since, monthsUnemployed: monthsBetween(since, today), derivation: steps };
  }
  if (did.workCondition === 'low_income_work') {
    steps.push({ fact: 'Lavoro con reddito annuo sotto la soglia dichiarato nella DID', rule: 'Chi lavora con un reddito sotto la soglia conserva lo stato di disoccupazione', source: LOW_INCOME });
  } else if (did.lastJobEndDate) {
    steps.push({ fact: `Ultimo lavoro concluso il ${did.lastJobEndDate}`, rule: 'La durata della disoccupazione si conta dalla DID', source: 'DM 10/04/2018 (durata dalla DID, esclusi i periodi di sospensione)' });
  }
  return { status: 'unemployed', since: did.filedOn, monthsUnemployed: monthsBetween(did.filedOn, today), derivation: steps };
}
