using Microsoft.Data.Sqlite;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.TestSupport;

/// <summary>
/// Reads the store an app serves, read-only, so a journey knows what the reader must see
/// (which articles a filter keeps, which paragraph a search finds) without hard-coding the tagger's output.
/// </summary>
public static class StoreQueries
{
    public static async Task<IReadOnlyList<string>> TitlesAsync(this AppProcess app, string whereClause, params (string Name, object Value)[] parameters)
    {
        var path = app.DatabasePath ?? throw new InvalidOperationException("The app was not started over a known store.");
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT a.Title FROM Articles a WHERE {whereClause} ORDER BY a.Title";
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var titles = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            titles.Add(reader.GetString(0));
        }

        return titles;
    }

    /// <summary>The slugs of the articles, oldest import first.</summary>
    public static async Task<IReadOnlyList<string>> SlugsAsync(this AppProcess app)
    {
        var path = app.DatabasePath ?? throw new InvalidOperationException("The app was not started over a known store.");
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Slug FROM Articles ORDER BY Id";
        var slugs = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            slugs.Add(reader.GetString(0));
        }

        return slugs;
    }

    /// <summary>Titles of the articles tagged with both the stakeholder and the theme.</summary>
    public static Task<IReadOnlyList<string>> TitlesTaggedAsync(this AppProcess app, string stakeholderId, string themeId) => app.TitlesAsync(
        "EXISTS (SELECT 1 FROM ArticleStakeholders s WHERE s.ArticleId = a.Id AND s.StakeholderId = $stakeholder) " +
        "AND EXISTS (SELECT 1 FROM ArticleThemes t WHERE t.ArticleId = a.Id AND t.ThemeId = $theme)",
        ("$stakeholder", stakeholderId), ("$theme", themeId));
}
