using System.Runtime.CompilerServices;
using RuLatAm.Claims.Analysis;
using RuLatAm.Claims.Attribution;
using RuLatAm.Claims.Building;
using RuLatAm.Claims.Dates;
using RuLatAm.Claims.Linking;

namespace RuLatAm.Claims;

/// <summary>Extracts claims (who did or said what to whom, when, according to whom) from English news articles.</summary>
/// <remarks>
/// Immutable and thread-safe once constructed: build one and share it across threads. Models and the catalogue
/// load on first use, once per process.
/// </remarks>
public sealed class ClaimExtractor
{
    private static readonly Lazy<ClaimExtractor> s_default = new(() => new ClaimExtractor());

    private readonly TextAnalyzer _analyzer;
    private readonly ClaimBuilder _builder;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Settings; null for <see cref="ClaimExtractorOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ClaimExtractorOptions.MaxInputLength"/> is not positive.</exception>
    public ClaimExtractor(ClaimExtractorOptions? options = null)
    {
        Options = options ?? ClaimExtractorOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.MaxInputLength, nameof(options));
        _analyzer = TextAnalyzer.Default;
        _builder = new ClaimBuilder(Options.Catalogue ?? ActorCatalogue.Default, DateFinder.Default, DateResolver.Default, QuoteFinder.Default);
    }

    /// <summary>A shared extractor with the default options.</summary>
    public static ClaimExtractor Default => s_default.Value;

    /// <summary>The extractor's settings.</summary>
    public ClaimExtractorOptions Options { get; }

    /// <summary>Creates an extractor; the same as the constructor.</summary>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <returns>A new extractor.</returns>
    public static ClaimExtractor Create(ClaimExtractorOptions? options = null) => new(options);

    /// <summary>Extracts the claims of one article.</summary>
    /// <param name="text">The article text, as scraped; page furniture is removed unless the options say otherwise.</param>
    /// <param name="info">The document id and publication date.</param>
    /// <param name="cancellationToken">Stops the work between sentences.</param>
    /// <returns>The claims in order of appearance, with spans into <paramref name="text"/>; none for empty text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="info"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is longer than <see cref="ClaimExtractorOptions.MaxInputLength"/>, or the document id is empty.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public DocumentClaims Extract(string text, DocumentInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(info);
        if (string.IsNullOrWhiteSpace(info.Id))
        {
            throw new ArgumentException("The document id must not be empty.", nameof(info));
        }

        if (text.Length > Options.MaxInputLength)
        {
            throw new ArgumentException(
                $"The text has {text.Length} characters; the limit is {Options.MaxInputLength} " +
                $"({nameof(ClaimExtractorOptions)}.{nameof(ClaimExtractorOptions.MaxInputLength)}).", nameof(text));
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(text))
        {
            return DocumentClaims.Empty(info.Id);
        }

        var sentences = _analyzer.Analyze(text, Options.RemovePageFurniture, cancellationToken);
        var claims = _builder.Build(text, sentences, info, cancellationToken);
        claims.Sort((a, b) => a.Action.Span.Start.CompareTo(b.Action.Span.Start));
        return new DocumentClaims(info.Id, claims);
    }

    /// <summary>Extracts the claims of each document of a stream, one document at a time, in input order.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The claims of each document, as each finishes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public IAsyncEnumerable<DocumentClaims> ExtractAsync(IAsyncEnumerable<SourceDocument> documents, CancellationToken cancellationToken = default) =>
        ExtractAsync(documents, maxDegreeOfParallelism: 1, cancellationToken);

    /// <summary>
    /// Extracts the claims of each document of a stream on up to <paramref name="maxDegreeOfParallelism"/> threads,
    /// yielding results in input order.
    /// </summary>
    /// <param name="documents">The documents; read lazily, never buffered beyond the documents in flight.</param>
    /// <param name="maxDegreeOfParallelism">How many documents are extracted at once; 1 extracts on the caller's thread.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The claims of each document, in input order, as soon as each and all before it have finished.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    /// <remarks>Memory stays bounded: at most <paramref name="maxDegreeOfParallelism"/> + 1 documents are held at once.</remarks>
    public IAsyncEnumerable<DocumentClaims> ExtractAsync(
        IAsyncEnumerable<SourceDocument> documents, int maxDegreeOfParallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return maxDegreeOfParallelism == 1 ? ExtractEach(documents, cancellationToken) : ExtractInParallel(documents, maxDegreeOfParallelism, cancellationToken);

        async IAsyncEnumerable<DocumentClaims> ExtractEach(IAsyncEnumerable<SourceDocument> source, [EnumeratorCancellation] CancellationToken ct)
        {
            await foreach (var document in source.WithCancellation(ct).ConfigureAwait(false))
            {
                yield return Extract(document.Text, document.Info, ct);
            }
        }

        async IAsyncEnumerable<DocumentClaims> ExtractInParallel(IAsyncEnumerable<SourceDocument> source, int degree, [EnumeratorCancellation] CancellationToken ct)
        {
            // A window of running extractions, awaited oldest first: order is kept and memory bounded.
            var window = new Queue<Task<DocumentClaims>>(degree);
            await foreach (var document in source.WithCancellation(ct).ConfigureAwait(false))
            {
                if (window.Count == degree)
                {
                    yield return await window.Dequeue().ConfigureAwait(false);
                }

                var next = document;
                window.Enqueue(Task.Run(() => Extract(next.Text, next.Info, ct), ct));
            }

            while (window.Count > 0)
            {
                yield return await window.Dequeue().ConfigureAwait(false);
            }
        }
    }
}
