/**
 * The surfaces the simulator plays come from the app package, as in Teams: a meeting side
 * panel only if the manifest declares `meetingSidePanel`, the stage only with `meetingStage`,
 * a channel tab only with `channelTab` in team scope, a personal app only with a personal
 * static tab. Change the manifest and the simulator (and the e2e tests that ask it) follow.
 */
import manifest from '../../appPackage/manifest.json';
import { SURFACES, type Surface } from './simulatorOptions';

interface ManifestTabs {
  configurableTabs?: { scopes?: string[]; context?: string[] }[];
  staticTabs?: { scopes?: string[] }[];
}

export function surfacesDeclaredBy(app: ManifestTabs): { surfaces: Surface[]; meetingStage: boolean } {
  const configurable = app.configurableTabs ?? [];
  const hasContext = (context: string, scope?: string) =>
    configurable.some((tab) => tab.context?.includes(context) && (!scope || tab.scopes?.includes(scope)));
  const declared: Record<Surface, boolean> = {
    meeting: hasContext('meetingSidePanel'),
    channel: hasContext('channelTab', 'team'),
    'channel-setup': hasContext('channelTab', 'team'),
    personal: (app.staticTabs ?? []).some((tab) => tab.scopes?.includes('personal')),
  };
  return { surfaces: SURFACES.filter((surface) => declared[surface]), meetingStage: hasContext('meetingStage') };
}

export const declaredByManifest = surfacesDeclaredBy(manifest as ManifestTabs);
