using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeaceTalksTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    TitleIsDerived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Subtitle = table.Column<string>(type: "TEXT", nullable: true),
                    Outlet = table.Column<string>(type: "TEXT", nullable: true),
                    Author = table.Column<string>(type: "TEXT", nullable: true),
                    Dateline = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Caption = table.Column<string>(type: "TEXT", nullable: true),
                    CaptionCredit = table.Column<string>(type: "TEXT", nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    WordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginalText = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceFile = table.Column<string>(type: "TEXT", nullable: false),
                    SourcePath = table.Column<string>(type: "TEXT", nullable: false),
                    EncodingNote = table.Column<string>(type: "TEXT", nullable: true),
                    CodebookHash = table.Column<string>(type: "TEXT", nullable: true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    QualityFlag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    QualityReason = table.Column<string>(type: "TEXT", nullable: true),
                    DuplicateOfId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Articles_Articles_DuplicateOfId",
                        column: x => x.DuplicateOfId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "StoreSettings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoreSettings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ArticleStakeholders",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    StakeholderId = table.Column<string>(type: "TEXT", nullable: false),
                    Mentions = table.Column<int>(type: "INTEGER", nullable: false),
                    Paragraphs = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleStakeholders", x => new { x.ArticleId, x.StakeholderId });
                    table.ForeignKey(
                        name: "FK_ArticleStakeholders_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleThemes",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeId = table.Column<string>(type: "TEXT", nullable: false),
                    Paragraphs = table.Column<int>(type: "INTEGER", nullable: false),
                    Share = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleThemes", x => new { x.ArticleId, x.ThemeId });
                    table.ForeignKey(
                        name: "FK_ArticleThemes_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CitedSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitedSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitedSources_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Paragraphs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Heading = table.Column<string>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    WordCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Paragraphs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Paragraphs_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Quotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParagraphIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Speaker = table.Column<string>(type: "TEXT", nullable: true),
                    StakeholderId = table.Column<string>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Quotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Quotes_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RemovedTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemovedTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemovedTexts_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Mentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParagraphId = table.Column<int>(type: "INTEGER", nullable: false),
                    StakeholderId = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mentions_Paragraphs_ParagraphId",
                        column: x => x.ParagraphId,
                        principalTable: "Paragraphs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParagraphThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParagraphId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeId = table.Column<string>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParagraphThemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParagraphThemes_Paragraphs_ParagraphId",
                        column: x => x.ParagraphId,
                        principalTable: "Paragraphs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_ContentHash",
                table: "Articles",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DuplicateOfId",
                table: "Articles",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Outlet",
                table: "Articles",
                column: "Outlet");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedOn",
                table: "Articles",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Slug",
                table: "Articles",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourcePath",
                table: "Articles",
                column: "SourcePath",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Title",
                table: "Articles",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleStakeholders_StakeholderId_ArticleId",
                table: "ArticleStakeholders",
                columns: new[] { "StakeholderId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleStakeholders_StakeholderId_Mentions_ArticleId",
                table: "ArticleStakeholders",
                columns: new[] { "StakeholderId", "Mentions", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleThemes_ThemeId_ArticleId",
                table: "ArticleThemes",
                columns: new[] { "ThemeId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleThemes_ThemeId_Paragraphs_ArticleId",
                table: "ArticleThemes",
                columns: new[] { "ThemeId", "Paragraphs", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleThemes_ThemeId_Share_ArticleId",
                table: "ArticleThemes",
                columns: new[] { "ThemeId", "Share", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_CitedSources_ArticleId_Position",
                table: "CitedSources",
                columns: new[] { "ArticleId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ParagraphId",
                table: "Mentions",
                column: "ParagraphId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_StakeholderId",
                table: "Mentions",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_Paragraphs_ArticleId_Index",
                table: "Paragraphs",
                columns: new[] { "ArticleId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParagraphThemes_ParagraphId",
                table: "ParagraphThemes",
                column: "ParagraphId");

            migrationBuilder.CreateIndex(
                name: "IX_ParagraphThemes_ThemeId",
                table: "ParagraphThemes",
                column: "ThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_ArticleId",
                table: "Quotes",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_StakeholderId",
                table: "Quotes",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_RemovedTexts_ArticleId_Position",
                table: "RemovedTexts",
                columns: new[] { "ArticleId", "Position" });

            // Not in the model: the full-text index of every paragraph with its article's title (FTS5, porter stemming
            // over unicode61 with diacritics removed; rowid is Paragraphs.Id), kept in step by triggers inside the same
            // transaction as each write, so search never sees a half-imported article. Exactly as schema script 0001
            // made it, so stores upgraded from the scripts and stores made here are the same.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ParagraphSearch" USING fts5(
                    "Title", "Heading", "Text",
                    tokenize = 'porter unicode61 remove_diacritics 2'
                );
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Paragraphs_Insert_Search" AFTER INSERT ON "Paragraphs" BEGIN
                    INSERT INTO "ParagraphSearch" (rowid, "Title", "Heading", "Text")
                    SELECT new."Id", a."Title", coalesce(new."Heading", ''), new."Text" FROM "Articles" a WHERE a."Id" = new."ArticleId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Paragraphs_Delete_Search" AFTER DELETE ON "Paragraphs" BEGIN
                    DELETE FROM "ParagraphSearch" WHERE rowid = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Paragraphs_Update_Search" AFTER UPDATE OF "Heading", "Text" ON "Paragraphs" BEGIN
                    UPDATE "ParagraphSearch" SET "Heading" = coalesce(new."Heading", ''), "Text" = new."Text" WHERE rowid = new."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Articles_Title_Search" AFTER UPDATE OF "Title" ON "Articles" BEGIN
                    UPDATE "ParagraphSearch" SET "Title" = new."Title"
                    WHERE rowid IN (SELECT "Id" FROM "Paragraphs" WHERE "ArticleId" = new."Id");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Articles_Title_Search";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Paragraphs_Update_Search";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Paragraphs_Delete_Search";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Paragraphs_Insert_Search";""");
            migrationBuilder.Sql("""DROP TABLE "ParagraphSearch";""");

            migrationBuilder.DropTable(
                name: "ArticleStakeholders");

            migrationBuilder.DropTable(
                name: "ArticleThemes");

            migrationBuilder.DropTable(
                name: "CitedSources");

            migrationBuilder.DropTable(
                name: "Mentions");

            migrationBuilder.DropTable(
                name: "ParagraphThemes");

            migrationBuilder.DropTable(
                name: "Quotes");

            migrationBuilder.DropTable(
                name: "RemovedTexts");

            migrationBuilder.DropTable(
                name: "StoreSettings");

            migrationBuilder.DropTable(
                name: "Paragraphs");

            migrationBuilder.DropTable(
                name: "Articles");
        }
    }
}
