import type { CandidateSearchParams } from '@opencpi/api-client';
import type { CandidateResponse } from '@opencpi/contracts';
import { DataTable, Loading, ProblemAlert } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCandidates } from '../api/use-candidates';
import { useShortlistCandidates } from '../api/use-shortlist-candidates';
import { useExplanationLabels } from '../hooks/use-explanation-labels';
import { useMatchingLabels } from '../hooks/use-matching-labels';
import { CandidateFiltersForm } from './candidate-filters-form';
import { PersonLink } from '../../citizens/components/person-link';

const MAX_SHORTLIST = 50;

/** The table of ranked candidates, a checkbox in front of each ("Seleziona <name>"). */
function CandidatesTable({
  candidates,
  selected,
  onToggle,
}: {
  candidates: readonly CandidateResponse[];
  selected: ReadonlySet<string>;
  onToggle: (citizenId: string, checked: boolean) => void;
}) {
  const { t } = useTranslation('operator');
  const labels = useMatchingLabels();
  const explain = useExplanationLabels();
  const id = useId();
  return (
    <DataTable caption={t('matching.candidates.caption')} className="matching-table">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{t('matching.candidates.columns.select')}</span>
          </th>
          <th scope="col">{t('matching.candidates.columns.person')}</th>
          <th scope="col">{t('matching.candidates.columns.score')}</th>
          <th scope="col">{t('matching.candidates.columns.met')}</th>
          <th scope="col">{t('matching.candidates.columns.missing')}</th>
          <th scope="col">{t('matching.candidates.columns.distance')}</th>
          <th scope="col">{t('matching.candidates.columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {candidates.map((c) => {
          const inputId = `${id}-${c.citizenId}`;
          const met = c.explanation.metRequired.map((s) => s.label);
          return (
            <tr key={c.citizenId}>
              <td>
                <div className="form-check matching-check m-0">
                  <input id={inputId} type="checkbox" checked={selected.has(c.citizenId)} onChange={(e) => onToggle(c.citizenId, e.target.checked)} />
                  <label htmlFor={inputId} className="matching-select-label">
                    <span className="visually-hidden">{t('matching.candidates.select', { name: c.name })}</span>
                  </label>
                </div>
              </td>
              <th scope="row">
                <PersonLink citizenId={c.citizenId} className="d-block">
                  {c.name}
                </PersonLink>
                <span className="fiscal-code small fw-normal">{c.fiscalCode}</span>
              </th>
              <td className="text-nowrap">{labels.score(c.score)}</td>
              <td>{met.length > 0 ? met.join(', ') : labels.none}</td>
              <td>{explain.summary(c.explanation)}</td>
              <td className="text-nowrap">{labels.distance(c.explanation.distanceKm)}</td>
              <td>{labels.applicationStatus(c.applicationStatus)}</td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

/**
 * "Candidati": the filters (minimum fit, only people with every essential requirement), the ranked candidates with
 * what they have and what they lack, and "Aggiungi alla rosa" for the checked ones.
 */
export function CandidatesSection({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const [params, setParams] = useState<CandidateSearchParams>({});
  const candidates = useCandidates(vacancyId, params);
  const shortlist = useShortlistCandidates(vacancyId);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [added, setAdded] = useState(false);
  const [noneSelected, setNoneSelected] = useState(false);
  const items = candidates.data?.items ?? [];

  const filter = (next: CandidateSearchParams) => {
    setSelected(new Set());
    setAdded(false);
    // the same filters again: read the list again (new filters are a new query, fetched on their own)
    if (JSON.stringify(next) === JSON.stringify(params)) void candidates.refetch();
    else setParams(next);
  };

  const toggle = (citizenId: string, checked: boolean) => {
    setNoneSelected(false);
    setAdded(false);
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(citizenId);
      else next.delete(citizenId);
      return next;
    });
  };

  const add = () => {
    const citizenIds = items.filter((c) => selected.has(c.citizenId)).map((c) => c.citizenId);
    setAdded(false);
    if (citizenIds.length === 0) {
      setNoneSelected(true);
      shortlist.reset();
      return;
    }
    setNoneSelected(false);
    shortlist.mutate(citizenIds.slice(0, MAX_SHORTLIST), {
      onSuccess: () => {
        setSelected(new Set());
        setAdded(true);
        statusRef.current?.focus();
      },
    });
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.candidates.title')}</h2>
      <p>{t('matching.candidates.intro')}</p>
      <CandidateFiltersForm onFilter={filter} error={candidates.error} />
      {candidates.isPending ? (
        <Loading />
      ) : candidates.isError ? (
        <ProblemAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('matching.candidates.empty')}</p>
      ) : (
        <>
          <CandidatesTable candidates={items} selected={selected} onToggle={toggle} />
          {shortlist.isError && <ProblemAlert error={shortlist.error} />}
          {noneSelected && (
            <p className="text-field__error invalid-feedback d-block" role="alert">
              {t('matching.candidates.noneSelected')}
            </p>
          )}
          <button type="button" className="btn btn-primary" disabled={shortlist.isPending} aria-busy={shortlist.isPending} onClick={add}>
            {t('matching.candidates.add')}
          </button>
        </>
      )}
      <div ref={statusRef} role="status" tabIndex={-1} className="mt-3">
        {added && <p className="alert alert-success">{t('matching.candidates.added')}</p>}
      </div>
    </section>
  );
}
