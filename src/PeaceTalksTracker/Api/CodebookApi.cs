using Microsoft.AspNetCore.Http.HttpResults;
using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Api;

/// <summary><c>/api/codebook</c>: the codebook in force, as the analyst wrote it, with its hash.</summary>
public static class CodebookApi
{
    public static IEndpointRouteBuilder MapCodebookApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/codebook", Get).WithTags("Codebook").WithName("GetCodebook")
            .WithSummary("The codebook in force, as the analyst wrote it, with its hash");
        return routes;
    }

    public sealed record CodebookDto(string Hash, IReadOnlyList<StakeholderCode> Stakeholders, IReadOnlyList<ThemeCode> Themes, IReadOnlyList<string> Ignore);

    private static Ok<CodebookDto> Get(CodebookProvider codebooks)
    {
        var codebook = codebooks.Current;
        return TypedResults.Ok(new CodebookDto(codebook.Hash, codebook.Stakeholders, codebook.Themes, codebook.Ignore));
    }
}
