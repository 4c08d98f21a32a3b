/**
 * The surfaces the simulator plays come from the app package, as in Teams: a meeting side
 * panel only if the manifest declares `meetingSidePanel`, the stage only with `meetingStage`,
 * a meeting chat or details tab only with `meetingChatTab` or `meetingDetailsTab`, a channel tab
 * only with `channelTab` in team scope, a personal app only with a personal static tab. Change
 * the manifest and the simulator (and the e2e tests that ask it) follow.
 *
 * The same goes for what Teams allows the app: sharing to the stage needs the RSC permission
 * of the meeting's kind (`MeetingStage.Write.Chat` in a private meeting,
 * `ChannelMeetingStage.Write.Group` in a channel meeting); private and shared channels offer
 * the app only when `supportedChannelTypes` lists them
 * (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/shared-channels#enable-your-app-for-shared-channels);
 * and Teams loads only URLs whose host is in `validDomains`
 * (https://learn.microsoft.com/microsoftteams/platform/resources/schema/manifest-schema#validdomains).
 */
import manifest from '../../appPackage/manifest.json';
import type { ChannelKind } from './meetingData';
import { SURFACES, type Surface } from './simulatorOptions';

interface ManifestTabs {
  configurableTabs?: { scopes?: string[]; context?: string[] }[];
  staticTabs?: { entityId?: string; name?: string; contentUrl?: string; scopes?: string[] }[];
  supportedChannelTypes?: string[];
  validDomains?: string[];
  authorization?: { permissions?: { resourceSpecific?: { name?: string; type?: string }[] } };
}

export interface DeclaredByManifest {
  readonly surfaces: Surface[];
  readonly meetingStage: boolean;
  /** The channel types Teams offers the app in: standard always, the others by `supportedChannelTypes`. */
  readonly channelKinds: ChannelKind[];
  /** Names of the resource-specific permissions the app asks for. */
  readonly resourceSpecificPermissions: string[];
  /** As written, with the `${{TAB_DOMAIN}}` placeholder. */
  readonly validDomains: string[];
}

export function surfacesDeclaredBy(app: ManifestTabs): DeclaredByManifest {
  const configurable = app.configurableTabs ?? [];
  const hasContext = (context: string, scope?: string) =>
    configurable.some((tab) => tab.context?.includes(context) && (!scope || tab.scopes?.includes(scope)));
  const declared: Record<Surface, boolean> = {
    meeting: hasContext('meetingSidePanel'),
    'meeting-tab': hasContext('meetingChatTab') || hasContext('meetingDetailsTab'),
    channel: hasContext('channelTab', 'team'),
    'channel-setup': hasContext('channelTab', 'team'),
    personal: (app.staticTabs ?? []).some((tab) => tab.scopes?.includes('personal')),
  };
  const channelTypes = app.supportedChannelTypes ?? [];
  return {
    surfaces: SURFACES.filter((surface) => declared[surface]),
    meetingStage: hasContext('meetingStage'),
    channelKinds: [
      'standard',
      ...(channelTypes.includes('privateChannels') ? (['private'] as const) : []),
      ...(channelTypes.includes('sharedChannels') ? (['shared'] as const) : []),
    ],
    resourceSpecificPermissions: (app.authorization?.permissions?.resourceSpecific ?? []).flatMap((permission) =>
      permission.name ? [permission.name] : [],
    ),
    validDomains: app.validDomains ?? [],
  };
}

/** The stage-sharing RSC permission Teams asks for, by where the meeting is. */
export function stageSharePermissionFor(inChannel: boolean): string {
  return inChannel ? 'ChannelMeetingStage.Write.Group' : 'MeetingStage.Write.Chat';
}

/**
 * Whether Teams would load `url` for the app: its host is one of `validDomains`, with
 * `${{TAB_DOMAIN}}` standing for the tab's own host (`tabOrigin`, here the simulator's), and `*.`
 * matching one or more subdomain levels. Only https (or the local tab origin itself) is loaded.
 */
export function isInValidDomains(url: URL, validDomains: readonly string[], tabOrigin: string): boolean {
  const tab = new URL(tabOrigin);
  if (url.protocol !== 'https:' && url.origin !== tab.origin) return false;
  const tabDomain = tab.host;
  const host = url.host.toLowerCase();
  return validDomains.some((entry) => {
    const domain = entry.replaceAll('${{TAB_DOMAIN}}', tabDomain).toLowerCase();
    if (domain.startsWith('*.')) return host.endsWith(domain.slice(1)) && host.length > domain.length - 1;
    return host === domain;
  });
}

export const declaredByManifest = surfacesDeclaredBy(manifest as ManifestTabs);

/** A personal static tab as Teams shows it in the app's header: its name, and what it opens. */
export interface PersonalStaticTab {
  /** `page.id` in the tab's context. */
  readonly entityId: string;
  /** The manifest's (default-language) name; Teams shows the localized one. */
  readonly name: string;
  /** The contentUrl's path and query on the tab's own host (`${{TAB_DOMAIN}}`). */
  readonly path: string;
}

/**
 * The personal app's pages, in the manifest's order: Teams shows the personal static tabs as
 * the app's own navigation in its header, in that order, and opens the first
 * (https://learn.microsoft.com/microsoftteams/platform/concepts/design/personal-apps).
 */
export function personalTabsDeclaredBy(app: ManifestTabs): PersonalStaticTab[] {
  return (app.staticTabs ?? []).flatMap((tab) => {
    if (!tab.scopes?.includes('personal') || !tab.entityId || !tab.contentUrl) return [];
    const url = new URL(tab.contentUrl.replaceAll('${{TAB_DOMAIN}}', 'tab.invalid'));
    return [{ entityId: tab.entityId, name: tab.name ?? tab.entityId, path: `${url.pathname}${url.search}${url.hash}` }];
  });
}

/** The tab `?personalTab=` names, else the first, the one Teams opens. */
export function personalTabFor(tabs: readonly PersonalStaticTab[], entityId: string | undefined): PersonalStaticTab | undefined {
  return tabs.find((tab) => tab.entityId === entityId) ?? tabs[0];
}

export const declaredPersonalTabs = personalTabsDeclaredBy(manifest as ManifestTabs);
