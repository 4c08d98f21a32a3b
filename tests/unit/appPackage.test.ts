/**
 * The Teams app package: `npm run package` builds a zip that passes the official manifest
 * schema offline and our rules, and a broken manifest fails with a message that names the
 * rule, the place and the fix.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { drawColorIcon, drawOutlineIcon } from '../../appPackage/scripts/icons.mjs';
import { EnvError, fillPlaceholders, loadEnvironment, parseDotenv, placeholdersIn } from '../../appPackage/scripts/lib/env.mjs';
import { decodePng, encodePng, readPngHeader } from '../../appPackage/scripts/lib/png.mjs';
import {
  SCHEMA_DIR,
  SUPPORTED_MANIFEST_VERSIONS,
  customerPulsePolicy,
  formatProblems,
  localizableStrings,
  validateAppPackage,
  type Problem,
} from '../../appPackage/scripts/lib/validate.mjs';
import { readZip } from '../../appPackage/scripts/lib/zip.mjs';
import { APP_PACKAGE_DIR, DEFAULT_ENV_DIR, REPO_ROOT, buildAppPackage } from '../../appPackage/scripts/package.mjs';

const run = promisify(execFile);

/** The Static Web App's host name (main.bicep output TAB_DOMAIN). */
const TAB_DOMAIN = 'gentle-sky-0a1b2c3d4.5.azurestaticapps.net';
const TEAMS_APP_ID = '0b8c1f9e-3d2a-4c57-9e61-2f4a7d9b1c35';
const AAD_APP_CLIENT_ID = '7e21a0c4-58b3-4f0d-a6c2-91d3e5f7b8a0';
/** What `provision` writes into infra/env/.env.dev, supplied the way CI would. */
const provisioned = { TEAMS_APP_ID, AAD_APP_CLIENT_ID, TAB_DOMAIN };

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-apppkg-'));
  temporary.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A good package in memory, built from the real templates, for the broken-package cases. */
async function goodPackage() {
  const result = await buildAppPackage({ envName: 'dev', processEnv: provisioned, write: false });
  expect(result.problems).toEqual([]);
  return { manifest: structuredClone(result.manifest) as Record<string, any>, files: new Map(result.files) };
}

function rulesOf(problems: Problem[]): string[] {
  return [...new Set(problems.map((problem) => problem.rule))].sort();
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value, null, 2));
}

