import type { ConvocationResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useAgendaLabels } from '../hooks/use-agenda-labels';
import { useLongDate } from '../hooks/use-long-date';

/** What a convocation says and its proof: legal basis, SHA-256 of the text sent, when the person read it. */
export function ConvocationDetails({ convocation: c }: { convocation: ConvocationResponse }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useAgendaLabels();
  const longDate = useLongDate();
  return (
    <DataList
      items={[
        { label: t('agenda.convocation.fields.fiscalCode'), value: <span className="fiscal-code">{c.citizenFiscalCode}</span> },
        { label: t('agenda.convocation.fields.service'), value: c.serviceName },
        { label: t('agenda.convocation.fields.office'), value: c.officeName },
        { label: t('agenda.convocation.fields.date'), value: <time dateTime={c.localDate}>{longDate(c.localDate)}</time> },
        { label: t('agenda.convocation.fields.time'), value: c.localTime },
        { label: t('agenda.convocation.fields.place'), value: c.place || undefined },
        { label: t('agenda.convocation.fields.channel'), value: labels.channel(c.channel) },
        { label: t('agenda.convocation.fields.legalBasis'), value: c.legalBasis },
        { label: t('agenda.convocation.fields.sha256'), value: <code className="sha256">{c.textSha256}</code> },
        {
          label: t('agenda.convocation.fields.acknowledged'),
          value: c.acknowledgedAt ? <time dateTime={c.acknowledgedAt}>{f.dateTime(c.acknowledgedAt)}</time> : t('agenda.convocation.notYet'),
        },
        { label: t('agenda.convocation.fields.appointmentStatus'), value: labels.appointmentStatus(c.appointmentStatus) },
      ]}
    />
  );
}
