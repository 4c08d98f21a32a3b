/**
 * Offline validation of a Teams app package: the official JSON schema of the manifest's
 * version (vendored under appPackage/schema/, see its README) plus the rules Teams applies
 * on upload that a schema cannot express, and our own policy for Customer Pulse.
 *
 * validateAppPackage() never throws for a bad package: it returns every problem it finds,
 * each with the rule it broke, where, and what to do.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng, readPngHeader } from './png.mjs';

const require = createRequire(import.meta.url);
/** The schemas are JSON Schema draft-04, which Ajv 8 supports through ajv-draft-04. */
const Ajv04 = require('ajv-draft-04');

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema');

/** Manifest versions whose official schemas are vendored in appPackage/schema/. */
export const SUPPORTED_MANIFEST_VERSIONS = Object.freeze(['1.22']);

/**
 * What Customer Pulse ships and may ask for. The validator takes it as a parameter so the
 * generic rules stay separate from this app's choices.
 * @typedef {{ defaultLanguage: string, languages: readonly string[], resourceSpecificPermissions: readonly string[] }} PackagePolicy
 * @type {PackagePolicy}
 */
export const customerPulsePolicy = Object.freeze({
  defaultLanguage: 'en',
  languages: Object.freeze(['en', 'sv', 'tr', 'da', 'de']),
  // Stage sharing, and the meeting's details (which occurrence of a recurring series is running),
  // each in scheduled/group-chat meetings and in channel meetings; nothing else.
  resourceSpecificPermissions: Object.freeze([
    'MeetingStage.Write.Chat',
    'ChannelMeetingStage.Write.Group',
    'OnlineMeeting.ReadBasic.Chat',
    'ChannelMeeting.ReadBasic.Group',
  ]),
});

/** @typedef {{ rule: string, where: string, message: string }} Problem */

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HOSTNAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i;
/** Parents shared by many tenants' apps: a wildcard on them would trust strangers' sites. */
const SHARED_PARENTS = [
  'azurewebsites.net',
  'web.core.windows.net',
  'blob.core.windows.net',
  'azurestaticapps.net',
  'azureedge.net',
  'azurefd.net',
  'cloudapp.azure.com',
  'ngrok.io',
  'ngrok-free.app',
  'devtunnels.ms',
  'github.io',
];

const ICON_SIZES = { color: 192, outline: 32, color32x32: 32 };

/** @type {Map<string, { manifest: import('ajv').ValidateFunction, localization: import('ajv').ValidateFunction }>} */
const validators = new Map();

function schemaValidators(version, schemaDir = SCHEMA_DIR) {
  const key = `${schemaDir}|${version}`;
  let entry = validators.get(key);
  if (!entry) {
    const dir = join(schemaDir, `v${version}`);
    const manifestSchema = JSON.parse(readFileSync(join(dir, 'MicrosoftTeams.schema.json'), 'utf8'));
    const localizationSchema = JSON.parse(readFileSync(join(dir, 'MicrosoftTeams.Localization.schema.json'), 'utf8'));
    // strict: false because the official schema is written for draft-04 validators, not for
    // Ajv's strict mode; unicodeRegExp: false because some of its patterns are not valid with
    // the "u" flag (Teams evaluates them as plain ECMAScript patterns).
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv.addFormat('uri', (value) => URL.canParse(value));
    entry = { manifest: ajv.compile(manifestSchema), localization: ajv.compile(localizationSchema) };
    validators.set(key, entry);
  }
  return entry;
}

