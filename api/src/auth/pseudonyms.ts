import { createHmac } from 'node:crypto';

/**
 * Pseudonymous, stable keys for one person in one tenant. Storage only ever sees these keys.
 *
 * - Each tenant gets its own key, derived from the server secret, so keys of two tenants are
 *   unrelated and one tenant's key can be derived anew without touching another's.
 * - Each purpose gets its own key, so rows of different tables cannot be joined: the session
 *   row that knows its facilitator, or the participant list with names, says nothing about
 *   which vote rows are that person's, even to someone who reads the tables.
 */
export const pseudonymPurposes = ['voter', 'facilitator', 'participant', 'quota'] as const;
export type PseudonymPurpose = (typeof pseudonymPurposes)[number];

export function tenantKeyOf(secret: string, tenantId: string): Buffer {
  return createHmac('sha256', secret).update(`tenant\u0000${tenantId}`).digest();
}

export function pseudonymOf(secret: string, purpose: PseudonymPurpose, tenantId: string, userId: string): string {
  return createHmac('sha256', tenantKeyOf(secret, tenantId)).update(`${purpose}\u0000${userId}`).digest('hex');
}
