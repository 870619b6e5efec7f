using RuLatAm.Claims.Entities;

namespace RuLatAm.Claims.Training.Ner;

/// <summary>Tags sentences with a recognizer and scores its spans against their gold tags.</summary>
internal static class NerEvaluator
{
    public static SpanScore Score(EntityRecognizer recognizer, IReadOnlyList<NerSentence> sentences)
    {
        var score = new SpanScore();
        foreach (var sentence in sentences)
        {
            var predicted = new int[sentence.Words.Length];
            recognizer.Tag(sentence.Words, predicted);
            score.Add(sentence.Tags, predicted);
        }

        return score;
    }
}
