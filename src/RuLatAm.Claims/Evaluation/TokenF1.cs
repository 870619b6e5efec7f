namespace RuLatAm.Claims.Evaluation;

/// <summary>Bag-of-words F1 between two texts, over lower-cased runs of letters and digits.</summary>
internal static class TokenF1
{
    public static double Of(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 && y.Count == 0)
        {
            return 1;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in x)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        var common = 0;
        foreach (var w in y)
        {
            if (counts.GetValueOrDefault(w) > 0)
            {
                counts[w]--;
                common++;
            }
        }

        if (common == 0)
        {
            return 0;
        }

        var precision = (double)common / y.Count;
        var recall = (double)common / x.Count;
        return 2 * precision * recall / (precision + recall);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
