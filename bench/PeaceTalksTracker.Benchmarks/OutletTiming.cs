using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Browse;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Outlets;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// Timed console mode for the outlet pages over the search benchmark's store (built by <see cref="SearchTiming"/> when
/// missing; 50 outlets with a long tail). First, in this process, the cold cost of counting every outlet (what the first
/// request after an import pays), with an empty cache each run; then, when <c>url=</c> names an app serving that store,
/// the pages over HTTP, warm: /outlets, /outlets/{id} for the largest, a middle and the smallest outlet, /api/outlets and
/// one /outlets/compare.
/// <c>dotnet run -c Release --project bench/PeaceTalksTracker.Benchmarks -- outlets-timing [copies=5] [store=PATH] [url=http://127.0.0.1:5113] [runs=21]</c>
/// </summary>
public static class OutletTiming
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = BenchSettings.Parse(args);
        var runs = settings.Int("runs", 21);
        var store = await SearchTiming.PrepareStoreAsync(settings);
        var connectionString = $"Data Source={store}";
        Console.WriteLine($"Store {store}; {Environment.ProcessorCount} cores; load average {SearchTiming.LoadAverage()}");

        var cold = new List<double>();
        OutletSnapshot snapshot = null!;
        for (var i = 0; i < 6; i++)
        {
            await using var services = new ServiceCollection()
                .AddDbContextFactory<PeaceTalksDbContext>(o => o.UseSqlite(connectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking))
                .AddSingleton<IMemoryCache>(new MemoryCache(new MemoryCacheOptions()))
                .AddSingleton<StoreAggregates>()
                .AddSingleton<OutletStatistics>()
                .BuildServiceProvider();
            var watch = Stopwatch.StartNew();
            snapshot = await services.GetRequiredService<OutletStatistics>().GetAsync(CancellationToken.None);
            if (i > 0)
            {
                cold.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"{snapshot.Store.Articles:N0} counted articles in {snapshot.Outlets.Count} outlets " +
                          $"(largest {snapshot.Outlets[0].Name} {snapshot.Outlets[0].Articles:N0}, smallest {snapshot.Outlets[^1].Name} {snapshot.Outlets[^1].Articles:N0})");
        Console.WriteLine($"Counting every outlet, cold (empty cache, after one warm-up): median {SearchTiming.Percentile(cold, 0.5):F0} ms, max {cold.Max():F0} ms");

        if (!settings.TryGetValue("url", out var url))
        {
            Console.WriteLine("No url= given: the pages were not timed over HTTP.");
            return 0;
        }

        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var outlets = await http.GetFromJsonAsync<List<OutletRow>>("/api/outlets") ?? [];
        if (outlets.Count == 0)
        {
            Console.WriteLine($"{url} has no outlet: is it serving {store}?");
            return 1;
        }

        string[] paths =
        [
            "/outlets", $"/outlets/{outlets[0].Id}", $"/outlets/{outlets[outlets.Count / 2].Id}", $"/outlets/{outlets[^1].Id}", "/api/outlets",
            $"/api/outlets/{outlets[0].Id}", $"/outlets/compare?a={outlets[0].Id}&b={outlets[1].Id}",
        ];
        Console.WriteLine($"{"page (warm, " + runs + " runs after 2 warm-ups)",-60} {"median",8} {"p90",8}");
        foreach (var path in paths)
        {
            var times = new List<double>();
            for (var i = 0; i < runs + 2; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                if (i >= 2)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine($"{path,-60} {SearchTiming.Percentile(times, 0.5),8:F1} {SearchTiming.Percentile(times, 0.9),8:F1}");
        }

        Console.WriteLine($"Load average at the end: {SearchTiming.LoadAverage()}");
        return 0;
    }

    private sealed record OutletRow(string Id, string Name, int Articles);
}
