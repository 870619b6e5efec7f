namespace RuLatAm.Claims.Tagging;

/// <summary>How the training treebank lemmatizes a word it holds with a given Penn Treebank tag.</summary>
/// <param name="Xpos">The word's Penn Treebank tag.</param>
/// <param name="Edit">The edit that gives its lemma.</param>
internal readonly record struct KnownForm(string Xpos, LemmaEdit Edit);
