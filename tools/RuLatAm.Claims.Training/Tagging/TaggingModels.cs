using RuLatAm.Claims.Tagging;

namespace RuLatAm.Claims.Training.Tagging;

/// <summary>Reads the tagger and lemmatizer model files from a folder, as the library would from its resources.</summary>
internal static class TaggingModels
{
    public static PosTagger? Tagger(string folder)
    {
        var path = Path.Combine(folder, TaggerModel.FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = ModelFile.Open(File.OpenRead(path), TaggerModel.Tag, TaggerModel.Version, path);
        return new PosTagger(TaggerModel.Read(reader));
    }

    public static Lemmatizer? Lemmatizer(string folder)
    {
        var path = Path.Combine(folder, LemmaModel.FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = ModelFile.Open(File.OpenRead(path), LemmaModel.Tag, LemmaModel.Version, path);
        return new Lemmatizer(LemmaModel.Read(reader));
    }
}
