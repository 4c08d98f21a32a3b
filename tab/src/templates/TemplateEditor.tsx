/**
 * Writes a new template or a new version of one: languages (the first is the default, the one
 * readable ids are made from), name and description, the scale (2–7 points, a label per
 * point), pillars, 1–12 statements and 0–8 open questions, each text in every language.
 *
 * Problems show on their own field, found before saving with the contract's own schema plus
 * a check for empty texts, and with the API's 400 `field` after: the paths are the same
 * (`statements.1.text.sv`). Nothing typed is lost on a failed save. Editing keeps every saved
 * id, so the history keeps comparing the statements that stayed; saving adds a version and
 * checks already run keep theirs.
 *
 * Loaded on demand (React.lazy) from the channel tab's templates section.
 */
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  SpinButton,
  Text,
} from '@fluentui/react-components';
import {
  createTemplateRequestSchema,
  maxQuestions,
  maxScalePoints,
  maxStatements,
  maxPillars,
  minScalePoints,
  registerKinds,
  templateLanguages,
  updateTemplateRequestSchema,
  type RegisterKind,
  type TemplateLanguage,
} from '@contract';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { ApiError, messageOf, type TemplateDefinition } from '../api/client.ts';
import { activeLanguage } from '../i18n/i18n.ts';
import { LANGUAGE_NAMES } from '../i18n/languages.ts';
import { ErrorBar } from '../shared/ErrorBar.tsx';
import { usePageStyles } from '../shared/pageStyles.ts';
import { ratingSymbol } from '../sidePanel/rating/ratingScale.ts';
import { fieldLabel, LocalizedFields } from './LocalizedFields.tsx';
import {
  byPath,
  definitionOf,
  emptyForm,
  fieldOf,
  formFromDefinition,
  missingTexts,
  newKey,
  problemsFromIssues,
  withItem,
  withoutItem,
  withoutPillar,
  withPoints,
  type FormProblem,
  type ItemList,
  type ItemOf,
  type TemplateForm,
} from './templateForm.ts';
import {
  LanguagesPart,
  ListPart,
  Part,
  PillarPicker,
  TextItem,
} from './editorParts.tsx';
import { useEditorStyles as useStyles } from './editorStyles.ts';

const registerKeys = {
  'customer-channels': 'templateEditor.register.customerChannels',
  'decisions-to-revisit': 'templateEditor.register.decisionsToRevisit',
  'unclear-benefit': 'templateEditor.register.unclearBenefit',
  'trust-risks': 'templateEditor.register.trustRisks',
} as const satisfies Record<RegisterKind, string>;

export interface TemplateEditorProps {
  readonly teamId: string;
  /** The template to write a new version of; a new template when absent. */
  readonly templateId?: string;
  readonly onSaved: (saved: TemplateDefinition) => void;
  readonly onCancel: () => void;
}

export default function TemplateEditor({ teamId, templateId, onSaved, onCancel }: TemplateEditorProps) {
  const page = usePageStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const [loaded, setLoaded] = useState<{ form: TemplateForm; base?: TemplateDefinition }>();
  const [loadError, setLoadError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!templateId) {
      setLoaded({ form: emptyForm(activeLanguage()) });
      return;
    }
    const controller = new AbortController();
    setLoadError(undefined);
    api.getTemplateDefinition(templateId, teamId, controller.signal).then(
      (definition) => !controller.signal.aborted && setLoaded({ form: formFromDefinition(definition), base: definition }),
      (error: unknown) => !controller.signal.aborted && setLoadError(messageOf(error)),
    );
    return () => controller.abort();
  }, [api, templateId, teamId, attempt]);

  if (loadError) {
    return (
      <ErrorBar error={t('templateEditor.loadFailed', { reason: loadError })} onRetry={() => setAttempt((n) => n + 1)}>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </ErrorBar>
    );
  }
  if (!loaded) return <Spinner label={t('common.loading')} className={page.centered} />;
  return (
    <EditorForm
      key={`${templateId ?? 'new'}-${loaded.base?.version ?? 0}`}
      teamId={teamId}
      initial={loaded.form}
      base={loaded.base}
      onSaved={onSaved}
      onCancel={onCancel}
      onReload={() => {
        setLoaded(undefined);
        setAttempt((n) => n + 1);
      }}
    />
  );
}

interface EditorFormProps {
  readonly teamId: string;
  readonly initial: TemplateForm;
  readonly base?: TemplateDefinition;
  readonly onSaved: (saved: TemplateDefinition) => void;
  readonly onCancel: () => void;
  readonly onReload: () => void;
}

/** The definition as the form makes it, before the request's own fields are added. */
type SentDefinition = ReturnType<typeof definitionOf>;

type SaveFailure = { kind: 'forbidden' } | { kind: 'conflict' } | { kind: 'other'; message: string };

