import { DailyAggregateEntity } from './entities/daily-aggregate.entity';
import { QuestionSetEntity } from './entities/question-set.entity';
import { SurveyAnswerEntity } from './entities/survey-answer.entity';
import { SurveyInvitationEntity } from './entities/survey-invitation.entity';

/** The surveys module's entities (schema `surveys`); apps/api/src/database/entities.ts concatenates the lists. */
export const SURVEYS_ENTITIES = [QuestionSetEntity, SurveyInvitationEntity, SurveyAnswerEntity, DailyAggregateEntity];
