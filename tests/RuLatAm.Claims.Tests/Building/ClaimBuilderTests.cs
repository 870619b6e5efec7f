namespace RuLatAm.Claims.Tests.Building;

/// <summary>Behaviour of the tree-based claim builder and the linker behind it, on invented sentences.</summary>
public sealed class ClaimBuilderTests
{
    // A Wednesday: "on Friday" with a future verb is 2014-05-02.
    private static readonly DocumentInfo Info = new("invented", new DateOnly(2014, 4, 30));

    private static IReadOnlyList<Claim> Extract(string text) => ClaimExtractor.Default.Extract(text, Info).Claims;

    [Fact]
    public void Extract_TitleWithoutName_ResolvesToTheHolderOnThePublicationDate()
    {
        var claims = Extract("Peru's president met the Russian foreign minister in Lima.");

        var meet = claims.Should().ContainSingle(c => c.Action.Lemma == "meet").Subject;
        meet.Actor.Canonical.Should().Be("Ollanta Humala");
        meet.Target!.Canonical.Should().Be("Sergei Lavrov");
        meet.Kind.Should().Be(ClaimKind.Event);
    }

    [Fact]
    public void Extract_PurposeInfinitive_IsAPossibleClaimOfTheClauseActor()
    {
        var claims = Extract("Peru's president met the Russian foreign minister in Lima to discuss trade.");

        var discuss = claims.Should().ContainSingle(c => c.Action.Lemma == "discuss").Subject;
        discuss.Actor.Canonical.Should().Be("Ollanta Humala");
        discuss.Modality.Should().Be(Modality.Possible);
    }

    [Fact]
    public void Extract_LastNameOfACataloguedPerson_ResolvesToTheFullNameAndDatesTheFutureWeekday()
    {
        var claims = Extract("Lavrov will visit Chile on Friday.");

        var visit = claims.Should().ContainSingle(c => c.Action.Lemma == "visit").Subject;
        visit.Actor.Canonical.Should().Be("Sergei Lavrov");
        visit.Modality.Should().Be(Modality.Planned);
        visit.Target!.Canonical.Should().Be("Chile");
        visit.Date!.Value.Should().Be("2014-05-02");
    }

    [Fact]
    public void Extract_PronounAfterANamedSubject_ResolvesToThatPerson()
    {
        var claims = Extract("Lavrov arrived in Havana. He promised to expand trade.");

        claims.Where(c => c.Action.Span.Start > 26).Should().NotBeEmpty()
            .And.OnlyContain(c => c.Actor.Canonical == "Sergei Lavrov");
    }

    [Fact]
    public void Extract_FrontedQuote_IsADirectStatementOfTheSpeaker()
    {
        const string text = "\u201CWe will sign the accord,\u201D said Ana Ruiz on Monday.";

        var said = Extract(text).Should().ContainSingle(c => c.Kind == ClaimKind.Statement).Subject;
        said.Actor.Canonical.Should().Be("Ana Ruiz");
        said.Source!.Kind.Should().Be(SourceKind.Direct);
        said.Quote!.Text.Should().StartWith("We will sign the accord");
        said.Date!.Value.Should().Be("2014-04-28");
    }

