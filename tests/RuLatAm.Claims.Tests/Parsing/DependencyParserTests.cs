using RuLatAm.Claims.Parsing;

namespace RuLatAm.Claims.Tests.Parsing;

public sealed class DependencyParserTests
{
    [Fact]
    public void Parse_PassiveWithAgent_MarksPassiveSubjectAndAgent()
    {
        var s = TaggedSentence.Parse("The/DET/DT deal/NOUN/NN was/AUX/VBD signed/VERB/VBN by/ADP/IN the/DET/DT minister/NOUN/NN ./PUNCT/.");
        var tree = Parse(s);

        ShouldHaveArc(s, tree, "deal", "signed", "nsubj:pass");
        ShouldHaveArc(s, tree, "was", "signed", "aux:pass");
        ShouldHaveArc(s, tree, "minister", "signed", "obl:agent");
        ShouldHaveArc(s, tree, "by", "minister", "case");
        tree.Heads[s.IndexOf("signed")].Should().Be(-1);
    }

    [Fact]
    public void Parse_CoordinatedVerbs_ShareTheFirstVerbsSubject()
    {
        var s = TaggedSentence.Parse(
            "The/DET/DT president/NOUN/NN visited/VERB/VBD Quito/PROPN/NNP and/CCONJ/CC met/VERB/VBD the/DET/DT envoy/NOUN/NN ./PUNCT/.");
        var tree = Parse(s);

        ShouldHaveArc(s, tree, "president", "visited", "nsubj");
        ShouldHaveArc(s, tree, "Quito", "visited", "obj");
        ShouldHaveArc(s, tree, "met", "visited", "conj");
        ShouldHaveArc(s, tree, "and", "met", "cc");
        ShouldHaveArc(s, tree, "envoy", "met", "obj");
    }

    [Fact]
    public void Parse_ControlVerb_TakesTheInfinitiveAsXcomp()
    {
        var s = TaggedSentence.Parse(
            "The/DET/DT minister/NOUN/NN is/AUX/VBZ expected/VERB/VBN to/PART/TO meet/VERB/VB the/DET/DT ambassador/NOUN/NN ./PUNCT/.");
        var tree = Parse(s);

        ShouldHaveArc(s, tree, "minister", "expected", "nsubj:pass");
        ShouldHaveArc(s, tree, "meet", "expected", "xcomp");
        ShouldHaveArc(s, tree, "to", "meet", "mark");
        ShouldHaveArc(s, tree, "ambassador", "meet", "obj");
    }

    [Fact]
    public void Parse_TimeAfterTheObject_IsOblOfTheVerb()
    {
        var s = TaggedSentence.Parse(
            "The/DET/DT minister/NOUN/NN will/AUX/MD meet/VERB/VB the/DET/DT ambassador/NOUN/NN on/ADP/IN Friday/PROPN/NNP ./PUNCT/.");
        var tree = Parse(s);

        ShouldHaveArc(s, tree, "Friday", "meet", "obl");
        ShouldHaveArc(s, tree, "on", "Friday", "case");
    }

    [Fact(Skip = "Known error of the greedy parser: below a control verb, a time phrase after the object attaches to the object noun (nmod).")]
    public void Parse_TimeAfterTheObjectOfAControlledVerb_IsOblOfThatVerb()
    {
        var s = TaggedSentence.Parse(
            "The/DET/DT minister/NOUN/NN is/AUX/VBZ expected/VERB/VBN to/PART/TO meet/VERB/VB the/DET/DT ambassador/NOUN/NN on/ADP/IN Friday/PROPN/NNP ./PUNCT/.");
        var tree = Parse(s);

        ShouldHaveArc(s, tree, "Friday", "meet", "obl");
    }

    [Fact]
    public void Parse_RelativeClause_HangsOnTheNounItDescribes()
    {
        var s = TaggedSentence.Parse(
            "The/DET/DT minister/NOUN/NN ,/PUNCT/, who/PRON/WP visited/VERB/VBD Lima/PROPN/NNP ,/PUNCT/, praised/VERB/VBD the/DET/DT agreement/NOUN/NN ./PUNCT/.");
        var tree = Parse(s);

        ShouldHaveArc(s, tree, "visited", "minister", "acl:relcl");
        ShouldHaveArc(s, tree, "who", "visited", "nsubj");
        ShouldHaveArc(s, tree, "Lima", "visited", "obj");
        ShouldHaveArc(s, tree, "agreement", "praised", "obj");
    }

    [Fact(Skip = "Known error of the greedy parser: after the closing comma it attaches the main verb as conj of the relative clause's verb, so the noun ends up as root.")]
    public void Parse_RelativeClause_LeavesTheNounAsSubjectOfTheMainVerb()
    {
        var s = TaggedSentence.Parse(
            "The/DET/DT minister/NOUN/NN ,/PUNCT/, who/PRON/WP visited/VERB/VBD Lima/PROPN/NNP ,/PUNCT/, praised/VERB/VBD the/DET/DT agreement/NOUN/NN ./PUNCT/.");
        var tree = Parse(s);

        ShouldHaveArc(s, tree, "minister", "praised", "nsubj");
        tree.Heads[s.IndexOf("praised")].Should().Be(-1);
    }

