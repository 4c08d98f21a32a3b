/**
 * The leadership view (personal tab, `?view=leadership`): the latest check of every team of
 * the tenant that opted in, side by side in a sortable grid, filterable by pillar. Only
 * aggregates — scores, their 95 % intervals and trends. It uses nothing from teams-js that
 * Outlook and the Microsoft 365 app lack (context, SSO token, theme), so it runs there too.
 * Loaded on demand (React.lazy), like the history.
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
import { useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { useReportFirstScreen } from '../app/useReportFirstScreen.ts';
import { templateTexts } from '../scores/templateTexts.ts';
import { readTemplateVersions, versionsKey, versionsRan } from '../scores/templateVersions.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import { useLoad } from '../shared/useLoad.ts';
import { LeadershipGrid } from './LeadershipGrid.tsx';
import { ScoreHelp } from '../scores/ScoreHelp.tsx';

const ALL_PILLARS = '';

const useStyles = makeStyles({
  page: { maxWidth: '90rem', marginInline: 'auto' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  intro: { margin: 0, maxWidth: '60rem' },
  filter: { maxWidth: '24rem', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export default function LeadershipView() {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const [pillar, setPillar] = useState(ALL_PILLARS);
  const scores = useLoad((signal) => api.leadershipScores(pillar || undefined, signal), pillar);
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
      </header>
      <Field label={t('leadership.pillarLabel')} className={styles.filter}>
        <Select value={pillar} onChange={(_event, data) => setPillar(data.value)}>
          <option value={ALL_PILLARS}>{t('leadership.allPillars')}</option>
          {texts.pillars.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </Select>
      </Field>
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
            <MessageBarBody>{t('leadership.none')}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <Text role="status">{t('leadership.teamCount', { count: scores.state.data.teams.length })}</Text>
            <LeadershipGrid teams={scores.state.data.teams} texts={texts} pillarSelected={pillar !== ALL_PILLARS} />
          </>
        ))}
    </main>
  );
}
