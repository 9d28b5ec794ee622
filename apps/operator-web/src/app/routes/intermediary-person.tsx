import { DocumentUploadForm, Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useDelegatedPerson } from '../../features/intermediaries/api/use-delegated-person';
import { useUploadForPerson } from '../../features/intermediaries/api/use-upload-for-person';
import { BookForPersonForm } from '../../features/intermediaries/components/book-for-person-form';
import { PersonActions } from '../../features/intermediaries/components/person-actions';
import { PersonAppointments } from '../../features/intermediaries/components/person-appointments';
import { intermediariesPaths } from '../../features/intermediaries/intermediaries-paths';

const UPLOAD_TYPES = ['identity', 'cv', 'certificate', 'proof', 'other'] as const;

/** /assistiti/:citizenId: acting for one person, within what their delegation covers (never signing a patto). */
export function IntermediaryPersonRoute() {
  const { t } = useTranslation('operator');
  const citizenId = useParams().citizenId ?? '';
  const person = useDelegatedPerson(citizenId);
  const upload = useUploadForPerson(citizenId);
  const name = person.data ? `${person.data.givenName} ${person.data.familyName}` : '';
  useDocumentTitle(name ? t('intermediaries.acting.person.title', { name }) : t('intermediaries.acting.title'));
  const scopes = person.data?.delegation.scopes ?? [];
  return (
    <>
      <p>
        <Link to={intermediariesPaths.people}>{t('intermediaries.acting.person.back')}</Link>
      </p>
      {person.isPending ? (
        <Loading />
      ) : person.isError ? (
        <ProblemAlert error={person.error} />
      ) : (
        <>
          <h1>{t('intermediaries.acting.person.title', { name })}</h1>
          <p>{t('intermediaries.acting.scopes', { scopes: scopes.map((s) => t(`intermediaries.scopes.${s as 'did'}`)).join(', ') })}</p>
          {scopes.includes('appointments') && (
            <>
              <PersonAppointments citizenId={citizenId} />
              <BookForPersonForm citizenId={citizenId} officeId={person.data.officeId} personName={name} />
            </>
          )}
          {scopes.includes('documents') && <DocumentUploadForm upload={upload} types={UPLOAD_TYPES} />}
          <PersonActions citizenId={citizenId} />
        </>
      )}
    </>
  );
}
