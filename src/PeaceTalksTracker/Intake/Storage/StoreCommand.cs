using System.Data.Common;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// Plain SQL commands on a batch's connection, for the lookups an import repeats (see <see cref="StoredArticle"/> for
/// why not EF Core queries).
/// </summary>
internal static class StoreCommand
{
    /// <summary>A command with these named parameters and values, to run once.</summary>
    public static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>A prepared command with these named parameters, to run many times through <see cref="With"/>.</summary>
    public static DbCommand Prepare(DbConnection connection, DbTransaction? transaction, string sql, params string[] names)
    {
        var command = Create(connection, transaction, sql, [.. names.Select(n => (n, (object?)null))]);
        command.Prepare();
        return command;
    }

    /// <summary>Sets the transaction the command runs in and its parameters' values, in order (null as DBNull).</summary>
    public static DbCommand With(this DbCommand command, DbTransaction? transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>Every row the command returns, each read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ListAsync<T>(this DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
