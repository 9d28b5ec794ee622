import type { Catalogue } from '../../catalogue';
import type { itCommonDerivation } from '../it/common-derivation';

export const enCommonDerivation: Catalogue<typeof itCommonDerivation> = {
  no_did: { fact: 'No DID', rule: 'The unemployment status needs an active DID' },
  did_revoked: { fact: 'DID revoked on {{date}}', rule: 'Revoking the DID ends the unemployment status' },
  did_active: { fact: 'Active DID filed on {{date}}', rule: 'Whoever has no job and declares immediate availability is unemployed' },
  notice_running: {
    fact: 'Employment in its notice period until {{date}}',
    rule: 'A DID filed during the notice period gives the status "at risk of unemployment" until the employment ends',
  },
  notice_ended: { fact: 'Notice period ended on {{date}}', rule: 'From the day after the employment ends the person is unemployed' },
  low_income: {
    fact: 'Work with an annual income below the threshold, declared in the DID',
    rule: 'Whoever works with an income below the threshold keeps the unemployment status',
  },
  last_job_ended: { fact: 'Last job ended on {{date}}', rule: 'The length of unemployment is counted from the DID' },
};
