namespace RuLatAm.Claims.Training.Tagging;

/// <summary>A trained linear classifier in sparse form: class biases and, per feature column, its non-zero weights.</summary>
internal sealed class LinearHead(float[] bias, ushort[][] classes, float[][] weights)
{
    public float[] Bias { get; } = bias;

    /// <summary>Per column, the classes with a non-zero weight.</summary>
    public ushort[][] Classes { get; } = classes;

    /// <summary>Per column, the weights of those classes.</summary>
    public float[][] Weights { get; } = weights;

    public int Entries
    {
        get
        {
            var total = 0;
            foreach (var row in Classes)
            {
                total += row.Length;
            }

            return total;
        }
    }
}
