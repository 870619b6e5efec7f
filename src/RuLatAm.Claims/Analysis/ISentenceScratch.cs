namespace RuLatAm.Claims.Analysis;

/// <summary>Working arrays for one sentence at a time, reused from sentence to sentence.</summary>
internal interface ISentenceScratch
{
    /// <summary>The longest sentence there is room for.</summary>
    int Capacity { get; }
}
