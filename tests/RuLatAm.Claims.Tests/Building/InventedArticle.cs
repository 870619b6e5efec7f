namespace RuLatAm.Claims.Tests.Building;

/// <summary>Extracts the claims of an invented sentence, published on a Wednesday (2014-04-30).</summary>
internal static class InventedArticle
{
    private static readonly DocumentInfo Info = new("invented", new DateOnly(2014, 4, 30));

    public static IReadOnlyList<Claim> Extract(string text) => ClaimExtractor.Default.Extract(text, Info).Claims;
}
