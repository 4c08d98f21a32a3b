import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const getAuthToken = vi.fn<() => Promise<string>>();
vi.mock('@microsoft/teams-js', () => ({ authentication: { getAuthToken: () => getAuthToken() } }));

const { getApiToken, setSignInTimeoutMs, SIGN_IN_TIMEOUT_MS, SignInFailure, tenantOf } = await import('./authToken.ts');

function jwt(claims: Record<string, unknown>): string {
  return `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.sig`;
}

describe('the API token from Teams', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    setSignInTimeoutMs(SIGN_IN_TIMEOUT_MS);
    vi.useRealTimers();
    getAuthToken.mockReset();
  });

  it('gives up with a timeout when Teams never answers', async () => {
    getAuthToken.mockReturnValue(new Promise(() => undefined));
    const token = getApiToken({ refresh: true });
    const failure = expect(token).rejects.toMatchObject({ name: 'SignInFailure', timedOut: true });
    await vi.advanceTimersByTimeAsync(SIGN_IN_TIMEOUT_MS);
    await failure;
  });

  it('waits the full bound before giving up', async () => {
    getAuthToken.mockReturnValue(new Promise(() => undefined));
    let settled = false;
    getApiToken({ refresh: true }).catch(() => (settled = true));
    await vi.advanceTimersByTimeAsync(SIGN_IN_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('applies a shortened bound to the request already waiting, counted from its start', async () => {
    getAuthToken.mockReturnValue(new Promise(() => undefined));
    const token = getApiToken({ refresh: true });
    const failure = expect(token).rejects.toBeInstanceOf(SignInFailure);
    await vi.advanceTimersByTimeAsync(400);
    setSignInTimeoutMs(300);
    await vi.advanceTimersByTimeAsync(0);
    await failure;
  });

  it('hands on Teams’ reason when it refuses', async () => {
    getAuthToken.mockRejectedValue(new Error('resourceRequiresConsent'));
    await expect(getApiToken({ refresh: true })).rejects.toMatchObject({ reason: 'resourceRequiresConsent', timedOut: false });
  });

  it('asks Teams again after a timeout', async () => {
    getAuthToken.mockReturnValueOnce(new Promise(() => undefined));
    const first = expect(getApiToken({ refresh: true })).rejects.toMatchObject({ timedOut: true });
    await vi.advanceTimersByTimeAsync(SIGN_IN_TIMEOUT_MS);
    await first;
    const token = jwt({ tid: 'contoso', exp: Math.floor(Date.now() / 1000) + 3600 });
    getAuthToken.mockResolvedValueOnce(token);
    await expect(getApiToken()).resolves.toBe(token);
  });
});

describe('the organisation a token was issued for', () => {
  it('is its tid claim', () => {
    expect(tenantOf(jwt({ tid: '72f988bf-86f1-41af-91ab-2d7cd011db47' }))).toBe('72f988bf-86f1-41af-91ab-2d7cd011db47');
  });

  it('is unknown for a token without one, or no JWT at all', () => {
    expect(tenantOf(jwt({ oid: 'x' }))).toBeUndefined();
    expect(tenantOf('not-a-token')).toBeUndefined();
  });
});
