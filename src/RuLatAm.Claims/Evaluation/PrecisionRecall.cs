namespace RuLatAm.Claims.Evaluation;

/// <summary>Precision, recall and F1 from counts.</summary>
/// <param name="Matched">Matched pairs.</param>
/// <param name="Predicted">Predicted items.</param>
/// <param name="Gold">Gold items.</param>
public readonly record struct PrecisionRecall(int Matched, int Predicted, int Gold)
{
    /// <summary>Matched over predicted; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    /// <summary>Matched over gold; 0 when there is no gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds the counts of two results.</summary>
    /// <param name="a">One result.</param>
    /// <param name="b">The other.</param>
    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Gold + b.Gold);

    /// <summary>Adds the counts of two results.</summary>
    /// <param name="other">The other result.</param>
    public PrecisionRecall Add(PrecisionRecall other) => this + other;
}
