import { addDays } from '../../../platform/time/rome-time';
import { fill, PATTO_CATALOGUE, type DerivationCode } from '../i18n/patto-catalogue';

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
/** `code` and `params` are what the SPAs render; `fact` and `rule` are the same step in Italian (server catalogue). */
export interface DerivationStep {
  rule: string;
  fact: string;
  source: string;
  code: DerivationCode;
  params: Record<string, string>;
}

function step(code: DerivationCode, source: string, params: Record<string, string> = {}): DerivationStep {
  const t = PATTO_CATALOGUE.it.derivation[code];
  return { code, params, fact: fill(t.fact, params), rule: fill(t.rule, params), source };
}
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
    return { status: 'not_unemployed', since: null, monthsUnemployed: 0, derivation: [step('no_did', ART19)] };
  }
  if (did.status === 'revoked') {
    return {
      status: 'not_unemployed',
      since: null,
      monthsUnemployed: 0,
      derivation: [step('did_revoked', ART19, { date: did.revokedOn ?? '?' })],
    };
  }
  const steps: DerivationStep[] = [step('did_active', ART19, { date: did.filedOn })];
  if (did.workCondition === 'notice_period' && did.noticeEndDate) {
    if (today <= did.noticeEndDate) {
      steps.push(step('notice_running', NOTICE, { date: did.noticeEndDate }));
      return { status: 'at_risk', since: did.filedOn, monthsUnemployed: 0, derivation: steps };
    }
    const since = addDays(did.noticeEndDate, 1);
    steps.push(step('notice_ended', NOTICE, { date: did.noticeEndDate }));
    return { status: 'unemployed', since, monthsUnemployed: monthsBetween(since, today), derivation: steps };
  }
  if (did.workCondition === 'low_income_work') {
    steps.push(step('low_income', LOW_INCOME));
  } else if (did.lastJobEndDate) {
    steps.push(step('last_job_ended', 'DM 10/04/2018 (durata dalla DID, esclusi i periodi di sospensione)', { date: did.lastJobEndDate }));
  }
  return { status: 'unemployed', since: did.filedOn, monthsUnemployed: monthsBetween(did.filedOn, today), derivation: steps };
}
