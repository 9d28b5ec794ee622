import { operatorPattoPdfUrl } from '@opencpi/api-client';
import type { PattoResponse, PattoVersionResponse } from '@opencpi/contracts';
import { useFormatters, usePattoSummary } from '@opencpi/i18n';
import { DataList, Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { usePatto } from '../../features/patto/api/use-patto';
import { useProposePatto } from '../../features/patto/api/use-propose-patto';
import { ClosePattoForm } from '../../features/patto/components/close-patto-form';
import { DraftEditor } from '../../features/patto/components/draft-editor';
import { PattoDiff } from '../../features/patto/components/patto-diff';
import { PreviousVersions } from '../../features/patto/components/previous-versions';
import { SignaturesSection } from '../../features/patto/components/signatures-section';
import { usePattoLabels } from '../../features/patto/hooks/use-patto-labels';
import { isPattoNotice, type PattoNotice } from '../../features/patto/patto-notice';
import { paths } from '../paths';

/** The current version: the one numbered `currentVersion`, else the highest. */
function currentVersionOf(patto: PattoResponse): PattoVersionResponse | undefined {
  return patto.versions.find((v) => v.version === patto.currentVersion) ?? [...patto.versions].sort((a, b) => b.version - a.version)[0];
}

/**
 * /patti/:pattoId: the current version of a patto (number, status, responsible, full text) and what can be done in
 * its state: edit and propose a draft; see the signatures, countersign, upload a copy signed in person; download a
 * signed one or start a new version; the changes from the previous version; older versions; close it.
 */
export function PattoRoute() {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const summary = usePattoSummary();
  const labels = usePattoLabels();
  const { pattoId = '' } = useParams();
  const location = useLocation();
  const query = usePatto(pattoId);
  const propose = useProposePatto(pattoId);
  const patto = query.data;
  const title = patto ? t('patto.title', { name: patto.citizenName }) : t('patto.fallbackTitle');
  useDocumentTitle(title);
  const initialNotice = (location.state as { notice?: unknown } | null)?.notice;
  const [notice, setNotice] = useState<PattoNotice | undefined>(isPattoNotice(initialNotice) ? initialNotice : undefined);
  const [amending, setAmending] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const amendButtonRef = useRef<HTMLButtonElement>(null);
  const textId = useId();
  const signedId = useId();

  const noticeText: Record<PattoNotice, string> = {
    saved: t('patto.saved'),
    proposed: t('patto.proposed'),
    countersigned: t('patto.signatures.countersigned'),
    uploaded: t('patto.signatures.inPerson.uploaded'),
    amendSaved: t('patto.signed.amendSaved'),
    closed: t('patto.close.closed'),
  };

  const announce = (what: PattoNotice) => {
    setNotice(what);
    statusRef.current?.focus();
  };

  const version = patto ? currentVersionOf(patto) : undefined;
  const closed = patto?.status === 'closed' || version?.status === 'closed';
  const signed = version?.status === 'signed' || !!version?.signedAt;
  const older = patto && version ? [...patto.versions].filter((v) => v.version !== version.version).sort((a, b) => b.version - a.version) : [];

  return (
    <>
      <h1>{title}</h1>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {notice && <p className="alert alert-success">{noticeText[notice]}</p>}
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !version ? (
        <ProblemAlert error={undefined} />
      ) : (
        <>
          <p>
            <Link to={paths.pathway(query.data.citizenId)}>{t('patto.backToPerson', { name: query.data.citizenName })}</Link>
          </p>
          <p className="h4">{t('patto.version', { version: version.version })}</p>
          <DataList
            items={[
              { label: t('patto.status'), value: labels.pattoStatus(closed ? 'closed' : version.status) },
              { label: t('patto.responsible'), value: version.content.responsibleName },
              { label: t('patto.office'), value: query.data.officeName },
              ...(query.data.closedAt ? [{ label: t('patto.closedOn', { date: f.dateTime(query.data.closedAt) }), value: query.data.closeReason }] : []),
            ]}
          />

          <section className="section-block" aria-labelledby={textId}>
            <h2 id={textId}>{t('patto.text.title')}</h2>
            {version.summary && (
              <div className="patto-summary">
                <p className="fw-semibold mb-1">{t('patto.text.summary')}</p>
                <p>{summary(version.content, query.data.officeName)}</p>
              </div>
            )}
            <div className="patto-text" role="region" aria-label={t('patto.text.region')} tabIndex={0}>
              {version.fullText}
            </div>
          </section>

          {version.status === 'draft' && !closed && (
            <>
              <DraftEditor key={version.version} patto={query.data} version={version} onSaved={() => announce('saved')} />
              <div className="mt-4">
                <p>{t('patto.proposeHint')}</p>
                {propose.isError && <ProblemAlert error={propose.error} />}
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={propose.isPending}
                  aria-busy={propose.isPending}
                  onClick={() => propose.mutate(undefined, { onSuccess: () => announce('proposed') })}
                >
                  {t('patto.propose')}
                </button>
              </div>
            </>
          )}

          {(version.status === 'proposed' || version.status === 'signed' || version.signatures.length > 0) && (
            <SignaturesSection
              pattoId={query.data.id}
              version={version}
              closed={closed}
              onCountersigned={() => announce('countersigned')}
              onUploaded={() => announce('uploaded')}
            />
          )}

          {signed && !closed && (
            <>
              <section className="section-block" aria-labelledby={signedId}>
                <h2 id={signedId}>{t('patto.signed.title')}</h2>
                <p className="d-flex flex-wrap gap-3 align-items-center">
                  <a className="btn btn-outline-primary" href={operatorPattoPdfUrl(query.data.id, version.version)}>
                    {t('patto.signed.pdf', { version: version.version })}
                  </a>
                  <button ref={amendButtonRef} type="button" className="btn btn-outline-primary" aria-expanded={amending} onClick={() => setAmending((open) => !open)}>
                    {t('patto.signed.amend')}
                  </button>
                </p>
              </section>
              {amending && (
                <DraftEditor
                  patto={query.data}
                  version={version}
                  onSaved={() => {
                    setAmending(false);
                    announce('amendSaved');
                  }}
                  onCancel={() => {
                    setAmending(false);
                    amendButtonRef.current?.focus();
                  }}
                />
              )}
            </>
          )}
          {signed && closed && (
            <p>
              <a href={operatorPattoPdfUrl(query.data.id, version.version)}>{t('patto.signed.pdf', { version: version.version })}</a>
            </p>
          )}

          {version.diff && version.diff.length > 0 && <PattoDiff diff={version.diff} />}
          <PreviousVersions pattoId={query.data.id} versions={older} />
          {!closed && <ClosePattoForm pattoId={query.data.id} onClosed={() => announce('closed')} />}
        </>
      )}
    </>
  );
}
