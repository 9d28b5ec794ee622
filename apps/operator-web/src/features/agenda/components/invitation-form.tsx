import type { InvitationListResponse, OfficeResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { CreateInvitationsBody } from '@opencpi/contracts/browser';
import { ConfirmPanel, FormSelectField, FormShell, FormTextareaField, FormTextField, ProblemAlert, useDtoForm, type FieldMessages } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateInvitations } from '../api/use-create-invitations';
import { defaultService, useNextFreeHint } from '../hooks/use-next-free-hint';
import { problemFields } from '../problem-fields';

/** The fiscal codes of the text area (one per line: trimmed, upper case, blank lines left out) and the line each came from. */
function parseFiscalCodes(text: string): { codes: string[]; lines: number[] } {
  const codes: string[] = [];
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const code = raw.trim().toUpperCase();
    if (code) {
      codes.push(code);
      lines.push(i + 1);
    }
  });
  return { codes, lines };
}

interface InvitationValues {
  officeId: string;
  serviceType: string;
  /** one fiscal code per line */
  fiscalCodes: string;
  withinDays: string;
}

const toBody = (v: InvitationValues): CreateInvitationsBody => ({
  officeId: v.officeId,
  serviceType: v.serviceType,
  fiscalCodes: parseFiscalCodes(v.fiscalCodes).codes,
  withinDays: v.withinDays.trim() === '' ? Number.NaN : Number(v.withinDays),
});
/** `/fiscalCodes/2` (the API names the wrong code by its index) is an error of the text area */
const fieldOf = (path: string) => path.split('.')[0] ?? path;

export interface InvitationFormProps {
  offices: readonly OfficeResponse[];
  services: readonly ServiceTypeResponse[];
  /** the office chosen here is also the one of the lists below the form */
  officeId: string;
  onOfficeChange: (officeId: string) => void;
  onSent: (result: InvitationListResponse) => void;
  /** a fiscal code to start with (from `?fiscalCode=`, e.g. "Invita" in the people to contact) */
  initialFiscalCode?: string;
}

/**
 * "Invita a prenotare": office, service, fiscal codes one per line, within how many days (CreateInvitationsBody's
 * limits). A wrong code, found here (not 16 characters) or by the API (`/fiscalCodes/2`), is named by its line.
 */
export function InvitationForm({ offices, services, officeId, onOfficeChange, onSent, initialFiscalCode }: InvitationFormProps) {
  const { t } = useTranslation('operator');
  const create = useCreateInvitations();
  const nextFreeHint = useNextFreeHint();
  /** what was sent last, to turn the API's indexes back into lines and codes */
  const [sent, setSent] = useState<{ codes: string[]; lines: number[] }>({ codes: [], lines: [] });
  const form = useDtoForm<InvitationValues, CreateInvitationsBody>({
    dto: CreateInvitationsBody,
    toBody,
    fieldOf,
    serverError: create.error,
    defaultValues: { officeId, serviceType: defaultService(services), fiscalCodes: initialFiscalCode?.trim().toUpperCase() ?? '', withinDays: '7' },
  });

  const lineErrors = (indexes: number[], codes: string[], lines: number[]) =>
    indexes.map((i) => t('agenda.invitations.invite.errors.fiscalCodeLine', { line: lines[i] ?? i + 1, value: codes[i] ?? '' })).join(' ');
  const fiscalCodesMessage = (type: string, code: string | undefined): string => {
    if (code) {
      const indexes = problemFields(create.error).indexes('/fiscalCodes');
      return indexes.length > 0 ? lineErrors(indexes, sent.codes, sent.lines) : t('agenda.invitations.invite.errors.fiscalCodesEmpty');
    }
    if (type === 'arrayMaxSize') return t('agenda.invitations.invite.errors.fiscalCodesTooMany');
    const parsed = parseFiscalCodes(form.getValues('fiscalCodes'));
    const wrong = parsed.codes.flatMap((c, i) => (c.length === 16 ? [] : [i]));
    return wrong.length > 0 && type !== 'arrayMinSize' ? lineErrors(wrong, parsed.codes, parsed.lines) : t('agenda.invitations.invite.errors.fiscalCodesEmpty');
  };
  const messages: FieldMessages = (field, type, code) =>
    field === 'fiscalCodes' ? fiscalCodesMessage(type, code) : t(`agenda.invitations.invite.errors.${field}` as 'agenda.invitations.invite.errors.officeId');

  /** a list of more than one person is sent only after "Sì, invia N inviti" */
  const [pending, setPending] = useState<InvitationValues | null>(null);
  const send = (values: InvitationValues) => {
    setSent(parseFiscalCodes(values.fiscalCodes));
    create.mutate(toBody(values), {
      onSuccess: (result) => {
        form.setValue('fiscalCodes', '');
        onSent(result);
      },
      onSettled: () => setPending(null),
    });
  };
  const onValid = (values: InvitationValues) => (parseFiscalCodes(values.fiscalCodes).codes.length > 1 ? setPending(values) : send(values));

  return (
    <FormShell form={form} className="invitation-form" messages={messages} onValid={onValid}>
      {create.isError && <ProblemAlert error={create.error} />}
      <div className="row">
        <div className="col-md-6">
          <FormSelectField
            name="officeId"
            label={t('agenda.office')}
            hint={t('agenda.invitations.invite.officeHint')}
            rules={{ onChange: (e: { target: { value: string } }) => onOfficeChange(e.target.value) }}
            required
          >
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </FormSelectField>
        </div>
        <div className="col-md-6">
          <FormSelectField name="serviceType" label={t('agenda.service')} hint={nextFreeHint(services, form.watch('serviceType'))} required>
            {services.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </FormSelectField>
        </div>
      </div>
      <FormTextareaField
        name="fiscalCodes"
        label={t('agenda.invitations.invite.fiscalCodes')}
        hint={t('agenda.invitations.invite.fiscalCodesHint')}
        rows={6}
        required
        spellCheck={false}
        autoComplete="off"
      />
      <div className="row">
        <div className="col-sm-6 col-md-4">
          <FormTextField
            name="withinDays"
            type="number"
            label={t('agenda.invitations.invite.withinDays')}
            hint={t('agenda.invitations.invite.withinDaysHint')}
            min={1}
            max={60}
            step={1}
            inputMode="numeric"
            required
          />
        </div>
      </div>
      {pending ? (
        <ConfirmPanel
          tone="primary"
          question={t('agenda.invitations.invite.confirmQuestion', {
            count: parseFiscalCodes(pending.fiscalCodes).codes.length,
            service: services.find((s) => s.code === pending.serviceType)?.name ?? pending.serviceType,
            office: offices.find((o) => o.id === pending.officeId)?.name ?? '',
          })}
          confirmLabel={t('agenda.invitations.invite.confirm', { count: parseFiscalCodes(pending.fiscalCodes).codes.length })}
          busyLabel={t('agenda.invitations.invite.sending')}
          cancelLabel={t('agenda.invitations.invite.cancel')}
          busy={create.isPending}
          onConfirm={() => send(pending)}
          onCancel={() => setPending(null)}
        >
          <p>{t('agenda.invitations.invite.confirmText', { days: pending.withinDays })}</p>
        </ConfirmPanel>
      ) : (
        <button type="submit" className="btn btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
          {t('agenda.invitations.invite.submit')}
        </button>
      )}
    </FormShell>
  );
}
