import type { ChannelPort, OutgoingMessage } from '../ports/notification-channel.port';

/** For tests: records what would be sent; can be switched to fail, like a provider that is down. */
export class FakeChannelAdapter implements ChannelPort {
  readonly sent: OutgoingMessage[] = [];
  down = false;
  constructor(readonly channel: 'email' | 'sms' | 'io') {}

  async send(m: OutgoingMessage): Promise<string> {
    if (this.down) throw new Error(`${this.channel} provider unavailable (fake)`);
    this.sent.push(m);
    return `fake-${m.id}`;
  }
}
