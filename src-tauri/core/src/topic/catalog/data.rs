//! The text of the built-in topics. Questions are for either partner to ask; German uses
//! "du", as tandems usually do.

use super::{BuiltinTopic, TopicText};

pub const CATALOG: &[BuiltinTopic] = &[
    BuiltinTopic {
        key: "digital_tools",
        de: TopicText {
            title: "Digitale Tools & Zusammenarbeit",
            description: "Wie wir Dateien teilen, chatten, planen und uns treffen, ohne in Tools zu ertrinken. Gut, um Alltagskniffe auszutauschen und herauszufinden, welche Gewohnheiten das Team bremsen.",
            questions: &[
                "Welche Tools öffnest du morgens als Erstes – und warum gerade die?",
                "Wo gehen bei uns im Team Informationen verloren: in E-Mails, im Chat oder auf Laufwerken?",
                "Kannst du mir eine Tastenkombination oder Funktion zeigen, die dir jeden Tag Zeit spart?",
                "Wann schreibst du lieber kurz im Chat, und wann rufst du an oder lädst zu einem Termin ein?",
                "Welche meiner Gewohnheiten bei E-Mails oder Meetings machen jüngeren Kolleg:innen die Arbeit schwerer?",
            ],
        },
        en: TopicText {
            title: "Digital tools & collaboration",
            description: "How we share files, chat, plan and meet without drowning in tools. Good for swapping everyday tricks and finding out which habits slow the team down.",
            questions: &[
                "Which tools do you open first thing in the morning, and why those?",
                "Where does information get lost in our team: in email, in chat, or on shared drives?",
                "Can you show me one shortcut or feature that saves you time every day?",
                "When do you prefer a quick chat message, and when do you call or send a meeting invite?",
                "Which of my email or meeting habits make work harder for younger colleagues?",
            ],
        },
    },
    BuiltinTopic {
        key: "social_media",
        de: TopicText {
            title: "Social Media & Personal Branding",
            description: "TikTok, Instagram und LinkedIn: wie sie funktionieren, wofür sie taugen und wie man dort als man selbst auftritt, ohne zu viel preiszugeben.",
            questions: &[
                "Welchen Accounts folgst du beruflich, und was lernst du von ihnen?",
                "Wann wirkt ein LinkedIn-Beitrag auf dich echt, und wann scrollst du einfach weiter?",
                "Wie entscheidet der Algorithmus von TikTok oder Instagram, was du zu sehen bekommst?",
                "Was würde mein Profil jemandem erzählen, der mich noch nie getroffen hat?",
                "Wo ziehst du online die Grenze zwischen privat und beruflich?",
                "Wollen wir zusammen einen Beitrag schreiben oder einen bestehenden verbessern?",
            ],
        },
        en: TopicText {
            title: "Social media & personal branding",
            description: "TikTok, Instagram and LinkedIn: how they work, what they are good for, and how to show up there as yourself without oversharing.",
            questions: &[
                "Which accounts do you follow for work, and what do you learn from them?",
                "What makes a LinkedIn post feel genuine to you, and what makes you scroll past?",
                "How does the TikTok or Instagram algorithm decide what you get to see?",
                "What would my profile tell someone who has never met me?",
                "Where do you draw the line between private and professional online?",
                "Shall we write a post together, or improve one I have already published?",
            ],
        },
    },
    BuiltinTopic {
        key: "ai_at_work",
        de: TopicText {
            title: "KI im Arbeitsalltag",
            description: "Chatbots, Copilots und Bildgeneratoren im Arbeitsalltag: was sie gut können, wo sie danebenliegen und was nie in einen Prompt gehört.",
            questions: &[
                "Welche KI-Tools nutzt du in einer normalen Woche, und wofür?",
                "Kannst du mir einen Prompt zeigen, der bei dir gut funktioniert – und einen, der schiefging?",
                "Wie prüfst du, ob eine Antwort der KI wirklich stimmt?",
                "Welche Informationen würdest du nie in ein KI-Tool kopieren?",
                "Welche meiner wiederkehrenden Aufgaben könnte mir KI abnehmen, und welche besser nicht?",
                "Wie verändert KI, was deine Generation von einem ersten Job erwartet?",
            ],
        },
        en: TopicText {
            title: "AI at work",
            description: "Chatbots, copilots and image generators in everyday work: what they do well, where they get it wrong, and what never belongs in a prompt.",
            questions: &[
                "Which AI tools do you use in a normal week, and for what?",
                "Can you show me a prompt that works well for you, and one that went wrong?",
                "How do you check whether an AI answer is actually correct?",
                "Which information would you never paste into an AI tool?",
                "Which of my recurring tasks could AI take off my plate, and which had better stay with me?",
                "How is AI changing what your generation expects from a first job?",
            ],
        },
    },
    BuiltinTopic {
        key: "inclusive_language",
        de: TopicText {
            title: "Inklusive Sprache",
            description: "Worte, die einschließen oder ausschließen: gendergerechte Sprache, Formulierungen, die anders ankommen als gemeint, und wie man nachfragt, ohne Angst vor Fehlern.",
            questions: &[
                "Welche meiner Formulierungen klingen für dich vielleicht veraltet oder verletzend?",
                "Wie gehst du in E-Mails und Präsentationen mit dem Gendern um?",
                "Was machst du, wenn du merkst, dass etwas, das du gesagt hast, nicht gut angekommen ist?",
                "Wie kann ich jemanden nach den Pronomen fragen, ohne dass es unangenehm wird?",
                "Welche Stellenanzeigen oder Team-Nachrichten haben dich schon wegen der Wortwahl abgeschreckt?",
            ],
        },
        en: TopicText {
            title: "Inclusive language",
            description: "Words that include or exclude: gender-fair language, phrases that land differently than intended, and how to ask without being afraid of getting it wrong.",
            questions: &[
                "Which of my phrases might sound outdated or hurtful to you?",
                "How do you handle gender-fair language in emails and presentations?",
                "What do you do when you notice that something you said did not land well?",
                "How can I ask someone about their pronouns without making it awkward?",
                "Which job ads or team messages have put you off because of their wording?",
            ],
        },
    },
    BuiltinTopic {
        key: "diversity_inclusion",
        de: TopicText {
            title: "Diversität & Inklusion",
            description: "Wer gehört wird, wer befördert wird und wer still geht. Raum für blinde Flecken, Privilegien und die Frage, wie Inklusion im Arbeitsalltag aussieht.",
            questions: &[
                "Wann hast du dich zuletzt in einer Runde fehl am Platz gefühlt, weil du anders bist als die anderen?",
                "Wessen Stimmen fehlen in den Meetings, die ich leite?",
                "Welche ungeschriebenen Regeln in unserem Unternehmen sind für Neue schwer zu erkennen?",
                "Was könnte ich als Führungskraft tun, damit man mir leichter widersprechen kann?",
                "Welche Diversity-Initiativen findest du glaubwürdig, und welche wirken wie Pflichtprogramm?",
            ],
        },
        en: TopicText {
            title: "Diversity & inclusion",
            description: "Who gets heard, who gets promoted and who quietly leaves. A space for blind spots, privilege and what inclusion looks like in everyday work.",
            questions: &[
                "When did you last feel out of place in a group because you are different from the others?",
                "Whose voices are missing in the meetings I lead?",
                "Which unwritten rules in our company are hard for newcomers to see?",
                "What could I do as a manager to make it easier to disagree with me?",
                "Which diversity initiatives do you find credible, and which feel like box-ticking?",
            ],
        },
    },
    BuiltinTopic {
        key: "sustainability",
        de: TopicText {
            title: "Nachhaltigkeit als Haltung",
            description: "Nachhaltigkeit jenseits des Geschäftsberichts: Entscheidungen im Alltag, Reisen, Einkauf – und warum es Jüngeren wichtig ist, wo sie arbeiten.",
            questions: &[
                "Wie stark beeinflusst die Nachhaltigkeit eines Unternehmens, wo du arbeiten möchtest?",
                "Welche unserer Alltagsroutinen verschwenden am meisten Energie, Geld oder Material?",
                "Wo erlebst du Greenwashing, und woran erkennst du es?",
                "Welche Dienstreise könnten wir durch einen Videocall ersetzen, ohne etwas zu verlieren?",
                "Welche kleine Veränderung könnte ich in meinem Bereich noch in diesem Quartal angehen?",
            ],
        },
        en: TopicText {
            title: "Sustainability as an attitude",
            description: "Sustainability beyond the annual report: everyday decisions, travel and purchasing, and why it matters to younger colleagues where they work.",
            questions: &[
                "How much does a company's approach to sustainability influence where you want to work?",
                "Which of our everyday routines waste the most energy, money or material?",
                "Where do you come across greenwashing, and how do you recognise it?",
                "Which business trip could we replace with a video call without losing anything?",
                "What is one small change I could make in my area this quarter?",
            ],
        },
    },
    BuiltinTopic {
        key: "new_work",
        de: TopicText {
            title: "New Work & hybride Zusammenarbeit",
            description: "Remote, Büro oder beides: wie man verbunden bleibt, mit Vertrauen statt Anwesenheit führt und hybride Meetings für alle fair gestaltet.",
            questions: &[
                "Wie sieht für dich ein richtig guter Arbeitstag aus – zu Hause oder im Büro?",
                "Woran merkst du aus der Ferne, dass es einer Kollegin oder einem Kollegen nicht gut geht?",
                "Was macht hybride Meetings für diejenigen frustrierend, die remote dabei sind?",
                "Welche Absprachen zu Erreichbarkeit und Antwortzeiten wünschst du dir von deiner Führungskraft?",
                "Was brauchst du vom Büro, das du zu Hause nicht bekommst?",
            ],
        },
        en: TopicText {
            title: "New work & hybrid collaboration",
            description: "Remote, office or both: how to stay connected, lead by trust instead of presence, and make hybrid meetings fair for everyone.",
            questions: &[
                "What does a really good working day look like for you, at home or in the office?",
                "How do you notice from a distance that a colleague is struggling?",
                "What makes hybrid meetings frustrating for the people joining remotely?",
                "Which agreements on availability and response times would you like from your manager?",
                "What do you need from the office that you cannot get at home?",
            ],
        },
    },
    BuiltinTopic {
        key: "generational_values",
        de: TopicText {
            title: "Werte & Erwartungen der Generationen",
            description: "Was Arbeit, Loyalität, Karriere und Erfolg für jede und jeden von uns bedeuten – und welche Klischees über „Gen Z“ und „Boomer“ halten, wenn wir wirklich miteinander reden.",
            questions: &[
                "Wie sieht für dich in zehn Jahren eine erfolgreiche Laufbahn aus?",
                "Welche Klischees über deine Generation nerven dich am meisten – und ist etwas Wahres dran?",
                "Was hat meine Generation beim Thema Arbeit richtig gemacht, das du gern beibehalten würdest?",
                "Wie wichtig sind dir Work-Life-Balance, Gehalt und Sinn – in dieser Reihenfolge oder anders?",
                "Was müsste passieren, damit du fünf Jahre oder länger in einem Unternehmen bleibst?",
            ],
        },
        en: TopicText {
            title: "Generational values & expectations",
            description: "What work, loyalty, career and success mean to each of us, and which clichés about \"Gen Z\" and \"Boomers\" hold up once we actually talk.",
            questions: &[
                "What does a successful career look like to you in ten years?",
                "Which clichés about your generation annoy you most, and is there any truth in them?",
                "What did my generation get right about work that you would like to keep?",
                "How important are work-life balance, salary and meaning to you, in that order or another?",
                "What would make you stay with a company for five years or more?",
            ],
        },
    },
    BuiltinTopic {
        key: "feedback_culture",
        de: TopicText {
            title: "Feedbackkultur",
            description: "Feedback geben und annehmen, über Hierarchie und Alter hinweg: ehrlich, zeitnah und wertschätzend. Auch: wie wir uns in diesem Tandem Feedback geben.",
            questions: &[
                "Wie bekommst du Feedback am liebsten: sofort, schriftlich oder im Vier-Augen-Gespräch?",
                "Wann hat dir Feedback zuletzt wirklich geholfen, und woran lag das?",
                "Was hält dich davon ab, Menschen mit mehr Erfahrung oder einer höheren Position Feedback zu geben?",
                "Welches Feedback würdest du mir heute geben, wenn es keine Hierarchie zwischen uns gäbe?",
                "Wie reagierst du, wenn Feedback wehtut, und was hilft dir dann?",
            ],
        },
        en: TopicText {
            title: "Feedback culture",
            description: "Giving and receiving feedback across hierarchy and age: honest, timely and kind. Also: how we give each other feedback in this tandem.",
            questions: &[
                "How do you prefer to get feedback: right away, in writing, or one to one?",
                "When did feedback last really help you, and what made it work?",
                "What stops you from giving feedback to people with more experience or a higher position?",
                "What feedback would you give me today if there were no hierarchy between us?",
                "How do you react when feedback hurts, and what helps you then?",
            ],
        },
    },
];
