import { CertificateVerificationEntity } from './entities/certificate-verification.entity';
import { CertificateEntity } from './entities/certificate.entity';

/** The certificazioni module's entities (schema `certificazioni`); apps/api/src/database/entities.ts concatenates the lists. */
export const CERTIFICAZIONI_ENTITIES = [CertificateEntity, CertificateVerificationEntity];
