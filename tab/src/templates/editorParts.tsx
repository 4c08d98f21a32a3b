/** The template editor's building blocks: languages, fieldsets, lists of items, items, the pillar picker. */
import { Button, Caption1, Checkbox, Dropdown, Field, Option, Select, Text } from '@fluentui/react-components';
import { templateLanguages } from '@contract';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { isLanguage, LANGUAGE_NAMES } from '../i18n/languages.ts';
import { LocalizedFields, type LocalizedFieldsProps } from './LocalizedFields.tsx';
import { withLanguages, type FormProblem, type TemplateForm } from './templateForm.ts';
import { useEditorStyles as useStyles } from './editorStyles.ts';

export function LanguagesPart({
  form,
  problems,
  onChange,
}: {
  form: TemplateForm;
  problems: ReadonlyMap<string, FormProblem>;
  onChange: (next: (current: TemplateForm) => TemplateForm) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const othersId = useId();
  const [defaultLanguage = 'en', ...others] = form.languages;
  return (
    <Part legend={t('templateEditor.languagesPart')}>
      <Field
        label={t('templateEditor.defaultLanguage')}
        hint={t('templateEditor.defaultLanguageHint')}
        validationState={problems.has('languages') ? 'error' : 'none'}
        validationMessage={problems.get('languages')?.message}
      >
        <Select
          className={styles.select}
          value={defaultLanguage}
          onChange={(_event, data) => {
            if (isLanguage(data.value)) {
              const chosen = data.value;
              onChange((current) => withLanguages(current, chosen, current.languages.filter((language) => language !== chosen)));
            }
          }}
        >
          {templateLanguages.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </Select>
      </Field>
      <div role="group" aria-labelledby={othersId}>
        <Text id={othersId} as="p" className={styles.secondary}>
          {t('templateEditor.otherLanguages')}
        </Text>
        <div className={styles.languages}>
          {templateLanguages
            .filter((language) => language !== defaultLanguage)
            .map((language) => (
              <Checkbox
                key={language}
                lang={language}
                label={LANGUAGE_NAMES[language]}
                checked={others.includes(language)}
                onChange={(_event, data) =>
                  onChange((current) => {
                    const rest = current.languages.slice(1).filter((other) => other !== language);
                    return withLanguages(current, current.languages[0] ?? 'en', data.checked ? [...rest, language] : rest);
                  })
                }
              />
            ))}
        </div>
      </div>
    </Part>
  );
}

/** A part of the form: a fieldset named by its legend. */
export function Part({ legend, children }: { legend: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.part}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** A part of the form that edits a list: what it is, the list's own problem, its items and "Add". */
export function ListPart({
  legend,
  hint,
  problem,
  count,
  addLabel,
  canAdd,
  onAdd,
  children,
}: {
  legend: string;
  hint: string;
  problem: FormProblem | undefined;
  count: number;
  addLabel: string;
  canAdd: boolean;
  onAdd: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Part legend={legend}>
      <Text size={200} className={styles.secondary}>
        {hint}
      </Text>
      {problem && <Text className={styles.secondary}>{problem.message}</Text>}
      {count > 0 && <ol className={styles.items}>{children}</ol>}
      <div>
        <Button disabled={!canAdd} onClick={onAdd}>
          {addLabel}
        </Button>
      </div>
    </Part>
  );
}

/** One item of a list: its header (with "Remove"), its text in every language, then its own fields. */
export function TextItem({ header, children, ...fields }: LocalizedFieldsProps & { header: ItemHeaderProps; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <ItemHeader {...header} />
      <LocalizedFields {...fields} />
      {children}
    </li>
  );
}

export interface ItemHeaderProps {
  title: string;
  id?: string;
  removeLabel: string;
  canRemove: boolean;
  onRemove: () => void;
}

export function ItemHeader({ title, id, removeLabel, canRemove, onRemove }: ItemHeaderProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.itemHeader}>
      <span>
        <Text weight="semibold">{title}</Text>{' '}
        {id && <Caption1 className={styles.secondary}>{t('templateEditor.keptId', { id })}</Caption1>}
      </span>
      {canRemove && (
        <Button size="small" appearance="subtle" aria-label={removeLabel} onClick={onRemove}>
          {t('templateEditor.remove')}
        </Button>
      )}
    </div>
  );
}

export function PillarPicker({
  label,
  value,
  pillars,
  noneLabel,
  problem,
  onChange,
}: {
  label: string;
  value: string | undefined;
  pillars: readonly { key: string; name: string }[];
  noneLabel?: string;
  problem?: string;
  onChange: (pillarKey: string | undefined) => void;
}) {
  const styles = useStyles();
  const chosen = pillars.find((pillar) => pillar.key === value);
  return (
    <Field label={label} validationState={problem ? 'error' : 'none'} validationMessage={problem}>
      <Dropdown
        className={styles.dropdown}
        value={chosen?.name ?? noneLabel ?? ''}
        selectedOptions={[value ?? '']}
        onOptionSelect={(_event, data) => onChange(data.optionValue || undefined)}
      >
        {noneLabel !== undefined && <Option value="">{noneLabel}</Option>}
        {pillars.map((pillar) => (
          <Option key={pillar.key} value={pillar.key}>
            {pillar.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** A field's name for the summary: "Statement 2 (Svenska)", "Label for 3 (English)"… */
