namespace RuLatAm.Claims.Tests.Extraction;

public sealed class ParallelExtractionTests
{
    private static readonly string[] Paragraphs =
    [
        "The Peruvian president met the Russian foreign minister in Lima on Tuesday.",
        "Chile's foreign minister said on Monday that his government would sign a trade deal with Argentina.",
        "Venezuela's defence minister visited Moscow.",
    ];

    [Fact]
    public async Task ExtractAsync_OnSeveralThreads_YieldsWhatOneThreadYieldsInInputOrder()
    {
        // Lengths vary so that later documents finish before earlier ones.
        var documents = Enumerable.Range(0, 12)
            .Select(i => new SourceDocument(string.Join("\n", Enumerable.Repeat(Paragraphs[i % 3], 1 + (i * 7 % 5))), new DocumentInfo($"doc-{i}", new DateOnly(2020, 1, 1))))
            .ToList();

        var one = await ToListAsync(ClaimExtractor.Default.ExtractAsync(documents.ToAsyncEnumerable(), maxDegreeOfParallelism: 1));
        var many = await ToListAsync(ClaimExtractor.Default.ExtractAsync(documents.ToAsyncEnumerable(), maxDegreeOfParallelism: 3));

        many.Select(d => d.DocumentId).Should().Equal(documents.Select(d => d.Info.Id));
        many.Select(d => d.Claims.Count).Should().Equal(one.Select(d => d.Claims.Count));
        one.Should().OnlyContain(d => d.Claims.Count > 0);
    }

    [Fact]
    public async Task ExtractAsync_CallerStopsEarly_EndsWithoutError()
    {
        var documents = Enumerable.Range(0, 20)
            .Select(i => new SourceDocument(Paragraphs[i % 3], new DocumentInfo($"doc-{i}", new DateOnly(2020, 1, 1))));
        var seen = new List<string>();

        await foreach (var result in ClaimExtractor.Default.ExtractAsync(documents.ToAsyncEnumerable(), maxDegreeOfParallelism: 2))
        {
            seen.Add(result.DocumentId);
            if (seen.Count == 3)
            {
                break;
            }
        }

        seen.Should().Equal("doc-0", "doc-1", "doc-2");
    }

    [Fact]
    public async Task ExtractAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        var documents = Enumerable.Range(0, 50)
            .Select(i => new SourceDocument(Paragraphs[i % 3], new DocumentInfo($"doc-{i}", new DateOnly(2020, 1, 1))));

        var run = async () =>
        {
            await foreach (var _ in ClaimExtractor.Default.ExtractAsync(documents.ToAsyncEnumerable(), maxDegreeOfParallelism: 2, cancel.Token))
            {
                await cancel.CancelAsync();
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
    }

    private static async Task<List<DocumentClaims>> ToListAsync(IAsyncEnumerable<DocumentClaims> results)
    {
        var list = new List<DocumentClaims>();
        await foreach (var result in results)
        {
            list.Add(result);
        }

        return list;
    }
}
