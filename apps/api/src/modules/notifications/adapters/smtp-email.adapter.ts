import nodemailer, { type Transporter } from 'nodemailer';
import type { ChannelPort, OutgoingMessage } from '../ports/notification-channel.port';

/** E-mail through an SMTP server (nodemailer). The Message-ID carries our message id. */
export class SmtpEmailAdapter implements ChannelPort {
  readonly channel = 'email' as const;
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl, { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 } as never);
  }

  async send(m: OutgoingMessage): Promise<string> {
    const info = await this.transport.sendMail({
      from: this.from,
      to: m.address,
      subject: m.subject,
      text: m.body,
      messageId: `<${m.id}@opencpi>`,
      headers: { 'X-OpenCPI-Message': m.id },
    });
    return String(info.messageId ?? m.id);
  }
}
