import { Injectable } from '@nestjs/common';
import { Env } from '../../../config/env';
import { KeyRing } from '../../../platform/keys/key-ring';

/** The signed links of an appointment: the "are you coming?" recall (no login) and the video room. */
@Injectable()
export class AppointmentLinks {
  constructor(
    private readonly env: Env,
    private readonly keys: KeyRing,
  ) {}

  // `<kid>.<mac>` under the recall-link key: links sent before a key rotation verify while their kid is listed
  private recallSignature(appointmentId: string): string {
    return this.keys.sign('recall-link', `recall:${appointmentId}`);
  }
  recallLink(appointmentId: string): string {
    return `${this.env.CITIZEN_WEB_URL}/presenza/${appointmentId}/${this.recallSignature(appointmentId)}`;
  }
  recallSignatureValid(appointmentId: string, signature: string): boolean {
    return this.keys.verify('recall-link', `recall:${appointmentId}`, signature);
  }

  /**
   * The video room of a remote appointment: an unguessable name derived from the appointment (HMAC under the
   * video-room key, its kid in the name), on the configured provider. Computed when shown: after a key rotation
   * both parties are shown the new room (a call in progress at that moment would have to be rejoined).
   */
  readonly videoRoom = (appointmentId: string): string => {
    const [kid, mac] = this.keys.sign('video-room', `video:${appointmentId}`).split('.') as [string, string];
    return `${this.env.VIDEO_ROOM_BASE_URL.replace(/\/$/, '')}/OpenCPI-${kid}-${mac.slice(0, 22)}`;
  };
}
