using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// What inserting one entity type's rows takes, read from the EF Core model: its table, its store-generated key (if
/// any), every other mapped column with EF Core's own value conversion, and the collections of child rows under it.
/// The two row writers (<see cref="ArticleRowWriter"/>, one statement per row; <see cref="ArticleRowBuffer"/>, one
/// statement per table) share it, so both write exactly the columns EF Core would, and a column added to the model is
/// written by both without a change.
/// </summary>
internal sealed class TableShape
{
    private TableShape(IEntityType type)
    {
        Table = type.GetTableName()!;
        var storeObject = StoreObjectIdentifier.Table(Table, type.GetSchema());
        GeneratedKey = type.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } generated] ? generated : null;
        KeyColumn = GeneratedKey?.GetColumnName(storeObject);
        Columns = [.. type.GetProperties()
            .Where(p => p != GeneratedKey && p.GetColumnName(storeObject) is not null)
            .Select(p => new TableColumn(p, p.GetColumnName(storeObject)!, (RelationalTypeMapping)p.GetTypeMapping()))];
        Children = [.. type.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent)];
    }

    public string Table { get; }

    /// <summary>The key SQLite generates (an INTEGER PRIMARY KEY), or null when the key is part of the row's values.</summary>
    public IProperty? GeneratedKey { get; }

    public string? KeyColumn { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<INavigation> Children { get; }

    public static TableShape For(IEntityType type) => new(type);

    /// <summary>The column list of an INSERT, quoted: the generated key first when <paramref name="withKey"/>.</summary>
    public string ColumnList(bool withKey) =>
        string.Join(", ", (withKey && KeyColumn is not null ? [KeyColumn] : Array.Empty<string>()).Concat(Columns.Select(c => c.Name)).Select(n => $"\"{n}\""));

    /// <summary>The value a column is stored as: the property's value through EF Core's converter.</summary>
    public static object? StoredValue(TableColumn column, object entity)
    {
        var value = column.Getter.GetClrValue(entity);
        return value is not null && column.ToProvider is { } convert ? convert(value) : value;
    }

    /// <summary>Sets the generated key on an entity, as EF Core would after an insert.</summary>
    public void SetKey(object entity, long id) =>
        GeneratedKey!.PropertyInfo!.SetValue(entity, Convert.ChangeType(id, GeneratedKey.ClrType, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The child rows under <paramref name="entity"/> (of <paramref name="navigation"/>'s target type), each with its
    /// foreign key set to the entity's key.
    /// </summary>
    /// <remarks>
    /// A list read by index, not an iterator: this runs for every row an import writes, and an iterator and an
    /// enumerator per row were a tenth of the writer's garbage.
    /// </remarks>
    public static IList ChildrenOf(INavigation navigation, object entity)
    {
        var children = navigation.GetGetter().GetClrValue(entity) switch
        {
            IList list => list,
            IEnumerable other => other.Cast<object>().ToList(),
            _ => null,
        };
        if (children is null || children.Count == 0)
        {
            return Array.Empty<object>();
        }

        var foreignKey = navigation.ForeignKey.Properties[0].PropertyInfo!;
        var principalKey = navigation.ForeignKey.PrincipalKey.Properties[0].GetGetter().GetClrValue(entity);
        for (var i = 0; i < children.Count; i++)
        {
            foreignKey.SetValue(children[i], principalKey);
        }

        return children;
    }
}

/// <summary>One mapped column: its property, its name, and how EF Core stores its values.</summary>
internal sealed record TableColumn(IProperty Property, string Name, RelationalTypeMapping Mapping)
{
    public ValueConverter? Converter => Mapping.Converter;

    // Read once: every stored value passes through these, and EF Core's lookups behind them cost more than the read.
    public IClrPropertyGetter Getter { get; } = Property.GetGetter();

    public Func<object?, object?>? ToProvider { get; } = Mapping.Converter?.ConvertToProvider;
}
