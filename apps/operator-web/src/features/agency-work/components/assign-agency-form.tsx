import type { AssignableAgencyResponse } from '@opencpi/contracts';
import { CreateAssignmentBody } from '@opencpi/contracts/browser';
import { FormSelectField, FormShell, ProblemAlert, StatusMessage, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useAssignToAgency } from '../api/use-assign-to-agency';

interface AssignValues {
  agencyId: string;
}

/** "Assegna a un'agenzia" (GOL pathway): an accredited agency of the person's region, chosen by the CPI operator. */
export function AssignAgencyForm({ citizenId, agencies }: { citizenId: string; agencies: AssignableAgencyResponse[] }) {
  const { t } = useTranslation('operator');
  const assign = useAssignToAgency(citizenId);
  const toBody = (v: AssignValues): CreateAssignmentBody => ({ citizenId, agencyId: v.agencyId, pathway: 'gol' });
  const { form, done, submit } = useMutationForm({ dto: CreateAssignmentBody, toBody, defaults: { agencyId: '' }, mutation: assign });
  const messages: FieldMessages = (field) => (field === 'agencyId' ? t('agencyWork.assign.agencyError') : undefined);
  if (agencies.length === 0) return <p>{t('agencyWork.assign.noAgencies')}</p>;
  return (
    <div role="group" aria-label={t('agencyWork.assign.title')}>
      <h3 className="h5">{t('agencyWork.assign.title')}</h3>
      <StatusMessage>{done ? <p className="mb-0">{t('agencyWork.assign.done')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        <div className="row">
          <div className="col-md-8 col-lg-6">
            <FormSelectField name="agencyId" label={t('agencyWork.assign.agency')} hint={t('agencyWork.assign.hint')}>
              <option value="">{t('agencyWork.assign.choose')}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {t('agencyWork.assign.option', { name: a.name, code: a.accreditationCode })}
                </option>
              ))}
            </FormSelectField>
          </div>
        </div>
        {assign.isError && <ProblemAlert error={assign.error} />}
        <button type="submit" className="btn btn-outline-primary" aria-busy={assign.isPending}>
          {t('agencyWork.assign.submit')}
        </button>
      </FormShell>
    </div>
  );
}
