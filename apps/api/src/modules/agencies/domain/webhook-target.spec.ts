import { isInternalAddress } from './webhook-target';

describe('webhook targets (SSRF guard)', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.20.0.5', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', 'not-an-ip'])(
    'refuses %s',
    (a) => expect(isInternalAddress(a)).toBe(true),
  );
  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('allows %s', (a) => expect(isInternalAddress(a)).toBe(false));
});