describe('npm run package', () => {
  it('builds appPackage.dev.zip from the templates and the dev environment, and it validates', async () => {
    const outDir = tempDir();
    const result = await buildAppPackage({ envName: 'dev', processEnv: provisioned, outDir });
    expect(formatProblems(result.problems)).toBe('');
    expect(result.ok).toBe(true);
    expect(result.zipPath).toBe(join(outDir, 'appPackage.dev.zip'));

    const zip = await readZip(result.zipPath!);
    expect([...zip.keys()].sort()).toEqual(['color.png', 'da.json', 'de.json', 'en.json', 'manifest.json', 'outline.png', 'sv.json', 'tr.json']);
    for (const [name, bytes] of zip) {
      if (name.endsWith('.json')) expect(bytes.toString('utf8'), name).not.toContain('${{');
    }

    // The zip itself, as Teams receives it, passes the schema and every rule.
    const manifest = JSON.parse(zip.get('manifest.json')!.toString('utf8'));
    const files = new Map([...zip].filter(([name]) => name !== 'manifest.json'));
    expect(validateAppPackage({ manifest, files })).toEqual([]);
    expect(JSON.parse(readFileSync(result.manifestPath!, 'utf8'))).toEqual(manifest);
  });

  it('describes the meeting app the issue asks for', async () => {
    const { manifest } = await goodPackage();
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.19);
    expect(manifest.id).toBe(TEAMS_APP_ID);

    const [configurable, ...moreConfigurable] = manifest.configurableTabs;
    expect(moreConfigurable).toEqual([]);
    expect(configurable.configurationUrl).toBe(`https://${TAB_DOMAIN}/index.html`);
    expect([...configurable.scopes].sort()).toEqual(['groupChat', 'team']);
    expect([...configurable.context].sort()).toEqual(['channelTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage']);

    // The personal app's pages, as Teams shows them in its header; the first is the one it opens.
    const personal = manifest.staticTabs.filter((tab: any) => tab.scopes.includes('personal'));
    expect(personal.map((tab: any) => ({ entityId: tab.entityId, name: tab.name, contentUrl: tab.contentUrl, websiteUrl: tab.websiteUrl }))).toEqual([
      {
        entityId: 'yourTeams',
        name: 'Your teams',
        contentUrl: `https://${TAB_DOMAIN}/index.html?view=teams`,
        websiteUrl: `https://${TAB_DOMAIN}/index.html?view=teams`,
      },
      {
        entityId: 'leadership',
        name: 'Leadership view',
        contentUrl: `https://${TAB_DOMAIN}/index.html?view=leadership`,
        websiteUrl: `https://${TAB_DOMAIN}/index.html?view=leadership`,
      },
    ]);
    for (const tab of personal) expect(tab.context).toEqual(['personalTab']);

    expect(manifest.webApplicationInfo).toEqual({ id: AAD_APP_CLIENT_ID, resource: `api://${TAB_DOMAIN}/${AAD_APP_CLIENT_ID}` });
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
      { name: 'ChannelMeetingStage.Write.Group', type: 'Delegated' },
      // teams-js meeting.getMeetingDetails: which occurrence of a recurring meeting is running.
      { name: 'OnlineMeeting.ReadBasic.Chat', type: 'Application' },
      { name: 'ChannelMeeting.ReadBasic.Group', type: 'Application' },
    ]);
    // A history tab in a private or shared channel, whose team is the channel's owner team.
    expect(manifest.supportedChannelTypes).toEqual(['privateChannels', 'sharedChannels']);
    expect(manifest.permissions).toBeUndefined();
    expect(manifest.validDomains).toEqual([TAB_DOMAIN]);
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('en');
    expect(manifest.localizationInfo.additionalLanguages.map((language: any) => language.languageTag)).toEqual(['sv', 'tr', 'da', 'de']);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it('runs as `npm run package -- --env dev` and writes appPackage.<env>.zip', async () => {
    const outDir = tempDir();
    const { stdout } = await run('npm', ['run', '--silent', 'package', '--', '--env', 'dev', '--out-dir', outDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...provisioned },
    });
    expect(stdout).toContain('passed the official v1.22 schema');
    expect(existsSync(join(outDir, 'appPackage.dev.zip'))).toBe(true);
    expect(existsSync(join(outDir, 'manifest.dev.json'))).toBe(true);
  });

  it('fails the build, writing nothing, and names every value an environment lacks', async () => {
    const outDir = tempDir();
    const env = { ...process.env };
    for (const name of Object.keys(provisioned)) delete env[name];
    const failure = await run('node', ['appPackage/scripts/package.mjs', '--env', 'dev', '--out-dir', outDir], { cwd: REPO_ROOT, env }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('${{TEAMS_APP_ID}}');
    expect(failure?.stderr).toContain('${{TAB_DOMAIN}}');
    expect(failure?.stderr).toContain('${{AAD_APP_CLIENT_ID}}');
    expect(failure?.stderr).toContain('provision the environment first');
    expect(existsSync(join(outDir, 'appPackage.dev.zip'))).toBe(false);
  });

  it('fails with a clear message for an environment that does not exist', async () => {
    const result = await buildAppPackage({ envName: 'staging', processEnv: {}, write: false });
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toMatch(/No environment "staging": .*\.env\.staging does not exist/);
  });

  it('fails the build for a broken manifest template and writes no zip', async () => {
    const appPackageDir = tempDir();
    cpSync(APP_PACKAGE_DIR, appPackageDir, { recursive: true, filter: (source) => !source.includes(`${join('appPackage', 'build')}`) });
    const template = JSON.parse(readFileSync(join(appPackageDir, 'manifest.json'), 'utf8'));
    template.configurableTabs[0].scopes = ['team', 'groupchat'];
    template.validDomains = ['https://${{TAB_DOMAIN}}'];
    writeFileSync(join(appPackageDir, 'manifest.json'), JSON.stringify(template));
    const outDir = tempDir();

    const result = await buildAppPackage({ envName: 'dev', processEnv: provisioned, appPackageDir, outDir });
    expect(result.ok).toBe(false);
    expect(existsSync(join(outDir, 'appPackage.dev.zip'))).toBe(false);
    const report = formatProblems(result.problems);
    expect(report).toContain('[schema] manifest.json/configurableTabs/0/scopes/1: must be one of: team, groupChat');
    expect(report).toContain(`[domains] manifest.json/validDomains/0: must be a bare host name such as "pulse.contoso.com" (no scheme, port or path), got "https://${TAB_DOMAIN}"`);
    expect(report).toContain(`[domains] manifest.json/configurableTabs/0/configurationUrl: host "${TAB_DOMAIN}" is not in validDomains`);
  });

  it('reports a manifest template that is not JSON', async () => {
    const appPackageDir = tempDir();
    cpSync(APP_PACKAGE_DIR, appPackageDir, { recursive: true });
    writeFileSync(join(appPackageDir, 'manifest.json'), '{ "manifestVersion": "1.22", }');
    const result = await buildAppPackage({ envName: 'dev', processEnv: provisioned, appPackageDir, write: false });
    expect(result.problems.map((problem) => problem.rule)).toEqual(['json']);
  });
});

