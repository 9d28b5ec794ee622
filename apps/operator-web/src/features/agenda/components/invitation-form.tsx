import type { InvitationListResponse, OfficeResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { ProblemAlert, SelectField, TextareaField, TextField } from '@opencpi/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateInvitations } from '../api/use-create-invitations';
import { problemFields } from '../problem-fields';

const MAX_PEOPLE = 500;

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
 * "Invita a prenotare": office, service, fiscal codes one per line, within how many days. The API names a wrong
 * code by its index (`/fiscalCodes/2`): the message says on which line of the text area it is.
 */
export function InvitationForm({ offices, services, officeId, onOfficeChange, onSent, initialFiscalCode }: InvitationFormProps) {
  const { t } = useTranslation('operator');
  const create = useCreateInvitations();
  const [serviceType, setServiceType] = useState(services[0]?.code ?? '');
  const [text, setText] = useState(initialFiscalCode?.trim().toUpperCase() ?? '');
  const [withinDays, setWithinDays] = useState('7');
  const [localErrors, setLocalErrors] = useState<{ fiscalCodes?: string; withinDays?: string; serviceType?: string }>({});
  /** what was sent last, to turn the API's indexes back into lines and codes */
  const [sent, setSent] = useState<{ codes: string[]; lines: number[] }>({ codes: [], lines: [] });

  const server = problemFields(create.error);
  const lineErrors = server.indexes('/fiscalCodes').map((i) => t('agenda.invitations.invite.errors.fiscalCodeLine', { line: sent.lines[i] ?? i + 1, value: sent.codes[i] ?? '' }));
  const fiscalCodesError =
    localErrors.fiscalCodes ?? (lineErrors.length > 0 ? lineErrors.join(' ') : server.has('/fiscalCodes') ? t('agenda.invitations.invite.errors.fiscalCodesEmpty') : undefined);
  const officeError = server.has('/officeId') ? t('agenda.invitations.invite.errors.officeId') : undefined;
  const serviceError = localErrors.serviceType ?? (server.has('/serviceType') ? t('agenda.invitations.invite.errors.serviceType') : undefined);
  const withinDaysError = localErrors.withinDays ?? (server.has('/withinDays') ? t('agenda.invitations.invite.errors.withinDays') : undefined);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = parseFiscalCodes(text);
    const days = Number(withinDays);
    const errors: typeof localErrors = {};
    if (!serviceType) errors.serviceType = t('agenda.invitations.invite.errors.serviceType');
    if (parsed.codes.length === 0) errors.fiscalCodes = t('agenda.invitations.invite.errors.fiscalCodesEmpty');
    else if (parsed.codes.length > MAX_PEOPLE) errors.fiscalCodes = t('agenda.invitations.invite.errors.fiscalCodesTooMany');
    if (!Number.isInteger(days) || days < 1 || days > 60) errors.withinDays = t('agenda.invitations.invite.errors.withinDays');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      create.reset();
      return;
    }
    setSent(parsed);
    create.mutate(
      { officeId, serviceType, fiscalCodes: parsed.codes, withinDays: days },
      {
        onSuccess: (result) => {
          setText('');
          onSent(result);
        },
      },
    );
  };

  return (
    <form className="invitation-form" onSubmit={submit} noValidate>
      {create.isError && <ProblemAlert error={create.error} />}
      <div className="row">
        <div className="col-md-6">
          <SelectField
            label={t('agenda.office')}
            hint={t('agenda.invitations.invite.officeHint')}
            value={officeId}
            error={officeError}
            onChange={(e) => onOfficeChange(e.target.value)}
            required
          >
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6">
          <SelectField label={t('agenda.service')} value={serviceType} error={serviceError} onChange={(e) => setServiceType(e.target.value)} required>
            {services.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <TextareaField
        label={t('agenda.invitations.invite.fiscalCodes')}
        hint={t('agenda.invitations.invite.fiscalCodesHint')}
        value={text}
        error={fiscalCodesError}
        onChange={(e) => setText(e.target.value)}
        rows={6}
        required
        spellCheck={false}
        autoComplete="off"
      />
      <div className="row">
        <div className="col-sm-6 col-md-4">
          <TextField
            type="number"
            label={t('agenda.invitations.invite.withinDays')}
            hint={t('agenda.invitations.invite.withinDaysHint')}
            value={withinDays}
            error={withinDaysError}
            onChange={(e) => setWithinDays(e.target.value)}
            min={1}
            max={60}
            step={1}
            inputMode="numeric"
            required
          />
        </div>
      </div>
      <button type="submit" className="btn btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
        {t('agenda.invitations.invite.submit')}
      </button>
    </form>
  );
}
