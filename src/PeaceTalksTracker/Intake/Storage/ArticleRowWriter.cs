using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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
public sealed class ArticleRowWriter : IDisposable
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

    /// <summary>Inserts a row of any mapped entity (an article) and its children; sets the generated ids on them as EF Core would.</summary>
    public async Task InsertAsync(object entity, CancellationToken cancellationToken) =>
        await InsertAsync(_model.FindEntityType(entity.GetType())!, entity, cancellationToken);

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
        for (var i = 0; i < insert.Shape.Columns.Count; i++)
        {
            insert.Command.Parameters[i].Value = TableShape.StoredValue(insert.Shape.Columns[i], entity) ?? DBNull.Value;
        }

        if (insert.Shape.GeneratedKey is not null)
        {
            insert.Shape.SetKey(entity, Convert.ToInt64(await insert.Command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            await insert.Command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var navigation in insert.Shape.Children)
        {
            foreach (var child in TableShape.ChildrenOf(navigation, entity))
            {
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

        var shape = TableShape.For(type);
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var values = string.Join(", ", shape.Columns.Select((_, i) => $"@p{i}"));
        command.CommandText = $"INSERT INTO \"{shape.Table}\" ({shape.ColumnList(withKey: false)}) VALUES ({values})"
            + (shape.KeyColumn is null ? "" : $" RETURNING \"{shape.KeyColumn}\"");
        for (var i = 0; i < shape.Columns.Count; i++)
        {
            command.Parameters.Add(shape.Columns[i].Mapping.CreateParameter(command, $"@p{i}", null, shape.Columns[i].Property.IsNullable));
        }

        command.Prepare();
        insert = new TableInsert(command, shape);
        _inserts[type] = insert;
        return insert;
    }

    private sealed record TableInsert(DbCommand Command, TableShape Shape);
}
