/**
 * Plays the Teams host for one app iframe: answers the requests teams-js sends from that
 * frame and pushes host events (theme changes) into it.
 *
 * Only same-origin frames are answered. teams-js accepts a parent of its own origin
 * without consulting its list of Microsoft host origins (verifyIncomingMessageOrigin in
 * internal/communication.ts), which is what makes a local host possible at all.
 */
import { runAuthenticationWindow } from './authWindow';
import type { FrameRecord, HostLog, SettingsRecord } from './hostLog';
import {
  HOST_CLIENT_SUPPORTED_SDK_VERSION,
  HOST_RUNTIME_CONFIG,
  type HostRuntimeConfig,
} from './hostRuntime';
import {
  buildLegacyContext,
  SIMULATED_ENTITY_ID,
  type ContextScope,
  type LegacyHostContext,
  type SimulatedFrameContext,
} from './meetingContext';
import {
  SIMULATED_FORMER_MEMBER,
  meetingDetailsOf,
  SIMULATED_PARTICIPANTS,
  type SimulatedParticipant,
} from './meetingData';
import { showPeoplePicker } from './peoplePicker';
import { answerTokenRequest, recordConsent } from './ssoSimulation';
import { declaredByManifest, isInValidDomains } from './manifestSurfaces';
import type { TeamsTheme, WorldSetting } from './simulatorOptions';
import {
  ErrorCode,
  isTeamsRequest,
  notSupportedArgs,
  sdkError,
  type SdkError,
  type TeamsEvent,
  type TeamsRequest,
  type TeamsResponse,
} from './teamsProtocol';

/** The meeting-wide state and services a host answers from; owned by the meeting session. */
export interface HostedMeeting {
  readonly hostSessionId: string;
  readonly theme: TeamsTheme;
  readonly locale: string;
  readonly stage: StageSharing;
  readonly log: HostLog;
  /** Which meeting, occurrence, client, roles and channel type every frame is answered for. */
  readonly world: WorldSetting;
}

export interface StageSharing {
  readonly isSharing: boolean;
  hasSharePermission(participant: SimulatedParticipant): boolean;
  /** Teams' refusal of a share (or stop) by this participant, or null when allowed. */
  shareRefusal(participant: SimulatedParticipant): SdkError | null;
  share(contentUrl: URL, sharer: SimulatedParticipant): void;
  stop(): void;
}

export interface TeamsHostOptions {
  /** Key in `window.__simulator.frames`: the participant key, `stage`, `channel` or `personal`. */
  readonly frameId: string;
  readonly frameContext: SimulatedFrameContext;
  /** Which ids the context carries: meeting (default), team channel, or none (personal). */
  readonly contextScope?: ContextScope;
  /** `app.host.name`; `Teams` unless a personal app runs in Outlook or the Microsoft 365 app. */
  readonly hostName?: string;
  /** What the host says it supports; defaults to the Teams meeting host's. */
  readonly runtimeConfig?: HostRuntimeConfig;
  /** The tab's setup notified a successful save; Teams then shows the saved tab. */
  readonly onSettingsSaved?: (config: SettingsRecord['config']) => void;
  readonly iframe: HTMLIFrameElement;
  /** The signed-in user this frame's Teams client belongs to. */
  readonly participant: SimulatedParticipant;
  readonly meeting: HostedMeeting;
  /** Absolute URL the tab instance is configured with; what `pages.getConfig()` reports. */
  readonly tabContentUrl: string;
  /** The tab instance's entity id; defaults to the meeting tab's. */
  readonly entityId?: string;
}

/** Tab instance settings, as `pages.getConfig()` reads them (teams-js `InstanceConfig`). */
type InstanceConfig = SettingsRecord['config'];

/** Returned by a handler for fire-and-forget messages, which teams-js sends without a callback. */
const NO_REPLY = Symbol('no reply');
type HandlerResult = readonly unknown[] | typeof NO_REPLY;
type RequestHandler = (request: TeamsRequest) => HandlerResult | Promise<HandlerResult>;

