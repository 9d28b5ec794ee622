import { VerificationCodeParam } from '@opencpi/contracts/browser';
import { FormShell, FormTextField, useDtoForm, type FieldMessages } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { verifyPath } from '../certificates-paths';

interface CodeValues {
  code: string;
}
const toBody = (v: CodeValues): VerificationCodeParam => ({ code: v.code.trim() });
/** as printed: XXXX-XXXX-XXXX-XXXX, whatever the person typed */
const grouped = (code: string) =>
  (
    code
      .toUpperCase()
      .replace(/[\s-]/g, '')
      .match(/.{1,4}/g) ?? []
  ).join('-');

/** "Codice di verifica": opens /verifica/<code> (the same page the QR code opens). */
export function VerifyCodeForm({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation('citizen');
  const navigate = useNavigate();
  const form = useDtoForm<CodeValues, VerificationCodeParam>({ dto: VerificationCodeParam, toBody, defaultValues: { code: initial }, serverError: undefined });
  const messages: FieldMessages = (field) => (field === 'code' ? t('certificates.verify.codeInvalid') : undefined);
  return (
    <FormShell form={form} messages={messages} onValid={(v) => void navigate(`${verifyPath}/${grouped(v.code)}`)}>
      <FormTextField name="code" label={t('certificates.verify.code')} hint={t('certificates.verify.codeHint')} autoComplete="off" spellCheck={false} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary form-submit">
          {t('certificates.verify.check')}
        </button>
      </div>
    </FormShell>
  );
}
