using Microsoft.Extensions.Caching.Memory;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Browse;

/// <summary>
/// Keeps whole-store aggregates (coverage tables, co-occurrence counts) for a short while: they touch every tag row,
/// which at 100,000 articles costs hundreds of milliseconds. Keyed by the <see cref="StoreVersion"/>, so an import or a
/// re-tag shows at once.
/// </summary>
public sealed class StoreAggregates(IMemoryCache cache, StoreVersion storeVersion)
{
    public async Task<T> GetAsync<T>(PeaceTalksDbContext db, string key, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        var version = storeVersion.Current;
        var fullKey = $"store-aggregate|{version}|{key}";
        if (version >= 0 && cache.TryGetValue(fullKey, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await compute();
        if (version >= 0)
        {
            cache.Set(fullKey, value, ArticleListQuery.CountsLifetime);
        }

        return value;
    }
}
