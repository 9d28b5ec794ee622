import { IvcAssessorEntity } from './entities/assessor.entity';
import { IvcCaseEntity } from './entities/case.entity';
import { IvcCompetenceEntity } from './entities/competence.entity';
import { IvcEvidenceEntity } from './entities/evidence.entity';
import { IvcJudgementEntity } from './entities/judgement.entity';
import { IvcOutputEntity } from './entities/output.entity';
import { IvcQualificationEntity } from './entities/qualification.entity';

/** The ivc module's entities (schema `ivc`); apps/api/src/database/entities.ts concatenates the lists. */
export const IVC_ENTITIES = [IvcQualificationEntity, IvcCompetenceEntity, IvcAssessorEntity, IvcCaseEntity, IvcEvidenceEntity, IvcJudgementEntity, IvcOutputEntity];
