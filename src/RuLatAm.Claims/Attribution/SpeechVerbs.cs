namespace RuLatAm.Claims.Attribution;

/// <summary>Lemmas of verbs of speaking, communicating and (with a clause) thinking: their claims are statements.</summary>
internal static class SpeechVerbs
{
    private static readonly HashSet<string> s_speech = new(StringComparer.Ordinal)
    {
        "say", "tell", "state", "decry", "vow", "warn", "promise", "stress", "add", "announce", "deny", "urge", "claim",
        "note", "explain", "insist", "declare", "argue", "suggest", "accuse", "criticize", "criticise", "praise", "condemn",
        "reiterate", "emphasize", "emphasise", "confirm", "express", "speculate", "hint", "describe", "respond", "reply",
        "comment", "ask", "demand", "propose", "acknowledge", "admit", "assert", "complain", "concede", "contend",
        "write", "tweet", "speak", "remark", "observe", "predict", "recall", "report", "reveal", "signal",
        "welcome", "dismiss", "reject", "blast", "slam", "congratulate", "thank", "echo", "call", "pledge",
        "voice", "point", "allege", "question", "contact", "articulate",
    };

    private static readonly HashSet<string> s_thinking = new(StringComparer.Ordinal)
    {
        "think", "believe", "fear", "suspect", "hope", "expect", "feel", "worry", "doubt", "consider", "know", "see", "find",
    };

    // Threatening and inviting are acts (ANNOTATION.md 2, 6), yet what is invited, like what is urged, is only asked for.
    private static readonly HashSet<string> s_requestActs = new(StringComparer.Ordinal) { "invite" };

    // Nouns of speech that a light verb turns into an act of speaking ("made statements", "issued a declaration").
    private static readonly HashSet<string> s_speechNouns = new(StringComparer.Ordinal)
    {
        "statement", "comment", "remark", "declaration", "announcement",
    };

    private static readonly HashSet<string> s_lightSpeechVerbs = new(StringComparer.Ordinal) { "make", "issue" };

    // A threat is an act, yet it tells what its maker will do: the threatened act and its condition are his report.
    private static readonly HashSet<string> s_threats = new(StringComparer.Ordinal) { "threaten" };

    public static bool IsSpeech(string lemma) => s_speech.Contains(lemma);

    /// <summary>Whether a light verb with this object speaks ("make" + "statement").</summary>
    public static bool IsSpeechPhrase(string verb, string obj) => s_lightSpeechVerbs.Contains(verb) && s_speechNouns.Contains(obj);

    /// <summary>Whether the verb's maker is the source of the acts it governs ("threatened to X if Y").</summary>
    public static bool IsThreat(string lemma) => s_threats.Contains(lemma);

    /// <summary>Whether an infinitive after the verb's object is only asked of it ("urged X to", "invited X to").</summary>
    public static bool IsRequest(string lemma) => s_speech.Contains(lemma) || s_requestActs.Contains(lemma);

    public static bool IsThinking(string lemma) => s_thinking.Contains(lemma);
}
