using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PeaceTalksTracker.Data;

/// <summary>
/// How <c>dotnet ef</c> makes the context to scaffold a migration: from the model alone, without starting the app
/// (which would parse the command line as a command and open, upgrade and seed the real store).
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PeaceTalksDbContext>
{
    public PeaceTalksDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PeaceTalksDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
