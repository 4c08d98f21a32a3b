/**
 * The leadership view's filters: a team-name search, pillar, statement, coverage ("no check for
 * 60 days") and grouping by organisational unit. They wrap onto as many lines as the tab needs,
 * one control a line at 320 px. The API applies every one of them (GET /api/scores), so a page
 * of 2,000 teams is filtered where the teams are, not in the tab.
 */
import { Dropdown, Field, makeStyles, Option, SearchBox, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TemplateTexts } from '../scores/templateTexts.ts';

export interface LeadershipFilterValues {
  readonly search: string;
  readonly pillar: string;
  readonly statement: string;
  readonly coverage: '' | 'stale';
  readonly groupBy: '' | 'unit';
}

export const noFilters: LeadershipFilterValues = { search: '', pillar: '', statement: '', coverage: '', groupBy: '' };

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    minWidth: 0,
  },
  field: { flex: '1 1 12rem', minWidth: 0, maxWidth: '20rem' },
  control: { minWidth: 0, width: '100%' },
});

/** A search waits this long after the last key, so typing a name asks the API once. */
const searchDelayMs = 300;

export interface LeadershipFiltersProps {
  readonly values: LeadershipFilterValues;
  readonly onChange: (values: LeadershipFilterValues) => void;
  readonly texts: TemplateTexts;
  /** Statements seen in the view so far (with no statement filter, every one the teams show). */
  readonly statementIds: readonly string[];
  readonly staleAfterDays: number;
}

export function LeadershipFilters({ values, onChange, texts, statementIds, staleAfterDays }: LeadershipFiltersProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [search, setSearch] = useState(values.search);
  useEffect(() => {
    if (search === values.search) return undefined;
    const timer = setTimeout(() => onChange({ ...values, search }), searchDelayMs);
    return () => clearTimeout(timer);
  }, [search, values, onChange]);

  const pick = <K extends keyof LeadershipFilterValues>(name: K, options: Record<string, string>) => ({
    value: options[values[name]] ?? '',
    selectedOptions: [values[name]],
    onOptionSelect: (_event: unknown, data: { optionValue?: string }) =>
      onChange({ ...values, [name]: data.optionValue ?? '' } as LeadershipFilterValues),
    className: styles.control,
  });
  const pillarNames: Record<string, string> = {
    '': t('leadership.allPillars'),
    ...Object.fromEntries(texts.pillars.map((pillar) => [pillar.id, pillar.name])),
  };
  const statementNames: Record<string, string> = {
    '': t('leadership.allStatements'),
    ...Object.fromEntries(texts.statementOrder(statementIds).map((id) => [id, texts.statement(id)])),
  };
  const coverageNames: Record<string, string> = { '': t('leadership.coverageAll'), stale: t('leadership.coverageStale', { days: staleAfterDays }) };
  const groupNames: Record<string, string> = { '': t('leadership.groupNone'), unit: t('leadership.groupUnit') };
  const options = (names: Record<string, string>) =>
    Object.entries(names).map(([value, text]) => (
      <Option key={value} value={value}>
        {text}
      </Option>
    ));

  return (
    <div className={styles.filters} role="search" aria-label={t('leadership.filtersLabel')}>
      <Field label={t('leadership.searchLabel')} className={styles.field}>
        <SearchBox
          value={search}
          onChange={(_event, data) => setSearch(data.value)}
          placeholder={t('leadership.searchPlaceholder')}
          className={styles.control}
        />
      </Field>
      <Field label={t('leadership.pillarLabel')} className={styles.field}>
        <Dropdown {...pick('pillar', pillarNames)}>{options(pillarNames)}</Dropdown>
      </Field>
      <Field label={t('leadership.statementLabel')} className={styles.field}>
        <Dropdown {...pick('statement', statementNames)}>{options(statementNames)}</Dropdown>
      </Field>
      <Field label={t('leadership.coverageLabel')} className={styles.field}>
        <Dropdown {...pick('coverage', coverageNames)}>{options(coverageNames)}</Dropdown>
      </Field>
      <Field label={t('leadership.groupLabel')} className={styles.field}>
        <Dropdown {...pick('groupBy', groupNames)}>{options(groupNames)}</Dropdown>
      </Field>
    </div>
  );
}
