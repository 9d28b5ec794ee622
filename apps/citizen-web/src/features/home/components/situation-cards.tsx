import { useTranslation } from 'react-i18next';
import { CertificatesCard } from './certificates-card';
import { DidCard } from './did-card';
import { MessagesCard } from './messages-card';
import { NextAppointmentCard } from './next-appointment-card';
import { ObligationsCard } from './obligations-card';
import { PattoCard } from './patto-card';
import { PlanCard } from './plan-card';
import '../home.css';

/** "La mia situazione": one card per fact, each read from the module that owns it, each with its next action. */
export function SituationCards() {
  const { t } = useTranslation('citizen');
  return (
    <ul className="row g-3 list-unstyled situation-cards" aria-label={t('home.cardsLabel')}>
      <DidCard />
      <NextAppointmentCard />
      <PattoCard />
      <PlanCard />
      <MessagesCard />
      <ObligationsCard />
      <CertificatesCard />
    </ul>
  );
}
