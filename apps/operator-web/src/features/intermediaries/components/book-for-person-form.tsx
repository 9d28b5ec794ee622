import { BookAppointmentBody, CHANNELS, type AppointmentChannel } from '@opencpi/contracts/browser';
import { FormSelectField, FormShell, Loading, ProblemAlert, StatusMessage, useDtoForm, type CrossCheck, type FieldMessages } from '@opencpi/ui';
import { useEffect, useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBookForPerson } from '../api/use-book-for-person';
import { useBookableServices, useFreeSlots } from '../api/use-booking-options';

interface BookValues {
  serviceType: string;
  slotId: string;
  channel: AppointmentChannel | '';
}
const defaults: BookValues = { serviceType: '', slotId: '', channel: 'in_person' };
const toBody = (v: BookValues) => ({ slotId: v.slotId, channel: v.channel });
/** the service is not part of the body, but comes first: without it there is no slot to choose */
const check: CrossCheck<BookValues> = (v) => (v.serviceType === '' ? { serviceType: 'required' } : {});

/** "Prenota un appuntamento" for the person: service, a free slot at their CPI, channel (BookAppointmentBody). */
export function BookForPersonForm({ citizenId, officeId, personName }: { citizenId: string; officeId: string | undefined; personName: string }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const services = useBookableServices();
  const book = useBookForPerson(citizenId);
  const form = useDtoForm<BookValues, BookAppointmentBody>({ dto: BookAppointmentBody, toBody, defaultValues: defaults, serverError: book.error, check });
  const serviceType = useWatch({ control: form.control, name: 'serviceType' });
  const slots = useFreeSlots(serviceType, officeId);
  useEffect(() => form.setValue('slotId', ''), [serviceType, form]); // another service: its own slots
  const [done, setDone] = useState(false);
  const messages: FieldMessages = (field, type) => {
    if (field === 'serviceType') return t('intermediaries.acting.person.serviceRequired');
    if (field === 'slotId' && type !== 'server') return t('intermediaries.acting.person.slotRequired');
    return undefined;
  };
  const submit = async (values: BookValues) => {
    if (book.isPending || !values.channel) return;
    setDone(false);
    const saved = await book.mutateAsync({ slotId: values.slotId, channel: values.channel }).catch(() => undefined);
    if (!saved) return;
    form.reset(defaults);
    setDone(true);
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('intermediaries.acting.person.book')}</h2>
      <StatusMessage>{done ? <p className="mb-0">{t('intermediaries.acting.person.booked', { name: personName })}</p> : undefined}</StatusMessage>
      {services.isPending ? (
        <Loading />
      ) : services.isError ? (
        <ProblemAlert error={services.error} onRetry={() => void services.refetch()} />
      ) : (
        <FormShell form={form} messages={messages} onValid={submit}>
          <FormSelectField name="serviceType" label={t('intermediaries.acting.person.service')}>
            <option value="">{t('intermediaries.acting.person.choose')}</option>
            {services.data.items.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </FormSelectField>
          {serviceType !== '' && slots.isPending && <Loading />}
          {slots.isError && <ProblemAlert error={slots.error} />}
          {slots.data && slots.data.items.length === 0 && <p>{t('intermediaries.acting.person.noSlots')}</p>}
          {slots.data && slots.data.items.length > 0 && (
            <FormSelectField name="slotId" label={t('intermediaries.acting.person.slot')}>
              <option value="">{t('intermediaries.acting.person.choose')}</option>
              {slots.data.items.map((s) => (
                <option key={s.id} value={s.id}>
                  {t('intermediaries.acting.person.slotOption', { date: s.localDate.split('-').reverse().join('/'), time: s.localTime, office: s.officeName })}
                </option>
              ))}
            </FormSelectField>
          )}
          <FormSelectField name="channel" label={t('intermediaries.acting.person.channel')}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`intermediaries.channels.${c}`)}
              </option>
            ))}
          </FormSelectField>
          {book.isError && <ProblemAlert error={book.error} />}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" aria-busy={book.isPending}>
              {t('intermediaries.acting.person.submitBook')}
            </button>
          </div>
        </FormShell>
      )}
    </section>
  );
}