function EditorForm({ teamId, initial, base, onSaved, onCancel, onReload }: EditorFormProps) {
  const page = usePageStyles();
  const styles = useStyles();
  const { t } = useTranslation();
  const api = useApiClient();
  const headingId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [form, setForm] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [apiProblems, setApiProblems] = useState<readonly FormProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<SaveFailure>();
  const [defaultLanguage = 'en'] = form.languages;
  const editing = base !== undefined;

  useEffect(() => headingRef.current?.focus(), []);

  /** What is sent: a new version of `base`, or a new template in the chosen scope. */
  const updateBody = (saved: TemplateDefinition, definition: SentDefinition) => ({
    ...definition,
    baseVersion: saved.version,
    teamId,
  });
  const createBody = (definition: SentDefinition) => ({
    ...definition,
    scope: form.scope,
    ...(form.scope === 'team' ? { teamId } : {}),
  });
  /** The contract's verdict on what would be sent. */
  const parseRequest = (definition: SentDefinition) =>
    base
      ? updateTemplateRequestSchema.safeParse(updateBody(base, definition))
      : createTemplateRequestSchema.safeParse(createBody(definition));

  /** What the contract says of the form now, plus empty texts; by field. */
  const problems = useMemo(() => {
    if (!attempted) return new Map<string, FormProblem>();
    const parsed = parseRequest(definitionOf(form));
    const found = [...missingTexts(form), ...(parsed.success ? [] : problemsFromIssues(parsed.error.issues)), ...apiProblems];
    return byPath(found.map((problem) => ({ ...problem, path: fieldOf(problem.path, defaultLanguage) })));
  }, [attempted, form, editing, base, teamId, apiProblems, defaultLanguage]);

  const change = (next: (current: TemplateForm) => TemplateForm) => {
    setForm(next);
    // The API's verdict was about what was sent; once something changes, the form's own checks speak.
    setApiProblems([]);
  };

  const messageOfProblem = (problem: FormProblem) =>
    problem.kind === 'missing' && problem.language
      ? t('templateEditor.errors.missingText', { language: LANGUAGE_NAMES[problem.language] })
      : (problem.message ?? '');

  const save = async () => {
    setAttempted(true);
    setFailure(undefined);
    setApiProblems([]);
    const definition = definitionOf(form);
    const request = parseRequest(definition);
    if (missingTexts(form).length > 0 || !request.success) {
      // The summary names every field; focus goes there so keyboard and screen reader users hear it.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSaving(true);
    try {
      const saved = base
        ? await api.updateTemplate(base.id, updateBody(base, definition))
        : await api.createTemplate(createBody(definition));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) setFailure({ kind: 'forbidden' });
      else if (error instanceof ApiError && error.status === 409) setFailure({ kind: 'conflict' });
      else if (error instanceof ApiError && error.status === 400 && error.field) {
        setApiProblems([{ path: error.field, kind: 'invalid', message: error.message }]);
        requestAnimationFrame(() => summaryRef.current?.focus());
      } else setFailure({ kind: 'other', message: messageOf(error) });
    } finally {
      setSaving(false);
    }
  };

  const pillarName = (index: number) =>
    form.pillars[index]?.name[defaultLanguage]?.trim() || t('templateEditor.pillarN', { n: index + 1 });
  const pillarChoices = form.pillars.map((pillar, at) => ({ key: pillar.key, name: pillarName(at) }));

  const changeItem = <L extends ItemList>(list: L, key: string, patch: Partial<ItemOf<L>>) =>
    change((current) => withItem(current, list, key, patch));

  /** What every localized field in the form shares. */
  const textFields = { languages: form.languages, problems, messageOf: messageOfProblem };

  return (
    <section className={page.section} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} ref={headingRef} tabIndex={-1} size={500} weight="semibold" className={page.heading}>
        {editing ? t('templateEditor.editHeading', { name: base.name[base.languages[0] ?? 'en'] ?? base.id }) : t('templateEditor.newHeading')}
      </Text>
      {editing ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('templateEditor.versionNote', { version: base.version, next: base.version + 1 })}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text className={styles.secondary}>{t('templateEditor.newIntro')}</Text>
      )}

      {problems.size > 0 && (
        <div ref={summaryRef} tabIndex={-1}>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('templateEditor.errors.summary', { count: problems.size })}</MessageBarTitle>
              <ul className={styles.summary}>
                {[...problems.entries()].map(([path, problem]) => (
                  <li key={path}>
                    {t('templateEditor.errors.item', {
                      field: describePath(path, form, t),
                      message: messageOfProblem(problem),
                    })}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        </div>
      )}

      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <LanguagesPart form={form} problems={problems} onChange={change} />

        <Part legend={t('templateEditor.namePart')}>
          <LocalizedFields
            label={t('templateEditor.name')}
            path="name"
            texts={form.name}
            {...textFields}
            onChange={(name) => change((current) => ({ ...current, name }))}
          />
          <LocalizedFields
            label={t('templateEditor.description')}
            path="description"
            texts={form.description}
            {...textFields}
            required={false}
            multiline
            onChange={(description) => change((current) => ({ ...current, description }))}
          />
        </Part>

        <Part legend={t('templateEditor.scalePart')}>
          <Field
            label={t('templateEditor.points')}
            hint={t('templateEditor.pointsHint', { min: minScalePoints, max: maxScalePoints })}
            validationState={problems.has('scale.points') ? 'error' : 'none'}
            validationMessage={problems.get('scale.points')?.message}
          >
            <SpinButton
              className={styles.spin}
              min={minScalePoints}
              max={maxScalePoints}
              value={form.points}
              onChange={(_event, data) => {
                const next = data.value ?? (data.displayValue === undefined ? undefined : Number.parseInt(data.displayValue, 10));
                if (next !== undefined && next !== null && Number.isFinite(next)) change((current) => withPoints(current, next));
              }}
            />
          </Field>
          <ol className={styles.items}>
            {form.labels.map((label, index) => (
              <li key={index} className={styles.item}>
                <Caption1 className={styles.secondary}>
                  {t('templateEditor.shownAs', { value: index + 1, symbol: ratingSymbol(form.points, index + 1) })}
                </Caption1>
                <LocalizedFields
                  label={t('templateEditor.scaleLabel', { value: index + 1 })}
                  path={`scale.labels.${index}`}
                  texts={label}
                  {...textFields}
                  onChange={(texts) =>
                    change((current) => ({
                      ...current,
                      labels: current.labels.map((existing, at) => (at === index ? texts : existing)),
                    }))
                  }
                />
              </li>
            ))}
          </ol>
        </Part>

        <ListPart
          legend={t('templateEditor.pillarsPart')}
          hint={t('templateEditor.pillarsHint')}
          problem={problems.get('pillars')}
          count={form.pillars.length}
          addLabel={t('templateEditor.addPillar')}
          canAdd={form.pillars.length < maxPillars}
          onAdd={() => change((current) => ({ ...current, pillars: [...current.pillars, { key: newKey('pillar'), name: {} }] }))}
        >
          {form.pillars.map((pillar, index) => (
            <TextItem
              key={pillar.key}
              {...textFields}
              header={{
                title: t('templateEditor.pillarN', { n: index + 1 }),
                id: pillar.id,
                removeLabel: t('templateEditor.removePillar', { n: index + 1 }),
                canRemove: form.pillars.length > 1,
                onRemove: () => change((current) => withoutPillar(current, pillar.key)),
              }}
              label={t('templateEditor.pillarName', { n: index + 1 })}
              path={`pillars.${index}.name`}
              texts={pillar.name}
              onChange={(name) => changeItem('pillars', pillar.key, { name })}
            />
          ))}
        </ListPart>

        <ListPart
          legend={t('templateEditor.statementsPart')}
          hint={t('templateEditor.statementsHint', { max: maxStatements })}
          problem={problems.get('statements')}
          count={form.statements.length}
          addLabel={t('templateEditor.addStatement')}
          canAdd={form.statements.length < maxStatements}
          onAdd={() =>
            change((current) => ({
              ...current,
              statements: [
                ...current.statements,
                { key: newKey('statement'), pillarKey: current.pillars[current.pillars.length - 1]!.key, text: {} },
              ],
            }))
          }
        >
          {form.statements.map((statement, index) => (
            <TextItem
              key={statement.key}
              {...textFields}
              header={{
                title: t('templateEditor.statementN', { n: index + 1 }),
                id: statement.id,
                removeLabel: t('templateEditor.removeStatement', { n: index + 1 }),
                canRemove: form.statements.length > 1,
                onRemove: () => change((current) => withoutItem(current, 'statements', statement.key)),
              }}
              label={t('templateEditor.statementN', { n: index + 1 })}
              path={`statements.${index}.text`}
              texts={statement.text}
              onChange={(text) => changeItem('statements', statement.key, { text })}
            >
              {form.pillars.length > 1 && (
                <PillarPicker
                  label={t('templateEditor.statementPillar', { n: index + 1 })}
                  value={statement.pillarKey}
                  pillars={pillarChoices}
                  problem={problems.get(`statements.${index}.pillarId`)?.message}
                  onChange={(pillarKey) => pillarKey && changeItem('statements', statement.key, { pillarKey })}
                />
              )}
            </TextItem>
          ))}
        </ListPart>

        <ListPart
          legend={t('templateEditor.questionsPart')}
          hint={t('templateEditor.questionsHint', { max: maxQuestions })}
          problem={problems.get('questions')}
          count={form.questions.length}
          addLabel={t('templateEditor.addQuestion')}
          canAdd={form.questions.length < maxQuestions}
          onAdd={() => change((current) => ({ ...current, questions: [...current.questions, { key: newKey('question'), text: {} }] }))}
        >
          {form.questions.map((question, index) => (
            <TextItem
              key={question.key}
              {...textFields}
              header={{
                title: t('templateEditor.questionN', { n: index + 1 }),
                id: question.id,
                removeLabel: t('templateEditor.removeQuestion', { n: index + 1 }),
                canRemove: true,
                onRemove: () => change((current) => withoutItem(current, 'questions', question.key)),
              }}
              label={t('templateEditor.questionN', { n: index + 1 })}
              path={`questions.${index}.text`}
              texts={question.text}
              onChange={(text) => changeItem('questions', question.key, { text })}
            >
              {form.pillars.length > 1 && (
                <PillarPicker
                  label={t('templateEditor.questionPillar', { n: index + 1 })}
                  value={question.pillarKey}
                  noneLabel={t('templateEditor.noPillar')}
                  pillars={pillarChoices}
                  problem={problems.get(`questions.${index}.pillarId`)?.message}
                  onChange={(pillarKey) => changeItem('questions', question.key, { pillarKey })}
                />
              )}
              <Field label={t('templateEditor.questionRegister', { n: index + 1 })} hint={t('templateEditor.registerHint')}>
                <Select
                  className={styles.select}
                  value={question.register ?? ''}
                  onChange={(_event, data) =>
                    changeItem('questions', question.key, { register: registerKinds.find((kind) => kind === data.value) })
                  }
                >
                  <option value="">{t('templateEditor.noRegister')}</option>
                  {registerKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(registerKeys[kind])}
                    </option>
                  ))}
                </Select>
              </Field>
            </TextItem>
          ))}
        </ListPart>

        {!editing && (
          <Field label={t('templateEditor.scope')} hint={t('templateEditor.scopeHint')}>
            <RadioGroup
              value={form.scope}
              onChange={(_event, data) =>
                change((current) => ({ ...current, scope: data.value === 'tenant' ? 'tenant' : 'team' }))
              }
            >
              <Radio value="team" label={t('templateEditor.scopeTeam')} />
              <Radio value="tenant" label={t('templateEditor.scopeTenant')} />
            </RadioGroup>
          </Field>
        )}

        {failure && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {failure.kind === 'forbidden'
                ? t('templateEditor.forbidden')
                : failure.kind === 'conflict'
                  ? t('templateEditor.conflict')
                  : t('templateEditor.saveFailed', { reason: failure.message })}
            </MessageBarBody>
            {failure.kind === 'conflict' && (
              <MessageBarActions>
                <Button onClick={onReload}>{t('templateEditor.loadNewest')}</Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}

        <div className={styles.actions}>
          <Button
            appearance="primary"
            type="submit"
            disabled={saving}
            icon={saving ? <Spinner size="extra-tiny" /> : undefined}
          >
            {editing ? t('templateEditor.saveVersion') : t('templateEditor.save')}
          </Button>
          <Button onClick={onCancel} disabled={saving}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function describePath(path: string, form: TemplateForm, t: ReturnType<typeof useTranslation>['t']): string {
  const parts = path.split('.');
  const last = parts[parts.length - 1];
  const language = templateLanguages.find((candidate) => candidate === last) as TemplateLanguage | undefined;
  const withLanguage = (label: string) => (language ? fieldLabel(label, language, form.languages) : label);
  const n = Number(parts[1]) + 1;
  switch (parts[0]) {
    case 'name':
      return withLanguage(t('templateEditor.name'));
    case 'description':
      return withLanguage(t('templateEditor.description'));
    case 'languages':
      return t('templateEditor.languagesPart');
    case 'scale':
      return parts[1] === 'labels' && parts[2] !== undefined
        ? withLanguage(t('templateEditor.scaleLabel', { value: Number(parts[2]) + 1 }))
        : t('templateEditor.points');
    case 'pillars':
      return Number.isFinite(n) ? withLanguage(t('templateEditor.pillarName', { n })) : t('templateEditor.pillarsPart');
    case 'statements':
      if (!Number.isFinite(n)) return t('templateEditor.statementsPart');
      return parts[2] === 'pillarId' ? t('templateEditor.statementPillar', { n }) : withLanguage(t('templateEditor.statementN', { n }));
    case 'questions':
      if (!Number.isFinite(n)) return t('templateEditor.questionsPart');
      return parts[2] === 'pillarId' ? t('templateEditor.questionPillar', { n }) : withLanguage(t('templateEditor.questionN', { n }));
    default:
      return path;
  }
}

