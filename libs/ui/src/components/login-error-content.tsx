import { Callout, CalloutText, CalloutTitle, Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../hooks/use-document-title';

/** Codes the API puts in `?code=` of /accesso/errore: the SPID courtesy-page codes and its own. */
export const LOGIN_ERROR_CODES = ['nr19', 'nr20', 'nr21', 'nr22', 'nr23', 'nr25', 'invalid', 'level', 'forbidden', 'eidas-unlinked'] as const;
export type LoginErrorCode = (typeof LOGIN_ERROR_CODES)[number];
export const isLoginErrorCode = (c: string | null | undefined): c is LoginErrorCode => !!c && (LOGIN_ERROR_CODES as readonly string[]).includes(c);

export interface LoginErrorContentProps {
  code: string | null;
  /** the correlation id (`?ref=`), to quote to the help desk */
  reference?: string | null;
  /** eIDAS identifier not yet linked (`?eidasId=`): the person shows it to the CPI operator */
  eidasId?: string | null;
  retryPath?: string;
  helpPath?: string;
}

/**
 * The courtesy page after a failed SPID/CIE login (AgID "messaggi di errore"): what happened in plain words,
 * what to do, a "Riprova" link back to the login page.
 */
export function LoginErrorContent({ code, reference, eidasId, retryPath = '/', helpPath = '/aiuto' }: LoginErrorContentProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('loginError.title'));
  const known = isLoginErrorCode(code) ? code : 'unknown';
  return (
    <div className="row">
      <div className="col-lg-8">
        <h1>{t('loginError.title')}</h1>
        <Callout color="warning" className="login-error">
          <CalloutTitle>
            <Icon icon="it-warning-circle" aria-hidden="true" />
            <span className="text">{t(`loginError.codes.${known}.title`)}</span>
          </CalloutTitle>
          <CalloutText>{t(`loginError.codes.${known}.text`)}</CalloutText>
          {known === 'eidas-unlinked' && eidasId && (
            <CalloutText>
              {t('loginError.eidasId')} <span className="font-monospace user-select-all">{eidasId}</span>
            </CalloutText>
          )}
          {reference && (
            <CalloutText className="small mb-0">
              {t('loginError.reference')} <span className="font-monospace user-select-all">{reference}</span>
            </CalloutText>
          )}
        </Callout>
        <p>
          <Link to={retryPath} className="btn btn-primary">
            {t('loginError.retry')}
          </Link>
        </p>
        <p>
          {t('loginError.helpPrompt')} <Link to={helpPath}>{t('loginError.helpLink')}</Link>
        </p>
      </div>
    </div>
  );
}