    [Fact]
    public void Parse_FrontedQuote_IsGovernedByTheSpeechVerb()
    {
        var s = TaggedSentence.Parse(
            "\"/PUNCT/`` We/PRON/PRP agree/VERB/VBP ,/PUNCT/, \"/PUNCT/'' said/VERB/VBD the/DET/DT minister/NOUN/NN ./PUNCT/.");
        var tree = Parse(s);

        tree.Heads[s.IndexOf("said")].Should().Be(-1);
        ShouldHaveArc(s, tree, "agree", "said", "ccomp");
        ShouldHaveArc(s, tree, "We", "agree", "nsubj");
        ShouldHaveArc(s, tree, "minister", "said", "nsubj");
    }

    [Fact]
    public void Parse_Apposition_AttachesTheTitleToTheName()
    {
        var s = TaggedSentence.Parse(
            "Ramirez/PROPN/NNP ,/PUNCT/, the/DET/DT foreign/ADJ/JJ minister/NOUN/NN ,/PUNCT/, said/VERB/VBD the/DET/DT talks/NOUN/NNS would/AUX/MD continue/VERB/VB ./PUNCT/.");
        var tree = Parse(s);

        ShouldHaveArc(s, tree, "minister", "Ramirez", "appos");
        ShouldHaveArc(s, tree, "Ramirez", "said", "nsubj");
        ShouldHaveArc(s, tree, "continue", "said", "ccomp");
        ShouldHaveArc(s, tree, "talks", "continue", "nsubj");
    }

    [Fact]
    public void Parse_PrepositionalPhrase_IsOblWithItsCase()
    {
        var s = TaggedSentence.Parse("The/DET/DT delegation/NOUN/NN travelled/VERB/VBD to/ADP/IN Brasilia/PROPN/NNP ./PUNCT/.");
        var tree = Parse(s);

        ShouldHaveArc(s, tree, "Brasilia", "travelled", "obl");
        ShouldHaveArc(s, tree, "to", "Brasilia", "case");
        ShouldHaveArc(s, tree, "delegation", "travelled", "nsubj");
    }

    [Fact]
    public void Parse_NoWords_GivesAnEmptyTree()
    {
        var tree = DependencyParser.Default.Parse([], [], [], []);

        tree.Heads.Should().BeEmpty();
        tree.Relations.Should().BeEmpty();
    }

    [Fact]
    public void Parse_ListsOfDifferentLengths_Throws() =>
        FluentActions.Invoking(() => DependencyParser.Default.Parse(["a", "b"], ["DET"], ["DT"], ["a"]))
            .Should().Throw<ArgumentException>().WithParameterName("words");

    [Fact]
    public void Parse_NullWords_ThrowsNamingTheParameter() =>
        FluentActions.Invoking(() => DependencyParser.Default.Parse(null!, [], [], []))
            .Should().Throw<ArgumentNullException>().WithParameterName("words");

    [Fact]
    public void Default_IsOneSharedInstance() =>
        DependencyParser.Default.Should().BeSameAs(DependencyParser.Default);

    [Fact]
    public async Task Parse_ReusingItsWorkingMemory_GivesTheSameTreeAsAFirstParse()
    {
        var longer = TaggedSentence.Parse(
            "The/DET/DT minister/NOUN/NN said/VERB/VBD that/SCONJ/IN the/DET/DT deal/NOUN/NN would/AUX/MD be/AUX/VB signed/VERB/VBN " +
            "in/ADP/IN May/PROPN/NNP after/ADP/IN long/ADJ/JJ talks/NOUN/NNS with/ADP/IN the/DET/DT two/NUM/CD companies/NOUN/NNS ./PUNCT/.");
        var shorter = TaggedSentence.Parse("Prices/NOUN/NNS rose/VERB/VBD ./PUNCT/.");
        var first = await Task.Run(() => Parse(longer));

        Parse(longer);
        Parse(shorter);
        var again = Parse(longer);

        again.Heads.Should().Equal(first.Heads);
        again.Relations.Should().Equal(first.Relations);
        Parse(shorter).Heads.Should().Equal(1, -1, 1);
    }

    [Fact]
    public void Parse_SentenceLongerThanTheReusedMemory_StillGetsOneRoot()
    {
        var words = string.Join(' ', Enumerable.Repeat("talks/NOUN/NNS and/CCONJ/CC", 400)) + " ended/VERB/VBD ./PUNCT/.";
        var s = TaggedSentence.Parse(words);

        var tree = Parse(s);

        tree.Heads.Count(h => h == -1).Should().Be(1);
        tree.Heads.Should().OnlyContain(h => h >= -1 && h < s.Words.Length);
    }

    private static DependencyTree Parse(TaggedSentence s) => DependencyParser.Default.Parse(s.Words, s.Upos, s.Xpos, s.Lemmas);

    private static void ShouldHaveArc(TaggedSentence s, DependencyTree tree, string dependent, string head, string relation)
    {
        var d = s.IndexOf(dependent);
        var because = $"'{dependent}' should be {relation} of '{head}' in \"{string.Join(' ', s.Words)}\"";
        tree.Heads[d].Should().Be(s.IndexOf(head), because);
        tree.Relations[d].Should().Be(relation, because);
    }
}
