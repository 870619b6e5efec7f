namespace RuLatAm.Claims.Parsing;

/// <summary>
/// An arc-hybrid configuration over a sentence of <see cref="Count"/> words plus an artificial root, index
/// <see cref="Count"/>, which sits at the end of the buffer so that exactly one word can attach to it.
/// </summary>
/// <remarks>Not thread-safe: one state per parse. Keeps the children summaries the features read.</remarks>
internal sealed class ParseState
{
    private readonly int[] _stack;

    /// <summary>Creates the initial state of a sentence of <paramref name="count"/> words.</summary>
    public ParseState(int count)
        : this(count, count)
    {
    }

    private ParseState(int count, int capacity)
    {
        Capacity = capacity;
        _stack = new int[capacity + 1];
        Heads = new int[capacity + 1];
        Labels = new int[capacity + 1];
        LeftmostChild = new int[capacity + 1];
        SecondLeftmostChild = new int[capacity + 1];
        RightmostChild = new int[capacity + 1];
        SecondRightmostChild = new int[capacity + 1];
        LeftCount = new int[capacity + 1];
        RightCount = new int[capacity + 1];
        LeftLabels = new ulong[capacity + 1];
        RightLabels = new ulong[capacity + 1];
        Reset(count);
    }

    /// <summary>The longest sentence this state has room for.</summary>
    public int Capacity { get; }

    /// <summary>Number of real words; also the index of the root.</summary>
    public int Count { get; private set; }

    /// <summary>Index of the first buffer word; <see cref="Count"/> when only the root is left.</summary>
    public int BufferFront { get; private set; }

    public int StackSize { get; private set; }

    public int[] Heads { get; }

    public int[] Labels { get; }

    public int[] LeftmostChild { get; }

    public int[] SecondLeftmostChild { get; }

    public int[] RightmostChild { get; }

    public int[] SecondRightmostChild { get; }

    public int[] LeftCount { get; }

    public int[] RightCount { get; }

    /// <summary>Per word, a bit per relation among its left children.</summary>
    public ulong[] LeftLabels { get; }

    /// <summary>Per word, a bit per relation among its right children.</summary>
    public ulong[] RightLabels { get; }

    /// <summary>A state with room for <paramref name="capacity"/> words, to be <see cref="Reset"/> for each sentence.</summary>
    public static ParseState WithCapacity(int capacity) => new(0, capacity);

    /// <summary>Returns to the initial state of a sentence of <paramref name="count"/> words, reusing the arrays.</summary>
    public void Reset(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Capacity);
        Count = count;
        BufferFront = 0;
        StackSize = 0;
        var used = count + 1;
        Heads.AsSpan(0, used).Fill(-1);
        Labels.AsSpan(0, used).Fill(-1);
        LeftmostChild.AsSpan(0, used).Fill(-1);
        SecondLeftmostChild.AsSpan(0, used).Fill(-1);
        RightmostChild.AsSpan(0, used).Fill(-1);
        SecondRightmostChild.AsSpan(0, used).Fill(-1);
        LeftCount.AsSpan(0, used).Clear();
        RightCount.AsSpan(0, used).Clear();
        LeftLabels.AsSpan(0, used).Clear();
        RightLabels.AsSpan(0, used).Clear();
    }

    public bool IsTerminal => StackSize == 0 && BufferFront == Count;

    /// <summary>The stack word <paramref name="depth"/> places below the top, or -1.</summary>
    public int Stack(int depth) => depth < StackSize ? _stack[StackSize - 1 - depth] : -1;

    /// <summary>The buffer word <paramref name="offset"/> places after the front (the root counts), or -1.</summary>
    public int Buffer(int offset)
    {
        var i = BufferFront + offset;
        return i <= Count ? i : -1;
    }

    public bool IsValid(Transition transition) => transition switch
    {
        Transition.Shift => BufferFront < Count,
        Transition.Left => StackSize >= 1 && (BufferFront < Count || StackSize == 1),
        _ => StackSize >= 2,
    };

    /// <summary>The head and dependent the transition would join; (-1, -1) for a shift.</summary>
    public (int Head, int Dependent) ArcOf(Transition transition) => transition switch
    {
        Transition.Left => (BufferFront, Stack(0)),
        Transition.Right => (Stack(1), Stack(0)),
        _ => (-1, -1),
    };

    /// <summary>Applies a valid transition; <paramref name="label"/> is the relation of the arc it makes.</summary>
    public void Apply(Transition transition, int label)
    {
        if (transition == Transition.Shift)
        {
            _stack[StackSize++] = BufferFront++;
            return;
        }

        var (head, dependent) = ArcOf(transition);
        StackSize--;
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = label is >= 0 and < 64 ? 1UL << label : 0;
        if (dependent < head)
        {
            // Left dependents arrive right to left, so the newest is the leftmost.
            SecondLeftmostChild[head] = LeftmostChild[head];
            LeftmostChild[head] = dependent;
            LeftCount[head]++;
            LeftLabels[head] |= bit;
        }
        else
        {
            SecondRightmostChild[head] = RightmostChild[head];
            RightmostChild[head] = dependent;
            RightCount[head]++;
            RightLabels[head] |= bit;
        }
    }
}