describe('package rules on broken manifests', () => {
  const cases: Array<{ name: string; rule: string; text: RegExp; breakIt: (pkg: { manifest: Record<string, any>; files: Map<string, Uint8Array> }) => void }> = [
    {
      name: 'a property the schema does not know',
      rule: 'schema',
      text: /has a property the schema does not allow: "meetingSurface"/,
      breakIt: ({ manifest }) => {
        manifest.configurableTabs[0].meetingSurface = ['sidePanel'];
      },
    },
    {
      name: 'a short name over 30 characters',
      rule: 'schema',
      text: /manifest.json\/name\/short: must NOT have more than 30 characters/,
      breakIt: ({ manifest }) => {
        manifest.name.short = 'Customer Pulse for every meeting you have';
      },
    },
    {
      name: 'an app id that is not a GUID',
      rule: 'ids',
      text: /manifest.json\/id: must be a GUID, got "customer-pulse"/,
      breakIt: ({ manifest }) => {
        manifest.id = 'customer-pulse';
      },
    },
    {
      name: 'an SSO client id that is not a GUID',
      rule: 'ids',
      text: /webApplicationInfo\/id: must be the Entra app's client id/,
      breakIt: ({ manifest }) => {
        manifest.webApplicationInfo.id = 'not-a-guid';
        manifest.webApplicationInfo.resource = `api://${TAB_DOMAIN}/not-a-guid`;
      },
    },
    {
      name: 'a version that is not MAJOR.MINOR.PATCH',
      rule: 'version',
      text: /must be MAJOR.MINOR.PATCH, got "1.0"/,
      breakIt: ({ manifest }) => {
        manifest.version = '1.0';
      },
    },
    {
      name: 'a tab URL on a domain missing from validDomains',
      rule: 'domains',
      text: /staticTabs\/0\/websiteUrl: host "pulse.example.org" is not in validDomains/,
      breakIt: ({ manifest }) => {
        manifest.staticTabs[0].websiteUrl = 'https://pulse.example.org/index.html?view=leadership';
      },
    },
    {
      name: 'a wildcard on a host shared by every tenant',
      rule: 'domains',
      text: /"\*\.azurestaticapps\.net" trusts every tenant's site on a shared host/,
      breakIt: ({ manifest }) => {
        manifest.validDomains = ['*.azurestaticapps.net'];
      },
    },
    {
      name: 'a plain-http tab URL',
      rule: 'urls',
      text: /configurationUrl: must be an https:\/\/ URL/,
      breakIt: ({ manifest }) => {
        manifest.configurableTabs[0].configurationUrl = `http://${TAB_DOMAIN}/index.html`;
      },
    },
    {
      name: 'an SSO resource for another host',
      rule: 'sso',
      text: /webApplicationInfo\/resource: host "other.example.com" is not in validDomains/,
      breakIt: ({ manifest }) => {
        manifest.webApplicationInfo.resource = `api://other.example.com/${AAD_APP_CLIENT_ID}`;
      },
    },
    {
      name: 'an SSO resource for another client id',
      rule: 'sso',
      text: /ends in "11111111-2222-3333-4444-555555555555" but webApplicationInfo.id is/,
      breakIt: ({ manifest }) => {
        manifest.webApplicationInfo.resource = `api://${TAB_DOMAIN}/11111111-2222-3333-4444-555555555555`;
      },
    },
    {
      name: 'a resource-specific permission the app does not use',
      rule: 'permissions',
      text: /"ChatMessage.Read.Chat" is not a permission Customer Pulse uses/,
      breakIt: ({ manifest }) => {
        manifest.authorization.permissions.resourceSpecific.push({ name: 'ChatMessage.Read.Chat', type: 'Application' });
      },
    },
    {
      name: 'a colour icon of the wrong size',
      rule: 'icons',
      text: /color icon must be 192x192 pixels, is 32x32/,
      breakIt: ({ files }) => {
        files.set('color.png', files.get('outline.png')!);
      },
    },
    {
      name: 'an outline icon that is not white on transparent',
      rule: 'icons',
      text: /outline icon must be white on transparent; 1024 visible pixel\(s\) are not white/,
      breakIt: ({ files }) => {
        const red = new Uint8Array(32 * 32 * 4);
        for (let i = 0; i < red.length; i += 4) red.set([200, 30, 30, 255], i);
        files.set('outline.png', encodePng(32, 32, red));
      },
    },
    {
      name: 'an icon that is not a PNG',
      rule: 'icons',
      text: /outline icon is not a readable PNG: not a PNG file/,
      breakIt: ({ files }) => {
        files.set('outline.png', Buffer.from('<svg/>'));
      },
    },
    {
      name: 'a language file missing from the package',
      rule: 'files',
      text: /references "de.json", which is not in the package/,
      breakIt: ({ files }) => {
        files.delete('de.json');
      },
    },
    {
      name: 'a language file without a translation',
      rule: 'localization',
      text: /sv.json: \(sv\) has no translation for "staticTabs\[0\].name"/,
      breakIt: ({ files }) => {
        const sv = JSON.parse(Buffer.from(files.get('sv.json')!).toString('utf8'));
        delete sv['staticTabs[0].name'];
        files.set('sv.json', json(sv));
      },
    },
    {
      name: 'an empty translation',
      rule: 'localization',
      text: /tr.json: \(tr\) has an empty translation for "description.short"/,
      breakIt: ({ files }) => {
        const tr = JSON.parse(Buffer.from(files.get('tr.json')!).toString('utf8'));
        tr['description.short'] = ' ';
        files.set('tr.json', json(tr));
      },
    },
    {
      name: 'a translation the localization schema refuses',
      rule: 'schema',
      text: /da.json\/description.short: must NOT have more than 80 characters/,
      breakIt: ({ files }) => {
        const da = JSON.parse(Buffer.from(files.get('da.json')!).toString('utf8'));
        da['description.short'] = 'x'.repeat(81);
        files.set('da.json', json(da));
      },
    },
    {
      name: 'a language the app ships but the manifest does not declare',
      rule: 'localization',
      text: /does not declare "de", which the app ships/,
      breakIt: ({ manifest, files }) => {
        manifest.localizationInfo.additionalLanguages = manifest.localizationInfo.additionalLanguages.filter((language: any) => language.languageTag !== 'de');
        files.delete('de.json');
      },
    },
    {
      name: 'a default language file that disagrees with the manifest',
      rule: 'localization',
      text: /en.json: \(en, the default language\) says "Customer Pulsar" for "name.short" but manifest.json says "Customer Pulse"/,
      breakIt: ({ files }) => {
        const en = JSON.parse(Buffer.from(files.get('en.json')!).toString('utf8'));
        en['name.short'] = 'Customer Pulsar';
        files.set('en.json', json(en));
      },
    },
    {
      name: 'a placeholder nobody filled',
      rule: 'placeholders',
      text: /manifest.json\/developer\/privacyUrl: still contains a placeholder: "\$\{\{PRIVACY_URL\}\}"/,
      breakIt: ({ manifest }) => {
        manifest.developer.privacyUrl = '${{PRIVACY_URL}}';
      },
    },
    {
      name: 'a manifest version with no vendored schema',
      rule: 'manifest-version',
      text: /is "1.17", but only 1.22 can be validated offline/,
      breakIt: ({ manifest }) => {
        manifest.manifestVersion = '1.17';
      },
    },
    {
      name: 'a file nobody references',
      rule: 'files',
      text: /notes.txt: is in the package but the manifest does not reference it/,
      breakIt: ({ files }) => {
        files.set('notes.txt', Buffer.from('hello'));
      },
    },
  ];

  for (const { name, rule, text, breakIt } of cases) {
    it(`refuses ${name}`, async () => {
      const pkg = await goodPackage();
      breakIt(pkg);
      const problems = validateAppPackage(pkg);
      expect(rulesOf(problems)).toContain(rule);
      expect(formatProblems(problems)).toMatch(text);
    });
  }

  it('accepts the untouched package (the cases above break one thing each)', async () => {
    expect(validateAppPackage(await goodPackage())).toEqual([]);
  });
});

