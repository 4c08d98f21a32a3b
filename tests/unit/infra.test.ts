/**
 * Infrastructure and toolkit files, checked as far as this machine allows: the Bicep template
 * structurally (compiled too when a `bicep` CLI is on PATH or in BICEP_PATH), its parameter
 * files per environment, teamsapp.yml, the Entra app manifest, and the API build.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDotenv, placeholdersIn } from '../../appPackage/scripts/lib/env.mjs';
import { readZip } from '../../appPackage/scripts/lib/zip.mjs';
import { buildApi } from '../../infra/scripts/build-api.mjs';
import { renderParameters } from '../../infra/scripts/render-params.mjs';
import {
  COMMITTED_CONFIG_PATH,
  SwaConfigError,
  apiOriginOfEnvironment,
  renderSwaConfig,
  swaConfigText,
  writeDeployedSwaConfig,
} from '../../infra/scripts/render-swa-config.mjs';
import { TAB_FRAME_ANCESTORS } from '../../tab/securityHeaders.mjs';
import { appSettingsOf, parseBicep, usesOf, type BicepFile } from './bicepText.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const infra = join(root, 'infra');
const read = (...parts: string[]) => readFileSync(join(...parts), 'utf8');

const bicep: BicepFile = parseBicep(read(infra, 'main.bicep'));
const resource = (type: string) => {
  const found = bicep.resources.filter((entry) => entry.type === type);
  expect(found, `main.bicep declares a ${type}`).toHaveLength(1);
  return found[0]!;
};
const environments = readdirSync(join(infra, 'env'))
  .map((name) => /^\.env\.([\w-]+)$/.exec(name)?.[1])
  .filter((name): name is string => Boolean(name))
  .sort();

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-infra-'));
  temporary.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function bicepCli(): string | undefined {
  const candidates = [process.env.BICEP_PATH, 'bicep'].filter((value): value is string => Boolean(value));
  for (const candidate of candidates) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not installed
    }
  }
  return undefined;
}
const bicepPath = bicepCli();

describe('main.bicep (structure)', () => {
  it('parses: balanced brackets, closed strings, only known statements, no unused params or vars', () => {
    expect(bicep.targetScope).toBe('resourceGroup');
    for (const param of bicep.params) expect(usesOf(bicep, param.name), `param ${param.name} is used`).toBeGreaterThan(1);
    for (const name of bicep.vars.keys()) expect(usesOf(bicep, name), `var ${name} is used`).toBeGreaterThan(1);
    // The Function App depends on the deployment container (through its name), not just on a string.
    expect(usesOf(bicep, 'deploymentContainer')).toBeGreaterThan(1);
    for (const { apiVersion, type } of bicep.resources) expect(apiVersion, type).toMatch(/^\d{4}-\d{2}-\d{2}(-preview)?$/);
  });

  it('is read by a reader that refuses broken Bicep', () => {
    expect(() => parseBicep("resource a 'Microsoft.Web/sites@2024-04-01' = {\n  name: 'x'\n")).toThrow(/unclosed bracket/);
    expect(() => parseBicep("var a = 'unterminated\n")).toThrow(/line break inside a string|unterminated string/);
    expect(() => parseBicep("var a = '${b'")).toThrow();
    expect(() => parseBicep('@secure()\n')).toThrow(/decorator without a declaration/);
    expect(() => parseBicep('parm typo string\n')).toThrow(/not a statement/);
    const ok = parseBicep("// c\n@secure()\nparam s string\nvar v = '${s}-x' /* note */\noutput O string = v\n");
    expect(ok.params).toEqual([{ name: 's', type: 'string', defaultValue: undefined, decorators: ['@secure()'], secure: true }]);
    expect(usesOf(ok, 's')).toBe(2);
  });

  it('declares every resource the app needs', () => {
    expect(bicep.resources.map((entry) => entry.type)).toEqual(
      expect.arrayContaining([
        'Microsoft.Web/staticSites',
        'Microsoft.Storage/storageAccounts',
        'Microsoft.Storage/storageAccounts/blobServices/containers',
        'Microsoft.Storage/storageAccounts/tableServices/tables',
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
        'Microsoft.Insights/components',
        'Microsoft.OperationalInsights/workspaces',
        'Microsoft.KeyVault/vaults',
        'Microsoft.KeyVault/vaults/secrets',
        'Microsoft.Authorization/roleAssignments',
      ]),
    );
    // The tables the API uses (api/src/storage/tables.ts) are the ones provisioned.
    const apiTables = /tableNames\s*=\s*\{([^}]*)\}/.exec(read(root, 'api', 'src', 'storage', 'tables.ts'))?.[1] ?? '';
    const used = [...apiTables.matchAll(/:\s*'([^']+)'/g)].map((match) => match[1]).sort();
    const provisioned = [...bicep.vars.get('tableNames')!.matchAll(/'([^']+)'/g)].map((match) => match[1]).sort();
    expect(used.length).toBeGreaterThan(0);
    expect(provisioned, 'main.bicep var tableNames lists the tables of api/src/storage/tables.ts').toEqual(used);
  });

  it('locks the storage account down: TLS 1.2, HTTPS only, no public blob access', () => {
    const { body } = resource('Microsoft.Storage/storageAccounts');
    expect(body).toContain("minimumTlsVersion: 'TLS1_2'");
    expect(body).toContain('supportsHttpsTrafficOnly: true');
    expect(body).toContain('allowBlobPublicAccess: false');
    expect(body).toContain('allowCrossTenantReplication: false');
    expect(resource('Microsoft.Storage/storageAccounts/blobServices/containers').body).toContain("publicAccess: 'None'");
  });

  it('runs the API on Flex Consumption, Node 20+, from the deployment package, with a managed identity', () => {
    const plan = resource('Microsoft.Web/serverfarms').body;
    expect(plan).toContain("tier: 'FlexConsumption'");
    expect(plan).toContain("name: 'FC1'");
    expect(plan).toContain('reserved: true');

    const site = resource('Microsoft.Web/sites');
    expect(site.apiVersion >= '2023-12-01').toBe(true); // functionAppConfig exists from 2023-12-01
    expect(site.body).toContain("kind: 'functionapp,linux'");
    expect(site.body).toContain('httpsOnly: true');
    expect(site.body).toContain("minTlsVersion: '1.2'");
    expect(site.body).toContain("ftpsState: 'Disabled'");
    expect(site.body).toMatch(/identity:\s*\{\s*type: 'SystemAssigned'\s*\}/);
    expect(site.body).toContain('functionAppConfig: {');
    expect(site.body).toMatch(/deployment:\s*\{\s*storage:\s*\{\s*type: 'blobContainer'[\s\S]*?authentication:\s*\{\s*type: 'SystemAssignedIdentity'/);
    expect(site.body).toMatch(/runtime:\s*\{\s*name: 'node'\s*version: nodeVersion\s*\}/);
    const nodeVersion = bicep.params.find((param) => param.name === 'nodeVersion')!;
    const allowed = [...nodeVersion.decorators.join(' ').matchAll(/'(\d+)'/g)].map((match) => Number(match[1]));
    expect(allowed.length).toBeGreaterThan(0);
    // Node.js 20 reached its end of life on 2026-04-30: only a runtime that still gets security fixes.
    for (const version of allowed) expect(version).toBeGreaterThanOrEqual(22);
    // v4 model: the worker loads package.json "main"; the host needs v2 host.json.
    expect(JSON.parse(read(infra, 'functions', 'host.json')).version).toBe('2.0');
  });

  it('lets only the tab\'s origin (and listed extras) call the API from a browser', () => {
    const site = resource('Microsoft.Web/sites').body;
    expect(site).toMatch(/cors:\s*\{\s*allowedOrigins: union\(\[tabOrigin\], additionalCorsOrigins\)\s*supportCredentials: false/);
    expect(bicep.vars.get('tabOrigin')).toBe("'https://${tabDomain}'");
    expect(bicep.vars.get('tabDomain')).toBe('tabSite.properties.defaultHostname');
  });

  it('serves the tab from Azure Static Web Apps (response headers), not from a Storage static website', () => {
    const site = resource('Microsoft.Web/staticSites');
    expect(site.symbol).toBe('tabSite');
    expect(site.apiVersion >= '2022-09-01').toBe(true);
    expect(site.body).toMatch(/sku:\s*\{\s*name: staticWebAppSku\s*tier: staticWebAppSku\s*\}/);
    expect(site.body).toContain('location: staticWebAppLocation');
    // staticwebapp.config.json (the security headers) is applied on every deployment.
    expect(site.body).toContain('allowConfigFileUpdates: true');
    // No preview environments: no second, publicly reachable copy of the tab.
    expect(site.body).toContain("stagingEnvironmentPolicy: 'Disabled'");
    const sku = bicep.params.find((param) => param.name === 'staticWebAppSku')!;
    expect(sku.decorators.join(' ')).toMatch(/@allowed\(\[\s*'Free'\s*'Standard'\s*\]\)/);
    // The regions that offer Microsoft.Web/staticSites.
    const region = bicep.params.find((param) => param.name === 'staticWebAppLocation')!;
    const regions = [...region.decorators.join(' ').matchAll(/'([a-z0-9]+)'/g)].map((match) => match[1]).sort();
    expect(regions).toEqual(['centralus', 'eastasia', 'eastus2', 'westeurope', 'westus2']);

    // Nothing of the old static website is left: no $web, no web endpoint, no toolkit steps for it.
    expect(bicep.code).not.toContain('primaryEndpoints.web');
    expect(bicep.text).not.toMatch(/\$web|staticWebsite/);
    const yml = read(infra, 'teamsapp.yml');
    expect(yml).not.toMatch(/azureStorage\/(enableStaticWebsite|deploy)/);
    expect(yml).not.toContain('TAB_AZURE_STORAGE_RESOURCE_ID');
    // The deployment token is fetched by the toolkit into a SECRET_ value, never a template output.
    for (const [name, { value }] of bicep.outputs) expect(value, name).not.toMatch(/listSecrets|apiKey/i);
    expect(bicep.outputs.get('AZURE_STATIC_WEB_APPS_RESOURCE_ID')?.value).toBe('tabSite.id');
    expect(bicep.outputs.get('TAB_DOMAIN')?.value).toBe('tabDomain');
    expect(bicep.outputs.get('TAB_ENDPOINT')?.value).toBe('tabOrigin');
  });

  it('puts the Static Web App host name everywhere the Teams app refers to the tab', () => {
    // TAB_DOMAIN (the Static Web App's defaultHostname) fills the manifest's tab URLs,
    // validDomains and SSO resource, and the API's expected audience.
    const manifest = JSON.parse(read(root, 'appPackage', 'manifest.json'));
    expect(manifest.validDomains).toEqual(['${{TAB_DOMAIN}}']);
    expect(manifest.configurableTabs[0].configurationUrl).toMatch(/^https:\/\/\$\{\{TAB_DOMAIN\}\}\//);
    for (const tab of manifest.staticTabs) {
      expect(tab.contentUrl).toMatch(/^https:\/\/\$\{\{TAB_DOMAIN\}\}\//);
      expect(tab.websiteUrl).toMatch(/^https:\/\/\$\{\{TAB_DOMAIN\}\}\//);
    }
    expect(manifest.webApplicationInfo.resource).toBe('api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}');
    expect(appSettingsOf(resource('Microsoft.Web/sites').body).get('AUTH_AUDIENCE')).toContain('api://${tabDomain}/');
  });

  it('sets every app setting the API reads, secrets only as Key Vault references', () => {
    const settings = appSettingsOf(resource('Microsoft.Web/sites').body);
    const config = read(root, 'api', 'src', 'config.ts');
    const read_ = new Set([...config.matchAll(/required\(env, '([A-Z_]+)'\)|env\.([A-Z_]+)/g)].map((match) => (match[1] ?? match[2])!));
    for (const name of ['AUTH_AUDIENCE', 'AUTH_ISSUER', 'AUTH_JWKS_URL', 'STORAGE_CONNECTION_STRING', 'VOTER_KEY_SECRET']) expect([...read_]).toContain(name);
    // Optional settings whose API default is right in Azure too. A new setting must be either
    // set in main.bicep (appSettings of the Function App) or added here, deliberately.
    const leftAtApiDefault = new Set(['RESULTS_CACHE_MS', 'VOTES_PER_MINUTE', 'SESSIONS_PER_TEAM_PER_DAY', 'AUTH_REQUIRED_SCOPE', 'MEMBERSHIP_CACHE_SECONDS', 'CHECKS_PER_PERSON_PER_DAY', 'ANSWERS_PER_PERSON_PER_CHECK', 'TEMPLATES_PER_PERSON_PER_DAY', 'REGISTER_ENTRIES_PER_PERSON_PER_DAY', 'ACTIONS_PER_PERSON_PER_DAY']);
    for (const name of read_) {
      if (leftAtApiDefault.has(name)) continue;
      expect([...settings.keys()], `api/src/config.ts reads ${name}: set it in main.bicep or list it in leftAtApiDefault`).toContain(name);
    }

    expect(settings.get('VOTER_KEY_SECRET')).toMatch(/^'@Microsoft\.KeyVault\(SecretUri=\$\{voterKeySecretEntry\.properties\.secretUri\}\)'$/);
    expect(settings.get('STORAGE_CONNECTION_STRING')).toMatch(/^'@Microsoft\.KeyVault\(SecretUri=\$\{storageConnectionSecret\.properties\.secretUri\}\)'$/);
    expect(settings.get('AUTH_AUDIENCE')).toBe("'api://${tabDomain}/${aadAppClientId},${aadAppClientId}'");
    // Issuer templates bound to the token's own tenant, v2 and v1 forms (api/src/auth/caller.ts).
    expect(settings.get('AUTH_ISSUER')).toBe("'${loginEndpoint}{tenantid}/v2.0,https://sts.windows.net/{tenantid}/'");
    expect(settings.get('AUTH_JWKS_URL')).toBe("'${loginEndpoint}common/discovery/v2.0/keys'");
    expect(settings.get('ALLOWED_TENANT_IDS')).toBe("join(allowedTenantIds, ',')");
    expect(settings.get('AzureWebJobsStorage__accountName')).toBe('storage.name');
    expect(settings.has('APPLICATIONINSIGHTS_CONNECTION_STRING')).toBe(true);

    // Settings Flex Consumption rejects or replaces with functionAppConfig, and key-based host storage.
    for (const name of ['FUNCTIONS_WORKER_RUNTIME', 'FUNCTIONS_EXTENSION_VERSION', 'WEBSITE_RUN_FROM_PACKAGE', 'WEBSITE_CONTENTSHARE', 'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING', 'WEBSITE_NODE_DEFAULT_VERSION', 'AzureWebJobsStorage']) {
      expect(settings.has(name), name).toBe(false);
    }
    // The HMAC secret comes in as a secure parameter of at least 32 characters.
    const secret = bicep.params.find((param) => param.name === 'voterKeySecret')!;
    expect(secret.secure).toBe(true);
    expect(secret.decorators).toContain('@minLength(32)');
    expect(secret.defaultValue).toBeUndefined();
  });

  it('grants the Function App identity what it uses, and stores secrets in an RBAC Key Vault', () => {
    const roleIds = Object.fromEntries([...bicep.vars.get('roles')!.matchAll(/(\w+): '([0-9a-f-]{36})'/g)].map((match) => [match[1], match[2]]));
    expect(roleIds).toEqual({
      storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
      storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3',
      keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6',
      monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb',
    });
    const assignments = bicep.resources.filter((entry) => entry.type === 'Microsoft.Authorization/roleAssignments');
    for (const role of Object.keys(roleIds)) {
      expect(assignments.some((entry) => entry.body.includes(`roles.${role})`)), role).toBe(true);
    }
    for (const { body } of assignments) expect(body).toContain('principalId: functionApp.identity.principalId');
    const vault = resource('Microsoft.KeyVault/vaults').body;
    expect(vault).toContain('enableRbacAuthorization: true');
    expect(vault).toContain('enableSoftDelete: true');
    expect(resource('Microsoft.Insights/components').body).toContain('DisableLocalAuth: true');
  });

  it('outputs what teamsapp.yml and the environment files use', () => {
    for (const name of ['AZURE_STATIC_WEB_APPS_RESOURCE_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'API_FUNCTION_RESOURCE_ID', 'API_FUNCTION_APP_NAME', 'API_ENDPOINT']) {
      expect(bicep.outputs.get(name)?.type, name).toBe('string');
    }
    for (const env of environments) {
      const declared = Object.keys(parseDotenv(read(infra, 'env', `.env.${env}`)));
      for (const name of bicep.outputs.keys()) expect(declared, `.env.${env} declares output ${name}`).toContain(name);
    }
  });

  it.runIf(bicepPath)('compiles with the Bicep CLI', () => {
    const json = execFileSync(bicepPath!, ['build', join(infra, 'main.bicep'), '--stdout'], { encoding: 'utf8' });
    const template = JSON.parse(json);
    expect(Object.keys(template.parameters)).toEqual(expect.arrayContaining(bicep.params.map((param) => param.name)));
  });
});

describe('parameter files', () => {
  const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);
  const bicepType: Record<string, string> = { string: 'string', int: 'number', bool: 'boolean', array: 'array', object: 'object' };

  it('exist for every environment', () => {
    expect(environments).toEqual(['dev', 'prod']);
    for (const env of environments) expect(existsSync(join(infra, 'parameters', `main.${env}.json`)), env).toBe(true);
  });

  for (const env of ['dev', 'prod']) {
    it(`main.${env}.json gives every parameter a value of the right type, secrets only as placeholders`, () => {
      const file = JSON.parse(read(infra, 'parameters', `main.${env}.json`));
      expect(file.$schema).toContain('deploymentParameters.json');
      const values = file.parameters as Record<string, { value: unknown }>;
      const declared = new Map(bicep.params.map((param) => [param.name, param]));
      for (const name of Object.keys(values)) expect([...declared.keys()], `${name} is a parameter of main.bicep`).toContain(name);
      for (const param of bicep.params) {
        if (param.defaultValue === undefined) expect(Object.keys(values), `${param.name} (no default) has a value`).toContain(param.name);
        if (!(param.name in values)) continue;
        const value = values[param.name]!.value;
        expect(typeOf(value), `${param.name} is a ${param.type}`).toBe(bicepType[param.type]);
        if (param.secure) expect(value, `${param.name} is secret: only a placeholder`).toMatch(/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/);
        const decorators = param.decorators.join('\n');
        const min = /@minLength\((\d+)\)/.exec(decorators);
        const max = /@maxLength\((\d+)\)/.exec(decorators);
        const minValue = /@minValue\((\d+)\)/.exec(decorators);
        const maxValue = /@maxValue\((\d+)\)/.exec(decorators);
        if (typeof value === 'string' && !value.startsWith('${{')) {
          if (min) expect(value.length, param.name).toBeGreaterThanOrEqual(Number(min[1]));
          if (max) expect(value.length, param.name).toBeLessThanOrEqual(Number(max[1]));
        }
        if (typeof value === 'number') {
          if (minValue) expect(value, param.name).toBeGreaterThanOrEqual(Number(minValue[1]));
          if (maxValue) expect(value, param.name).toBeLessThanOrEqual(Number(maxValue[1]));
        }
        const allowed = /@allowed\(\[([\s\S]*?)\]\)/.exec(decorators)?.[1];
        if (allowed) {
          const options = allowed.split(/\s+/).filter(Boolean).map((option) => (option.startsWith("'") ? option.slice(1, -1) : Number(option)));
          expect(options, `${param.name} is one of the allowed values`).toContain(value);
        }
      }
      expect(values.resourceBaseName!.value).toMatch(/^[a-z0-9-]+$/);

      // Every placeholder is something the environment declares or provision generates.
      const envValues = parseDotenv(read(infra, 'env', `.env.${env}`));
      for (const name of placeholdersIn(read(infra, 'parameters', `main.${env}.json`))) {
        if (name.startsWith('SECRET_')) continue; // written to .env.<env>.user by ensure-voter-secret.mjs
        expect(Object.keys(envValues), `.env.${env} declares ${name}`).toContain(name);
      }
    });
  }

  it('render with the environment values for a manual `az deployment group create`', () => {
    const envDir = tempDir();
    writeFileSync(join(envDir, '.env.dev'), read(infra, 'env', '.env.dev'));
    writeFileSync(join(envDir, '.env.dev.user'), 'SECRET_VOTER_KEY="a-secret-that-is-long-enough-0123456789"\nSECRET_AAD_APP_CLIENT_SECRET="obo-secret"\n');
    const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const { parameters } = renderParameters({ envName: 'dev', envDir, processEnv: { AAD_APP_CLIENT_ID: '7e21a0c4-58b3-4f0d-a6c2-91d3e5f7b8a0', AAD_APP_TENANT_ID: tenant } });
    expect(parameters.parameters.aadAppTenantId.value).toBe(tenant);
    expect(parameters.parameters.allowedTenantIds.value).toEqual([tenant]);
    expect(parameters.parameters.voterKeySecret.value).toBe('a-secret-that-is-long-enough-0123456789');
    expect(JSON.stringify(parameters)).not.toContain('${{');

    expect(() => renderParameters({ envName: 'dev', envDir, processEnv: {} })).toThrow(/uses \$\{\{AAD_APP_CLIENT_ID\}\}, \$\{\{AAD_APP_TENANT_ID\}\} but they have no value/);
  });
});

describe('teamsapp.yml (Agents Toolkit project in infra/)', () => {
  const yml = parseYaml(read(infra, 'teamsapp.yml'));
  const steps = (stage: string) => yml[stage] as Array<{ uses: string; with?: Record<string, any>; env?: Record<string, string>; writeToEnvironmentFile?: Record<string, string> }>;

  it('is a v1.x project file whose environment folder is infra/env', () => {
    expect(yml.version).toMatch(/^v1\.\d+$/);
    expect(yml.environmentFolderPath).toBe('./env');
    expect(existsSync(join(infra, yml.environmentFolderPath, '.env.dev'))).toBe(true);
  });

  it('provisions in an order that works: Entra app, Azure, Static Web Apps token, SSO URI, package', () => {
    const order = steps('provision').map((step) => step.uses);
    const at = (uses: string) => order.indexOf(uses);
    expect(order).toEqual(expect.arrayContaining(['aadApp/create', 'teamsApp/create', 'script', 'arm/deploy', 'azureStaticWebApps/getDeploymentToken', 'aadApp/update', 'cli/runNpmCommand', 'teamsApp/validateAppPackage', 'teamsApp/update']));
    expect(at('aadApp/create')).toBeLessThan(at('arm/deploy')); // the template needs the client id
    expect(at('script')).toBeLessThan(at('arm/deploy')); // and the voter-key secret
    expect(at('arm/deploy')).toBeLessThan(at('azureStaticWebApps/getDeploymentToken')); // needs the site's id
    const token = steps('provision').find((step) => step.uses === 'azureStaticWebApps/getDeploymentToken')!;
    expect(token.with).toEqual({ resourceId: '${{AZURE_STATIC_WEB_APPS_RESOURCE_ID}}' });
    // SECRET_*: the toolkit keeps it in env/.env.<env>.user (git-ignored), not in the committed file.
    expect(token.writeToEnvironmentFile).toEqual({ deploymentToken: 'SECRET_TAB_SWA_DEPLOYMENT_TOKEN' });
    expect(at('arm/deploy')).toBeLessThan(at('aadApp/update')); // the SSO URI needs TAB_DOMAIN
    expect(at('aadApp/update')).toBeLessThan(at('cli/runNpmCommand'));
    expect(at('cli/runNpmCommand')).toBeLessThan(at('teamsApp/update'));
  });

  it('points only at files and npm scripts that exist', () => {
    const scripts = JSON.parse(read(root, 'package.json')).scripts as Record<string, string>;
    for (const stage of ['provision', 'deploy', 'publish']) {
      for (const step of steps(stage)) {
        const args = step.with ?? {};
        for (const key of ['manifestPath', 'workingDirectory']) {
          if (args[key]) expect(existsSync(join(infra, args[key])), `${stage} ${step.uses} ${key}`).toBe(true);
        }
        for (const template of args.templates ?? []) {
          expect(existsSync(join(infra, template.path))).toBe(true);
          for (const env of environments) expect(existsSync(join(infra, template.parameters.replace('${{TEAMSFX_ENV}}', env))), env).toBe(true);
        }
        if (step.uses === 'cli/runNpmCommand') {
          const script = /^run (\S+)/.exec(args.args)?.[1];
          if (script) expect(Object.keys(scripts), `npm script ${script}`).toContain(script);
        }
        if (step.uses === 'script' && /^node /.test(args.run)) expect(existsSync(join(infra, args.run.split(' ')[1]))).toBe(true);
      }
    }
  });

  it('uses only values the environment files declare or earlier steps produce', () => {
    const produced = new Set(['TEAMSFX_ENV', 'SECRET_VOTER_KEY', ...bicep.outputs.keys()]);
    for (const stage of ['provision', 'deploy', 'publish']) {
      for (const step of steps(stage)) for (const name of Object.values(step.writeToEnvironmentFile ?? {})) produced.add(name);
    }
    for (const env of environments) {
      const declared = new Set(Object.keys(parseDotenv(read(infra, 'env', `.env.${env}`))));
      for (const name of placeholdersIn(read(infra, 'teamsapp.yml'))) {
        expect(declared.has(name) || produced.has(name), `${name} is declared in .env.${env} or produced by provision`).toBe(true);
      }
      for (const name of produced) {
        if (!name.startsWith('SECRET_') && name !== 'TEAMSFX_ENV') expect(declared.has(name), `.env.${env} declares ${name}`).toBe(true);
      }
    }
  });

  it('builds the tab against the deployed API, with the app registration its consent step asks for', () => {
    const build = steps('deploy').find((step) => step.uses === 'cli/runNpmCommand' && step.with?.args === 'run build');
    expect(build?.env).toEqual({ VITE_API_BASE: '${{API_ENDPOINT}}', VITE_AUTH_CLIENT_ID: '${{AAD_APP_CLIENT_ID}}' });
    expect(read(root, 'tab', 'src', 'vite-env.d.ts')).toContain('VITE_API_BASE');
    expect(read(root, 'tab', 'src', 'vite-env.d.ts')).toContain('VITE_AUTH_CLIENT_ID');
    expect(JSON.parse(read(root, 'package.json')).scripts.build).toBe('npm run build:api && npm run build:tab');
  });

  it('deploys the tab to Static Web Apps with its security headers: build, render the config, upload', () => {
    const deploy = steps('deploy');
    const build = deploy.findIndex((step) => step.uses === 'cli/runNpmCommand' && step.with?.args === 'run build');
    const render = deploy.findIndex((step) => step.uses === 'script' && /render-swa-config\.mjs/.test(step.with?.run ?? ''));
    const upload = deploy.findIndex((step) => step.uses === 'cli/runNpxCommand' && /static-web-apps-cli/.test(step.with?.args ?? ''));
    expect(build).toBeGreaterThanOrEqual(0);
    expect(render).toBeGreaterThan(build); // the build copies the committed default; render overwrites it
    expect(upload).toBeGreaterThan(render);
    // connect-src gets the same API origin the tab was built against (VITE_API_BASE).
    expect(deploy[render]!.with!.run).toBe('node ./scripts/render-swa-config.mjs --api-origin "${{API_ENDPOINT}}"');

    const { workingDirectory, args } = deploy[upload]!.with as { workingDirectory: string; args: string };
    expect(workingDirectory).toBe('../tab');
    const argv = args.split(/\s+/);
    expect(argv).toContain('--yes'); // npx must not stop at an install prompt
    expect(argv.find((arg) => arg.startsWith('@azure/static-web-apps-cli'))).toMatch(/^@azure\/static-web-apps-cli@\d+$/); // a pinned major
    expect(argv.slice(argv.indexOf('deploy'), argv.indexOf('deploy') + 2)).toEqual(['deploy', './dist']);
    // The CLI searches its config folder recursively: only ./dist, never ../tab/public's default.
    expect(argv[argv.indexOf('--swa-config-location') + 1]).toBe('./dist');
    expect(argv[argv.indexOf('--env') + 1]).toBe('production');
    expect(argv[argv.indexOf('--deployment-token') + 1]).toBe('${{SECRET_TAB_SWA_DEPLOYMENT_TOKEN}}');
  });
});

describe('staticwebapp.config.json (the tab\'s headers on Static Web Apps)', () => {
  const apiOrigin = 'https://func-cpulse-dev-abc123.azurewebsites.net';
  const cspOf = (headers: Record<string, string>) =>
    new Map(
      headers['Content-Security-Policy']!.split(';').map((part) => {
        const [name, ...sources] = part.trim().split(/\s+/);
        return [name!, sources] as const;
      }),
    );

  it('is rendered from tab/securityHeaders.mjs: the committed default is up to date', () => {
    // tab/public/ is copied into every build; it is the same-origin (no foreign API) default.
    expect(read(COMMITTED_CONFIG_PATH)).toBe(swaConfigText({}));
    const committed = JSON.parse(read(COMMITTED_CONFIG_PATH));
    expect(Object.keys(committed)).toEqual(['globalHeaders']); // one index.html: no navigationFallback
    expect(cspOf(committed.globalHeaders).get('connect-src')).toEqual(["'self'", 'https://res.cdn.office.net']);
    // Vite must keep copying tab/public into tab/dist.
    expect(read(root, 'tab', 'vite.config.ts')).not.toMatch(/publicDir\s*:\s*false/);
  });

  it('lets only Teams, Outlook and Microsoft 365 frame the tab, and calls only the environment\'s API', () => {
    const { globalHeaders } = renderSwaConfig({ apiOrigin: `${apiOrigin}/` });
    const csp = cspOf(globalHeaders);
    const ancestors = csp.get('frame-ancestors')!;
    expect([...ancestors].sort()).toEqual([...TAB_FRAME_ANCESTORS].sort());
    expect([...ancestors].sort()).toEqual(
      [
        "'self'",
        'https://*.cloud.microsoft',
        'https://teams.microsoft.com',
        'https://*.teams.microsoft.com',
        'https://*.microsoft365.com',
        'https://*.office.com',
        'https://outlook.office.com',
        'https://outlook.office365.com',
      ].sort(),
    );
    for (const source of ancestors) {
      expect(source, 'never a bare wildcard or a scheme alone').not.toMatch(/^(\*|https?:|https:\/\/\*)$/);
      if (source !== "'self'") expect(source).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
    expect(csp.get('connect-src')).toEqual(["'self'", apiOrigin, 'https://res.cdn.office.net']);
    expect(globalHeaders['Content-Security-Policy']).not.toContain("'unsafe-eval'");
    expect(globalHeaders['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(globalHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(globalHeaders['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    // frame-ancestors replaces it: X-Frame-Options cannot allow several hosts.
    expect(Object.keys(globalHeaders).map((name) => name.toLowerCase())).not.toContain('x-frame-options');
  });

  it('is written into the build output at deploy time, and refuses to guess', () => {
    const distDir = tempDir();
    expect(() => writeDeployedSwaConfig({ apiOrigin, distDir })).toThrow(/npm run build/);
    writeFileSync(join(distDir, 'index.html'), '<!doctype html>');
    expect(() => writeDeployedSwaConfig({ apiOrigin: '', distDir })).toThrow(SwaConfigError);
    expect(() => writeDeployedSwaConfig({ apiOrigin: 'http://func.example.net', distDir })).toThrow(/https/);
    expect(() => writeDeployedSwaConfig({ apiOrigin: 'https://*.azurewebsites.net', distDir })).toThrow(/wildcard/);
    const written = writeDeployedSwaConfig({ apiOrigin, distDir });
    expect(written).toBe(join(distDir, 'staticwebapp.config.json'));
    expect(JSON.parse(readFileSync(written, 'utf8'))).toEqual(renderSwaConfig({ apiOrigin }));

    // --env <name> reads API_ENDPOINT, which provision writes into env/.env.<name>.
    const envDir = tempDir();
    writeFileSync(join(envDir, '.env.dev'), read(infra, 'env', '.env.dev'));
    expect(apiOriginOfEnvironment('dev', { envDir, processEnv: { API_ENDPOINT: apiOrigin } })).toBe(apiOrigin);
    expect(apiOriginOfEnvironment('dev', { envDir, processEnv: {} })).toBe('');
  });

  it('runs as the deploy step runs it', async () => {
    const script = join(infra, 'scripts', 'render-swa-config.mjs');
    const out = join(tempDir(), 'staticwebapp.config.json');
    await run('node', [script, '--api-origin', apiOrigin, '--out', out]);
    expect(readFileSync(out, 'utf8')).toBe(swaConfigText({ apiOrigin }));
    await run('node', [script, '--committed', '--check']);
    await expect(run('node', [script, '--api-origin', '', '--out', out])).rejects.toMatchObject({ code: 1 });
  });
});

describe('Entra app manifest for SSO', () => {
  const aad = JSON.parse(read(infra, 'aad.manifest.json'));
  const manifest = JSON.parse(read(root, 'appPackage', 'manifest.json'));

  it('exposes the same app id URI the Teams manifest asks a token for, as v2 tokens', () => {
    expect(aad.identifierUris).toEqual([manifest.webApplicationInfo.resource]);
    expect(aad.appId).toBe(manifest.webApplicationInfo.id);
    // v2 tokens: audience = client id, issuer .../v2.0, as the Bicep sets AUTH_AUDIENCE and AUTH_ISSUER.
    expect(aad.accessTokenAcceptedVersion).toBe(2);
    expect(aad.signInAudience).toBe('AzureADMyOrg');
  });

  it('pre-authorizes Teams, Outlook and Microsoft 365 clients for access_as_user', () => {
    const [scope] = aad.oauth2Permissions;
    expect(scope.value).toBe('access_as_user');
    const clients = aad.preAuthorizedApplications.map((entry: { appId: string }) => entry.appId);
    expect(clients).toEqual(
      expect.arrayContaining([
        '1fec8e78-bce4-4aaf-ab1b-5451cc387264', // Teams desktop and mobile
        '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams web
        '4765445b-32c6-49b0-83e6-1d93765276ca', // Microsoft 365 web
        '0ec893e0-5785-4de6-99da-4ed124e5296c', // Microsoft 365 desktop
        'd3590ed6-52b3-4102-aeff-aad2292ab01c', // Outlook desktop
        'bc59ab01-8403-45c6-8796-ac3ef710b3e3', // Outlook web
        '27922004-5251-4030-b22d-91ecd9a37ea4', // Outlook mobile
      ]),
    );
    for (const entry of aad.preAuthorizedApplications) expect(entry.permissionIds).toEqual([scope.id]);
  });
});

describe('identity as deployed: the admin role, Graph permissions and tenancy', () => {
  const aad = JSON.parse(read(infra, 'aad.manifest.json'));
  const caller = read(root, 'api', 'src', 'auth', 'caller.ts');
  const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it('declares the app role the API reads, for users, with a fixed id', () => {
    const adminRole = /export const adminRole = '([^']+)'/.exec(caller)?.[1];
    expect(adminRole).toBe('CustomerPulse.Admin');
    const roles = aad.appRoles as { allowedMemberTypes: string[]; id: string; value: string; isEnabled: boolean; description: string; displayName: string }[];
    const role = roles.find((entry) => entry.value === adminRole);
    expect(role, 'aad.manifest.json appRoles holds CustomerPulse.Admin').toBeDefined();
    expect(role!.allowedMemberTypes).toEqual(['User']);
    expect(role!.isEnabled).toBe(true);
    // A literal GUID: a placeholder or a new id per environment would drop every assignment on the next update.
    expect(role!.id).toMatch(guid);
    expect(role!.description.length).toBeGreaterThan(20);
    expect(new Set(roles.map((entry) => entry.id)).size).toBe(roles.length);
    // The role must not share an id with the access_as_user scope (Entra refuses duplicate ids on one app).
    for (const scope of aad.oauth2Permissions) expect(scope.id).not.toBe(role!.id);
  });

  it('asks for exactly the delegated Graph permissions the API uses, and documents them', () => {
    const graph = aad.requiredResourceAccess.find((entry: { resourceAppId: string }) => entry.resourceAppId === 'Microsoft Graph');
    const scopes = graph.resourceAccess.map((entry: { id: string; type: string }) => `${entry.type}:${entry.id}`).sort();
    expect(scopes).toEqual(['Scope:Chat.ReadBasic', 'Scope:ChatMember.Read', 'Scope:GroupMember.Read.All', 'Scope:Team.ReadBasic.All', 'Scope:User.Read']);
    const readme = read(infra, 'README.md');
    for (const scope of scopes) expect(readme, `infra/README.md names ${scope}`).toContain(scope.split(':')[1]);
  });

  it('keeps the registration, the toolkit step, the parameters and the API of one tenancy', () => {
    const audience = aad.signInAudience;
    expect(['AzureADMyOrg', 'AzureADMultipleOrgs']).toContain(audience);
    const create = (parseYaml(read(infra, 'teamsapp.yml')).provision as { uses: string; with?: Record<string, string> }[]).find((step) => step.uses === 'aadApp/create');
    expect(create?.with?.signInAudience, 'teamsapp.yml aadApp/create signInAudience').toBe(audience);
    const param = bicep.params.find((entry) => entry.name === 'signInAudience');
    expect(param?.defaultValue).toBe(`'${audience}'`);
    expect(appSettingsOf(resource('Microsoft.Web/sites').body).get('AUTH_SIGN_IN_AUDIENCE')).toBe('signInAudience');
    for (const env of environments) {
      const values = JSON.parse(read(infra, 'parameters', `main.${env}.json`)).parameters as Record<string, { value: unknown }>;
      expect(values.signInAudience?.value, `main.${env}.json signInAudience`).toBe(audience);
      // Multi-tenant needs its list of tenants; the API refuses to start without (api/src/config.ts).
      if (audience === 'AzureADMultipleOrgs') expect((values.allowedTenantIds?.value as unknown[] | undefined)?.length, env).toBeGreaterThan(0);
    }
    // What main.bicep says about tenancy is what the template does.
    const allowed = bicep.params.find((entry) => entry.name === 'allowedTenantIds')!;
    expect(allowed.decorators.join(' ')).not.toMatch(/listing more tenants makes a multi-tenant deployment/);
    expect(allowed.decorators.join(' ')).toContain('AzureADMultipleOrgs');
    const readme = read(infra, 'README.md');
    expect(readme).toContain('### Tenancy');
    expect(readme).toContain('Enterprise applications');
    expect(readme).toContain('appRoleAssignedTo');
  });
});

describe('voter-key secret step', () => {
  const script = join(infra, 'scripts', 'ensure-voter-secret.mjs');

  it('generates a secret once, in the form the toolkit stores in .env.<env>.user', async () => {
    const env = { ...process.env };
    delete env.SECRET_VOTER_KEY;
    const { stdout } = await run('node', [script], { env });
    const match = /^::set-teamsfx-env SECRET_VOTER_KEY=([A-Za-z0-9_-]+)$/m.exec(stdout);
    expect(match?.[1]?.length).toBeGreaterThanOrEqual(32);
  });

  it('never replaces an existing secret', async () => {
    const { stdout } = await run('node', [script], { env: { ...process.env, SECRET_VOTER_KEY: 'k'.repeat(40) } });
    expect(stdout).not.toContain('::set-teamsfx-env');
  });
});

describe('npm run build:api', () => {
  it('bundles the API into a package that loads in plain Node and registers every function', async () => {
    const outDir = tempDir();
    const { folder, zipPath } = await buildApi({ outDir });
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    expect(pkg.type).toBe('module');
    expect(existsSync(join(folder, pkg.main))).toBe(true);
    expect(JSON.parse(readFileSync(join(folder, 'host.json'), 'utf8')).version).toBe('2.0');

    const zip = await readZip(zipPath!);
    expect([...zip.keys()]).toEqual(expect.arrayContaining(['host.json', 'package.json', 'dist/index.js']));
    expect([...zip.keys()].some((name) => name.startsWith('node_modules/'))).toBe(false);

    // Unpack far from the repo's node_modules and load it the way the Functions worker does:
    // with @azure/functions-core provided through require().
    const deployed = tempDir();
    for (const [name, bytes] of zip) {
      const path = join(deployed, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    writeFileSync(
      join(deployed, 'probe.cjs'),
      [
        "const Module = require('node:module');",
        'const names = [];',
        'const core = { setProgrammingModel() {}, getProgrammingModel() {}, registerHook() { return { dispose() {} }; }, log() {},',
        '  registerFunction(meta) { names.push(meta.name); return { dispose() {} }; } };',
        'const original = Module.prototype.require;',
        "Module.prototype.require = function (id) { return id === '@azure/functions-core' ? core : original.call(this, id); };",
        "const main = require('./package.json').main;",
        "import(require('node:path').resolve(__dirname, main)).then(() => console.log(JSON.stringify(names)));",
      ].join('\n'),
    );
    const { stdout } = await run('node', ['probe.cjs'], { cwd: deployed });
    const registered = JSON.parse(stdout) as string[];

    const declared = readdirSync(join(root, 'api', 'src', 'functions'))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .flatMap((name) => [...read(root, 'api', 'src', 'functions', name).matchAll(/app\.http\(\s*'([^']+)'/g)].map((match) => match[1]!));
    expect(declared.length).toBeGreaterThan(0);
    expect([...registered].sort()).toEqual([...declared].sort());
  });
});

describe('infra housekeeping', () => {
  it('keeps secrets and build output out of git', () => {
    const ignore = read(infra, '.gitignore');
    expect(ignore).toMatch(/^build\/$/m);
    expect(ignore).toMatch(/^env\/\.env\.\*\.user$/m);
    for (const env of environments) expect(Object.keys(parseDotenv(read(infra, 'env', `.env.${env}`))).some((name) => name.startsWith('SECRET_'))).toBe(false);
  });

  it('documents deploying and the admin install', () => {
    const readme = read(infra, 'README.md');
    for (const heading of ['## Deploy', '## Admin install']) expect(readme).toContain(heading);
    for (const phrase of ['--folder ./infra', 'npm run publish:catalog', 'npm run package -- --env', 'resource-specific consent', 'What was and was not verified', 'Security headers of the tab', 'frame-ancestors']) {
      expect(readme).toContain(phrase);
    }
  });
});
