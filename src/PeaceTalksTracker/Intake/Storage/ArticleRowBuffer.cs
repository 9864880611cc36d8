using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// Inserts new articles and everything under them a table at a time: rows are gathered in memory, each with the id it
/// will have, and <see cref="FlushAsync"/> writes each table's rows with one statement,
/// <c>INSERT INTO t (...) SELECT value->>0, ... FROM json_each(@rows)</c>. A batch of a thousand articles is a dozen
/// statements instead of twenty thousand.
/// </summary>
/// <remarks>
/// Why: one statement per row (<see cref="ArticleRowWriter"/>) spends most of its time in the ADO.NET round trip (bind
/// every parameter, step, reset), and writing the tables one after another keeps each table's and each index's pages hot
/// in SQLite's cache, as a copy of the same rows does. Ids are handed out here from the highest the table has used
/// (its AUTOINCREMENT sequence), which is safe only because the batch holds the write lock (BEGIN IMMEDIATE) and nothing
/// else inserts on this connection unannounced: the batch flushes before any statement that must see the gathered rows
/// (the duplicate lookups answer for them from memory instead), says so before any other insert, and ids are read
/// afresh after that. Values are the ones EF Core would bind (<see cref="TableShape.StoredValue"/>), in the text
/// form Microsoft.Data.Sqlite would bind them in, so a row reads back the same whichever writer stored it.
/// </remarks>
public sealed class ArticleRowBuffer(DbContext db, DbTransaction transaction) : IDisposable
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly DbConnection _connection = db.Database.GetDbConnection();
    private readonly IModel _model = db.Model;
    private readonly Dictionary<IEntityType, PendingTable> _tables = [];

    // The tables in the order their first row came: a parent's table always before its children's.
    private readonly List<PendingTable> _order = [];

    public bool IsEmpty => _order.TrueForAll(t => t.Rows == 0);

    /// <summary>Adds a row of any mapped entity and, for an article, every row under it; sets generated ids at once.</summary>
    /// <remarks><paramref name="ignoreConflicts"/>: a row its table already holds is skipped (INSERT OR IGNORE), not an error.</remarks>
    public async Task AddAsync(object entity, bool ignoreConflicts = false, CancellationToken cancellationToken = default) =>
        await AddAsync(_model.FindEntityType(entity.GetType())!, entity, ignoreConflicts, cancellationToken);

    /// <summary>Writes every gathered row, a statement per table, parents first; a failure throws (the caller rolls back).</summary>
    /// <remarks>
    /// <paramref name="beforeOtherWrites"/>: something else is about to insert rows on this connection (an update through
    /// EF Core), which takes ids itself, so the next rows gathered read their ids afresh.
    /// </remarks>
    public async Task FlushAsync(CancellationToken cancellationToken, bool beforeOtherWrites = false)
    {
        foreach (var table in _order.Where(t => t.Rows > 0))
        {
            await table.FlushAsync(_connection, transaction, cancellationToken);
        }

        if (beforeOtherWrites)
        {
            foreach (var table in _order)
            {
                table.NextId = null;
            }
        }
    }

    public void Dispose()
    {
        foreach (var table in _order)
        {
            table.Dispose();
        }
    }

    private async Task AddAsync(IEntityType type, object entity, bool ignoreConflicts, CancellationToken cancellationToken)
    {
        if (!_tables.TryGetValue(type, out var table))
        {
            table = new PendingTable(TableShape.For(type), ignoreConflicts);
            _tables[type] = table;
            _order.Add(table);
        }

        long? id = null;
        if (table.Shape.GeneratedKey is not null)
        {
            id = table.NextId ?? await NextIdAsync(table.Shape, cancellationToken);
            table.Shape.SetKey(entity, id.Value);
            table.NextId = id + 1;
        }

        table.Add(entity, id);
        foreach (var navigation in table.Shape.Children)
        {
            foreach (var (childType, child) in TableShape.ChildrenOf(navigation, entity))
            {
                await AddAsync(childType, child, ignoreConflicts: false, cancellationToken);
            }
        }
    }

    /// <summary>The next id SQLite itself would give: past every id the table holds and every one it ever gave (AUTOINCREMENT).</summary>
    private async Task<long> NextIdAsync(TableShape shape, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT max(coalesce((SELECT max("{shape.KeyColumn}") FROM "{shape.Table}"), 0),
                       coalesce((SELECT seq FROM sqlite_sequence WHERE name = $table), 0)) + 1
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$table";
        parameter.Value = shape.Table;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>One table's gathered rows, as the JSON array its INSERT reads.</summary>
    private sealed class PendingTable : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private readonly Utf8JsonWriter _json;
        private readonly bool[] _isBlob;
        private readonly string _sql;
        private DbCommand? _command;

        public PendingTable(TableShape shape, bool ignoreConflicts)
        {
            Shape = shape;
            _json = new Utf8JsonWriter(_buffer, JsonOptions);
            _isBlob = [.. shape.Columns.Select(c => ProviderType(c) == typeof(byte[]))];
            foreach (var column in shape.Columns.Where(c => !IsSupported(ProviderType(c))))
            {
                throw new NotSupportedException($"{shape.Table}.{column.Name}: {ProviderType(column).Name} values cannot be written a table at a time");
            }

            var offset = shape.GeneratedKey is null ? 0 : 1;
            var values = Enumerable.Range(0, shape.Columns.Count)
                .Select(i => _isBlob[i] ? $"unhex(value->>{i + offset})" : $"value->>{i + offset}");
            var key = shape.GeneratedKey is null ? "" : "value->>0, ";
            _sql = $"INSERT {(ignoreConflicts ? "OR IGNORE " : "")}INTO \"{shape.Table}\" ({shape.ColumnList(withKey: true)}) "
                + $"SELECT {key}{string.Join(", ", values)} FROM json_each($rows)";
            _json.WriteStartArray();
        }

        public TableShape Shape { get; }

        public int Rows { get; private set; }

        /// <summary>The id the next row gets; null until read from the store (again after every flush).</summary>
        public long? NextId { get; set; }

        /// <summary>Adds one row: its generated <paramref name="id"/> first when the table has one, then its columns.</summary>
        public void Add(object entity, long? id)
        {
            _json.WriteStartArray();
            if (id is { } key)
            {
                _json.WriteNumberValue(key);
            }

            for (var i = 0; i < Shape.Columns.Count; i++)
            {
                WriteValue(TableShape.StoredValue(Shape.Columns[i], entity));
            }

            _json.WriteEndArray();
            Rows++;
        }

        public async Task FlushAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
        {
            _json.WriteEndArray();
            _json.Flush();
            if (_command is null)
            {
                _command = connection.CreateCommand();
                _command.CommandText = _sql;
                var parameter = _command.CreateParameter();
                parameter.ParameterName = "$rows";
                _command.Parameters.Add(parameter);
            }

            _command.Transaction = transaction;
            _command.Parameters[0].Value = Encoding.UTF8.GetString(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
            _json.Reset();
            _json.WriteStartArray();
            Rows = 0;
            await _command.ExecuteNonQueryAsync(cancellationToken);
        }

        public void Dispose()
        {
            _json.Dispose();
            _command?.Dispose();
        }

        private static Type ProviderType(TableColumn column)
        {
            var type = column.Converter?.ProviderClrType ?? column.Mapping.ClrType;
            return Nullable.GetUnderlyingType(type) ?? type;
        }

        private static bool IsSupported(Type type) =>
            type == typeof(string) || type == typeof(bool) || type == typeof(byte[]) || type == typeof(double) || type == typeof(float)
            || type == typeof(DateOnly) || type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte);

        private void WriteValue(object? value)
        {
            switch (value)
            {
                case null:
                    _json.WriteNullValue();
                    break;
                case string text:
                    WriteString(text);
                    break;
                case bool flag:
                    _json.WriteNumberValue(flag ? 1 : 0);
                    break;
                case byte[] bytes:
                    _json.WriteStringValue(Convert.ToHexString(bytes));
                    break;
                case double or float:
                    var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    if (double.IsFinite(number))
                    {
                        _json.WriteNumberValue(number);
                    }
                    else if (double.IsNaN(number))
                    {
                        _json.WriteNullValue(); // SQLite stores a bound NaN as NULL too
                    }
                    else
                    {
                        _json.WriteRawValue(number > 0 ? "9e999" : "-9e999", skipInputValidation: true); // how SQLite's JSON spells infinity
                    }

                    break;
                case DateOnly date:
                    // As Microsoft.Data.Sqlite binds a DateOnly.
                    _json.WriteStringValue(date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture));
                    break;
                default:
                    _json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        private void WriteString(string text)
        {
            try
            {
                _json.WriteStringValue(text);
            }
            catch (ArgumentException)
            {
                // A lone surrogate half cannot be written as JSON; binding it would have stored U+FFFD in its place.
                _json.WriteStringValue(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));
            }
        }
    }
}
