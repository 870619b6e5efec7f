using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Attribution;
using RuLatAm.Claims.Dates;
using RuLatAm.Claims.Linking;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>Builds claims from analysed sentences: predicates, their actors, targets, dates, sources and quotes.</summary>
internal sealed class ClaimBuilder(ActorCatalogue catalogue, DateFinder dateFinder, DateResolver dateResolver, QuoteFinder quoteFinder)
{
    public List<Claim> Build(string text, IReadOnlyList<AnalyzedSentence> sentences, DocumentInfo info, CancellationToken cancellationToken)
    {
        var linker = new EntityLinker(catalogue, info.Published);
        var quotes = quoteFinder.Find(text, new TextSpan(0, text.Length));
        var sentenceBuilder = new SentenceClaimBuilder(linker, dateResolver, new QuoteSpeakers());
        var claims = new List<Claim>();
        var subjects = new List<ResolvedActor>();
        var targets = new List<ResolvedActor>();
        var tree = new TreeView();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dates = dateFinder.Find(text, sentence.Sentence.Span);
            subjects.Clear();
            targets.Clear();
            // One view read sentence by sentence: its arrays serve the whole document.
            tree.Load(sentence.Tree);
            claims.AddRange(sentenceBuilder.Build(new SentenceContext(text, sentence, tree, quotes, dates, info), subjects, targets));

            // The parties acted on are mentions too ("met the Russian foreign minister … said the minister"), but
            // subjects are the most salient: remembered last, so pronouns prefer them.
            linker.Observe(sentence);
            foreach (var target in targets)
            {
                linker.Remember(target);
            }

            linker.RememberSubjects(subjects);
        }

        return claims;
    }
}
