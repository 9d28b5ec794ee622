import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PersonLink } from '../../citizens/components/person-link';
import { companyPath } from '../../companies/companies-paths';
import { useUnreadMessages } from '../api/use-unread-messages';
import { HomeBlock } from './home-block';

/**
 * "Messaggi da leggere": people (reserved area) and companies (company desk) of my offices who wrote and whose
 * messages the CPI has not read, latest first (dossier module). A person opens on the dossier's messages tab.
 */
export function UnreadMessagesBlock() {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const unread = useUnreadMessages();
  const items = unread.data?.items ?? [];
  return (
    <HomeBlock title={t('home.messages.title')} queries={[unread]}>
      {items.length === 0 ? (
        <p>{t('home.messages.empty')}</p>
      ) : (
        <DataTable caption={t('home.messages.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('home.messages.columns.from')}</th>
              <th scope="col">{t('home.messages.columns.unread')}</th>
              <th scope="col">{t('home.messages.columns.last')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={`${m.kind}-${m.id}`}>
                <th scope="row" className="fw-normal">
                  {m.kind === 'citizen' ? (
                    <PersonLink citizenId={m.id} tab="documents">
                      {m.name}
                    </PersonLink>
                  ) : (
                    <>
                      <Link to={companyPath(m.id)}>{m.name}</Link> <span className="small text-muted-aa">({t('home.messages.company')})</span>
                    </>
                  )}
                </th>
                <td>{m.unread}</td>
                <td className="text-nowrap">
                  <time dateTime={m.lastSentAt}>{f.dateTime(m.lastSentAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </HomeBlock>
  );
}
