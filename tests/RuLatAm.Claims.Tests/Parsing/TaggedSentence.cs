using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Tests.Parsing;

/// <summary>An invented sentence written as word/UPOS/XPOS triples, so parser tests do not hang on the tagger.</summary>
internal sealed class TaggedSentence
{
    private TaggedSentence(string[] words, string[] upos, string[] xpos)
    {
        Words = words;
        Upos = upos;
        Xpos = xpos;
        Lemmas = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            Lemmas[i] = Lemmatizer.Default.Lemmatize(words[i], upos[i], xpos[i]);
        }
    }

    public string[] Words { get; }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public string[] Lemmas { get; }

    /// <summary>Reads "The/DET/DT deal/NOUN/NN …"; a word may not contain a slash.</summary>
    public static TaggedSentence Parse(string tagged)
    {
        var parts = tagged.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = new string[parts.Length];
        var upos = new string[parts.Length];
        var xpos = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var fields = parts[i].Split('/');
            (words[i], upos[i], xpos[i]) = (fields[0], fields[1], fields[2]);
        }

        return new TaggedSentence(words, upos, xpos);
    }

    public int IndexOf(string word) => Array.IndexOf(Words, word);
}