/** Turns Ajv's errors into sentences that name the field and what it should be. */
function schemaProblems(errors, file) {
  /** @type {Problem[]} */
  const problems = [];
  const seen = new Set();
  for (const error of errors ?? []) {
    const where = `${file}${error.instancePath || ''}` || file;
    let message = error.message ?? 'is not valid';
    if (error.keyword === 'additionalProperties') message = `has a property the schema does not allow: "${error.params.additionalProperty}"`;
    else if (error.keyword === 'enum') message = `must be one of: ${error.params.allowedValues.join(', ')}`;
    else if (error.keyword === 'const') message = `must be "${error.params.allowedValue}"`;
    else if (error.keyword === 'pattern') message = `does not match the required pattern ${error.params.pattern}`;
    const line = `${where} ${message}`;
    if (seen.has(line)) continue;
    seen.add(line);
    problems.push({ rule: 'schema', where, message });
  }
  return problems;
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every string in a JSON value, with its JSON pointer. */
function* strings(value, pointer = '') {
  if (typeof value === 'string') yield [pointer, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${pointer}/${i}`);
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) yield* strings(item, `${pointer}/${key}`);
}

function domainAllowed(host, validDomains) {
  const lower = host.toLowerCase();
  return validDomains.some((entry) => {
    const domain = String(entry).toLowerCase();
    if (domain.startsWith('*.')) return lower.endsWith(domain.slice(1)) && lower.length > domain.length - 1;
    return lower === domain;
  });
}

/** The manifest's localizable strings, as the keys a language file uses. */
export function localizableStrings(manifest) {
  /** @type {Record<string, string>} */
  const keys = {};
  if (!isObject(manifest)) return keys;
  const { name, description, staticTabs } = /** @type {any} */ (manifest);
  if (typeof name?.short === 'string') keys['name.short'] = name.short;
  if (typeof name?.full === 'string') keys['name.full'] = name.full;
  if (typeof description?.short === 'string') keys['description.short'] = description.short;
  if (typeof description?.full === 'string') keys['description.full'] = description.full;
  if (Array.isArray(staticTabs)) {
    staticTabs.forEach((tab, index) => {
      if (typeof tab?.name === 'string') keys[`staticTabs[${index}].name`] = tab.name;
    });
  }
  return keys;
}

/**
 * Validates a manifest and the other files of its package.
 * @param {{ manifest: unknown, files: Map<string, Uint8Array>, policy?: PackagePolicy, schemaDir?: string }} input
 *   `files` holds every file of the package except manifest.json, by name.
 * @returns {Problem[]}
 */
export function validateAppPackage({ manifest, files, policy = customerPulsePolicy, schemaDir = SCHEMA_DIR }) {
  /** @type {Problem[]} */
  const problems = [];
  const add = (rule, where, message) => problems.push({ rule, where, message });

  if (!isObject(manifest)) {
    add('schema', 'manifest.json', 'must be a JSON object');
    return problems;
  }
  const m = /** @type {Record<string, any>} */ (manifest);

  // Placeholders first: an unfilled ${{NAME}} explains most later failures.
  for (const [pointer, value] of strings(m)) {
    if (value.includes('${{')) add('placeholders', `manifest.json${pointer}`, `still contains a placeholder: "${value}"`);
  }

  // The official schema of the declared version.
  const version = m.manifestVersion;
  if (!SUPPORTED_MANIFEST_VERSIONS.includes(version)) {
    add(
      'manifest-version',
      'manifest.json/manifestVersion',
      `is "${version}", but only ${SUPPORTED_MANIFEST_VERSIONS.join(', ')} can be validated offline (vendor its schema into appPackage/schema/)`,
    );
    return problems;
  }
  const { manifest: validateManifest, localization: validateLocalization } = schemaValidators(version, schemaDir);
  if (!validateManifest(m)) problems.push(...schemaProblems(validateManifest.errors, 'manifest.json'));
  if (typeof m.$schema === 'string' && !m.$schema.includes(`/v${version}/MicrosoftTeams.schema.json`)) {
    add('manifest-version', 'manifest.json/$schema', `points at another version than manifestVersion ${version}: ${m.$schema}`);
  }

  // Ids.
  if (typeof m.id !== 'string' || !GUID.test(m.id)) add('ids', 'manifest.json/id', `must be a GUID, got "${m.id}"`);
  if (m.webApplicationInfo !== undefined && !GUID.test(String(m.webApplicationInfo?.id))) {
    add('ids', 'manifest.json/webApplicationInfo/id', `must be the Entra app's client id (a GUID), got "${m.webApplicationInfo?.id}"`);
  }
  if (typeof m.version !== 'string' || !SEMVER.test(m.version)) add('version', 'manifest.json/version', `must be MAJOR.MINOR.PATCH, got "${m.version}"`);

  // Domains.
  const validDomains = Array.isArray(m.validDomains) ? m.validDomains : [];
  const seenDomains = new Set();
  validDomains.forEach((domain, index) => {
    const where = `manifest.json/validDomains/${index}`;
    if (typeof domain !== 'string' || !HOSTNAME.test(domain)) {
      add('domains', where, `must be a bare host name such as "pulse.contoso.com" (no scheme, port or path), got "${domain}"`);
      return;
    }
    const lower = domain.toLowerCase();
    if (seenDomains.has(lower)) add('domains', where, `"${domain}" is listed twice`);
    seenDomains.add(lower);
    if (lower.startsWith('*.') && SHARED_PARENTS.some((parent) => lower === `*.${parent}`)) {
      add('domains', where, `"${domain}" trusts every tenant's site on a shared host; list the app's own host name`);
    }
  });

  /** @type {Array<[string, unknown]>} */
  const tabUrls = [];
  (Array.isArray(m.configurableTabs) ? m.configurableTabs : []).forEach((tab, i) => {
    tabUrls.push([`manifest.json/configurableTabs/${i}/configurationUrl`, tab?.configurationUrl]);
  });
  (Array.isArray(m.staticTabs) ? m.staticTabs : []).forEach((tab, i) => {
    for (const key of ['contentUrl', 'websiteUrl', 'searchUrl']) {
      if (tab?.[key] !== undefined) tabUrls.push([`manifest.json/staticTabs/${i}/${key}`, tab[key]]);
    }
  });
  for (const [where, value] of tabUrls) {
    const url = typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined;
    if (!url || url.protocol !== 'https:') {
      add('urls', where, `must be an https:// URL, got "${value}"`);
      continue;
    }
    if (!domainAllowed(url.hostname, validDomains)) add('domains', where, `host "${url.hostname}" is not in validDomains`);
  }
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
    const value = m.developer?.[key];
    if (value !== undefined && !(typeof value === 'string' && URL.canParse(value) && new URL(value).protocol === 'https:')) {
      add('urls', `manifest.json/developer/${key}`, `must be an https:// URL, got "${value}"`);
    }
  }
  const staticEntityIds = new Set();
  (Array.isArray(m.staticTabs) ? m.staticTabs : []).forEach((tab, i) => {
    if (staticEntityIds.has(tab?.entityId)) add('tabs', `manifest.json/staticTabs/${i}/entityId`, `"${tab.entityId}" is used by two static tabs`);
    staticEntityIds.add(tab?.entityId);
  });

  // SSO: the resource must be api://<tab host>/<client id> for getAuthToken to work.
  if (isObject(m.webApplicationInfo)) {
    const { id, resource } = m.webApplicationInfo;
    const match = typeof resource === 'string' ? /^api:\/\/([^/]+)\/(.+)$/.exec(resource) : null;
    if (!match) {
      add('sso', 'manifest.json/webApplicationInfo/resource', `must be "api://<tab host>/<client id>", got "${resource}"`);
    } else {
      const [, host, appId] = match;
      if (!domainAllowed(/** @type {string} */ (host), validDomains)) add('sso', 'manifest.json/webApplicationInfo/resource', `host "${host}" is not in validDomains`);
      if (appId !== id && appId !== `botid-${id}`) add('sso', 'manifest.json/webApplicationInfo/resource', `ends in "${appId}" but webApplicationInfo.id is "${id}"`);
    }
  }

  // Resource-specific consent: only what the app uses, and only with SSO info present.
  const rsc = m.authorization?.permissions?.resourceSpecific;
  if (Array.isArray(rsc)) {
    rsc.forEach((permission, i) => {
      if (!policy.resourceSpecificPermissions.includes(permission?.name)) {
        add('permissions', `manifest.json/authorization/permissions/resourceSpecific/${i}`, `"${permission?.name}" is not a permission Customer Pulse uses (allowed: ${policy.resourceSpecificPermissions.join(', ')})`);
      }
    });
    if (rsc.length && !isObject(m.webApplicationInfo)) add('permissions', 'manifest.json/webApplicationInfo', 'is required when the app asks for resource-specific permissions');
  }

  // Files the manifest references.
  const referenced = new Set();
  const need = (name, where) => {
    if (typeof name !== 'string') return undefined;
    referenced.add(name);
    const bytes = files.get(name);
    if (!bytes) add('files', where, `references "${name}", which is not in the package`);
    return bytes;
  };

  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const name = m.icons?.[kind];
    if (name === undefined) continue;
    const where = `manifest.json/icons/${kind}`;
    const bytes = need(name, where);
    if (!bytes) continue;
    try {
      const header = readPngHeader(bytes);
      if (header.width !== size || header.height !== size) {
        add('icons', `${name}`, `${kind} icon must be ${size}x${size} pixels, is ${header.width}x${header.height}`);
      }
      if (kind === 'outline') {
        const { rgba } = decodePng(bytes);
        let coloured = 0;
        for (let i = 0; i < rgba.length; i += 4) {
          const alpha = /** @type {number} */ (rgba[i + 3]);
          if (alpha === 0) continue;
          if (rgba[i] !== 255 || rgba[i + 1] !== 255 || rgba[i + 2] !== 255) coloured++;
        }
        const opaqueBackground = rgba[3] === 255 && rgba[rgba.length - 1] === 255;
        if (coloured) add('icons', `${name}`, `outline icon must be white on transparent; ${coloured} visible pixel(s) are not white`);
        if (opaqueBackground) add('icons', `${name}`, 'outline icon must have a transparent background (its corners are opaque)');
      }
    } catch (error) {
      add('icons', `${name}`, `${kind} icon is not a readable PNG: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // Localization: every language we ship, complete, valid, and consistent with the manifest.
  const info = m.localizationInfo;
  const expected = localizableStrings(m);
  const expectedKeys = Object.keys(expected).sort();
  if (!isObject(info)) {
    add('localization', 'manifest.json/localizationInfo', `is missing; the app ships ${policy.languages.join(', ')}`);
  } else {
    const defaultTag = String(info.defaultLanguageTag ?? '');
    if (defaultTag.toLowerCase() !== policy.defaultLanguage.toLowerCase()) {
      add('localization', 'manifest.json/localizationInfo/defaultLanguageTag', `must be "${policy.defaultLanguage}", got "${defaultTag}"`);
    }
    /** @type {Array<{ tag: string, file: unknown, where: string, isDefault: boolean }>} */
    const languageFiles = [];
    if (info.defaultLanguageFile !== undefined) {
      languageFiles.push({ tag: defaultTag, file: info.defaultLanguageFile, where: 'manifest.json/localizationInfo/defaultLanguageFile', isDefault: true });
    }
    const additional = Array.isArray(info.additionalLanguages) ? info.additionalLanguages : [];
    additional.forEach((language, i) => {
      languageFiles.push({ tag: String(language?.languageTag ?? ''), file: language?.file, where: `manifest.json/localizationInfo/additionalLanguages/${i}`, isDefault: false });
    });

    const tags = [defaultTag, ...additional.map((language) => String(language?.languageTag ?? ''))].map((tag) => tag.toLowerCase());
    const duplicates = tags.filter((tag, i) => tags.indexOf(tag) !== i);
    for (const tag of new Set(duplicates)) add('localization', 'manifest.json/localizationInfo', `language "${tag}" is declared more than once`);
    for (const language of policy.languages) {
      if (!tags.includes(language.toLowerCase())) add('localization', 'manifest.json/localizationInfo', `does not declare "${language}", which the app ships`);
    }
    for (const tag of tags) {
      if (!policy.languages.some((language) => language.toLowerCase() === tag)) {
        add('localization', 'manifest.json/localizationInfo', `declares "${tag}", which is not one of the app's languages (${policy.languages.join(', ')})`);
      }
    }

    for (const { tag, file, where, isDefault } of languageFiles) {
      const bytes = need(file, where);
      if (!bytes) continue;
      const name = /** @type {string} */ (file);
      let translations;
      try {
        translations = JSON.parse(Buffer.from(bytes).toString('utf8'));
      } catch (error) {
        add('localization', name, `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      if (!validateLocalization(translations)) problems.push(...schemaProblems(validateLocalization.errors, name));
      if (!isObject(translations)) continue;
      const keys = Object.keys(translations).filter((key) => key !== '$schema');
      for (const key of expectedKeys) {
        if (!(key in translations)) add('localization', name, `(${tag}) has no translation for "${key}"`);
        else if (typeof translations[key] !== 'string' || !translations[key].trim()) add('localization', name, `(${tag}) has an empty translation for "${key}"`);
        else if (isDefault && translations[key] !== expected[key]) {
          add('localization', name, `(${tag}, the default language) says "${translations[key]}" for "${key}" but manifest.json says "${expected[key]}"`);
        }
      }
      for (const key of keys) {
        if (!(key in expected)) add('localization', name, `(${tag}) translates "${key}", which the manifest does not have`);
      }
      for (const [pointer, value] of strings(translations)) {
        if (value.includes('${{')) add('placeholders', `${name}${pointer}`, `still contains a placeholder: "${value}"`);
      }
    }
  }

  for (const name of files.keys()) {
    if (!referenced.has(name)) add('files', name, 'is in the package but the manifest does not reference it');
  }
  return problems;
}

/** One line per problem, grouped by rule, for the build log. */
export function formatProblems(problems) {
  return problems.map((problem) => `  [${problem.rule}] ${problem.where}: ${problem.message}`).join('\n');
}
