import 'reflect-metadata';
import { createApp } from './bootstrap';
import { EnvValidationError, validateEnv } from './config/env';

async function main(): Promise<void> {
  let env;
  try {
    env = validateEnv(process.env);
  } catch (e) {
    if (e instanceof EnvValidationError) {
      process.stderr.write(`${e.message}\n(see .env.example)\n`);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
  const app = await createApp(env);
  await app.listen(env.PORT);
}

void main();