export class TeamsHost {
  readonly record: FrameRecord;
  private readonly options: TeamsHostOptions;
  // A Map, not an object, so a `func` such as `toString` cannot reach Object.prototype.
  private readonly handlers: ReadonlyMap<string, RequestHandler>;
  private appSessionId = crypto.randomUUID();
  /** Why Teams refused the page's last settings (validDomains), or null: a refused tab is not saved. */
  private settingsRefusal: string | null = null;
  private openedAt = Date.now();

  constructor(options: TeamsHostOptions) {
    this.options = options;
    this.record = {
      frameId: options.frameId,
      frameContext: options.frameContext,
      userId: options.participant.userId,
      displayName: options.participant.displayName,
      url: '',
      appState: 'loading',
      failure: null,
      funcs: [],
      registeredHandlers: [],
      initializeCount: 0,
      settings: {
        valid: null,
        save: 'none',
        config: {
          entityId: options.entityId ?? SIMULATED_ENTITY_ID,
          contentUrl: options.tabContentUrl,
          suggestedDisplayName: 'Customer Pulse',
        },
      },
    };
    this.handlers = this.createHandlers();
    options.meeting.log.addFrame(this.record);
    window.addEventListener('message', this.onMessage);
  }

  /** Points the iframe at `url` (again); assigning `src` reloads even when it is unchanged. */
  load(url: string): void {
    this.resetForNewDocument();
    this.record.url = url;
    this.options.meeting.log.notify(this.record);
    this.options.iframe.src = url;
  }

  /** Loads `url` as the frame's new experience, e.g. the saved tab after its setup page. */
  navigate(url: string, frameContext: SimulatedFrameContext): void {
    this.record.frameContext = frameContext;
    this.load(url);
  }

  /**
   * Teams' Save button on a setup page: sends `settings.save` to the app, which answers with
   * `settings.save.success` or `.failure` once it stored its settings. Throws when the page
   * has not said it is valid (Teams keeps Save disabled then).
   */
  save(): void {
    if (this.record.frameContext !== 'settings') throw new Error('Only a setup page (frameContext settings) can be saved');
    if (this.record.settings.valid !== true) throw new Error('The setup page has not set a valid state; Save is disabled');
    this.record.settings.save = 'pending';
    delete this.record.settings.failureReason;
    this.options.meeting.log.notify(this.record);
    this.sendEvent('settings.save', [{}]);
  }

  /** Pushes a host event into the frame, e.g. `themeChange`. */
  sendEvent(func: string, args: readonly unknown[]): void {
    const event: TeamsEvent = { func, args };
    this.options.iframe.contentWindow?.postMessage(event, location.origin);
  }

  dispose(): void {
    window.removeEventListener('message', this.onMessage);
    this.options.meeting.log.removeFrame(this.record.frameId);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const frameWindow = this.options.iframe.contentWindow;
    if (!frameWindow || event.source !== frameWindow) return;
    // Same-origin only: the simulator hosts our own tab, never third-party pages.
    if (event.origin !== location.origin) return;
    if (!isTeamsRequest(event.data)) return;
    void this.handle(event.data, frameWindow);
  };

  private async handle(request: TeamsRequest, frameWindow: Window): Promise<void> {
    this.options.meeting.log.recordMessage(this.record, request.func);
    const handler = this.handlers.get(request.func);
    let args: HandlerResult;
    try {
      args = handler ? await handler(request) : notSupportedArgs(request.func);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      args = [sdkError(ErrorCode.INTERNAL_ERROR, `Simulator failed to handle ${request.func}: ${message}`)];
    }
    if (args === NO_REPLY) return;
    const response: TeamsResponse = { id: request.id, uuidAsString: request.uuidAsString, args };
    frameWindow.postMessage(response, location.origin);
  }

  private resetForNewDocument(): void {
    this.appSessionId = crypto.randomUUID();
    this.openedAt = Date.now();
    this.settingsRefusal = null;
    this.record.appState = 'loading';
    this.record.failure = null;
    this.record.funcs = [];
    this.record.registeredHandlers = [];
  }

  private updateRecord(changes: Partial<Pick<FrameRecord, 'appState' | 'failure'>>): void {
    Object.assign(this.record, changes);
    this.options.meeting.log.notify(this.record);
  }

