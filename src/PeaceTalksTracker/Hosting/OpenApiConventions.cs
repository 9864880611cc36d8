using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PeaceTalksTracker.Hosting;

/// <summary>
/// What the generated OpenAPI document cannot know from the endpoints alone, so that it lints clean under Redocly's
/// recommended rules (<c>npx @redocly/cli lint</c>, run by <c>OpenApiDocumentTests</c>): the API is public on purpose,
/// it is served from wherever the app runs, every tag says what it groups, and every operation may answer 414.
/// </summary>
public static class OpenApiConventions
{
    /// <summary>One line per tag an endpoint uses; a new tag without a line here fails the lint test.</summary>
    public static IReadOnlyDictionary<string, string> TagDescriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Articles"] = "The stored articles: the filtered list and its exports, one article with its paragraphs and analysis.",
        ["Search"] = "Full-text search over titles, headings and paragraphs, with facets, and its exports.",
        ["Codebook"] = "The codebook in force: stakeholders, themes and their terms.",
        ["Compare"] = "Two or more articles side by side: stakeholders, themes, aligned passages.",
        ["Outlets"] = "Coverage by outlet: each outlet's articles, stakeholders, themes, voices and blindspots against the other outlets.",
        ["Feeds"] = "The subscribed feeds and how their polling goes; read-only, since feeds are added from the command line or configuration.",
    };

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Description = "Read, search, filter and compare news coverage of the Ukraine peace talks. Read-only and public: no operation needs credentials.";
            // The repository grants no open-source licence; SPDX's LicenseRef- form says so without naming one.
            document.Info.License = new OpenApiLicense { Name = "All rights reserved (no open-source licence granted)", Identifier = "LicenseRef-Proprietary" };

            // Relative: the document is right for whichever host and port serve it (no localhost, no trailing slash).
            document.Servers = [new OpenApiServer { Url = "/", Description = "The server that serves this document" }];

            // Public on purpose: one empty requirement means "no credentials needed" for every operation.
            document.Security = [new OpenApiSecurityRequirement()];
            foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
            {
                tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, _, _) =>
        {
            // Every route refuses an over-long query string before anything else reads it (RequestLimits).
            operation.Responses ??= [];
            operation.Responses.TryAdd("414", new OpenApiResponse { Description = $"The query string is longer than {RequestLimits.MaxQueryLength} characters." });
            return Task.CompletedTask;
        });
    }
}
