import { describe, expect, it } from 'vitest';
import { pseudonymOf } from './pseudonyms.ts';

const secret = 'a-server-secret-that-is-long-enough-for-hmac';

describe('pseudonyms', () => {
  it('are stable for one person, tenant and purpose', () => {
    expect(pseudonymOf(secret, 'voter', 't1', 'u1')).toBe(pseudonymOf(secret, 'voter', 't1', 'u1'));
    expect(pseudonymOf(secret, 'voter', 't1', 'u1')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differ between purposes, so tables cannot be joined on them', () => {
    expect(pseudonymOf(secret, 'voter', 't1', 'u1')).not.toBe(pseudonymOf(secret, 'facilitator', 't1', 'u1'));
    expect(pseudonymOf(secret, 'voter', 't1', 'u1')).not.toBe(pseudonymOf(secret, 'participant', 't1', 'u1'));
  });

  it('differ between tenants and between secrets', () => {
    expect(pseudonymOf(secret, 'voter', 't1', 'u1')).not.toBe(pseudonymOf(secret, 'voter', 't2', 'u1'));
    expect(pseudonymOf(secret, 'voter', 't1', 'u1')).not.toBe(pseudonymOf(`${secret}-rotated`, 'voter', 't1', 'u1'));
  });

  it('do not contain the user id', () => {
    expect(pseudonymOf(secret, 'voter', 't1', 'user-123456')).not.toContain('123456');
  });
});
