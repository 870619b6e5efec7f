using System.Buffers;
using RuLatAm.Claims.Attribution;
using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Building;

/// <summary>
/// The content of a speech predicate: the clause it governs, the passage before a closing report, or the quotation
/// it touches, whichever way the parser attached them.
/// </summary>
internal static class SpokenContent
{
    private const int MaxLooseTitleWords = 3;

    private static readonly SearchValues<char> s_gapMarks = SearchValues.Create(" ,:\"\u201C\u201D\u00AB\u00BB\u00A0");

    /// <summary>What a speech predicate says: the quoted passage or reported clause, with whether it was quoted.</summary>
    public static QuoteMention? Of(SentenceContext context, Predicate predicate, out bool isDirect)
    {
        isDirect = false;
        if (TrailingReportComma(context, predicate.Top, predicate.Lemma) is var comma and > 0)
        {
            var reported = context.SpanOf(0, comma);
            // A partly quoted clause (`Chile "will sign," she said`) is reported speech as a whole.
            var quoted = context.Quotes.Any(q => q.Overlaps(reported)) ? QuoteNextTo(context, predicate, out isDirect) ?? WholeQuote(context, reported, out isDirect) : null;
            return quoted ?? new QuoteMention(reported.Of(context.Text), reported);
        }

        var clause = Arguments.SaidClause(context, predicate.Content);
        if (clause < 0 && predicate.Top != predicate.Content)
        {
            // `"…," X was quoted as saying` with the quotation hung on "quoted".
            clause = Arguments.SaidClause(context, predicate.Top);
        }

        if (clause < 0)
        {
            return QuoteNextTo(context, predicate, out isDirect);
        }

        var (first, end) = context.Tree.Span(clause, (context.Tree, predicate.Content), static (state, child) => state.Tree.Relation(child) == "punct" || child == state.Content);
        if (first <= predicate.Content && predicate.Content < end)
        {
            // The speech verb sits inside its own quote's subtree ("…," said X): the quote is what precedes it.
            end = predicate.First;
            while (end > first && context.Sentence.Upos(end - 1) == "PUNCT")
            {
                end--;
            }
        }

        if (end <= first)
        {
            return QuoteNextTo(context, predicate, out isDirect);
        }

        var span = context.SpanOf(first, end);
        if (context.QuoteAround(span) is { } passage)
        {
            isDirect = true;
            return new QuoteMention(passage.Of(context.Text), passage);
        }

        return new QuoteMention(span.Of(context.Text), span);
    }

    // "The ministers discussed X, officials said.": parsers hang a closing report on the last noun as a relative
    // clause, or, after a closing quotation mark (`X "will …," she added.`), coordinate it with the clause it reports.
    // A speech verb that ends the sentence, with its own subject right after a comma and no relative word, reports
    // everything before that comma; returns the comma's index, or -1.
    public static int TrailingReportComma(SentenceContext context, int verb, string lemma)
    {
        var s = context.Sentence;
        var tree = context.Tree;
        var subject = tree.Child(verb, "nsubj");
        if (!SpeechVerbs.IsSpeech(lemma) || tree.Relation(verb) is not ("acl:relcl" or "conj" or "parataxis" or "ccomp") || subject < 0 || subject > verb
            || tree.Children(verb).Any((verb, lemma, tree), static (st, c) => c > st.verb && !IsOccasion(st.tree, c, st.lemma)))
        {
            return -1;
        }

        var (first, _) = Arguments.Mention(s, tree, subject);

        // "…, Russian Defence Minister X announced" with the title's first words parsed apart from the name.
        for (var title = 0; title < MaxLooseTitleWords && first > 1 && s.Words[first - 1] != "," && char.IsUpper(s.Words[first - 1][0])
            && s.Upos(first - 1) is "ADJ" or "NOUN" or "PROPN"; title++)
        {
            first--;
        }

        var comma = first - 1;
        var closesQuote = comma > 0 && IsClosingMark(s.Words[comma]);
        if (closesQuote)
        {
            comma--;
        }
        else if (tree.Relation(verb) == "conj" && tree.Child(verb, "cc") is var cc and >= 0 && cc < first)
        {
            // A speech verb joined by "and" or "but" is a report of its own ("…, and officials said").
            return -1;
        }

        return comma > 0 && s.Words[comma] == "," && !Enumerable.Range(first, verb - first).Any(k => s.Tags.Xpos[k] is "WDT" or "WP" or "WP$")
            ? comma
            : -1;
    }

    // What may follow a closing report's verb without being its content: "…, X said in a statement on Friday",
    // "…, X told reporters".
    // A clause hung on the occasion ("said in January that …") is content, not occasion.
    private static bool IsOccasion(TreeView tree, int child, string lemma) =>
        (tree.BaseRelation(child) is "punct" or "obl" or "advmod" or "iobj" || lemma == "tell" && tree.BaseRelation(child) is "obj")
        && !tree.Children(child).Any(tree, static (tree, c) => tree.BaseRelation(c) is "acl" or "ccomp" or "advcl");

    private static bool IsClosingMark(string word) => word is "\u201D" or "\u00BB" or "\"";

    // `"…," he wrote on Twitter.`: a quotation that is the whole passage before the report, however far the verb.
    private static QuoteMention? WholeQuote(SentenceContext context, TextSpan reported, out bool isDirect)
    {
        foreach (var quote in context.Quotes)
        {
            if (quote.Start >= reported.Start && quote.Start <= reported.Start + 1 && quote.End >= reported.End - 1 && quote.Start < reported.End)
            {
                isDirect = true;
                return new QuoteMention(quote.Of(context.Text), quote);
            }
        }

        isDirect = false;
        return null;
    }

    // `"…," he said.` with the quote outside the parse of the verb: take the quoted passage that touches the verb.
    private static QuoteMention? QuoteNextTo(SentenceContext context, Predicate predicate, out bool isDirect)
    {
        var action = context.SpanOf(predicate.First, predicate.End);
        foreach (var quote in context.Quotes)
        {
            var gapBefore = action.Start - quote.End;
            var gapAfter = quote.Start - action.End;
            if (gapBefore is >= 0 and <= 4 || gapAfter is >= 0 and <= 4 || quote.Overlaps(context.Sentence.Sentence.Span) && gapAfter is > 0 and <= 30)
            {
                // 'said the government was "isolating …"': words of the writer's before the quotation make the whole
                // clause reported speech.
                var lead = gapAfter > 0 ? LeadingWords(context.Text.AsSpan(action.End, gapAfter)) : 0;
                if (lead > 0)
                {
                    isDirect = false;
                    var clause = new TextSpan(action.End + lead, quote.End);
                    return new QuoteMention(clause.Of(context.Text), clause);
                }

                isDirect = true;
                return new QuoteMention(quote.Of(context.Text), quote);
            }
        }

        isDirect = false;
        return null;
    }

    // Where the writer's own words start in the gap between a speech verb and a quotation, or 0 when the gap holds
    // only spaces, punctuation, quotation marks and "that".
    private static int LeadingWords(ReadOnlySpan<char> gap)
    {
        var start = gap.IndexOfAnyExcept(s_gapMarks);
        if (start < 0)
        {
            return 0;
        }

        var rest = gap[start..];
        var words = rest[..(rest.LastIndexOfAnyExcept(s_gapMarks) + 1)];
        return words.Equals("that", StringComparison.OrdinalIgnoreCase) ? 0 : start;
    }
}
