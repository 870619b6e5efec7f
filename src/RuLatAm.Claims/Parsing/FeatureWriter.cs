namespace RuLatAm.Claims.Parsing;

/// <summary>
/// Collects the hashed features of one decision. Each call to Add is the next template, numbered by call order,
/// so extraction code stays a plain list of templates; the numbering is part of the model format.
/// </summary>
internal ref struct FeatureWriter
{
    public const int Capacity = 160;

    private static readonly ulong[] s_templates = CreateTemplates();
    private readonly Span<ulong> _buffer;
    private int _template;

    public FeatureWriter(Span<ulong> buffer)
    {
        _buffer = buffer;
        Count = 0;
        _template = 0;
    }

    public int Count { get; private set; }

    public void Add(ulong a) => Write(FeatureHash.Combine(s_templates[_template++], a));

    public void Add(ulong a, ulong b) => Write(FeatureHash.Combine(s_templates[_template++], a, b));

    public void Add(ulong a, ulong b, ulong c) => Write(FeatureHash.Combine(s_templates[_template++], a, b, c));

    public void Add(ulong a, ulong b, ulong c, ulong d) =>
        Write(FeatureHash.Combine(FeatureHash.Combine(s_templates[_template++], a, b, c), d));

    private void Write(ulong feature) => _buffer[Count++] = feature;

    private static ulong[] CreateTemplates()
    {
        var templates = new ulong[Capacity];
        for (var i = 0; i < templates.Length; i++)
        {
            templates[i] = FeatureHash.Of(1000 + i);
        }

        return templates;
    }
}
