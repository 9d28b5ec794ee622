import { CertificateVerificationEntity } from './entities/certificate-verification.entity';
import { CertificateEntity } from './entities/certificate.entity';
import { CredentialStatusEntryEntity, CredentialStatusListEntity } from './entities/credential-status.entity';
import { CredentialVerificationEntity } from './entities/credential-verification.entity';
import { CredentialEntity } from './entities/credential.entity';

/** The certificazioni module's entities (schema `certificazioni`); apps/api/src/database/entities.ts concatenates the lists. */
export const CERTIFICAZIONI_ENTITIES = [
  CertificateEntity,
  CertificateVerificationEntity,
  CredentialStatusListEntity,
  CredentialStatusEntryEntity,
  CredentialEntity,
  CredentialVerificationEntity,
];
