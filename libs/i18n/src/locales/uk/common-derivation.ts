import type { Catalogue } from '../../catalogue';
import type { itCommonDerivation } from '../it/common-derivation';

export const ukCommonDerivation: Catalogue<typeof itCommonDerivation> = {
  no_did: { fact: 'Немає DID', rule: 'Для статусу безробітного потрібна активна DID' },
  did_revoked: { fact: 'DID відкликано {{date}}', rule: 'Після відкликання DID статус безробітного припиняється' },
  did_active: {
    fact: 'Активна DID, подана {{date}}',
    rule: 'Людина без роботи, яка заявляє про негайну готовність до роботи, вважається безробітною',
  },
  notice_running: {
    fact: 'Трудові відносини в період попередження про звільнення до {{date}}',
    rule: 'DID, подана під час періоду попередження, дає статус «під ризиком безробіття» до кінця трудових відносин',
  },
  notice_ended: {
    fact: 'Період попередження закінчився {{date}}',
    rule: 'З наступного дня після кінця трудових відносин людина вважається безробітною',
  },
  low_income: {
    fact: 'Робота з річним доходом нижче порогу, зазначена в DID',
    rule: 'Людина, яка працює з доходом нижче порогу, зберігає статус безробітного',
  },
  last_job_ended: { fact: 'Остання робота закінчилася {{date}}', rule: 'Тривалість безробіття рахується від дати DID' },
};
