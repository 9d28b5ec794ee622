import { COMPANY_MAX_SITES, RegisterCompanyBody } from '@opencpi/contracts/browser';
import { FormCheckboxField, FormShell, FormTextField, ProblemAlert, RepeatableRows, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useRegisterCompany } from '../api/use-register-company';

interface RegisterValues {
  name: string;
  vatNumber: string;
  fiscalCode: string;
  atecoCode: string;
  sites: { comuneIstat: string; address: string }[];
  legalRepresentative: boolean;
}
const defaults = (): RegisterValues => ({ name: '', vatNumber: '', fiscalCode: '', atecoCode: '', sites: [{ comuneIstat: '', address: '' }], legalRepresentative: false });
const toBody = (v: RegisterValues): RegisterCompanyBody => ({
  name: v.name.trim(),
  vatNumber: v.vatNumber.trim(),
  ...(v.fiscalCode.trim() ? { fiscalCode: v.fiscalCode.trim().toUpperCase() } : {}),
  atecoCode: v.atecoCode.trim(),
  legalRepresentative: v.legalRepresentative,
  sites: v.sites.map((s) => ({ comuneIstat: s.comuneIstat.trim(), address: s.address.trim() })),
});

/**
 * "Registra la tua impresa": name, partita IVA (check digit checked by the shared DTO), codice fiscale when different,
 * ATECO code, the sites (the first is the main one: its CPI reviews the company) and the legal representative's
 * declaration. On success `onRegistered` gets the new (pending) company's id.
 */
export function RegisterCompanyForm({ onRegistered }: { onRegistered: (companyId: string) => void }) {
  const { t } = useTranslation('citizen');
  const register = useRegisterCompany();
  // the page moves on to the new company: the values are not reset
  const { form, submit } = useMutationForm({ dto: RegisterCompanyBody, toBody, defaults, mutation: register, onSaved: (company) => onRegistered(company.id), reset: false });
  const messages: FieldMessages = (field, type) => {
    if (type === 'server') return undefined; // the server's code (e.g. COMPANY_ALREADY_REGISTERED) is worded by the shared messages
    if (field === 'vatNumber') return t('companies.register.errors.vatNumber');
    if (field === 'fiscalCode') return t('companies.register.errors.fiscalCode');
    if (field === 'atecoCode') return t('companies.register.errors.atecoCode');
    if (field === 'legalRepresentative') return t('companies.register.errors.legalRepresentative');
    if (/^sites\.\d+\.comuneIstat$/.test(field)) return t('companies.register.errors.comune');
    return undefined;
  };

  return (
    <FormShell form={form} messages={messages} onValid={submit}>
      <FormTextField name="name" label={t('companies.register.name')} autoComplete="organization" />
      <FormTextField name="vatNumber" label={t('companies.register.vatNumber')} hint={t('companies.register.vatNumberHint')} inputMode="numeric" />
      <FormTextField name="fiscalCode" label={t('companies.register.fiscalCode')} />
      <FormTextField name="atecoCode" label={t('companies.register.atecoCode')} hint={t('companies.register.atecoCodeHint')} />
      <RepeatableRows
        name="sites"
        title={t('companies.register.sites')}
        rowLegend={(i) => (i === 0 ? t('companies.register.mainSite') : t('companies.register.site', { n: i + 1 }))}
        renderRow={(i) => (
          <>
            <FormTextField name={`sites.${i}.comuneIstat`} label={t('companies.register.comune')} hint={t('companies.register.comuneHint')} inputMode="numeric" />
            <FormTextField name={`sites.${i}.address`} label={t('companies.register.address')} autoComplete="street-address" />
          </>
        )}
        newRow={() => ({ comuneIstat: '', address: '' })}
        addLabel={t('companies.register.addSite')}
        removeLabel={(i) => t('companies.register.removeSite', { n: i + 1 })}
        empty={<p>{t('companies.register.noSites')}</p>}
        max={COMPANY_MAX_SITES}
      />
      <FormCheckboxField name="legalRepresentative" label={t('companies.register.legalRepresentative')} />
      {register.isError && <ProblemAlert error={register.error} />}
      <p className="form-text">{t('companies.register.help')}</p>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={register.isPending}>
          {register.isPending ? t('companies.register.submitting') : t('companies.register.submit')}
        </button>
      </div>
    </FormShell>
  );
}
