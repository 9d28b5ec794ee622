/** An outside system that delivers a message (SMTP server, SMS provider, App IO). */
export interface OutgoingMessage {
  id: string;
  address: string;
  subject: string;
  body: string;
  recipientFiscalCode: string;
}

export interface ChannelPort {
  readonly channel: 'email' | 'sms' | 'io';
  /** Sends once; `message.id` is passed to the provider as an idempotency key. Returns the provider's id. */
  send(message: OutgoingMessage): Promise<string>;
}

export const EMAIL_PORT = Symbol('EMAIL_PORT');
export const SMS_PORT = Symbol('SMS_PORT');
export const IO_PORT = Symbol('IO_PORT');
