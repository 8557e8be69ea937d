using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExcelImportsInFramework : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Dropped, not moved: its rows are imports of the last day, and those still queued ran under the
            // old job's name, which no longer exists; their users see "not found" and import again.
            migrationBuilder.DropTable(
                name: "OrgExcelImportOperations");

            migrationBuilder.CreateTable(
                name: "AbpExcelImportOperations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImportName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    TotalRows = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletionTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AbpExcelImportOperations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AbpExcelImportOperations_CreationTime",
                table: "AbpExcelImportOperations",
                column: "CreationTime");

            migrationBuilder.CreateIndex(
                name: "IX_AbpExcelImportOperations_TenantId",
                table: "AbpExcelImportOperations",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AbpExcelImportOperations");

            migrationBuilder.CreateTable(
                name: "OrgExcelImportOperations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TotalRows = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgExcelImportOperations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrgExcelImportOperations_CreationTime",
                table: "OrgExcelImportOperations",
                column: "CreationTime");

            migrationBuilder.CreateIndex(
                name: "IX_OrgExcelImportOperations_TenantId",
                table: "OrgExcelImportOperations",
                column: "TenantId");
        }
    }
}
