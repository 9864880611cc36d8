using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Search;

/// <summary>
/// The app over the seeds, shared by the read-only search tests. Outlets, dates and a few stakeholder and theme tags are
/// written after the import, so filters have something to find before tagging lands; the tests compare with what the
/// store holds, so real tags only add to them.
/// </summary>
public sealed class SearchFixture : IDisposable
{
    public SearchFixture()
    {
        App = new PeaceTalksApp();
        Client = App.CreateClient();
        using var db = App.CreateDbContext();

        // Slugs come from titles, which the importer may learn to read better; the seed files stay put.
        string SlugOf(string filePrefix) => db.Articles.Where(a => a.SourceFile.StartsWith(filePrefix)).Select(a => a.Slug).Single();
        HighStakes = SlugOf("000_");
        UsSignals = SlugOf("001_");
        Politico = SlugOf("002_");
        Washington = SlugOf("003_");
        Istanbul = SlugOf("004_");
        Execute(db, "UPDATE Articles SET Outlet = 'POLITICO' WHERE Slug = {0}", Politico);
        Execute(db, "UPDATE Articles SET Outlet = 'Al Jazeera', PublishedOn = '2025-06-12' WHERE Slug = {0}", Istanbul);
        Execute(db, "UPDATE Articles SET PublishedOn = '2025-12-03' WHERE Slug = {0}", Washington);
        Tag(db, "ArticleStakeholders", "StakeholderId", "nato", HighStakes, Istanbul);
        Tag(db, "ArticleStakeholders", "StakeholderId", "turkey", Istanbul);
        Tag(db, "ArticleThemes", "ThemeId", "territory", HighStakes, Washington);
    }

    public PeaceTalksApp App { get; }

    /// <summary>seeds/000: "High Stakes but Low Expectations…"; says "security guarantees" in paragraph 2.</summary>
    public string HighStakes { get; }

    /// <summary>seeds/001: "US Signals Low Expectations…"; names Rubio.</summary>
    public string UsSignals { get; }

    /// <summary>seeds/002: "Russia-Ukraine Negotiations Stall…" (POLITICO); names Medinsky.</summary>
    public string Politico { get; }

    /// <summary>seeds/003: "Washington and Moscow Talk…".</summary>
    public string Washington { get; }

    /// <summary>seeds/004: the Istanbul talks piece (Al Jazeera).</summary>
    public string Istanbul { get; }

    public HttpClient Client { get; }

    public async Task<IHtmlDocument> PageAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static string SearchUrl(string q) => "/search?q=" + Uri.EscapeDataString(q);

    public async Task<JsonElement> ApiAsync(string q, string extra = "")
    {
        var json = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/search?q=" + Uri.EscapeDataString(q) + extra, UriKind.Relative));
        return json;
    }

    /// <summary>The slugs of the articles tagged with a stakeholder (or theme) according to the store.</summary>
    public HashSet<string> TaggedSlugs(string table, string column, string id)
    {
        using var db = App.CreateDbContext();
        var sql = $"SELECT a.Slug AS Value FROM Articles a JOIN {table} t ON t.ArticleId = a.Id WHERE t.{column} = {{0}}";
        return [.. db.Database.SqlQueryRaw<string>(sql, id).ToList()];
    }

    public void Dispose()
    {
        Client.Dispose();
        App.Dispose();
    }

    private static void Execute(Microsoft.EntityFrameworkCore.DbContext db, string sql, params object[] parameters) =>
        db.Database.ExecuteSqlRaw(sql, parameters);

    private static void Tag(Microsoft.EntityFrameworkCore.DbContext db, string table, string column, string id, params string[] slugs)
    {
        var extra = table == "ArticleThemes" ? "Paragraphs, Share) SELECT Id, {0}, 1, 0.1" : "Mentions, Paragraphs) SELECT Id, {0}, 1, 1";
        foreach (var slug in slugs)
        {
            var sql = $"INSERT OR IGNORE INTO {table} (ArticleId, {column}, {extra} FROM Articles WHERE Slug = {{1}}";
            db.Database.ExecuteSqlRaw(sql, id, slug);
        }
    }
}
