using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Data.CompiledModel;

namespace PeaceTalksTracker.Tests.Data;

/// <summary>
/// The app runs on the compiled model in Data/CompiledModel (found through its assembly attribute), not on one built
/// from the entity configurations at every start; it must say exactly what those configurations say.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void Every_context_runs_on_the_compiled_model()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);

        Assert.Same(PeaceTalksDbContextModel.Instance, db.Model);
    }

    [Fact]
    public void The_compiled_model_says_what_the_entity_configurations_say()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);

        // The design-time model is built from OnModelCreating and the configurations, as it was before compiling.
        var configured = Describe(db.GetService<IDesignTimeModel>().Model);

        Assert.True(configured == Describe(db.Model),
            "The entity configurations changed after the compiled model was generated: run `dotnet ef dbcontext optimize --project src/PeaceTalksTracker "
            + "--output-dir Data/CompiledModel --namespace PeaceTalksTracker.Data.CompiledModel`.");
    }

    /// <summary>
    /// The entity types, properties, keys, navigations and indexes as EF Core prints them, and for every property its
    /// table, column, store type, converter and length: what a stale compiled model would get wrong. (The migrations'
    /// model differ cannot compare a compiled model: it holds no design-time annotations.) Left out: the ad-hoc entity
    /// types a running model gains from raw SQL queries (<c>SqlQuery&lt;T&gt;</c>), which another test may have run.
    /// </summary>
    private static string Describe(IModel model)
    {
        var printed = model.ToDebugString(MetadataDebugStringOptions.ShortDefault);
        var adHoc = printed.IndexOf("\n  Ad-hoc entity types:", StringComparison.Ordinal);
        return (adHoc < 0 ? printed : printed[..adHoc]) + "\n" + string.Join("\n",
            model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(e =>
                e.GetProperties().Select(p =>
                        $"{e.GetTableName()}.{p.GetColumnName()} {p.GetColumnType()} {p.ClrType.Name} nullable={p.IsNullable} "
                        + $"converter={p.GetValueConverter()?.GetType().Name} max={p.GetMaxLength()} generated={p.ValueGenerated}")
                    .Concat(e.GetIndexes().Select(i => $"{e.GetTableName()} index {i.GetDatabaseName()} unique={i.IsUnique} filter={i.GetFilter()}"))
                    .Concat(e.GetForeignKeys().Select(f => $"{e.GetTableName()} foreign key {f.GetConstraintName()} {f.DeleteBehavior}"))));
    }
}
