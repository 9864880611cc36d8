using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeaceTalksTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class QuoteAttribution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // In the entity's declaration order, so a migrated store has the columns where a new one has them.
            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "Quotes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Method",
                table: "Quotes",
                type: "TEXT",
                nullable: false,
                // Quotes stored before this migration read as unattributed until the re-tag the new tagger version starts.
                defaultValue: "None");

            migrationBuilder.AddColumn<bool>(
                name: "IsPhrase",
                table: "Quotes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsPhrase",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "Method",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "Quotes");
        }
    }
}
