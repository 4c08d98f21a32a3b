/**
 * Health-check templates. A template is plain data: ids are stable strings that votes,
 * answers and history refer to, so wording can change without breaking stored results.
 */

export type PillarId = string;

export interface Pillar {
  id: PillarId;
  name: string;
  description: string;
}

export interface RatedStatement {
  id: string;
  pillarId: PillarId;
  text: string;
}

export interface OpenQuestion {
  id: string;
  pillarId: PillarId;
  text: string;
}

export interface Template {
  id: string;
  name: string;
  description: string;
  pillars: Pillar[];
  statements: RatedStatement[];
  questions: OpenQuestion[];
}

export const customerObsession: Template = {
  id: 'customer-obsession',
  name: 'Customer obsession health check',
  description:
    'Where does our team stand on customer focus? Rate three statements and share what you see, anonymously.',
  pillars: [
    {
      id: 'customer-contact',
      name: 'Customer contact',
      description:
        'We know who our customers are, inside or outside the company, and we talk with them without detours.',
    },
    {
      id: 'working-backwards',
      name: 'Working backwards',
      description:
        'Before we build anything, we are clear on what it should do for the customer and how it should feel to use.',
    },
    {
      id: 'customer-trust',
      name: 'Customer trust',
      description:
        'Trust takes long to earn and little to lose, so we never spend it on a quick win.',
    },
    {
      id: 'customer-perspective',
      name: 'Customer perspective over competitors',
      description:
        'An idea earns its place by the value it brings our customers, not because a competitor has it.',
    },
  ],
  statements: [
    {
      id: 'direct-dialogue',
      pillarId: 'customer-contact',
      text: 'We talk with our customers directly, not only through others.',
    },
    {
      id: 'trusted-partnership',
      pillarId: 'customer-trust',
      text: 'Our customers trust us, and we work with them as partners.',
    },
    {
      id: 'benefit-reviewed',
      pillarId: 'working-backwards',
      text: 'For every piece of work, we check what it is meant to do for the customer.',
    },
  ],
  questions: [
    {
      id: 'customer-channels',
      pillarId: 'customer-contact',
      text: 'Through which channels do we hear from our customers today?',
    },
    {
      id: 'decisions-to-revisit',
      pillarId: 'customer-perspective',
      text: 'Which recent decisions should we have checked against customer satisfaction first?',
    },
    {
      id: 'unclear-benefit',
      pillarId: 'working-backwards',
      text: 'Where is the benefit for the customer still unclear to us?',
    },
    {
      id: 'trust-risks',
      pillarId: 'customer-trust',
      text: 'What could put our customers\u2019 trust at risk?',
    },
  ],
};

export const builtInTemplates: readonly Template[] = [customerObsession];

export function findTemplate(templateId: string): Template | undefined {
  return builtInTemplates.find((template) => template.id === templateId);
}
