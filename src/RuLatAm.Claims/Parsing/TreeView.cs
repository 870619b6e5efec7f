namespace RuLatAm.Claims.Parsing;

/// <summary>Read access to a dependency tree: children by word, relations with and without subtypes, subtrees.</summary>
/// <remarks>One view can be pointed at one tree after another (<see cref="Load"/>), reusing its arrays.</remarks>
internal sealed class TreeView
{
    private DependencyTree _tree = new([], []);

    // Children of word w, in word order, are _children[_firstChild[w] .. _firstChild[w + 1]]: two arrays rather than
    // a list per word, kept from tree to tree and grown when a longer sentence needs it.
    private int[] _firstChild = [0];
    private int[] _children = [];

    /// <summary>Points the view at <paramref name="tree"/>; what it gave for the previous tree no longer holds.</summary>
    public void Load(DependencyTree tree)
    {
        _tree = tree;
        var count = tree.Heads.Length;
        if (_firstChild.Length < count + 1)
        {
            _firstChild = new int[count + 1];
            _children = new int[count];
        }

        Array.Clear(_firstChild, 0, count + 1);
        foreach (var head in tree.Heads)
        {
            if (head >= 0)
            {
                _firstChild[head + 1]++;
            }
        }

        for (var w = 0; w < count; w++)
        {
            _firstChild[w + 1] += _firstChild[w];
        }

        Span<int> next = count <= 256 ? stackalloc int[count] : new int[count];
        _firstChild.AsSpan(0, count).CopyTo(next);
        for (var i = 0; i < count; i++)
        {
            if (tree.Heads[i] >= 0)
            {
                _children[next[tree.Heads[i]]++] = i;
            }
        }
    }

    public int Count => _tree.Heads.Length;

    public int Head(int word) => _tree.Heads[word];

    /// <summary>The full relation, with subtype ("nsubj:pass").</summary>
    public string Relation(int word) => _tree.Relations[word];

    /// <summary>The relation without its subtype ("nsubj").</summary>
    public ReadOnlySpan<char> BaseRelation(int word)
    {
        var relation = _tree.Relations[word].AsSpan();
        var colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation[..colon];
    }

    /// <summary>The word's children, in word order.</summary>
    public ChildList Children(int word) => new(_children, _firstChild[word], _firstChild[word + 1] - _firstChild[word]);

    public int Child(int word, string relation)
    {
        foreach (var child in Children(word))
        {
            if (_tree.Relations[child] == relation)
            {
                return child;
            }
        }

        return -1;
    }

    public bool HasChild(int word, string relation) => Child(word, relation) >= 0;

    public bool IsAncestor(int ancestor, int word)
    {
        for (var k = Head(word); k >= 0; k = Head(k))
        {
            if (k == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The smallest word range covering <paramref name="word"/> and its descendants, less the children
    /// <paramref name="exclude"/> rejects and their subtrees. The test takes its state as an argument, so that a
    /// static lambda allocates nothing on this hot path.
    /// </summary>
    public (int First, int End) Span<TState>(int word, TState state, Func<TState, int, bool> exclude)
    {
        var first = word;
        var end = word + 1;
        Extend(word, state, exclude, ref first, ref end);
        return (first, end);
    }

    private void Extend<TState>(int word, TState state, Func<TState, int, bool> exclude, ref int first, ref int end)
    {
        foreach (var child in Children(word))
        {
            if (exclude(state, child))
            {
                continue;
            }

            var (f, e) = Span(child, state, exclude);
            if (child < word && f < first && f >= 0)
            {
                first = f;
            }

            if (child > word && e > end)
            {
                end = e;
            }
        }
    }
}
