import { Global, Module } from '@nestjs/common';
import { EventConsumers } from './event-consumers';
import { EventOutbox } from './event-outbox';

@Global()
@Module({ providers: [EventOutbox, EventConsumers], exports: [EventOutbox, EventConsumers] })
export class EventsModule {}
