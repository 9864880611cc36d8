using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SQLitePCL;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// Inserts new articles and everything under them a table at a time: rows are gathered in memory, each with the id it
/// will have, and <see cref="FlushAsync"/> writes each table's rows in two steps: bound row after row into a
/// temporary staging table through one prepared statement on SQLite's own handle, then copied into the table with one
/// <c>INSERT … SELECT</c> (see <see cref="PendingTable.Flush"/> for why not straight in).
/// </summary>
/// <remarks>
/// Why: through ADO.NET every row is a command execution (parameters bound by name, a data reader, a round trip per
/// statement), which was most of the writer's time (<see cref="ArticleRowWriter"/>, kept for the per-file retry). The
/// rows used to go in as one JSON array per table (<c>INSERT … SELECT … FROM json_each(@rows)</c>); SQLite 3.50 hands
/// each nested row back as text and parses it again for every column, so building, parsing and re-parsing the JSON cost
/// more than binding the values. Writing the tables one after another keeps each table's and each index's pages hot in
/// SQLite's cache, as a copy of the same rows does. Ids are handed out here from the highest the table has used
/// (its AUTOINCREMENT sequence), which is safe only because the batch holds the write lock (BEGIN IMMEDIATE) and nothing
/// else inserts on this connection unannounced: the batch flushes before any statement that must see the gathered rows
/// (the duplicate lookups answer for them from memory instead), says so before any other insert, and ids are read
/// afresh after that. Values are the ones EF Core would bind (<see cref="TableShape.StoredValue"/>), bound as
/// Microsoft.Data.Sqlite binds them, so a row reads back the same whichever writer stored it.
/// </remarks>
public sealed class ArticleRowBuffer(DbContext db, DbTransaction transaction) : IDisposable
{
    private readonly SqliteConnection _connection = (SqliteConnection)db.Database.GetDbConnection();
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
    public Task FlushAsync(CancellationToken cancellationToken, bool beforeOtherWrites = false)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var table in _order.Where(t => t.Rows > 0))
        {
            table.Flush(_connection);
        }

        if (beforeOtherWrites)
        {
            foreach (var table in _order)
            {
                table.NextId = null;
            }
        }

        return Task.CompletedTask;
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
        // By index, here and below: an enumerator per row was garbage for every row an import writes.
        for (var n = 0; n < table.Shape.Children.Count; n++)
        {
            var navigation = table.Shape.Children[n];
            var children = TableShape.ChildrenOf(navigation, entity);
            for (var i = 0; i < children.Count; i++)
            {
                await AddAsync(navigation.TargetEntityType, children[i]!, ignoreConflicts: false, cancellationToken);
            }
        }
    }

    /// <summary>The next id SQLite itself would give: past every id the table holds and every one it ever gave (AUTOINCREMENT).</summary>
    private async Task<long> NextIdAsync(TableShape shape, CancellationToken cancellationToken)
    {
        await using DbCommand command = _connection.CreateCommand();
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

    /// <summary>One table's gathered rows, in the form they are bound in, and the prepared INSERT that writes them.</summary>
    private sealed class PendingTable : IDisposable
    {
        private readonly List<object?> _values = [];
        private readonly int _width;
        private readonly string _createStage;
        private readonly string _stageRow;
        private readonly string _copyStage;
        private readonly string _clearStage;
        private byte[] _utf8 = new byte[256];
        // The handle the statement was prepared on: a statement belongs to one open connection.
        private sqlite3? _preparedOn;
        private sqlite3_stmt? _statement;

        public PendingTable(TableShape shape, bool ignoreConflicts)
        {
            Shape = shape;
            foreach (var column in shape.Columns.Where(c => !IsSupported(ProviderType(c))))
            {
                throw new NotSupportedException($"{shape.Table}.{column.Name}: {ProviderType(column).Name} values cannot be written a table at a time");
            }

            _width = shape.Columns.Count + (shape.GeneratedKey is null ? 0 : 1);
            // A staging table without column types, so every value stays as it was bound until the table's own columns
            // (and their affinity) take it, as they would take it bound directly.
            var stage = $"temp.\"stage_{shape.Table}\"";
            var columns = string.Join(", ", Enumerable.Range(0, _width).Select(i => $"c{i}"));
            _createStage = $"CREATE TEMP TABLE IF NOT EXISTS \"stage_{shape.Table}\" ({columns})";
            _stageRow = $"INSERT INTO {stage} VALUES ({string.Join(", ", Enumerable.Range(1, _width).Select(i => $"?{i}"))})";
            _copyStage = $"INSERT {(ignoreConflicts ? "OR IGNORE " : "")}INTO \"{shape.Table}\" ({shape.ColumnList(withKey: true)}) SELECT {columns} FROM {stage} ORDER BY rowid";
            _clearStage = $"DELETE FROM {stage}";
        }

        public TableShape Shape { get; }

        public int Rows => _values.Count / _width;

        /// <summary>The id the next row gets; null until read from the store (again after every flush).</summary>
        public long? NextId { get; set; }

        /// <summary>Adds one row: its generated <paramref name="id"/> first when the table has one, then its columns.</summary>
        public void Add(object entity, long? id)
        {
            if (id is { } key)
            {
                _values.Add(key);
            }

            for (var i = 0; i < Shape.Columns.Count; i++)
            {
                _values.Add(TableShape.StoredValue(Shape.Columns[i], entity));
            }
        }

        /// <summary>
        /// Stages every gathered row in a temporary table, a prepared statement bound and stepped per row, then copies
        /// them into the table with one statement; the first failure throws.
        /// </summary>
        /// <remarks>
        /// Why not bind straight into the table: every statement that writes a table with a full-text trigger opens a
        /// statement savepoint, and at each one SQLite's FTS5 writes what it holds in memory to disk as a new segment:
        /// one segment per paragraph, which then cost more to merge than the rest of the import. One copy statement
        /// per table keeps the whole batch in one segment, as a copy of the same rows does.
        /// </remarks>
        public void Flush(SqliteConnection connection)
        {
            if (_preparedOn != connection.Handle)
            {
                _statement?.Dispose();
                Execute(connection, _createStage);
                var prepared = raw.sqlite3_prepare_v2(connection.Handle, _stageRow, out var statement);
                SqliteException.ThrowExceptionForRC(prepared, connection.Handle);
                (_statement, _preparedOn) = (statement, connection.Handle);
            }

            try
            {
                Execute(connection, _clearStage);
                for (var row = 0; row < _values.Count; row += _width)
                {
                    for (var i = 0; i < _width; i++)
                    {
                        Bind(i + 1, _values[row + i]);
                    }

                    var stepped = raw.sqlite3_step(_statement);
                    raw.sqlite3_reset(_statement);
                    if (stepped != raw.SQLITE_DONE)
                    {
                        SqliteException.ThrowExceptionForRC(stepped, connection.Handle);
                    }
                }

                Execute(connection, _copyStage);
                Execute(connection, _clearStage);
            }
            finally
            {
                raw.sqlite3_clear_bindings(_statement);
                _values.Clear();
            }
        }

        private static void Execute(SqliteConnection connection, string sql) =>
            SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(connection.Handle, sql), connection.Handle);

        public void Dispose() => _statement?.Dispose();

        private static Type ProviderType(TableColumn column)
        {
            var type = column.Converter?.ProviderClrType ?? column.Mapping.ClrType;
            return Nullable.GetUnderlyingType(type) ?? type;
        }

        private static bool IsSupported(Type type) =>
            type == typeof(string) || type == typeof(bool) || type == typeof(byte[]) || type == typeof(double) || type == typeof(float)
            || type == typeof(DateOnly) || type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte);

        /// <summary>Binds a value as Microsoft.Data.Sqlite would, so a row reads back the same whichever writer stored it.</summary>
        private void Bind(int index, object? value)
        {
            var bound = value switch
            {
                null => raw.sqlite3_bind_null(_statement, index),
                string text => BindText(index, text),
                bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
                byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
                double or float => BindReal(index, Convert.ToDouble(value, CultureInfo.InvariantCulture)),
                DateOnly date => BindText(index, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
                _ => raw.sqlite3_bind_int64(_statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            };
            if (bound != raw.SQLITE_OK)
            {
                throw new InvalidOperationException($"{Shape.Table}: SQLite refused to bind parameter {index} ({bound})");
            }
        }

        // SQLite stores a bound NaN as NULL; binding it as one says so.
        private int BindReal(int index, double number) =>
            double.IsNaN(number) ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_double(_statement, index, number);

        private int BindText(int index, string text)
        {
            // UTF-8 as .NET encodes it (a lone surrogate half becomes U+FFFD, as Microsoft.Data.Sqlite binds it), into
            // one reused buffer; SQLite copies the bytes.
            var length = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (_utf8.Length < length)
            {
                _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
            }

            var written = Encoding.UTF8.GetBytes(text, _utf8);
            return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, written));
        }
    }
}
