import { Loading, ProblemAlert, StatusMessage, useDocumentTitle } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyDid } from '../../features/did/api/use-my-did';
import { DidActiveSection } from '../../features/did/components/did-active-section';
import { DidForm } from '../../features/did/components/did-form';
import { DidHistorySection } from '../../features/did/components/did-history-section';
import { DidPrefillSection } from '../../features/did/components/did-prefill-section';
import { DidRevokeForm } from '../../features/did/components/did-revoke-form';
import '../../features/did/did.css';

/**
 * /did: "La mia disponibilità al lavoro (DID)". The registry data (read-only), then either the form to file the DID
 * or the active DID (status, how it was derived, the deadline to contact the CPI) and its revocation; then the
 * revoked ones.
 */
export function DidRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('did.title'));
  const did = useMyDid();
  const [notice, setNotice] = useState<'filed' | 'revoked' | undefined>();

  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('did.title')}</h1>
        <p className="lead">{t('did.intro')}</p>
        <StatusMessage focus>{notice ? t(notice === 'filed' ? 'did.filed' : 'did.revoke.done') : undefined}</StatusMessage>
        {did.isPending ? (
          <Loading />
        ) : did.isError ? (
          <ProblemAlert error={did.error} onRetry={() => void did.refetch()} />
        ) : (
          <>
            <DidPrefillSection prefill={did.data.prefill} />
            {did.data.active ? (
              <>
                <DidActiveSection did={did.data.active} employmentStatus={did.data.employmentStatus} />
                <DidRevokeForm onRevoked={() => setNotice('revoked')} />
              </>
            ) : (
              <section className="section-block">
                <DidForm onFiled={() => setNotice('filed')} profile={did.data.prefill.profile} />
              </section>
            )}
            <DidHistorySection history={did.data.history} />
          </>
        )}
      </div>
    </div>
  );
}