  private createHandlers(): Map<string, RequestHandler> {
    const handlers: Record<string, RequestHandler> = {
      initialize: () => this.initialize(),
      getContext: () => [this.legacyContext()],
      'authentication.getAuthToken': () => this.getAuthToken(),
      'authentication.authenticate': (request) => this.authenticate(request),
      registerHandler: (request) => this.registerHandler(request),
      'appInitialization.appLoaded': () => this.appStateChanged('appLoaded'),
      // Answered because the runtime declares app.notifySuccessResponse (see hostRuntime.ts).
      'appInitialization.success': () => {
        this.updateRecord({ appState: 'success' });
        return [];
      },
      'appInitialization.failure': (request) => this.appFailed('failure', request),
      'appInitialization.expectedFailure': (request) => this.appFailed('expectedFailure', request),
      'settings.getSettings': () => [this.record.settings.config],
      'settings.setSettings': (request) => this.setSettings(request),
      'settings.setValidityState': (request) => {
        this.record.settings.valid = request.args[0] === true;
        this.options.meeting.log.notify(this.record);
        return NO_REPLY;
      },
      'settings.save.success': () => {
        if (this.settingsRefusal !== null) {
          // Teams keeps the tab unsaved (and the frame closed) after refusing its settings.
          this.record.settings.save = 'failed';
          this.record.settings.failureReason = this.settingsRefusal;
          this.options.meeting.log.notify(this.record);
          return NO_REPLY;
        }
        this.record.settings.save = 'succeeded';
        this.options.meeting.log.notify(this.record);
        this.options.onSettingsSaved?.(this.record.settings.config);
        return NO_REPLY;
      },
      'settings.save.failure': (request) => {
        this.record.settings.save = 'failed';
        const [reason] = request.args;
        if (typeof reason === 'string') this.record.settings.failureReason = reason;
        this.options.meeting.log.notify(this.record);
        return NO_REPLY;
      },
      readyToUnload: () => NO_REPLY,
      'meeting.getAppContentStageSharingCapabilities': () => [
        null,
        { doesAppHaveSharePermission: this.options.meeting.stage.hasSharePermission(this.options.participant) },
      ],
      'meeting.getAppContentStageSharingState': () => [null, { isAppSharing: this.options.meeting.stage.isSharing }],
      'meeting.shareAppContentToStage': (request) => this.shareToStage(request),
      'meeting.stopSharingAppContentToStage': () => this.stopSharingToStage(),
      'meeting.getMeetingDetails': () => this.meetingDetails(),
      'people.selectPeople': (request) => this.selectPeople(request),
    };
    return new Map(Object.entries(handlers));
  }

  /** Reply: [frameContext, hostClientType, runtimeConfigJson, clientSupportedSdkVersion]. */
  private initialize(): HandlerResult {
    // teams-js sends initialize once per document, so this is a new document: first load,
    // reload, or the app navigating itself. Start its record afresh.
    this.resetForNewDocument();
    this.record.funcs = ['initialize'];
    this.record.initializeCount += 1;
    this.updateRecord({ appState: 'initialized' });
    return [
      this.record.frameContext,
      this.options.meeting.world.client,
      JSON.stringify(this.options.runtimeConfig ?? HOST_RUNTIME_CONFIG),
      HOST_CLIENT_SUPPORTED_SDK_VERSION,
    ];
  }

  private legacyContext(): LegacyHostContext {
    return buildLegacyContext({
      participant: this.options.participant,
      scope: this.options.contextScope ?? 'meeting',
      meetingKind: this.options.meeting.world.meeting,
      channelKind: this.options.meeting.world.channel,
      clientType: this.options.meeting.world.client,
      hostName: this.options.hostName ?? 'Teams',
      entityId: this.record.settings.config.entityId ?? SIMULATED_ENTITY_ID,
      frameContext: this.record.frameContext,
      locale: this.options.meeting.locale,
      theme: this.options.meeting.theme,
      hostSessionId: this.options.meeting.hostSessionId,
      appSessionId: this.appSessionId,
      openedAt: this.openedAt,
    });
  }

