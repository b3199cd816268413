import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { WORKSHOP_MINUTES, parseWorkshop } from './workshop';

const step = {
  minutes: 15,
  title: 'Passer le quiz',
  text: 'Chaque personne répond seule.',
  questions: ['Alors ?'],
};
const plan = { steps: [step, step, step] };

describe('parseWorkshop', () => {
  it('accepts the plan of content/workshop/atelier.yaml', () => {
    const file = 'content/workshop/atelier.yaml';
    const workshop = parseWorkshop(
      parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')),
      file,
    );
    expect(workshop.steps.reduce((sum, { minutes }) => sum + minutes, 0)).toBe(WORKSHOP_MINUTES);
  });

  it('accepts a plan of 45 minutes', () => {
    expect(parseWorkshop(plan, 'atelier.yaml')).toEqual(plan);
  });

  it.each([
    [
      'steps that do not add up to 45 minutes',
      { steps: [step, step] },
      'steps : la somme des durées (minutes) doit faire 45 minutes',
    ],
    ['no steps', { steps: [] }, 'steps : steps est vide'],
    ['steps that are not a list', { steps: 'quiz' }, 'steps : steps doit être une liste d’étapes'],
    [
      'a duration in half minutes',
      { steps: [{ ...step, minutes: 7.5 }, step, { ...step, minutes: 22.5 }] },
      'steps.0.minutes : minutes doit être un nombre entier de minutes, entre 1 et 30',
    ],
    [
      'a duration written as text',
      { steps: [step, { ...step, minutes: '15' }, step] },
      'steps.1.minutes : minutes doit être un nombre entier de minutes, entre 1 et 30',
    ],
    [
      'an empty title',
      { steps: [step, { ...step, title: ' ' }, step] },
      'steps.1.title : title ne peut pas être vide',
    ],
    [
      'a missing text',
      { steps: [step, step, { ...step, text: undefined }] },
      'steps.2.text : text est obligatoire (du texte)',
    ],
    [
      'no question',
      { steps: [step, step, { ...step, questions: [] }] },
      'steps.2.questions : questions doit compter de 1 à 3 questions',
    ],
    [
      'a question that is not text',
      { steps: [step, step, { ...step, questions: [42] }] },
      'steps.2.questions.0 : une question est obligatoire (du texte)',
    ],
  ])('refuses %s, naming the field', (_case, data, message) => {
    expect(() => parseWorkshop(data, 'atelier.yaml')).toThrow(`atelier.yaml est invalide :\n  - ${message}`);
  });
});
