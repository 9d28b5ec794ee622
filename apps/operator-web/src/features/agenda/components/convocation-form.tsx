import type { AppointmentChannel, ConvocationResponse, OfficeResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { CheckboxField, Loading, ProblemAlert, SelectField, TextareaField, TextField } from '@opencpi/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateConvocation } from '../api/use-create-convocation';
import { useOperatorSlots } from '../api/use-operator-slots';
import { isChannel, knownChannels, useAgendaLabels } from '../hooks/use-agenda-labels';
import { useLongDate } from '../hooks/use-long-date';
import { problemFields } from '../problem-fields';

const SLOT_DAYS = 21;
const MAX_SLOTS = 30;
/** same shape check as the search form; the API checks the control character */
const FISCAL_CODE_SHAPE = /^[A-Z0-9]{16}$/;

type Field = 'fiscalCode' | 'officeId' | 'serviceType' | 'channel' | 'slotId' | 'legalBasis' | 'invitationId';

export interface ConvocationFormProps {
  offices: readonly OfficeResponse[];
  services: readonly ServiceTypeResponse[];
  /** from the query string: a link from an invitation or a dossier */
  initial: { fiscalCode?: string; invitationId?: string; serviceType?: string; officeId?: string };
  onCreated: (convocation: ConvocationResponse) => void;
}

/**
 * Convoke one person: fiscal code, office, service, channel, one of the first 30 free slots of the next 21 days,
 * and the legal basis. With an invitation id (from "Convoca" in the invitations) the invitation is escalated.
 */
export function ConvocationForm({ offices, services, initial, onCreated }: ConvocationFormProps) {
  const { t } = useTranslation('operator');
  const labels = useAgendaLabels();
  const longDate = useLongDate();
  const create = useCreateConvocation();
  const legendId = useId();
  const [fiscalCode, setFiscalCode] = useState(initial.fiscalCode?.toUpperCase() ?? '');
  const [officeId, setOfficeId] = useState(offices.find((o) => o.id === initial.officeId)?.id ?? offices[0]?.id ?? '');
  const [serviceType, setServiceType] = useState(services.find((s) => s.code === initial.serviceType)?.code ?? services[0]?.code ?? '');
  const serviceChannels = knownChannels(services.find((s) => s.code === serviceType)?.channels ?? []);
  const [chosenChannel, setChosenChannel] = useState<AppointmentChannel | ''>('');
  const channel = chosenChannel && serviceChannels.includes(chosenChannel) ? chosenChannel : (serviceChannels[0] ?? '');
  const [slotId, setSlotId] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, true>>>({});

  const slots = useOperatorSlots(serviceType && officeId && channel ? { serviceType, officeId, channel, days: SLOT_DAYS } : undefined);
  const freeSlots = (slots.data?.items ?? []).filter((s) => s.seatsLeft > 0).slice(0, MAX_SLOTS);
  const chosenSlot = freeSlots.some((s) => s.id === slotId) ? slotId : '';

  const server = problemFields(create.error);
  const errorOf = (field: Field): string | undefined => (localErrors[field] || server.has(`/${field}`) ? t(`agenda.convoke.errors.${field}`) : undefined);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = fiscalCode.replace(/\s+/g, '').toUpperCase();
    const basis = legalBasis.trim();
    const errors: Partial<Record<Field, true>> = {};
    if (!FISCAL_CODE_SHAPE.test(code)) errors.fiscalCode = true;
    if (!officeId) errors.officeId = true;
    if (!serviceType) errors.serviceType = true;
    if (!channel) errors.channel = true;
    if (!chosenSlot) errors.slotId = true;
    if (basis.length < 5 || basis.length > 300) errors.legalBasis = true;
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || !channel) {
      create.reset();
      return;
    }
    create.mutate(
      { fiscalCode: code, slotId: chosenSlot, channel, legalBasis: basis, ...(initial.invitationId ? { invitationId: initial.invitationId } : {}) },
      {
        onSuccess: onCreated,
        // someone may have taken the slot meanwhile: show the free ones again
        onError: () => void slots.refetch(),
      },
    );
  };

  const slotError = errorOf('slotId');
  return (
    <form className="convocation-form" onSubmit={submit} noValidate>
      {create.isError && <ProblemAlert error={create.error} />}
      {errorOf('invitationId') && <p className="text-field__error">{errorOf('invitationId')}</p>}
      <div className="row">
        <div className="col-md-6">
          <TextField
            label={t('agenda.convoke.fiscalCode')}
            value={fiscalCode}
            error={errorOf('fiscalCode')}
            onChange={(e) => setFiscalCode(e.target.value.toUpperCase())}
            autoComplete="off"
            spellCheck={false}
            maxLength={16}
            required
          />
        </div>
      </div>
      <div className="row">
        <div className="col-md-6 col-lg-4">
          <SelectField label={t('agenda.office')} value={officeId} error={errorOf('officeId')} onChange={(e) => setOfficeId(e.target.value)} required>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6 col-lg-4">
          <SelectField label={t('agenda.service')} value={serviceType} error={errorOf('serviceType')} onChange={(e) => setServiceType(e.target.value)} required>
            {services.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6 col-lg-4">
          <SelectField
            label={t('agenda.convoke.channel')}
            value={channel}
            error={errorOf('channel')}
            onChange={(e) => setChosenChannel(isChannel(e.target.value) ? e.target.value : '')}
            required
          >
            {serviceChannels.map((c) => (
              <option key={c} value={c}>
                {labels.channel(c)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>

      <fieldset
        className={['form-fieldset', slotError ? 'is-invalid' : ''].filter(Boolean).join(' ')}
        aria-describedby={slotError ? `${legendId}-hint ${legendId}-error` : `${legendId}-hint`}
      >
        <legend>{t('agenda.convoke.slots')}</legend>
        <p id={`${legendId}-hint`} className="text-field__hint form-text">
          {t('agenda.convoke.slotsHint')}
        </p>
        <div aria-live="polite" aria-busy={slots.isFetching}>
          {!serviceType || !channel ? (
            <p>{t('agenda.convoke.chooseService')}</p>
          ) : slots.isPending ? (
            <Loading />
          ) : slots.isError ? (
            <ProblemAlert error={slots.error} onRetry={() => void slots.refetch()} />
          ) : freeSlots.length === 0 ? (
            <p>{t('agenda.convoke.noSlots')}</p>
          ) : (
            freeSlots.map((s) => (
              <CheckboxField
                key={s.id}
                type="radio"
                name="slotId"
                value={s.id}
                checked={chosenSlot === s.id}
                onChange={() => setSlotId(s.id)}
                label={t('agenda.convoke.slotLabel', { date: longDate(s.localDate), time: s.localTime, operator: s.operatorName ?? s.officeName })}
              />
            ))
          )}
        </div>
        {slotError && (
          <p id={`${legendId}-error`} className="text-field__error invalid-feedback d-block" role="alert">
            {slotError}
          </p>
        )}
      </fieldset>

      <TextareaField
        label={t('agenda.convoke.legalBasis')}
        hint={t('agenda.convoke.legalBasisHint')}
        value={legalBasis}
        error={errorOf('legalBasis')}
        onChange={(e) => setLegalBasis(e.target.value)}
        required
        minLength={5}
        maxLength={300}
        rows={3}
      />
      <button type="submit" className="btn btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
        {t('agenda.convoke.submit')}
      </button>
    </form>
  );
}
