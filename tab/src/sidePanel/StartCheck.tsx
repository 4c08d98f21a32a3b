/**
 * The meeting has no open check: what the check is, which template to run (customer obsession
 * unless someone picks another of the team's templates), and the button that starts one.
 * Anyone may start it; whoever does facilitates it.
 */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TemplateSummary } from '../api/client.ts';
import { usePageStyles } from '../shared/pageStyles.ts';
import { ShowMoreTemplates } from '../templates/ShowMoreTemplates.tsx';
import { summaryDescription, summaryName } from '../templates/templateSummary.ts';
import type { TemplateList } from '../templates/useTemplateList.ts';
import { CUSTOMER_OBSESSION_TEMPLATE_ID, originKeys } from './checkTemplate.ts';
import { LanguagePicker } from './LanguagePicker.tsx';

const useStyles = makeStyles({
  // The listbox may be wider than the 320 px panel allows; it wraps instead.
  dropdown: { minWidth: 0, maxWidth: '100%' },
  option: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  origin: { color: tokens.colorNeutralForeground2 },
});

export interface StartCheckProps {
  readonly canStart: boolean;
  readonly starting: boolean;
  readonly startError?: string;
  /** A background lookup for a check someone else started failed; it is being retried. */
  readonly lookupError?: string;
  /** Summaries, a page at a time: more are added below the picker on request. */
  readonly templates: TemplateList;
  readonly templateId: string | undefined;
  readonly onChooseTemplate: (templateId: string) => void;
  readonly onStart: () => void;
}

export function StartCheck({
  canStart,
  starting,
  startError,
  lookupError,
  templates,
  templateId,
  onChooseTemplate,
  onStart,
}: StartCheckProps) {
  const styles = usePageStyles();
  const own = useStyles();
  const { t } = useTranslation();
  const listed = templates.state.status === 'loaded' ? templates.state.data : [];
  const chosen = listed.find((template) => template.id === templateId);
  const nameOf = (template: TemplateSummary) => summaryName(t, template);
  const isDefault = !chosen || chosen.id === CUSTOMER_OBSESSION_TEMPLATE_ID;
  // Built-ins are translated by the resource files, which hold no descriptions: only custom ones show theirs.
  const description = chosen && !isDefault ? summaryDescription(chosen) : '';
  return (
    <main className={styles.page}>
      <LanguagePicker />
      <Text as="h1" size={500} weight="semibold" className={styles.heading}>
        {isDefault ? t('start.title') : nameOf(chosen)}
      </Text>
      {isDefault ? (
        <Text as="p" className={styles.heading}>
          {t('start.explanation')}
        </Text>
      ) : (
        <>
          {description && (
            <Text as="p" className={styles.heading}>
              {description}
            </Text>
          )}
          <Text as="p" className={styles.heading}>
            {t('start.templateSize', {
              statements: chosen.statementCount,
              questions: chosen.questionCount,
            })}
          </Text>
        </>
      )}
      <Text as="p" size={200} className={styles.heading}>
        {t('start.facilitatorNote')}
      </Text>
      {!canStart && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('scope.noTeam')}</MessageBarBody>
        </MessageBar>
      )}
      {canStart && listed.length > 1 && (
        <Field label={t('start.templateLabel')} hint={t('start.templateHint')}>
          <Dropdown
            className={own.dropdown}
            value={chosen ? nameOf(chosen) : ''}
            selectedOptions={templateId ? [templateId] : []}
            disabled={starting}
            onOptionSelect={(_event, data) => data.optionValue && onChooseTemplate(data.optionValue)}
          >
            {listed.map((template) => (
              <Option key={template.id} value={template.id} text={nameOf(template)}>
                <span className={own.option}>
                  <span>{nameOf(template)}</span>
                  <Caption1 className={own.origin}>{t(originKeys[template.origin])}</Caption1>
                </span>
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {canStart && <ShowMoreTemplates list={templates} disabled={starting} />}
      {templates.state.status === 'failed' && canStart && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('start.templatesFailed', { reason: templates.state.message })}</MessageBarBody>
        </MessageBar>
      )}
      {startError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{startError}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={!canStart || starting}
          icon={starting ? <Spinner size="extra-tiny" /> : undefined}
          onClick={onStart}
        >
          {isDefault ? t('start.startButton') : t('start.startNamed', { name: nameOf(chosen) })}
        </Button>
      </div>
      {lookupError ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('start.lookupFailed', { reason: lookupError })}</MessageBarBody>
        </MessageBar>
      ) : (
        <Text as="p" size={200} className={styles.heading}>
          {t('start.waitingForOthers')}
        </Text>
      )}
    </main>
  );
}
