import { InviteCompanyMemberBody } from '@opencpi/contracts/browser';
import { FormShell, FormTextField, ProblemAlert, StatusMessage, useMutationForm } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useInviteCompanyMember } from '../api/use-company-members';

interface InviteValues {
  fiscalCode: string;
  givenName: string;
  familyName: string;
}
const defaults = (): InviteValues => ({ fiscalCode: '', givenName: '', familyName: '' });
const toBody = (v: InviteValues): InviteCompanyMemberBody => ({ fiscalCode: v.fiscalCode.trim().toUpperCase(), givenName: v.givenName.trim(), familyName: v.familyName.trim() });

/** "Invita un collaboratore": fiscal code and name; they act for the company from their next sign-in. */
export function InviteMemberForm({ companyId }: { companyId: string }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const invite = useInviteCompanyMember(companyId);
  const { form, done, submit } = useMutationForm({ dto: InviteCompanyMemberBody, toBody, defaults, mutation: invite });
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('companies.profile.invite.title')}</h3>
      <p>{t('companies.profile.invite.intro')}</p>
      <StatusMessage>{done ? <p>{t('companies.profile.invite.done')}</p> : undefined}</StatusMessage>
      <FormShell form={form} onValid={submit}>
        <FormTextField name="fiscalCode" label={t('companies.profile.invite.fiscalCode')} autoCapitalize="characters" />
        <FormTextField name="givenName" label={t('companies.profile.invite.givenName')} />
        <FormTextField name="familyName" label={t('companies.profile.invite.familyName')} />
        {invite.isError && <ProblemAlert error={invite.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={invite.isPending}>
            {t('companies.profile.invite.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
