// The sample tandem the mock creates for "Explore the sample", in German or English.
import type { AgreementInput, GoalInput, GoalStatus, Language, TandemInput } from '../../src/lib/bindings';

export interface SampleGoal {
  input: Omit<GoalInput, 'topic_id' | 'target_date'> & { topicKey: string | null; targetInDays: number | null };
  status: GoalStatus[];
  notes: string[];
}

export interface Sample {
  tandem: Omit<TandemInput, 'focus_topic_ids' | 'start_date' | 'planned_end_date'>;
  topicKeys: string[];
  agreement: AgreementInput;
  goals: SampleGoal[];
}

const en: Sample = {
  tandem: {
    title: 'Sample: Jonas & me, AI and LinkedIn',
    my_role: 'mentee',
    partner_name: 'Jonas Weber',
    partner_contact: 'jonas.weber@example.org',
    program: 'Reverse Mentoring 2026 · Example Ltd',
    cadence: { every: 2, unit: 'week', minutes: 60 },
  },
  topicKeys: ['ai_at_work', 'social_media', 'new_work'],
  agreement: {
    my_expectations: 'Honest feedback on how I come across online, and someone to try new tools with, without embarrassment.',
    partner_expectations: 'An insight into how decisions are made at board level, and advice on my next career step.',
    cadence: { every: 2, unit: 'week', minutes: 60 },
    place: 'Meeting room 3.14, or the café on the ground floor',
    video_link: 'https://meet.example.org/jonas-and-me',
    confidentiality: 'Everything personal stays between us. We only talk about our tandem in general terms.',
    hr_sharing: 'HR only hears that we meet and which topics we cover, nothing about content.',
    voluntary: true,
    feedback: 'Ten minutes at the end of each meeting: what helped, what we want to change.',
    review_date: null,
  },
  goals: [
    {
      input: { title: 'Use an AI assistant safely for everyday writing', why: 'My team already does, and I want to be able to join in.', topicKey: 'ai_at_work', targetInDays: 45 },
      status: ['in_progress'],
      notes: ['First try: summarised a long report. Worked, but I had to check two numbers.', 'Jonas showed me how to write a clear prompt.'],
    },
    {
      input: { title: 'Post on LinkedIn once a month', why: 'More visibility for our department\'s work.', topicKey: 'social_media', targetInDays: 90 },
      status: [],
      notes: [],
    },
    {
      input: { title: 'Run one meeting fully hybrid', why: 'Half of my team works remotely on Fridays.', topicKey: 'new_work', targetInDays: null },
      status: ['in_progress', 'achieved'],
      notes: ['Used a shared board, and everyone could take part.'],
    },
  ],
};

const de: Sample = {
  tandem: {
    title: 'Beispiel: Jonas & ich, KI und LinkedIn',
    my_role: 'mentee',
    partner_name: 'Jonas Weber',
    partner_contact: 'jonas.weber@example.org',
    program: 'Reverse Mentoring 2026 · Beispiel GmbH',
    cadence: { every: 2, unit: 'week', minutes: 60 },
  },
  topicKeys: ['ai_at_work', 'social_media', 'new_work'],
  agreement: {
    my_expectations: 'Ehrliches Feedback, wie ich online wirke, und jemanden, mit dem ich ohne Scheu neue Werkzeuge ausprobiere.',
    partner_expectations: 'Einblick, wie Entscheidungen im Vorstand fallen, und Rat für meinen nächsten Karriereschritt.',
    cadence: { every: 2, unit: 'week', minutes: 60 },
    place: 'Besprechungsraum 3.14 oder das Café im Erdgeschoss',
    video_link: 'https://meet.example.org/jonas-und-ich',
    confidentiality: 'Alles Persönliche bleibt unter uns. Über unser Tandem sprechen wir nur allgemein.',
    hr_sharing: 'HR erfährt nur, dass wir uns treffen und welche Themen wir behandeln, nichts über Inhalte.',
    voluntary: true,
    feedback: 'Zehn Minuten am Ende jedes Treffens: Was hat geholfen, was wollen wir ändern?',
    review_date: null,
  },
  goals: [
    {
      input: { title: 'Einen KI-Assistenten sicher für Texte nutzen', why: 'Mein Team tut es schon, und ich will mitreden können.', topicKey: 'ai_at_work', targetInDays: 45 },
      status: ['in_progress'],
      notes: ['Erster Versuch: einen langen Bericht zusammengefasst. Hat geklappt, aber zwei Zahlen musste ich prüfen.', 'Jonas hat mir gezeigt, wie ein klarer Prompt aussieht.'],
    },
    {
      input: { title: 'Einmal im Monat auf LinkedIn posten', why: 'Mehr Sichtbarkeit für die Arbeit unserer Abteilung.', topicKey: 'social_media', targetInDays: 90 },
      status: [],
      notes: [],
    },
    {
      input: { title: 'Ein Meeting vollständig hybrid leiten', why: 'Die Hälfte meines Teams arbeitet freitags remote.', topicKey: 'new_work', targetInDays: null },
      status: ['in_progress', 'achieved'],
      notes: ['Mit einem gemeinsamen Board konnten alle mitmachen.'],
    },
  ],
};

export function sample(language: Language): Sample {
  return language === 'de' ? de : en;
}