    [Fact]
    public void Extract_GerundAfterParticipateIn_IsPartOfTheGoverningClaim()
    {
        var claims = Extract("Chile participated in building the new port.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "participate");
        claims.Should().NotContain(c => c.Action.Lemma == "build");
    }

    [Theory]
    [InlineData("Chile not only signs the accord but also ratifies it.", Modality.Asserted)]   // "not only" adds, it does not deny
    [InlineData("If Chile signs the accord, Peru will protest.", Modality.Possible)]           // inside a condition
    [InlineData("Lavrov will visit Chile and sign the accord.", Modality.Planned)]             // a bare conjunct shares "will"
    [InlineData("Lavrov threatened to sign the accord without Peru.", Modality.Planned)]      // a commitment verb's infinitive
    [InlineData("Lavrov is to sign the accord in Lima.", Modality.Planned)]                     // "is to V"
    [InlineData("Peru cannot afford to sign the accord.", Modality.Negated)]                      // "afford to" is one chain
    public void Extract_SignClaim_TakesTheModalityOfItsConstruction(string text, Modality expected) =>
        Extract(text).Should().ContainSingle(c => c.Action.Lemma == "sign").Which.Modality.Should().Be(expected);

    [Fact]
    public void Extract_RequestedAct_IsNotClaimedOfAnyone()
    {
        var claims = Extract("Lavrov urged Chile to sign the accord.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "urge");
        claims.Should().NotContain(c => c.Action.Lemma == "sign");
    }

    [Theory]
    [InlineData("The loan enabled Peru to buy new helicopters.", "buy", "Peru")]                // object control: the object acts
    [InlineData("Lavrov arrived in Moscow. Chile says it will sign the accord.", "sign", "Chile")] // pronoun: subject of its own sentence
    [InlineData("Lavrov is expected to visit Chile.", "visit", "Sergei Lavrov")]                     // passive raising verb
    [InlineData("The summit is a chance for Chile to sign the accord.", "sign", "Chile")]           // "for X to V"
    [InlineData("Lavrov's visit was seen as an effort to court Peru.", "court", "Sergei Lavrov")]   // the visit's possessor
    [InlineData("Lavrov's tour served to deepen ties with Peru.", "deepen", "Sergei Lavrov")]        // "serve to V" is one chain
    [InlineData("Lavrov praised Peru for joining the bank.", "join", "Peru")]                           // the one praised acts
    [InlineData("Putin met Lula, with Lavrov signing the accord.", "sign", "Sergei Lavrov")]           // absolute "with X Ving"
    [InlineData("Lavrov found it useful that Chile joined the bank, saying it helps trade.", "say", "Sergei Lavrov")] // ", saying" is the matrix speaker's
    [InlineData("Peru is able to buy new helicopters.", "buy", "Peru")]                                  // adjectival control head
    [InlineData("The loan gave Peru an incentive to buy helicopters.", "buy", "Peru")]                   // the one given the chance
    public void Extract_Actor_FollowsTheConstruction(string text, string lemma, string actor) =>
        Extract(text).Should().ContainSingle(c => c.Action.Lemma == lemma).Which.Actor.Canonical.Should().Be(actor);

    [Fact]
    public void Extract_CataloguedMinistryAndItsLaterMention_ResolveToTheMinistry()
    {
        var claims = Extract("Chile's foreign ministry said the talks were useful. The ministry added that trade had grown.");

        claims.Where(c => c.Kind == ClaimKind.Statement).Select(c => c.Actor.Canonical)
            .Should().Equal("Chilean Foreign Ministry", "Chilean Foreign Ministry");
    }

    [Fact]
    public void Extract_RegionNamedWithAStateName_IsNoActor()
    {
        var claims = Extract("Latin America has welcomed the plan.");

        claims.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Chile remains a close partner of Peru.", "remain")]                                     // copular verb with a noun
    [InlineData("Peru has many allies in the region.", "have")]                                          // possession
    [InlineData("Lavrov visited Chile. The accord was signed on Monday. It will change trade.", "change")] // "it" after a non-actor subject
    [InlineData("Speaking in Lima, Lavrov will visit Peru.", "speak")]                                   // a framing speech participle
    [InlineData("Lula had never participated in selling or buying arms.", "buy")]                        // conjoined participation gerunds
    [InlineData("Lula welcomed the invitation to visit Moscow.", "visit")]                            // an invitation only asks
    [InlineData("Chile questioned the ability of Peru to pay its debts.", "pay")]                   // a capacity, not an aim
    public void Extract_WordThatClaimsNothing_GivesNoClaim(string text, string lemma) =>
        Extract(text).Select(c => c.Action.Lemma).Should().NotContain(lemma);

    [Fact]
    public void Extract_ItContinuingThePreviousSubject_RefersToIt()
    {
        var claims = Extract("Chile signed the accord. It will also build a port.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "build").Which.Actor.Canonical.Should().Be("Chile");
    }

    [Fact]
    public void Extract_BarePassiveParticiple_TakesItsByAgent()
    {
        var claims = Extract("Peru signed the accord as proposed by Lavrov.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "propose").Which.Actor.Canonical.Should().Be("Sergei Lavrov");
    }

    [Fact]
    public void Extract_PerfectWithAnAdverb_IsAClaimOfTheParticiple()
    {
        var claims = Extract("Chile has also expressed concern about the vote.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "express").Which.Actor.Canonical.Should().Be("Chile");
    }

    [Fact]
    public void Extract_Threatening_IsAnEventWithoutSource()
    {
        var threat = Extract("Lavrov threatened to cut gas supplies.").Should().ContainSingle(c => c.Action.Lemma == "threaten").Subject;

        threat.Kind.Should().Be(ClaimKind.Event);
        threat.Source.Should().BeNull();
    }

    [Fact]
    public void Extract_UnnamedExpertWhoSpeaks_IsTheLastQuotedPerson()
    {
        const string text = "\u201CTrade will grow,\u201D said Ana Ruiz, an economist. \u201CPeru will gain,\u201D the analyst added.";

        Extract(text).Where(c => c.Kind == ClaimKind.Statement).Select(c => c.Actor.Canonical).Should().Equal("Ana Ruiz", "Ana Ruiz");
    }

    [Fact]
    public void Extract_AccordSignedBetweenTwoParties_IsSignedByEach() =>
        Extract("It was the first accord signed between Chile and Peru.").Where(c => c.Action.Lemma == "sign")
            .Select(c => c.Actor.Canonical).Should().Equal("Chile", "Peru");

    [Fact]
    public void Extract_JudgementWithAThatClause_IsAStatementThatSourcesTheClause()
    {
        var claims = Extract("Lavrov found it useful that Chile joined the bank.");

        claims.Should().ContainSingle(c => c.Action.Lemma == "find").Which.Kind.Should().Be(ClaimKind.Statement);
        claims.Should().ContainSingle(c => c.Action.Lemma == "join").Which.Source!.Canonical.Should().Be("Sergei Lavrov");
    }

    [Theory]
    [InlineData("Chile pushed for a new accord.", "push", "a new accord")]      // prepositional verb: its object is the target
    [InlineData("Lavrov called on Chile to sign.", "call", "Chile")]          // "called on X": the addressee
    public void Extract_PrepositionRightAfterTheVerb_IntroducesTheTarget(string text, string lemma, string target) =>
        Extract(text).Should().ContainSingle(c => c.Action.Lemma == lemma).Which.Target!.Text.Should().Be(target);

    [Fact]
    public void Extract_BareTitleWithSeveralHolders_IsTheMostMentionedOne()
    {
        const string text = "Putin arrived in Lima. Putin praised the port. Peruvian President Ollanta Humala greeted him. The president will visit Chile.";

        Extract(text).Should().ContainSingle(c => c.Action.Lemma == "visit").Which.Actor.Canonical.Should().Be("Vladimir Putin");
    }

    [Fact]
    public void Extract_SpeakerAfterTheVerbOfAFrontedQuote_IsTheSpeakerAndKeepsItsOwnTense()
    {
        const string text = "\u201CWe will respond,\u201D said Ana Ruiz, a spokeswoman.";

        var said = Extract(text).Should().ContainSingle(c => c.Action.Lemma == "say").Subject;
        said.Actor.Canonical.Should().Be("Ana Ruiz");
        said.Modality.Should().Be(Modality.Asserted);
    }

    [Fact]
    public void Extract_TimeInsideAFrontedPhrase_DatesEveryClaimOfTheSentence()
    {
        var claims = Extract("During a visit to Lima on Friday, Lavrov met Humala and signed an accord.");

        claims.Where(c => c.Action.Lemma is "meet" or "sign").Select(c => c.Date?.Value).Should().Equal("2014-04-25", "2014-04-25");
    }

    [Theory]
    [InlineData("Ecuador's president received the Chinese ambassador in Quito on Monday.", "receive", "the Chinese ambassador")]
    [InlineData("The Cuban leader hosted the Russian foreign minister in Havana on Friday.", "host", "the Russian foreign minister")]
    public void Extract_PlaceAndTimeAfterTheTarget_StayOutOfItsPhrase(string text, string lemma, string target) =>
        Extract(text).Should().ContainSingle(c => c.Action.Lemma == lemma).Which.Target!.Text.Should().Be(target);

    [Fact]
    public void Extract_BareTitleAfterATargetWithThatTitle_IsThatPerson()
    {
        var claims = Extract("Peru's president met the Russian foreign minister on Tuesday.\n\"Our ties are strong,\" said the minister.");

        var said = claims.Should().ContainSingle(c => c.Kind == ClaimKind.Statement).Subject;
        said.Actor.Text.Should().Be("the minister");
        said.Actor.Canonical.Should().Be("Sergei Lavrov");
    }
}