describe('icons', () => {
  it('are the committed drawings: colour 192x192 opaque, outline 32x32 white on transparent', () => {
    const color = decodePng(readFileSync(join(APP_PACKAGE_DIR, 'color.png')));
    const outline = decodePng(readFileSync(join(APP_PACKAGE_DIR, 'outline.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(Buffer.from(color.rgba).equals(Buffer.from(drawColorIcon().rgba))).toBe(true);
    expect(Buffer.from(outline.rgba).equals(Buffer.from(drawOutlineIcon().rgba))).toBe(true);

    for (let i = 3; i < color.rgba.length; i += 4) expect(color.rgba[i]).toBe(255);
    let inked = 0;
    for (let i = 0; i < outline.rgba.length; i += 4) {
      if (outline.rgba[i + 3] === 0) continue;
      inked++;
      expect([outline.rgba[i], outline.rgba[i + 1], outline.rgba[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(inked).toBeGreaterThan(100);
    expect(outline.rgba[3]).toBe(0); // a transparent corner
  });

  it('round-trips through our PNG encoder and decoder', () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const png = encodePng(3, 2, rgba);
    expect(readPngHeader(png)).toMatchObject({ width: 3, height: 2, bitDepth: 8, colorType: 6 });
    expect(Buffer.from(decodePng(png).rgba).equals(Buffer.from(rgba))).toBe(true);
  });
});

describe('vendored manifest schema', () => {
  it('is the official schema of the version the manifest declares', () => {
    const template = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8'));
    expect(SUPPORTED_MANIFEST_VERSIONS).toContain(template.manifestVersion);
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, `v${template.manifestVersion}`, 'MicrosoftTeams.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
    expect(schema.properties.manifestVersion.const).toBe(template.manifestVersion);
    expect(template.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${template.manifestVersion}/MicrosoftTeams.schema.json`);
    // The features we rely on exist in this version.
    expect(schema.properties.configurableTabs.items.properties.context.items.enum).toEqual(
      expect.arrayContaining(['meetingSidePanel', 'meetingStage', 'meetingChatTab', 'meetingDetailsTab', 'channelTab']),
    );
    expect(schema.properties.authorization.properties.permissions.properties.resourceSpecific).toBeDefined();
    expect(schema.properties.localizationInfo.properties.defaultLanguageFile).toBeDefined();
  });

  it('says where it comes from and under which licence', () => {
    const readme = readFileSync(join(SCHEMA_DIR, 'README.md'), 'utf8');
    expect(readme).toContain('@microsoft/app-manifest');
    expect(readme).toMatch(/MIT/);
    expect(readFileSync(join(SCHEMA_DIR, 'LICENSE'), 'utf8')).toContain('Permission is hereby granted, free of charge');
  });

  it('localization files translate exactly the manifest strings, in every shipped language', () => {
    const template = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8'));
    const keys = Object.keys(localizableStrings(template)).sort();
    for (const language of customerPulsePolicy.languages) {
      const strings = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, `${language}.json`), 'utf8'));
      expect(Object.keys(strings).filter((key) => key !== '$schema').sort(), language).toEqual(keys);
    }
  });
});

describe('environment files and placeholders', () => {
  it('parses dotenv text the way the Agents Toolkit writes it', () => {
    expect(
      parseDotenv(['# comment', '', 'A=1', 'export B = two words ', 'C="quoted # not a comment"', "D='single'", 'E=', 'F=value # trailing comment'].join('\n')),
    ).toEqual({ A: '1', B: 'two words', C: 'quoted # not a comment', D: 'single', E: '', F: 'value' });
    expect(() => parseDotenv('not a pair')).toThrow(EnvError);
  });

  it('lets .user files and the process environment fill declared values, and nothing else', () => {
    const envDir = tempDir();
    writeFileSync(join(envDir, '.env.test'), 'TAB_DOMAIN=\nTEAMS_APP_ID=from-file\n');
    writeFileSync(join(envDir, '.env.test.user'), 'SECRET_VOTER_KEY=from-user-file\n');
    const { values, files } = loadEnvironment('test', { envDir, processEnv: { TAB_DOMAIN: 'from-process', UNDECLARED: 'ignored', TEAMS_APP_ID: '' } });
    expect(files).toHaveLength(2);
    expect(values).toEqual({ TEAMSFX_ENV: 'test', TAB_DOMAIN: 'from-process', TEAMS_APP_ID: 'from-file', SECRET_VOTER_KEY: 'from-user-file' });
    expect(() => loadEnvironment('../etc', { envDir })).toThrow(/not a valid environment name/);
  });

  it('names all missing placeholders at once and escapes values for JSON', () => {
    expect(placeholdersIn('${{A}} ${{ B }} ${{A}}')).toEqual(['A', 'B']);
    expect(() => fillPlaceholders('${{A}}-${{B}}-${{C}}', { A: 'x', B: '' }, { source: 't.json' })).toThrow(
      't.json uses ${{B}}, ${{C}} but they have no value in the environment files',
    );
    expect(fillPlaceholders('{"v":"${{A}}"}', { A: 'say "hi"' }, { escape: (value) => JSON.stringify(value).slice(1, -1) })).toBe('{"v":"say \\"hi\\""}');
  });

  it('every placeholder of the app package is declared in every environment file', () => {
    const used = new Set<string>();
    for (const file of ['manifest.json', ...customerPulsePolicy.languages.map((language) => `${language}.json`)]) {
      for (const name of placeholdersIn(readFileSync(join(APP_PACKAGE_DIR, file), 'utf8'))) used.add(name);
    }
    expect([...used].sort()).toEqual(['AAD_APP_CLIENT_ID', 'DEVELOPER_NAME', 'DEVELOPER_WEBSITE_URL', 'PRIVACY_URL', 'TAB_DOMAIN', 'TEAMS_APP_ID', 'TERMS_OF_USE_URL']);
    for (const env of ['dev', 'prod']) {
      const declared = parseDotenv(readFileSync(join(DEFAULT_ENV_DIR, `.env.${env}`), 'utf8'));
      for (const name of used) expect(Object.keys(declared), `.env.${env} declares ${name}`).toContain(name);
    }
  });
});
