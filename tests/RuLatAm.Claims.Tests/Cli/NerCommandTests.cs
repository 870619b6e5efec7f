using System.CommandLine;
using RuLatAm.Claims.Cli.Commands;
using RuLatAm.Claims.Entities;

namespace RuLatAm.Claims.Tests.Cli;

public sealed class NerCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ner-command-").FullName;

    [Fact]
    public async Task Ner_Iob2File_KeepsTokensAndCommentsAndWritesTags()
    {
        var input = Write("in.iob2",
            "# newdoc id = invented\n# sent_id = invented-1\n1\tPeruvian\tO\n2\tPresident\tO\n3\tMaria\tO\n4\tQuispe\tO\n5\tvisited\tO\n6\tCusco\tO\n7\t.\tO\n\n" +
            "# sent_id = invented-2\n1\tIt\tO\n2\trained\tO\n3\t.\tO\n");
        var output = Path.Combine(_folder, "out.iob2");

        var exit = await Run("ner", input, "--out", output);

        exit.Should().Be(0);
        var original = Iob2File.Read(new StringReader(await File.ReadAllTextAsync(input)));
        var tagged = Iob2File.Read(new StringReader(await File.ReadAllTextAsync(output)));
        tagged.Select(s => s.Comments).Should().BeEquivalentTo(original.Select(s => s.Comments), o => o.WithStrictOrdering());
        tagged.Select(s => s.Tokens()).Should().BeEquivalentTo(original.Select(s => s.Tokens()), o => o.WithStrictOrdering());
        tagged.Select(s => s.Rows.Select(r => r[0])).Should().BeEquivalentTo(original.Select(s => s.Rows.Select(r => r[0])), o => o.WithStrictOrdering());
        BioTags.ToSpans(tagged[0].Tags()).Should().Contain(new EntitySpan(2, 4, "PER"));
    }

    [Fact]
    public async Task Ner_ItsOwnOutput_GivesTheSameFileAgain()
    {
        var input = Write("in.iob2", "1\tGazprom\tO\n2\tcut\tO\n3\tsupplies\tO\n4\tto\tO\n5\tMinsk\tO\n\n");
        var first = Path.Combine(_folder, "first.iob2");
        var second = Path.Combine(_folder, "second.iob2");

        (await Run("ner", input, "--out", first)).Should().Be(0);
        (await Run("ner", first, "--out", second)).Should().Be(0);

        (await File.ReadAllTextAsync(second)).Should().Be(await File.ReadAllTextAsync(first));
    }

    [Fact]
    public async Task Ner_MissingFile_FailsWithoutOutput()
    {
        var output = Path.Combine(_folder, "out.iob2");

        var exit = await Run("ner", Path.Combine(_folder, "absent.iob2"), "--out", output);

        exit.Should().NotBe(0);
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Ner_MalformedLine_FailsWithoutOutput()
    {
        var input = Write("bad.iob2", "1\tLima\tO\nno columns here\n");
        var output = Path.Combine(_folder, "out.iob2");

        var exit = await Run("ner", input, "--out", output);

        exit.Should().NotBe(0);
        File.Exists(output).Should().BeFalse();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Task<int> Run(params string[] args) => new RootCommand { NerCommand.Create() }.Parse(args).InvokeAsync();
}
