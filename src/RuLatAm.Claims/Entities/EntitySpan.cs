namespace RuLatAm.Claims.Entities;

/// <summary>A named entity over a run of words of one sentence.</summary>
/// <param name="FirstWord">Index of the entity's first word in the sentence.</param>
/// <param name="EndWord">Index one past its last word.</param>
/// <param name="Label">PER, ORG or LOC, as Universal NER labels them.</param>
public readonly record struct EntitySpan(int FirstWord, int EndWord, string Label);
