//! The text of the sample tandem, in German and English. I am a senior head of department
//! (the mentee); Lena is a junior mentor from the marketing team.

/// One goal of the sample.
pub struct SampleGoal {
    pub title: &'static str,
    pub why: &'static str,
    pub topic_key: &'static str,
    pub note: Option<&'static str>,
}

/// Everything the sample writes, in one language.
pub struct SampleContent {
    pub title: &'static str,
    pub partner_name: &'static str,
    pub partner_contact: &'static str,
    pub program: &'static str,
    pub my_expectations: &'static str,
    pub partner_expectations: &'static str,
    pub place: &'static str,
    pub confidentiality: &'static str,
    pub hr_sharing: &'static str,
    pub feedback: &'static str,
    /// In progress (with a note), achieved, open — in this order.
    pub goals: [SampleGoal; 3],
}

pub const DE: SampleContent = SampleContent {
    title: "Tandem mit Lena: KI und Social Media",
    partner_name: "Lena Hoffmann",
    partner_contact: "lena.hoffmann@example.com",
    program: "Reverse Mentoring 2026",
    my_expectations: "Ich möchte aus erster Hand verstehen, wie jüngere Kolleginnen und Kollegen KI-Tools und Social Media im Arbeitsalltag nutzen – nicht aus Präsentationen, sondern am echten Beispiel.\n\n- ehrliche Rückmeldungen, auch wenn sie unbequem sind\n- kleine Übungen zwischen den Treffen statt Theorie\n- ein besseres Gespür dafür, was meinem Team im Alltag fehlt",
    partner_expectations: "Lena möchte verstehen, wie Entscheidungen auf Abteilungsebene zustande kommen und wie man Ideen in einer großen Organisation durchbringt. Sie wünscht sich, dass ihre Sicht ernst genommen wird und dass ich unsere Termine verlässlich einhalte.",
    place: "Besprechungsraum 4.12 oder das Café im Erdgeschoss",
    confidentiality: "Was wir besprechen, bleibt zwischen uns. Persönliches, Fehler und Kritik an Kolleginnen und Kollegen geben wir nicht weiter – auch nicht an Lenas Führungskraft.",
    hr_sharing: "HR erfährt, dass das Tandem stattfindet, wie oft wir uns treffen und was in unserer gemeinsamen Zwischenbilanz zur Halbzeit steht. Inhalte teilen wir nur, wenn wir beide zustimmen.",
    feedback: "Am Ende jedes Treffens nehmen wir uns fünf Minuten: Was war hilfreich, was machen wir beim nächsten Mal anders? Lena darf mich jederzeit bremsen, wenn ich in den Chefmodus falle.",
    goals: [
        SampleGoal {
            title: "Einen KI-Assistenten sicher im Arbeitsalltag nutzen",
            why: "Mein Team arbeitet längst mit KI, aber ich kann Chancen und Risiken kaum einschätzen. Ich will mitreden und gute Regeln für die Abteilung mitgestalten.",
            topic_key: "ai_at_work",
            note: Some("Erste Woche mit dem Assistenten: Protokolle zusammenfassen klappt gut, bei Zahlen muss ich jedes Mal nachprüfen. Lena hat mir gezeigt, wie ein Beispiel im Prompt die Antworten deutlich besser macht."),
        },
        SampleGoal {
            title: "Ein vollständiges LinkedIn-Profil und ein erster eigener Beitrag",
            why: "Für Bewerberinnen und Bewerber ist unsere Abteilung online kaum sichtbar. Ein persönlicher, ehrlicher Auftritt hilft uns beim Recruiting.",
            topic_key: "social_media",
            note: Some("Profil überarbeitet, Foto ausgetauscht, erster Beitrag über unser Azubi-Projekt: 40 Reaktionen und zwei Nachrichten von Interessierten."),
        },
        SampleGoal {
            title: "Ein hybrides Teammeeting, das für alle fair funktioniert",
            why: "Wer remote dabei ist, kommt in unseren Runden kaum zu Wort. Ich will ein Format ausprobieren, bei dem alle gleich gut mitreden können.",
            topic_key: "new_work",
            note: None,
        },
    ],
};

pub const EN: SampleContent = SampleContent {
    title: "Tandem with Lena: AI and social media",
    partner_name: "Lena Brooks",
    partner_contact: "lena.brooks@example.com",
    program: "Reverse Mentoring 2026",
    my_expectations: "I want to understand first-hand how younger colleagues use AI tools and social media in their everyday work: not from slide decks, but from real examples.\n\n- honest feedback, even when it is uncomfortable\n- small exercises between meetings rather than theory\n- a better sense of what my team is missing day to day",
    partner_expectations: "Lena wants to understand how decisions are made at department level and how to get ideas through in a large organisation. She wants her perspective to be taken seriously and me to keep our appointments reliably.",
    place: "Meeting room 4.12 or the café on the ground floor",
    confidentiality: "What we discuss stays between us. We do not pass on anything personal, mistakes or criticism of colleagues, not even to Lena's manager.",
    hr_sharing: "HR may know that the tandem takes place, how often we meet and what our joint mid-term review says. We share content only when we both agree.",
    feedback: "We take five minutes at the end of every meeting: what was helpful, and what shall we do differently next time? Lena may stop me at any time when I slip into boss mode.",
    goals: [
        SampleGoal {
            title: "Use an AI assistant confidently in my daily work",
            why: "My team has been working with AI for a while, but I can hardly judge the opportunities and risks. I want to join the conversation and help shape good rules for the department.",
            topic_key: "ai_at_work",
            note: Some("First week with the assistant: summarising minutes works well, but I have to double-check every figure. Lena showed me how adding an example to the prompt makes the answers much better."),
        },
        SampleGoal {
            title: "A complete LinkedIn profile and a first post of my own",
            why: "Our department is barely visible online to applicants. A personal, honest presence helps us recruit.",
            topic_key: "social_media",
            note: Some("Profile reworked, new photo, first post about our apprentice project: 40 reactions and two messages from interested candidates."),
        },
        SampleGoal {
            title: "A hybrid team meeting that works fairly for everyone",
            why: "People joining remotely hardly get a word in at our meetings. I want to try a format where everyone can take part equally.",
            topic_key: "new_work",
            note: None,
        },
    ],
};
