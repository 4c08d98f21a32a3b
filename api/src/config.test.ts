/** App settings that decide who may call: tenancy (infra/README.md, "Tenancy"). */
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from './config.ts';

const base = {
  VOTER_KEY_SECRET: 'a-secret-that-is-long-enough-0123456789',
  AUTH_JWKS_URL: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
  AUTH_ISSUER: 'https://login.microsoftonline.com/{tenantid}/v2.0',
  AUTH_AUDIENCE: 'api://pulse.contoso.com/client',
  AUTH_CLIENT_ID: 'client',
  AUTH_CLIENT_SECRET: 'secret',
};

describe('tenancy settings', () => {
  it('refuses to start multi-tenant without a list of the tenants that may call', () => {
    expect(() => configFromEnv({ ...base, AUTH_SIGN_IN_AUDIENCE: 'AzureADMultipleOrgs' })).toThrow(ConfigError);
    expect(() => configFromEnv({ ...base, AUTH_SIGN_IN_AUDIENCE: 'AzureADMultipleOrgs', ALLOWED_TENANT_IDS: ' , ' })).toThrow(/ALLOWED_TENANT_IDS/);
    const multi = configFromEnv({ ...base, AUTH_SIGN_IN_AUDIENCE: 'AzureADMultipleOrgs', ALLOWED_TENANT_IDS: 'tenant-a, tenant-b' });
    expect(multi.auth.allowedTenants).toEqual(['tenant-a', 'tenant-b']);
  });

  it('starts single-tenant with or without a list, and refuses an audience it does not know', () => {
    expect(configFromEnv({ ...base, AUTH_SIGN_IN_AUDIENCE: 'AzureADMyOrg' }).auth.allowedTenants).toBeUndefined();
    expect(configFromEnv({ ...base, AUTH_SIGN_IN_AUDIENCE: 'AzureADMyOrg', ALLOWED_TENANT_IDS: 'home' }).auth.allowedTenants).toEqual(['home']);
    expect(configFromEnv(base).auth.allowedTenants).toBeUndefined();
    expect(() => configFromEnv({ ...base, AUTH_SIGN_IN_AUDIENCE: 'AzureADandPersonalMicrosoftAccount' })).toThrow(/AzureADMyOrg or AzureADMultipleOrgs/);
  });
});
