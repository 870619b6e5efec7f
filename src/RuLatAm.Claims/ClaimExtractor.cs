using System.Diagnostics.CodeAnalysis;
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
    // Documents in flight per thread when extracting in parallel.
    private const int WindowPerThread = 4;

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
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter, so no call can be ambiguous; the token stays optional as everywhere in .NET.")]
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
    /// <remarks>
    /// Memory stays bounded: at most four documents per thread are held at once, so a slow article does not stall
    /// the others.
    /// </remarks>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter, so no call can be ambiguous; the token stays optional as everywhere in .NET.")]
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
            // Extractions start in input order and are awaited oldest first, so order is kept. The window holds more
            // documents than run at once, so that a long article does not leave the other threads idle behind it;
            // the gate keeps the running ones to the degree asked for.
            var capacity = degree * WindowPerThread;
            var window = new Queue<Task<DocumentClaims>>(capacity);
            using var gate = new SemaphoreSlim(degree);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            try
            {
                await foreach (var document in source.WithCancellation(ct).ConfigureAwait(false))
                {
                    if (window.Count == capacity)
                    {
                        yield return await window.Dequeue().ConfigureAwait(false);
                    }

                    window.Enqueue(ExtractWhenAllowed(document, gate, stop.Token));
                }

                while (window.Count > 0)
                {
                    yield return await window.Dequeue().ConfigureAwait(false);
                }
            }
            finally
            {
                // A caller that stops early leaves extractions behind: stop them, and let them end before the gate
                // they hold is disposed. WhenAny waits without rethrowing what they threw.
                await stop.CancelAsync().ConfigureAwait(false);
                await Task.WhenAny(Task.WhenAll(window)).ConfigureAwait(false);
            }
        }

        Task<DocumentClaims> ExtractWhenAllowed(SourceDocument document, SemaphoreSlim gate, CancellationToken ct) => Task.Run(
            async () =>
            {
                await gate.WaitAsync(ct).ConfigureAwait(false);
                try
                {
                    return Extract(document.Text, document.Info, ct);
                }
                finally
                {
                    gate.Release();
                }
            },
            ct);
    }
}
