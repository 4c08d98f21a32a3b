/**
 * The channel tab: a team's customer-obsession checks over time. Latest against previous
 * check with intervals and trends, the scores and participation as charts, every check with
 * its statements and answers, the team's actions, sharing with the leadership view and the
 * CSV export. Loaded on demand (React.lazy), with the chart library, so the meeting side
 * panel never downloads any of it.
 *
 * Laid out for channel tabs from 320 px to full screen: one column that wraps, never sideways.
 */
import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useApiClient } from '../api/ApiClientContext.tsx';
import type { TeamCheckScores } from '../api/client.ts';
import { useReportFirstScreen } from '../app/useReportFirstScreen.ts';
import { templateTexts } from '../scores/templateTexts.ts';
import { readTemplateVersions, versionsRan } from '../scores/templateVersions.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import { useLoad } from '../shared/useLoad.ts';
import { TemplatesSection } from '../templates/TemplatesSection.tsx';
import { CheckList } from './CheckList.tsx';
import { csvFileName } from './csvDownload.ts';
import { ExportButton } from './ExportButton.tsx';
import { LatestCheck } from './LatestCheck.tsx';
import { ParticipationChart } from './ParticipationChart.tsx';
import { DEFAULT_PERIOD, isPeriod, PERIODS, rangeOf, type Period } from './period.ts';
import { ScoreTrendChart } from './ScoreTrendChart.tsx';
import { SharingSwitch } from './SharingSwitch.tsx';
import { TeamActions } from './TeamActions.tsx';
import { TeamRegisters } from './TeamRegisters.tsx';
import { shownCheckTitle } from '../i18n/titleWithoutDate.ts';
import { useMeetingDetails } from '../shared/useMeetingDetails.ts';

const periodKeys = {
  quarter: 'history.periods.quarter',
  half: 'history.periods.half',
  year: 'history.periods.year',
  all: 'history.periods.all',
} as const satisfies Record<Period, string>;

const useStyles = makeStyles({
  page: {
    // Wide tabs: a readable measure, centred; narrow tabs: the whole width. No `width: 100%`:
    // with the padding that would overflow wherever the global border-box rule is missing.
    maxWidth: '80rem',
    marginInline: 'auto',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForeground2 },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    minWidth: 0,
  },
  period: { minWidth: 0, maxWidth: '100%' },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 28rem), 1fr))',
    gap: tokens.spacingHorizontalXL,
    minWidth: 0,
  },
  chart: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface TeamHistoryViewProps {
  readonly teamId?: string;
  /** From the Teams context when it is the context's team; the API's name wins once known. */
  readonly teamName?: string;
  /** In a meeting's chat or details tab: a home without a team is named by the meeting's title. */
  readonly inMeeting?: boolean;
}

export default function TeamHistoryView({ teamId, teamName, inMeeting = false }: TeamHistoryViewProps) {
  const page = usePageStyles();
  const meeting = useMeetingDetails(inMeeting && !teamName);
  if (!teamId) return <NoTeam className={page.page} />;
  return <TeamHistory teamId={teamId} teamName={teamName ?? meeting?.title} />;
}

function NoTeam({ className }: { className: string }) {
  const { t } = useTranslation();
  useReportFirstScreen(true);
  return (
    <main className={className}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t('history.noTeam')}</MessageBarBody>
      </MessageBar>
    </main>
  );
}

