/**
 * Every text the tab shows or announces, in one place so that a later i18n step can swap
 * this module for per-locale catalogues without touching components.
 *
 * Texts that take values are functions; keep word order inside them (not in components),
 * since other languages put the number or name elsewhere.
 */

const scoreFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export const strings = {
  appName: 'Customer Pulse',

  boot: {
    connecting: 'Connecting to Microsoft Teams…',
    failedTitle: 'Customer Pulse could not start',
    notInTeams: 'Customer Pulse runs inside Microsoft Teams. Open it from a Teams meeting.',
    initializeTimedOut: 'Microsoft Teams did not answer in time.',
    initializeFailed: (reason: string) => `Microsoft Teams could not start the app: ${reason}`,
    contextFailed: (reason: string) => `Microsoft Teams did not tell the app where it runs: ${reason}`,
    reload: 'Reload',
  },

  config: {
    title: 'Add Customer Pulse to this meeting',
    description:
      'Customer Pulse runs a short, anonymous customer-obsession health check in the meeting side panel: everyone rates three statements and answers four open questions.',
    saveHint: 'Select Save to add the tab. You start a check from the side panel during the meeting.',
    notSupported: 'This Teams client cannot configure tabs.',
    saveFailed: (reason: string) => `The tab could not be saved: ${reason}`,
  },

  scope: {
    noMeeting: 'Open Customer Pulse from a meeting side panel to run a check.',
    noTeam: 'Customer Pulse could not tell which team this meeting belongs to.',
  },

  errors: {
    network: 'The Customer Pulse service could not be reached. Check your connection and try again.',
    timeout: 'The Customer Pulse service took too long to answer. Try again.',
    unexpectedResponse: 'The Customer Pulse service sent an answer the app does not understand.',
    httpStatus: (status: number) => `The Customer Pulse service answered with an error (HTTP ${status}).`,
    signIn: (reason: string) => `Teams could not sign you in to Customer Pulse: ${reason}`,
    unknown: 'Something went wrong.',
  },

  common: {
    retry: 'Try again',
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    loading: 'Loading…',
  },

  start: {
    title: 'Customer obsession health check',
    explanation:
      'How customer-obsessed is your team? Start a short check: everyone in the meeting rates three statements and answers four open questions from this panel. Votes and answers are anonymous.',
    facilitatorNote: 'Whoever starts the check facilitates it and can close it.',
    startButton: 'Start customer obsession check',
    starting: 'Starting…',
    startFailed: (reason: string) => `The check could not be started: ${reason}`,
    noTemplate: 'The Customer Pulse service offers no check to start.',
    waitingForOthers: 'When someone starts a check, it appears here.',
    lookupFailed: (reason: string) => `Could not look for a started check: ${reason} Trying again…`,
    loadFailed: (reason: string) => `Could not load the meeting's check: ${reason}`,
  },

  check: {
    openBadge: 'Open',
    closedBadge: 'Closed',
    facilitatorBadge: 'You facilitate',
    closedTitle: 'This check is closed',
    closedBody: 'Ratings and answers can no longer change. The results below are final.',
  },

  close: {
    button: 'Close check',
    dialogTitle: 'Close this check?',
    dialogBody:
      'Everyone sees the final results, and nobody can change ratings or add answers any more. This cannot be undone.',
    confirm: 'Close check for everyone',
    closing: 'Closing…',
    failed: (reason: string) => `The check could not be closed: ${reason}`,
  },

  rating: {
    heading: 'Rate the statements',
    intro: 'How much do you agree? Your ratings are anonymous and you can change them until the check closes.',
    scaleHint: '👎 strongly disagree … 👍 strongly agree',
    /** Visible labels, by rating value 1–5. */
    emoji: { 1: '👎', 2: '🙁', 3: '😐', 4: '🙂', 5: '👍' },
    /** Accessible names, by rating value 1–5. */
    names: {
      1: '1 – Strongly disagree',
      2: '2 – Disagree',
      3: '3 – Neutral',
      4: '4 – Agree',
      5: '5 – Strongly agree',
    },
    saveFailed: (reason: string) => `Your rating was not saved: ${reason}`,
  },

  questions: {
    heading: 'Open questions',
    anonymous: 'Answers are anonymous: nobody sees who wrote them.',
    addButton: 'Add answer',
    addButtonLabel: (question: string) => `Add answer to: ${question}`,
    adding: 'Adding…',
    added: 'Answer added',
    addFailed: (reason: string) => `Your answer was not added: ${reason}`,
    counter: (length: number, max: number) => `${length} / ${max} characters`,
  },

  results: {
    heading: 'Results',
    overallLabel: 'Overall score',
    overallOutOf: '/ 100',
    overallHidden: 'The overall score appears once a statement has enough ratings.',
    peopleRated: (count: number) => (count === 1 ? '1 person has rated' : `${count} people have rated`),
    statementScore: (score: number) => `Score ${scoreFormat.format(score)} / 100`,
    statementVoters: (count: number) => (count === 1 ? '1 rating' : `${count} ratings`),
    hidden: (threshold: number) =>
      `Results stay hidden until at least ${threshold} people have rated this statement, to keep votes anonymous.`,
    distributionLabel: (ratingName: string, count: number, voters: number) =>
      `${ratingName}: ${count} of ${voters}`,
    answersHeading: 'Answers',
    noAnswers: 'No answers yet.',
    loadFailed: (reason: string) => `Results could not be updated: ${reason} Trying again…`,
    formatScore: (score: number) => scoreFormat.format(score),
  },
} as const;
