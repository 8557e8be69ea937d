using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Humanitarian.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TenantReorganisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosureDate",
                table: "AbpTenants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosureKind",
                table: "AbpTenants",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SuccessorId",
                table: "AbpTenants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AppTenantReorganisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceTenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    HeirTenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeirName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExecutionTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReportJson = table.Column<string>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppTenantReorganisations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AbpTenants_SuccessorId",
                table: "AbpTenants",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_AppTenantReorganisations_ExecutionTime",
                table: "AppTenantReorganisations",
                column: "ExecutionTime");

            migrationBuilder.CreateIndex(
                name: "IX_AppTenantReorganisations_SourceTenantId",
                table: "AppTenantReorganisations",
                column: "SourceTenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppTenantReorganisations");

            migrationBuilder.DropIndex(
                name: "IX_AbpTenants_SuccessorId",
                table: "AbpTenants");

            migrationBuilder.DropColumn(
                name: "ClosureDate",
                table: "AbpTenants");

            migrationBuilder.DropColumn(
                name: "ClosureKind",
                table: "AbpTenants");

            migrationBuilder.DropColumn(
                name: "SuccessorId",
                table: "AbpTenants");
        }
    }
}
