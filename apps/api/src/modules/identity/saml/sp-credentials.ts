import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { Env } from '../../../config/env';

/** The service provider's signing key pair (SPID Avviso 29 v3 certificate). */
@Injectable()
export class SpCredentials {
  readonly privateKey: string;
  readonly certificate: string;
  constructor(env: Env) {
    this.privateKey = readFileSync(env.SP_PRIVATE_KEY_PATH, 'utf8');
    this.certificate = readFileSync(env.SP_CERT_PATH, 'utf8');
  }
}
