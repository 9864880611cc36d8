using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Comparison;

/// <summary>
/// The store's word frequencies for <see cref="PassageAligner"/>, counted over the most recent paragraphs (a sample
/// is enough to tell common words from rare ones) and recounted at most every few minutes, so a page never waits
/// on more than one count and a growing store is followed.
/// </summary>
public sealed class ComparisonBackground(IDbContextFactory<PeaceTalksDbContext> dbFactory, TimeProvider time, ILogger<ComparisonBackground> logger)
    : IDisposable
{
    /// <summary>Paragraphs counted: enough for stable frequencies, few enough to count in well under a second.</summary>
    public const int SampleSize = 10_000;

    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private TermBackground? _background;
    private DateTimeOffset _countedAt;

    public async Task<TermBackground> GetAsync(CancellationToken cancellationToken)
    {
        var background = _background;
        if (background is not null && time.GetUtcNow() - _countedAt < MaxAge)
        {
            return background;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_background is not null && time.GetUtcNow() - _countedAt < MaxAge)
            {
                return _background;
            }

            var started = time.GetTimestamp();
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            // Counted articles only: a paywall stub or a copy of another story would skew the frequencies.
            var counted = db.Articles.Counted();
            var texts = await db.Paragraphs
                .Where(p => counted.Any(a => a.Id == p.ArticleId))
                .OrderByDescending(p => p.Id)
                .Take(SampleSize)
                .Select(p => p.Text)
                .ToListAsync(cancellationToken);
            _background = TermBackground.FromPassages(texts);
            _countedAt = time.GetUtcNow();
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Counted comparison word frequencies over {Paragraphs} paragraphs in {ElapsedMs} ms",
                    texts.Count, (long)time.GetElapsedTime(started).TotalMilliseconds);
            }
            return _background;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
