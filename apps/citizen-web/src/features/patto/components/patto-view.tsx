import { citizenPattoPdfUrl } from '@opencpi/api-client';
import { usePattoSummary } from '@opencpi/i18n';
import type { PattoResponse, PattoVersionResponse } from '@opencpi/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DueDate } from '../../shared/components/due-date';
import { useDates } from '../../shared/hooks/use-dates';
import { statusBadgeClass, usePattoLabels } from '../patto-labels';
import { pattoState } from '../patto-state';
import { PattoActionsSection } from './patto-actions-section';
import { PattoSignatureSection } from './patto-signature-section';
import { PattoSignaturesSection } from './patto-signatures-section';
import { BindingText, BindingTranslationNotice, StatusMessage, useBindingItalian } from '@opencpi/ui';

/** The status of a version; a proposed version the person already signed reads "signed by you, waiting" (patto-state.ts). */
function StatusBadge({ status, signedByMe = false }: { status: string; signedByMe?: boolean }) {
  const { t } = useTranslation('citizen');
  const labels = usePattoLabels();
  const waiting = status === 'proposed' && signedByMe;
  return (
    <p className="patto-status">
      <span className="fw-semibold">{t('patto.statusLabel')}</span>{' '}
      <span className={`badge ${waiting ? 'bg-success' : statusBadgeClass(status)}`}>{waiting ? t('home.patto.badgeWaiting') : labels.status(status)}</span>
    </p>
  );
}

/**
 * The person's current patto, by its last version: the status; while the CPI is still drafting, only that (and the
 * previous version, if there is one). Otherwise the due date for signing (while the person's signature is awaited),
 * the summary, the full text, the actions, the signature, the signatures and the PDF.
 */
export function PattoView({ patto }: { patto: PattoResponse }) {
  const { t } = useTranslation('citizen');
  const last = patto.versions[patto.versions.length - 1];
  // a draft's text is not shown: with an amendment in the works, the version before it is the one in force
  const shown = last?.status === 'draft' ? [...patto.versions].reverse().find((v) => v.status !== 'draft') : last;
  const state = pattoState(patto);
  if (!last) return null;
  return (
    <>
      <StatusBadge status={last.status} signedByMe={state.kind === 'waiting_others' && state.version === last} />
      {last.status === 'draft' && shown && <p>{t('patto.newVersionInProgress')}</p>}
      {shown && (
        <PattoVersionDetails patto={patto} version={shown} withStatus={shown !== last} dueDate={state.kind === 'to_sign' && state.version === shown ? state.dueDate : undefined} />
      )}
    </>
  );
}

function PattoVersionDetails({
  patto,
  version,
  withStatus,
  dueDate,
}: {
  patto: PattoResponse;
  version: PattoVersionResponse;
  withStatus: boolean;
  /** the due date for the person's signature (patto-state.ts), while this version waits for it */
  dueDate?: string;
}) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const labels = usePattoLabels();
  // only the Italian text binds: in another language, a notice and the Italian "In breve" on request
  const binding = useBindingItalian();
  const summary = usePattoSummary(binding.language);
  const summaryId = useId();
  const fullTextId = useId();
  const [justSigned, setJustSigned] = useState(false);

  const citizenSignature = version.signatures.find((s) => s.party === 'citizen');
  const missing = version.requiredParties.filter((party) => party !== 'citizen' && !version.signatures.some((s) => s.party === party));
  const canSign = version.status === 'proposed' && !citizenSignature;
  const hasPdf = version.status === 'proposed' || version.status === 'signed';

  return (
    <>
      <p className="text-muted-aa mb-2">{t('patto.version', { n: version.version, office: patto.officeName })}</p>
      {withStatus && <StatusBadge status={version.status} signedByMe={!!citizenSignature} />}
      {canSign && dueDate && (
        <p className="fw-semibold">
          <DueDate date={dueDate} dueKey="home.patto.signBy" />
        </p>
      )}

      <StatusMessage focus={justSigned}>
        {citizenSignature ? (
          <>
            <p className="fw-semibold mb-1">{t('patto.signed.done', { date: dates.day(citizenSignature.signedAt) })}</p>
            {missing.length > 0 && <p>{t('patto.signed.waiting', { parties: missing.map((p) => labels.party(p)).join(', ') })}</p>}
          </>
        ) : undefined}
      </StatusMessage>

      <section className="section-block" aria-labelledby={summaryId}>
        <h2 id={summaryId}>{t('patto.summary')}</h2>
        <BindingTranslationNotice binding={binding} />
        <BindingText binding={binding}>
          <p className="pre-line patto-summary">{summary(version.content, patto.officeName)}</p>
        </BindingText>
      </section>

      <section className="section-block" aria-labelledby={fullTextId}>
        <h2 id={fullTextId}>{t('patto.fullText')}</h2>
        {/* the full text is the one the CPI drafted and signs: always Italian */}
        <div className="patto-full-text pre-line" role="region" tabIndex={0} aria-label={t('patto.fullTextRegion')} lang="it" dir="ltr">
          {version.fullText}
        </div>
      </section>

      <PattoActionsSection content={version.content} />

      {canSign && <PattoSignatureSection patto={patto} version={version} onSigned={() => setJustSigned(true)} />}

      <PattoSignaturesSection version={version} />

      {hasPdf && (
        <p className="mt-4">
          <a href={citizenPattoPdfUrl(patto.id, version.version)} download>
            {t('patto.pdf', { n: version.version })}
          </a>
        </p>
      )}
    </>
  );
}
