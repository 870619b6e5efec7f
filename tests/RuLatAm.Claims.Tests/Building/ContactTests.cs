namespace RuLatAm.Claims.Tests.Building;

/// <summary>Contacting someone is an act of communication: a statement whose target is whoever was contacted.</summary>
public sealed class ContactTests
{
    [Fact]
    public void Extract_Contacted_IsAStatementTargetingTheContacted()
    {
        var contact = InventedArticle.Extract("Chilean officials have contacted the Bolivian government.")
            .Should().ContainSingle(c => c.Action.Lemma == "contact").Subject;

        contact.Kind.Should().Be(ClaimKind.Statement);
        contact.Target!.Text.Should().Be("the Bolivian government");
        contact.Source!.Canonical.Should().Be("Chile");
    }
}
