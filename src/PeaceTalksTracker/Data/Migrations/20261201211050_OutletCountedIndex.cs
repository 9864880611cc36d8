using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeaceTalksTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutletCountedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_Outlet_PublishedOn_QualityFlag_DuplicateOfId",
                table: "Articles",
                columns: new[] { "Outlet", "PublishedOn", "QualityFlag", "DuplicateOfId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Outlet_PublishedOn_QualityFlag_DuplicateOfId",
                table: "Articles");
        }
    }
}
