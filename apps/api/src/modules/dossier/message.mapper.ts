import type { MessageResponse } from '@opencpi/contracts';
import type { DossierMessageEntity } from './entities/dossier-message.entity';

/** A message of either thread (a person's, a company's) → the response. */
export const toMessage = (m: DossierMessageEntity): MessageResponse => ({
  id: m.id,
  senderRole: m.senderRole,
  senderName: m.senderName,
  body: m.body,
  sentAt: m.sentAt.toISOString(),
  ...(m.readAt ? { readAt: m.readAt.toISOString() } : {}),
});
