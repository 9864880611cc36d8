using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Browse;

/// <summary>The reader's browsing pages: the list query they share, the exports and the codebook stylesheet.</summary>
public static class BrowseRegistration
{
    public static IServiceCollection AddBrowse(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<ArticleListQuery>();
        services.AddSingleton<StoreAggregates>();
        services.AddSingleton<ArticleBodyRenderer>();
        return services;
    }

    public static IEndpointRouteBuilder MapBrowse(this IEndpointRouteBuilder routes)
    {
        routes.MapArticleExports();
        routes.MapGet(CodebookStyles.Path, (HttpContext context, CodebookProvider codebook) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Text(CodebookStyles.Stylesheet(codebook.Current), "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        return routes;
    }
}
