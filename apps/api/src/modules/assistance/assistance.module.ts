import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { CitizenCallbacksController, OperatorCallbacksController } from './assistance.controllers';
import { CallbacksRepository } from './callbacks.repository';
import { CallbacksService } from './callbacks.service';

/** Assistance (issue 17): the help page's "Preferisco essere richiamato", and the operators' list of calls to make. */
@Module({
  imports: [RegistryModule],
  controllers: [CitizenCallbacksController, OperatorCallbacksController],
  providers: [CallbacksRepository, CallbacksService],
  exports: [CallbacksService],
})
export class AssistanceModule {}
