import { Module } from '@nestjs/common';
import { SpCredentials } from '../saml/sp-credentials';
import { DevIdpController } from './dev-idp.controller';
import { DevIdpService } from './dev-idp.service';

@Module({ controllers: [DevIdpController], providers: [DevIdpService, SpCredentials] })
export class DevIdpModule {}
