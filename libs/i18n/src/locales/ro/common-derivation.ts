import type { Catalogue } from '../../catalogue';
import type { itCommonDerivation } from '../it/common-derivation';

export const roCommonDerivation: Catalogue<typeof itCommonDerivation> = {
  no_did: { fact: 'Nicio DID', rule: 'Statutul de șomer cere o DID activă' },
  did_revoked: { fact: 'DID revocată pe {{date}}', rule: 'Odată cu revocarea DID, statutul de șomer încetează' },
  did_active: { fact: 'DID activă, depusă pe {{date}}', rule: 'Cine nu are loc de muncă și declară că este disponibil imediat este șomer' },
  notice_running: {
    fact: 'Contract de muncă în perioada de preaviz până pe {{date}}',
    rule: 'DID depusă în timpul preavizului dă statutul „în risc de șomaj” până la sfârșitul contractului',
  },
  notice_ended: { fact: 'Preaviz încheiat pe {{date}}', rule: 'Din ziua de după sfârșitul contractului persoana este șomeră' },
  low_income: { fact: 'Muncă cu venit anual sub pragul declarat în DID', rule: 'Cine lucrează cu un venit sub prag își păstrează statutul de șomer' },
  last_job_ended: { fact: 'Ultimul loc de muncă încheiat pe {{date}}', rule: 'Durata șomajului se numără de la DID' },
};
