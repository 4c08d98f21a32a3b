/**
 * Anonymity rules. A result is shown only when enough distinct people rated: with one or two
 * voters, anyone who knows who voted can work out each rating.
 */

export const minimumAnonymityThreshold = 3;

export interface AnonymityPolicy {
  /** Distinct voters a statement needs before its score and distribution are shown. */
  threshold: number;
}

export const defaultAnonymityPolicy: AnonymityPolicy = { threshold: minimumAnonymityThreshold };

/** A configured threshold can be stricter than the default, never weaker. */
export function anonymityPolicy(configuredThreshold?: number): AnonymityPolicy {
  if (configuredThreshold === undefined || !Number.isFinite(configuredThreshold)) {
    return defaultAnonymityPolicy;
  }
  return { threshold: Math.max(minimumAnonymityThreshold, Math.floor(configuredThreshold)) };
}

export function canShowResult(voters: number, policy: AnonymityPolicy): boolean {
  return voters >= policy.threshold;
}
