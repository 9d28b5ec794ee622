import type { MigrationInterface } from 'typeorm';
import { Agenda1795418847524 } from './1795418847524-Agenda';
import { Notifications1795419456223 } from './1795419456223-Notifications';
import { Foundation1795416930971 } from './1795416930971-Foundation';
import { AgendaInvitations1795432819997 } from './1795432819997-AgendaInvitations';
import { AppointmentRecall1795434240797 } from './1795434240797-AppointmentRecall';
import { DeliveryReceipts1795437144718 } from './1795437144718-DeliveryReceipts';
import { PattoAgreements1795439706574 } from './1795439706574-PattoAgreements';
import { Matching1795441931148 } from './1795441931148-Matching';
import { MatchingKeys1795444033256 } from './1795444033256-MatchingKeys';
import { RecruitingDaySlots1795445948398 } from './1795445948398-RecruitingDaySlots';
import { NotificationDispatch1795449356185 } from './1795449356185-NotificationDispatch';
import { IdentityLogoutEidas1796190304528 } from './1796190304528-IdentityLogoutEidas';
import { EventOutbox1796210000000 } from './1796210000000-EventOutbox';
import { NationalSystemsSends1796210596508 } from './1796210596508-NationalSystemsSends';
import { PattoOverdueEvents1796210664425 } from './1796210664425-PattoOverdueEvents';
import { Condizionalita1796210674187 } from './1796210674187-Condizionalita';
import { ConvocationEvidence1796214819196 } from './1796214819196-ConvocationEvidence';

/** Every migration, in order. Add each new one here after reviewing it (never edit a merged one). */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Foundation1795416930971, Agenda1795418847524, Notifications1795419456223, AgendaInvitations1795432819997, AppointmentRecall1795434240797, DeliveryReceipts1795437144718, PattoAgreements1795439706574, Matching1795441931148, MatchingKeys1795444033256, RecruitingDaySlots1795445948398, NotificationDispatch1795449356185, IdentityLogoutEidas1796190304528, EventOutbox1796210000000, NationalSystemsSends1796210596508, PattoOverdueEvents1796210664425, Condizionalita1796210674187, ConvocationEvidence1796214819196];
