import { useTranslation } from 'react-i18next';
import { CallbacksToMake } from '../../assistance/components/callbacks-to-make';
import { CasesBlock } from './cases-block';
import { ContactWorklistBlock } from './contact-worklist-block';
import { TodayAppointmentsBlock } from './today-appointments-block';
import { UnreadMessagesBlock } from './unread-messages-block';

/** The operator's day under the search: today's appointments, people to contact, cases and alerts, unread messages, people who asked to be called back. */
export function OperatorHome() {
  const { t } = useTranslation('operator');
  return (
    <div className="row g-4 mt-2" role="group" aria-label={t('home.blocksLabel')}>
      <div className="col-12 col-xl-6">
        <TodayAppointmentsBlock />
      </div>
      <div className="col-12 col-xl-6">
        <ContactWorklistBlock />
      </div>
      <div className="col-12 col-xl-6">
        <CasesBlock />
      </div>
      <div className="col-12 col-xl-6">
        <UnreadMessagesBlock />
      </div>
      <div className="col-12">
        <CallbacksToMake />
      </div>
    </div>
  );
}
