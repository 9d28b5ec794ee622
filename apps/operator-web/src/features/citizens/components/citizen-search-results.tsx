import type { CitizenSearchResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { PersonLink } from './person-link';

export interface CitizenSearchResultsProps {
  result: CitizenSearchResponse;
  /** link to another page of results */
  pageHref: (offset: number) => string;
}

/** The results table: "Cognome Nome" links to the dossier; then fiscal code, birth date and office. */
export function CitizenSearchResults({ result, pageHref }: CitizenSearchResultsProps) {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation('common');
  const f = useFormatters();
  const location = useLocation();
  const { items, total, limit, offset } = result;
  const hasPrevious = offset > 0;
  const hasNext = offset + items.length < total;

  return (
    <>
      <p className="fw-semibold">
        {t('search.count', { count: total })} {total > items.length && items.length > 0 && t('search.range', { from: offset + 1, to: offset + items.length, total })}
      </p>
      {items.length === 0 ? (
        <p>{t('search.none')}</p>
      ) : (
        <DataTable caption={t('search.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('search.columns.name')}</th>
              <th scope="col">{t('search.columns.fiscalCode')}</th>
              <th scope="col">{t('search.columns.birthDate')}</th>
              <th scope="col">{t('search.columns.office')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <PersonLink citizenId={c.id} state={{ search: location.search }}>
                    {c.familyName} {c.givenName}
                  </PersonLink>
                </th>
                <td className="fiscal-code">{c.fiscalCode}</td>
                <td>{c.birthDate ? <time dateTime={c.birthDate}>{f.date(c.birthDate, 'short')}</time> : tc('notAvailable')}</td>
                <td>{c.officeName ?? tc('notAvailable')}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {(hasPrevious || hasNext) && (
        <nav aria-label={t('search.pagination')} className="d-flex flex-wrap gap-3 mt-3">
          {hasPrevious && (
            <Link className="btn btn-outline-primary" to={pageHref(Math.max(0, offset - limit))}>
              {t('search.previous')}
            </Link>
          )}
          {hasNext && (
            <Link className="btn btn-outline-primary" to={pageHref(offset + limit)}>
              {t('search.next')}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