  /**
   * Reply: [true, token] or [false, reason]; teams-js rejects with `new Error(reason)`. What
   * Teams answers depends on the page's `?sso=` mode (ssoSimulation.ts); in `timeout` it never does.
   */
  private async getAuthToken(): Promise<HandlerResult> {
    const result = await answerTokenRequest(this.options.participant);
    if (result === undefined) return NO_REPLY;
    return result.ok ? [true, result.token] : [false, result.reason];
  }

  /**
   * Args: [url, width, height, isExternal]. teams-js 2.x sends this to the host for every
   * client type; Teams opens the URL in a window of its own and answers when the page there
   * notifies success or failure (authWindow.ts). The app's page is our consent step, so its
   * success means Entra recorded the user's consent and their next token request succeeds.
   */
  private async authenticate(request: TeamsRequest): Promise<HandlerResult> {
    const [url, width, height] = request.args;
    const pageUrl = this.resolveFrameUrl(url);
    // teams-js sends only https URLs; the tab names its page on this http dev origin as https
    // (src/teams/consent.ts), and the simulator, served over http, opens it there.
    if (pageUrl?.protocol === 'https:' && location.protocol === 'http:' && pageUrl.host === location.host) pageUrl.protocol = 'http:';
    // Teams opens only URLs of the app's valid domains; here that is our own origin.
    if (!pageUrl || pageUrl.origin !== location.origin) return [false, `Cannot open ${String(url)} for authentication`];
    const reply = await runAuthenticationWindow({
      url: pageUrl,
      width: typeof width === 'number' ? width : undefined,
      height: typeof height === 'number' ? height : undefined,
      onMessage: (func) => this.options.meeting.log.recordMessage(this.record, `authWindow:${func}`),
    });
    if (reply[0]) recordConsent(this.options.participant);
    return [...reply];
  }

  private registerHandler(request: TeamsRequest): HandlerResult {
    const [name] = request.args;
    if (typeof name === 'string' && !this.record.registeredHandlers.includes(name)) {
      this.record.registeredHandlers.push(name);
      this.options.meeting.log.notify(this.record);
    }
    return NO_REPLY;
  }

  private appStateChanged(appState: FrameRecord['appState']): HandlerResult {
    this.updateRecord({ appState });
    return NO_REPLY;
  }

  /** Args: [reason, message, authHeader?]. */
  private appFailed(appState: 'failure' | 'expectedFailure', request: TeamsRequest): HandlerResult {
    const [reason, message] = request.args;
    this.updateRecord({
      appState,
      failure: {
        reason: typeof reason === 'string' ? reason : 'Other',
        ...(typeof message === 'string' ? { message } : {}),
      },
    });
    return NO_REPLY;
  }

  /** Args: [instanceConfig]. Reply: [true] or [false, reason] (sendAndHandleStatusAndReason). */
  private setSettings(request: TeamsRequest): HandlerResult {
    const [config] = request.args;
    if (typeof config !== 'object' || config === null || typeof (config as InstanceConfig).contentUrl !== 'string') {
      return [false, 'settings.setSettings needs an instance config with a contentUrl'];
    }
    const outside = this.urlsOutsideValidDomains(config as InstanceConfig);
    if (outside.length > 0) {
      this.settingsRefusal = `The tab's ${outside.join(' and ')} is not in the app's validDomains`;
      this.options.meeting.log.notify(this.record);
      return [false, this.settingsRefusal];
    }
    this.settingsRefusal = null;
    Object.assign(this.record.settings.config, config as InstanceConfig);
    this.options.meeting.log.notify(this.record);
    return [true];
  }

  /**
   * Teams saves a tab only if its contentUrl (and websiteUrl, if set) are on the app's
   * validDomains ("If your tab configuration or content UI needs to navigate to any other domain
   * besides the one used for tab configuration, that domain must be specified here",
   * https://learn.microsoft.com/microsoftteams/platform/resources/schema/manifest-schema#validdomains);
   * `${{TAB_DOMAIN}}` is the simulator's own host.
   */
  private urlsOutsideValidDomains(config: InstanceConfig): string[] {
    const outside: string[] = [];
    for (const field of ['contentUrl', 'websiteUrl'] as const) {
      const value = config[field];
      if (value === undefined) continue;
      const url = this.resolveFrameUrl(value);
      if (!url || !isInValidDomains(url, declaredByManifest.validDomains, location.origin)) outside.push(field);
    }
    return outside;
  }

