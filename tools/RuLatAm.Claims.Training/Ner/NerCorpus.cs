using RuLatAm.Claims.Entities;

namespace RuLatAm.Claims.Training.Ner;

/// <summary>Sentences of a Universal NER IOB2 file with their gold tags.</summary>
internal static class NerCorpus
{
    /// <summary>Reads a file's sentences that have tokens.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line or a tag is malformed.</exception>
    public static List<NerSentence> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The IOB2 file '{path}' does not exist.", path);
        }

        using var reader = File.OpenText(path);
        var sentences = new List<NerSentence>();
        foreach (var sentence in Iob2File.Read(reader))
        {
            if (sentence.Rows.Length > 0)
            {
                sentences.Add(new NerSentence(sentence.Tokens(), sentence.Tags()));
            }
        }

        return sentences;
    }
}
