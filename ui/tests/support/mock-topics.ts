// The built-in topic catalogue of the mock backend (the core has its own, localized at read time).
import type { Language } from '../../src/lib/bindings';

interface Text {
  title: string;
  description: string;
  questions: string[];
}

export interface BuiltinTopic {
  key: string;
  de: Text;
  en: Text;
}

export const BUILTIN_TOPICS: BuiltinTopic[] = [
  {
    key: 'digital_tools',
    en: {
      title: 'Digital tools & collaboration',
      description: 'Chat, shared documents, video calls and boards: working together without drowning in tools.',
      questions: [
        'Which tool costs you the most time each week?',
        'How does your team decide where information lives?',
        'What would you like to try in our next meeting, hands on?',
      ],
    },
    de: {
      title: 'Digitale Werkzeuge & Zusammenarbeit',
      description: 'Chat, geteilte Dokumente, Videocalls und Boards: zusammenarbeiten, ohne in Tools zu versinken.',
      questions: [
        'Welches Werkzeug kostet dich jede Woche die meiste Zeit?',
        'Wie entscheidet euer Team, wo Informationen abgelegt werden?',
        'Was möchtest du im nächsten Treffen direkt ausprobieren?',
      ],
    },
  },
  {
    key: 'social_media',
    en: {
      title: 'Social media & personal branding',
      description: 'TikTok, Instagram and LinkedIn: how they work, who is there, and how to show up as yourself.',
      questions: [
        'Which platform do the people you want to reach actually use?',
        'What would you never post, and why?',
        'What does a good first LinkedIn post look like for you?',
      ],
    },
    de: {
      title: 'Social Media & Personal Branding',
      description: 'TikTok, Instagram und LinkedIn: wie sie funktionieren, wer dort ist und wie man authentisch auftritt.',
      questions: [
        'Welche Plattform nutzen die Menschen, die du erreichen willst, wirklich?',
        'Was würdest du nie posten, und warum?',
        'Wie sieht für dich ein guter erster LinkedIn-Beitrag aus?',
      ],
    },
  },
  {
    key: 'ai_at_work',
    en: {
      title: 'AI at work',
      description: 'Using AI assistants sensibly: good prompts, checking results, data protection and limits.',
      questions: [
        'Which task would you hand to an AI assistant first?',
        'How do you check whether an answer is right?',
        'What must never go into an AI tool at our company?',
      ],
    },
    de: {
      title: 'KI im Arbeitsalltag',
      description: 'KI-Assistenten sinnvoll nutzen: gute Prompts, Ergebnisse prüfen, Datenschutz und Grenzen.',
      questions: [
        'Welche Aufgabe würdest du als Erstes einem KI-Assistenten geben?',
        'Wie prüfst du, ob eine Antwort stimmt?',
        'Was darf bei uns auf keinen Fall in ein KI-Werkzeug?',
      ],
    },
  },
  {
    key: 'inclusive_language',
    en: {
      title: 'Inclusive language',
      description: 'Words that include everyone, in emails, job ads and meetings, without losing clarity.',
      questions: [
        'Which phrases do you use out of habit that might exclude someone?',
        'How do you react when someone points out a word to you?',
        'Which text of yours could we rewrite together?',
      ],
    },
    de: {
      title: 'Inklusive Sprache',
      description: 'Worte, die alle einschließen, in Mails, Stellenanzeigen und Meetings, ohne an Klarheit zu verlieren.',
      questions: [
        'Welche Formulierungen nutzt du aus Gewohnheit, die jemanden ausschließen könnten?',
        'Wie reagierst du, wenn dich jemand auf ein Wort hinweist?',
        'Welchen deiner Texte könnten wir gemeinsam überarbeiten?',
      ],
    },
  },
  {
    key: 'diversity_inclusion',
    en: {
      title: 'Diversity & inclusion',
      description: 'Different backgrounds, perspectives and needs, and what it takes for everyone to belong.',
      questions: [
        'Whose voice is missing in your meetings?',
        'When did you last feel like an outsider at work?',
        'What could you change in your team this month?',
      ],
    },
    de: {
      title: 'Diversität & Inklusion',
      description: 'Unterschiedliche Hintergründe, Perspektiven und Bedürfnisse, und was es braucht, damit alle dazugehören.',
      questions: [
        'Wessen Stimme fehlt in deinen Meetings?',
        'Wann hast du dich bei der Arbeit zuletzt fremd gefühlt?',
        'Was könntest du diesen Monat in deinem Team verändern?',
      ],
    },
  },
  {
    key: 'sustainability',
    en: {
      title: 'Sustainability as an attitude',
      description: 'Not a project but a way of deciding: travel, purchasing, digital footprint and everyday habits.',
      questions: [
        'Which decision this week had an environmental side?',
        'Where does sustainability clash with other goals for you?',
        'What does your generation expect from employers here?',
      ],
    },
    de: {
      title: 'Nachhaltigkeit als Haltung',
      description: 'Kein Projekt, sondern eine Art zu entscheiden: Reisen, Einkauf, digitaler Fußabdruck und Gewohnheiten.',
      questions: [
        'Welche Entscheidung hatte diese Woche eine ökologische Seite?',
        'Wo steht Nachhaltigkeit für dich im Konflikt mit anderen Zielen?',
        'Was erwartet deine Generation hier von Arbeitgebern?',
      ],
    },
  },
  {
    key: 'new_work',
    en: {
      title: 'New work & hybrid collaboration',
      description: 'Remote, office and everything in between: trust, availability and meetings that work for all.',
      questions: [
        'What makes a hybrid meeting good for those who are remote?',
        'How do you show that you are available, or not?',
        'Which rule of your team would you like to rethink?',
      ],
    },
    de: {
      title: 'New Work & hybride Zusammenarbeit',
      description: 'Remote, Büro und alles dazwischen: Vertrauen, Erreichbarkeit und Meetings, die für alle funktionieren.',
      questions: [
        'Was macht ein hybrides Meeting gut für die, die remote sind?',
        'Wie zeigst du, dass du erreichbar bist, oder eben nicht?',
        'Welche Regel in deinem Team würdest du gern neu denken?',
      ],
    },
  },
  {
    key: 'generations',
    en: {
      title: 'Generational values & expectations',
      description: 'What different generations want from work, and where the clichés get in the way.',
      questions: [
        'Which assumption about the other generation turned out to be wrong?',
        'What does "loyalty" to an employer mean to each of you?',
        'What would you like the other generation to understand?',
      ],
    },
    de: {
      title: 'Werte & Erwartungen der Generationen',
      description: 'Was verschiedene Generationen von Arbeit erwarten, und wo Klischees im Weg stehen.',
      questions: [
        'Welche Annahme über die andere Generation hat sich als falsch erwiesen?',
        'Was bedeutet „Loyalität“ zum Arbeitgeber für jede und jeden von euch?',
        'Was soll die andere Generation besser verstehen?',
      ],
    },
  },
  {
    key: 'feedback_culture',
    en: {
      title: 'Feedback culture',
      description: 'Giving and asking for feedback across hierarchy, openly and kindly, and acting on it.',
      questions: [
        'When did feedback from a younger colleague last change your mind?',
        'How do you want to receive critical feedback from me?',
        'What stops people in your team from speaking up?',
      ],
    },
    de: {
      title: 'Feedbackkultur',
      description: 'Feedback über Hierarchien hinweg geben und einholen, offen und freundlich, und daraus handeln.',
      questions: [
        'Wann hat dich zuletzt das Feedback einer jüngeren Person umgestimmt?',
        'Wie möchtest du kritisches Feedback von mir bekommen?',
        'Was hält Menschen in deinem Team davon ab, etwas anzusprechen?',
      ],
    },
  },
];

export function builtinText(topic: BuiltinTopic, language: Language): Text {
  return topic[language];
}