  /** Reply to the (error, response) callback: [null, IMeetingDetailsResponse] in a meeting frame. */
  private meetingDetails(): HandlerResult {
    if ((this.options.contextScope ?? 'meeting') !== 'meeting') {
      return [sdkError(ErrorCode.NOT_SUPPORTED_IN_CURRENT_CONTEXT, 'There is no meeting outside a meeting')];
    }
    const { meeting, occurrence } = this.options.meeting.world;
    return [null, meetingDetailsOf(meeting, occurrence)];
  }

  /** Args: [appContentUrl, shareOptions]. Reply to the (error, result) callback: [null, true] or [SdkError, false]. */
  private shareToStage(request: TeamsRequest): HandlerResult {
    const { stage } = this.options.meeting;
    const refusal = stage.shareRefusal(this.options.participant);
    if (refusal) return [refusal, false];
    const [appContentUrl] = request.args;
    const contentUrl = this.resolveFrameUrl(appContentUrl);
    if (!contentUrl || contentUrl.origin !== location.origin) {
      // Teams only loads URLs from the app's valid domains; here that is our own origin.
      return [sdkError(ErrorCode.INVALID_ARGUMENTS, `Cannot share ${String(appContentUrl)} to the stage`), false];
    }
    stage.share(contentUrl, this.options.participant);
    return [null, true];
  }

  private stopSharingToStage(): HandlerResult {
    const { stage } = this.options.meeting;
    const refusal = stage.shareRefusal(this.options.participant);
    if (refusal) return [refusal, false];
    stage.stop();
    return [null, true];
  }

  /**
   * Teams' people picker. Args: [PeoplePickerInputs?]. Reply to sendAndHandleSdkError:
   * [null, PeoplePickerResult[]] with the chosen people, or [SdkError]; closing the picker
   * without a choice is USER_ABORT (8000), as Teams documents for selectPeople. In a chat,
   * channel or meeting Teams offers their members (everyone on the roster); in a personal app,
   * or with `openOrgWideSearchInChatOrChannel`, the whole tenant, the former member too.
   */
  private async selectPeople(request: TeamsRequest): Promise<HandlerResult> {
    const runtime = this.options.runtimeConfig ?? HOST_RUNTIME_CONFIG;
    if (!('people' in runtime.supports)) return notSupportedArgs(request.func);
    const [inputs] = request.args;
    if (inputs !== undefined && inputs !== null && typeof inputs !== 'object') {
      return [sdkError(ErrorCode.INVALID_ARGUMENTS, 'people.selectPeople takes PeoplePickerInputs')];
    }
    const { title, singleSelect, setSelected, openOrgWideSearchInChatOrChannel } = (inputs ?? {}) as Record<string, unknown>;
    const single = singleSelect === true;
    const orgWide = openOrgWideSearchInChatOrChannel === true || this.options.contextScope === 'personal';
    const chosen = await showPeoplePicker({
      // teams-js documents these defaults for a missing title.
      title: typeof title === 'string' && title.trim() ? title : single ? 'Select a person' : 'Select people',
      people: orgWide ? [...SIMULATED_PARTICIPANTS, SIMULATED_FORMER_MEMBER] : SIMULATED_PARTICIPANTS,
      singleSelect: single,
      preselectedIds: Array.isArray(setSelected) ? setSelected.filter((id): id is string => typeof id === 'string') : [],
    });
    if (chosen === null) return [sdkError(ErrorCode.USER_ABORT, 'User cancelled the operation')];
    return [null, chosen.map((person) => ({ objectId: person.userId, displayName: person.displayName, email: person.userPrincipalName }))];
  }

  /** Relative URLs are resolved against the sharing frame's document, as the app wrote them. */
  private resolveFrameUrl(value: unknown): URL | null {
    if (typeof value !== 'string' || value.length === 0) return null;
    try {
      return new URL(value, this.options.iframe.contentWindow?.location.href ?? location.href);
    } catch {
      return null;
    }
  }
}
