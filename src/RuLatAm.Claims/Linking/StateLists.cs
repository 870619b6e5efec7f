using RuLatAm.Claims.Analysis;

namespace RuLatAm.Claims.Linking;

/// <summary>
/// Remembers the lists of states an article gives ("Brazil, Venezuela and Cuba"), so that a later "the three
/// countries" can stand for their members (ANNOTATION.md 6, joint actors).
/// </summary>
internal sealed class StateLists
{
    private static readonly string[] s_numbers = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private readonly List<List<ResolvedActor>> _lists = [];
    private List<ResolvedActor> _current = [];
    private int _previousEnd = -1;

    /// <summary>The number a word spells or writes (2 to 10), or 0.</summary>
    public static int CountOf(string word) =>
        int.TryParse(word, out var n) && n is >= 2 and <= 10 ? n : Array.IndexOf(s_numbers, word.ToLowerInvariant()) + 2 is var k and >= 2 ? k : 0;

    /// <summary>Starts a new sentence: a list never runs across sentences.</summary>
    public void StartSentence() => Break();

    /// <summary>Ends the list being read, keeping it when it names two states or more.</summary>
    public void Break()
    {
        if (_current.Count >= 2)
        {
            _lists.Add(_current);
            _current = [];
        }
        else
        {
            // Not kept: the same list serves the next one, rather than a new one for every sentence.
            _current.Clear();
        }

        _previousEnd = -1;
    }

    /// <summary>Adds a resolved entity; only states joined by commas and "and" make one list.</summary>
    public void Add(AnalyzedSentence sentence, int first, int end, ResolvedActor actor)
    {
        if (actor.Type != EntityType.Gpe || _previousEnd >= 0 && !OnlyJoiners(sentence, _previousEnd, first))
        {
            Break();
        }

        if (actor.Type == EntityType.Gpe && !_current.Contains(actor))
        {
            _current.Add(actor);
            _previousEnd = end;
        }
    }

    /// <summary>The most recent list of exactly <paramref name="count"/> states, or null.</summary>
    public IReadOnlyList<ResolvedActor>? Last(int count)
    {
        Break();
        return _lists.FindLast(list => list.Count == count);
    }

    private static bool OnlyJoiners(AnalyzedSentence sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Words[k] is not ("," or "and"))
            {
                return false;
            }
        }

        return true;
    }
}
