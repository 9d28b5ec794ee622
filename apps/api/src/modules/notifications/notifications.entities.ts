import { DeliveryAttemptEntity } from './entities/delivery-attempt.entity';
import { DeliveryReceiptEntity } from './entities/delivery-receipt.entity';
import { DevMailEntity } from './entities/dev-mail.entity';
import { MessageEntity } from './entities/message.entity';
import { PreferenceEntity } from './entities/preference.entity';

/**
 * The notifications module's entities (schema `notifications`), registered by the module that owns them: a new entity goes here.
 * apps/api/src/database/entities.ts concatenates the lists for the DataSource.
 */
export const NOTIFICATIONS_ENTITIES = [MessageEntity, DeliveryAttemptEntity, DeliveryReceiptEntity, PreferenceEntity, DevMailEntity];
