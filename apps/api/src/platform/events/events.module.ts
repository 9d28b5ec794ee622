import { Global, Module } from '@nestjs/common';
import { DeadLettersService } from './dead-letters.service';
import { EventConsumers } from './event-consumers';
import { EventDeliveryRepository } from './event-delivery.repository';
import { EventOutbox } from './event-outbox';
import { EventRelay } from './event-relay';
import { OperatorEventsController } from './operator-events.controller';

/** Domain events: the outbox producers write to, the consumers' registry, the relay, and the managers' view of the queues. */
@Global()
@Module({
  controllers: [OperatorEventsController],
  providers: [EventOutbox, EventConsumers, EventDeliveryRepository, EventRelay, DeadLettersService],
  exports: [EventOutbox, EventConsumers, EventRelay],
})
export class EventsModule {}
