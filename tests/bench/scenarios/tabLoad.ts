/**
 * Scenario 6, the side panel's first load. Two parts:
 *
 * - Size: the tab is built exactly as it ships (`tab/vite.config.ts`, into a temp folder) and
 *   everything its index.html makes the browser fetch up front — the entry script, every
 *   modulepreload and stylesheet — is summed raw and gzipped (zlib level 6, a typical server
 *   setting). The other chunks (loaded later, on demand) are listed apart.
 * - Time: the meeting simulator, built separately so the tab's build stays the shipping one,
 *   is served together with the tab by `vite preview` (which proxies /api and /dev to the
 *   bench's API host). A check is already open in the simulated meeting, so the panel's first
 *   screen is the rating form. In headless Chromium with a cold cache, for Ava's panel: time
 *   from the panel's navigation start to `app.notifySuccess()` arriving at the simulated host,
 *   and to the first enabled rating radio being painted. Median of `runs` page loads.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { seedCompany } from '../../../api/local/companySeed.ts';
import { repoRoot } from '../../../api/local/paths.ts';
import { tablesFor } from '../../../api/src/storage/tables.ts';
import { SIMULATED_MEETING, SIMULATED_PARTICIPANTS, SIMULATED_TEAM, SIMULATED_TENANT } from '../../../tab/simulator/meetingData.ts';
import { launchChromium } from '../../support/browser.ts';
import { freePort } from '../../support/freePort.ts';
import { pulseApi, type Person } from '../api.ts';
import { expectStatus, type ApiDriver } from '../driver.ts';
import type { Progress } from '../progress.ts';
import { median, round } from '../stats.ts';

export interface AssetSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface TabSizes {
  initial: { js: AssetSize[]; css: AssetSize[]; rawBytes: number; gzipBytes: number; jsGzipBytes: number; cssGzipBytes: number };
  /** Chunks the first load does not fetch (split out, loaded on demand). */
  deferred: AssetSize[];
  buildSeconds: number;
}

export interface TabTiming {
  runs: number;
  /** Per run, ms from the side panel's navigation start. */
  notifySuccessMs: number[];
  firstRatingMs: number[];
  /** The same two, from the simulator page's own navigation start. */
  notifySuccessFromPageMs: number[];
  firstRatingFromPageMs: number[];
  median: { notifySuccessMs: number; firstRatingMs: number; notifySuccessFromPageMs: number; firstRatingFromPageMs: number };
  /** Tab assets (JS/CSS) the panels requested before their first rating control, beyond the initial ones. */
  lazyAssetsRequested: string[];
  /** Where the time goes in the run with the median first rating: ms from the panel's navigation start. */
  breakdown?: LoadBreakdown;
  /** The simulator's default: all three panels load at once and share the two cores. */
  sideBySide: { runs: number; notifySuccessMs: number[]; firstRatingMs: number[]; median: { notifySuccessMs: number; firstRatingMs: number } };
  /** The leadership view's navigation start → every heat map cell of a full first page painted. */
  heatMap?: { runs: number; cells: number; renderedMs: number[]; median: number };
  chromium: string;
}

export interface LoadBreakdown {
  documentMs: number;
  scriptsLoadedMs: number;
  domContentLoadedMs: number;
  /** teams-js messages the simulated host received from the panel, in order. */
  hostMessages: { func: string; ms: number }[];
  /** The panel's own API calls (the token is fetched by the host page, not the panel). */
  apiCalls: { path: string; startMs: number; endMs: number }[];
  firstRatingMs: number;
}

export interface TabLoadResult {
  sizes: TabSizes;
  timing?: TabTiming;
  timingError?: string;
}

const tabRoot = join(repoRoot, 'tab');
/** The simulator's own assets live apart, so they never count as the tab's. */
const simulatorAssetsDir = 'simulator-assets';

export interface TabLoadOptions {
  api: ApiDriver;
  /** Page loads with Ava's panel alone (the figure with the target). */
  runs: number;
  /** Page loads with all three panels at once, as the simulator shows them. */
  sideBySideRuns?: number;
  /**
   * Loads of the leadership view with a full first page of teams (seeded into the simulated
   * tenant through this storage): time to the heat map's every cell painted (issue #17).
   */
  heatMap?: { connectionString: string; runs: number };
  progress: Progress;
}