function TeamHistory({ teamId, teamName: contextTeamName }: { teamId: string; teamName?: string }) {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const [period, setPeriod] = useState<Period>(DEFAULT_PERIOD);
  const range = useMemo(() => rangeOf(period), [period]);

  const history = useLoad(
    async (signal) => {
      const scores = await api.teamScores(teamId, range, signal);
      // The texts of exactly the versions the checks ran (the team's own templates too); a
      // version that cannot be read leaves its statements named by id.
      const templates = await readTemplateVersions(api, versionsRan(scores.sessions), teamId, signal);
      return { scores, templates };
    },
    `${teamId}|${range.from ?? ''}`,
  );
  const actions = useLoad((signal) => api.listActions(teamId, undefined, signal), teamId);
  const sharing = useLoad((signal) => api.teamSharing(teamId, signal), teamId);
  useReportFirstScreen(history.state.status !== 'loading');

  const loadedData = history.state.status === 'loaded' ? history.state.data : undefined;
  // Texts follow the language shown; the loaded ids and scores stay as they are.
  const loaded = useMemo(
    () => loadedData && { scores: loadedData.scores, texts: templateTexts(loadedData.templates, t) },
    [loadedData, t],
  );
  const sharedName = sharing.state.status === 'loaded' ? sharing.state.data.teamName : undefined;
  const teamName = loaded?.scores.teamName ?? sharedName ?? contextTeamName;
  const checks = loaded?.scores.sessions ?? [];
  const closed = useMemo(() => checks.filter((check) => check.state === 'closed'), [checks]);
  const oldestFirst = useMemo(() => [...closed].reverse(), [closed]);
  const checksById = useMemo(
    () => new Map(checks.map((check) => [check.id, { title: shownCheckTitle(t, check), date: check.createdAt }])),
    [checks, t],
  );

  return (
    <main className={mergeClasses(page.page, styles.page)}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="semibold" className={page.heading}>
          {t('history.heading')}
        </Text>
        <Text size={400} className={styles.subtitle}>
          {teamName ?? t('history.teamFallback', { teamId })}
        </Text>
      </header>

      <div className={styles.controls}>
        <Field label={t('history.period')} className={styles.period}>
          <Select
            value={period}
            onChange={(_event, data) => isPeriod(data.value) && setPeriod(data.value)}
          >
            {PERIODS.map((value) => (
              <option key={value} value={value}>
                {t(periodKeys[value])}
              </option>
            ))}
          </Select>
        </Field>
        <ExportButton fetchCsv={() => api.teamScoresCsv(teamId, range)} fileName={csvFileName(teamName ?? teamId)} />
      </div>
      <SharingSwitch teamId={teamId} teamName={teamName} sharing={sharing} />

      {history.state.status === 'loading' && <Spinner label={t('common.loading')} />}
      {history.state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('history.loadFailed', { reason: history.state.message })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={history.reload}>{t('common.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {loaded && closed.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('history.noChecks')}</MessageBarBody>
        </MessageBar>
      )}
      {loaded && closed[0] && (
        <LatestCheck
          latest={closed[0]}
          previous={comparedCheck(closed[0], closed)}
          texts={loaded.texts}
          windowTrends={loaded.scores.windowTrends}
        />
      )}
      {loaded && closed.length > 0 && <Charts checks={oldestFirst} texts={loaded.texts} />}
      {loaded && checks.length > 0 && <CheckList checks={checks} texts={loaded.texts} windowTrends={loaded.scores.windowTrends} />}
      <TeamActions teamId={teamId} actions={actions} checks={checksById} />
      <TeamRegisters teamId={teamId} />
      <TemplatesSection teamId={teamId} />
    </main>
  );
}

/** The earlier check the API compared a check with (same template), if it is in the period shown. */
function comparedCheck(check: TeamCheckScores, checks: readonly TeamCheckScores[]): TeamCheckScores | undefined {
  const earlier = check.comparedWith;
  return earlier ? checks.find((candidate) => candidate.id === earlier.sessionId) : undefined;
}

function Charts({ checks, texts }: { checks: readonly TeamCheckScores[]; texts: ReturnType<typeof templateTexts> }) {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={page.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={page.heading}>
        {t('history.chartsHeading')}
      </Text>
      <div className={styles.charts}>
        <div className={styles.chart}>
          <Text as="h3" weight="semibold" className={page.heading}>
            {t('history.scoreChartTitle')}
          </Text>
          <ScoreTrendChart checks={checks} texts={texts} />
        </div>
        <div className={styles.chart}>
          <Text as="h3" weight="semibold" className={page.heading}>
            {t('history.participationChartTitle')}
          </Text>
          <ParticipationChart checks={checks} />
        </div>
      </div>
      <Text size={200} className={styles.secondary}>
        {t('history.chartTableHint')}
      </Text>
    </section>
  );
}
