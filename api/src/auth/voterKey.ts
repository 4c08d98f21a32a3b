import { createHmac } from 'node:crypto';

/**
 * A pseudonymous, stable key for one person in one tenant. Storage only ever sees this key,
 * so a dump of the tables cannot tell whose rating is whose without the server secret.
 */
export function voterKeyOf(secret: string, tenantId: string, userId: string): string {
  return createHmac('sha256', secret).update(`${tenantId}\u0000${userId}`).digest('hex');
}