export async function tabLoad(options: TabLoadOptions): Promise<TabLoadResult> {
  const outDir = await mkdtemp(join(tmpdir(), 'customer-pulse-bench-tab-'));
  try {
    options.progress.step('tab: building the tab as it ships, and the simulator beside it');
    const sizes = await buildAndMeasure(outDir);
    try {
      const timing = await measureTiming(outDir, options);
      return { sizes, timing };
    } catch (error) {
      return { sizes, timingError: (error as Error).message };
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

async function buildAndMeasure(outDir: string): Promise<TabSizes> {
  const { build } = await import('vite');
  const started = performance.now();
  await build({
    configFile: join(tabRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
  const buildSeconds = round((performance.now() - started) / 1000);
  // The simulator: plain TypeScript, no React; its own config so the tab's chunks stay untouched.
  await build({
    configFile: false,
    root: tabRoot,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      assetsDir: simulatorAssetsDir,
      reportCompressedSize: false,
      rolldownOptions: { input: { simulator: join(tabRoot, 'simulator/index.html') } },
    },
  });

  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const initialFiles = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) if (match[1]) initialFiles.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\brel="(modulepreload|stylesheet)"/.test(tag)) initialFiles.add(href);
  }
  const size = async (file: string): Promise<AssetSize> => {
    const bytes = await readFile(join(outDir, file.replace(/^\//, '')));
    return { file: file.replace(/^\//, ''), rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 6 }).length };
  };
  const initial = await Promise.all([...initialFiles].filter((file) => !/^https?:/.test(file)).map(size));
  const js = initial.filter((asset) => asset.file.endsWith('.js'));
  const css = initial.filter((asset) => asset.file.endsWith('.css'));
  const all = (await readdir(join(outDir, 'assets'))).filter((file) => /\.(js|css)$/.test(file)).map((file) => `assets/${file}`);
  const initialNames = new Set(initial.map((asset) => asset.file));
  const deferred = await Promise.all(all.filter((file) => !initialNames.has(file)).map(size));
  const sum = (assets: AssetSize[], key: 'rawBytes' | 'gzipBytes') => assets.reduce((total, asset) => total + asset[key], 0);
  await stat(join(outDir, 'simulator/index.html')); // the simulator build must be there for the timing
  return {
    initial: {
      js,
      css,
      rawBytes: sum(initial, 'rawBytes'),
      gzipBytes: sum(initial, 'gzipBytes'),
      jsGzipBytes: sum(js, 'gzipBytes'),
      cssGzipBytes: sum(css, 'gzipBytes'),
    },
    deferred,
    buildSeconds,
  };
}

interface FrameMarks {
  timeOrigin: number;
  firstRating: number | null;
}

declare global {
  interface Window {
    __benchMarks?: FrameMarks;
  }
}

/** Runs in every frame before its scripts: notes when the first enabled rating radio is painted. */
function markFirstRating(): void {
  if (window === window.top) return;
  const marks: FrameMarks = { timeOrigin: performance.timeOrigin, firstRating: null };
  window.__benchMarks = marks;
  const observer = new MutationObserver(() => {
    if (document.querySelector('input[type="radio"]:not([disabled])')) {
      observer.disconnect();
      requestAnimationFrame(() => {
        marks.firstRating ??= performance.now();
      });
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/** Runs in the simulator page before its scripts: side panels other than Ava's get about:blank. */
function keepOnlyAvasPanel(): void {
  if (window !== window.top) return;
  const descriptor = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'src');
  if (!descriptor?.set || !descriptor.get) return;
  const { get, set } = descriptor;
  Object.defineProperty(HTMLIFrameElement.prototype, 'src', {
    configurable: true,
    enumerable: descriptor.enumerable,
    get() {
      return get.call(this);
    },
    set(value: string) {
      const frameId = (this as HTMLIFrameElement).dataset.frameId;
      const other = frameId !== undefined && frameId !== 'ava' && String(value).includes('frame=sidePanel');
      set.call(this, other ? 'about:blank' : value);
    },
  });
}

async function measureTiming(outDir: string, options: TabLoadOptions): Promise<TabTiming> {
  const { preview } = await import('vite');
  // An open check in the simulated meeting, so the panel opens straight into the rating form.
  const organizer = SIMULATED_PARTICIPANTS[0]!;
  const tokenReply = await options.api.call<{ token: string }>('POST', '/dev/token', {
    body: { userId: organizer.userId, name: organizer.displayName, tenantId: SIMULATED_TENANT.id, groups: [SIMULATED_TEAM.groupId], chats: [SIMULATED_MEETING.chatId] },
  });
  const ava: Person = {
    userId: organizer.userId,
    name: organizer.displayName,
    tenantId: SIMULATED_TENANT.id,
    token: expectStatus(tokenReply, 200, 'dev token').token,
  };
  await pulseApi(options.api).createSession(ava, {
    teamId: SIMULATED_TEAM.groupId,
    meetingId: SIMULATED_MEETING.id,
    title: 'Bench: side panel first load',
  });

  const previousApiOrigin = process.env.API_ORIGIN;
  process.env.API_ORIGIN = options.api.origin; // read by tab/vite.config.ts for its /api proxy
  const port = await freePort();
  const server = await preview({
    configFile: join(tabRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, open: false },
  });
  process.env.API_ORIGIN = previousApiOrigin;
  const origin = `http://localhost:${port}`;
  const browser = await launchChromium();
  try {
    const result: Omit<TabTiming, 'median' | 'runs' | 'chromium' | 'sideBySide'> = {
      notifySuccessMs: [],
      firstRatingMs: [],
      notifySuccessFromPageMs: [],
      firstRatingFromPageMs: [],
      lazyAssetsRequested: [],
    };
    const initialHtml = await readFile(join(outDir, 'index.html'), 'utf8');
    const lazy = new Set<string>();
    const breakdowns: LoadBreakdown[] = [];
    const sideBySide = { notifySuccessMs: [] as number[], firstRatingMs: [] as number[] };
    const plan = [
      ...Array.from({ length: options.runs }, () => 'alone' as const),
      ...Array.from({ length: options.sideBySideRuns ?? 0 }, () => 'side by side' as const),
    ];
    for (const [index, mode] of plan.entries()) {
      options.progress.step(`tab: page load ${index + 1}/${plan.length} in headless Chromium, cold cache, Ava's panel ${mode}`);
      const context = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
      try {
        const page = await context.newPage();
        await page.route('https://res.cdn.office.net/**', (route) => route.fulfill({ json: { validOrigins: [] } }));
        // In Teams a side panel loads alone on its machine: for the measured runs the other
        // simulated panels stay empty, so Ava's panel does not share the two cores with two
        // more copies of the tab. (Done in the page, not by intercepting requests, which
        // would slow Ava's panel down too.)
        if (mode === 'alone') await context.addInitScript(keepOnlyAvasPanel);
        await context.addInitScript(markFirstRating);
        page.on('request', (request) => {
          const path = new URL(request.url()).pathname;
          if (/^\/assets\/.*\.(js|css)$/.test(path) && !initialHtml.includes(path)) lazy.add(path.slice(1));
        });
        await page.goto(`${origin}/simulator/`);
        await page.waitForFunction(
          () => {
            const frame = document.querySelector<HTMLIFrameElement>('iframe[data-frame-id="ava"]');
            const marks = frame?.contentWindow?.__benchMarks;
            const success = window.__simulator?.log.some((entry) => entry.frameId === 'ava' && entry.func === 'appInitialization.success');
            return Boolean(success && marks && marks.firstRating !== null);
          },
          undefined,
          { timeout: 30_000, polling: 50 },
        );
        const marks = await page.evaluate(() => {
          const frame = document.querySelector<HTMLIFrameElement>('iframe[data-frame-id="ava"]');
          const frameWindow = frame?.contentWindow;
          const frameMarks = frameWindow?.__benchMarks;
          const frameOrigin = frameMarks?.timeOrigin ?? 0;
          const log = window.__simulator?.log ?? [];
          const success = log.find((entry) => entry.frameId === 'ava' && entry.func === 'appInitialization.success');
          const navigation = frameWindow?.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          const resources = (frameWindow?.performance.getEntriesByType('resource') ?? []) as PerformanceResourceTiming[];
          // No helper functions in here: the page gets this function's source, and tsx would
          // wrap named arrow functions in a helper the page does not have.
          const breakdown = {
            documentMs: Math.round(navigation?.responseEnd ?? 0),
            scriptsLoadedMs: Math.round(
              Math.max(0, ...resources.filter((r) => /\/assets\/.*\.js$/.test(new URL(r.name).pathname)).map((r) => r.responseEnd)),
            ),
            domContentLoadedMs: Math.round(navigation?.domContentLoadedEventEnd ?? 0),
            hostMessages: log
              .filter((entry) => entry.frameId === 'ava')
              .map((entry) => ({ func: entry.func, ms: Math.round(entry.at - frameOrigin) })),
            apiCalls: resources
              .filter((r) => new URL(r.name).pathname.startsWith('/api/'))
              .map((r) => ({ path: new URL(r.name).pathname, startMs: Math.round(r.startTime), endMs: Math.round(r.responseEnd) })),
            firstRatingMs: Math.round(frameMarks?.firstRating ?? 0),
          };
          return {
            pageOrigin: performance.timeOrigin,
            frameOrigin,
            firstRating: frameMarks?.firstRating ?? 0,
            successAt: success?.at ?? 0,
            breakdown,
          };
        });
        if (mode === 'side by side') {
          sideBySide.notifySuccessMs.push(round(marks.successAt - marks.frameOrigin, 0));
          sideBySide.firstRatingMs.push(round(marks.firstRating, 0));
          continue;
        }
        breakdowns.push(marks.breakdown);
        result.notifySuccessMs.push(round(marks.successAt - marks.frameOrigin, 0));
        result.firstRatingMs.push(round(marks.firstRating, 0));
        result.notifySuccessFromPageMs.push(round(marks.successAt - marks.pageOrigin, 0));
        result.firstRatingFromPageMs.push(round(marks.frameOrigin + marks.firstRating - marks.pageOrigin, 0));
      } finally {
        await context.close();
      }
    }
    const heatMap = options.heatMap ? await measureHeatMap(browser, origin, options.heatMap, options.progress) : undefined;
    result.lazyAssetsRequested = [...lazy].filter((file) => !file.startsWith(`${simulatorAssetsDir}/`)).sort();
    const medianFirstRating = median(result.firstRatingMs);
    const breakdown = breakdowns.find((b) => b.firstRatingMs === medianFirstRating) ?? breakdowns[0];
    return {
      breakdown,
      sideBySide: {
        runs: sideBySide.firstRatingMs.length,
        ...sideBySide,
        median: { notifySuccessMs: median(sideBySide.notifySuccessMs), firstRatingMs: median(sideBySide.firstRatingMs) },
      },
      runs: options.runs,
      heatMap,
      chromium: browser.version(),
      ...result,
      median: {
        notifySuccessMs: median(result.notifySuccessMs),
        firstRatingMs: median(result.firstRatingMs),
        notifySuccessFromPageMs: median(result.notifySuccessFromPageMs),
        firstRatingFromPageMs: median(result.firstRatingFromPageMs),
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The leadership view in the simulator's personal app with 25 teams on its first page (a
 * company of 28 seeded, nine in ten sharing): ms from the personal tab's navigation start to
 * the heat map's last cell painted, which includes loading the view's chunk and its API read.
 */
async function measureHeatMap(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  origin: string,
  options: { connectionString: string; runs: number },
  progress: Progress,
): Promise<NonNullable<TabTiming['heatMap']>> {
  progress.step('tab: seeding a first page of teams for the leadership heat map');
  await seedCompany(tablesFor(options.connectionString), { tenantId: SIMULATED_TENANT.id, teams: 28, weeks: 5, now: new Date() });
  const renderedMs: number[] = [];
  let cells = 0;
  for (let run = 0; run < options.runs; run += 1) {
    progress.step(`tab: leadership heat map ${run + 1}/${options.runs}, cold cache`);
    const context = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
    try {
      const page = await context.newPage();
      await page.route('https://res.cdn.office.net/**', (route) => route.fulfill({ json: { validOrigins: [] } }));
      await page.goto(`${origin}/simulator/?surface=personal&personalTab=leadership&width=1200`);
      // Read in the frame when the count is reached: the frame's own clock, from its navigation start.
      const painted = await page.waitForFunction(
        () => {
          const frame = document.querySelector<HTMLIFrameElement>('iframe[data-frame-id="personal"]');
          const chart = frame?.contentDocument?.querySelector('svg[aria-label^="Teams × statements"]');
          // The chart names its point count; a first page of 25 teams has at least two statements each.
          const points = Number(/with (\d+) data points/.exec(chart?.getAttribute('aria-label') ?? '')?.[1] ?? 0);
          const rects = chart?.querySelectorAll('rect').length ?? 0;
          return points >= 50 && rects >= points ? { ms: frame!.contentWindow!.performance.now(), rects: points } : null;
        },
        undefined,
        { timeout: 30_000, polling: 'raf' },
      ).catch(async (error) => {
        // What the frame shows instead (an error boundary's message, say) tells more than a timeout.
        const seen = await page.evaluate(() => {
          const frame = document.querySelector<HTMLIFrameElement>('iframe[data-frame-id="personal"]');
          const doc = frame?.contentDocument;
          return { svgs: [...(doc?.querySelectorAll('svg[aria-label]') ?? [])].map((svg) => `${svg.getAttribute('aria-label')?.slice(0, 60)}:${svg.querySelectorAll('rect').length}`), text: doc?.body?.innerText.slice(0, 400) };
        });
        throw new Error(`${(error as Error).message} ${JSON.stringify(seen)}`);
      });
      const { ms, rects } = (await painted.jsonValue())!;
      renderedMs.push(round(ms, 0));
      cells = rects;
    } finally {
      await context.close();
    }
  }
  return { runs: options.runs, cells, renderedMs, median: median(renderedMs) };
}
