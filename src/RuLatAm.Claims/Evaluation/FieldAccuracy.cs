namespace RuLatAm.Claims.Evaluation;

/// <summary>Correct field values over matched claim pairs (ANNOTATION.md section 5.4).</summary>
/// <param name="Target">Pairs whose targets agree.</param>
/// <param name="Date">Pairs whose date values agree.</param>
/// <param name="Source">Pairs whose sources agree.</param>
/// <param name="Modality">Pairs whose modalities agree.</param>
/// <param name="Quote">Pairs whose quotes agree (token F1 of at least 0.8, or both null).</param>
/// <param name="Pairs">Matched pairs.</param>
public readonly record struct FieldAccuracy(int Target, int Date, int Source, int Modality, int Quote, int Pairs)
{
    /// <summary>Adds the counts of two results.</summary>
    /// <param name="a">One result.</param>
    /// <param name="b">The other.</param>
    public static FieldAccuracy operator +(FieldAccuracy a, FieldAccuracy b) => new(
        a.Target + b.Target, a.Date + b.Date, a.Source + b.Source, a.Modality + b.Modality, a.Quote + b.Quote, a.Pairs + b.Pairs);

    /// <summary>Adds the counts of two results.</summary>
    /// <param name="other">The other result.</param>
    public FieldAccuracy Add(FieldAccuracy other) => this + other;

    /// <summary>The share of matched pairs whose field is right; 0 when there are no pairs.</summary>
    /// <param name="correct">Pairs whose field is right.</param>
    public double Rate(int correct) => Pairs == 0 ? 0 : (double)correct / Pairs;
}
