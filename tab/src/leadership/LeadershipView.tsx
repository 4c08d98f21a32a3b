/**
 * The leadership view (personal tab, `?view=leadership`): the latest check of every team of
 * the tenant that opted in, side by side in a grid the API pages, sorts, searches, filters
 * (pillar, statement, coverage) and groups by organisational unit, so 2,000 teams load 25 at a
 * time. Only
 * aggregates — scores, their 95 % intervals and trends. It uses nothing from teams-js that
 * Outlook and the Microsoft 365 app lack (context, SSO token, theme), so it runs there too.
 * Loaded on demand (React.lazy), like the history.
 */
import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { useReportFirstScreen } from '../app/useReportFirstScreen.ts';
import { templateTexts } from '../scores/templateTexts.ts';
import { readTemplateVersions, versionsKey, versionsRan } from '../scores/templateVersions.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import { useLoad } from '../shared/useLoad.ts';
import { LeadershipFilters, noFilters, type LeadershipFilterValues } from './LeadershipFilters.tsx';
import { LeadershipGrid, type LeadershipSortState } from './LeadershipGrid.tsx';
import { LeadershipGroups } from './LeadershipGroups.tsx';
import { OrganisationTrend } from './OrganisationTrend.tsx';
import { ScoreSpread } from './ScoreSpread.tsx';
import { LeadershipHeatMap } from './LeadershipHeatMap.tsx';
import { namedTeams } from './namedTeams.ts';
import { useLeadershipPages } from './useLeadershipPages.ts';
import { ScoreHelp } from '../scores/ScoreHelp.tsx';

const firstSort: LeadershipSortState = { column: 'team', direction: 'asc' };

const useStyles = makeStyles({
  page: { maxWidth: '90rem', marginInline: 'auto' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  intro: { margin: 0, maxWidth: '60rem' },
  more: { alignSelf: 'flex-start' },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export default function LeadershipView() {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const [filters, setFilters] = useState<LeadershipFilterValues>(noFilters);
  const [sort, setSort] = useState<LeadershipSortState>(firstSort);
  const query = useMemo(
    () => ({
      search: filters.search.trim() || undefined,
      pillar: filters.pillar || undefined,
      statement: filters.statement || undefined,
      coverage: filters.coverage || undefined,
      groupBy: filters.groupBy || undefined,
      sort: sort.column,
      direction: sort.direction,
    }),
    [filters, sort],
  );
  const scores = useLeadershipPages(api, query);
  const heatMapTeams = useMemo(() => (scores.state.status === 'loaded' ? namedTeams(scores.state.data.teams, t) : []), [scores.state, t]);
  const trendQuery = useMemo(
    () => ({ search: query.search, pillar: query.pillar, statement: query.statement, coverage: query.coverage }),
    [query.search, query.pillar, query.statement, query.coverage],
  );
  const pillar = filters.pillar;
  // The statements to filter by: every one seen so far, also while one statement is picked.
  const knownStatements = useRef(new Set<string>());
  if (scores.state.status === 'loaded') for (const id of scores.state.data.statementIds) knownStatements.current.add(id);
  useReportFirstScreen(scores.state.status !== 'loading');
  // The texts (and the pillars to filter by) of the template versions the shown checks ran:
  // the built-ins and the organisation's; a team's own template shows its statements by id.
  // A pillar filter keeps the same checks, so the same versions, read once.
  const versions = useMemo(
    () =>
      scores.state.status === 'loaded' ? versionsRan(scores.state.data.teams.flatMap((team) => [team.latest, team.previous])) : [],
    [scores.state],
  );
  const templates = useLoad((signal) => readTemplateVersions(api, versions, undefined, signal), versionsKey(versions));
  const loadedTemplates = templates.state.status === 'loaded' ? templates.state.data : undefined;
  const texts = useMemo(() => templateTexts(loadedTemplates ?? [], t), [loadedTemplates, t]);

  return (
    <main className={mergeClasses(page.page, styles.page)}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="semibold" className={page.heading}>
          {t('leadership.heading')}
        </Text>
        <Text as="p" className={styles.intro}>
          {t('leadership.intro')}
        </Text>
        <ScoreHelp className={mergeClasses(styles.intro, styles.secondary)} />
        <ScoreHelp
          className={mergeClasses(styles.intro, styles.secondary)}
          texts={{ summary: t('windowTrend.helpSummary'), details: t('windowTrend.help'), how: t('windowTrend.helpHow') }}
        />
      </header>
      <LeadershipFilters
        values={filters}
        onChange={setFilters}
        texts={texts}
        statementIds={[...knownStatements.current]}
        staleAfterDays={scores.state.status === 'loaded' ? scores.state.data.staleAfterDays : 60}
      />
      {scores.state.status === 'loading' && <Spinner label={t('common.loading')} />}
      {scores.state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('leadership.loadFailed', { reason: scores.state.message })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={scores.reload}>{t('common.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {scores.state.status === 'loaded' &&
        (scores.state.data.teams.length === 0 ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{filters === noFilters ? t('leadership.none') : t('leadership.noMatch')}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <Text role="status">
              {t('leadership.shownOf', { count: scores.state.data.total, shown: scores.state.data.teams.length })}
            </Text>
            {scores.state.data.groups && (
              <LeadershipGroups
                groups={scores.state.data.groups}
                statementIds={scores.state.data.statementIds}
                texts={texts}
                pillarSelected={pillar !== ''}
              />
            )}
            <LeadershipHeatMap teams={heatMapTeams} statementIds={scores.state.data.statementIds} texts={texts} />
            <LeadershipGrid
              teams={scores.state.data.teams}
              texts={texts}
              pillarSelected={pillar !== ''}
              statementIds={scores.state.data.statementIds}
              sort={sort}
              onSortChange={setSort}
              showUnit={filters.groupBy === 'unit' || scores.state.data.teams.some((team) => team.unit)}
            />
            {typeof scores.state.more === 'object' && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{t('leadership.loadFailed', { reason: scores.state.more.failed })}</MessageBarBody>
              </MessageBar>
            )}
            {scores.state.data.continuation && (
              <Button className={styles.more} onClick={scores.loadMore} disabled={scores.state.more === 'loading'}>
                {scores.state.more === 'loading' ? t('common.loading') : t('leadership.showMore')}
              </Button>
            )}
            <ScoreSpread spread={scores.state.data.spread} statementIds={scores.state.data.statementIds} texts={texts} />
            <OrganisationTrend query={trendQuery} texts={texts} pillarSelected={pillar !== ''} />
          </>
        ))}
    </main>
  );
}
