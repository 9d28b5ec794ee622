import { meanOf, surveyChannelOf, tokenHashOf, surveyTokenMessage } from './survey-token';

describe('survey token and small rules', () => {
  it('hashes tokens to 64 hex characters and signs one survey per message', () => {
    expect(tokenHashOf('k1.abc')).toMatch(/^[0-9a-f]{64}$/);
    expect(surveyTokenMessage('x')).toBe('survey:x');
  });
  it('maps appointment channels and rounds means', () => {
    expect(surveyChannelOf('video')).toBe('video');
    expect(surveyChannelOf('something')).toBe('unspecified');
    expect(meanOf(10, 3)).toBe(3.33);
    expect(meanOf(0, 0)).toBeUndefined();
  });
});
