using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Browse;

/// <summary>
/// Keeps whole-store aggregates (coverage tables, co-occurrence counts) for a short while: they touch every tag row,
/// which at 100,000 articles costs hundreds of milliseconds. Keyed by the newest article id, so an import shows at once;
/// a re-tag of existing articles shows within <see cref="ArticleListQuery.CountsLifetime"/>.
/// </summary>
public sealed class StoreAggregates(IMemoryCache cache)
{
    public async Task<T> GetAsync<T>(PeaceTalksDbContext db, string key, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        var newest = await db.Articles.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0;
        var fullKey = $"store-aggregate|{newest}|{key}";
        if (cache.TryGetValue(fullKey, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await compute();
        cache.Set(fullKey, value, ArticleListQuery.CountsLifetime);
        return value;
    }
}
