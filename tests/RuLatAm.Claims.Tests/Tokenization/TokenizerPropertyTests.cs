using CsCheck;
using RuLatAm.Claims.Tokenization;

namespace RuLatAm.Claims.Tests.Tokenization;

public sealed class TokenizerPropertyTests
{
    // Plain strings rarely hit the rules; mix in the characters they turn on.
    private static readonly Gen<string> s_tricky = Gen.String[
        Gen.OneOf(Gen.Char, Gen.Char["aZ09 .,'\u2019-$@:/#!?\"\u201C\u201D()\n\u2014\u2026\u0661"]), 0, 60];

    [Fact]
    public void Tokenize_AnyString_GivesNonEmptyOrderedTokensWithinTheText() =>
        Gen.OneOf(Gen.String, s_tricky).Sample(text =>
        {
            var tokens = Tokenizer.Default.Tokenize(text);
            var previousEnd = 0;
            foreach (var token in tokens)
            {
                if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length)
                {
                    return false;
                }

                previousEnd = token.End;
            }

            return true;
        });

    [Fact]
    public void Tokenize_AnyString_CoversEveryLetterAndDigit() =>
        Gen.OneOf(Gen.String, s_tricky).Sample(text =>
        {
            var covered = new bool[text.Length];
            foreach (var token in Tokenizer.Default.Tokenize(text))
            {
                for (var k = token.Start; k < token.End; k++)
                {
                    covered[k] = true;
                }
            }

            for (var k = 0; k < text.Length; k++)
            {
                if (char.IsLetterOrDigit(text[k]) && !covered[k])
                {
                    return false;
                }
            }

            return true;
        });
}
