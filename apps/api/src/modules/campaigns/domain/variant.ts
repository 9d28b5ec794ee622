import { createHash } from 'node:crypto';

/**
 * The variant a person gets: always A with one variant; with two, a deterministic half split by a hash of the
 * campaign and the person (the same person in the same campaign always gets the same variant, whatever the order).
 */
export function variantOf(campaignId: string, citizenId: string, variants: number): 'A' | 'B' {
  if (variants < 2) return 'A';
  const first = createHash('sha256').update(`${campaignId}:${citizenId}`).digest()[0] as number;
  return first % 2 === 0 ? 'A' : 'B';
}
