using System.Collections;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// Inserts a new article and everything under it (paragraphs, their mentions and themes, quotes, profile rows, cited
/// sources, removed texts) with one prepared INSERT per table, reused for every row of a batch. EF Core's change
/// tracker costs more per row than SQLite's insert does; this writes the same rows without it.
/// </summary>
/// <remarks>
/// The statements are built from the EF Core model, not written by hand: every mapped column of every table reached
/// from <see cref="Article"/> through its collections is written, with EF Core's own value conversions, so a column or a
/// child table added to the model is written here too without a change.
/// </remarks>
internal sealed class ArticleRowWriter : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly IModel _model;
    private readonly Dictionary<IEntityType, TableInsert> _inserts = [];

    public ArticleRowWriter(DbContext db, DbTransaction transaction)
    {
        _connection = db.Database.GetDbConnection();
        _transaction = transaction;
        _model = db.Model;
    }

    /// <summary>Inserts <paramref name="article"/> and its children; sets the generated ids on them as EF Core would.</summary>
    public async Task InsertAsync(Article article, CancellationToken cancellationToken) =>
        await InsertAsync(_model.FindEntityType(typeof(Article))!, article, cancellationToken);

    public void Dispose()
    {
        foreach (var insert in _inserts.Values)
        {
            insert.Command.Dispose();
        }
    }

    private async Task InsertAsync(IEntityType type, object entity, CancellationToken cancellationToken)
    {
        var insert = InsertFor(type);
        for (var i = 0; i < insert.Columns.Count; i++)
        {
            var (property, converter) = insert.Columns[i];
            var value = property.GetGetter().GetClrValue(entity);
            if (value is not null && converter is not null)
            {
                value = converter.ConvertToProvider(value);
            }

            insert.Command.Parameters[i].Value = value ?? DBNull.Value;
        }

        if (insert.GeneratedKey is { } key)
        {
            var id = await insert.Command.ExecuteScalarAsync(cancellationToken);
            key.PropertyInfo!.SetValue(entity, Convert.ChangeType(id, key.ClrType, System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            await insert.Command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var navigation in insert.Children)
        {
            if (navigation.GetGetter().GetClrValue(entity) is not IEnumerable children)
            {
                continue;
            }

            var foreignKey = navigation.ForeignKey;
            var principalKey = foreignKey.PrincipalKey.Properties[0].GetGetter().GetClrValue(entity);
            foreach (var child in children)
            {
                foreignKey.Properties[0].PropertyInfo!.SetValue(child, principalKey);
                await InsertAsync(navigation.TargetEntityType, child, cancellationToken);
            }
        }
    }

    private TableInsert InsertFor(IEntityType type)
    {
        if (_inserts.TryGetValue(type, out var insert))
        {
            return insert;
        }

        var table = type.GetTableName()!;
        var storeObject = StoreObjectIdentifier.Table(table, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } generated] ? generated : null;
        var columns = type.GetProperties()
            .Where(p => p != key && p.GetColumnName(storeObject) is not null)
            .Select(p => (Property: p, Mapping: (RelationalTypeMapping)p.GetTypeMapping()))
            .ToList();
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var names = string.Join(", ", columns.Select(c => $"\"{c.Property.GetColumnName(storeObject)}\""));
        var values = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        command.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({values})"
            + (key is null ? "" : $" RETURNING \"{key.GetColumnName(storeObject)}\"");
        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters.Add(columns[i].Mapping.CreateParameter(command, $"@p{i}", null, columns[i].Property.IsNullable));
        }

        command.Prepare();
        var children = type.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent).ToList();
        insert = new TableInsert(command, [.. columns.Select(c => (c.Property, c.Mapping.Converter))], key, children);
        _inserts[type] = insert;
        return insert;
    }

    private sealed record TableInsert(
        DbCommand Command,
        IReadOnlyList<(IProperty Property, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)> Columns,
        IProperty? GeneratedKey,
        IReadOnlyList<INavigation> Children);
}
