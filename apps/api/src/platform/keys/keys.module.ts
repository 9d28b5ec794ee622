import { Global, Module } from '@nestjs/common';
import { KeyRing } from './key-ring';

/** The key ring, injectable everywhere (like Env). */
@Global()
@Module({ providers: [KeyRing], exports: [KeyRing] })
export class KeysModule {}
